"""Subprocesses with accessible I/O streams (POSIX).

Popen starts the child through _posixsubprocess.fork_exec (fork and exec in C++, the exec error
raised here as the matching OSError). communicate() multiplexes the pipes with select.poll, so
input and output never deadlock on a full pipe; wait(timeout) polls with a growing delay.
"""

import io
import os
import select
import signal
import sys
import time
import _posixsubprocess

__all__ = ["Popen", "PIPE", "STDOUT", "call", "check_call", "getstatusoutput", "getoutput",
           "check_output", "run", "CalledProcessError", "DEVNULL", "SubprocessError",
           "TimeoutExpired", "CompletedProcess"]

PIPE = -1
STDOUT = -2
DEVNULL = -3

_PIPE_BUF = getattr(select, 'PIPE_BUF', 512)


# --- exceptions -------------------------------------------------------------------------------

class SubprocessError(Exception):
    pass


class CalledProcessError(SubprocessError):
    """Raised when run() is called with check=True and the process returns a non-zero exit
    status (also by check_call() and check_output())."""

    def __init__(self, returncode, cmd, output=None, stderr=None):
        self.returncode = returncode
        self.cmd = cmd
        self.output = output
        self.stderr = stderr

    def __str__(self):
        if self.returncode and self.returncode < 0:
            try:
                return "Command '%s' died with %r." % (self.cmd, signal.Signals(-self.returncode))
            except ValueError:
                return "Command '%s' died with unknown signal %d." % (self.cmd, -self.returncode)
        return "Command '%s' returned non-zero exit status %d." % (self.cmd, self.returncode)

    @property
    def stdout(self):
        """Alias for output attribute, to match stderr"""
        return self.output

    @stdout.setter
    def stdout(self, value):
        self.output = value


class TimeoutExpired(SubprocessError):
    """Raised when the timeout expires while waiting for a child process."""

    def __init__(self, cmd, timeout, output=None, stderr=None):
        self.cmd = cmd
        self.timeout = timeout
        self.output = output
        self.stderr = stderr

    def __str__(self):
        return "Command '%s' timed out after %s seconds" % (self.cmd, self.timeout)

    @property
    def stdout(self):
        return self.output

    @stdout.setter
    def stdout(self, value):
        self.output = value


class CompletedProcess:
    """A process that has finished running (returned by run())."""

    def __init__(self, args, returncode, stdout=None, stderr=None):
        self.args = args
        self.returncode = returncode
        self.stdout = stdout
        self.stderr = stderr

    def __repr__(self):
        args = ['args={!r}'.format(self.args), 'returncode={!r}'.format(self.returncode)]
        if self.stdout is not None:
            args.append('stdout={!r}'.format(self.stdout))
        if self.stderr is not None:
            args.append('stderr={!r}'.format(self.stderr))
        return "{}({})".format(type(self).__name__, ', '.join(args))

    def check_returncode(self):
        """Raise CalledProcessError if the exit code is non-zero."""
        if self.returncode:
            raise CalledProcessError(self.returncode, self.args, self.stdout, self.stderr)


# --- convenience functions --------------------------------------------------------------------

def call(*popenargs, timeout=None, **kwargs):
    """Run command with arguments; wait for it to complete and return the returncode."""
    with Popen(*popenargs, **kwargs) as p:
        try:
            return p.wait(timeout=timeout)
        except:
            p.kill()
            raise


def check_call(*popenargs, **kwargs):
    """Run command with arguments; raise CalledProcessError on a non-zero exit status."""
    retcode = call(*popenargs, **kwargs)
    if retcode:
        cmd = kwargs.get("args")
        if cmd is None:
            cmd = popenargs[0]
        raise CalledProcessError(retcode, cmd)
    return 0


def check_output(*popenargs, timeout=None, **kwargs):
    """Run command with arguments and return its output."""
    for kw in ('stdout', 'check'):
        if kw in kwargs:
            raise ValueError(f'{kw} argument not allowed, it will be overridden.')
    if 'input' in kwargs and kwargs['input'] is None:
        if kwargs.get('universal_newlines') or kwargs.get('text') or kwargs.get('encoding') \
                or kwargs.get('errors'):
            empty = ''
        else:
            empty = b''
        kwargs['input'] = empty
    return run(*popenargs, stdout=PIPE, timeout=timeout, check=True, **kwargs).stdout


