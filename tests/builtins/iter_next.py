# iter and next, including the sentinel form.
it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, 'done'))
try:
    next(it)
except StopIteration as e:
    print('StopIteration', repr(e))
counter = [0]
def tick():
    counter[0] += 1
    return counter[0]
print(list(iter(tick, 4)))
d = {'a': 1, 'b': 2}
print(list(iter(d)), list(iter(d.items())))
s = iter('xy')
print(next(s), next(s), next(s, None))
try:
    next([1, 2])
except TypeError as e:
    print('TypeError', e)
try:
    iter(5, 1)
except TypeError as e:
    print('TypeError', e)
print(list(iter(iter(range(3)))))
it = iter((1, 2))
print(list(it), list(it))
