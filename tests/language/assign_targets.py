# Assignment to names, attributes, subscripts and slices.
class Box:
    pass
b = Box()
b.x = 1
b.y = b.x + 1
print(b.x, b.y)
lst = [0, 1, 2, 3, 4, 5]
lst[0] = 'a'
lst[-1] = 'z'
print(lst)
lst[1:3] = ['b', 'c', 'extra']
print(lst)
lst[::2] = [10, 20, 30, 40][:len(lst[::2])]
print(lst)
lst[:] = []
print(lst)
d = {}
d['k'] = 'v'
d[1, 2] = 'tuple key'
print(d)
m = [[0] * 3 for _ in range(2)]
m[1][2] = 9
print(m)
b.items = [1, 2]
b.items[0] = 'first'
print(b.items)
x = y = z = 'same'
print(x, y, z)
a = b2 = []
a.append(1)
print(b2)
i = 0
arr = [10, 20]
i, arr[i] = 1, 99
print(i, arr)
