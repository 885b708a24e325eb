"""OS routines for POSIX: the Python layer over the native posix module.

posix provides the system calls; this module adds what CPython's os adds in Python (environ,
walk, makedirs, fsencode, ...) and the result types (stat_result, DirEntry, terminal_size).
"""

import sys
import posix as _posix
from posix import *
from posix import _exit

import stat as _st

name = 'posix'
linesep = '\n'
sep = '/'
altsep = None
curdir = '.'
pardir = '..'
extsep = '.'
pathsep = ':'
defpath = '/bin:/usr/bin'
devnull = '/dev/null'
supports_bytes_environ = True

error = OSError

import posixpath as path
sys.modules['os.path'] = path

__all__ = ['name', 'linesep', 'sep', 'altsep', 'curdir', 'pardir', 'extsep', 'pathsep', 'defpath',
           'devnull', 'path', 'environ', 'getenv', 'putenv', 'unsetenv', 'walk', 'makedirs',
           'removedirs', 'renames', 'fsencode', 'fsdecode', 'fspath', 'PathLike', 'scandir',
           'stat', 'lstat', 'fstat', 'stat_result', 'error', 'get_terminal_size', 'terminal_size',
           'fdopen', 'SEEK_SET', 'SEEK_CUR', 'SEEK_END']


# --- result types (struct sequences written in Python) ----------------------------------------

def _make_structseq(qualname, fields, extra=()):
    """A tuple subclass whose items are also named attributes; `extra` names hidden fields."""
    module, _, cls_name = qualname.rpartition('.')
    n = len(fields)

    def __new__(cls, sequence, dict=None):
        seq = tuple(sequence)
        if len(seq) < n:
            raise TypeError(f"{qualname} must be a sequence of length {n}")
        self = tuple.__new__(cls, seq[:n])
        self._extra = seq[n:]
        return self

    def __repr__(self):
        return qualname + '(' + ', '.join(f'{f}={v!r}' for f, v in zip(fields, self)) + ')'

    def __reduce__(self):
        return (type(self), (tuple(self) + self._extra,))

    ns = {'__new__': __new__, '__repr__': __repr__, '__reduce__': __reduce__,
          '__module__': module, 'n_sequence_fields': n, 'n_fields': n + len(extra),
          'n_unnamed_fields': 0, '_fields': tuple(fields)}
    for i, f in enumerate(fields):
        ns[f] = property(lambda self, i=i: tuple.__getitem__(self, i))
    for i, f in enumerate(extra):
        ns[f] = property(lambda self, i=i: self._extra[i])
    return type(cls_name, (tuple,), ns)


# CPython shows the integer times as the last three visible fields (indices 7-9).
stat_result = _make_structseq(
    'os.stat_result',
    ('st_mode', 'st_ino', 'st_dev', 'st_nlink', 'st_uid', 'st_gid', 'st_size',
     'st_atime', 'st_mtime', 'st_ctime'),
    ('st_blksize', 'st_blocks', 'st_rdev'))
# Attribute access to the times gives the float / ns values (the hidden fields), not the ints;
# a stat_result built from 10 items falls back to the visible ones (and None), as CPython.
def _stat_extra(i, fallback=None):
    def get(self):
        extra = self._extra
        if i < len(extra):
            return extra[i]
        return None if fallback is None else tuple.__getitem__(self, fallback)
    return property(get)


for _i, _name in enumerate(('st_atime', 'st_mtime', 'st_ctime')):
    setattr(stat_result, _name, _stat_extra(_i, 7 + _i))
for _i, _name in enumerate(('st_atime_ns', 'st_mtime_ns', 'st_ctime_ns', 'st_blksize', 'st_blocks',
                            'st_rdev')):
    setattr(stat_result, _name, _stat_extra(3 + _i))
del _i, _name
stat_result.n_fields = 19
stat_result.n_unnamed_fields = 3

