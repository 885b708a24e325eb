# if / elif / else with various truth values.
def classify(n):
    if n < 0:
        return 'negative'
    elif n == 0:
        return 'zero'
    elif n < 10:
        return 'small'
    else:
        return 'large'
for n in (-5, 0, 3, 42):
    print(n, classify(n))
for v in (0, 1, '', 'a', [], [0], {}, {1: 2}, None, 0.0, 0.1, (), (None,), set(), range(0), range(1)):
    if v:
        print(repr(v), 'truthy')
    else:
        print(repr(v), 'falsy')
if 1: print('one-line if')
x = 5
if x > 3:
    pass
else:
    print('never')
if not x:
    print('never')
elif x:
    print('elif taken')
