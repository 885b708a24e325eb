# bool and None.
print(True, False, True + True, True * 10, -True, ~True, True / 2)
print(bool(), bool(0), bool(1), bool(-1), bool(''), bool(' '), bool([]), bool(None), bool(0.0), bool(0 if False else 0))
print(type(True).__name__, isinstance(False, int), True == 1, False == 0, (True is True) == 1)
print(repr(True), str(False), int(True), float(False))
print(True and 'x', False or 'y', not None, None is None)
print(type(None).__name__, repr(None), str(None), None == None, None == 0, bool(None))
def noreturn():
    pass
print(noreturn(), noreturn() is None)
class Truthy:
    def __bool__(self):
        return False
class ByLen:
    def __len__(self):
        return 0
print(bool(Truthy()), bool(ByLen()), not Truthy(), 'yes' if ByLen() else 'no')
class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print('TypeError', e)
print(sum([True, True, False]), [False, True][True], {True: 'a', 1: 'b'})
try:
    None.attr
except AttributeError as e:
    print('AttributeError', e)
try:
    None + 1
except TypeError as e:
    print('TypeError', e)
try:
    bool.__new__(bool, 2) if False else type(None)()
    print('NoneType() returns', type(None)())
except TypeError as e:
    print('TypeError', e)
