# Chained comparisons evaluate each operand once and short-circuit.
x = 5
print(1 < x < 10, 1 < x > 10, 0 <= x <= 5 < 6)
print(1 == 1 == 1, 1 == 1 != 2, 3 > 2 > 1 > 0)
calls = []
def v(n):
    calls.append(n)
    return n
print(v(1) < v(2) < v(3))
print(calls)
calls.clear()
print(v(3) < v(2) < v(1))
print(calls)
print('a' < 'b' <= 'b' < 'c')
print([1, 2] < [1, 3] < [2])
t12 = (1, 2)
print(t12 == (1, 2) is not None)
print(1 < 2 in [2, 3], 1 in [1] in [[1]])
a = b = [1]
print(a is b is a, a is not None is not False)
print(2.0 == 2 == True + 1)
