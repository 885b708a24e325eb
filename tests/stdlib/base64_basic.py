import base64, binascii
data = [b'', b'f', b'fo', b'foo', b'foob', b'fooba', b'foobar', bytes(range(256)), b'\xfb\xff\xbf']
for d in data:
    print(base64.b64encode(d)[:40], base64.urlsafe_b64encode(d)[:40], base64.b32encode(d)[:40], base64.b32hexencode(d)[:40], base64.b16encode(d)[:40], base64.b85encode(d)[:40], base64.a85encode(d)[:40])
    assert base64.b64decode(base64.b64encode(d)) == d
    assert base64.urlsafe_b64decode(base64.urlsafe_b64encode(d)) == d
    assert base64.b32decode(base64.b32encode(d)) == d
    assert base64.b32hexdecode(base64.b32hexencode(d)) == d
    assert base64.b16decode(base64.b16encode(d)) == d
    assert base64.b85decode(base64.b85encode(d)) == d
    assert base64.a85decode(base64.a85encode(d)) == d
print(base64.b64encode(b'\xfb\xff', altchars=b'-_'), base64.b64decode('+/+/'), base64.b64decode(b'-_-_', altchars=b'-_'))
print(base64.encodebytes(bytes(range(100))), base64.decodebytes(b'aGVsbG8=\n'))
print(base64.b32decode('mzxw6===', casefold=True), base64.b32decode('MZXW6YQ=', map01='L'), base64.b16decode('666f6f', casefold=True))
print(base64.standard_b64encode(b'hi'), base64.standard_b64decode(b'aGk='), base64.b85encode(b'abc', pad=True), base64.a85encode(b'hello world', adobe=True, wrapcol=8))
for bad in [lambda: base64.b64decode('abc'), lambda: base64.b64decode('ab$c=', validate=True), lambda: base64.b32decode('MZXW6'), lambda: base64.b32decode('MZXW6!=='), lambda: base64.b16decode('6g'), lambda: base64.b64encode('x'), lambda: base64.b64decode('é'), lambda: base64.b64decode(5), lambda: base64.encodebytes('x'), lambda: base64.b85decode(b'\x01'), lambda: base64.b32decode('MZXW6Y=='), lambda: base64.b16decode('666F6')]:
    try: print(bad())
    except Exception as e: print(type(e).__name__, e, isinstance(e, ValueError))
