import math
vals = [0.0, -0.0, 0.5, 1.0, 2.0, 10.0, -3.5, 1e-300, 1e300, float('inf'), float('nan')]
names = ['acos','acosh','asin','asinh','atan','atanh','cbrt','cos','cosh','erf','erfc','exp','exp2','expm1','fabs','gamma','lgamma','log','log10','log1p','log2','sin','sinh','sqrt','tan','tanh','ceil','floor','trunc','frexp','modf','isfinite','isinf','isnan','ulp','degrees','radians']
for n in names:
    out = []
    for v in vals:
        try: out.append(repr(getattr(math, n)(v)))
        except Exception as e: out.append(type(e).__name__ + ':' + str(e))
    print(n, ' '.join(out))
print(math.comb(50, 20), math.perm(10, 3), math.perm(5), math.prod([1, 2, 3, 4]), math.prod([0.5, 4], start=2), math.isqrt(10**40 + 5), math.gcd(12, 18, 30), math.lcm(4, 6, 10), math.gcd(), math.lcm())
print(math.fsum([0.1] * 10), math.fsum([1e100, 1.0, -1e100, 1e-100]), math.dist((1, 2), (4, 6)), math.hypot(3, 4, 12), math.nextafter(1.0, 2.0), math.nextafter(1.0, 0.0, steps=3), math.log(8, 2), math.log(100, 10), math.remainder(10, 3), math.copysign(3, -0.0))
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1, 1.1, rel_tol=0.2), math.ldexp(0.5, 3), math.fmod(-7, 3), math.atan2(1, -1), math.pow(2, 0.5), math.sumprod([1, 2, 3], [4, 5, 6]), math.factorial(20), math.fma(2.0, 3.0, 1.0), math.pi, math.tau, math.e)
for bad in [lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.exp(1000), lambda: math.factorial(-1), lambda: math.factorial(2.5), lambda: math.comb(-1, 2), lambda: math.sqrt('x'), lambda: math.isqrt(-1), lambda: math.log(10, 1), lambda: math.dist((1,), (1, 2)), lambda: math.perm(3, -1)]:
    try: bad()
    except Exception as e: print(type(e).__name__, e)
