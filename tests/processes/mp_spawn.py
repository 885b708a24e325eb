# The spawn start method: a fresh interpreter imports this file as __mp_main__ (so the code
# under the __name__ guard runs once), then runs the target; objects travel pickled.
import multiprocessing as mp
import sys

print('module level runs in', __name__ if __name__ == '__main__' else 'the child', file=sys.stderr)


def child_info(q, arr, counter):
    import __main__
    q.put((__name__, mp.current_process().name, mp.get_start_method(),
           mp.parent_process() is not None))
    for i in range(len(arr)):
        arr[i] = arr[i] * 2
    for _ in range(500):
        with counter.get_lock():
            counter.value += 1


def cube(x):
    return x ** 3


def exit_code(n):
    sys.exit(n)


class Greeter:
    def __init__(self, who):
        self.who = who

    def hello(self):
        return 'hello ' + self.who


def use(obj, conn):
    conn.send(obj.hello())
    conn.close()


if __name__ == '__main__':
    ctx = mp.get_context('spawn')
    print('start method:', ctx.get_start_method())
    q = ctx.Queue()
    arr = ctx.Array('i', [1, 2, 3])
    counter = ctx.Value('i', 0)
    ps = [ctx.Process(target=child_info, args=(q, arr, counter), name='spawned-%d' % i)
          for i in range(2)]
    for p in ps:
        p.start()
    infos = sorted(q.get() for _ in ps)
    for p in ps:
        p.join()
    print(infos)
    print('array doubled twice:', arr[:], 'counter:', counter.value)
    print('exitcodes:', [p.exitcode for p in ps])

    p = ctx.Process(target=exit_code, args=(4,))
    p.start()
    p.join()
    print('sys.exit(4):', p.exitcode)

    a, b = ctx.Pipe()
    p = ctx.Process(target=use, args=(Greeter('spawn'), b))
    p.start()
    print(a.recv())
    p.join()

    with ctx.Pool(2) as pool:
        print('pool:', pool.map(cube, range(6)))

    from concurrent.futures import ProcessPoolExecutor
    with ProcessPoolExecutor(2, mp_context=ctx) as ex:
        print('executor:', list(ex.map(cube, range(4))))

    fork_lock = mp.get_context('fork').Lock()
    try:
        ctx.Process(target=cube, args=(fork_lock,)).start()
    except RuntimeError as e:
        print('RuntimeError:', str(e)[:60])
    mp.set_start_method('spawn', force=True)
    print('default now:', mp.get_start_method())
    try:
        mp.set_start_method('fork')
    except RuntimeError as e:
        print('RuntimeError:', e)
    try:
        mp.get_context('nope')
    except ValueError as e:
        print('ValueError:', e)
