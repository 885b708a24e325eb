# Conversions between numbers and strings.
for v in (0, -1, 7, 10 ** 18, -(10 ** 25), 2 ** 64):
    s = str(v)
    print(s, int(s) == v, repr(v) == s, float(s) if abs(v) < 10 ** 20 else 'big')
for v in (0.0, -0.0, 0.5, 1e-9, 1e21, 123.456, float('inf')):
    s = repr(v)
    print(s, float(s) == v, str(v) == s, int(v) if v not in (float('inf'),) else 'inf')
print(int('  12_3  '), float(' 1_0.5 '), int('-0'), float('-0'))
print(str(1) + str(2), int('1' + '2') + 1, float('1' + 'e' + '3'))
print(int(True) + int(False), float(int('7')), str(float(7)))
print([int(c) for c in '90210'], ''.join(str(d) for d in [3, 1, 4]))
print(int(' 0x1f '.strip(), 16), oct(int('777', 8)), int(str(2 ** 100)) == 2 ** 100)
