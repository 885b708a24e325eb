# io.TextIOWrapper over a binary file, reconfigure(), newline='' / '\r' reading, .buffer writes.
import io
import os
import sys

path = '/tmp/weft_io_wrapper_%d' % os.getpid()
try:
    with open(path, 'wb') as f:
        f.write(b'one\r\ntwo\rthree\nfour\r')
    for nl in (None, '', '\n', '\r', '\r\n'):
        with open(path, newline=nl) as f:
            print(repr(nl), f.readlines())
    with open(path, newline='') as f:
        print([line for line in f])
    raw = open(path, 'rb')
    t = io.TextIOWrapper(raw, encoding='utf-8')
    print(repr(t).replace(path, 'P'), t.encoding, t.buffer is raw, t.readline(), t.read())
    t.close()
    print(raw.closed)
    raw = open(path, 'wb')
    t = io.TextIOWrapper(raw, encoding='latin-1', newline='\r\n')
    t.write('é\n')
    t.flush()
    t.close()
    with open(path, 'rb') as f:
        print(f.read())
    with open(path, 'w') as f:
        f.reconfigure(encoding='latin-1')
        print(f.encoding, f.errors)
        f.write('ü')
        f.reconfigure(errors='replace')
        print(f.encoding, f.errors)
        f.write('☃')
    with open(path, 'rb') as f:
        print(f.read())
    sys.stdout.reconfigure(line_buffering=False)
    print('after reconfigure')
    try:
        sys.stdout.reconfigure(newline='x')
    except ValueError as e:
        print(e)
    try:
        sys.stdout.reconfigure(encoding=5)
    except TypeError as e:
        print(e)
finally:
    os.remove(path)
