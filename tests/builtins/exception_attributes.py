# Exception objects: args, str, repr, attributes, user subclasses.
e = ValueError('msg')
print(e.args, str(e), repr(e))
e = ValueError('a', 1)
print(e.args, str(e), repr(e))
e = ValueError()
print(e.args, repr(str(e)), repr(e))
k = KeyError('key')
print(str(k), repr(k), str(KeyError('a', 'b')), str(KeyError()))
print(repr(StopIteration(5)), StopIteration(5).value, StopIteration().value)
se = SystemExit(3)
print(se.code, SystemExit().code, SystemExit('x', 'y').code)
try:
    import no_such_mod_for_attrs
except ImportError as ie:
    print(ie.name, repr(ie.msg) if hasattr(ie, 'msg') else '')
try:
    undefined_thing
except NameError as ne:
    print(ne.name, ne.args)
try:
    'abc'.nope
except AttributeError as ae:
    print(ae.name, ae.obj, ae.args)
class AppError(Exception):
    def __init__(self, code, message):
        super().__init__(message)
        self.code = code
class NotFound(AppError):
    pass
try:
    raise NotFound(404, 'not found')
except AppError as err:
    print(type(err).__name__, err.code, err, err.args, repr(err))
class Plain(Exception):
    pass
print(repr(Plain()), repr(Plain('x', 2)), str(Plain(None)))
class WithStr(Exception):
    def __str__(self):
        return 'custom message'
print(str(WithStr()), repr(WithStr('a')))
e = Exception('x')
e.extra = 42
print(e.extra, e.__traceback__, e.__cause__, e.__context__)
try:
    raise ValueError('tb')
except ValueError as err:
    print(type(err.__traceback__).__name__, err.__traceback__.tb_lineno)
oe = OSError(2, 'No such file or directory')
print(oe.errno, oe.strerror, str(oe), type(oe).__name__)
print(isinstance(FileNotFoundError(), OSError), str(FileNotFoundError(2, 'msg', 'f.txt')))
e = Exception('note')
e.add_note('a note')
print(e.__notes__)
print(BaseException('x').with_traceback(None) is not None)
