import traceback, sys, io

class _HideFile:
    # Test output must not depend on where the test file lives.
    def write(self, s):
        return sys.__stdout__.write(s.replace(__file__, "FILE"))
    def flush(self):
        sys.__stdout__.flush()
sys.stdout = _HideFile()

def inner():
    raise ValueError("bad value")

def outer():
    inner()

try:
    outer()
except ValueError:
    print(traceback.format_exc(), end="")
    out = io.StringIO()
    traceback.print_exc(file=out)
    print(out.getvalue() == traceback.format_exc())

try:
    outer()
except ValueError as e:
    lines = traceback.format_exception(e)
    print(len(lines), lines[0], end="")
    print(traceback.format_exception_only(e))
    print(traceback.format_exception_only(type(e), e))
    tb = traceback.extract_tb(e.__traceback__)
    print(len(tb), [f.name for f in tb], [f.lineno for f in tb], tb[-1].line)
    fs = tb[-1]
    print(repr(fs).replace(__file__, "FILE"), fs.filename == __file__, list(fs)[1:])
    print("".join(traceback.format_tb(e.__traceback__)).count("\n"))
    print(type(tb).__name__, isinstance(tb, list))
    print("".join(traceback.format_list(tb[1:])).replace(__file__, "FILE"), end="")
    traceback.print_exception(e, file=sys.stdout, limit=1)
    traceback.print_exception(type(e), e, e.__traceback__, file=sys.stdout, chain=False)

class MyError(Exception):
    pass

def chained():
    try:
        raise KeyError("missing")
    except KeyError as e:
        raise MyError("wrapped") from e

try:
    chained()
except MyError:
    traceback.print_exc(file=sys.stdout)

def implicit():
    try:
        raise ZeroDivisionError("division by zero")
    except ZeroDivisionError:
        raise RuntimeError("during handling")

try:
    implicit()
except RuntimeError:
    print(traceback.format_exc())

try:
    try:
        raise TypeError("inner")
    except TypeError:
        raise OSError("suppressed ctx") from None
except OSError as e:
    print("".join(traceback.format_exception(e)))

print(traceback.format_exception_only(ValueError()))
print(traceback.format_exception_only(KeyError("k")))
e = Exception("with note")
e.add_note("note 1")
print(traceback.format_exception_only(e))

def show_stack():
    return traceback.extract_stack()
st = show_stack()
print([f.name for f in st][-2:], st[-1].line)
print("".join(traceback.format_stack(limit=1)).count("File"))

def rec(n):
    if n == 0:
        raise RecursionError("deep")
    rec(n - 1)
try:
    rec(10)
except RecursionError:
    print(traceback.format_exc())
te = traceback.TracebackException.from_exception(ValueError("x"))
print(list(te.format()), str(te), te.exc_type_str)
print(traceback.format_exc())
