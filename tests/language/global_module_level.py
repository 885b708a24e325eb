# Module-level names, globals() dict, and redefinition.
a = 1
def f():
    return a
print(f())
a = 2
print(f())
g = globals()
g['injected'] = 'via globals()'
print(injected)
print('f' in g, g['a'], g is globals())
def set_global():
    globals()['late'] = 'late value'
set_global()
print(late)
def shadow_builtin():
    len = lambda x: 'shadowed'
    return len([1, 2])
print(shadow_builtin(), len([1, 2]))
print = print
print('print rebound to itself')
def local_names():
    x = 1
    y = 2
    return sorted(locals())
print(local_names())
