print(2**100, -2**63, 10**20 // 7, -(10**20) % 7, 1 << 70, -1 >> 3, ~5, -5 & 0xff, -5 | 2, -5 ^ 3, int(1e20), float(2**60), 2**60 == float(2**60))
print(0.1 + 0.2, 1/3, 1e22, 1e-7, 123456789012345678.0, -0.0, float('nan'), 3.0 * 1e308, 5e-324, 1.7976931348623157e308)
print(round(3.14159, 3), round(-0.5), round(2.5), round(1e20), round(15, -1), round(25, -1), round(0.125, 2), round(5.5), int(-3.9), int('  42  '), int('1_000'))
print(divmod(7.5, 2), 7.5 // 2, -7.5 % 2, 2 ** -1, (-2) ** 2, 0 ** 0, pow(2, 10, 1000), pow(-2, 3), abs(-3.5), hash(-1), hash(1.5), hash(10**30))
print(int.from_bytes(b'\xff\xff', 'big', signed=True), (-1).to_bytes(2, 'big', signed=True), (1024).to_bytes(4, 'little'))
print(bin(-10), oct(-8), hex(-255), format(255, '08b'), format(-1.5, '+.3f'), format(1e-10, 'g'), format(123456.789, ',.1f'), format(0.5, '%'))
print(True + True, True * 3, -True, True & False, type(True + 1).__name__, isinstance(True, int), int(True), str(True), repr(False))
print(float('1e500'), float('-inf') < 0, 1e308 * 10 == float('inf'), float('nan') == float('nan'), 1 == 1.0, 2**53 + 1 == float(2**53 + 1), 10**400 > 1e308)
print(max(1, 2.5), min(-1, -1.0), sorted([3, 1.5, True, -2]), sum(range(101)), sum([1.5, 2.5], 10))
import math
print(math.floor(-2.5), math.ceil(2.1), math.sqrt(16), math.gcd(12, 18), math.factorial(20), math.isclose(0.1 + 0.2, 0.3), math.inf, math.pi)
print((12).__add__(3), (3).__radd__(4), (5).__truediv__(2), (1.5).__floordiv__(1), int.__add__(1, 2), (2).__pow__(3, 5))
print((5).__add__(1.0), (5.0).__add__('x'), int.__eq__(1, 1.0))
print(7 .real, 7 .imag, 7 .numerator, 7 .denominator, (7).conjugate(), 2.5.real, 2.5.imag)
print(f"{10**20:,}", f"{-1234:_}", f"{3.14159:10.3}", f"{42:>{6}}", f"{'a'*3:^{7}}", f"{1/7:.{3}f}")
print(int('-0x1f', 16), int('z', 36), int('0o17', 0))
for bad in ['0x', '1.5', '', '09']:
    try: print(int(bad, 0))
    except ValueError as e: print(e)
try: 1 // 0
except ZeroDivisionError as e: print(e)
try: 1 % 0
except ZeroDivisionError as e: print(e)
try: 1.0 / 0
except ZeroDivisionError as e: print(e)
try: 2 ** 10000.0
except OverflowError as e: print(e)
try: int(float('inf'))
except OverflowError as e: print(e)
try: int(float('nan'))
except ValueError as e: print(e)
try: math.sqrt(-1)
except ValueError as e: print(e)
