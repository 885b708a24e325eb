# Conditional expressions.
for n in range(4):
    print(n, 'even' if n % 2 == 0 else 'odd')
x = 5
print('big' if x > 10 else 'medium' if x > 3 else 'small')
def side(v):
    print('evaluated', v)
    return v
print(side('a') if True else side('b'))
print(side('a') if False else side('b'))
f = (lambda v: 'pos') if x > 0 else (lambda v: 'neg')
print(f(0))
print([('y' if c.isupper() else 'n') for c in 'aBc'])
print(1 if [] else 2, 3 if [0] else 4)
