# Bytes literals.
b = b'abc'
print(b, type(b).__name__, len(b))
print(b'\x00\xff\n', B"dq", b'''tri''', b"""ple""")
print(b[0], b[-1], b[1:], list(b))
print(b'a' b'b' b'c')
print(repr(b"it's"), repr(b'say "x"'), repr(b'both \' "'))
print(b'\t\r\\', b'\x7f\x80')
print(b'abc' == b'abc', b'abc' < b'abd', b'' == b'')
print(b'abc' + b'def', b'ab' * 3)
print(b'hello'.upper(), b'a,b'.split(b','))
print(bytes(3), bytes([65, 66]), bytes('hi', 'utf-8'))
print(b'caf\xc3\xa9'.decode('utf-8'), 'café'.encode('utf-8'))
print(b'x' in b'axb', 120 in b'xyz')
