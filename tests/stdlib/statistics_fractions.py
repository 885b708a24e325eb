from fractions import Fraction as F
a, b = F(3, 4), F(-5, 6)
print(a, b, repr(a), a + b, a - b, a * b, a / b, a // b, a % b, divmod(a, b), a ** 2, a ** -2, b ** -3, 2 ** F(2), 2 ** F(1, 2))
print(a + 1, 1 + a, a + 0.5, 0.5 + a, a * 2, 2 / a, a == F(6, 8), a == 0.75, a < b, a > 0.5, a <= 1, F(1) == 1)
print(F('3/7'), F('-1.25'), F('1e-3'), F(' 22 '), F(0.1), F(2.5), F(F(1, 3)), F(F(1, 2), F(1, 3)), F(10, -4))
print(hash(F(1, 2)) == hash(0.5), hash(F(3)) == hash(3), hash(F(1, 3)), int(F(-7, 2)), float(F(1, 3)), round(F(5, 2)), round(F(7, 2)), round(F(22, 7), 2))
import math
print(math.floor(F(-7, 2)), math.ceil(F(-7, 2)), math.trunc(F(-7, 2)), abs(b), -a, +a, bool(F(0)), F(1, 3).limit_denominator(2), F(math.pi).limit_denominator(100))
print(F(3.14159).limit_denominator(1000), a.as_integer_ratio(), a.numerator, a.denominator, F(4, 2).is_integer(), sorted([F(1, 2), F(1, 3), 0.4]))
for bad in [lambda: F(1, 0), lambda: F('x'), lambda: F(1.5, 2), lambda: a / 0, lambda: F([])]:
    try: bad()
    except Exception as e: print(type(e).__name__, e)
