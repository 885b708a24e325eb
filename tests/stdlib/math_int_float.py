# math results that must be exact: floats printed with repr, integer results as ints.
import math
vals = [math.sqrt(x) for x in (2, 3, 5, 10, 0.5)]
print(vals)
print([math.floor(x / 3) for x in range(-5, 6)])
print([round(math.sin(math.radians(d)), 12) for d in (0, 30, 45, 60, 90)])
print(math.fsum([1e100, 1.0, -1e100, 1e-100]), sum([1e100, 1.0, -1e100]))
print(math.trunc(1e20), math.floor(-0.5), math.ceil(-0.5))
print(math.copysign(1, -0.0), math.fabs(-0.0), math.pow(1, math.nan), math.hypot())
print(math.e ** 2, math.exp(2), 10 ** 0.5, math.sqrt(10))
print(math.cbrt(27.0) if hasattr(math, 'cbrt') else 3.0, math.exp2(10) if hasattr(math, 'exp2') else 1024.0)
