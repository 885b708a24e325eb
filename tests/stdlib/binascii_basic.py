import binascii
print(binascii.hexlify(b'\x01\xab\xff'), binascii.b2a_hex(b'abc'), binascii.hexlify(b'abcdef', '-'), binascii.hexlify(b'abcdef', b':', 2), binascii.hexlify(b'abcde', ' ', -2))
print(binascii.unhexlify(b'01abFF'), binascii.a2b_hex('6162'), binascii.b2a_base64(b'hello'), binascii.b2a_base64(b'hello', newline=False), binascii.b2a_base64(b''))
print(binascii.a2b_base64(b'aGVsbG8=\n'), binascii.a2b_base64('aGVs bG8='), binascii.a2b_base64(b'aGVsbG8=extra'), binascii.a2b_base64(b'aG!VsbG8='))
print(binascii.crc32(b'hello'), binascii.crc32(b'world', binascii.crc32(b'hello ')), binascii.crc32(b''), binascii.crc_hqx(b'hello', 0), binascii.crc32(b'x', -1))
for bad in [lambda: binascii.unhexlify(b'abc'), lambda: binascii.unhexlify(b'zz'), lambda: binascii.a2b_base64(b'aGVsbG8'), lambda: binascii.a2b_base64(b'a'), lambda: binascii.a2b_base64(b'aGVsbG8=x', strict_mode=True), lambda: binascii.a2b_base64(b'=aGV', strict_mode=True), lambda: binascii.a2b_base64(b'aG!V', strict_mode=True), lambda: binascii.hexlify('abc'), lambda: binascii.unhexlify('é'), lambda: binascii.a2b_base64('é'), lambda: binascii.hexlify(b'ab', 'xx'), lambda: binascii.crc32('a'), lambda: binascii.a2b_base64(b'aGVsbA==='), lambda: binascii.a2b_base64(b'aGVsbA', strict_mode=True), lambda: binascii.a2b_base64(b'a===')]:
    try: print(bad())
    except Exception as e: print(type(e).__name__, e)
print(binascii.Error.__mro__, binascii.Incomplete.__mro__)
print(binascii.a2b_base64(b'aGVsbA==='), binascii.a2b_base64(b'aG==VsbA'))
