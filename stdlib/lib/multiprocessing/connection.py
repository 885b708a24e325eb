"""Connections over file descriptors (Pipe) and wait() on several of them."""

__all__ = ['Client', 'Listener', 'Pipe', 'wait']

import os
import struct
import time

import _multiprocessing

from . import reduction
from .context import BufferTooShort

_ForkingPickler = reduction.ForkingPickler


class _ConnectionBase:
    _handle = None

    def __init__(self, handle, readable=True, writable=True):
        handle = handle.__index__()
        if handle < 0:
            raise ValueError("invalid handle")
        if not readable and not writable:
            raise ValueError("at least one of `readable` and `writable` must be True")
        self._handle = handle
        self._readable = readable
        self._writable = writable

    def __del__(self):
        if self._handle is not None:
            try:
                self._close()
            except OSError:
                pass
            self._handle = None

    def _check_closed(self):
        if self._handle is None:
            raise OSError("handle is closed")

    def _check_readable(self):
        if not self._readable:
            raise OSError("connection is write-only")

    def _check_writable(self):
        if not self._writable:
            raise OSError("connection is read-only")

    def _bad_message_length(self):
        if self._writable:
            self._readable = False
        else:
            self.close()
        raise OSError("bad message length")

    @property
    def closed(self):
        """True if the connection is closed"""
        return self._handle is None

    @property
    def readable(self):
        """True if the connection is readable"""
        return self._readable

    @property
    def writable(self):
        """True if the connection is writable"""
        return self._writable

    def fileno(self):
        """File descriptor or handle of the connection"""
        self._check_closed()
        return self._handle

    def close(self):
        """Close the connection"""
        if self._handle is not None:
            try:
                self._close()
            finally:
                self._handle = None

    def send_bytes(self, buf, offset=0, size=None):
        """Send the bytes data from a bytes-like object"""
        self._check_closed()
        self._check_writable()
        # Weft has no memoryview: bytes-like objects are copied (array via tobytes()).
        data = buf.tobytes() if hasattr(buf, 'tobytes') else bytes(buf)
        n = len(data)
        if offset < 0:
            raise ValueError("offset is negative")
        if n < offset:
            raise ValueError("buffer length < offset")
        if size is None:
            size = n - offset
        elif size < 0:
            raise ValueError("size is negative")
        elif offset + size > n:
            raise ValueError("buffer length < offset + size")
        self._send_bytes(data[offset:offset + size])

    def send(self, obj):
        """Send a (picklable) object"""
        self._check_closed()
        self._check_writable()
        self._send_bytes(_ForkingPickler.dumps(obj))

    def recv_bytes(self, maxlength=None):
        """Receive bytes data as a bytes object."""
        self._check_closed()
        self._check_readable()
        if maxlength is not None and maxlength < 0:
            raise ValueError("negative maxlength")
        buf = self._recv_bytes(maxlength)
        if buf is None:
            self._bad_message_length()
        return buf

    def recv_bytes_into(self, buf, offset=0):
        """Receive bytes data into a writeable bytes-like object.
        Return the number of bytes read."""
        self._check_closed()
        self._check_readable()
        itemsize = getattr(buf, 'itemsize', 1)
        bytesize = itemsize * len(buf)
        if offset < 0:
            raise ValueError("negative offset")
        elif offset > bytesize:
            raise ValueError("offset too large")
        result = self._recv_bytes()
        size = len(result)
        if bytesize < offset + size:
            raise BufferTooShort(result)
        if itemsize == 1:
            buf[offset:offset + size] = result
        else:
            raw = bytearray(buf.tobytes())
            raw[offset:offset + size] = result
            buf[:] = type(buf)(buf.typecode, bytes(raw))
        return size // itemsize

    def recv(self):
        """Receive a (picklable) object"""
        self._check_closed()
        self._check_readable()
        buf = self._recv_bytes()
        return _ForkingPickler.loads(buf)

    def poll(self, timeout=0.0):
        """Whether there is any input available to be read"""
        self._check_closed()
        self._check_readable()
        return self._poll(timeout)

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, exc_tb):
        self.close()


class Connection(_ConnectionBase):
    """Connection class based on an arbitrary file descriptor (Unix only)."""

    def _close(self, _close=os.close):
        _close(self._handle)

    def _send(self, buf, write=os.write):
        while True:
            n = write(self._handle, buf)
            if n == len(buf):
                break
            buf = buf[n:]

    def _recv(self, size, read=os.read):
        chunks = []
        handle = self._handle
        remaining = size
        while remaining > 0:
            chunk = read(handle, remaining)
            n = len(chunk)
            if n == 0:
                if remaining == size:
                    raise EOFError
                else:
                    raise OSError("got end of file during message")
            chunks.append(chunk)
            remaining -= n
        return b''.join(chunks) if len(chunks) != 1 else chunks[0]

    def _send_bytes(self, buf):
        n = len(buf)
        if n > 0x7fffffff:
            header = struct.pack("!i", -1) + struct.pack("!Q", n)
        else:
            header = struct.pack("!i", n)
        # One write for small messages: a message is then never interleaved or half-sent.
        if n > 16384:
            self._send(header)
            self._send(buf)
        else:
            self._send(header + buf)

    def _recv_bytes(self, maxsize=None):
        buf = self._recv(4)
        size, = struct.unpack("!i", buf)
        if size == -1:
            buf = self._recv(8)
            size, = struct.unpack("!Q", buf)
        if maxsize is not None and size > maxsize:
            return None
        return self._recv(size)

    def _poll(self, timeout):
        if timeout is not None and timeout < 0:
            timeout = 0
        return bool(_multiprocessing.poll([self._handle], timeout))

    def __reduce__(self):
        # Only while spawning a process: the fd is passed on to the child under the same number.
        from .context import get_spawning_popen
        popen = get_spawning_popen()
        if popen is None:
            raise TypeError("cannot pickle 'Connection' object")
        fd = popen.duplicate_for_child(self.fileno())
        return _rebuild_connection, (fd, self._readable, self._writable)


def _rebuild_connection(fd, readable, writable):
    return Connection(fd, readable, writable)


def Pipe(duplex=True):
    """Returns pair of connection objects at either end of a pipe"""
    if duplex:
        s1, s2 = _multiprocessing.socketpair()
        c1 = Connection(s1)
        c2 = Connection(s2)
    else:
        fd1, fd2 = os.pipe()
        c1 = Connection(fd1, writable=False)
        c2 = Connection(fd2, readable=False)
    return c1, c2


def wait(object_list, timeout=None):
    """Wait till an object in object_list is ready/readable.

    Returns list of those objects in object_list which are ready/readable."""
    fds = {}
    for obj in object_list:
        fd = obj if isinstance(obj, int) else obj.fileno()
        fds.setdefault(fd, []).append(obj)
    if timeout is not None and timeout < 0:
        timeout = 0
    ready = _multiprocessing.poll(list(fds), timeout)
    result = []
    for fd in ready:
        result.extend(fds[fd])
    return [o for o in object_list if o in result]


class Listener:
    def __init__(self, *args, **kwds):
        raise NotImplementedError('multiprocessing.connection.Listener is not supported by Weft yet')


def Client(*args, **kwds):
    raise NotImplementedError('multiprocessing.connection.Client is not supported by Weft yet')
