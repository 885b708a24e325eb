# threading.Thread: names, reprs, start/join/is_alive, errors, subclasses, registry functions.
import threading

def strip_ident(r):
    # Reprs of started threads end with the ident, which changes from run to run.
    head, _, last = r.rpartition(' ')
    return head + ')>' if last.rstrip(')>').isdigit() else r

def work(a, b, c=0):
    out.append((a, b, c, threading.current_thread().name))

out = []
t = threading.Thread(target=work, args=(1, 2), kwargs={'c': 3})
print(t.name, t.ident, t.native_id, t.daemon, t.is_alive())
print(repr(t))
t.start()
t.join()
print(out, t.is_alive())
print(strip_ident(repr(t)))
print(type(t.ident).__name__, type(t.native_id).__name__, t.ident != threading.get_ident())

try:
    t.start()
except RuntimeError as e:
    print('RuntimeError:', e)

u = threading.Thread(target=work, args=(0, 0))
try:
    u.join()
except RuntimeError as e:
    print('RuntimeError:', e)

def join_self():
    try:
        threading.current_thread().join()
    except RuntimeError as e:
        out.append(str(e))

j = threading.Thread(target=join_self, name='selfjoiner')
j.start(); j.join()
print(out[-1], j.name)

# Default names count up; the target's name is added in parentheses.
def f(): pass
class Callable:
    def __call__(self): pass
names = [threading.Thread(target=f).name, threading.Thread().name,
         threading.Thread(target=Callable()).name, threading.Thread(name=42).name]
print(names)

# Subclass overriding run().
class Worker(threading.Thread):
    def __init__(self, n):
        super().__init__(name='worker-%d' % n)
        self.n = n
        self.result = None
    def run(self):
        self.result = sum(range(self.n))

ws = [Worker(n) for n in (10, 100, 1000)]
for w in ws: w.start()
for w in ws: w.join()
print([(w.name, w.result) for w in ws])

# daemon flag
d = threading.Thread(target=f, daemon=True)
print(d.daemon, strip_ident(repr(d)))
d.daemon = False
d.start(); d.join()
try:
    d.daemon = True
except RuntimeError as e:
    print('RuntimeError:', e)
print(threading.Thread(target=f).daemon)

# name setter
n = threading.Thread(target=f)
n.name = 'renamed'
print(n.name, repr(n))

# join with a timeout on a thread that is still blocked
ev = threading.Event()
blocked = threading.Thread(target=ev.wait, name='blocked')
blocked.start()
blocked.join(0.05)
print('alive after timed join:', blocked.is_alive())
print('in enumerate:', blocked in threading.enumerate(), threading.active_count())
ev.set()
blocked.join()
print('alive after join:', blocked.is_alive(), blocked in threading.enumerate(),
      threading.active_count())

# main thread and current thread
m = threading.main_thread()
print(m.name, m is threading.current_thread(), m.is_alive(), m.daemon)
print(m.ident == threading.get_ident(), threading.get_native_id() == m.native_id)
print(strip_ident(repr(m)))
print([x.name for x in threading.enumerate()])

seen = []
def who():
    seen.append((threading.current_thread() is me[0], threading.main_thread() is m,
                 threading.current_thread().ident == threading.get_ident()))
me = [threading.Thread(target=who)]
me[0].start(); me[0].join()
print(seen)

# a thread started from a thread
inner_names = []
def outer():
    t2 = threading.Thread(target=lambda: inner_names.append(threading.current_thread().name),
                          name='inner')
    t2.start(); t2.join()
    inner_names.append(threading.current_thread().name)
o = threading.Thread(target=outer, name='outer'); o.start(); o.join()
print(inner_names)

# exceptions in the arguments are raised by the call, in the thread
print(threading.TIMEOUT_MAX > 1000, threading.stack_size())
print(issubclass(threading.ThreadError, Exception), threading.ThreadError.__name__)
