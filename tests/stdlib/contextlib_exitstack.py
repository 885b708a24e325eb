from contextlib import ExitStack, contextmanager

@contextmanager
def res(n, log):
    log.append("open %d" % n)
    try:
        yield n
    finally:
        log.append("close %d" % n)

log = []
with ExitStack() as stack:
    vals = [stack.enter_context(res(i, log)) for i in range(3)]
    stack.callback(log.append, "callback")
    stack.callback(lambda *a, **k: log.append(("cb", a, k)), 1, 2, k=3)
    print(vals)
print(log)

def exit_fn(et, ev, tb):
    print("push exit", et.__name__ if et else None)
    return True
with ExitStack() as stack:
    stack.push(exit_fn)
    raise ValueError("suppressed by push")
print("after push")

class Obj:
    def __enter__(self): return self
    def __exit__(self, *a):
        print("Obj exit", a[0]); return False
with ExitStack() as stack:
    stack.push(Obj())

log = []
with ExitStack() as stack:
    stack.enter_context(res(1, log))
    stack2 = stack.pop_all()
print(log)
stack2.close()
print(log)

def bad_cb():
    raise KeyError("in callback")
try:
    with ExitStack() as stack:
        stack.callback(bad_cb)
        raise ValueError("body")
except KeyError as e:
    print("KeyError", e, "context:", repr(e.__context__))

try:
    with ExitStack() as stack:
        stack.enter_context(42)
except TypeError as e:
    print("TypeError:", e)

# nested exceptions in callbacks
def raiser(exc):
    def f():
        raise exc
    return f
try:
    with ExitStack() as s:
        s.callback(raiser(IndexError("first")))
        s.callback(raiser(KeyError("second")))
except IndexError as e:
    print("final", repr(e), "ctx", repr(e.__context__))
