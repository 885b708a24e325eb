"""Start method 'fork': os.fork, the child runs Process._bootstrap and os._exit()s."""

import os
import signal

import _multiprocessing

from . import util

__all__ = ['Popen']

_SIGTERM = getattr(signal, 'SIGTERM', 15)
_SIGKILL = getattr(signal, 'SIGKILL', 9)


class Popen:
    method = 'fork'

    def __init__(self, process_obj):
        util._flush_std_streams()
        self.returncode = None
        self.finalizer = None
        self._launch(process_obj)

    def duplicate_for_child(self, fd):
        return fd

    def poll(self, flag=None):
        """The exit code (negative: killed by that signal), or None while running.
        flag=None: do not block; anything else: wait."""
        if self.returncode is None:
            try:
                code = _multiprocessing.waitpid(self.pid, flag is None)
            except ChildProcessError:
                # Another thread reaped it (or it never was ours).
                return None
            if code is not None:
                self.returncode = code
        return self.returncode

    def wait(self, timeout=None):
        if self.returncode is None:
            if timeout is not None:
                from .connection import wait
                if not wait([self.sentinel], timeout):
                    return None
            # The child is gone (or we wait for it): reap it.
            return self.poll(0)
        return self.returncode

    def _send_signal(self, sig):
        if self.returncode is None:
            try:
                os.kill(self.pid, sig)
            except ProcessLookupError:
                pass
            except OSError:
                if self.wait(timeout=0.1) is None:
                    raise

    def terminate(self):
        self._send_signal(_SIGTERM)

    def kill(self):
        self._send_signal(_SIGKILL)

    def _launch(self, process_obj):
        code = 1
        parent_r, child_w = os.pipe()
        child_r, parent_w = os.pipe()
        self.pid = os.fork()
        if self.pid == 0:
            try:
                os.close(parent_r)
                os.close(parent_w)
                code = process_obj._bootstrap(parent_sentinel=child_r)
            finally:
                os._exit(code)
        else:
            os.close(child_w)
            os.close(child_r)
            self.finalizer = util.Finalize(self, util.close_fds, (parent_r, parent_w))
            self.sentinel = parent_r

    def close(self):
        if self.finalizer is not None:
            self.finalizer()
