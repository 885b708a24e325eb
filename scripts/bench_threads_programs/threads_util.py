# Shared by the thread-scaling programs: start n threads on _thread (so that the benchmarks do
# not depend on threading.py) and wait for them.
import _thread


def start_threads(n, fn):
    """Runs fn(i) for i in range(n), each in a new thread; returns the locks join() waits on."""
    done = []
    for i in range(n):
        lock = _thread.allocate_lock()
        lock.acquire()

        def wrap(i=i, lock=lock):
            try:
                fn(i)
            finally:
                lock.release()

        _thread.start_new_thread(wrap, ())
        done.append(lock)
    return done


def join(done):
    for lock in done:
        lock.acquire()


def run_threads(n, fn):
    join(start_threads(n, fn))
