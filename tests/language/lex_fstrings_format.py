# f-strings: format specs, nested specs, and the = form.
pi = 3.14159265
n = 1234567
print(f'{pi:.2f} {pi:10.3f}| {pi:<10.1f}| {pi:e}')
print(f'{n:,} {n:_} {n:>12,}| {n:012d}')
print(f'{255:x} {255:X} {255:o} {255:b} {255:#x} {255:#o} {255:#b}')
print(f'{"s":^7}|{"s":*^7}|{"s":>3}|{"s":<3}|')
width, prec = 10, 3
print(f'{pi:{width}.{prec}f}|')
print(f'{pi:{"<"}{width}}|')
print(f'{42:+d} {-42:+d} {42: d}')
print(f'{0.5:%} {0.125:.1%}')
x = 10
print(f'{x=}')
print(f'{x = }')
print(f'{x*2=}')
print(f'{pi=:.2f}')
s = 'abc'
print(f'{s=!s} {s=}')
print(f'{1e10:g} {1e-10:g} {123.0:g}')
print(f'{-0.0:.1f} {1/3:.15f}')
