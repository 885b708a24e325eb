import timeit

t = timeit.timeit("x = sum(range(10))", number=100)
print(type(t).__name__, t >= 0)
r = timeit.repeat("y = [i for i in range(5)]", setup="import math", repeat=3, number=10)
print(len(r), all(v >= 0 for v in r))
calls = []
def f():
    calls.append(1)
print(timeit.timeit(f, number=7) >= 0, len(calls))
tm = timeit.Timer("a + b", setup="a = 1; b = 2")
print(tm.timeit(number=50) >= 0, len(tm.repeat(repeat=2, number=5)))
counter = iter(range(1000000))
fake = timeit.Timer("pass", timer=lambda: next(counter))
print(fake.timeit(number=3))
g = {"val": 5}
print(timeit.timeit("val * 2", globals=g, number=3) >= 0)
try:
    timeit.Timer("x = ")
except SyntaxError:
    print("SyntaxError")
try:
    timeit.Timer(42)
except ValueError as e:
    print("ValueError:", e)
print(timeit.default_timer is __import__("time").perf_counter)
