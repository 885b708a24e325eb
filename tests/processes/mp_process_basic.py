# multiprocessing.Process: exit codes, is_alive, join(timeout), terminate/kill, run override,
# names and current_process/parent_process seen from the child.
import multiprocessing as mp
import os
import sys
import time


def ok():
    pass


def exit_with(code):
    sys.exit(code)


def hard_exit(code):
    os._exit(code)


def sleeper(seconds):
    time.sleep(seconds)


def report(q):
    p = mp.current_process()
    q.put((p.name, p.daemon, mp.parent_process().pid == os.getppid(),
           mp.parent_process().name))


class Squarer(mp.Process):
    def __init__(self, q, n):
        super().__init__()
        self.q = q
        self.n = n

    def run(self):
        self.q.put(self.n * self.n)


if __name__ == '__main__':
    p = mp.Process(target=ok)
    print('before start:', p.exitcode, p.is_alive(), p.pid)
    p.start()
    p.join()
    print('ok:', p.exitcode, p.is_alive(), isinstance(p.pid, int))

    for code in (0, 3, None, 'text goes to stderr'):
        p = mp.Process(target=exit_with, args=(code,))
        p.start()
        p.join()
        print('sys.exit(%r):' % (code,), p.exitcode)

    p = mp.Process(target=hard_exit, args=(7,))
    p.start()
    p.join()
    print('os._exit(7):', p.exitcode)

    p = mp.Process(target=sleeper, args=(30,))
    p.start()
    p.join(0.2)
    print('after join(0.2):', p.is_alive(), p.exitcode)
    p.terminate()
    p.join()
    print('terminated:', p.exitcode, p.is_alive())

    p = mp.Process(target=sleeper, args=(30,), daemon=True)
    p.start()
    p.kill()
    p.join()
    print('killed:', p.exitcode, p.daemon)

    q = mp.Queue()
    p = mp.Process(target=report, args=(q,), name='reporter', daemon=True)
    p.start()
    print('child saw:', q.get())
    p.join()

    p = Squarer(q, 12)
    p.start()
    print('run override:', q.get())
    p.join()
    print('exitcode:', p.exitcode)

    print('main:', mp.current_process().name, mp.parent_process())
    print('active:', mp.active_children())
    print('cpu_count is int:', isinstance(mp.cpu_count(), int) and mp.cpu_count() >= 1)
    p = mp.Process(target=ok)
    p.start()
    p.join()
    p.close()
    try:
        p.is_alive()
    except ValueError as e:
        print('closed:', e)
    try:
        p = mp.Process(target=ok)
        p.start()
        p.start()
    except AssertionError as e:
        print('AssertionError:', e)
    p.join()
    print('start methods:', mp.get_start_method(), 'spawn' in mp.get_all_start_methods())
