# Annotated assignments.
x: int = 5
print(x)
y: list[int] = [1, 2]
print(y)
z: str
try:
    print(z)
except NameError as e:
    print('NameError', e)
print(__annotations__)
def f():
    a: int = 1
    b: float
    return a
print(f())
class K:
    attr: int = 3
    other: str
print(K.attr, K.__annotations__)
print(hasattr(K, 'other'))
def g(a: int, b: 'str' = 'x', *args: int, **kw: float) -> bool:
    return True
print(g.__annotations__)
