"""Process objects: BaseProcess, current_process, parent_process, active_children."""

__all__ = ['BaseProcess', 'current_process', 'active_children', 'parent_process']

import os
import sys
import itertools
import threading

try:
    ORIGINAL_DIR = os.path.abspath(os.getcwd())
except OSError:
    ORIGINAL_DIR = None


def current_process():
    """Return process object representing the current process."""
    return _current_process


def active_children():
    """Return list of process objects corresponding to live child processes."""
    _cleanup()
    return list(_children)


def parent_process():
    """Return process object representing the parent process."""
    return _parent_process


def _cleanup():
    # Reap children that have finished.
    for p in list(_children):
        if p._popen is not None and p._popen.poll() is not None:
            _children.discard(p)


class BaseProcess:
    """Process objects represent activity that is run in a separate process.

    The class is analogous to `threading.Thread`."""

    def _Popen(self):
        raise NotImplementedError

    def __init__(self, group=None, target=None, name=None, args=(), kwargs={}, *, daemon=None):
        assert group is None, 'group argument must be None for now'
        count = next(_process_counter)
        self._identity = _current_process._identity + (count,)
        self._config = _current_process._config.copy()
        self._parent_pid = os.getpid()
        self._parent_name = _current_process.name
        self._popen = None
        self._closed = False
        self._target = target
        self._args = tuple(args)
        self._kwargs = dict(kwargs)
        self._name = name or type(self).__name__ + '-' + ':'.join(str(i) for i in self._identity)
        if daemon is not None:
            self.daemon = daemon
        _dangling.append(self)

    def _check_closed(self):
        if self._closed:
            raise ValueError("process object is closed")

    def run(self):
        """Method to be run in sub-process; can be overridden in sub-class."""
        if self._target:
            self._target(*self._args, **self._kwargs)

    def start(self):
        """Start child process."""
        self._check_closed()
        assert self._popen is None, 'cannot start a process twice'
        assert self._parent_pid == os.getpid(), \
            'can only start a process object created by current process'
        assert not _current_process._config.get('daemon'), \
            'daemonic processes are not allowed to have children'
        _cleanup()
        self._popen = self._Popen(self)
        self._sentinel = self._popen.sentinel
        # The child has its own copy now; drop ours so the objects can be freed.
        del self._target, self._args, self._kwargs
        _children.add(self)

    def terminate(self):
        """Terminate process; sends SIGTERM signal."""
        self._check_closed()
        self._popen.terminate()

    def kill(self):
        """Terminate process; sends SIGKILL signal."""
        self._check_closed()
        self._popen.kill()

    def join(self, timeout=None):
        """Wait until child process terminates."""
        self._check_closed()
        assert self._parent_pid == os.getpid(), 'can only join a child process'
        assert self._popen is not None, 'can only join a started process'
        res = self._popen.wait(timeout)
        if res is not None:
            _children.discard(self)

    def is_alive(self):
        """Return whether process is alive."""
        self._check_closed()
        if self is _current_process:
            return True
        assert self._parent_pid == os.getpid(), 'can only test a child process'
        if self._popen is None:
            return False
        returncode = self._popen.poll()
        if returncode is None:
            return True
        _children.discard(self)
        return False

    def close(self):
        """Close the Process object, releasing its resources."""
        if self._popen is not None:
            if self._popen.poll() is None:
                raise ValueError("Cannot close a process while it is still running. "
                                 "You should first call join() or terminate().")
            self._popen.close()
            self._popen = None
            del self._sentinel
            _children.discard(self)
        self._closed = True

    @property
    def name(self):
        return self._name

    @name.setter
    def name(self, name):
        assert isinstance(name, str), 'name must be a string'
        self._name = name

    @property
    def daemon(self):
        """Return whether process is a daemon."""
        return self._config.get('daemon', False)

    @daemon.setter
    def daemon(self, daemonic):
        assert self._popen is None, 'process has already started'
        self._config['daemon'] = daemonic

    @property
    def authkey(self):
        return self._config['authkey']

    @authkey.setter
    def authkey(self, authkey):
        self._config['authkey'] = AuthenticationString(authkey)

    @property
    def exitcode(self):
        """Return exit code of process or `None` if it has yet to stop."""
        self._check_closed()
        if self._popen is None:
            return self._popen
        return self._popen.poll()

    @property
    def ident(self):
        """Return identifier (PID) of process or `None` if it has yet to start."""
        self._check_closed()
        if self is _current_process:
            return os.getpid()
        return self._popen and self._popen.pid

    pid = ident

    @property
    def sentinel(self):
        """Return a file descriptor that becomes ready when the process ends."""
        self._check_closed()
        try:
            return self._sentinel
        except AttributeError:
            raise ValueError("process not started") from None

    def __repr__(self):
        exitcode = None
        if self is _current_process:
            status = 'started'
        elif self._closed:
            status = 'closed'
        elif self._parent_pid != os.getpid():
            status = 'unknown'
        elif self._popen is None:
            status = 'initial'
        else:
            exitcode = self._popen.poll()
            status = 'stopped' if exitcode is not None else 'started'
        info = [type(self).__name__, 'name=%r' % self._name]
        if self._popen is not None:
            info.append('pid=%s' % self._popen.pid)
        info.append('parent=%s' % self._parent_pid)
        info.append(status)
        if exitcode is not None:
            exitcode = _exitcode_to_name.get(exitcode, exitcode)
            info.append('exitcode=%s' % exitcode)
        if self.daemon:
            info.append('daemon')
        return '<%s>' % ' '.join(info)

    def _bootstrap(self, parent_sentinel=None):
        """The child side: run() with exit-code bookkeeping; returns the exit code."""
        from . import util, context
        global _current_process, _parent_process, _process_counter, _children
        try:
            if self._start_method is not None:
                context._force_start_method(self._start_method)
            _process_counter = itertools.count(1)
            _children = set()
            util._close_stdin()
            _current_process = self
            _parent_process = _ParentProcess(self._parent_name, self._parent_pid, parent_sentinel)
            util._finalizer_registry.clear()
            util._run_after_forkers()
            try:
                self.run()
                exitcode = 0
            finally:
                util._exit_function()
        except SystemExit as e:
            if e.code is None:
                exitcode = 0
            elif isinstance(e.code, int):
                exitcode = e.code
            else:
                sys.stderr.write(str(e.code) + '\n')
                exitcode = 1
        except:
            exitcode = 1
            import traceback
            sys.stderr.write('Process %s:\n' % self.name)
            traceback.print_exc()
        finally:
            try:
                threading._shutdown()
            except Exception:
                pass
            util._flush_std_streams()
        return exitcode

    @staticmethod
    def _after_fork():
        pass


