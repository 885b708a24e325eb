# round with and without ndigits; banker's rounding; float repr of results.
print(round(0.5), round(1.5), round(2.5), round(-0.5), round(-1.5), round(3.7), round(-3.7))
print(round(2.675, 2), round(1.005, 2), round(0.125, 2), round(0.375, 2))
print(round(123.456, -1), round(123.456, -2), round(1234, -2), round(1250, -2), round(1350, -2))
print(round(5), round(-5, 2), round(10 ** 20 + 5, -1), type(round(2.5)).__name__, type(round(2.5, 0)).__name__)
print(round(1e20), round(1.23456789e-5, 7))
print(round(float('inf'), 2), round(-0.0), round(-0.4), round(0.4, 0))
try:
    round(float('inf'))
except OverflowError as e:
    print('OverflowError', e)
try:
    round(float('nan'))
except ValueError as e:
    print('ValueError', e)
try:
    round('1')
except TypeError as e:
    print('TypeError', e)
class R:
    def __round__(self, n=None):
        return ('rounded', n)
print(round(R()), round(R(), 3))
