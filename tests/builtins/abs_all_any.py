# abs, all, any.
print(abs(-5), abs(5), abs(-2.5), abs(0), abs(-0.0), abs(True), abs(-10 ** 30))
print(all([]), all([1, 2]), all([1, 0]), all('abc'), all([[]]))
print(any([]), any([0, '', None]), any([0, 1]), any(x > 3 for x in range(5)))
class A:
    def __abs__(self):
        return 'absolute'
print(abs(A()))
try:
    abs('x')
except TypeError as e:
    print('TypeError', e)
calls = []
def t(v):
    calls.append(v)
    return v
print(all(t(v) for v in [1, 0, 1]), calls)
calls.clear()
print(any(t(v) for v in [0, 1, 0]), calls)