terminal_size = _make_structseq('os.terminal_size', ('columns', 'lines'))
times_result = _make_structseq('posix.times_result',
                               ('user', 'system', 'children_user', 'children_system', 'elapsed'))
uname_result = _make_structseq('posix.uname_result',
                               ('sysname', 'nodename', 'release', 'version', 'machine'))


def stat(path, *, dir_fd=None, follow_symlinks=True):
    return stat_result(_posix.stat(path, follow_symlinks))


def lstat(path, *, dir_fd=None):
    return stat_result(_posix.stat(path, False))


def fstat(fd):
    if not isinstance(fd, int):
        raise TypeError(f"'{type(fd).__name__}' object cannot be interpreted as an integer")
    return stat_result(_posix.stat(fd))


def times():
    return times_result(_posix._times())


def uname():
    return uname_result(_posix._uname())


def get_terminal_size(fd=1):
    return terminal_size(_posix._get_terminal_size(fd))


def utime(path, times=None, *, ns=None, dir_fd=None, follow_symlinks=True):
    if times is not None and ns is not None:
        raise ValueError("utime: you may specify either 'times' or 'ns' but not both")
    if times is not None:
        if not isinstance(times, tuple) or len(times) != 2:
            raise TypeError("utime: 'times' must be either a tuple of two ints or None")
        ns = tuple(int(t * 1_000_000_000) if isinstance(t, float) else t * 1_000_000_000
                   for t in times)
    if ns is not None:
        if not isinstance(ns, tuple) or len(ns) != 2:
            raise TypeError("utime: 'ns' must be a tuple of two ints")
        _posix._utime(path, ns[0], ns[1])
    else:
        _posix._utime(path)


# --- paths ------------------------------------------------------------------------------------

class _PathLikeMeta(type):
    # os.PathLike is an ABC in CPython: anything with __fspath__ counts.
    def __instancecheck__(cls, inst):
        return cls.__subclasscheck__(type(inst))

    def __subclasscheck__(cls, sub):
        if cls is PathLike:
            return any('__fspath__' in c.__dict__ for c in sub.__mro__)
        return cls in getattr(sub, '__mro__', ())


class PathLike(metaclass=_PathLikeMeta):
    """Abstract base class for implementing the file system path protocol."""
    __slots__ = ()

    def __fspath__(self):
        raise NotImplementedError

    @classmethod
    def __class_getitem__(cls, item):
        return cls


def fsencode(filename):
    filename = fspath(filename)
    if isinstance(filename, str):
        return filename.encode('utf-8', 'surrogateescape')
    return filename


def fsdecode(filename):
    filename = fspath(filename)
    if isinstance(filename, bytes):
        return filename.decode('utf-8', 'surrogateescape')
    return filename


# --- environment ------------------------------------------------------------------------------

def _check_env_str(value):
    if not isinstance(value, str):
        raise TypeError(f"str expected, not {type(value).__name__}")
    return value


