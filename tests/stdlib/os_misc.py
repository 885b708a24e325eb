# os: environment, constants, fd-level I/O, fspath, misc functions and argument errors.
import os

print(os.name, repr(os.sep), repr(os.linesep), repr(os.pathsep), os.curdir, os.pardir, os.extsep,
      os.devnull, os.altsep)
print(os.error is OSError, os.path.__name__)
import os.path
import posixpath
print(os.path is posixpath)

# environ
os.environ['WEFT_TEST_VAR'] = 'value 1'
print(os.environ['WEFT_TEST_VAR'], os.getenv('WEFT_TEST_VAR'), 'WEFT_TEST_VAR' in os.environ)
print(os.getenv('WEFT_NO_SUCH_VAR'), os.getenv('WEFT_NO_SUCH_VAR', 'dflt'))
print(os.environ.get('WEFT_NO_SUCH_VAR', 5))
print(os.system('test "$WEFT_TEST_VAR" = "value 1"'))
del os.environ['WEFT_TEST_VAR']
print('WEFT_TEST_VAR' in os.environ, os.system('test -z "$WEFT_TEST_VAR"'))
try:
    os.environ['WEFT_NO_SUCH_VAR']
except KeyError as e:
    print('KeyError', e)
try:
    os.environ['X'] = 1
except TypeError as e:
    print(e)
os.environ.setdefault('WEFT_SD', 'a')
print(os.environ.pop('WEFT_SD'), os.environ.pop('WEFT_SD', None))
print(isinstance(os.environ.copy(), dict), len(os.environ) == len(dict(os.environ)))

# fd level
r, w = os.pipe()
print(os.write(w, b'hello pipe'), os.read(r, 5), os.read(r, 100))
os.close(w)
print(os.read(r, 10))
os.close(r)
try:
    os.close(r)
except OSError as e:
    print(type(e).__name__, e)
path = '/tmp/weft_os_misc_%d' % os.getpid()
fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
print(os.write(fd, b'0123456789'))
print(os.lseek(fd, 0, os.SEEK_CUR), os.lseek(fd, 2, os.SEEK_SET))
os.write(fd, b'ab')
os.close(fd)
fd = os.open(path, os.O_RDONLY)
print(os.read(fd, 100), os.fstat(fd).st_size, os.isatty(fd))
fd2 = os.dup(fd)
os.lseek(fd2, 3, os.SEEK_SET)
print(os.read(fd, 2))
os.close(fd)
os.close(fd2)
with open(path, 'rb') as f:
    print(f.read())
os.remove(path)
try:
    os.open(path, os.O_RDONLY)
except FileNotFoundError as e:
    print(e.errno, e.strerror, e.filename == path)

# fspath and friends
class P:
    def __fspath__(self):
        return '/x/y'
print(os.fspath('a'), os.fspath(b'b'), os.fspath(P()), isinstance(P(), os.PathLike), isinstance('s', os.PathLike))
print(issubclass(P, os.PathLike))
try:
    os.fspath(1)
except TypeError as e:
    print(e)
class Bad:
    def __fspath__(self):
        return 1
try:
    os.fspath(Bad())
except TypeError as e:
    print(e)
print(os.fsencode('abc'), os.fsdecode(b'abc'), os.fsencode(P()), os.fsdecode(b'\xff') == '\udcff', os.fsencode('\udcff'))
print(os.path.join(P(), 'z'), os.path.basename(P()))

# argument errors
for call in (lambda: os.stat(1.5), lambda: os.listdir(1.5), lambda: os.mkdir(3), lambda: os.rename(1, 'a'),
             lambda: os.stat('a\0b'), lambda: os.fstat('a'), lambda: os.urandom(-1), lambda: os.urandom(1.0)):
    try:
        call()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

# misc
print(len(os.urandom(16)), type(os.urandom(0)))
print(os.getpid() > 0, os.getppid() > 0, os.getuid() >= 0, isinstance(os.cpu_count(), int))
print(os.strerror(2), os.strerror(13))
print(os.umask(0o22) >= 0)
t = os.times()
print(type(t).__name__, len(t), t.user >= 0)
print(type(os.uname()).__name__, os.uname().sysname)
print(os.terminal_size((80, 24)), os.terminal_size((80, 24)).columns)
print(os.stat_result.n_sequence_fields, os.stat_result.n_fields)
print(os.DirEntry.__name__, os.get_exec_path(env={'PATH': '/a:/b'}))
