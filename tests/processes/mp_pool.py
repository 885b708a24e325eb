# multiprocessing.Pool: map/imap/imap_unordered/starmap/apply/apply_async/map_async, chunksize,
# initializer, exceptions passed back with the remote traceback, close/join/terminate.
import multiprocessing as mp
import os


def square(x):
    return x * x


def add(a, b):
    return a + b


def fail(x):
    if x == 3:
        raise ValueError('bad value %d' % x)
    return x


_state = {}


def init(tag):
    _state['tag'] = tag


def tagged(x):
    return '%s-%d' % (_state.get('tag'), x)


def kw(a, b=0, *, c=0):
    return (a, b, c)


def pid_of(_):
    return os.getpid()


if __name__ == '__main__':
    with mp.Pool(2) as pool:
        print(pool.map(square, range(10)))
        print(pool.map(square, range(20), chunksize=3))
        print(pool.map(square, []))
        print(list(pool.imap(square, range(8))))
        print(list(pool.imap(square, range(8), chunksize=3)))
        print(sorted(pool.imap_unordered(square, range(8))))
        print(sorted(pool.imap_unordered(square, range(8), chunksize=2)))
        print(pool.starmap(add, [(1, 2), (3, 4), (5, 6)]))
        print(pool.apply(kw, (1,), {'b': 2, 'c': 3}))
        r = pool.apply_async(square, (7,))
        print('apply_async:', r.get(timeout=10), r.ready(), r.successful())
        r = pool.map_async(square, range(5))
        r.wait()
        print('map_async:', r.get())
        got = []
        r = pool.apply_async(square, (9,), callback=got.append)
        r.wait()
        print('callback:', got)
        errs = []
        r = pool.apply_async(fail, (3,), error_callback=lambda e: errs.append(type(e).__name__))
        r.wait()
        print('error_callback:', errs, r.successful())
        try:
            pool.map(fail, range(6))
        except ValueError as e:
            print('map raised ValueError:', e)
            cause = e.__cause__
            print('cause:', type(cause).__name__, 'Traceback' in str(cause),
                  "raise ValueError('bad value %d' % x)" in str(cause))
        try:
            pool.apply(fail, (3,))
        except ValueError as e:
            print('apply raised:', e)
        it = pool.imap(fail, range(5))
        out = []
        try:
            for v in it:
                out.append(v)
        except ValueError as e:
            out.append(str(e))
        print('imap error:', out)
        print('starmap_async:', pool.starmap_async(add, [(1, 1), (2, 2)]).get())
        try:
            list(pool.imap(square, range(3), chunksize=0))
        except ValueError as e:
            print('ValueError:', e)
        print(len(set(pool.map(pid_of, range(40), chunksize=1))) <= 2)
        print(repr(pool).startswith('<multiprocessing.pool.Pool state=RUN pool_size=2>'))

    pool = mp.Pool(2, initializer=init, initargs=('init',))
    print(pool.map(tagged, range(4)))
    pool.close()
    pool.join()
    try:
        pool.map(square, [1])
    except ValueError as e:
        print('ValueError:', e)

    pool = mp.Pool(1, maxtasksperchild=2)
    print('maxtasksperchild:', pool.map(square, range(6), chunksize=1))
    pool.close()
    pool.join()

    pool = mp.Pool(2)
    try:
        pool.join()
    except ValueError as e:
        print('ValueError:', e)
    pool.terminate()
    pool.join()
    try:
        mp.Pool(0)
    except ValueError as e:
        print('ValueError:', e)
    try:
        mp.Pool(1, initializer=3)
    except TypeError as e:
        print('TypeError:', e)
    print('done')
