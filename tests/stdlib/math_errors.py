# math domain and type errors.
import math
for call in (lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.log(-1), lambda: math.acos(2),
             lambda: math.factorial(-1), lambda: math.factorial(1.5), lambda: math.exp(1000),
             lambda: math.sqrt('x'), lambda: math.floor('x'), lambda: math.isqrt(-1),
             lambda: math.pow(0, -1), lambda: math.fmod(1, 0), lambda: math.comb(5, -1), lambda: math.gcd(1.5)):
    try:
        print(call())
    except (ValueError, TypeError, OverflowError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
print(math.floor(math.inf) if False else 'skip')
try:
    math.floor(math.inf)
except OverflowError as e:
    print('OverflowError', e)
try:
    math.ceil(math.nan)
except ValueError as e:
    print('ValueError', e)
print(math.sqrt(0.0), math.sqrt(-0.0), math.log(1), math.exp(-1000))
