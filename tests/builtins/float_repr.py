# float repr: shortest round-trip, exponent thresholds, specials.
vals = [0.1, 0.2, 0.1 + 0.2, 1 / 3, 2 / 3, 1.0, 100.0, 1e15, 1e16, 1e17, 123456789.123456789,
        1e-4, 1e-5, 0.00012345, 1.5e-10, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308,
        3.141592653589793, 2.0 ** 0.5, 1e22, 1e23, 9007199254740993.0, 0.30000000000000004,
        -1.5, -0.0, 12345678901234567890.0, 4.35, 0.07, 1.1 * 3, 2.675, 1e-7, 100.5]
for v in vals:
    print(repr(v), str(v))
print(float('inf'), float('-inf'), float('nan'), -float('inf'))
print(float('1e500'), float('-1e500'), float('1e-500'))
print(float('  1.5  '), float('1_0.5'), float('-.5'), float('+1E3'), float('infinity'), float('-Infinity'), float('NaN'))
print(float(3), float(-0), float(True), float(10 ** 20))
print(1e308 * 10, -1e308 * 10, 1e-320 / 1e10)
print(0.1 * 3 == 0.3, abs(0.1 * 3 - 0.3) < 1e-15, round(0.1 * 3, 10) == 0.3)
nan = float('nan')
print(nan == nan, nan != nan, nan is nan, [nan] == [nan], float('inf') == float('inf'))
