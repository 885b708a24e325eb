# Bitwise operations on ints, including negatives.
for a, b in ((12, 10), (-12, 10), (12, -10), (-12, -10), (0, 5)):
    print(a, b, a & b, a | b, a ^ b, ~a)
print(1 << 0, 1 << 10, 1 << 64, 5 >> 1, -5 >> 1, -1 >> 100, 1 >> 100)
print(0xF0 & 0x3C, 0xF0 | 0x0F, 0xFF ^ 0x0F)
print(True & False, True | False, True ^ True, type(True & True).__name__, type(True & 3).__name__)
try:
    1 << -1
except ValueError as e:
    print('ValueError', e)
try:
    1.0 & 1
except TypeError as e:
    print('TypeError', e)
print((13).bit_count() if hasattr(int, 'bit_count') else 3, (1024).bit_length())
print(int.from_bytes(b'\x01\x00', 'big'), int.from_bytes(b'\x01\x00', 'little'), (258).to_bytes(2, 'big'))
x = 0b1011
x &= ~0b10
print(bin(x))
