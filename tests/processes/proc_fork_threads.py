# fork while 4 other threads run: they hold locks and append to shared lists at the moment of
# the fork. The child must be able to allocate, import, start threads and use threading, and
# sees only its own thread; the parent's threads keep running and finish normally.
import os
import sys
import threading
import time
import warnings

warnings.simplefilter("ignore", DeprecationWarning)  # "This process is multi-threaded..."

shared = []
locks = [threading.Lock() for _ in range(4)]
stop = threading.Event()
started = threading.Barrier(5)


def worker(i):
    started.wait()
    n = 0
    while not stop.is_set():
        with locks[i]:
            shared.append((i, n))
            d = {k: k * 2 for k in range(20)}
            n += 1
        if n % 64 == 0:
            time.sleep(0)


threads = [threading.Thread(target=worker, args=(i,), name=f"w{i}") for i in range(4)]
for t in threads:
    t.start()
started.wait()
time.sleep(0.02)

statuses = []
for round in range(3):
    r, w = os.pipe()
    pid = os.fork()
    if pid == 0:
        try:
            os.close(r)
            out = []
            out.append(f"active={threading.active_count()}")
            out.append(f"main_is_current={threading.main_thread() is threading.current_thread()}")
            out.append(f"enumerate={[t.name for t in threading.enumerate()]}")
            big = [list(range(100)) for _ in range(200)]         # allocate
            import json, textwrap                                 # import
            out.append(json.dumps({"n": len(big)}))
            res = []
            t = threading.Thread(target=lambda: res.append(sum(range(1000))))  # start a thread
            t.start()
            t.join()
            out.append(f"thread_result={res}")
            fresh = threading.Lock()
            with fresh:
                out.append("fresh lock ok")
            snapshot = list(shared)                               # the shared list is usable
            out.append(f"shared_ok={len(snapshot) > 0}")
            os.write(w, "\n".join(out).encode())
            os.close(w)
            os._exit(0)
        except BaseException as e:
            os.write(w, repr(e).encode())
            os._exit(1)
    os.close(w)
    data = b""
    while True:
        chunk = os.read(r, 4096)
        if not chunk:
            break
        data += chunk
    os.close(r)
    _, st = os.waitpid(pid, 0)
    statuses.append(os.waitstatus_to_exitcode(st))
    if round == 0:
        print(data.decode())
    time.sleep(0.01)

stop.set()
for t in threads:
    t.join()
print("child statuses:", statuses)
print("parent threads alive:", [t.is_alive() for t in threads])
counts = [sum(1 for i, _ in shared if i == k) > 0 for k in range(4)]
print("every worker appended:", counts)
print("active after join:", threading.active_count())
