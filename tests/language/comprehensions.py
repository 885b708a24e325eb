# List, set, dict and generator comprehensions, nested with conditions.
print([x * 2 for x in range(5)])
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([(x, y) for x in range(3) for y in range(x)])
print([[x * y for y in range(3)] for x in range(3)])
print({x % 3 for x in range(10)})
print({k: v for k, v in zip('abc', range(3))})
print({x: x ** 2 for x in range(5) if x != 2})
g = (x + 1 for x in [1, 2, 3])
print(type(g).__name__, list(g))
print(sum(x for x in range(101)))
print([c for word in ['ab', 'cd'] for c in word])
print([x if x > 2 else -x for x in range(5)])
matrix = [[1, 2, 3], [4, 5, 6]]
print([[row[i] for row in matrix] for i in range(3)])
print(sorted({len(w) for w in 'a bb ccc dd e'.split()}))
print({n: [d for d in range(1, n + 1) if n % d == 0] for n in (6, 7, 12)})
print([y for x in [[1, 2], [3]] for y in x if y != 2])
x = 'unchanged'
[x for x in range(3)]
print(x)
print(list(i * j for i in range(3) for j in range(3) if i < j))
print(dict((str(i), i) for i in range(3)))
print([(lambda v=v: v)() for v in range(3)])
