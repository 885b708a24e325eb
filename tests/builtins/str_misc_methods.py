# Other str methods: encode, maketrans/translate, format, str() constructor.
print('café'.encode(), 'café'.encode('utf-8'), 'abc'.encode('ascii'), len('日本'.encode()))
try:
    'café'.encode('ascii')
except UnicodeEncodeError as e:
    print('UnicodeEncodeError', e)
try:
    b'\xff'.decode('utf-8')
except UnicodeDecodeError as e:
    print('UnicodeDecodeError', e)
table = str.maketrans('abc', 'xyz')
print('aabbcc'.translate(table), 'hello'.translate({ord('l'): None, ord('h'): 'J'}))
print(str(5), str(1.5), str([1]), str(b'ab', 'ascii'), str(b'caf\xc3\xa9', encoding='utf-8'))
print('{0}-{1}'.format('a', 'b'), 'x'.join('abc'), 'ab'.__len__(), 'ab'.__contains__('a'))
print(str.upper('x'), 'ABC'.lower is not None, isinstance('x', str))
print(max('abc'), min('abc'), sorted('cab'), list(map(ord, 'AB')))
print(repr('\''), repr('"'), repr('\\'), repr('\u00ff'), repr('\u0100'), repr('\x9f'), repr('\ud800' if False else 'ok'))
print('%s|%5s|%-5s|%.2s' % ('a', 'b', 'c', 'defg'))
print(hash('x') == hash('x'), 'x' != None)
