# %-formatting and str.format.
print('%d %s %r' % (5, 'str', 'repr'))
print('%5d|%-5d|%05d' % (42, 42, 42))
print('%.3f %e %g' % (3.14159, 12345.678, 0.0001))
print('%x %X %o %c' % (255, 255, 8, 65))
print('%(name)s is %(age)d' % {'name': 'Ann', 'age': 30})
print('%%literal %s' % 'x')
print('%s' % [1, 2], '%s' % (1,))
print('{} {} {}'.format(1, 'a', [2]))
print('{1} {0} {1}'.format('a', 'b'))
print('{name}={val:.2f}'.format(name='pi', val=3.14159))
print('{:>8}|{:<8}|{:^8}|'.format('r', 'l', 'c'))
print('{0[1]} {1[k]} {2.real}'.format([5, 6], {'k': 'v'}, 3))
print('{!r} {!s}'.format('q', 'q'))
print('{:,}'.format(1234567890))
print('{:08.3f}'.format(-3.14159))
print(format(255, '#x'), format(3.5, '.0f'), format(2.5, '.0f'), format('x', '>3'))
try:
    '%d' % 'x'
except TypeError as e:
    print('TypeError', e)
try:
    '%s %s' % ('only one',)
except TypeError as e:
    print('TypeError', e)
try:
    '{}'.format()
except IndexError as e:
    print('IndexError', e)
