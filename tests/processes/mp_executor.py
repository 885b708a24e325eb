# concurrent.futures.ProcessPoolExecutor: submit/map/shutdown, exceptions with the remote
# traceback as __cause__, initializer, and BrokenProcessPool when a worker dies.
import os
import signal
import time
from concurrent.futures import ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool


def square(x):
    return x * x


def add(a, b):
    return a + b


def boom(x):
    raise KeyError('missing %s' % x)


def die(code):
    os._exit(code)


def kill_self(_):
    os.kill(os.getpid(), signal.SIGKILL)


def slow(x):
    time.sleep(0.2)
    return x


_init = []


def init(v):
    _init.append(v)


def read_init(_):
    return list(_init)


if __name__ == '__main__':
    with ProcessPoolExecutor(max_workers=2) as ex:
        fs = [ex.submit(square, i) for i in range(6)]
        print([f.result() for f in fs])
        print(list(ex.map(square, range(10))))
        print(list(ex.map(add, range(5), range(5, 10), chunksize=2)))
        print(list(ex.map(square, range(7), chunksize=3)))
        f = ex.submit(boom, 'x')
        try:
            f.result()
        except KeyError as e:
            print('KeyError:', e)
            print('cause:', type(e.__cause__).__name__, 'Traceback' in str(e.__cause__),
                  "raise KeyError('missing %s' % x)" in str(e.__cause__))
        print('exception():', repr(f.exception()))
        try:
            ex.map(square, [1], chunksize=0)
        except ValueError as e:
            print('ValueError:', e)
    try:
        ex.submit(square, 1)
    except RuntimeError as e:
        print('RuntimeError:', e)

    with ProcessPoolExecutor(max_workers=1, initializer=init, initargs=('ready',)) as ex:
        print('initializer:', ex.submit(read_init, 0).result())

    ex = ProcessPoolExecutor(max_workers=2)
    ok = ex.submit(square, 3)
    print('before the crash:', ok.result())
    bad = ex.submit(die, 5)
    try:
        bad.result(timeout=20)
    except BrokenProcessPool as e:
        print('BrokenProcessPool:', e)
    try:
        ex.submit(square, 2)
    except BrokenProcessPool as e:
        print('submit after:', e)
    ex.shutdown()

    ex = ProcessPoolExecutor(max_workers=2)
    fs = [ex.submit(slow, 1), ex.submit(kill_self, 0)] + [ex.submit(slow, i) for i in range(4)]
    done, not_done = wait(fs, timeout=20)
    print('all done:', len(not_done) == 0)
    print('killed worker:', type(fs[1].exception()).__name__)
    print('pending ones broken:', all(isinstance(f.exception(), BrokenProcessPool) for f in fs[3:]))
    ex.shutdown()

    ex = ProcessPoolExecutor(max_workers=2)
    fs = [ex.submit(slow, i) for i in range(8)]
    while not (fs[0].running() or fs[0].done()):
        time.sleep(0.01)
    ex.shutdown(wait=True, cancel_futures=True)
    print('cancelled some:', any(f.cancelled() for f in fs), 'first ran:', fs[0].result())

    for bad_args, exc in (({'max_workers': 0}, ValueError), ({'initializer': 5}, TypeError)):
        try:
            ProcessPoolExecutor(**bad_args)
        except exc as e:
            print(exc.__name__ + ':', e)
    print('done')
