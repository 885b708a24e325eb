# sys: the informational names scripts use, with CPython's values and types.
import sys

print(sys.platform, sys.byteorder, sys.maxsize, sys.maxunicode, sys.maxsize == 2**63 - 1)
print(type(sys.version).__name__, sys.version_info[:2] >= (3, 12), sys.version_info.major,
      type(sys.hexversion).__name__)
print(sys.implementation.name in ('cpython', 'weft'), type(sys.implementation.version).__name__)
print(sys.float_info.max, sys.float_info.min, sys.float_info.epsilon, sys.float_info.dig,
      sys.float_info.mant_dig, sys.float_info.radix, sys.float_info[0])
print(sys.int_info)
print(sys.int_info.bits_per_digit, sys.int_info.default_max_str_digits, len(sys.int_info))
print(sys.hash_info.width, sys.hash_info.modulus, sys.hash_info.inf, sys.hash_info.nan, sys.hash_info.imag,
      sys.hash_info.algorithm)
print(hash(float('inf')) == sys.hash_info.inf, hash(2**61 - 1), (2**61) % sys.hash_info.modulus)
print(sys.flags.optimize, sys.flags.debug, sys.flags.int_max_str_digits, sys.flags.dev_mode, type(sys.flags).__name__)
print(sys.thread_info.name, type(sys.thread_info).__name__)
print(sys.getdefaultencoding(), sys.getfilesystemencoding(), sys.getfilesystemencodeerrors())
# intern
a = sys.intern('hello world'.replace('o', '0'))
b = sys.intern('hell0 w0rld')
print(a is b, a)
try:
    sys.intern(3)
except TypeError as e:
    print(e)
# getsizeof
print(sys.getsizeof(0) > 0, sys.getsizeof([]) > 0, isinstance(sys.getsizeof('abc'), int))
class NoSize:
    def __sizeof__(self):
        return 100
print(sys.getsizeof(NoSize()) >= 100)
# exc_info / exception
print(sys.exc_info(), sys.exception())
try:
    raise KeyError('k')
except KeyError as e:
    t, v, tb = sys.exc_info()
    print(t.__name__, v is e, tb is not None, sys.exception() is e)
    try:
        raise ValueError('inner')
    except ValueError:
        print(sys.exception())
    print(repr(sys.exception()))
print(sys.exc_info(), sys.exception())
# recursion limit, switch interval
old = sys.getrecursionlimit()
sys.setrecursionlimit(500)
print(sys.getrecursionlimit())
sys.setrecursionlimit(old)
sys.setswitchinterval(0.01)
print(sys.getswitchinterval())
for bad in (lambda: sys.setrecursionlimit(0), lambda: sys.setrecursionlimit(1.5), lambda: sys.setswitchinterval(0)):
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
# frames
def f():
    return sys._getframe(), sys._getframe(1)
inner, outer = f()
print(inner.f_code.co_name, outer.f_code.co_name, sys._getframe().f_globals is globals())
print(sys._getframe(0).f_code.co_name)
try:
    sys._getframe(1000)
except ValueError as e:
    print(e)
# misc
print(isinstance(sys.argv, list), isinstance(sys.path, list), 'sys' in sys.modules, sys.modules['sys'] is sys)
print(isinstance(sys.builtin_module_names, tuple), 'sys' in sys.builtin_module_names)
print(sys.getrefcount(object()) >= 1, sys.is_finalizing(), sys.audit('x.y', 1))
print(type(sys.stdout).__name__, sys.stdout.encoding.lower(),
      sys.stdin.mode, sys.stdout.mode, sys.stderr.name)
sys.stdout.flush()
sys.stdout.buffer.write(b'raw bytes\n')
sys.stdout.buffer.flush()
print(sys.dont_write_bytecode in (True, False), sys.float_repr_style)
print(sys.call_tracing(max, (1, 5, 2)))
