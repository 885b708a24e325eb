# Lock/RLock/Semaphore/Event/Condition and Value/Array shared between processes; the counters
# are exact because every increment holds the lock.
import multiprocessing as mp
import time

N = 2000


def bump(counter, n):
    for _ in range(n):
        with counter.get_lock():
            counter.value += 1


def bump_with_lock(lock, raw, n):
    for _ in range(n):
        lock.acquire()
        try:
            raw.value += 1
        finally:
            lock.release()


def fill(arr, start):
    for i in range(start, len(arr), 2):
        arr[i] = i * i


def wait_then_set(ev_in, ev_out, val):
    ev_in.wait()
    val.value = 99
    ev_out.set()


def cond_worker(cond, state):
    with cond:
        state.value = 1
        cond.notify()
        cond.wait_for(lambda: state.value == 2, timeout=10)
        state.value = 3


if __name__ == '__main__':
    counter = mp.Value('i', 0)
    ps = [mp.Process(target=bump, args=(counter, N)) for _ in range(2)]
    for p in ps:
        p.start()
    for p in ps:
        p.join()
    print('Value counter:', counter.value, counter.value == 2 * N)

    lock = mp.Lock()
    raw = mp.Value('q', 0, lock=False)
    ps = [mp.Process(target=bump_with_lock, args=(lock, raw, N)) for _ in range(2)]
    for p in ps:
        p.start()
    for p in ps:
        p.join()
    print('Lock + raw Value:', raw.value, repr(raw))

    arr = mp.Array('i', 10)
    ps = [mp.Process(target=fill, args=(arr, s)) for s in (0, 1)]
    for p in ps:
        p.start()
    for p in ps:
        p.join()
    print('Array:', arr[:], len(arr), arr[3], arr[-1], arr[2:5])
    arr[0:3] = [7, 8, 9]
    print('slice set:', list(arr)[:4])
    try:
        arr[0:2] = [1]
    except ValueError as e:
        print('ValueError:', e)
    try:
        arr[10]
    except IndexError as e:
        print('IndexError:', e)

    d = mp.Value('d', 1.5)
    print('double:', d.value, repr(d.get_obj()))
    c = mp.Value('c', b'x')
    print('char:', c.value)
    s = mp.Array('c', b'hello')
    print('char array:', s.value, s.raw, s[1], s[1:3])
    s.value = b'hi'
    print('after value=:', s.value, s.raw)
    f = mp.Array('d', [0.5, 1.5])
    print('double array:', f[:])
    small = mp.Value('b', 0)
    small.value = 200
    print('wraps like ctypes:', small.value)
    try:
        mp.Value('i', 1.5)
    except TypeError as e:
        print('TypeError:', e)
    print('lock types:', type(counter.get_lock()).__name__, type(mp.Value('i', lock=mp.Lock()).get_lock()).__name__)

    l = mp.Lock()
    print(l.acquire(), l.acquire(False), l.acquire(timeout=0.05))
    l.release()
    try:
        l.release()
    except ValueError as e:
        print('ValueError:', e)
    print(repr(l))
    r = mp.RLock()
    with r:
        with r:
            print('rlock nested:', repr(r))
    print(repr(r))
    try:
        r.release()
    except AssertionError as e:
        print('AssertionError:', e)
    sem = mp.Semaphore(2)
    print(sem.acquire(), sem.acquire(), sem.acquire(timeout=0.05), sem.get_value(), repr(sem))
    sem.release()
    bs = mp.BoundedSemaphore(1)
    bs.acquire()
    bs.release()
    try:
        bs.release()
    except ValueError as e:
        print('ValueError:', e)

    ev_in, ev_out = mp.Event(), mp.Event()
    val = mp.Value('i', 0)
    p = mp.Process(target=wait_then_set, args=(ev_in, ev_out, val))
    p.start()
    print('event set?', ev_in.is_set(), ev_out.wait(0.1))
    ev_in.set()
    print('event waited:', ev_out.wait(10), val.value)
    p.join()
    ev_in.clear()
    print('cleared:', ev_in.is_set())

    cond = mp.Condition()
    state = mp.Value('i', 0, lock=False)
    p = mp.Process(target=cond_worker, args=(cond, state))
    with cond:
        p.start()
        cond.wait_for(lambda: state.value == 1, timeout=10)
        print('condition: child arrived', state.value)
        state.value = 2
        cond.notify_all()
    p.join()
    print('condition: final', state.value)
