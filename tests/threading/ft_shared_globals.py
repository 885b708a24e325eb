# ft: threads read globals and builtins while another thread rebinds globals; lock-protected
# counters stay exact; a shared function called from every thread sees consistent values.
import threading

CONFIG = {"scale": 3}
TABLE = list(range(100))
counter = 0
lock = threading.Lock()
flag = 0


def lookup(i):
    return TABLE[i % 100] * CONFIG["scale"] + len(TABLE)


def worker(results, t):
    global counter
    total = 0
    for i in range(20_000):
        total += lookup(i)
        if i % 10 == 0:
            with lock:
                counter += 1
    results[t] = total


def rebinder():
    global flag
    for i in range(20_000):
        flag = i  # STORE_GLOBAL while the others LOAD_GLOBAL


results = [0] * 4
threads = [threading.Thread(target=worker, args=(results, t)) for t in range(4)]
threads.append(threading.Thread(target=rebinder))
for th in threads:
    th.start()
for th in threads:
    th.join()
print(counter)
print(len(set(results)), results[0])
print(flag)
