# Evaluation order of operands, arguments, assignments and subscripts.
log = []
def v(name, value=None):
    log.append(name)
    return name if value is None else value
def show(label):
    print(label, log)
    log.clear()
v('a', 1) + v('b', 2) * v('c', 3)
show('binary ops left to right:')
def f(*args, **kwargs):
    log.append('call')
f(v('x'), v('y'), k=v('z'))
show('arguments:')
d = {}
d[v('key')] = v('value')
show('subscript assignment (value first):')
x = [0, 0]
x[v('i', 0)], x[v('j', 1)] = v('p', 1), v('q', 2)
show('tuple assignment:')
{v('k1'): v('v1'), v('k2'): v('v2')}
show('dict display:')
v('cond', True) and v('rhs')
show('and:')
[v('e1'), v('e2')][v('idx', 0)]
show('list then index:')
v('obj', f)(v('arg'))
show('callee before args:')
y = v('a1', 1) if v('test', False) else v('a2', 2)
show('conditional:')
v('lo', 1) < v('mid', 2) < v('hi', 3)
show('chained comparison:')
