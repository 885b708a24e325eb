for s in ['1e', 'j', '+1.5e-3-2.5E+2j', 'nan-infj', '  1  ', '1 + 2j', '1_0j', '1__0j', '(1+2j', '()', '1+2', '-J', '.5j', '5.j', 'infinityj', '-1e-10', '1+j', '1-J', '0x1', '1e+5j', '1+2j+3j', 'j2', '(  -1j )']:
    try: print(repr(s), complex(s))
    except ValueError as e: print(repr(s), 'ValueError', e)
def m(z):
    match z:
        case 1+2j: return 'a'
        case -1-1j: return 'b'
        case 0j: return 'zero'
        case complex(): return 'other'
print(m(1+2j), m(-1-1j), m(0), m(5j))
print(10**30 + 0j == 10**30, complex(10**30) == 10**30, 2**53 + 1 == complex(2**53 + 1), (1+2j).__class__, complex.__doc__[:20])
print(hash(complex(2, 0)) == hash(2), hash(complex(0.5, 1.5)), f"{1+2j!r} {3j:>8} {1.23456-7.5j:.3g}")
print(abs(-0j), abs(complex(3e200, 4e200)), complex(1, 2).__reduce__ if False else 0, (2+0j) ** 0.5, (1j) ** -1, (-8+0j) ** (1/3))
print(1j.__eq__(1), 1j.__ne__('a'), (1+1j).__add__('x'), (1+0j).__lt__(2) if hasattr(complex, '__lt__') else 'nolt')
print([1+1j, 2] == [1+1j, 2.0+0j], {1j, 1j, 2j} == {2j, 1j}, 0j in [0], sorted([3j, 1j], key=lambda z: z.imag))
try: abs(complex(1e308, 1e308))
except OverflowError as e: print(e)
try: (1e200+1e200j) ** 10
except OverflowError as e: print(e)
try: complex(1, 2) < 3
except TypeError as e: print(e)
import math
print(math.isclose(abs(1+1j), math.sqrt(2)), math.isnan(complex('nan').real))
try: math.sqrt(1j)
except TypeError as e: print(e)
try: float(1j)
except TypeError as e: print(e)
