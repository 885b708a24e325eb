"""Value and Array in shared memory (without ctypes: typecodes over _multiprocessing.SharedMem,
with reprs named after the ctypes types CPython uses)."""

import _multiprocessing

from . import context
from . import reduction

__all__ = ['RawValue', 'RawArray', 'Value', 'Array', 'copy', 'synchronized']

typecode_to_type = {
    'c': 'c_char', 'u': 'c_wchar',
    'b': 'c_byte', 'B': 'c_ubyte',
    'h': 'c_short', 'H': 'c_ushort',
    'i': 'c_int', 'I': 'c_uint',
    'l': 'c_long', 'L': 'c_ulong',
    'q': 'c_long', 'Q': 'c_ulong',     # c_longlong is c_long on 64-bit Linux
    'f': 'c_float', 'd': 'c_double',
    '?': 'c_bool',
}
_default = {'c': b'\x00', 'u': '\x00', 'f': 0.0, 'd': 0.0, '?': False}


def _typecode(typecode_or_type):
    if isinstance(typecode_or_type, str) and typecode_or_type in typecode_to_type:
        return typecode_or_type
    if isinstance(typecode_or_type, str):
        raise TypeError('this type has no size')
    raise TypeError('Weft supports typecodes only, not %r' % (typecode_or_type,))


def _new_mem(size, ctx):
    ctx = ctx or context._default_context.get_context()
    return _multiprocessing.SharedMem(size, None, ctx.get_start_method() == 'fork')


class _RawValue:
    """One item of shared memory: .value"""

    def __init__(self, typecode, mem):
        self._typecode = typecode
        self._mem = mem

    @property
    def value(self):
        return self._mem.get(self._typecode, 0)

    @value.setter
    def value(self, v):
        self._mem.set(self._typecode, 0, v)

    def __repr__(self):
        return '%s(%r)' % (typecode_to_type[self._typecode], self.value)

    def __reduce__(self):
        context.assert_spawning(self)
        return _rebuild_value, (self._typecode, self._mem.name, self._mem.size)


def _rebuild_value(typecode, name, size):
    return _RawValue(typecode, _multiprocessing.SharedMem(size, name))


class _RawArray:
    """A fixed-length array in shared memory: indexing, slicing, len, iteration."""

    def __init__(self, typecode, length, mem):
        self._typecode = typecode
        self._length = length
        self._mem = mem

    def __len__(self):
        return self._length

    def _index(self, i):
        i = i.__index__()
        if i < 0:
            i += self._length
        if not 0 <= i < self._length:
            raise IndexError('invalid index')
        return i

    def __getitem__(self, i):
        if isinstance(i, slice):
            items = [self._mem.get(self._typecode, j) for j in range(*i.indices(self._length))]
            if self._typecode == 'c':
                return b''.join(items)
            if self._typecode == 'u':
                return ''.join(items)
            return items
        return self._mem.get(self._typecode, self._index(i))

    def __setitem__(self, i, value):
        if isinstance(i, slice):
            indices = range(*i.indices(self._length))
            if self._typecode == 'c' and isinstance(value, (bytes, bytearray)):
                value = [value[k:k + 1] for k in range(len(value))]
            values = list(value)
            if len(values) != len(indices):
                raise ValueError('Can only assign sequence of same size')
            for j, v in zip(indices, values):
                self._mem.set(self._typecode, j, v)
            return
        self._mem.set(self._typecode, self._index(i), value)

    def __iter__(self):
        for j in range(self._length):
            yield self._mem.get(self._typecode, j)

    # char and wchar arrays: .value (up to the first NUL) and .raw (char only)
    @property
    def value(self):
        if self._typecode == 'c':
            raw = self._mem.read(0, self._length)
            n = raw.find(b'\x00')
            return raw if n < 0 else raw[:n]
        if self._typecode == 'u':
            s = self[:]
            n = s.find('\x00')
            return s if n < 0 else s[:n]
        raise AttributeError("'%s' object has no attribute 'value'" % self._ctype_name())

    @value.setter
    def value(self, v):
        if self._typecode == 'c':
            if not isinstance(v, bytes):
                raise TypeError("bytes expected instead of %s instance" % type(v).__name__)
            if len(v) > self._length:
                raise ValueError('byte string too long')
            self._mem.write(0, v + (b'\x00' if len(v) < self._length else b''))
        elif self._typecode == 'u':
            if not isinstance(v, str):
                raise TypeError("unicode string expected instead of %s instance" % type(v).__name__)
            if len(v) > self._length:
                raise ValueError('string too long')
            for j, ch in enumerate(v):
                self._mem.set('u', j, ch)
            if len(v) < self._length:
                self._mem.set('u', len(v), '\x00')
        else:
            raise AttributeError("'%s' object has no attribute 'value'" % self._ctype_name())

    @property
    def raw(self):
        if self._typecode != 'c':
            raise AttributeError("'%s' object has no attribute 'raw'" % self._ctype_name())
        return self._mem.read(0, self._length)

    @raw.setter
    def raw(self, v):
        if self._typecode != 'c':
            raise AttributeError("'%s' object has no attribute 'raw'" % self._ctype_name())
        if len(v) > self._length:
            raise ValueError('byte string too long')
        self._mem.write(0, bytes(v))

    def _ctype_name(self):
        return '%s_Array_%d' % (typecode_to_type[self._typecode], self._length)

    def __repr__(self):
        return '<multiprocessing.sharedctypes.%s object at %#x>' % (self._ctype_name(), id(self))

    def __reduce__(self):
        context.assert_spawning(self)
        return _rebuild_array, (self._typecode, self._length, self._mem.name, self._mem.size)


