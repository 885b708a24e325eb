# fork from a thread other than the main one: in the child that thread is the only one and
# becomes threading's main thread; the child can use threads and signals; exit statuses of
# children ended by os._exit, an uncaught exception and a signal handler.
import os
import signal
import sys
import threading
import warnings

warnings.simplefilter("ignore", DeprecationWarning)

results = {}


def forker():
    r, w = os.pipe()
    pid = os.fork()
    if pid == 0:
        os.close(r)
        me = threading.current_thread()
        lines = [
            f"name={me.name}",
            f"is_main={threading.main_thread() is me}",
            f"active={threading.active_count()}",
        ]
        got = []
        signal.signal(signal.SIGUSR1, lambda s, f: got.append(s))
        os.kill(os.getpid(), signal.SIGUSR1)
        lines.append(f"signal handled={got}")
        t = threading.Thread(target=lambda: got.append("thread"))
        t.start()
        t.join()
        lines.append(f"after thread={got}")
        os.write(w, "\n".join(lines).encode())
        os._exit(11)
    os.close(w)
    data = b""
    while True:
        chunk = os.read(r, 1024)
        if not chunk:
            break
        data += chunk
    os.close(r)
    results["child"] = data.decode()
    results["status"] = os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1])


t = threading.Thread(target=forker, name="forker")
t.start()
t.join()
print(results["child"])
print("status:", results["status"])
print("parent main still main:", threading.main_thread() is threading.current_thread())

# A child whose main program raises: status 1 (after the traceback on stderr).
sys.stdout.flush()  # a child that exits normally flushes what it inherited
pid = os.fork()
if pid == 0:
    os.close(2)   # keep the traceback out of the test's stderr
    raise SystemExit(6)
print("SystemExit(6) ->", os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]))
sys.stdout.flush()  # a child that exits normally flushes what it inherited
pid = os.fork()
if pid == 0:
    os.close(2)
    raise ValueError("boom")
print("uncaught ->", os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]))
pid = os.fork()
if pid == 0:
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    os.kill(os.getpid(), signal.SIGTERM)
    import time
    time.sleep(5)
    os._exit(0)
print("SIGTERM ->", os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]))
