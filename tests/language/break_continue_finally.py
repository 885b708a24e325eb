# break/continue through try/finally, and return overriding.
for i in range(3):
    try:
        if i == 1:
            continue
        print('body', i)
    finally:
        print('finally', i)
for i in range(5):
    try:
        if i == 2:
            break
    finally:
        print('cleanup', i)
print('after loop', i)
def f():
    for i in range(3):
        try:
            return i
        finally:
            print('finally before return', i)
print(f())
def g():
    try:
        return 'try'
    finally:
        return 'finally'
print(g())
def h():
    for i in range(3):
        try:
            raise ValueError(i)
        except ValueError as e:
            print('caught', e)
            continue
        finally:
            print('fin', i)
h()
def k():
    x = 0
    while True:
        try:
            x += 1
            if x == 3:
                break
        finally:
            print('k finally', x)
    return x
print(k())
def m():
    try:
        raise KeyError('lost')
    finally:
        return 'swallowed'
print(m())
