# Augmented assignment on names, attributes, subscripts; list += is in place.
class C:
    def __init__(self):
        self.n = 1
        self.data = {'k': 10}
c = C()
c.n += 5
c.n *= 2
print(c.n)
c.data['k'] -= 3
c.data['k'] **= 2
print(c.data)
lst = [1, 2, 3]
alias = lst
lst += [4]
print(lst, alias, lst is alias)
t = (1, 2)
t_alias = t
t += (3,)
print(t, t_alias)
s = 'ab'
s *= 3
print(s)
calls = []
def key():
    calls.append('key')
    return 0
arr = [5]
arr[key()] += 1
print(arr, calls)
class Counter:
    def __init__(self):
        self.count = 0
    def __iadd__(self, other):
        self.count += other
        return self
ctr = Counter()
ctr += 3
ctr += 4
print(ctr.count)
m = [[1, 2], [3, 4]]
m[1][0] //= 2
print(m)
x = 7
x %= 3
x <<= 4
x |= 1
print(x)
