# The builtins every script can use without import: each is callable, of the expected kind.
objs = [
    print, len, range, enumerate, zip, map, filter, sorted, reversed, min, max, sum, abs, all, any,
    isinstance, issubclass, hasattr, getattr, setattr, delattr, repr, str, int, float, bool, list,
    tuple, dict, set, frozenset, type, object, id, hash, iter, next, ord, chr, hex, oct, bin, round,
    divmod, pow, callable, input, open, format, vars, dir, globals, locals, super, property,
    staticmethod, classmethod, slice, bytes, bytearray,
]
for o in objs:
    print(o.__name__, callable(o), type(o).__name__)
print(None, True, False, Ellipsis, NotImplemented)
print(sorted(k for k in dir(__builtins__) if k in ('print', 'len', 'ValueError', 'None', 'True')))
