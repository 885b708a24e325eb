# Larger loops: integer counting, string building, list growth (checks speed-insensitive results).
total = 0
i = 0
while i < 1000000:
    total += i
    i += 1
print(total)
parts = []
for n in range(10000):
    parts.append(str(n))
s = ''.join(parts)
print(len(s), s[:20], s[-20:])
acc = ''
for ch in 'abcdefghij' * 100:
    acc += ch
print(len(acc), acc[-5:])
squares = {}
for n in range(1000):
    squares[n] = n * n
print(len(squares), squares[999], sum(squares.values()))
lst = []
for n in range(100000):
    lst.append(n)
while lst:
    lst.pop()
print(len(lst))
big = 1
for n in range(1, 300):
    big *= n
print(len(str(big)), big % 1000003)
