# Function and class decorators, stacked and with arguments.
def trace(fn):
    def wrapper(*args, **kwargs):
        print('calling', fn.__name__, args, kwargs)
        result = fn(*args, **kwargs)
        print('returned', result)
        return result
    wrapper.__name__ = fn.__name__
    return wrapper
@trace
def add(a, b=0):
    return a + b
add(1, b=2)
print(add.__name__)
def repeat(n):
    def deco(fn):
        def wrapper(*a):
            return [fn(*a) for _ in range(n)]
        return wrapper
    return deco
@repeat(3)
def hello(name):
    return 'hi ' + name
print(hello('bob'))
order = []
def tag(label):
    def deco(fn):
        order.append(label)
        return fn
    return deco
@tag('outer')
@tag('inner')
def f():
    pass
print(order)
registry = {}
def register(cls):
    registry[cls.__name__] = cls
    cls.registered = True
    return cls
@register
class Plugin:
    pass
print(registry, Plugin.registered)
def replace(fn):
    return 'replaced'
@replace
def gone():
    pass
print(gone)
class Obj:
    @(lambda fn: property(fn))
    def expr_deco(self):
        return 'decorator expression'
print(Obj().expr_deco)
