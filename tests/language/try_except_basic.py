# try/except/else/finally interplay.
def attempt(f):
    try:
        result = f()
    except ZeroDivisionError as e:
        print('  zero:', e)
    except (KeyError, IndexError) as e:
        print('  lookup:', type(e).__name__, e)
    except Exception as e:
        print('  other:', type(e).__name__, e)
    else:
        print('  else:', result)
    finally:
        print('  finally')
for f in (lambda: 1 / 0, lambda: {}['k'], lambda: [][1], lambda: int('x'), lambda: 'ok'):
    attempt(f)
try:
    try:
        raise ValueError('inner')
    finally:
        print('inner finally')
except ValueError as e:
    print('outer caught', e)
try:
    raise TypeError('t')
except ValueError:
    print('no')
except TypeError:
    print('bare type clause')
e = 'kept?'
try:
    raise KeyError('x')
except KeyError as e:
    pass
try:
    print(e)
except NameError as ne:
    print('NameError', ne)
try:
    raise IndexError
except LookupError as err:
    print('base class catches', type(err).__name__, repr(err))
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise
except ZeroDivisionError as e:
    print('re-raised', e)
try:
    raise RuntimeError('x')
except:
    print('bare except')
