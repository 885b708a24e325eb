# io.StringIO and io.BytesIO: reading, writing, seeking, newline modes, errors.
import io

s = io.StringIO()
print(s.write('hello '), s.write('world\n'), s.write('line 2\nline 3'))
print(repr(s.getvalue()), s.tell())
s.seek(0)
print(repr(s.readline()), repr(s.read(4)), repr(s.readline()), s.readlines(), repr(s.read()))
s.seek(6)
s.write('WORLD')
print(repr(s.getvalue()))
print(s.truncate(5), repr(s.getvalue()), s.tell())
s.seek(0, 2)
print(s.tell(), s.seek(0), s.tell())
s = io.StringIO('abc')
s.seek(6)
s.write('x')
print(repr(s.getvalue()), s.tell())
s = io.StringIO('a\nb\nc')
print(list(s), repr(s.read()), repr(s.readline()))
s = io.StringIO('one\ntwo\nthree\n')
for line in s:
    print(repr(line))
s = io.StringIO('one\ntwo\nthree\n')
print(s.readlines(5), s.readline(2), s.readline(-1), s.readline(None))
with io.StringIO('ctx') as s:
    print(s.read(), s.closed)
print(s.closed)
for call in (s.read, s.getvalue, lambda: s.write('x'), s.tell):
    try:
        call()
    except ValueError as e:
        print('ValueError', e)
s = io.StringIO()
print(s.readable(), s.writable(), s.seekable(), s.isatty(), s.encoding, s.errors, s.line_buffering, s.newlines)
for call in (lambda: s.seek(-1), lambda: s.seek(1, 1), lambda: s.seek(1, 2), lambda: s.seek(0, 3),
             lambda: s.write(b'x'), lambda: io.StringIO(1), lambda: io.StringIO('', newline='x'),
             lambda: io.StringIO('', newline=1), s.fileno, lambda: s.truncate(-1), lambda: s.read('x')):
    try:
        call()
    except Exception as e:
        print(type(e).__name__, e)
# newline modes
for nl in (None, '', '\n', '\r', '\r\n'):
    s = io.StringIO('a\r\nb\rc\nd', newline=nl)
    print(repr(nl), repr(s.getvalue()), s.readlines(), s.newlines)
s = io.StringIO(newline=None)
s.write('x\r\n')
s.write('y\n')
print(repr(s.getvalue()), s.newlines)
s = io.StringIO('héllo wörld ☃')
print(s.read(3), s.tell(), s.read(), s.tell())
print(isinstance(io.StringIO(), io.TextIOBase), isinstance(io.StringIO(), io.IOBase),
      isinstance(io.StringIO(), io.BufferedIOBase), type(io.StringIO()).__name__)
s = io.StringIO()
s.writelines(['a', 'b', 'c'])
print(s.getvalue())
print(s.write(''), repr(io.StringIO(None).getvalue()))

# BytesIO
b = io.BytesIO(b'abc\ndef\nghi')
print(b.read(2), b.tell(), b.readline(), b.readlines(), b.read(), b.read(5))
print(b.seek(0), b.read1(2), b.seek(-2, 2), b.read(), b.seek(1, 1), b.tell())
b = io.BytesIO()
print(b.write(b'hello'), b.write(bytearray(b' world')), b.getvalue())
b.seek(20)
b.write(b'!')
print(b.getvalue(), len(b.getvalue()))
print(b.truncate(5), b.getvalue(), b.tell())
b.seek(0)
buf = bytearray(3)
print(b.readinto(buf), buf)
print(list(io.BytesIO(b'x\ny\n')))
for call in (lambda: b.write('str'), lambda: b.seek(-1), lambda: b.seek(0, 5), lambda: io.BytesIO('s')):
    try:
        call()
    except Exception as e:
        print(type(e).__name__, e)
b.close()
try:
    b.read()
except ValueError as e:
    print(e)
print(isinstance(io.BytesIO(), io.BufferedIOBase), isinstance(io.BytesIO(), io.RawIOBase),
      type(io.BytesIO()).__name__)
with io.BytesIO(b'q') as b:
    print(b.read(), b.readable(), b.writable(), b.seekable())
print(b.closed)
