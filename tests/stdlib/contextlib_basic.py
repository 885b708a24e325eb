import io, sys
from contextlib import (contextmanager, suppress, closing, nullcontext, ExitStack,
                        redirect_stdout, redirect_stderr, AbstractContextManager, ContextDecorator)

@contextmanager
def tag(name):
    print("<%s>" % name)
    try:
        yield name.upper()
    finally:
        print("</%s>" % name)

with tag("a") as v:
    print("inside", v)

try:
    with tag("b"):
        raise ValueError("boom")
except ValueError as e:
    print("propagated", e)

@contextmanager
def swallow():
    try:
        yield
    except KeyError as e:
        print("swallowed", repr(e))

with swallow():
    raise KeyError("k")
print("after swallow")

@contextmanager
def noyield():
    if False:
        yield
try:
    with noyield():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)

@contextmanager
def twice():
    yield 1
    yield 2
try:
    with twice():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)

@contextmanager
def stopper():
    yield
try:
    with stopper():
        raise StopIteration("si")
except StopIteration as e:
    print("StopIteration passes through:", e)

@contextmanager
def reraise_other():
    try:
        yield
    except ValueError:
        raise TypeError("converted")
try:
    with reraise_other():
        raise ValueError("v")
except TypeError as e:
    print("TypeError:", e, type(e.__context__).__name__)

@tag("deco")
def decorated(x):
    print("body", x)
    return x * 2
print(decorated(21))
print(decorated(1))

with suppress(ZeroDivisionError, KeyError):
    1 / 0
print("suppressed")
try:
    with suppress(KeyError):
        [][1]
except IndexError as e:
    print("not suppressed:", e)

class Res:
    def close(self):
        print("closed")
with closing(Res()) as r:
    print(type(r).__name__)

with nullcontext(5) as n:
    print("null", n)
with nullcontext() as n:
    print("null", n)

buf = io.StringIO()
with redirect_stdout(buf):
    print("hidden")
print("captured:", repr(buf.getvalue()))
ebuf = io.StringIO()
with redirect_stderr(ebuf):
    print("err", file=sys.stderr)
print("captured err:", repr(ebuf.getvalue()))

class CM(AbstractContextManager):
    def __exit__(self, *a):
        print("CM exit", a[0])
with CM() as c:
    print(type(c).__name__)
print(issubclass(type(nullcontext()), AbstractContextManager))

class mydeco(ContextDecorator):
    def __enter__(self):
        print("enter"); return self
    def __exit__(self, *exc):
        print("exit"); return False
@mydeco()
def f():
    print("in f")
f()
