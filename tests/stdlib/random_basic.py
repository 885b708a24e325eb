import random
for s in [0, 1, 42, 2**40+7, -5, 12345678901234567890123, "hello", b"abc", 3.5]:
    random.seed(s)
    print(s, random.random(), random.randint(1, 100), random.randrange(0, 1000, 7), random.getrandbits(70))
random.seed(7)
L = list(range(20)); random.shuffle(L); print(L)
print(random.choice("abcdef"), random.choices(range(10), k=5), random.choices("abc", weights=[1,2,3], k=6))
print(random.sample(range(100), 10), random.sample(range(10000), 10), random.sample(['a','b'], counts=[3,2], k=4))
print(random.uniform(1, 5), random.gauss(0, 1), random.gauss(0,1), random.normalvariate(2, 3), random.expovariate(2))
print(random.triangular(0, 10, 3), random.betavariate(2, 3), random.gammavariate(0.5, 1), random.gammavariate(3, 2))
print(random.lognormvariate(0, 1), random.vonmisesvariate(1, 2), random.paretovariate(3), random.weibullvariate(1, 2))
print([random.binomialvariate(n, p) for n, p in [(1, .5), (10, .3), (100, .4), (1000, .7), (50, 0.05)]])
print(random.randbytes(5))
st = random.getstate(); a = random.random(); random.setstate(st); print(a == random.random())
r = random.Random(99); print(r.random(), r.randint(0, 10**30))
class R(random.Random):
    def random(self): return 0.5
print(R().randrange(100), R().choice([1,2,3]))
print(type(random.SystemRandom().random()))
for bad in [lambda: random.randrange(0), lambda: random.randrange(5, 1), lambda: random.choice([]), lambda: random.sample({1,2}, 1), lambda: random.seed([1]), lambda: random.getrandbits(-1), lambda: random.randrange(1.5)]:
    try: bad()
    except Exception as e: print(type(e).__name__, e)
