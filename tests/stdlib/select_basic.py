# select.select and select.poll on pipes: readiness, timeouts, objects with fileno(), errors.
import os
import select
import time

r, w = os.pipe()
print(select.select([r], [], [], 0))
print(select.select([r], [w], [], 0) == ([], [w], []))
os.write(w, b"abc")
print(select.select([r], [], [], 1.5) == ([r], [], []))
print(os.read(r, 10))


class Wrapper:
    def __init__(self, fd):
        self.fd = fd

    def fileno(self):
        return self.fd


wr = Wrapper(r)
os.write(w, b"x")
rl, wl, xl = select.select([wr], [Wrapper(w)], [])
print(rl[0] is wr, len(wl), xl)
os.read(r, 1)
t0 = time.monotonic()
print(select.select([r], [], [], 0.05), time.monotonic() - t0 >= 0.04)

p = select.poll()
p.register(r, select.POLLIN)
p.register(w, select.POLLOUT)
print(sorted(p.poll(0)) == [(w, select.POLLOUT)])
os.write(w, b"y")
print(sorted(p.poll(100)) == sorted([(r, select.POLLIN), (w, select.POLLOUT)]))
p.unregister(w)
print(p.poll() == [(r, select.POLLIN)])
os.read(r, 1)
print(p.poll(10))
p.modify(r, select.POLLIN | select.POLLPRI)
os.close(w)
ev = p.poll(10)
print(ev[0][0] == r, bool(ev[0][1] & select.POLLHUP))
print(select.select([r], [], [], 0)[0] == [r], os.read(r, 1))
os.close(r)

for call in (lambda: select.select([-1], [], []),
             lambda: select.select(["x"], [], []),
             lambda: select.select([], [], [], -1),
             lambda: select.select([], [], [], "1"),
             lambda: p.unregister(12345),
             lambda: p.modify(12345, select.POLLIN),
             lambda: select.select([r], [], [], 0)):
    try:
        call()
    except Exception as e:
        print(type(e).__name__, e)
print(select.error is OSError)
