# globals(), locals(), vars() without arguments.
x = 1
g = globals()
print(g['x'], '__name__' in g, g['__name__'])
def f(a, b=2):
    c = a + b
    return sorted(locals().items())
print(f(1))
def g2():
    v = 'local'
    loc = locals()
    return loc['v'], 'x' in loc
print(g2())
class C:
    y = 2
    names = sorted(k for k in locals() if not k.startswith('__'))
print(C.names)
print(vars() is globals())
def h():
    return vars()
print(h())
print(locals() is globals())
