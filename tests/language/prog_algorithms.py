# Classic algorithms: sieve, quicksort, binary search, BFS on a grid, memoised DP, permutations.
def sieve(n):
    is_p = [True] * (n + 1)
    is_p[0] = is_p[1] = False
    for i in range(2, int(n ** 0.5) + 1):
        if is_p[i]:
            is_p[i * i::i] = [False] * len(is_p[i * i::i])
    return [i for i, p in enumerate(is_p) if p]
primes = sieve(1000)
print(len(primes), primes[:10], primes[-3:])

def quicksort(xs):
    if len(xs) <= 1:
        return xs
    pivot, *rest = xs
    return quicksort([x for x in rest if x < pivot]) + [pivot] + quicksort([x for x in rest if x >= pivot])
data = [(i * 7919) % 101 for i in range(30)]
print(quicksort(data) == sorted(data), quicksort(data)[:8])

def bsearch(xs, target):
    lo, hi = 0, len(xs)
    while lo < hi:
        mid = (lo + hi) // 2
        if xs[mid] < target:
            lo = mid + 1
        else:
            hi = mid
    return lo if lo < len(xs) and xs[lo] == target else -1
print([bsearch(primes, t) for t in (2, 3, 97, 100, 997)])

grid = ['S.#.....',
        '.##.###.',
        '....#...',
        '.##...#E']
def bfs(grid):
    rows, cols = len(grid), len(grid[0])
    start = next((r, c) for r in range(rows) for c in range(cols) if grid[r][c] == 'S')
    dist = {start: 0}
    queue = [start]
    while queue:
        r, c = queue.pop(0)
        if grid[r][c] == 'E':
            return dist[(r, c)]
        for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)):
            nr, nc = r + dr, c + dc
            if 0 <= nr < rows and 0 <= nc < cols and grid[nr][nc] != '#' and (nr, nc) not in dist:
                dist[(nr, nc)] = dist[(r, c)] + 1
                queue.append((nr, nc))
    return None
print('shortest path', bfs(grid))

memo = {}
def lcs(a, b):
    if not a or not b:
        return ''
    key = (a, b)
    if key not in memo:
        if a[0] == b[0]:
            memo[key] = a[0] + lcs(a[1:], b[1:])
        else:
            x, y = lcs(a[1:], b), lcs(a, b[1:])
            memo[key] = x if len(x) >= len(y) else y
    return memo[key]
print(lcs('AGGTABQWERTY', 'GXTXAYBWRT'), len(memo))

def permutations(items):
    if len(items) <= 1:
        yield list(items)
        return
    for i, x in enumerate(items):
        for rest in permutations(items[:i] + items[i + 1:]):
            yield [x] + rest
perms = list(permutations([1, 2, 3, 4]))
print(len(perms), perms[:3], perms[-1])

def collatz_len(n, cache={1: 1}):
    if n not in cache:
        cache[n] = 1 + collatz_len(n // 2 if n % 2 == 0 else 3 * n + 1)
    return cache[n]
best = max(range(1, 10000), key=collatz_len)
print(best, collatz_len(best))