class AuthenticationString(bytes):
    def __reduce__(self):
        from .context import get_spawning_popen
        if get_spawning_popen() is None:
            raise TypeError('Pickling an AuthenticationString object is '
                            'disallowed for security reasons')
        return AuthenticationString, (bytes(self),)


class _ParentProcess(BaseProcess):
    """The parent as seen from a child: name, pid and a sentinel (EOF when it ends)."""

    def __init__(self, name, pid, sentinel):
        self._identity = ()
        self._name = name
        self._pid = pid
        self._parent_pid = None
        self._popen = None
        self._closed = False
        self._sentinel = sentinel
        self._config = {}

    def is_alive(self):
        from .connection import wait
        return not wait([self._sentinel], timeout=0)

    @property
    def ident(self):
        return self._pid

    def join(self, timeout=None):
        """Wait until parent process terminates."""
        from .connection import wait
        wait([self._sentinel], timeout=timeout)

    pid = ident


class _MainProcess(BaseProcess):

    def __init__(self):
        self._identity = ()
        self._name = 'MainProcess'
        self._parent_pid = None
        self._popen = None
        self._closed = False
        self._config = {'authkey': AuthenticationString(os.urandom(32)),
                        'semprefix': '/mp'}

    def close(self):
        pass


_parent_process = None
_current_process = _MainProcess()
_process_counter = itertools.count(1)
_children = set()
del _MainProcess
_dangling = []  # not weak in Weft: only used by tests of CPython

# Exit codes of processes killed by a signal print as -SIGNAME (Linux numbering).
_exitcode_to_name = {}
for _name, _num in (('SIGHUP', 1), ('SIGINT', 2), ('SIGQUIT', 3), ('SIGILL', 4), ('SIGTRAP', 5),
                    ('SIGABRT', 6), ('SIGIOT', 6), ('SIGBUS', 7), ('SIGFPE', 8), ('SIGKILL', 9),
                    ('SIGUSR1', 10), ('SIGSEGV', 11), ('SIGUSR2', 12), ('SIGPIPE', 13),
                    ('SIGALRM', 14), ('SIGTERM', 15), ('SIGSTKFLT', 16), ('SIGCHLD', 17),
                    ('SIGCONT', 18), ('SIGSTOP', 19), ('SIGTSTP', 20), ('SIGTTIN', 21),
                    ('SIGTTOU', 22), ('SIGURG', 23), ('SIGXCPU', 24), ('SIGXFSZ', 25),
                    ('SIGVTALRM', 26), ('SIGPROF', 27), ('SIGWINCH', 28), ('SIGPOLL', 29),
                    ('SIGIO', 29), ('SIGPWR', 30), ('SIGSYS', 31),
                    ('SIGRTMIN', 34), ('SIGRTMAX', 64)):
    if -_num not in _exitcode_to_name:
        _exitcode_to_name[-_num] = f'-{_name}'
del _name, _num