def run(*popenargs, input=None, capture_output=False, timeout=None, check=False, **kwargs):
    """Run command with arguments and return a CompletedProcess instance."""
    if input is not None:
        if kwargs.get('stdin') is not None:
            raise ValueError('stdin and input arguments may not both be used.')
        kwargs['stdin'] = PIPE
    if capture_output:
        if kwargs.get('stdout') is not None or kwargs.get('stderr') is not None:
            raise ValueError('stdout and stderr arguments may not be used with capture_output.')
        kwargs['stdout'] = PIPE
        kwargs['stderr'] = PIPE
    with Popen(*popenargs, **kwargs) as process:
        try:
            stdout, stderr = process.communicate(input, timeout=timeout)
        except TimeoutExpired as exc:
            process.kill()
            # _communicate already put the output read so far into the exception.
            process.wait()
            raise
        except:
            process.kill()
            raise
        retcode = process.poll()
        if check and retcode:
            raise CalledProcessError(retcode, process.args, output=stdout, stderr=stderr)
    return CompletedProcess(process.args, retcode, stdout, stderr)


def getstatusoutput(cmd, *, encoding=None, errors=None):
    """Return (exitcode, output) of executing cmd in a shell."""
    try:
        data = check_output(cmd, shell=True, text=True, stderr=STDOUT, encoding=encoding,
                            errors=errors)
        exitcode = 0
    except CalledProcessError as ex:
        data = ex.output
        exitcode = ex.returncode
    if data[-1:] == '\n':
        data = data[:-1]
    return exitcode, data


def getoutput(cmd, *, encoding=None, errors=None):
    """Return output (stdout or stderr) of executing cmd in a shell."""
    return getstatusoutput(cmd, encoding=encoding, errors=errors)[1]


def list2cmdline(seq):
    """Translate a sequence of arguments into a command line string (MS C runtime rules)."""
    result = []
    for arg in map(os.fsdecode, seq):
        bs_buf = []
        if result:
            result.append(' ')
        needquote = (" " in arg) or ("\t" in arg) or not arg
        if needquote:
            result.append('"')
        for c in arg:
            if c == '\\':
                bs_buf.append(c)
            elif c == '"':
                result.append('\\' * len(bs_buf) * 2)
                bs_buf = []
                result.append('\\"')
            else:
                if bs_buf:
                    result.extend(bs_buf)
                    bs_buf = []
                result.append(c)
        if bs_buf:
            result.extend(bs_buf)
        if needquote:
            result.extend(bs_buf)
            result.append('"')
    return ''.join(result)


# --- Popen ------------------------------------------------------------------------------------

def _text_encoding():
    return 'utf-8'  # the locale encoding CPython would use is UTF-8 here


