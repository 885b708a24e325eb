# split, rsplit, splitlines, join, partition.
print('a b  c'.split(), 'a b  c'.split(' '), '  lead trail  '.split(), ''.split(), ''.split(','))
print('a,b,,c'.split(','), 'a,b,c'.split(',', 1), 'a,b,c'.rsplit(',', 1), 'a b c'.rsplit(None, 1))
print('one\ntwo\r\nthree\rfour'.splitlines(), 'x\ny\n'.splitlines(True), ''.splitlines())
print('-'.join(['a', 'b', 'c']), ''.join([]), ', '.join('xyz'), ' '.join(str(i) for i in range(3)))
print('k=v=w'.partition('='), 'kvw'.partition('='), 'k=v=w'.rpartition('='), 'kvw'.rpartition('='))
try:
    ','.join([1, 2])
except TypeError as e:
    print('TypeError', e)
try:
    'a'.split('')
except ValueError as e:
    print('ValueError', e)
print('a\tb\x0bc\x0cd\x1ce'.split())
print('1.2.3.4'.split('.', maxsplit=2))
