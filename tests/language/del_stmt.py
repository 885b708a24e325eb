# del of names, subscripts, slices, attributes.
x = 1
del x
try:
    x
except NameError as e:
    print('NameError', e)
lst = list(range(10))
del lst[0]
del lst[-1]
print(lst)
del lst[1:3]
print(lst)
del lst[::2]
print(lst)
d = {'a': 1, 'b': 2, 'c': 3}
del d['b']
print(d)
try:
    del d['zz']
except KeyError as e:
    print('KeyError', e)
class C:
    pass
c = C()
c.attr = 1
del c.attr
print(hasattr(c, 'attr'))
try:
    del c.attr
except AttributeError as e:
    print('AttributeError', e)
a, b = 1, 2
del a, b
print('a' in globals(), 'b' in globals())
m = [[1, 2], [3, 4]]
del m[0][1], m[1]
print(m)
def local_del():
    v = 5
    del v
    return 'v' in locals()
print(local_del())
try:
    del lst[100]
except IndexError as e:
    print('IndexError', e)
