# Assignment expressions.
if (n := len('hello')) > 3:
    print('long', n)
data = [1, 2, 3, 4, 5]
print([y for x in data if (y := x * x) > 4])
print(y)
values = iter([3, 2, 1, 0, 5])
while (v := next(values)) != 0:
    print('v', v)
print((a := 10) + a)
def f():
    if (z := 5):
        return z
print(f())
print([last := i for i in range(3)], last)
total = 0
print([total := total + x for x in [1, 2, 3]], total)
print(any((hit := w).startswith('b') for w in ['apple', 'banana', 'cherry']), hit)
