# __name__ of the main script, module-level dunders.
print(__name__)
if __name__ == '__main__':
    print('running as main')
print(type(__builtins__).__name__ in ('module', 'dict'))
def f():
    """Function doc."""
print(f.__doc__, f.__module__, f.__qualname__)
class A:
    class Inner:
        def m(self):
            pass
print(A.Inner.__qualname__, A.Inner.m.__qualname__)
def outer():
    def inner():
        pass
    return inner
print(outer().__qualname__)
