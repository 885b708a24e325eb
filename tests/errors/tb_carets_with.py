# The __exit__ call of a with statement is located at the context expression.
class CM:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        raise ValueError('exit')
def f():
    with CM() as c:
        x = 1
f()