class _Environ:
    """os.environ: a mapping whose changes reach the process environment."""

    def __init__(self, data):
        self._data = data

    def __getitem__(self, key):
        _check_env_str(key)
        try:
            return self._data[key]
        except KeyError:
            raise KeyError(key) from None

    def __setitem__(self, key, value):
        _check_env_str(key)
        _check_env_str(value)
        putenv(key, value)
        self._data[key] = value

    def __delitem__(self, key):
        _check_env_str(key)
        unsetenv(key)
        try:
            del self._data[key]
        except KeyError:
            raise KeyError(key) from None

    def __iter__(self):
        return iter(list(self._data))

    def __len__(self):
        return len(self._data)

    def __contains__(self, key):
        _check_env_str(key)
        return key in self._data

    def __eq__(self, other):
        if isinstance(other, _Environ):
            other = other._data
        return self._data == other

    __hash__ = None

    def __repr__(self):
        items = ', '.join(f'{k!r}: {v!r}' for k, v in self._data.items())
        return f'environ({{{items}}})'

    def get(self, key, default=None):
        _check_env_str(key)
        return self._data.get(key, default)

    def keys(self):
        return self._data.keys()

    def values(self):
        return self._data.values()

    def items(self):
        return self._data.items()

    def copy(self):
        return dict(self._data)

    def setdefault(self, key, value):
        if key not in self._data:
            self[key] = value
        return self[key]

    def pop(self, key, *default):
        if key in self._data:
            value = self._data[key]
            del self[key]
            return value
        if default:
            return default[0]
        raise KeyError(key)

    def popitem(self):
        for key in self._data:
            value = self._data[key]
            del self[key]
            return key, value
        raise KeyError('popitem(): dictionary is empty')

    def clear(self):
        for key in list(self._data):
            del self[key]

    def update(self, other=(), /, **kwds):
        if hasattr(other, 'keys'):
            for key in other.keys():
                self[key] = other[key]
        else:
            for key, value in other:
                self[key] = value
        for key, value in kwds.items():
            self[key] = value

    def __or__(self, other):
        if not isinstance(other, (dict, _Environ)):
            return NotImplemented
        new = dict(self._data)
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, (dict, _Environ)):
            return NotImplemented
        new = dict(other)
        new.update(self._data)
        return new

    def __ior__(self, other):
        self.update(other)
        return self


environ = _Environ(_posix.environ)


def getenv(key, default=None):
    return environ.get(key, default)


# --- directories ------------------------------------------------------------------------------

_DT_UNKNOWN, _DT_DIR, _DT_REG, _DT_LNK = 0, 4, 8, 10


class DirEntry:
    """An entry of os.scandir(): name, path and cached type information."""
    __slots__ = ('name', 'path', '_d_type', '_inode', '_stat', '_lstat')

    def __init__(self, name, path, d_type, inode):
        self.name = name
        self.path = path
        self._d_type = d_type
        self._inode = inode
        self._stat = None
        self._lstat = None

    def __repr__(self):
        return f'<DirEntry {self.name!r}>'

    def __fspath__(self):
        return self.path

    def inode(self):
        return self._inode

    def stat(self, *, follow_symlinks=True):
        if follow_symlinks and self.is_symlink():
            if self._stat is None:
                self._stat = stat(self.path)
            return self._stat
        if self._lstat is None:
            self._lstat = lstat(self.path)
        return self._lstat

    def _mode(self, follow_symlinks):
        try:
            return self.stat(follow_symlinks=follow_symlinks).st_mode
        except FileNotFoundError:
            return None

    def is_symlink(self):
        if self._d_type != _DT_UNKNOWN:
            return self._d_type == _DT_LNK
        m = self._mode(False)
        return m is not None and _st.S_ISLNK(m)

    def is_dir(self, *, follow_symlinks=True):
        if self._d_type != _DT_UNKNOWN and not (follow_symlinks and self._d_type == _DT_LNK):
            return self._d_type == _DT_DIR
        m = self._mode(follow_symlinks)
        return m is not None and _st.S_ISDIR(m)

    def is_file(self, *, follow_symlinks=True):
        if self._d_type != _DT_UNKNOWN and not (follow_symlinks and self._d_type == _DT_LNK):
            return self._d_type == _DT_REG
        m = self._mode(follow_symlinks)
        return m is not None and _st.S_ISREG(m)

    def is_junction(self):
        return False

    @classmethod
    def __class_getitem__(cls, item):
        return cls


DirEntry.__module__ = 'posix'


class _ScandirIterator:
    def __init__(self, entries):
        self._it = iter(entries)

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._it)

    def close(self):
        self._it = iter(())

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()


_ScandirIterator.__module__ = 'posix'
_ScandirIterator.__qualname__ = _ScandirIterator.__name__ = 'ScandirIterator'


