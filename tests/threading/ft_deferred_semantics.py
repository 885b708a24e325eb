# ft: a thread that does not own a global reads it through `G[k]` and `G.attr` (the fused,
# borrowed reads of the ft build): every corner must behave as the ordinary instructions do —
# errors and their lines, descriptors, __getattr__, dict subclasses, keys whose __eq__ runs code,
# an instance whose __dict__ is replaced, and __del__ order when the global is rebound.
import threading

TABLE = {i: i * 10 for i in range(8)}
ITEMS = ["a", "b", "c"]
PAIR = (1, 2)
TEXT = "weft"
log = []


class Plain:
    kind = "class attribute"

    def __init__(self):
        self.x = 1

    @property
    def prop(self):
        log.append("prop runs")
        return 42

    def method(self):
        return "method of %s" % type(self).__name__


class Fallback:
    def __getattr__(self, name):
        return "fallback " + name


class Missing(dict):
    def __missing__(self, key):
        return "missing %r" % (key,)


class NoisyKey:
    def __init__(self, n):
        self.n = n

    def __hash__(self):
        return hash(self.n)

    def __eq__(self, other):
        log.append("eq %r" % (other,))
        return other == self.n


class Mortal:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


OBJ = Plain()
FB = Fallback()
MISS = Missing(a=1)
NOISY = {NoisyKey(3): "three"}
MORTAL = Mortal("first")


def where(e):
    tb = e.__traceback__
    while tb.tb_next:
        tb = tb.tb_next
    return "%s: %s (line %d)" % (type(e).__name__, e, tb.tb_lineno)


def probe():
    k, i, bad = 3, 1, 99
    out = [TABLE[k], ITEMS[i], ITEMS[-1], PAIR[i], TEXT[i], TABLE[7], ITEMS[0:2]]
    out += [OBJ.x, OBJ.kind, OBJ.prop, OBJ.method(), FB.anything, MISS["a"], MISS["zz"]]
    out.append(NOISY[3])
    out.append(MORTAL.name)
    try:
        out.append(TABLE[bad])
    except KeyError as e:
        out.append(where(e))
    try:
        out.append(ITEMS[bad])
    except IndexError as e:
        out.append(where(e))
    try:
        out.append(ITEMS["x"])
    except TypeError as e:
        out.append(where(e))
    try:
        out.append(OBJ.nope)
    except AttributeError as e:
        out.append(where(e))
    try:
        out.append(TABLE[unbound])  # noqa: F821 (a NameError, raised before the subscript)
    except NameError as e:
        out.append(where(e))
    return out


def run_in_thread(fn):
    box = []
    t = threading.Thread(target=lambda: box.append(fn()))
    t.start()
    t.join()
    return box[0]


first = run_in_thread(probe)
second = run_in_thread(probe)  # now the shared objects are read borrowed
print(first == second)
for item in second:
    print(item)
print(log)

# Replace the instance dict, rebind globals, then read again from a thread.
OBJ.__dict__ = {"x": "new dict"}
ITEMS = ["p", "q", "r"]
TABLE = {3: "three"}
print(run_in_thread(lambda: (OBJ.x, ITEMS[1], TABLE[3])))

# A __del__ class runs __del__ at once when the global is rebound, as in CPython.
MORTAL = Mortal("second")
print("after rebind")
print(run_in_thread(lambda: MORTAL.name))
del MORTAL
print("after del")
