# Several sleeps add up; monotonic and perf_counter never go backwards.
import time
m0 = time.monotonic()
p0 = time.perf_counter()
prev = p0
ok = True
for _ in range(5):
    time.sleep(0.01)
    now = time.perf_counter()
    ok = ok and now >= prev
    prev = now
print(ok, time.perf_counter() - p0 >= 0.05, time.monotonic() - m0 >= 0.05)
time.sleep(0)
time.sleep(0.001)
print(isinstance(time.time(), float), abs(time.time() - time.time()) < 1.0)