def scandir(path=None):
    if path is None:
        prefix = '.'
        raw = _posix._scandir()
    else:
        raw = _posix._scandir(path)
        prefix = path if isinstance(path, int) else fspath(path)
    entries = []
    if isinstance(prefix, int):
        for name, d_type, inode in raw:
            entries.append(DirEntry(name, name, d_type, inode))
    else:
        s = '/' if isinstance(prefix, str) else b'/'
        if not prefix.endswith(s):
            prefix = prefix + s
        for name, d_type, inode in raw:
            entries.append(DirEntry(name, prefix + name, d_type, inode))
    return _ScandirIterator(entries)


def walk(top, topdown=True, onerror=None, followlinks=False):
    stack = [fspath(top)]
    islink, join = path.islink, path.join
    while stack:
        top = stack.pop()
        if isinstance(top, tuple):
            yield top
            continue
        dirs = []
        nondirs = []
        walk_dirs = []
        try:
            scandir_it = scandir(top)
        except OSError as error:
            if onerror is not None:
                onerror(error)
            continue
        with scandir_it:
            for entry in scandir_it:
                try:
                    is_dir = entry.is_dir()
                except OSError:
                    is_dir = False
                if is_dir:
                    dirs.append(entry.name)
                else:
                    nondirs.append(entry.name)
                if not topdown and is_dir:
                    if followlinks:
                        walk_into = True
                    else:
                        try:
                            walk_into = not entry.is_symlink()
                        except OSError:
                            walk_into = False
                    if walk_into:
                        walk_dirs.append(entry.path)
        if topdown:
            yield top, dirs, nondirs
            for dirname in reversed(dirs):
                new_path = join(top, dirname)
                if followlinks or not islink(new_path):
                    stack.append(new_path)
        else:
            stack.append((top, dirs, nondirs))
            for new_path in reversed(walk_dirs):
                stack.append(new_path)


def makedirs(name, mode=0o777, exist_ok=False):
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        try:
            makedirs(head, exist_ok=exist_ok)
        except FileExistsError:
            pass
        cdir = curdir
        if isinstance(tail, bytes):
            cdir = bytes(curdir, 'ASCII')
        if tail == cdir:
            return
    try:
        mkdir(name, mode)
    except OSError:
        if not exist_ok or not path.isdir(name):
            raise


