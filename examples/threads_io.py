# I/O-bound threads: TASKS simulated requests of 20 ms each (time.sleep stands for waiting on a
# network or a disk), shared out between WEFT_THREADS threads through a queue. Waiting releases
# the global lock, so both builds (and CPython) speed up with more threads.
# Try:  scripts/compare examples/threads_io.py --threads 1,2,4,8
import os
import queue
import threading
import time

TASKS = 40


def main():
    nthreads = int(os.environ.get("WEFT_THREADS", "1"))
    jobs = queue.Queue()
    for i in range(TASKS):
        jobs.put(i)
    done = []
    done_lock = threading.Lock()

    def worker():
        while True:
            try:
                job = jobs.get_nowait()
            except queue.Empty:
                return
            time.sleep(0.02)  # the "request"
            with done_lock:
                done.append(job * job)

    threads = [threading.Thread(target=worker) for _ in range(nthreads)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print(f"{len(done)} requests, checksum {sum(done)}")


main()
