# concurrent.futures.InterpreterPoolExecutor: submit, map, exceptions, shutdown, context manager.
# Expected output written by hand from the CPython 3.14 documentation.
from concurrent.futures import InterpreterPoolExecutor, as_completed
from concurrent import interpreters


def square(x):
    return x * x


def where():
    import _interpreters
    return _interpreters.get_current()[0]


def fail(msg):
    raise KeyError(msg)


with InterpreterPoolExecutor(max_workers=2) as ex:
    f = ex.submit(square, 12)
    print('submit', f.result(timeout=10))
    print('map', list(ex.map(square, range(10))))
    ids = {ex.submit(where).result() for _ in range(4)}
    print('not main', 0 not in ids, len(ids) <= 2)
    futs = [ex.submit(pow, 2, n) for n in range(5)]
    print('as_completed', sorted(f.result() for f in as_completed(futs)))
    e = ex.submit(fail, 'missing').exception()
    print('exception', type(e).__name__, e, type(e.__cause__).__name__)
    try:
        ex.submit(square, [1]).result()
    except TypeError as err:
        print('list arg', isinstance(err, TypeError))
    else:
        print('list arg', 'no error')

try:
    ex.submit(square, 2)
except RuntimeError as e:
    print('after shutdown', e)

ex = InterpreterPoolExecutor(max_workers=1, initializer='import math\nFACT = math.factorial(5)')
def fact():
    return FACT
print('initializer', ex.submit(fact).result())
ex.shutdown()
print('interpreters left', len(interpreters.list_all()))
