# bytes methods.
b = b'  Hello, World  '
print(b.strip(), b.lower(), b.upper(), b.split(b','), b.replace(b'l', b'L'))
print(b'a-b-c'.split(b'-'), b'-'.join([b'x', b'y']), b'abc'.startswith(b'ab'), b'abc'.endswith(b'bc'))
print(b'abc'.find(b'c'), b'abc'.index(b'b'), b'aab'.count(b'a'), b'x'.center(5, b'*'))
print(b'abc'.hex(), bytes.fromhex('616263'), b'\x00\xff'.hex(), b'ab'[::-1])
print(b'12'.isdigit(), b'ab'.isalpha(), b'A b'.title(), b'  x'.lstrip())
print(b'abc' + b'd', b'ab' * 2, b'b' in b'abc', b'abc'[1], b'abc'[1:2])
print(bytes(range(65, 70)), bytes(b'copy'), list(b'\x01\x02'))
for bad in (lambda: b'a' + 'b', lambda: bytes('x'), lambda: bytes([256]), lambda: b'abc'.index(b'z')):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(b'caf\xc3\xa9'.decode(), b'\xe9'.decode('latin-1'), b'abc'.decode('ascii'))
print(repr(b'\x00\x07\x08\t\n\r\x1b\x7f\x80\xfe'), repr(b"'"), repr(b'"\''))
