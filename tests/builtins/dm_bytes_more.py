t = bytes.maketrans(b'abc', b'xyz')
print(len(t), t[97:100], b'aabbcc'.translate(t), b'abcabc'.translate(t, b'b'), b'abc'.translate(None, b'ac'), bytearray(b'cab').translate(t), bytearray.maketrans(b'a', b'b')[97])
print(b'Hello World'.istitle(), b'Hello world'.istitle(), b''.istitle(), b'A1 B'.istitle(), bytearray(b'Ab').istitle(), b'123'.istitle(), b'aB'.istitle())
for bad in [lambda: b'a'.translate(b'abc'), lambda: bytes.maketrans(b'a', b'bc'), lambda: b'a'.translate('x'), lambda: b'a'.translate(None, 'b'), lambda: bytes.maketrans('a', 'b')]:
    try: print(bad())
    except (ValueError, TypeError) as e: print(type(e).__name__, e)
for c in range(-10, 41, 10):
    f = c * 9 / 5 + 32
    print(f"{c:>4}C = {f:6.1f}F | {c / 3:.3f} | {f:e} | {f:g} | {c:+04d} | {c:x}")
ba = bytearray(b'hello world')
print(ba.upper(), ba.title(), ba.split(), ba.find(b'o'), ba.count(b'l'), ba.replace(b'o', b'0'), ba[::-1], ba.startswith(b'he'))
ba[0:5] = b'HELLO'; del ba[5]; ba.insert(0, 33); ba.remove(33); print(ba, ba.index(b'w'), ba.isalpha(), ba.strip(b'HEd'), bytes(ba))
print(b'a-b-c'.partition(b'-'), b'  x'.lstrip(), b'x'.zfill(4), b'ab'.ljust(4, b'.'), b'AbC'.swapcase(), b'abc'.islower(), b'%s=%r' % (b'k', b'v'))
print(b'\x00\xff'.hex(), bytes.fromhex('de ad be ef'), b'abc'.translate(None, b'b'), b'tab\there'.expandtabs(4), b'a b'.title(), list(b'xyz'[::2]))
print(b'x' < b'y', b'abc' == bytearray(b'abc'), hash(b'a') == hash(b'a'), b'a' + bytearray(b'b'), type(bytearray(b'a') + b'b').__name__, b''.join([b'a', bytearray(b'b')]))
try: b'a' + 'b'
except TypeError as e: print(e)
try: bytes('abc')
except TypeError as e: print(e)
try: bytearray(b'a')[0] = 256
except ValueError as e: print(e)
print(str(b'a', 'ascii'), 'ab'.encode('ascii'), 'é'.encode('ascii', 'replace'), 'é'.encode('ascii', 'ignore'), b'\xe9'.decode('latin-1'), b'\xff'.decode('utf-8', 'replace'))
try: 'é'.encode('ascii')
except UnicodeEncodeError as e: print(e)
