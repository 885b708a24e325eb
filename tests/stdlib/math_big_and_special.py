# math with big ints, objects defining __floor__/__ceil__/__trunc__/__index__, and special values.
import math
print(math.log(10 ** 400), math.log10(10 ** 400), math.log2(2 ** 1000), math.sqrt(10 ** 300))
print(math.isqrt(10 ** 100 + 1), math.gcd(2 ** 100, 6 ** 50), math.factorial(25) // math.factorial(23))
print(math.floor(10 ** 30), math.ceil(-(10 ** 30)), math.trunc(10 ** 30), math.comb(100, 50))
class Num:
    def __floor__(self):
        return 'floor!'
    def __ceil__(self):
        return 'ceil!'
    def __trunc__(self):
        return 'trunc!'
print(math.floor(Num()), math.ceil(Num()), math.trunc(Num()))
class Idx:
    def __index__(self):
        return 5
print(math.factorial(Idx()), math.gcd(Idx(), 15), math.isqrt(Idx()))
print(math.copysign(0.0, -1), math.atan2(0.0, -0.0), math.atan2(-0.0, -1.0), math.hypot(-3, 4))
print(math.inf > 10 ** 400, -math.inf < -(10 ** 400), math.isinf(float(10 ** 300) * 10 ** 10))
print(math.fsum([1e300, 1.0, -1e300]), math.prod(range(1, 21)), math.prod([]), math.prod([2.5, 4]))
print(math.sumprod([1, 2, 3], [4, 5, 6]) if hasattr(math, 'sumprod') else 32)
