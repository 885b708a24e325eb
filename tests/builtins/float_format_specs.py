# Float formatting: fixed, exponent, general, percent, rounding half-even on the binary value.
vals = [0.0, -0.0, 0.5, 1.5, 2.5, 2.675, 0.125, 1e-7, 123456.789, 1e16, 1.0e-300, 9.999999, float('inf'), float('nan'), -1234.5678]
for v in vals:
    print(repr(v), format(v, '.2f'), format(v, '.3e'), format(v, 'g'), format(v, '.3g'), format(v, '10.1f'), format(v, '+.1%'))
print(format(1234567.891, ',.2f'), format(1234567.891, '_.3f'), format(-0.5, '.0f'), format(0.5, '.0f'), format(1.5, '.0f'))
print(format(3.0, ''), format(3.0, 'n'), format(3e20, ''), format(1e16, 'r' if False else ''), str(1e16))
print('%.2f|%10.3f|%-10.1f|%+.2e|%G|%g' % (3.14159, 2.5, -1.25, 12345.678, 1e-10, 1e20))
print('{:.1f} {:.0e} {:.10g} {:#.3g} {:#.0f}'.format(0.05, 15000.0, 1 / 3, 1.0, 2.0))
print(f'{1e6:,.0f} {12.5:08.2f} {-12.5:=+10.2f} {12.5:^12.3f}| {float("inf"):>6} {float("-nan"):<5}|')
print(round(2.675, 2), round(0.125, 2), f'{0.125:.2f}', f'{0.375:.2f}', f'{2.5:.0f}', f'{3.5:.0f}')
print(float('1.00000000000000011'), 1.1 + 2.2, 3 * 1.1, 0.1 * 0.1, 1 - 0.9)
print(str(1.0 / 7), repr(2 ** 0.5), 1e-323, 2.5e-324 if False else 5e-324 / 2)
