def f():
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise ValueError('bad value') from e
def g():
    try:
        f()
    except ValueError:
        raise KeyError('k')
def h():
    try:
        for i in range(3):
            try:
                if i == 1: break
            finally:
                print('fin', i)
        return 'r1'
    finally:
        print('outer fin')
print(h())
def k():
    try:
        return 1
    finally:
        return 2
print(k())
def m():
    for i in range(3):
        try:
            continue
        finally:
            print('c', i)
m()
try:
    try: raise TypeError('a')
    except TypeError as e: raise RuntimeError('b') from None
except RuntimeError as e: print(e.__suppress_context__, e.__cause__, type(e.__context__).__name__)
try:
    raise ValueError
except ValueError as e: print(repr(e), e.args)
e = ValueError('x'); print(e.__traceback__, e.with_traceback(None) is e)
try:
    raise ExceptionGroup('grp', [ValueError(1)])
except Exception as e: print(type(e).__name__, e)
import sys
try: raise IndexError('i')
except: print(sys.exc_info()[0].__name__)
class Ctx:
    def __enter__(s): print('enter'); return 'val'
    def __exit__(s, t, v, tb): print('exit', t.__name__ if t else None, v); return True
with Ctx() as v:
    print(v); raise ValueError('sup')
print('after')
e1 = Exception('m'); e1.add_note('note1'); print(e1.__notes__)
g()
