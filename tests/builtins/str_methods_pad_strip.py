# strip, padding, alignment, expandtabs, zfill, center.
print(repr('  x  '.strip()), repr('  x  '.lstrip()), repr('  x  '.rstrip()), repr('xxhixx'.strip('x')))
print(repr('\t\n x \r\n'.strip()), repr('abcba'.strip('ab')), repr('www.example.com'.lstrip('w.')))
print(repr('ab'.center(7)), repr('ab'.center(7, '*')), repr('abc'.center(6)), repr('ab'.ljust(5, '.')), repr('ab'.rjust(5)))
print('42'.zfill(5), '-42'.zfill(5), '+7'.zfill(4), 'abc'.zfill(2), ''.zfill(3))
print(repr('a\tb\tc'.expandtabs()), repr('a\tbc\td'.expandtabs(4)), repr('\t'.expandtabs(0)))
print(repr('x'.center(1)), repr('x'.ljust(0)))
try:
    'x'.center(5, 'ab')
except TypeError as e:
    print('TypeError', e)
