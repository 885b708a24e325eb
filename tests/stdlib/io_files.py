# open(): modes, encodings, errors, newline handling, file methods and reprs.
import io
import os

base = '/tmp/weft_io_files_%d' % os.getpid()
os.mkdir(base)
os.chdir(base)
try:
    with open('t.txt', 'w') as f:
        print(repr(f), f.name, f.mode, f.encoding, f.errors, f.closed, f.writable(), f.readable())
        print(f.write('line one\n'), f.write('línea dos\n'))
        f.writelines(['three\n', 'four'])
    print(f.closed)
    with open('t.txt') as f:
        print(repr(f.readline()), repr(f.readline()), f.readlines())
    with open('t.txt') as f:
        print([line for line in f])
    with open('t.txt', 'rb') as f:
        print(repr(f), f.mode, f.read(5), f.tell(), f.readline(), f.seek(0, 2), f.read())
    with open('t.txt', 'a') as f:
        f.write('\nappended')
    print(open('t.txt').read().splitlines())
    f = open('t.txt', 'r+')
    print(repr(f.read(4)), f.seek(0), f.write('LINE'), f.seek(0), repr(f.readline()))
    f.close()
    try:
        open('t.txt', 'x')
    except FileExistsError as e:
        print(e)
    with open('n.txt', 'x') as f:
        f.write('new')
    print(open('n.txt').read())
    # binary modes
    with open('b.bin', 'wb') as f:
        print(repr(f), f.write(b'\x00\x01\xff'), f.write(bytearray(b'ab')))
        try:
            f.write('str')
        except TypeError as e:
            print(e)
    with open('b.bin', 'rb') as f:
        print(f.read(), f.read())
    with open('b.bin', 'rb', buffering=0) as f:
        print(repr(f), type(f).__name__, f.read(2), f.readall() if hasattr(f, 'readall') else f.read())
    with open('b.bin', 'r+b') as f:
        print(type(f).__name__, f.read(1), f.seek(0), f.write(b'Z'), f.seek(0), f.read())
    # encodings
    with open('l1.txt', 'w', encoding='latin-1') as f:
        print(repr(f), f.write('café ñ\n'))
    print(open('l1.txt', 'rb').read())
    print(open('l1.txt', encoding='latin-1').read())
    try:
        open('l1.txt').read()
    except UnicodeDecodeError as e:
        print(e)
    print(repr(open('l1.txt', errors='replace').read()))
    print(repr(open('l1.txt', errors='ignore').read()))
    print(ascii(open('l1.txt', errors='surrogateescape').read()))
    print(repr(open('l1.txt', encoding='ascii', errors='replace').read()))
    with open('a.txt', 'w', encoding='ascii', errors='replace') as f:
        f.write('naïve ☃\n')
    print(open('a.txt', 'rb').read())
    with open('a.txt', 'w', encoding='ascii', errors='xmlcharrefreplace') as f:
        f.write('naïve ☃\n')
    print(open('a.txt', 'rb').read())
    try:
        with open('a.txt', 'w', encoding='ascii') as f:
            f.write('naïve')
    except UnicodeEncodeError as e:
        print(e)
    with open('s.txt', 'w', errors='surrogateescape') as f:
        f.write('a\udcffb')
    print(open('s.txt', 'rb').read())
    try:
        open('x.txt', 'w', encoding='no-such-codec')
    except LookupError as e:
        print(e)
    # newline
    with open('nl.txt', 'w', newline='') as f:
        f.write('a\r\nb\rc\nd')
    print(open('nl.txt', 'rb').read())
    print(open('nl.txt').readlines())
    print(open('nl.txt', newline='').read().split('\n'))
    print(open('nl.txt', newline='\n').readlines())
    with open('nl2.txt', 'w', newline='\r\n') as f:
        f.write('x\ny\n')
    print(open('nl2.txt', 'rb').read())
    # errors in arguments
    for args in (('t.txt', 'rw'), ('t.txt', 'rbt'), ('t.txt', 'z'), ('t.txt', ''), ('b.bin', 'rb', 0, 'utf-8'),
                 ('t.txt', 'r', 0)):
        try:
            open(*args)
        except ValueError as e:
            print(e)
    try:
        open('t.txt', newline='x')
    except ValueError as e:
        print(e)
    try:
        open('missing.txt')
    except FileNotFoundError as e:
        print(e, e.errno, e.filename)
    try:
        open(3.5)
    except TypeError as e:
        print(e)
    f = open('t.txt')
    f.close()
    for call in (f.read, f.readline, lambda: f.write('x'), f.fileno, f.tell):
        try:
            call()
        except ValueError as e:
            print('ValueError', e)
    with open('t.txt') as f:
        try:
            f.write('x')
        except io.UnsupportedOperation as e:
            print('UnsupportedOperation', e, isinstance(e, OSError), isinstance(e, ValueError))
    with open('t.txt', 'w') as f:
        try:
            f.read()
        except io.UnsupportedOperation as e:
            print('UnsupportedOperation', e)
        print(f.truncate(0), f.fileno() > 2, f.isatty(), f.seekable())
    # io.open and the class hierarchy
    print(io.open is open)
    with open('t.txt', 'w') as f:
        print(isinstance(f, io.TextIOWrapper), isinstance(f, io.TextIOBase), isinstance(f, io.IOBase),
              isinstance(f, io.BufferedIOBase))
    with open('b.bin', 'rb') as f:
        print(isinstance(f, io.BufferedReader), isinstance(f, io.BufferedIOBase), isinstance(f, io.IOBase),
              isinstance(f, io.TextIOBase))
    with open('b.bin', 'rb', buffering=0) as f:
        print(isinstance(f, io.FileIO), isinstance(f, io.RawIOBase))
    print(io.SEEK_SET, io.SEEK_CUR, io.SEEK_END, io.DEFAULT_BUFFER_SIZE)
    print(issubclass(io.UnsupportedOperation, OSError), issubclass(io.StringIO, io.IOBase))
    # os.PathLike paths and bytes paths
    class P:
        def __fspath__(self):
            return 't.txt'
    with open(P()) as f:
        print(f.name, len(f.read()))
    with open(b't.txt') as f:
        print(f.name)
    with open(os.open('t.txt', os.O_RDONLY)) as f:
        print(type(f.name).__name__, f.mode)
finally:
    os.chdir('/')
    for name in os.listdir(base):
        os.remove(os.path.join(base, name))
    os.rmdir(base)
