"""The spawn protocol: the parent runs
    sys.executable -c 'from multiprocessing.spawn import spawn_main; spawn_main(pipe_handle=N, ...)'
and writes two length-prefixed pickles to the pipe: the preparation data (sys.path, argv, cwd,
name, main module path, start method) and the Process object. The child imports the parent's
main module as __mp_main__ (so `if __name__ == '__main__':` code does not run again)."""

import os
import struct
import sys
import types

from . import process
from . import reduction
from . import util

__all__ = ['_main', 'freeze_support', 'set_executable', 'get_executable',
           'get_preparation_data', 'get_command_line', 'import_main_path']

WINEXE = False
WINSERVICE = False

_python_exe = sys.executable


def set_executable(exe):
    global _python_exe
    _python_exe = os.fsdecode(exe) if exe is not None else None


def get_executable():
    return _python_exe


def is_forking(argv):
    return len(argv) >= 2 and argv[1] == '--multiprocessing-fork'


def freeze_support():
    pass


def get_command_line(**kwds):
    """Returns prefix of command line used for spawning a child process"""
    prog = 'from multiprocessing.spawn import spawn_main; spawn_main(%s)'
    prog %= ', '.join('%s=%r' % item for item in kwds.items())
    # The child runs with the parent's -X options (e.g. -X gil=1 on the free-threading build).
    opts = []
    for key, value in getattr(sys, '_xoptions', {}).items():
        opts += ['-X', key if value is True else '%s=%s' % (key, value)]
    return [_python_exe] + opts + ['-c', prog, '--multiprocessing-fork']


def frame(data):
    return struct.pack('!Q', len(data)) + data


def _read_exact(fd, n):
    chunks = []
    while n:
        chunk = os.read(fd, n)
        if not chunk:
            raise EOFError('spawn: the parent closed the pipe early')
        chunks.append(chunk)
        n -= len(chunk)
    return b''.join(chunks)


def _read_frame(fd):
    n, = struct.unpack('!Q', _read_exact(fd, 8))
    return _read_exact(fd, n)


def spawn_main(pipe_handle, parent_pid=None, tracker_fd=None):
    """Run code specified by data received over pipe"""
    assert is_forking(sys.argv), "Not forking"
    parent_sentinel = os.dup(pipe_handle)
    exitcode = _main(pipe_handle, parent_sentinel)
    sys.exit(exitcode)


def _main(fd, parent_sentinel):
    try:
        preparation_data = reduction.ForkingPickler.loads(_read_frame(fd))
        process.current_process()._inheriting = True
        try:
            prepare(preparation_data)
            self = reduction.ForkingPickler.loads(_read_frame(fd))
        finally:
            del process.current_process()._inheriting
    finally:
        os.close(fd)
    return self._bootstrap(parent_sentinel)


def _check_not_importing_main():
    if getattr(process.current_process(), '_inheriting', False):
        raise RuntimeError('''
        An attempt has been made to start a new process before the
        current process has finished its bootstrapping phase.

        This probably means that you are not using fork to start your
        child processes and you have forgotten to use the proper idiom
        in the main module:

            if __name__ == '__main__':
                freeze_support()
                ...

        The "freeze_support()" line can be omitted if the program
        is not going to be frozen to produce an executable.

        To fix this issue, refer to the "Safe importing of main module"
        section in https://docs.python.org/3/library/multiprocessing.html
        ''')


def get_preparation_data(name):
    """Return info about parent needed by child to unpickle process object"""
    _check_not_importing_main()
    d = dict(
        log_to_stderr=util._log_to_stderr,
        authkey=bytes(process.current_process().authkey),
    )
    d['sys_path'] = [p for p in sys.path]
    d['sys_argv'] = sys.argv
    d['orig_dir'] = process.ORIGINAL_DIR
    d['dir'] = os.getcwd()
    from .context import _default_context
    d['start_method'] = _default_context.get_start_method()
    d['name'] = name

    main_module = sys.modules['__main__']
    main_path = getattr(main_module, '__file__', None)
    if main_path is not None:
        if not os.path.isabs(main_path) and process.ORIGINAL_DIR is not None:
            main_path = os.path.join(process.ORIGINAL_DIR, main_path)
        d['init_main_from_path'] = os.path.normpath(main_path)
    return d


old_main_modules = []


def prepare(data):
    """Try to get current process ready to unpickle process object"""
    if 'name' in data:
        process.current_process().name = data['name']
    if 'authkey' in data:
        process.current_process().authkey = data['authkey']
    if 'log_to_stderr' in data and data['log_to_stderr']:
        util.log_to_stderr()
    if 'sys_path' in data:
        sys.path = data['sys_path']
    if 'sys_argv' in data:
        sys.argv = data['sys_argv']
    if 'dir' in data:
        os.chdir(data['dir'])
    if 'orig_dir' in data:
        process.ORIGINAL_DIR = data['orig_dir']
    if 'start_method' in data:
        from .context import _force_start_method
        _force_start_method(data['start_method'])
    if 'init_main_from_path' in data:
        import_main_path(data['init_main_from_path'])


def import_main_path(main_path):
    """Set sys.modules['__main__'] to module at main_path"""
    current_main = sys.modules['__main__']
    if getattr(current_main, '__file__', None) == main_path:
        return
    old_main_modules.append(current_main)
    main_module = types.ModuleType('__mp_main__')
    main_module.__file__ = main_path
    main_module.__builtins__ = __builtins__
    # Registered first, so that the module's own code (and unpickling) finds __main__.<name>.
    sys.modules['__main__'] = sys.modules['__mp_main__'] = main_module
    with open(main_path, 'rb') as f:
        source = f.read()
    code = compile(source, main_path, 'exec')
    exec(code, main_module.__dict__)
