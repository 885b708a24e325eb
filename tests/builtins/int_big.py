# Arbitrary-precision integers.
a = 2 ** 100
print(a, -a, a + 1, a - 2 ** 99, a * a)
print(a // 3, a % 7, a // -3, -a % 7, divmod(a, 10 ** 10))
print(3 ** 200)
f = 1
for i in range(1, 51):
    f *= i
print(f)
print(len(str(2 ** 10000)), str(7 ** 77)[:20])
print(2 ** 64 - 1, 2 ** 63, -(2 ** 63), -(2 ** 63) - 1)
m = 9223372036854775807
print(m + 1, m * 2, -m - 2, m * m)
print((2 ** 200) >> 190, 1 << 200, (2 ** 200 + 5) & 0xFF, (2 ** 70) | 1, (2 ** 70) ^ (2 ** 70))
print(-(2 ** 70) >> 3, ~(2 ** 70), -(2 ** 65) & 0xFFFF)
print(10 ** 30 == 10 ** 30, 10 ** 30 < 10 ** 31, 2 ** 64 > 2 ** 64 - 1, 2 ** 64 == 2.0 ** 64)
print(int(1e20), int(-1e25), float(2 ** 100), float(10 ** 23))
print(abs(-(10 ** 40)), hash(2 ** 100) == hash(2 ** 100))
print((10 ** 40) // (10 ** 20), (10 ** 40) / (10 ** 20), (10 ** 400) // (10 ** 399))
print(int('1' * 50), int('-' + '9' * 30))
print(bin(2 ** 70), hex(-(2 ** 80)))
print(bool(2 ** 100), bool(2 ** 100 - 2 ** 100))
print((2 ** 100).bit_length(), (-(2 ** 100)).bit_length(), (255).bit_length(), (0).bit_length())
try:
    float(10 ** 400)
except OverflowError as e:
    print('OverflowError', e)
try:
    10 ** 400 / 1
except OverflowError as e:
    print('OverflowError', e)
print(sum(range(10 ** 6)) * 10 ** 20)
