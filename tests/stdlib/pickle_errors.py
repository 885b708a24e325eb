# pickle: errors are the exceptions CPython raises, with its messages; bad input never crashes.
import pickle
import re


def clean(msg):
    return re.sub(r' at 0x[0-9a-f]+', ' at 0x...', str(msg))


def try_dumps(obj, proto=4):
    try:
        pickle.dumps(obj, proto)
        print('ok')
    except Exception as e:
        print(type(e).__name__, clean(e))


def try_loads(data, **kw):
    try:
        print('ok', repr(pickle.loads(data, **kw))[:60])
    except Exception as e:
        print(type(e).__name__, clean(e).split(' on <module')[0])


def make_local():
    class Local:
        pass
    return Local


def gen():
    yield 1


class BadReduce:
    def __reduce__(self):
        return 42


class BadReduceLen:
    def __reduce__(self):
        return (BadReduce,)


class BadReduceArgs:
    def __reduce__(self):
        return (BadReduce, [1])


class BadReduceCallable:
    def __reduce__(self):
        return (42, ())


class Unnamed:
    pass


Unnamed.__qualname__ = 'NotThere'

for p in (0, 2, 4):
    try_dumps(lambda: 0, p)
    try_dumps(make_local(), p)
    try_dumps(make_local()(), p)
    try_dumps(gen(), p)
try_dumps(BadReduce())
try_dumps(BadReduceLen())
try_dumps(BadReduceArgs())
try_dumps(BadReduceCallable())
try_dumps(Unnamed)
try_dumps(pickle)
try_dumps(iter([1, 2]).__class__)
try:
    pickle.dumps(1, 6)
except ValueError as e:
    print('ValueError', e)
try:
    pickle.loads('text')
except TypeError as e:
    print('TypeError', e)

# Deep nesting: RecursionError, never a crash.
deep = []
for i in range(100000):
    deep = [deep]
try:
    pickle.dumps(deep)
except RecursionError as e:
    print('RecursionError', e)

# Bad input to loads.
for data in [b'', b'x', b'\x80\x04\x95', b'\x80\x04\x95\x05\x00\x00\x00\x00\x00\x00\x00N',
             b'\x80\x09N.', b'N', b'0', b'h\x05.', b'(.', b'.', b'a', b'K', b'J\x01\x02',
             b'X\x05\x00\x00\x00ab', b'\x8c\x05abc', b'I12', b'I12\n', b'Ixyz\n.',
             b'\x80\x02N', b'\xff', b'\x00', b'(]\x85.', b']\x94K\x01K\x02e.',
             b'\x80\x04\x95\x02\x00\x00\x00\x00\x00\x00\x00N..', b'}K\x01s.',
             b'cbuiltins\nlen\n.', b'cnosuchmodule\nx\n.', b'cbuiltins\nnosuch\n.',
             b'\x80\x04\x8c\x08builtins\x94\x8c\x03len\x94\x93\x94.',
             b'\x80\x02]q\x01h\x01h\x02.', b'S\'abc\'\n.', b'Sabc\n.', b'\x80\x02\x8a\x02\xff\x7f.',
             b'\x80\x02\x81.', b'\x80\x02K\x01)\x81.', b'(K\x01K\x02d.', b'(K\x01d.']:
    try_loads(data)
print('end')
