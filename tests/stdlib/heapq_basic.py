# heapq and bisect: heap operations, merge/nlargest/nsmallest, bisection with lo/hi/key, insort.
import heapq
import bisect
from heapq import heappush, heappop, heapify, heapreplace, heappushpop, nlargest, nsmallest, merge

h = []
for x in [5, 3, 8, 1, 9, 2, 7]:
    heappush(h, x)
print(h, h[0])
print([heappop(h) for _ in range(len(h))])
data = [9, 4, 7, 1, 8, 2, 6, 3, 5, 0]
heapify(data)
print(data)
print(heapreplace(data, 10), heappushpop(data, -1), heappushpop(data, 4), data[0])
print(sorted(data) == [heappop(data) for _ in range(len(data))])
tasks = []
heappush(tasks, (2, 'write'))
heappush(tasks, (1, 'plan'))
heappush(tasks, (3, 'test'))
print([heappop(tasks)[1] for _ in range(3)])
print(nlargest(3, [1, 8, 3, 9, 4]), nsmallest(2, [5, 1, 4, 0]), nlargest(2, ['a', 'bbb', 'cc'], key=len),
      nsmallest(1, []), nlargest(0, [1]), nsmallest(10, [3, 1, 2]), nsmallest(1, [3, 1, 2]))
print(list(merge([1, 4, 7], [2, 5, 8], [3, 6, 9])), list(merge([], [1], [])),
      list(merge([5, 3, 1], [4, 2], reverse=True)), list(merge(['a', 'ccc'], ['bb'], key=len)))
for bad in [lambda: heappop([]), lambda: heappush((), 1), lambda: heapify(1), lambda: heapreplace([], 1),
            lambda: heappush([1], 'a')]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)

a = [1, 2, 4, 4, 4, 7, 9]
print(bisect.bisect_left(a, 4), bisect.bisect_right(a, 4), bisect.bisect(a, 4), bisect.bisect_left(a, 0),
      bisect.bisect_right(a, 10), bisect.bisect_left(a, 4, 4), bisect.bisect_right(a, 4, 0, 3))
b = []
for x in [5, 1, 4, 1, 3]:
    bisect.insort(b, x)
bisect.insort_left(b, 4)
print(b)
recs = [('a', 1), ('b', 3), ('c', 5)]
print(bisect.bisect_left(recs, 3, key=lambda r: r[1]), bisect.bisect_right(recs, 3, key=lambda r: r[1]))
bisect.insort(recs, ('d', 4), key=lambda r: r[1])
print(recs)
def grade(score, breakpoints=[60, 70, 80, 90], grades='FDCBA'):
    return grades[bisect.bisect(breakpoints, score)]
print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100]])
print(bisect.bisect_left(range(0, 100, 5), 42), bisect.bisect((1, 3, 5), 3))
for bad in [lambda: bisect.bisect(a, 1, -1), lambda: bisect.bisect(), lambda: bisect.bisect(1, 1),
            lambda: bisect.bisect([1, 'a'], 2)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
