import cmath, math
vals = [1+2j, -1+0.5j, 0.3-0.7j, 2, -4, 1j, -2.5-3j, 0.5]
for f in ['sqrt', 'exp', 'log', 'log10', 'sin', 'cos', 'tan', 'sinh', 'cosh', 'tanh', 'asin', 'acos', 'atan', 'asinh', 'acosh', 'atanh']:
    out = []
    for v in vals:
        try: out.append(getattr(cmath, f)(v))
        except ValueError as e: out.append(str(e))
    print(f, out)
print(cmath.phase(-1), cmath.phase(1j), cmath.polar(3+4j), cmath.rect(2, math.pi / 2), cmath.rect(1, 0))
print(cmath.sqrt(-1), cmath.exp(1j * math.pi), cmath.log(-1), cmath.log(8, 2), cmath.isclose(1+1j, 1+1.0000000001j), cmath.isnan(cmath.nanj), cmath.isinf(cmath.infj), cmath.isfinite(1j))
print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.infj, cmath.nanj)
for bad in [lambda: cmath.log(0), lambda: cmath.sqrt('x'), lambda: cmath.atanh(1)]:
    try: print(bad())
    except (ValueError, TypeError) as e: print(type(e).__name__, e)
