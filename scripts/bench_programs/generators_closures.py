# Generators, closures and small function calls: pipelines of lazy iterators and callbacks.
import sys

def integers(n):
    i = 0
    while i < n:
        yield i
        i += 1

def take_while(pred, it):
    for x in it:
        if not pred(x):
            return
        yield x

def mapped(f, it):
    for x in it:
        yield f(x)

def filtered(pred, it):
    for x in it:
        if pred(x):
            yield x

def make_adder(k):
    def add(x):
        return x + k
    return add

def make_counter():
    count = 0
    def tick(x):
        nonlocal count
        count += 1
        return count
    return tick

def compose(*fs):
    def run(x):
        for f in fs:
            x = f(x)
        return x
    return run

def primes():
    composites = {}
    q = 2
    while True:
        if q not in composites:
            yield q
            composites[q * q] = [q]
        else:
            for p in composites[q]:
                composites.setdefault(p + q, []).append(p)
            del composites[q]
        q += 1

def main(n):
    f = compose(make_adder(3), lambda x: x * 2, make_adder(-1))
    total = sum(mapped(f, filtered(lambda x: x % 3 != 0, integers(n))))
    tick = make_counter()
    last = 0
    for last in mapped(tick, take_while(lambda x: x < n, integers(n * 2))):
        pass
    count = 0
    biggest = 0
    for p in primes():
        if p > n // 4:
            break
        count += 1
        biggest = p
    squares = [y for y in (x * x for x in range(n // 10)) if y % 7 == 1]
    print(total, last, count, biggest, len(squares), squares[-1])

main(int(sys.argv[1]) if len(sys.argv) > 1 else 2500000)
