# Scoping: class scope is not visible in methods; comprehension scopes; UnboundLocalError.
x = 'global x'
class C:
    x = 'class x'
    def method(self):
        return x
    y = x.upper()
    items = [x for _ in range(1)]
print(C().method())
print(C.y)
print(C.items)
def unbound():
    try:
        print(v)
    except UnboundLocalError as e:
        print('UnboundLocalError', e)
    v = 1
unbound()
n = 5
def uses_then_assigns():
    try:
        n += 1
    except UnboundLocalError as e:
        print(type(e).__name__, e)
uses_then_assigns()
i = 'outer i'
squares = [i * i for i in range(4)]
print(squares, i)
def comp_closure():
    k = 10
    return [k + j for j in range(3)]
print(comp_closure())
class D:
    vals = [1, 2]
    try:
        doubled = [v * len(vals) for v in vals]
    except NameError as e:
        print('NameError', e)
    first = [v for v in vals]
print(D.first)
def del_then_use():
    a = 1
    del a
    try:
        return a
    except UnboundLocalError as e:
        return str(e)
print(del_then_use())
try:
    print(undefined_name)
except NameError as e:
    print('NameError', e)
