# complex numbers: literals, constructor, arithmetic, repr, hash, format
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

print(1j, 2+3j, -0j, 0j, -1j, 1.5j, 1e300j, (1+2j) * (3-4j))
print(repr(complex(float('nan'), float('inf'))), complex(float('-inf'), float('nan')))
print(complex(), complex(1), complex(1.5, -2), complex('1+2j'), complex(' (3-4J) '), complex('-j'))
print(complex('1e3'), complex('2.5j'), complex('inf+nanj'), complex(real=1, imag=2), complex(1j, 1j))
print(complex(-0.0, -0.0), complex(0.0, -0.0), complex(-0.0, 0.0))
z = 3 + 4j
print(z.real, z.imag, z.conjugate(), abs(z), -z, +z, z == 3 + 4j, z != 3, 3 + 0j == 3, 3.0 == 3 + 0j)
print(z + 1, 1 + z, z - 1.5, 1.5 - z, z * 2, 2 * z, z / 2, 2 / z, z / (1 + 1j), z ** 2, 2 ** z)
print(1j ** 2, (1 + 1j) ** 3, (1 + 1j) ** -2, (1 + 1j) ** 0.5, 0j ** 0, (-1) ** 0.5, (-8) ** (1 / 3))
print(hash(1 + 0j) == hash(1), hash(2.5 + 0j) == hash(2.5), hash(1j), hash(3 + 4j), hash(-1 + 0j))
print({1: 'a', 1 + 0j: 'b'}, bool(0j), bool(1j), bool(complex(0, -0.0)))
print(sum([1j, 2, 3.5]), isinstance(1j, complex), type(1j).__name__, complex.__name__)
print(format(1 + 2j), format(1 + 2j, '10'), format(1 + 2j, '<12'), format(1.5 - 2.25j, '.2f'))
print(format(1j, ''), format(1j, 'g'), format(3 - 4j, '+.3e'), format(1 + 2j, '^20.1f'), f"{2j:*>10}")
print('%s %r' % (1 + 1j, 2j), str(1 + 1j), '{}'.format(-1j))
t(lambda: 1j / 0)
t(lambda: 0j ** -1)
t(lambda: 0j ** 1j)
t(lambda: pow(1j, 2, 3))
t(lambda: 1j // 2)
t(lambda: 1j % 2)
t(lambda: 1j < 2j)
t(lambda: complex('x'))
t(lambda: complex('1+'))
t(lambda: complex(''))
t(lambda: complex('1', 2))
t(lambda: complex(None))
t(lambda: complex(1, None))
t(lambda: complex(1, '2'))
t(lambda: int(1j))
t(lambda: float(1j))
t(lambda: format(1 + 2j, '=10'))
t(lambda: format(1 + 2j, '010'))
t(lambda: format(1 + 2j, 'd'))
t(lambda: round(1j))
t(lambda: divmod(1j, 2))
t(lambda: [] + 1j)

class C:
    def __complex__(self):
        return 5 - 1j

class F:
    def __float__(self):
        return 2.5

class MyComplex(complex):
    def __repr__(self):
        return 'MyComplex' + super().__repr__()

print(complex(C()), complex(F()), complex(F(), F()), MyComplex(1, 2), MyComplex(1, 2) + 1)
print(type(MyComplex(3)).__name__, isinstance(MyComplex(), complex))
nums = [3 + 4j, 1j, -2, 0.5]
print(sorted(nums, key=abs))
print([c.real for c in nums], [c.imag for c in nums])
