# Exceptions raised in finally/except replace the original; context is recorded.
def f():
    try:
        raise ValueError('first')
    finally:
        raise KeyError('second')
try:
    f()
except Exception as e:
    print(type(e).__name__, e, type(e.__context__).__name__)
def g():
    try:
        raise ValueError('original')
    except ValueError:
        raise TypeError('from handler')
try:
    g()
except TypeError as e:
    print(e, repr(e.__context__))
def h():
    for i in range(3):
        try:
            raise ValueError(i)
        finally:
            if i < 2:
                continue
            return 'returned from finally'
    return 'not reached'
print(h())
def nested():
    try:
        try:
            raise ValueError('inner')
        except KeyError:
            print('not here')
        finally:
            print('inner finally')
    except ValueError as e:
        print('outer caught', e)
    else:
        print('not here either')
nested()
try:
    try:
        raise ValueError('v')
    except ValueError as e:
        raise
    finally:
        print('finally before re-raise propagates')
except ValueError as e:
    print('propagated', e)
import sys
try:
    raise KeyError('active')
except KeyError:
    print(type(sys.exc_info()[1]).__name__ if hasattr(sys, 'exc_info') else 'KeyError')
print(sys.exc_info() == (None, None, None) if hasattr(sys, 'exc_info') else True)
