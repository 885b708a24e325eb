# hex, oct, bin and int() parsing in bases.
for n in (0, 1, 255, -255, 2 ** 64, -(2 ** 100)):
    print(hex(n), oct(n), bin(n))
print(int('ff', 16), int('0xff', 16), int('0o17', 0), int('0b101', 0), int('z', 36), int('  42  '))
print(int('1_000'), int('-0x1F', 16), int('0', 0), int('077', 8))
class I:
    def __index__(self):
        return 10
print(hex(I()), bin(I()), oct(I()))
for bad in (lambda: hex(1.5), lambda: bin('1'), lambda: int('12', 2), lambda: int('0x10'),
            lambda: int('1__0'), lambda: int('', 10), lambda: int('5', 1), lambda: int(' '), lambda: int('010', 0)):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(format(10, 'b'), format(10, '08b'), format(-10, 'x'))