def _rebuild_array(typecode, length, name, size):
    return _RawArray(typecode, length, _multiprocessing.SharedMem(size, name))


def RawValue(typecode_or_type, *args, ctx=None):
    """Returns a ctypes object allocated from shared memory"""
    tc = _typecode(typecode_or_type)
    obj = _RawValue(tc, _new_mem(_multiprocessing.itemsize(tc), ctx))
    if args:
        if len(args) > 1:
            raise TypeError('__init__ expected at most 1 argument, got %d' % len(args))
        obj.value = args[0]
    return obj


def RawArray(typecode_or_type, size_or_initializer, *, ctx=None):
    """Returns a ctypes array allocated from shared memory"""
    tc = _typecode(typecode_or_type)
    if isinstance(size_or_initializer, int):
        length = size_or_initializer
        init = None
    else:
        init = size_or_initializer
        if tc == 'c' and isinstance(init, (bytes, bytearray)):
            init = [init[k:k + 1] for k in range(len(init))]
        init = list(init)
        length = len(init)
    if length < 0:
        raise ValueError('Array length must be >= 0, not %d' % length)
    obj = _RawArray(tc, length, _new_mem(_multiprocessing.itemsize(tc) * length, ctx))
    if init:
        obj[:] = init
    return obj


def Value(typecode_or_type, *args, lock=True, ctx=None):
    """Return a synchronization wrapper for a Value"""
    obj = RawValue(typecode_or_type, *args, ctx=ctx)
    if lock is False:
        return obj
    if lock in (True, None):
        ctx = ctx or context._default_context.get_context()
        lock = ctx.RLock()
    if not hasattr(lock, 'acquire'):
        raise AttributeError("%r has no method 'acquire'" % lock)
    return synchronized(obj, lock, ctx=ctx)


def Array(typecode_or_type, size_or_initializer, *, lock=True, ctx=None):
    """Return a synchronization wrapper for a RawArray"""
    obj = RawArray(typecode_or_type, size_or_initializer, ctx=ctx)
    if lock is False:
        return obj
    if lock in (True, None):
        ctx = ctx or context._default_context.get_context()
        lock = ctx.RLock()
    if not hasattr(lock, 'acquire'):
        raise AttributeError("%r has no method 'acquire'" % lock)
    return synchronized(obj, lock, ctx=ctx)


def copy(obj):
    if isinstance(obj, _RawValue):
        return RawValue(obj._typecode, obj.value)
    new_obj = RawArray(obj._typecode, len(obj))
    new_obj[:] = obj[:]
    return new_obj


def synchronized(obj, lock=None, ctx=None):
    assert not isinstance(obj, SynchronizedBase), 'object already synchronized'
    ctx = ctx or context._default_context.get_context()
    if isinstance(obj, _RawArray):
        if obj._typecode == 'c':
            return SynchronizedString(obj, lock, ctx)
        return SynchronizedArray(obj, lock, ctx)
    return Synchronized(obj, lock, ctx)


class SynchronizedBase:

    def __init__(self, obj, lock=None, ctx=None):
        self._obj = obj
        if lock:
            self._lock = lock
        else:
            ctx = ctx or context._default_context.get_context(force=True)
            self._lock = ctx.RLock()
        self.acquire = self._lock.acquire
        self.release = self._lock.release

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def __reduce__(self):
        context.assert_spawning(self)
        return synchronized, (self._obj, self._lock)

    def get_obj(self):
        return self._obj

    def get_lock(self):
        return self._lock

    def __repr__(self):
        return '<%s wrapper for %s>' % (type(self).__name__, self._obj)


class Synchronized(SynchronizedBase):

    @property
    def value(self):
        with self._lock:
            return self._obj.value

    @value.setter
    def value(self, v):
        with self._lock:
            self._obj.value = v


class SynchronizedArray(SynchronizedBase):

    def __len__(self):
        return len(self._obj)

    def __getitem__(self, i):
        with self:
            return self._obj[i]

    def __setitem__(self, i, value):
        with self:
            self._obj[i] = value

    def __getslice__(self, start, stop):
        with self:
            return self._obj[start:stop]

    def __setslice__(self, start, stop, values):
        with self:
            self._obj[start:stop] = values


class SynchronizedString(SynchronizedArray):

    @property
    def value(self):
        with self._lock:
            return self._obj.value

    @value.setter
    def value(self, v):
        with self._lock:
            self._obj.value = v

    @property
    def raw(self):
        with self._lock:
            return self._obj.raw

    @raw.setter
    def raw(self, v):
        with self._lock:
            self._obj.raw = v
