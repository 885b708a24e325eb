# f-strings: expressions, nesting, conversions.
x, y = 3, 'hi'
print(f'x={x} y={y}')
print(f"{x + 1} {x * 2} {x ** 10}")
print(F'{y!r} {y!s} {y!a}')
print(f'{"caf\u00e9"!a}')
print(f'{{literal}} {{{x}}}')
print(f'{[1, 2, 3][1]} {dict(a=1)["a"]} {(lambda v: v * 2)(x)}')
print(f'{x if x > 2 else 0}')
print(f'{f"{x}"}', f'{f"{f"{x}"}"}')
print(f'{'nested same quotes'}')
print(f"{'a' 'b'}")
print(f'multi' f'part {x}' 'plain')
print(rf'\n{x}', fr'{x}\t')
name = 'world'
print(f'''triple {name}
second line {x}''')
print(f'{x}{y}{x}')
print(f'{x!r:>5}|')
print(f'{None} {True} {3.5}')
