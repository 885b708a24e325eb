# Less common operators and delimiters: @, @=, ->, ..., :=, ** in calls, ~, <<=, >>=, //=.
class M:
    def __init__(self, v):
        self.v = v
    def __matmul__(self, o):
        return M(self.v * o.v)
    def __imatmul__(self, o):
        self.v += o.v
        return self
    def __repr__(self):
        return f'M({self.v})'
a = M(3) @ M(4)
print(a)
a @= M(1)
print(a)
def f(x: int) -> str:
    return str(x)
print(f(5), f.__annotations__)
print(..., type(...).__name__, ... is Ellipsis)
x = 100
x //= 7; print(x)
x <<= 3; print(x)
x >>= 2; print(x)
x **= 2; print(x)
print(~x, -~x, ~~x)
print((y := 5) ** 2, y)
print(1 if True else 2, 0x10 if 1 else 0)
print([1,2,3][::-1], {1:2}, {1,2}, (1,), [])
print(3 != 4, not 3 == 4)
