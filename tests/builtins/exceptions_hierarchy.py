# The built-in exception hierarchy.
def chain(cls):
    return ' > '.join(c.__name__ for c in cls.__mro__)
for cls in (BaseException, Exception, SystemExit, KeyboardInterrupt, GeneratorExit, ArithmeticError,
            ZeroDivisionError, OverflowError, FloatingPointError, AssertionError, AttributeError,
            EOFError, ImportError, ModuleNotFoundError, LookupError, IndexError, KeyError, MemoryError,
            NameError, UnboundLocalError, OSError, FileNotFoundError, PermissionError, RuntimeError,
            NotImplementedError, RecursionError, StopIteration, SyntaxError, IndentationError, TabError,
            SystemError, TypeError, ValueError, UnicodeError, UnicodeDecodeError, UnicodeEncodeError,
            Warning, DeprecationWarning, UserWarning, RuntimeWarning, ConnectionError, TimeoutError):
    print(chain(cls))
print(IOError is OSError, EnvironmentError is OSError)
print(issubclass(StopIteration, Exception), issubclass(KeyboardInterrupt, Exception))
