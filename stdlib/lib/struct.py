"""Functions to convert between Python values and C structs (the work is done by _struct)."""

__all__ = [
    'calcsize', 'pack', 'pack_into', 'unpack', 'unpack_from', 'iter_unpack',
    'Struct', 'error',
]

from _struct import calcsize, pack, pack_into, unpack, unpack_from, error


def _iter_unpack_gen(fmt, data, size, n):
    for off in range(0, n, size):
        yield unpack_from(fmt, data, off)


def iter_unpack(format, buffer, /):
    size = calcsize(format)
    if size == 0:
        raise error('cannot iteratively unpack with a struct of length 0')
    data = bytes(buffer)
    if len(data) % size:
        raise error('iterative unpacking requires a buffer of a multiple of %d bytes' % size)
    return _iter_unpack_gen(format, data, size, len(data))


class Struct:
    """Struct(fmt) --> compiled struct object"""

    def __init__(self, format):
        if not isinstance(format, (str, bytes)):
            raise TypeError('Struct() argument 1 must be a str or bytes object, not '
                            + type(format).__name__)
        if isinstance(format, bytes):
            format = format.decode('latin-1')
        self._size = calcsize(format)
        self._format = format

    @property
    def format(self):
        return self._format

    @property
    def size(self):
        return self._size

    def pack(self, *values):
        return pack(self._format, *values)

    def pack_into(self, buffer, offset, *values):
        return pack_into(self._format, buffer, offset, *values)

    def unpack(self, buffer, /):
        return unpack(self._format, buffer)

    def unpack_from(self, buffer, offset=0):
        return unpack_from(self._format, buffer, offset)

    def iter_unpack(self, buffer, /):
        return iter_unpack(self._format, buffer)

    def __repr__(self):
        return 'Struct(%r)' % (self._format,)