class Popen:
    """Execute a child program in a new process."""

    def __init__(self, args, bufsize=-1, executable=None, stdin=None, stdout=None, stderr=None,
                 preexec_fn=None, close_fds=True, shell=False, cwd=None, env=None,
                 universal_newlines=None, startupinfo=None, creationflags=0,
                 restore_signals=True, start_new_session=False, pass_fds=(), *, user=None,
                 group=None, extra_groups=None, encoding=None, errors=None, text=None,
                 umask=-1, pipesize=-1, process_group=None):
        self._waitpid_lock = None
        self._input = None
        self._communication_started = False
        self.args = args
        self.stdin = None
        self.stdout = None
        self.stderr = None
        self.pid = None
        self.returncode = None
        self.encoding = encoding
        self.errors = errors
        self.pipesize = pipesize
        if bufsize is None:
            bufsize = -1
        if not isinstance(bufsize, int):
            raise TypeError("bufsize must be an integer")
        if startupinfo is not None:
            raise ValueError("startupinfo is only supported on Windows platforms")
        if creationflags != 0:
            raise ValueError("creationflags is only supported on Windows platforms")
        if preexec_fn is not None:
            raise NotImplementedError("preexec_fn is not supported by Weft's subprocess")
        if pass_fds and not close_fds:
            close_fds = True
        if (text is not None and universal_newlines is not None
                and bool(universal_newlines) != bool(text)):
            raise SubprocessError('Cannot disambiguate when both text and universal_newlines are '
                                  'supplied but different. Pass one or the other.')
        self.text_mode = bool(encoding or errors or text or universal_newlines)
        if self.text_mode and encoding is None:
            self.encoding = encoding = _text_encoding()
        self.universal_newlines = self.text_mode

        self._devnull = None
        to_close = []
        p2cread, p2cwrite = self._pipe_for(stdin, 'r', to_close)
        c2pread, c2pwrite = self._pipe_for(stdout, 'w', to_close)
        if stderr == STDOUT:
            errread, errwrite = -1, (c2pwrite if c2pwrite != -1 else 1)
        else:
            errread, errwrite = self._pipe_for(stderr, 'w', to_close)

        try:
            if p2cwrite != -1:
                self.stdin = io.open(p2cwrite, 'wb', bufsize)
                if self.text_mode:
                    self.stdin = io.TextIOWrapper(self.stdin, write_through=True,
                                                  line_buffering=(bufsize == 1),
                                                  encoding=encoding, errors=errors)
            if c2pread != -1:
                self.stdout = io.open(c2pread, 'rb', bufsize)
                if self.text_mode:
                    self.stdout = io.TextIOWrapper(self.stdout, encoding=encoding, errors=errors)
            if errread != -1:
                self.stderr = io.open(errread, 'rb', bufsize)
                if self.text_mode:
                    self.stderr = io.TextIOWrapper(self.stderr, encoding=encoding, errors=errors)
            self._execute_child(args, executable, close_fds, pass_fds, cwd, env, shell,
                                p2cread, c2pwrite, errwrite, restore_signals,
                                start_new_session, process_group)
        except:
            for f in filter(None, (self.stdin, self.stdout, self.stderr)):
                try:
                    f.close()
                except OSError:
                    pass
            raise
        finally:
            # The child's ends belong to the child now.
            for fd in to_close:
                try:
                    os.close(fd)
                except OSError:
                    pass

    def _pipe_for(self, spec, direction, to_close):
        """(parent end, child end) for one of stdin ('r') / stdout, stderr ('w')."""
        if spec is None:
            return -1, -1
        if spec == PIPE:
            r, w = os.pipe()
            if direction == 'r':
                to_close.append(r)
                return r, w       # (child reads r, parent writes w): returned as (p2cread, p2cwrite)
            to_close.append(w)
            return r, w           # (parent reads r, child writes w)
        if spec == DEVNULL:
            fd = os.open(os.devnull, os.O_RDONLY if direction == 'r' else os.O_WRONLY)
            to_close.append(fd)
            return (fd, -1) if direction == 'r' else (-1, fd)
        if isinstance(spec, int):
            if spec == STDOUT:
                raise ValueError("STDOUT can only be used for stderr")
            return (spec, -1) if direction == 'r' else (-1, spec)
        fd = spec.fileno()
        if direction == 'w':
            try:
                spec.flush()
            except (AttributeError, OSError, ValueError):
                pass
        return (fd, -1) if direction == 'r' else (-1, fd)

    def _execute_child(self, args, executable, close_fds, pass_fds, cwd, env, shell,
                       p2cread, c2pwrite, errwrite, restore_signals, start_new_session,
                       process_group):
        if isinstance(args, (str, bytes)):
            args = [args]
        elif isinstance(args, os.PathLike):
            if shell:
                raise TypeError('path-like args is not allowed when shell is true')
            args = [args]
        else:
            args = list(args)
        if shell:
            unix_shell = '/bin/sh'
            args = [unix_shell, "-c"] + args
            if executable:
                args[0] = executable
        if executable is None:
            executable = args[0]
        orig_executable = executable
        executable = os.fsencode(executable)
        if os.path.dirname(executable):
            executable_list = (executable,)
        else:
            executable_list = tuple(
                os.path.join(os.fsencode(d), executable)
                for d in os.get_exec_path(env))
        argv = [os.fsencode(a) for a in args]
        if env is not None:
            env_list = []
            for k, v in env.items():
                k = os.fsencode(k)
                if b'=' in k:
                    raise ValueError("illegal environment variable name")
                env_list.append(k + b'=' + os.fsencode(v))
        else:
            env_list = None
        if process_group is None:
            process_group = -1
        self.pid = _posixsubprocess.fork_exec(
            argv, executable_list, close_fds, tuple(sorted(map(int, pass_fds))),
            os.fsencode(cwd) if cwd is not None else None, env_list,
            p2cread, c2pwrite, errwrite, restore_signals, start_new_session, process_group,
            (orig_executable, cwd))

    def __repr__(self):
        obj_repr = (f"<{self.__class__.__name__}: "
                    f"returncode: {self.returncode} args: {self.args!r}>")
        if len(obj_repr) > 80:
            obj_repr = obj_repr[:76] + "...>"
        return obj_repr

    def __enter__(self):
        return self

    def __exit__(self, exc_type, value, traceback):
        if self.stdout:
            self.stdout.close()
        if self.stderr:
            self.stderr.close()
        try:
            if self.stdin:
                self.stdin.close()
        except BrokenPipeError:
            pass
        finally:
            if exc_type == KeyboardInterrupt:
                # Give the child a short time to exit after Ctrl-C, as CPython.
                try:
                    self._wait(timeout=0.25)
                except TimeoutExpired:
                    pass
                if self.returncode is None:
                    self.kill()
            else:
                self.wait()

    # -- status --

    def _handle_exitstatus(self, sts):
        if os.WIFSTOPPED(sts):
            self.returncode = -os.WSTOPSIG(sts)
        else:
            self.returncode = os.waitstatus_to_exitcode(sts)

    def poll(self):
        """Check if child process has terminated. Set and return returncode attribute."""
        if self.returncode is None:
            try:
                pid, sts = os.waitpid(self.pid, os.WNOHANG)
                if pid == self.pid:
                    self._handle_exitstatus(sts)
            except ChildProcessError:
                self.returncode = 0  # already reaped elsewhere (SIGCHLD ignored)
        return self.returncode

    def wait(self, timeout=None):
        """Wait for child process to terminate; returns self.returncode."""
        return self._wait(timeout)

    def _wait(self, timeout):
        if self.returncode is not None:
            return self.returncode
        if timeout is None:
            try:
                pid, sts = os.waitpid(self.pid, 0)
                if pid == self.pid:
                    self._handle_exitstatus(sts)
            except ChildProcessError:
                self.returncode = 0
            return self.returncode
        endtime = time.monotonic() + timeout
        delay = 0.0005
        while True:
            if self.poll() is not None:
                return self.returncode
            remaining = endtime - time.monotonic()
            if remaining <= 0:
                raise TimeoutExpired(self.args, timeout)
            delay = min(delay * 2, remaining, 0.05)
            time.sleep(delay)

    def send_signal(self, sig):
        """Send a signal to the process."""
        self.poll()
        if self.returncode is not None:
            return  # the process has finished: the pid may have been reused
        try:
            os.kill(self.pid, sig)
        except ProcessLookupError:
            pass

    def terminate(self):
        """Terminate the process with SIGTERM"""
        self.send_signal(signal.SIGTERM)

    def kill(self):
        """Kill the process with SIGKILL"""
        self.send_signal(signal.SIGKILL)

    # -- communicate --

    def communicate(self, input=None, timeout=None):
        """Send input to stdin, read stdout and stderr until end-of-file, wait for the process
        to terminate; returns (stdout_data, stderr_data)."""
        if self._communication_started and input:
            raise ValueError("Cannot send input after starting communication")
        if (timeout is None and not self._communication_started and
                [self.stdin, self.stdout, self.stderr].count(None) >= 2):
            # One pipe at most: no need to multiplex.
            stdout = stderr = None
            if self.stdin:
                self._stdin_write(input)
            elif self.stdout:
                stdout = self.stdout.read()
                self.stdout.close()
            elif self.stderr:
                stderr = self.stderr.read()
                self.stderr.close()
            self.wait()
            return stdout, stderr
        endtime = None if timeout is None else time.monotonic() + timeout
        try:
            stdout, stderr = self._communicate(input, endtime, timeout)
        finally:
            self._communication_started = True
        self.wait(timeout=self._remaining_time(endtime))
        return stdout, stderr

    def _remaining_time(self, endtime):
        if endtime is None:
            return None
        return endtime - time.monotonic()

    def _stdin_write(self, input):
        if input:
            try:
                self.stdin.write(input)
            except BrokenPipeError:
                pass
        try:
            self.stdin.close()
        except BrokenPipeError:
            pass

    def _communicate(self, input, endtime, orig_timeout):
        if self.stdin and not self._communication_started:
            try:
                self.stdin.flush()
            except BrokenPipeError:
                pass
            if not input:
                try:
                    self.stdin.close()
                except BrokenPipeError:
                    pass
        if not self._communication_started:
            self._fileobj2output = {}
            if self.stdout:
                self._fileobj2output[self.stdout] = []
            if self.stderr:
                self._fileobj2output[self.stderr] = []
            self._save_input(input)
        stdout = self._fileobj2output.get(self.stdout) if self.stdout else None
        stderr = self._fileobj2output.get(self.stderr) if self.stderr else None

        poller = select.poll()
        fd2file = {}
        if self.stdin and self._input and not self.stdin.closed:
            fd2file[self.stdin.fileno()] = self.stdin
            poller.register(self.stdin.fileno(), select.POLLOUT)
        for f in (self.stdout, self.stderr):
            if f and not f.closed:
                fd2file[f.fileno()] = f
                poller.register(f.fileno(), select.POLLIN | select.POLLPRI)
        while fd2file:
            remaining = self._remaining_time(endtime)
            if remaining is not None and remaining < 0:
                self._check_timeout(endtime, orig_timeout, stdout, stderr)
            ready = poller.poll(None if remaining is None else max(remaining, 0) * 1000)
            self._check_timeout(endtime, orig_timeout, stdout, stderr)
            for fd, mode in ready:
                f = fd2file[fd]
                if f is self.stdin:
                    chunk = self._input[self._input_offset:self._input_offset + _PIPE_BUF]
                    try:
                        self._input_offset += os.write(fd, chunk)
                    except BrokenPipeError:
                        poller.unregister(fd)
                        del fd2file[fd]
                        f.close()
                    else:
                        if self._input_offset >= len(self._input):
                            poller.unregister(fd)
                            del fd2file[fd]
                            f.close()
                else:
                    data = os.read(fd, 32768)
                    if not data:
                        poller.unregister(fd)
                        del fd2file[fd]
                        f.close()
                    else:
                        self._fileobj2output[f].append(data)
        self.wait(timeout=self._remaining_time(endtime))
        if stdout is not None:
            stdout = b''.join(stdout)
        if stderr is not None:
            stderr = b''.join(stderr)
        if self.text_mode:
            if stdout is not None:
                stdout = self._translate_newlines(stdout, self.stdout.encoding,
                                                  self.stdout.errors)
            if stderr is not None:
                stderr = self._translate_newlines(stderr, self.stderr.encoding,
                                                  self.stderr.errors)
        return stdout, stderr

    def _translate_newlines(self, data, encoding, errors):
        data = data.decode(encoding, errors)
        return data.replace("\r\n", "\n").replace("\r", "\n")

    def _save_input(self, input):
        if self.stdin and self._input is None:
            self._input_offset = 0
            self._input = input
            if input is not None and self.text_mode:
                self._input = self._input.encode(self.stdin.encoding, self.stdin.errors)

    def _check_timeout(self, endtime, orig_timeout, stdout_seq, stderr_seq):
        if endtime is None:
            return
        if time.monotonic() > endtime:
            raise TimeoutExpired(self.args, orig_timeout,
                                 output=b''.join(stdout_seq) if stdout_seq else None,
                                 stderr=b''.join(stderr_seq) if stderr_seq else None)
