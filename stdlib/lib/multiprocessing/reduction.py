"""Pickling for multiprocessing: ForkingPickler (pickle with the multiprocessing reducers)."""

import io
import pickle

from . import context

__all__ = ['send_handle', 'recv_handle', 'ForkingPickler', 'register', 'dump', 'DupFd']

HAVE_SEND_HANDLE = False


class ForkingPickler(pickle.Pickler):
    """pickle.Pickler with the reducers registered by register()."""
    _extra_reducers = {}

    def __init__(self, *args, **kwds):
        super().__init__(*args, **kwds)
        if self._extra_reducers:
            try:
                table = dict(getattr(self, 'dispatch_table', {}) or {})
                table.update(self._extra_reducers)
                self.dispatch_table = table
            except Exception:
                pass

    @classmethod
    def register(cls, type, reduce):
        cls._extra_reducers[type] = reduce

    @classmethod
    def dumps(cls, obj, protocol=None):
        if not cls._extra_reducers:
            return pickle.dumps(obj, protocol)
        buf = io.BytesIO()
        cls(buf, protocol).dump(obj)
        return buf.getvalue()

    loads = staticmethod(pickle.loads)


register = ForkingPickler.register


def dump(obj, file, protocol=None):
    ForkingPickler(file, protocol).dump(obj)


def DupFd(fd):
    """The fd as the child will see it (spawn: passed on at exec under the same number)."""
    popen_obj = context.get_spawning_popen()
    if popen_obj is not None:
        return popen_obj.duplicate_for_child(fd)
    raise ValueError('DupFd can only be used while spawning a process')


def send_handle(conn, handle, destination_pid):
    raise NotImplementedError('send_handle is not supported by Weft')


def recv_handle(conn):
    raise NotImplementedError('recv_handle is not supported by Weft')


class AbstractReducer:
    ForkingPickler = ForkingPickler
    register = register
    dump = dump
    send_handle = send_handle
    recv_handle = recv_handle
    DupFd = DupFd
