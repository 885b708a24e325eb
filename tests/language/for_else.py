# for / else over various iterables.
for x in [1, 2, 3]:
    print(x, end=' ')
print()
for ch in 'abc':
    print(ch, end='')
print()
for k in {'a': 1, 'b': 2}:
    print(k, end=' ')
print()
for i in range(3):
    pass
else:
    print('else after full loop, i =', i)
for i in range(10):
    if i == 3:
        break
else:
    print('not printed')
print('broke at', i)
for x in []:
    print('never')
else:
    print('else after empty loop')
def find(items, target):
    for idx, item in enumerate(items):
        if item == target:
            return idx
    else:
        return -1
print(find('hello', 'l'), find('hello', 'z'))
for i in range(3):
    for j in range(3):
        if j == 1:
            continue
        if i == 2:
            break
        print(i, j)
total = 0
for a, b in zip([1, 2, 3], [4, 5, 6]):
    total += a * b
print(total)
for x in (1, 2):
    x = x * 100
    print(x)
