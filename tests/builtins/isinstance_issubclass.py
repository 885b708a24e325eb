# isinstance / issubclass with tuples, builtins, and errors.
print(isinstance(1, int), isinstance(True, int), isinstance(1, bool), isinstance(1.0, int))
print(isinstance('s', str), isinstance(b'', bytes), isinstance([], list), isinstance((), tuple))
print(isinstance({}, dict), isinstance(set(), set), isinstance(frozenset(), frozenset))
print(isinstance(None, type(None)), isinstance(int, type), isinstance(type, type), isinstance(object, type))
print(isinstance(1, (str, (list, int))), isinstance(1, ()))
print(isinstance(ValueError(), Exception), isinstance(KeyError(), LookupError))
print(issubclass(bool, int), issubclass(int, object), issubclass(KeyError, (ValueError, LookupError)))
print(issubclass(type, object), issubclass(object, type))
class A: pass
class B(A): pass
print(isinstance(B(), A), issubclass(B, (int, A)), issubclass(A, B))
for args in ((1, 1), (int, 1)):
    try:
        if args[0] == 1:
            isinstance(*args)
        else:
            issubclass(*args)
    except TypeError as e:
        print('TypeError', e)
try:
    issubclass(1, int)
except TypeError as e:
    print('TypeError', e)
