# ft: threads read shared globals (dict, list, tuple, str, instance attributes) while the main
# thread keeps rebinding and deleting them, so that the old objects die while other threads may
# be reading them (borrowed reads of deferred objects must never see a destroyed object).
# Every version of a global holds the same values, so every read has one right answer.
import threading

N_READERS = 4
REBINDS = 1_500


class Config:
    def __init__(self):
        self.scale = 3
        self.offset = ("one", 1)


def make_table():
    return {k: (k, k * 2) for k in range(64)}


TABLE = make_table()
ITEMS = [("x" * (k % 5), k) for k in range(64)]
CONFIG = Config()
NAMES = tuple("n%d" % k for k in range(64))
TEXT = "abcdefgh" * 8
GONE = [1, 2, 3]
done = False
started = threading.Barrier(N_READERS + 1)


def lookup(k):
    return TABLE[k][1] + ITEMS[k][1] * CONFIG.scale + CONFIG.offset[1] + len(NAMES[k]) + (TEXT[k] == "a")


EXPECTED = [lookup(k) for k in range(64)]


def reader(results, t):
    started.wait()
    bad = 0
    reads = 0
    while not done or reads < 2_000:
        k = reads & 63
        if lookup(k) != EXPECTED[k]:
            bad += 1
        try:
            if GONE[1] != 2:
                bad += 1
        except NameError:
            pass  # deleted right now
        reads += 1
    results[t] = bad


def rebinder():
    global TABLE, ITEMS, CONFIG, NAMES, TEXT, GONE, done
    started.wait()
    for i in range(REBINDS):
        TABLE = make_table()
        ITEMS = [("x" * (k % 5), k) for k in range(64)]
        if i % 4 == 0:
            CONFIG = Config()
            NAMES = tuple("n%d" % k for k in range(64))
            TEXT = "".join(["abcdefgh"] * 8)
        if i % 8 == 0:
            del GONE
            GONE = [1, 2, 3]
    done = True


results = [None] * N_READERS
threads = [threading.Thread(target=reader, args=(results, t)) for t in range(N_READERS)]
for th in threads:
    th.start()
rebinder()
for th in threads:
    th.join()
print("wrong reads:", results)
print(TABLE[5], ITEMS[7], CONFIG.scale, NAMES[9], TEXT[:3], GONE)


# The same object read through a global by several threads, then dropped by its owner while
# they still run: the last reader sees it die.
class Box:
    def __init__(self, n):
        self.n = n


SHARED = Box(7)
box_total = [0] * N_READERS


def box_reader(t):
    s = 0
    for _ in range(5_000):
        try:
            s += SHARED.n
        except NameError:
            s += 7
    box_total[t] = s


ths = [threading.Thread(target=box_reader, args=(t,)) for t in range(N_READERS)]
for th in ths:
    th.start()
for i in range(500):
    SHARED = Box(7)
del SHARED
for th in ths:
    th.join()
print(box_total)
