"""Start method 'spawn': exec sys.executable, which reads the preparation data and the pickled
Process object from a pipe (multiprocessing.spawn.spawn_main)."""

import os
import struct

import _multiprocessing

from . import context
from . import popen_fork
from . import reduction
from . import spawn
from . import util

__all__ = ['Popen']


class Popen(popen_fork.Popen):
    method = 'spawn'

    def __init__(self, process_obj):
        self._fds = []
        super().__init__(process_obj)

    def duplicate_for_child(self, fd):
        # The child gets the same fd number: spawn() keeps the listed fds open across exec.
        self._fds.append(fd)
        return fd

    def _launch(self, process_obj):
        prep_data = spawn.get_preparation_data(process_obj._name)
        context.set_spawning_popen(self)
        try:
            payload = (spawn.frame(reduction.ForkingPickler.dumps(prep_data)) +
                       spawn.frame(reduction.ForkingPickler.dumps(process_obj)))
        finally:
            context.set_spawning_popen(None)

        parent_r = child_w = child_r = parent_w = None
        try:
            parent_r, child_w = os.pipe()
            child_r, parent_w = os.pipe()
            cmd = spawn.get_command_line(pipe_handle=child_r, parent_pid=os.getpid())
            self._fds.extend([child_r, child_w])
            self.pid = _multiprocessing.spawn(spawn.get_executable(), cmd, self._fds)
            self.sentinel = parent_r
            # The child reads while we write: a payload larger than the pipe does not block.
            view = payload
            while view:
                n = os.write(parent_w, view)
                view = view[n:]
        finally:
            fds_to_close = []
            for fd in (parent_r, parent_w):
                if fd is not None:
                    fds_to_close.append(fd)
            self.finalizer = util.Finalize(self, util.close_fds, fds_to_close)
            for fd in (child_r, child_w):
                if fd is not None:
                    os.close(fd)
