# time: only checks that do not depend on timing values.
import time
t0 = time.time()
p0 = time.perf_counter()
m0 = time.monotonic()
time.sleep(0.01)
t1 = time.time()
p1 = time.perf_counter()
m1 = time.monotonic()
print(type(t0).__name__, type(p0).__name__, type(m0).__name__)
print(p1 > p0, m1 >= m0, t1 >= t0)
print(p1 - p0 >= 0.009, m1 - m0 >= 0.009)
print(t0 > 1.6e9)
print(time.sleep(0) is None)
try:
    time.sleep(-1)
except ValueError as e:
    print('ValueError', e)
try:
    time.sleep('x')
except TypeError as e:
    print('TypeError', e)
start = time.perf_counter()
total = 0
for i in range(100000):
    total += i
print(total, time.perf_counter() - start >= 0)
