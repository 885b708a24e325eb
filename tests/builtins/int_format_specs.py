# Integer formatting: bases, grouping, sign, alignment, zero padding, and %-formatting.
for n in (0, 7, -7, 255, -255, 1234567, -1234567, 2 ** 70):
    print(format(n, 'd'), format(n, '+d'), format(n, ' d'), format(n, ','), format(n, '_'), format(n, '#x'),
          format(n, '#o'), format(n, 'b')[:20], format(n, '>12'), format(n, '<12') + '|', format(n, '^12') + '|',
          format(n, '012'), format(n, '=+12'), format(n, '_x'), format(n, 'X'))
print(format(65, 'c'), format(10, 'e'), format(10, '.2f'), format(10, '%'), format(10, 'g'), format(True, 'd'))
print('%d %i %5d %-5d| %05d %+d %x %X %#x %o %#o %c %%' % (1, 2, 3, 4, 5, 6, 255, 255, 255, 8, 8, 97))
print('%s %r %a' % ('é', 'é', 'é'))
print('{:,}'.format(-10 ** 12), '{:_b}'.format(255), '{:#_b}'.format(255), '{:08_d}'.format(12345))
for bad in (lambda: format(10, ',x'), lambda: format(10, '.2d'), lambda: format(10, '=<5s'), lambda: '%d' % None):
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
