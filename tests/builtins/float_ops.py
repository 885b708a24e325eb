# float arithmetic, methods, and mixing with int.
print(1.5 + 2, 3 - 0.5, 2 * 0.25, 7 / 2, 7 // 2.0, 2 ** 0.5, 1 / 4)
print((1.5).is_integer(), (2.0).is_integer(), (0.5).as_integer_ratio(), (0.1).as_integer_ratio())
print((2.5).hex(), float.fromhex('0x1.8p1'), (1.0).hex())
print((3.7).real, (3.7).imag, (3.7).conjugate())
print(int(2.9), int(-2.9), round(2.9), -(-2.5))
print(1e16 + 1, 2 ** 53 + 1.0, 0.1 + 0.7)
print(3 == 3.0, 3 < 3.5, 2 ** 53 + 1 == 2.0 ** 53 + 1, 2 ** 53 + 1 > 2.0 ** 53)
print(max(1, 1.0), min(1.0, 1), type(max(1, 1.0)).__name__)
try:
    1.0 / 0
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
try:
    1.0 // 0.0
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
try:
    1.0 % 0
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
try:
    2.0 ** 10000
except OverflowError as e:
    print('OverflowError', e)
try:
    float('abc')
except ValueError as e:
    print('ValueError', e)
try:
    float([])
except TypeError as e:
    print('TypeError', e)
try:
    (-8.0) ** 0.5 if False else 0.0 ** -1
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
x = 0.0
for _ in range(10):
    x += 0.1
print(x, sum([0.1] * 10))
print(float.__name__, isinstance(1.0, float), isinstance(1, float))
