# raise, raise from, __cause__, __context__, __suppress_context__.
try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise ValueError('converted') from e
except ValueError as e:
    print(repr(e), repr(e.__cause__), e.__suppress_context__)
    print(type(e.__context__).__name__)
try:
    try:
        {}['k']
    except KeyError:
        raise RuntimeError('implicit context')
except RuntimeError as e:
    print(e.__cause__, repr(e.__context__), e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise TypeError('no context') from None
except TypeError as e:
    print(e.__cause__, type(e.__context__).__name__, e.__suppress_context__)
try:
    raise ValueError
except ValueError as e:
    print(repr(e), e.args)
try:
    raise ValueError('a', 2)
except ValueError as e:
    print(e, e.args)
try:
    raise 'not an exception'
except TypeError as e:
    print('TypeError', e)
try:
    raise ValueError from 5
except TypeError as e:
    print('TypeError', e)
class MyError(Exception):
    pass
try:
    raise MyError('custom') from KeyError('k')
except MyError as e:
    print(type(e).__name__, e, repr(e.__cause__))
def reraise():
    try:
        raise KeyError('inner')
    except KeyError as e:
        raise
try:
    reraise()
except KeyError as e:
    print('reraised', e)
try:
    raise
except RuntimeError as e:
    print('RuntimeError', e)
