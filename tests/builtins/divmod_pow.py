# divmod and pow, including negatives and modular pow.
for a, b in ((7, 2), (-7, 2), (7, -2), (-7, -2), (0, 5), (10 ** 20, 7)):
    print(a, b, divmod(a, b), a // b, a % b)
print(divmod(7.5, 2), divmod(-7.5, 2), divmod(7, 2.5), divmod(-0.0, 1.0))
print(pow(2, 10), pow(2, -1), pow(2.0, 0.5), pow(-8, 1 / 3) if False else pow(0, 0))
print(pow(3, 4, 5), pow(2, 100, 1000000007), pow(-3, 3, 7), pow(3, -1, 7), pow(38, -1, 97))
print(2 ** -2, (-2) ** 3, 10 ** 0, 0 ** 0, 0.0 ** 0)
print(pow(10, 30), pow(-1, 10 ** 6))
for bad in (lambda: divmod(1, 0), lambda: divmod(1.0, 0.0), lambda: pow(0, -1), lambda: pow(2, 3, 0),
            lambda: pow(2, -1, 4), lambda: pow(2.0, 3, 5), lambda: divmod('a', 1)):
    try:
        bad()
    except (TypeError, ValueError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
print(pow(base=2, exp=5), pow(2, 5, mod=3))
print((-8) ** 2, 8 ** -1, 2 ** 0.5)
