# ord and chr.
print(ord('a'), ord('A'), ord('0'), ord(' '), ord('\n'), ord('é'), ord('€'), ord('\U0001F600'))
print(chr(97), chr(65), chr(233), chr(0x20AC), repr(chr(0)), chr(0x1F600) == '\U0001F600')
print(''.join(chr(ord(c) + 1) for c in 'HAL'))
print(ord(b'a'), ord(bytearray(b'z')))
for bad in (lambda: ord(''), lambda: ord('ab'), lambda: chr(-1), lambda: chr(0x110000), lambda: ord(5), lambda: chr('a')):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(chr(0x10FFFF) == '\U0010ffff')