def removedirs(name):
    rmdir(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    while head and tail:
        try:
            rmdir(head)
        except OSError:
            break
        head, tail = path.split(head)


def renames(old, new):
    head, tail = path.split(new)
    if head and tail and not path.exists(head):
        makedirs(head)
    rename(old, new)
    head, tail = path.split(old)
    if head and tail:
        try:
            removedirs(head)
        except OSError:
            pass


def fdopen(fd, mode="r", buffering=-1, encoding=None, *args, **kwargs):
    if not isinstance(fd, int):
        raise TypeError("invalid fd type (%s, expected integer)" % type(fd))
    import io
    return io.open(fd, mode, buffering, encoding, *args, **kwargs)


def get_exec_path(env=None):
    if env is None:
        env = environ
    path_list = env.get('PATH', defpath)
    return path_list.split(pathsep)


def process_cpu_count():
    try:
        return len(sched_getaffinity(0))
    except OSError:
        return cpu_count()


def getlogin():
    for key in ('LOGNAME', 'USER'):
        if key in environ:
            return environ[key]
    raise OSError(6, 'No such device or address')


# --- processes: fork with at-fork hooks, exec* (added by proc) ---------------------------------

_fork_before = []
_fork_after_child = []
_fork_after_parent = []


def register_at_fork(*, before=None, after_in_child=None, after_in_parent=None):
    """Register callables to be called when forking a new process."""
    if before is None and after_in_child is None and after_in_parent is None:
        raise TypeError("At least one argument is required.")
    for name, func in (('before', before), ('after_in_child', after_in_child),
                       ('after_in_parent', after_in_parent)):
        if func is not None and not callable(func):
            raise TypeError(f"'{name}' must be callable, not {type(func).__name__}")
    if before is not None:
        _fork_before.append(before)
    if after_in_child is not None:
        _fork_after_child.append(after_in_child)
    if after_in_parent is not None:
        _fork_after_parent.append(after_in_parent)


def _run_fork_hooks(hooks):
    # An exception in a hook is reported as unraisable, as CPython does; the others still run.
    for func in hooks:
        try:
            func()
        except BaseException as exc:
            try:
                sys.stderr.write(f"Exception ignored in: {func!r}\n")
                import traceback
                traceback.print_exception(exc, file=sys.stderr)
            except BaseException:
                pass


def _python_thread_count():
    threading = sys.modules.get('threading')
    if threading is not None:
        try:
            return len(threading._active) + len(threading._limbo)
        except Exception:
            pass
    import _thread
    return _thread._count() + 1


def fork():
    """Fork a child process. Return 0 to child process and PID of child to parent process."""
    _run_fork_hooks(reversed(_fork_before))
    pid = _posix._fork()
    if pid == 0:
        # The child's only thread: threading forgets the others (before the user's hooks, as
        # threading registers its hook when imported).
        threading = sys.modules.get('threading')
        if threading is not None:
            threading._after_fork()
        _run_fork_hooks(list(_fork_after_child))
    else:
        _run_fork_hooks(list(_fork_after_parent))
        if _python_thread_count() > 1:
            import warnings
            warnings.warn(f"This process (pid={getpid()}) is multi-threaded, use of fork() "
                          "may lead to deadlocks in the child.", DeprecationWarning, stacklevel=2)
    return pid


def _exec_args(fname, argv):
    if not isinstance(argv, (list, tuple)):
        raise TypeError(f"{fname}() arg 2 must be a tuple or list")
    if not argv:
        raise ValueError(f"{fname}() arg 2 must not be empty")
    out = [fsencode(a) for a in argv]
    if not out[0]:
        raise ValueError(f"{fname}() arg 2 first element cannot be empty")
    return out


def _exec_env(env):
    if not hasattr(env, 'keys') or not hasattr(env, '__getitem__'):
        raise TypeError("execve: environment must be a mapping object")
    out = []
    for key in env.keys():
        k = fsencode(key)
        v = fsencode(env[key])
        if not k or b'=' in k:
            raise ValueError("illegal environment variable name")
        out.append(k + b'=' + v)
    return out


def execv(path, argv, /):
    """Execute an executable path with arguments, replacing current process."""
    _posix._execve(path, _exec_args('execv', argv), None)


def execve(path, argv, env):
    """Execute an executable path with arguments and environment, replacing current process."""
    _posix._execve(path, _exec_args('execve', argv), _exec_env(env))


def execl(file, *args):
    execv(file, args)


def execle(file, *args):
    env = args[-1]
    execve(file, args[:-1], env)


def execlp(file, *args):
    execvp(file, args)


def execlpe(file, *args):
    env = args[-1]
    execvpe(file, args[:-1], env)


def execvp(file, args):
    """Execute file with arguments from args, searching PATH."""
    _execvpe(file, args)


def execvpe(file, args, env):
    """Execute file with arguments and environment from env, searching PATH."""
    _execvpe(file, args, env)


def _execvpe(file, args, env=None):
    if env is not None:
        run = lambda path: execve(path, args, env)
    else:
        run = lambda path: execv(path, args)
        env = environ
    if path.dirname(file):
        run(file)
        return
    first_error = None
    for d in get_exec_path(env):
        full = path.join(fsdecode(d), fsdecode(file))
        try:
            run(full)
        except (FileNotFoundError, NotADirectoryError) as e:
            last_error = e
        except OSError as e:
            last_error = e
            if first_error is None:
                first_error = e
    if first_error is not None:
        raise first_error
    raise last_error


del _make_structseq
