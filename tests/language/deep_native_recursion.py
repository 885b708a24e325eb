# repr/str/== of very deeply nested containers raise RecursionError instead of crashing.
l = []
for i in range(100000):
    l = [l]
try:
    repr(l)
except RecursionError as e:
    print('RecursionError', e)
a = []
b = []
for i in range(100000):
    a = [a]
    b = [b]
try:
    print(a == b)
except RecursionError as e:
    print('RecursionError', e)
d = {}
for i in range(100000):
    d = {'k': d}
try:
    str(d)
except RecursionError as e:
    print('RecursionError', e)
t = ()
for i in range(300):
    t = (t,)
print(hash(t) == hash(t), len(repr(t)), t == t)
print('still running')
