# Sub-interpreters (concurrent.interpreters, CPython 3.14 API): isolation, exec, call,
# prepare_main, errors across the boundary and the close rules. Expected output is written by
# hand from the 3.14 documentation (no 3.14 oracle here); every check prints its values.
from concurrent import interpreters
import sys

main = interpreters.get_main()
print('main', main.id, main.whence, main.is_running())
print('current is main', interpreters.get_current() is main)

a = interpreters.create()
b = interpreters.create()
print('ids distinct', a.id != b.id and a.id != main.id)
print('whence', a.whence)
print('listed', sorted(i.id for i in interpreters.list_all()) == sorted([main.id, a.id, b.id]))
print('same object', interpreters.Interpreter(a.id) is a)
print('repr', repr(a) == f'Interpreter({a.id})')
print('running', a.is_running())

# Isolation: modules, globals and sys are per interpreter.
import json
a.exec('x = 41')
a.exec('x += 1')
a.exec('import sys; has_json = "json" in sys.modules')
a.prepare_main(flag='set')
b.exec('import sys; has_x = "x" in globals()')
a.exec('import math; y = math.factorial(10)')
print('main has x?', 'x' in globals())

q = interpreters.create_queue()
a.prepare_main(q=q)
b.prepare_main(q=q)
a.exec('q.put((x, has_json, flag, y, __name__))')
b.exec('q.put(("b", has_x, "math" in sys.modules))')
print('a says', q.get())
print('b says', q.get())

# sys._is_gil_enabled() per interpreter, the same answer as here.
a.exec('import sys; q.put(sys._is_gil_enabled())')
print('gil same', q.get() == sys._is_gil_enabled())

# call(): functions of __main__ cross as code; arguments and results as copies.
def add(x, y=10, *, z=100):
    return x + y + z

def whoami():
    import _interpreters
    return _interpreters.get_current()[0]

print('call', a.call(add, 1), a.call(add, 1, 2, z=3))
print('call in a', a.call(whoami) == a.id, b.call(whoami) == b.id)
print('builtin', a.call(len, 'hello'), a.call(divmod, 17, 5))
print('tuple', a.call(tuple, (1, 2.5, 'x', b'y', None, True, (2**80,))))
import math
print('module function', a.call(math.gcd, 12, 18))

# exec() of a function without arguments runs its body in __main__.
def body():
    z = 7
    q.put(z * 6)
a.exec(body)
print('exec function', q.get())

# Errors cross as ExecutionFailed, with the remote type, message and traceback.
try:
    a.exec('raise ValueError("bad value")')
except interpreters.ExecutionFailed as e:
    print('ExecutionFailed', type(e).__name__, isinstance(e, interpreters.InterpreterError))
    print('type', e.excinfo.type.__name__, e.excinfo.type.__module__, '|', e.excinfo.msg)
    print(str(e))
try:
    a.exec('1/0')
except interpreters.ExecutionFailed as e:
    print('args', e.args)

def fails(n):
    return [1, 2][n]
try:
    a.call(fails, 5)
except interpreters.ExecutionFailed as e:
    print('call failed', e.excinfo.formatted)
    print('traceback', 'in fails' in e.excinfo.errdisplay)

try:
    a.exec('x = ')
except interpreters.ExecutionFailed as e:
    print('syntax', e.excinfo.type.__name__)

# Closures and unshareable objects.
def outer():
    v = 3
    def inner():
        return v
    return inner
try:
    a.call(outer())
except interpreters.NotShareableError as e:
    print('closure', type(e).__name__, e)
try:
    a.exec(outer())
except ValueError as e:
    print('exec closure', e)
try:
    a.exec(add)
except ValueError as e:
    print('exec args', e)
try:
    a.exec(5)
except TypeError as e:
    print('exec int', e)
print('shareable', interpreters.is_shareable((1, 'a', b'b', 2.0, None)), interpreters.is_shareable([1]),
      interpreters.is_shareable(q))
print('NotShareableError is TypeError', issubclass(interpreters.NotShareableError, TypeError))

# Close rules.
try:
    main.close()
except interpreters.InterpreterError as e:
    print('close main', e)
b.exec('import _interpreters\ntry:\n    _interpreters.destroy(_interpreters.get_current()[0])\n'
       'except Exception as e:\n    q.put((type(e).__name__, str(e)))')
print('close current', q.get())
b.exec('try:\n    _interpreters.destroy(0)\nexcept Exception as e:\n    q.put((type(e).__name__, str(e)))')
print('close main from b', q.get())
b.close()
try:
    b.exec('pass')
except interpreters.InterpreterNotFoundError as e:
    print('after close', type(e).__name__, e == e, str(e) == f'unrecognized interpreter ID {b.id}')
try:
    b.close()
except interpreters.InterpreterNotFoundError:
    print('close twice: InterpreterNotFoundError')
print('listed after close', b.id in [i.id for i in interpreters.list_all()])
a.close()
print('done')
