# int constructor and methods.
print(int(), int(5), int(-5.9), int(5.9), int('42'), int(' -7 '), int(True), int('+3'))
print(int(3.999e3), int(-0.5), int('0b11', 0), int(b'12'))
print((5).real, (5).imag, (5).numerator, (5).denominator, (-5).conjugate())
print((10).as_integer_ratio(), (6).is_integer() if hasattr(int, 'is_integer') else True)
print(isinstance(5, int), int.__name__, type(int('5')).__name__)
class IntLike:
    def __int__(self):
        return 7
class IndexLike:
    def __index__(self):
        return 8
print(int(IntLike()), int(IndexLike()), [0, 1, 2, 3, 4, 5, 6, 7, 8][IndexLike()])
for bad in ('1.5', 'abc', '', None, [1]):
    try:
        int(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    int(float('nan'))
except ValueError as e:
    print('ValueError', e)
try:
    int(float('inf'))
except OverflowError as e:
    print('OverflowError', e)
try:
    int('5', base=50)
except ValueError as e:
    print('ValueError', e)
print(int('zz', 36), int('ZZ', base=36))
class MyInt(int):
    pass
print(MyInt(5) + 1, type(MyInt(5)).__name__, isinstance(MyInt(3), int))
