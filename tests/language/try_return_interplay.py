# return inside try/except/else/finally.
def a():
    try:
        return 'try'
    finally:
        print('a finally')
def b():
    try:
        raise ValueError
    except ValueError:
        return 'except'
    finally:
        print('b finally')
def c():
    try:
        pass
    except ValueError:
        return 'except'
    else:
        return 'else'
    finally:
        print('c finally')
def d():
    x = 'initial'
    try:
        return x
    finally:
        x = 'changed'
def e():
    try:
        try:
            return 'inner'
        finally:
            print('inner finally')
    finally:
        print('outer finally')
def f():
    for i in range(3):
        try:
            if i == 1:
                return i
        finally:
            print('f finally', i)
def g():
    try:
        1 / 0
    except ZeroDivisionError:
        try:
            return 'nested handler'
        finally:
            print('g nested finally')
for fn in (a, b, c, d, e, f, g):
    print(fn.__name__, '->', fn())
def h():
    try:
        raise ValueError('original')
    finally:
        print('h finally runs before propagation')
try:
    h()
except ValueError as ex:
    print('propagated', ex)
