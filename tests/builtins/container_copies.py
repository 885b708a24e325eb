# Aliasing, shallow copies, and containers that hold themselves.
a = [1, [2, 3]]
b = a
c = a[:]
d = list(a)
e = a.copy()
a[0] = 'changed'
a[1].append(4)
print(a, b, c, d, e)
print(c[1] is a[1], c is a)
m = [[0] * 2] * 2
m[0][0] = 1
print(m)
m2 = [[0] * 2 for _ in range(2)]
m2[0][0] = 1
print(m2)
dd = {'k': [1]}
dc = dict(dd)
dc['k'].append(2)
dc['new'] = 1
print(dd, dc)
s = {1, 2}
sc = set(s)
sc.add(3)
print(s, sc)
t = (1, [2])
t[1].append(3)
print(t)
lst = [1, 2]
lst.append(lst)
print(lst, lst[2] is lst, len(lst))
d2 = {'a': 1}
d2['me'] = d2
print(d2)
