# def with every parameter kind.
def f(a, b=2, *args, c, d=4, **kwargs):
    return (a, b, args, c, d, kwargs)
print(f(1, c=3))
print(f(1, 5, 6, 7, c=8, e=9))
print(f(a=1, b=2, c=3, d=5, z=0))
def pos_only(a, b, /, c, *, d):
    return a, b, c, d
print(pos_only(1, 2, 3, d=4))
print(pos_only(1, 2, c=3, d=4))
def defaults(x, y=[], z=None):
    y.append(x)
    return y
print(defaults(1), defaults(2), defaults(3, []))
def kw_only(*, key, value='v'):
    return key, value
print(kw_only(key='k'))
def varargs(*args):
    return args
print(varargs(), varargs(1), varargs(1, 2, 3))
def varkw(**kw):
    return sorted(kw.items())
print(varkw(), varkw(b=2, a=1))
def posonly_and_kw(a, /, **kw):
    return a, kw
print(posonly_and_kw(1, a=2))
print(f.__name__, f.__defaults__, f.__kwdefaults__)
print(f.__code__.co_argcount, f.__code__.co_kwonlyargcount, f.__code__.co_posonlyargcount)
def annotated(x: int, y: str = 'y') -> list:
    return [x, y]
print(annotated.__annotations__)
def doc():
    "The docstring."
print(doc.__doc__)
