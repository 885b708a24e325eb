"""Create portable serialized representations of Python objects.

See module copyreg for a mechanism for registering custom picklers.
See module pickletools source for extensive comments.

Classes:

    Pickler
    Unpickler

Functions:

    dump(object, file)
    dumps(object) -> string
    load(file) -> object
    loads(bytes) -> object
"""

# Weft's own implementation of the pickle format (protocols 0 to 5, PEP 307, 3154, 574). The
# output is byte-identical to CPython's C pickler: same opcodes, same memo numbering, same
# framing (frames of about 64 KiB committed at opcode boundaries, large str/bytes unframed).

import sys
from struct import pack, unpack
from itertools import islice
import copyreg
from copyreg import dispatch_table
from copyreg import _extension_registry, _inverted_registry, _extension_cache
import _compat_pickle

__all__ = ["PickleError", "PicklingError", "UnpicklingError", "Pickler", "Unpickler", "dump",
           "dumps", "load", "loads", "PickleBuffer", "ADDITEMS", "APPEND", "APPENDS", "BINBYTES",
           "BINBYTES8", "BINFLOAT", "BINGET", "BININT", "BININT1", "BININT2", "BINPERSID",
           "BINPUT", "BINSTRING", "BINUNICODE", "BINUNICODE8", "BUILD", "BYTEARRAY8", "DEFAULT_PROTOCOL",
           "DICT", "DUP", "EMPTY_DICT", "EMPTY_LIST", "EMPTY_SET", "EMPTY_TUPLE", "EXT1", "EXT2",
           "EXT4", "FALSE", "FLOAT", "FRAME", "FROZENSET", "GET", "GLOBAL", "HIGHEST_PROTOCOL",
           "INST", "INT", "LIST", "LONG", "LONG1", "LONG4", "LONG_BINGET", "LONG_BINPUT", "MARK",
           "MEMOIZE", "NEWFALSE", "NEWOBJ", "NEWOBJ_EX", "NEWTRUE", "NEXT_BUFFER", "NONE", "OBJ",
           "PERSID", "POP", "POP_MARK", "PROTO", "PUT", "READONLY_BUFFER", "REDUCE", "SETITEM",
           "SETITEMS", "SHORT_BINBYTES", "SHORT_BINSTRING", "SHORT_BINUNICODE", "STACK_GLOBAL",
           "STOP", "STRING", "TRUE", "TUPLE", "TUPLE1", "TUPLE2", "TUPLE3", "UNICODE"]

bytes_types = (bytes, bytearray)

format_version = "4.0"
compatible_formats = ["1.0", "1.1", "1.2", "1.3", "2.0", "3.0", "4.0", "5.0"]

HIGHEST_PROTOCOL = 5
DEFAULT_PROTOCOL = 4


class PickleError(Exception):
    """A common base class for the other pickling exceptions."""
    pass


class PicklingError(PickleError):
    """This exception is raised when an unpicklable object is passed to the dump() method."""
    pass


class UnpicklingError(PickleError):
    """This exception is raised when there is a problem unpickling an object, such as a
    security violation."""
    pass


class _Stop(Exception):
    def __init__(self, value):
        self.value = value


class PickleBuffer:
    """Wrapper for potentially out-of-band buffers (protocol 5, minimal: bytes-like objects)."""

    def __init__(self, buffer):
        if not isinstance(buffer, (bytes, bytearray, PickleBuffer)):
            raise TypeError("a bytes-like object is required, not '%s'" % type(buffer).__name__)
        if isinstance(buffer, PickleBuffer):
            buffer = buffer._obj
        self._obj = buffer

    def raw(self):
        if self._obj is None:
            raise ValueError("operation forbidden on released PickleBuffer object")
        return self._obj

    def release(self):
        self._obj = None

    @property
    def readonly(self):
        return not isinstance(self._obj, bytearray)

    def __reduce_ex__(self, protocol):
        raise TypeError("cannot pickle 'pickle.PickleBuffer' object")


# Opcodes (pickletools documents each one).
MARK = b'('
STOP = b'.'
POP = b'0'
POP_MARK = b'1'
DUP = b'2'
FLOAT = b'F'
INT = b'I'
BININT = b'J'
BININT1 = b'K'
LONG = b'L'
BININT2 = b'M'
NONE = b'N'
PERSID = b'P'
BINPERSID = b'Q'
REDUCE = b'R'
STRING = b'S'
BINSTRING = b'T'
SHORT_BINSTRING = b'U'
UNICODE = b'V'
BINUNICODE = b'X'
APPEND = b'a'
BUILD = b'b'
GLOBAL = b'c'
DICT = b'd'
EMPTY_DICT = b'}'
APPENDS = b'e'
GET = b'g'
BINGET = b'h'
INST = b'i'
LONG_BINGET = b'j'
LIST = b'l'
EMPTY_LIST = b']'
OBJ = b'o'
PUT = b'p'
BINPUT = b'q'
LONG_BINPUT = b'r'
SETITEM = b's'
TUPLE = b't'
EMPTY_TUPLE = b')'
SETITEMS = b'u'
BINFLOAT = b'G'
TRUE = b'I01\n'
FALSE = b'I00\n'
# protocol 2
PROTO = b'\x80'
NEWOBJ = b'\x81'
EXT1 = b'\x82'
EXT2 = b'\x83'
EXT4 = b'\x84'
TUPLE1 = b'\x85'
TUPLE2 = b'\x86'
TUPLE3 = b'\x87'
NEWTRUE = b'\x88'
NEWFALSE = b'\x89'
LONG1 = b'\x8a'
LONG4 = b'\x8b'
_tuplesize2code = [EMPTY_TUPLE, TUPLE1, TUPLE2, TUPLE3]
# protocol 3
BINBYTES = b'B'
SHORT_BINBYTES = b'C'
# protocol 4
SHORT_BINUNICODE = b'\x8c'
BINUNICODE8 = b'\x8d'
BINBYTES8 = b'\x8e'
EMPTY_SET = b'\x8f'
ADDITEMS = b'\x90'
FROZENSET = b'\x91'
NEWOBJ_EX = b'\x92'
STACK_GLOBAL = b'\x93'
MEMOIZE = b'\x94'
FRAME = b'\x95'
# protocol 5
BYTEARRAY8 = b'\x96'
NEXT_BUFFER = b'\x97'
READONLY_BUFFER = b'\x98'

# Opcodes with a one-byte argument, made once (struct.pack per item is slow).
_BININT1_OPS = [BININT1 + bytes((i,)) for i in range(256)]
_BINPUT_OPS = [BINPUT + bytes((i,)) for i in range(256)]
_BINGET_OPS = [BINGET + bytes((i,)) for i in range(256)]
_SHORT_BINUNICODE_HEADS = [SHORT_BINUNICODE + bytes((i,)) for i in range(256)]
_SHORT_BINBYTES_HEADS = [SHORT_BINBYTES + bytes((i,)) for i in range(256)]

_FRAME_SIZE_TARGET = 64 * 1024
_SAVE_RECURSION_LIMIT = 16000
_FRAME_SIZE_MIN = 4
_BATCHSIZE = 1000


def encode_long(x):
    """Encode a long to a two's complement little-endian binary string (b'' for 0)."""
    if x == 0:
        return b''
    nbytes = (x.bit_length() >> 3) + 1
    result = x.to_bytes(nbytes, byteorder='little', signed=True)
    # A negative number may have one 0xff byte too many: drop it when the sign survives.
    if x < 0 and nbytes > 1 and result[-1] == 0xff and (result[-2] & 0x80) != 0:
        result = result[:-1]
    return result


def decode_long(data):
    """Decode a long from a two's complement little-endian binary string."""
    return int.from_bytes(data, byteorder='little', signed=True)


def _raw_unicode_escape(s):
    # Protocol 0 UNICODE payload: latin-1 below 256, \uXXXX / \UXXXXXXXX above; the
    # characters that would break the line-based format are escaped too.
    out = []
    for ch in s:
        c = ord(ch)
        if c < 256:
            if ch == '\\':
                out.append('\\u005c')
            elif ch == '\n':
                out.append('\\u000a')
            elif ch == '\r':
                out.append('\\u000d')
            elif ch == '\x00':
                out.append('\\u0000')
            elif ch == '\x1a':
                out.append('\\u001a')
            else:
                out.append(ch)
        elif c < 0x10000:
            out.append('\\u%04x' % c)
        else:
            out.append('\\U%08x' % c)
    return ''.join(out).encode('latin-1')


def _raw_unicode_unescape(data):
    # Inverse of the raw-unicode-escape codec: only \u and \U after an odd run of backslashes.
    s = data.decode('latin-1')
    if '\\' not in s:
        return s
    out = []
    i = 0
    n = len(s)
    while i < n:
        ch = s[i]
        if ch != '\\':
            out.append(ch)
            i += 1
            continue
        j = i
        while j < n and s[j] == '\\':
            j += 1
        run = j - i
        if run % 2 == 0 or j >= n or s[j] not in 'uU':
            out.append(s[i:j])
            i = j
            continue
        out.append('\\' * (run - 1))
        width = 4 if s[j] == 'u' else 8
        digits = s[j + 1:j + 1 + width]
        if len(digits) != width or any(d not in '0123456789abcdefABCDEF' for d in digits):
            raise UnicodeDecodeError('rawunicodeescape', data, i, min(n, j + 1 + width),
                                     'truncated \\uXXXX escape' if width == 4 else
                                     'truncated \\UXXXXXXXX escape')
        code = int(digits, 16)
        if code > 0x10ffff:
            raise UnicodeDecodeError('rawunicodeescape', data, i, j + 1 + width,
                                     '\\Uxxxxxxxx out of range')
        out.append(chr(code))
        i = j + 1 + width
    return ''.join(out)


def _decode_utf8(data):
    # UTF-8 with 'surrogatepass': lone surrogates (ED A0..BF xx) come back as such.
    try:
        return str(data, 'utf-8')
    except UnicodeDecodeError:
        pass
    out = []
    start = i = 0
    n = len(data)
    while True:
        j = data.find(b'\xed', i)
        if j < 0 or j + 2 >= n:
            break
        c1 = data[j + 1]
        c2 = data[j + 2]
        if 0xa0 <= c1 <= 0xbf and 0x80 <= c2 <= 0xbf:
            out.append(str(data[start:j], 'utf-8'))
            out.append(chr(0xd000 | ((c1 & 0x3f) << 6) | (c2 & 0x3f)))
            start = i = j + 3
        else:
            i = j + 1
    out.append(str(data[start:], 'utf-8'))
    return ''.join(out)


_ESCAPES = {'\\': '\\', "'": "'", '"': '"', 'a': '\a', 'b': '\b', 'f': '\f', 'n': '\n',
            'r': '\r', 't': '\t', 'v': '\v', '\n': ''}


def _escape_decode(s):
    # The body of a Python 2 str literal (protocol 0 STRING) -> bytes.
    if '\\' not in s:
        return s.encode('latin-1')
    out = bytearray()
    i = 0
    n = len(s)
    while i < n:
        ch = s[i]
        i += 1
        if ch != '\\':
            out += ch.encode('latin-1')
            continue
        if i >= n:
            raise ValueError("Trailing \\ in string")
        ch = s[i]
        i += 1
        if ch in _ESCAPES:
            out += _ESCAPES[ch].encode('latin-1')
        elif ch == 'x':
            digits = s[i:i + 2]
            if len(digits) != 2 or any(d not in '0123456789abcdefABCDEF' for d in digits):
                raise ValueError("invalid \\x escape at position %d" % (i - 2))
            out.append(int(digits, 16))
            i += 2
        elif '0' <= ch <= '7':
            j = i
            while j < n and j < i + 2 and '0' <= s[j] <= '7':
                j += 1
            out.append(int(s[i - 1:j], 8) & 0xff)
            i = j
        else:
            out += b'\\' + ch.encode('latin-1')
    return bytes(out)


# ---------------------------------------------------------------------------------------------
# Pickling

def _getattribute(obj, name):
    # Follow a dotted qualified name; '<locals>' can never be looked up.
    parent = None
    for subpath in name.split('.'):
        if subpath == '<locals>':
            raise AttributeError("Can't get local object %r" % (name,))
        parent = obj
        obj = getattr(obj, subpath)
    return obj, parent


def whichmodule(obj, name):
    """Find the module an object belong to."""
    module_name = getattr(obj, '__module__', None)
    if module_name is not None:
        return module_name
    for module_name, module in sys.modules.copy().items():
        if (module_name == '__main__' or module_name == '__mp_main__' or module is None):
            continue
        try:
            if _getattribute(module, name)[0] is obj:
                return module_name
        except AttributeError:
            pass
    return '__main__'


_BUILTINS_TYPE = 'builtins'
_BUILTINS_FUNC = ''.join(['built', 'ins'])
_FunctionType = type(whichmodule)
_BuiltinType = type(len)
class _AnyClass:
    def method(self):
        pass


_MethodType = type(_AnyClass().method)
del _AnyClass
_NoneType = type(None)
_EllipsisType = type(...)
_NotImplementedType = type(NotImplemented)


class _Pickler:

    def __init__(self, file, protocol=None, *, fix_imports=True, buffer_callback=None):
        if protocol is None:
            protocol = DEFAULT_PROTOCOL
        if protocol < 0:
            protocol = HIGHEST_PROTOCOL
        elif not 0 <= protocol <= HIGHEST_PROTOCOL:
            raise ValueError("pickle protocol must be <= %d" % HIGHEST_PROTOCOL)
        if buffer_callback is not None and protocol < 5:
            raise ValueError("buffer_callback needs protocol >= 5")
        self._buffer_callback = buffer_callback
        try:
            self._file_write = file.write
        except AttributeError:
            raise TypeError("file must have a 'write' attribute")
        self.memo = {}
        self.proto = int(protocol)
        self.bin = protocol >= 1
        self.fast = 0
        self.fix_imports = fix_imports and protocol < 3
        self._frame = None
        self.write = self._file_write
        self._plain = True
        self._reducer_override = None

    def clear_memo(self):
        """Clears the pickler's "memo"."""
        self.memo.clear()

    # -- output and framing ---------------------------------------------------------------
    def _commit_frame(self, force=False):
        f = self._frame
        if f is None:
            return
        if len(f) >= _FRAME_SIZE_TARGET or force:
            if f:
                if len(f) >= _FRAME_SIZE_MIN:
                    self._file_write(FRAME + pack("<Q", len(f)))
                self._file_write(bytes(f))
            f.clear()

    def _write_large(self, header, payload):
        # Big str/bytes payloads go outside frames, straight to the file.
        if self._frame is not None and len(payload) >= _FRAME_SIZE_TARGET:
            self._commit_frame(force=True)
            self._file_write(header)
            self._file_write(payload)
        else:
            self.write(header)
            self.write(payload)

    def dump(self, obj):
        """Write a pickled representation of obj to the open file."""
        if not hasattr(self, "_file_write"):
            raise PicklingError("Pickler.__init__() was not called by %s.__init__()"
                                % (self.__class__.__name__,))
        # persistent_id and reducer_override may be methods or set on the instance; with no
        # persistent_id the atoms skip its call.
        self._plain = (type(self).persistent_id is _Pickler.persistent_id and
                       'persistent_id' not in self.__dict__)
        self._reducer_override = getattr(self, 'reducer_override', None)
        if self.proto >= 2:
            self._file_write(PROTO + pack("<B", self.proto))
        if self.proto >= 4:
            # Opcodes collect in the current frame; self.write is its (native) extend.
            self._frame = bytearray()
            self.write = self._frame.extend
        # Each nesting level costs this pickler about two Python frames; CPython's C pickler
        # nests a few thousand levels deep, so the limit is raised while saving.
        limit = sys.getrecursionlimit()
        if limit < _SAVE_RECURSION_LIMIT:
            sys.setrecursionlimit(_SAVE_RECURSION_LIMIT)
        try:
            self.save(obj)
            self.write(STOP)
            if self._frame is not None:
                self._commit_frame(force=True)
        except RecursionError as e:
            if str(e) == "maximum recursion depth exceeded":
                raise RecursionError("maximum recursion depth exceeded while pickling an object")
            raise
        finally:
            if limit < _SAVE_RECURSION_LIMIT:
                sys.setrecursionlimit(limit)
            self._frame = None
            self.write = self._file_write

    # -- memo -------------------------------------------------------------------------------
    def memoize(self, obj):
        """Store an object in the memo."""
        if self.fast:
            return
        idx = len(self.memo)
        self.write(self.put(idx))
        self.memo[id(obj)] = idx, obj

    def put(self, idx):
        if self.proto >= 4:
            return MEMOIZE
        elif self.bin:
            if idx < 256:
                return _BINPUT_OPS[idx]
            return LONG_BINPUT + pack("<I", idx)
        return PUT + repr(idx).encode("ascii") + b'\n'

    def get(self, i):
        if self.bin:
            if i < 256:
                return _BINGET_OPS[i]
            return LONG_BINGET + pack("<I", i)
        return GET + repr(i).encode("ascii") + b'\n'

    # -- the dispatcher ---------------------------------------------------------------------
    def save(self, obj, save_persistent_id=True):
        if self._frame is not None and len(self._frame) >= _FRAME_SIZE_TARGET:
            self._commit_frame()

        if not self._plain and save_persistent_id:
            pid = self.persistent_id(obj)
            if pid is not None:
                self.save_pers(pid)
                return

        # The order is CPython's: atoms (never memoized), the memo, the built-in containers,
        # then reducer_override, classes and functions, and the reduce protocol.
        t = type(obj)
        f = _dispatch_atomic.get(t)
        if f is not None:
            f(self, obj)
            return

        x = self.memo.get(id(obj))
        if x is not None:
            self.write(self.get(x[0]))
            return

        f = _dispatch_builtin.get(t)
        if f is not None:
            f(self, obj)
            return

        reduce = self._reducer_override
        if reduce is not None:
            rv = reduce(obj)
            if rv is not NotImplemented:
                self._save_reduce_value(obj, rv, reduce)
                return

        f = self.dispatch.get(t)
        if f is not None:
            f(self, obj)
            return
        rv, reduce = self._reduce(obj, t)
        if rv is not None:
            self._save_reduce_value(obj, rv, reduce)

    def _reduce(self, obj, t):
        # The reduce value from dispatch_table, __reduce_ex__ or __reduce__ (None: saved as a
        # class already).
        reduce = getattr(self, 'dispatch_table', dispatch_table).get(t)
        if reduce is not None:
            return reduce(obj), reduce
        if issubclass(t, type):
            self.save_global(obj)
            return None, None
        reduce = getattr(obj, "__reduce_ex__", None)
        if reduce is not None:
            return reduce(self.proto), reduce
        reduce = getattr(obj, "__reduce__", None)
        if reduce is not None:
            return reduce(), reduce
        raise PicklingError("Can't pickle %r object: %r" % (t.__name__, obj))

    def _save_reduce_value(self, obj, rv, reduce):
        if isinstance(rv, str):
            self.save_global(obj, rv)
            return
        if not isinstance(rv, tuple):
            raise PicklingError("__reduce__ must return a string or tuple")
        l = len(rv)
        if not (2 <= l <= 6):
            raise PicklingError("tuple returned by __reduce__ must contain 2 through 6 elements")
        self.save_reduce(obj=obj, *rv)

    def persistent_id(self, obj):
        return None

    def save_pers(self, pid):
        if self.bin:
            self.save(pid, save_persistent_id=False)
            self.write(BINPERSID)
        else:
            try:
                self.write(PERSID + str(pid).encode("ascii") + b'\n')
            except UnicodeEncodeError:
                raise PicklingError("persistent IDs in protocol 0 must be ASCII strings")

    def save_reduce(self, func, args, state=None, listitems=None, dictitems=None,
                    state_setter=None, *, obj=None):
        if not isinstance(args, tuple):
            raise PicklingError("second item of the tuple returned by __reduce__ must be a tuple")
        if not callable(func):
            raise PicklingError("first item of the tuple returned by __reduce__ must be callable")

        save = self.save
        write = self.write
        func_name = getattr(func, "__name__", "")
        if self.proto >= 2 and func_name == "__newobj_ex__":
            cls, args, kwargs = args
            if not hasattr(cls, "__new__"):
                raise PicklingError("args[0] from __newobj_ex__ args has no __new__")
            if obj is not None and cls is not obj.__class__:
                raise PicklingError("args[0] from __newobj_ex__ args has the wrong class")
            if self.proto >= 4:
                save(cls)
                save(args)
                save(kwargs)
                write(NEWOBJ_EX)
            else:
                import functools
                func = functools.partial(cls.__new__, cls, *args, **kwargs)
                save(func)
                save(())
                write(REDUCE)
        elif self.proto >= 2 and func_name == "__newobj__":
            if not args:
                raise PicklingError("__newobj__ arglist is empty")
            cls = args[0]
            if not hasattr(cls, "__new__"):
                raise PicklingError("args[0] from __newobj__ args has no __new__")
            if obj is not None and cls is not obj.__class__:
                raise PicklingError("args[0] from __newobj__ args has the wrong class")
            args = args[1:]
            save(cls)
            save(args)
            write(NEWOBJ)
        else:
            save(func)
            save(args)
            write(REDUCE)

        if obj is not None:
            # The object may have been memoized while its arguments were saved (recursion).
            x = self.memo.get(id(obj))
            if x is not None:
                write(POP + self.get(x[0]))
            else:
                self.memoize(obj)

        if listitems is not None:
            self._batch_appends(listitems)
        if dictitems is not None:
            self._batch_setitems(dictitems)

        if state is not None:
            if state_setter is None:
                save(state)
                write(BUILD)
            else:
                save(state_setter)
                save(obj)
                save(state)
                write(TUPLE2)
                write(REDUCE)
                write(POP)

    # -- basic types ------------------------------------------------------------------------
    def save_none(self, obj):
        self.write(NONE)

    def save_bool(self, obj):
        if self.proto >= 2:
            self.write(NEWTRUE if obj else NEWFALSE)
        else:
            self.write(TRUE if obj else FALSE)

    def save_long(self, obj):
        if self.bin:
            if obj >= 0:
                if obj <= 0xff:
                    self.write(_BININT1_OPS[obj])
                    return
                if obj <= 0xffff:
                    self.write(BININT2 + pack("<H", obj))
                    return
            if -0x80000000 <= obj <= 0x7fffffff:
                self.write(BININT + pack("<i", obj))
                return
        if self.proto >= 2:
            encoded = encode_long(obj)
            n = len(encoded)
            if n < 256:
                self.write(LONG1 + pack("<B", n) + encoded)
            else:
                self.write(LONG4 + pack("<i", n) + encoded)
            return
        if -0x80000000 <= obj <= 0x7fffffff:
            self.write(INT + repr(obj).encode("ascii") + b'\n')
        else:
            self.write(LONG + repr(obj).encode("ascii") + b'L\n')

    def save_float(self, obj):
        if self.bin:
            self.write(BINFLOAT + pack('>d', obj))
        else:
            self.write(FLOAT + repr(obj).encode("ascii") + b'\n')

    def _save_bytes_no_memo(self, obj):
        n = len(obj)
        if n <= 0xff:
            self.write(_SHORT_BINBYTES_HEADS[n] + obj)
        elif n > 0xffffffff and self.proto >= 4:
            self._write_large(BINBYTES8 + pack("<Q", n), obj)
        elif n >= _FRAME_SIZE_TARGET:
            self._write_large(BINBYTES + pack("<I", n), obj)
        else:
            self.write(BINBYTES + pack("<I", n) + obj)

    def save_bytes(self, obj):
        if self.proto < 3:
            if not obj:
                self.save_reduce(bytes, (), obj=obj)
            else:
                self._save_codecs_encode(obj)
                x = self.memo.get(id(obj))
                if x is not None:
                    self.write(POP + self.get(x[0]))
                else:
                    self.memoize(obj)
            return
        self._save_bytes_no_memo(obj)
        self.memoize(obj)

    def _save_codecs_encode(self, obj):
        # Protocols < 3 have no bytes opcode: _codecs.encode(latin-1 text, 'latin1'). The
        # local _codecs_encode stands for the global in the memo.
        x = self.memo.get(id(_codecs_encode))
        if x is not None:
            self.write(self.get(x[0]))
        else:
            self._save_global_name('_codecs', 'encode', None)
            self.memoize(_codecs_encode)
        self.save((str(obj, 'latin1'), 'latin1'))
        self.write(REDUCE)

    def save_bytearray(self, obj):
        if self.proto < 5:
            self.save_reduce(bytearray, (bytes(obj),) if obj else (),
                             getattr(obj, '__dict__', None) or None, obj=obj)
            return
        n = len(obj)
        if n >= _FRAME_SIZE_TARGET:
            self._write_large(BYTEARRAY8 + pack("<Q", n), bytes(obj))
        else:
            self.write(BYTEARRAY8 + pack("<Q", n) + bytes(obj))
        self.memoize(obj)

    def save_picklebuffer(self, obj):
        if self.proto < 5:
            raise PicklingError("PickleBuffer can only be pickled with protocol >= 5")
        data = obj.raw()
        in_band = True
        if self._buffer_callback is not None:
            in_band = bool(self._buffer_callback(obj))
        if in_band:
            if obj.readonly:
                self._save_bytes_no_memo(bytes(data))
            else:
                n = len(data)
                self._write_large(BYTEARRAY8 + pack("<Q", n), bytes(data))
            self.memoize(obj)
        else:
            self.write(NEXT_BUFFER)
            if obj.readonly:
                self.write(READONLY_BUFFER)

    def save_str(self, obj):
        if self.bin:
            encoded = obj.encode('utf-8', 'surrogatepass')
            n = len(encoded)
            if n <= 0xff and self.proto >= 4:
                self.write(_SHORT_BINUNICODE_HEADS[n] + encoded)
            elif n > 0xffffffff and self.proto >= 4:
                self._write_large(BINUNICODE8 + pack("<Q", n), encoded)
            elif n >= _FRAME_SIZE_TARGET:
                self._write_large(BINUNICODE + pack("<I", n), encoded)
            else:
                self.write(BINUNICODE + pack("<I", n) + encoded)
        else:
            self.write(UNICODE + _raw_unicode_escape(obj) + b'\n')
        self.memoize(obj)

    def save_tuple(self, obj):
        if not obj:
            if self.bin:
                self.write(EMPTY_TUPLE)
            else:
                self.write(MARK + TUPLE)
            return
        n = len(obj)
        save = self.save
        memo = self.memo
        if n <= 3 and self.proto >= 2:
            for element in obj:
                save(element)
            x = memo.get(id(obj))
            if x is not None:
                # A recursive tuple: drop the items and take the memoized copy.
                self.write(POP * n + self.get(x[0]))
            else:
                self.write(_tuplesize2code[n])
                self.memoize(obj)
            return
        write = self.write
        write(MARK)
        for element in obj:
            save(element)
        x = memo.get(id(obj))
        if x is not None:
            if self.bin:
                write(POP_MARK + self.get(x[0]))
            else:
                write(POP * (n + 1) + self.get(x[0]))
            return
        write(TUPLE)
        self.memoize(obj)

    def save_list(self, obj):
        if not self.bin:
            self.write(MARK + LIST)
            self.memoize(obj)
            self._batch_appends(obj)
            return
        write = self.write
        write(EMPTY_LIST)
        self.memoize(obj)
        # An exact list: one item is APPEND, otherwise every batch is MARK ... APPENDS.
        n = len(obj)
        if n == 1:
            self.save(obj[0])
            write(APPEND)
            return
        save = self.save
        i = 0
        while i < len(obj):
            write(MARK)
            for x in obj[i:i + _BATCHSIZE]:
                save(x)
            write(APPENDS)
            i += _BATCHSIZE

    def _batch_appends(self, items):
        save = self.save
        write = self.write
        if not self.bin:
            for x in items:
                save(x)
                write(APPEND)
            return
        it = iter(items)
        while True:
            tmp = list(islice(it, _BATCHSIZE))
            n = len(tmp)
            if n > 1:
                write(MARK)
                for x in tmp:
                    save(x)
                write(APPENDS)
            elif n:
                save(tmp[0])
                write(APPEND)
            if n < _BATCHSIZE:
                return

    def save_dict(self, obj):
        if not self.bin:
            self.write(MARK + DICT)
            self.memoize(obj)
            self._batch_setitems(obj.items())
            return
        write = self.write
        write(EMPTY_DICT)
        self.memoize(obj)
        # An exact dict: one item is SETITEM, otherwise every batch is MARK ... SETITEMS.
        if not obj:
            return
        if len(obj) == 1:
            for k, v in obj.items():
                self.save(k)
                self.save(v)
            write(SETITEM)
            return
        # (After a full last batch CPython writes one empty MARK SETITEMS; so do we.)
        save = self.save
        it = iter(obj.items())
        while True:
            batch = list(islice(it, _BATCHSIZE))
            write(MARK)
            for k, v in batch:
                save(k)
                save(v)
            write(SETITEMS)
            if len(batch) < _BATCHSIZE:
                return

    def _batch_setitems(self, items):
        save = self.save
        write = self.write
        if not self.bin:
            for k, v in items:
                save(k)
                save(v)
                write(SETITEM)
            return
        it = iter(items)
        while True:
            tmp = list(islice(it, _BATCHSIZE))
            n = len(tmp)
            if n > 1:
                write(MARK)
                for k, v in tmp:
                    save(k)
                    save(v)
                write(SETITEMS)
            elif n:
                k, v = tmp[0]
                save(k)
                save(v)
                write(SETITEM)
            if n < _BATCHSIZE:
                return

    def save_set(self, obj):
        save = self.save
        write = self.write
        if self.proto < 4:
            self.save_reduce(set, (list(obj),), getattr(obj, '__dict__', None) or None, obj=obj)
            return
        write(EMPTY_SET)
        self.memoize(obj)
        it = iter(obj)
        while True:
            batch = list(islice(it, _BATCHSIZE))
            n = len(batch)
            if n == 0 and not obj:
                return
            write(MARK)
            for item in batch:
                save(item)
            write(ADDITEMS)
            if n < _BATCHSIZE:
                return

    def save_frozenset(self, obj):
        save = self.save
        write = self.write
        if self.proto < 4:
            self.save_reduce(frozenset, (list(obj),), obj=obj)
            return
        write(MARK)
        for item in obj:
            save(item)
        x = self.memo.get(id(obj))
        if x is not None:
            write(POP_MARK + self.get(x[0]))
            return
        write(FROZENSET)
        self.memoize(obj)

    # -- globals ----------------------------------------------------------------------------
    def save_global(self, obj, name=None):
        if name is None:
            name = getattr(obj, '__qualname__', None)
            if name is None:
                name = obj.__name__
        module_name = whichmodule(obj, name)
        try:
            __import__(module_name, level=0)
            module = sys.modules[module_name]
        except (ImportError, KeyError):
            raise PicklingError("Can't pickle %r: import of module %r failed"
                                % (obj, module_name)) from None
        try:
            obj2, parent = _getattribute(module, name)
        except AttributeError as e:
            if "<locals>" in name:
                raise
            raise PicklingError("Can't pickle %r: attribute lookup %s on %s failed"
                                % (obj, name, module_name)) from None
        if obj2 is not obj:
            raise PicklingError("Can't pickle %r: it's not the same object as %s.%s"
                                % (obj, module_name, name))
        if module_name == 'builtins':
            # CPython's built-in types share one 'builtins' string and its built-in functions
            # another: with protocol 4 the memo then repeats the module name as CPython does.
            module_name = _BUILTINS_FUNC if isinstance(obj, _BuiltinType) else _BUILTINS_TYPE
        self._save_global_name(module_name, name, parent if parent is not module else None)
        self.memoize(obj)

    def _save_global_name(self, module_name, name, parent):
        write = self.write
        if self.proto >= 2:
            code = _extension_registry.get((module_name, name))
            if code:
                if code <= 0xff:
                    write(EXT1 + pack("<B", code))
                elif code <= 0xffff:
                    write(EXT2 + pack("<H", code))
                else:
                    write(EXT4 + pack("<i", code))
                return
        if self.proto >= 4:
            self.save(module_name)
            self.save(name)
            write(STACK_GLOBAL)
        elif parent is not None:
            # A dotted name before protocol 4: getattr(getattr(module.A, 'B'), 'C'), written
            # as CPython does (the outermost global and the argument tuples are not memoized).
            parts = name.split('.')
            for _ in parts[1:]:
                self.save(getattr)
                if self.proto < 2:
                    write(MARK)
            self._save_global_name(module_name, parts[0], None)
            for part in parts[1:]:
                self.save(part)
                write(TUPLE2 if self.proto >= 2 else TUPLE)
                write(REDUCE)
        elif self.proto >= 3:
            write(GLOBAL + bytes(module_name, "utf-8") + b'\n' + bytes(name, "utf-8") + b'\n')
        else:
            if self.fix_imports:
                r_name_mapping = _compat_pickle.REVERSE_NAME_MAPPING
                r_import_mapping = _compat_pickle.REVERSE_IMPORT_MAPPING
                if (module_name, name) in r_name_mapping:
                    module_name, name = r_name_mapping[(module_name, name)]
                elif module_name in r_import_mapping:
                    module_name = r_import_mapping[module_name]
            try:
                write(GLOBAL + bytes(module_name, "ascii") + b'\n' + bytes(name, "ascii") + b'\n')
            except UnicodeEncodeError:
                raise PicklingError("can't pickle global identifier '%s.%s' using pickle "
                                    "protocol %i" % (module_name, name, self.proto)) from None

    def save_type(self, obj):
        if obj is _NoneType:
            return self.save_reduce(type, (None,), obj=obj)
        elif obj is _NotImplementedType:
            return self.save_reduce(type, (NotImplemented,), obj=obj)
        elif obj is _EllipsisType:
            return self.save_reduce(type, (...,), obj=obj)
        return self.save_global(obj)

    def save_builtin(self, obj):
        # Built-in functions are globals; bound built-in methods are getattr(self, name).
        owner = getattr(obj, '__self__', None)
        if owner is None or type(owner).__name__ == 'module':
            self.save_global(obj)
        else:
            self.save_reduce(getattr, (owner, obj.__name__), obj=obj)

    def save_method(self, obj):
        self.save_reduce(getattr, (obj.__self__, obj.__func__.__name__), obj=obj)

    dispatch = {}


_Pickler.dispatch[type(None)] = _Pickler.save_none
_Pickler.dispatch[bool] = _Pickler.save_bool
_Pickler.dispatch[int] = _Pickler.save_long
_Pickler.dispatch[float] = _Pickler.save_float
_Pickler.dispatch[bytes] = _Pickler.save_bytes
_Pickler.dispatch[bytearray] = _Pickler.save_bytearray
_Pickler.dispatch[PickleBuffer] = _Pickler.save_picklebuffer
_Pickler.dispatch[str] = _Pickler.save_str
_Pickler.dispatch[tuple] = _Pickler.save_tuple
_Pickler.dispatch[list] = _Pickler.save_list
_Pickler.dispatch[dict] = _Pickler.save_dict
_Pickler.dispatch[set] = _Pickler.save_set
_Pickler.dispatch[frozenset] = _Pickler.save_frozenset
_Pickler.dispatch[_FunctionType] = _Pickler.save_global
_Pickler.dispatch[type] = _Pickler.save_type
_Pickler.dispatch[_BuiltinType] = _Pickler.save_builtin
_Pickler.dispatch[_MethodType] = _Pickler.save_method
for _t in (type([].append), type(str.join), type(dict.fromkeys), type(dict.__dict__['fromkeys']),
           type(object.__init__), type(object().__init__)):
    if _t not in _Pickler.dispatch and _t.__name__ in (
            'method_descriptor', 'wrapper_descriptor', 'method-wrapper', 'classmethod_descriptor',
            'builtin_function_or_method'):
        _Pickler.dispatch[_t] = _Pickler.save_builtin
del _t

# The built-in containers, str and bytes: reducer_override does not see them.
_dispatch_builtin = {t: _Pickler.dispatch[t] for t in (
    bytes, str, dict, set, frozenset, list, tuple, bytearray, PickleBuffer)}

# Types that are never memoized.
_dispatch_atomic = {
    type(None): _Pickler.save_none,
    bool: _Pickler.save_bool,
    int: _Pickler.save_long,
    float: _Pickler.save_float,
}


# ---------------------------------------------------------------------------------------------
# Unpickling

class _Unpickler:

    def __init__(self, file, *, fix_imports=True, encoding="ASCII", errors="strict",
                 buffers=None):
        self._buffers = iter(buffers) if buffers is not None else None
        try:
            self._file_read = file.read
            self._file_readline = file.readline
        except AttributeError:
            raise TypeError("file must have 'read' and 'readline' attributes") from None
        self._file_readinto = getattr(file, 'readinto', None)
        self.memo = {}
        self.encoding = encoding
        self.errors = errors
        self.proto = 0
        self.fix_imports = fix_imports

    def _init_data(self, data):
        # loads(): the whole pickle is one in-memory buffer.
        self._data = data
        self._pos = 0
        self._frame_end = -1
        self._from_file = False

    def _init_file(self):
        self._data = b''
        self._pos = 0
        self._frame_end = -1
        self._from_file = True

    # -- input --------------------------------------------------------------------------------
    def read(self, n):
        pos = self._pos
        end = pos + n
        data = self._data
        if end <= len(data):
            self._pos = end
            return data[pos:end]
        if self._from_file and pos >= len(data):
            result = self._file_read(n)
            if len(result) < n:
                raise UnpicklingError("pickle data was truncated")
            return result
        if self._frame_end >= 0 and pos < len(data):
            raise UnpicklingError("pickle exhausted before end of frame")
        raise UnpicklingError("pickle data was truncated")

    def readline(self):
        data = self._data
        pos = self._pos
        if pos < len(data) or not self._from_file:
            i = data.find(b'\n', pos)
            if i < 0:
                if self._from_file or self._frame_end >= 0:
                    raise UnpicklingError("pickle exhausted before end of frame")
                raise UnpicklingError("pickle data was truncated")
            self._pos = i + 1
            return data[pos:i + 1]
        line = self._file_readline()
        if not line.endswith(b'\n'):
            raise UnpicklingError("pickle data was truncated")
        return line

    def _load_frame(self, size):
        if self._pos < len(self._data) and self._from_file:
            raise UnpicklingError("beginning of a new frame before end of current frame")
        if self._from_file:
            frame = self._file_read(size)
            if len(frame) < size:
                raise UnpicklingError("pickle data was truncated")
            self._data = frame
            self._pos = 0
            self._frame_end = size
        else:
            if self._pos + size > len(self._data):
                raise UnpicklingError("pickle data was truncated")
            self._frame_end = self._pos + size

    # -- the main loop ------------------------------------------------------------------------
    def load(self):
        """Read a pickled object representation from the open file."""
        if not hasattr(self, "_file_read"):
            raise UnpicklingError("Unpickler.__init__() was not called by %s.__init__()"
                                  % (self.__class__.__name__,))
        if not hasattr(self, '_data'):
            self._init_file()
        self.metastack = []
        self.stack = []
        self.append = self.stack.append
        self.proto = 0
        table = _dispatch_table(self.dispatch)
        try:
            while True:
                pos = self._pos
                data = self._data
                if pos < len(data):
                    key = data[pos]
                    self._pos = pos + 1
                else:
                    if self._from_file:
                        b = self._file_read(1)
                        if not b:
                            raise EOFError("Ran out of input")
                        key = b[0]
                    else:
                        raise EOFError("Ran out of input")
                f = table[key]
                if f is None:
                    c = chr(key)
                    if 0x20 <= key < 0x7f:
                        raise UnpicklingError("invalid load key, '%s'." % c)
                    raise UnpicklingError("invalid load key, '\\x%02x'." % key)
                f(self)
        except _Stop as stopinst:
            return stopinst.value

    def pop_mark(self):
        if not self.metastack:
            raise UnpicklingError("could not find MARK")
        items = self.stack
        self.stack = self.metastack.pop()
        self.append = self.stack.append
        return items

    def _underflow(self):
        # An empty stack after a MARK is reported as the MARK.
        if self.metastack:
            raise UnpicklingError("unexpected MARK found")
        raise UnpicklingError("unpickling stack underflow")

    def _pop(self):
        if not self.stack:
            self._underflow()
        return self.stack.pop()

    def _top(self):
        if not self.stack:
            self._underflow()
        return self.stack[-1]

    def _need(self, n):
        if len(self.stack) < n:
            self._underflow()

    def persistent_load(self, pid):
        raise UnpicklingError("A load persistent id instruction was encountered, "
                              "but no persistent_load function was specified.")

    dispatch = {}

    def load_proto(self):
        proto = self.read(1)[0]
        if not 0 <= proto <= HIGHEST_PROTOCOL:
            raise ValueError("unsupported pickle protocol: %d" % proto)
        self.proto = proto
    dispatch[PROTO[0]] = load_proto

    def load_frame(self):
        frame_size, = unpack('<Q', self.read(8))
        if frame_size > sys.maxsize:
            raise ValueError("frame size > sys.maxsize: %d" % frame_size)
        self._load_frame(frame_size)
    dispatch[FRAME[0]] = load_frame

    def load_persid(self):
        try:
            pid = self.readline()[:-1].decode("ascii")
        except UnicodeDecodeError:
            raise UnpicklingError("persistent IDs in protocol 0 must be ASCII strings")
        self.append(self.persistent_load(pid))
    dispatch[PERSID[0]] = load_persid

    def load_binpersid(self):
        pid = self._pop()
        self.append(self.persistent_load(pid))
    dispatch[BINPERSID[0]] = load_binpersid

    def load_none(self):
        self.append(None)
    dispatch[NONE[0]] = load_none

    def load_false(self):
        self.append(False)
    dispatch[NEWFALSE[0]] = load_false

    def load_true(self):
        self.append(True)
    dispatch[NEWTRUE[0]] = load_true

    def load_int(self):
        data = self.readline()
        if data == b'00\n':
            val = False
        elif data == b'01\n':
            val = True
        else:
            try:
                val = int(data)
            except ValueError:
                raise ValueError("could not convert string to int") from None
        self.append(val)
    dispatch[INT[0]] = load_int

    def load_binint(self):
        self.append(unpack('<i', self.read(4))[0])
    dispatch[BININT[0]] = load_binint

    def load_binint1(self):
        pos = self._pos
        data = self._data
        if pos < len(data):
            self._pos = pos + 1
            self.append(data[pos])
        else:
            self.append(self.read(1)[0])
    dispatch[BININT1[0]] = load_binint1

    def load_binint2(self):
        self.append(unpack('<H', self.read(2))[0])
    dispatch[BININT2[0]] = load_binint2

    def load_long(self):
        val = self.readline()[:-1]
        if val and val[-1] == b'L'[0]:
            val = val[:-1]
        try:
            self.append(int(val))
        except ValueError:
            raise ValueError("could not convert string to int") from None
    dispatch[LONG[0]] = load_long

    def load_long1(self):
        n = self.read(1)[0]
        self.append(decode_long(self.read(n)))
    dispatch[LONG1[0]] = load_long1

    def load_long4(self):
        n, = unpack('<i', self.read(4))
        if n < 0:
            raise UnpicklingError("LONG pickle has negative byte count")
        self.append(decode_long(self.read(n)))
    dispatch[LONG4[0]] = load_long4

    def load_float(self):
        self.append(float(self.readline()[:-1]))
    dispatch[FLOAT[0]] = load_float

    def load_binfloat(self):
        self.append(unpack('>d', self.read(8))[0])
    dispatch[BINFLOAT[0]] = load_binfloat

    def _decode_string(self, value):
        # Python 2 str: bytes with encoding="bytes", else decoded text.
        if self.encoding == "bytes":
            return value
        return value.decode(self.encoding, self.errors)

    def load_string(self):
        data = self.readline()[:-1]
        if len(data) >= 2 and data[0] == data[-1] and data[0] in b'"\'':
            data = data[1:-1]
        else:
            raise UnpicklingError("the STRING opcode argument must be quoted")
        self.append(self._decode_string(_escape_decode(data.decode('latin-1'))))
    dispatch[STRING[0]] = load_string

    def load_binstring(self):
        n, = unpack('<i', self.read(4))
        if n < 0:
            raise UnpicklingError("BINSTRING pickle has negative byte count")
        self.append(self._decode_string(self.read(n)))
    dispatch[BINSTRING[0]] = load_binstring

    def _read_counted(self, fmt, opname):
        # The payload of a BINBYTES/BINUNICODE-style opcode: an unsigned length, then the data.
        n, = unpack(fmt, self.read(4 if fmt == '<I' else 8))
        if n > sys.maxsize:
            raise UnpicklingError("%s exceeds system's maximum size of %d bytes" % (opname, sys.maxsize))
        return self.read(n)

    def load_binbytes(self):
        self.append(self._read_counted('<I', 'BINBYTES'))
    dispatch[BINBYTES[0]] = load_binbytes

    def load_unicode(self):
        self.append(_raw_unicode_unescape(self.readline()[:-1]))
    dispatch[UNICODE[0]] = load_unicode

    def load_binunicode(self):
        self.append(_decode_utf8(self._read_counted('<I', 'BINUNICODE')))
    dispatch[BINUNICODE[0]] = load_binunicode

    def load_binunicode8(self):
        self.append(_decode_utf8(self._read_counted('<Q', 'BINUNICODE8')))
    dispatch[BINUNICODE8[0]] = load_binunicode8

    def load_binbytes8(self):
        self.append(self._read_counted('<Q', 'BINBYTES8'))
    dispatch[BINBYTES8[0]] = load_binbytes8

    def load_bytearray8(self):
        self.append(bytearray(self._read_counted('<Q', 'BYTEARRAY8')))
    dispatch[BYTEARRAY8[0]] = load_bytearray8

    def load_next_buffer(self):
        if self._buffers is None:
            raise UnpicklingError("pickle stream refers to out-of-band data but no *buffers* "
                                  "argument was given")
        try:
            buf = next(self._buffers)
        except StopIteration:
            raise UnpicklingError("not enough out-of-band buffers") from None
        self.append(buf)
    dispatch[NEXT_BUFFER[0]] = load_next_buffer

    def load_readonly_buffer(self):
        buf = self._top()
        if isinstance(buf, bytearray):
            self.stack[-1] = bytes(buf)
    dispatch[READONLY_BUFFER[0]] = load_readonly_buffer

    def load_short_binstring(self):
        n = self.read(1)[0]
        self.append(self._decode_string(self.read(n)))
    dispatch[SHORT_BINSTRING[0]] = load_short_binstring

    def load_short_binbytes(self):
        n = self.read(1)[0]
        self.append(self.read(n))
    dispatch[SHORT_BINBYTES[0]] = load_short_binbytes

    def load_short_binunicode(self):
        pos = self._pos
        data = self._data
        if pos < len(data):
            n = data[pos]
            end = pos + 1 + n
            if end <= len(data):
                self._pos = end
                try:
                    self.append(str(data[pos + 1:end], 'utf-8'))
                except UnicodeDecodeError:
                    self.append(_decode_utf8(data[pos + 1:end]))
                return
        n = self.read(1)[0]
        self.append(_decode_utf8(self.read(n)))
    dispatch[SHORT_BINUNICODE[0]] = load_short_binunicode

    def load_tuple(self):
        items = self.pop_mark()
        self.append(tuple(items))
    dispatch[TUPLE[0]] = load_tuple

    def load_empty_tuple(self):
        self.append(())
    dispatch[EMPTY_TUPLE[0]] = load_empty_tuple

    def load_tuple1(self):
        self._need(1)
        self.stack[-1] = (self.stack[-1],)
    dispatch[TUPLE1[0]] = load_tuple1

    def load_tuple2(self):
        stack = self.stack
        self._need(2)
        stack[-2:] = [(stack[-2], stack[-1])]
    dispatch[TUPLE2[0]] = load_tuple2

    def load_tuple3(self):
        stack = self.stack
        self._need(3)
        stack[-3:] = [(stack[-3], stack[-2], stack[-1])]
    dispatch[TUPLE3[0]] = load_tuple3

    def load_empty_list(self):
        self.append([])
    dispatch[EMPTY_LIST[0]] = load_empty_list

    def load_empty_dictionary(self):
        self.append({})
    dispatch[EMPTY_DICT[0]] = load_empty_dictionary

    def load_empty_set(self):
        self.append(set())
    dispatch[EMPTY_SET[0]] = load_empty_set

    def load_frozenset(self):
        items = self.pop_mark()
        self.append(frozenset(items))
    dispatch[FROZENSET[0]] = load_frozenset

    def load_list(self):
        items = self.pop_mark()
        self.append(items)
    dispatch[LIST[0]] = load_list

    def load_dict(self):
        items = self.pop_mark()
        if len(items) % 2:
            raise UnpicklingError("odd number of items for DICT")
        d = {}
        for i in range(0, len(items), 2):
            d[items[i]] = items[i + 1]
        self.append(d)
    dispatch[DICT[0]] = load_dict

    def _instantiate(self, klass, args):
        if (args or not isinstance(klass, type) or hasattr(klass, "__getinitargs__")):
            value = klass(*args)
        else:
            value = klass.__new__(klass)
        self.append(value)

    def load_inst(self):
        module = self.readline()[:-1].decode("ascii")
        name = self.readline()[:-1].decode("ascii")
        klass = self.find_class(module, name)
        self._instantiate(klass, self.pop_mark())
    dispatch[INST[0]] = load_inst

    def load_obj(self):
        args = self.pop_mark()
        if not args:
            raise UnpicklingError("unpickling stack underflow")
        cls = args.pop(0)
        self._instantiate(cls, args)
    dispatch[OBJ[0]] = load_obj

    def load_newobj(self):
        args = self._pop()
        cls = self._pop()
        if not isinstance(cls, type):
            raise UnpicklingError("NEWOBJ class argument must be a type, not %s"
                                  % type(cls).__name__)
        if not isinstance(args, tuple):
            raise UnpicklingError("NEWOBJ args argument must be a tuple, not %s"
                                  % type(args).__name__)
        self.append(cls.__new__(cls, *args))
    dispatch[NEWOBJ[0]] = load_newobj

    def load_newobj_ex(self):
        kwargs = self._pop()
        args = self._pop()
        cls = self._pop()
        if not isinstance(cls, type):
            raise UnpicklingError("NEWOBJ_EX class argument must be a type, not %s"
                                  % type(cls).__name__)
        if not isinstance(args, tuple):
            raise UnpicklingError("NEWOBJ_EX args argument must be a tuple, not %s"
                                  % type(args).__name__)
        if not isinstance(kwargs, dict):
            raise UnpicklingError("NEWOBJ_EX kwargs argument must be a dict, not %s"
                                  % type(kwargs).__name__)
        self.append(cls.__new__(cls, *args, **kwargs))
    dispatch[NEWOBJ_EX[0]] = load_newobj_ex

    def load_global(self):
        module = self.readline()[:-1].decode("utf-8")
        name = self.readline()[:-1].decode("utf-8")
        self.append(self.find_class(module, name))
    dispatch[GLOBAL[0]] = load_global

    def load_stack_global(self):
        name = self._pop()
        module = self._pop()
        if type(name) is not str or type(module) is not str:
            raise UnpicklingError("STACK_GLOBAL requires str")
        self.append(self.find_class(module, name))
    dispatch[STACK_GLOBAL[0]] = load_stack_global

    def load_ext1(self):
        self.get_extension(self.read(1)[0])
    dispatch[EXT1[0]] = load_ext1

    def load_ext2(self):
        code, = unpack('<H', self.read(2))
        self.get_extension(code)
    dispatch[EXT2[0]] = load_ext2

    def load_ext4(self):
        code, = unpack('<i', self.read(4))
        self.get_extension(code)
    dispatch[EXT4[0]] = load_ext4

    def get_extension(self, code):
        obj = _extension_cache.get(code, _extension_cache)
        if obj is not _extension_cache:
            self.append(obj)
            return
        key = _inverted_registry.get(code)
        if not key:
            if code <= 0:
                raise UnpicklingError("EXT specifies code <= 0")
            raise ValueError("unregistered extension code %d" % code)
        obj = self.find_class(*key)
        _extension_cache[code] = obj
        self.append(obj)

    def find_class(self, module, name):
        if self.proto < 3 and self.fix_imports:
            if (module, name) in _compat_pickle.NAME_MAPPING:
                module, name = _compat_pickle.NAME_MAPPING[(module, name)]
            elif module in _compat_pickle.IMPORT_MAPPING:
                module = _compat_pickle.IMPORT_MAPPING[module]
        if module == '_codecs' and name == 'encode':
            return _codecs_encode
        __import__(module, level=0)
        mod = sys.modules[module]
        try:
            if self.proto >= 4 and '.' in name:
                return _getattribute(mod, name)[0]
            return getattr(mod, name)
        except AttributeError:
            raise AttributeError("Can't get attribute %r on %r" % (name, mod)) from None

    def load_reduce(self):
        args = self._pop()
        func = self._pop()
        if not isinstance(args, tuple):
            raise UnpicklingError("REDUCE expected an arg tuple.")  # hmm
        self.append(func(*args))
    dispatch[REDUCE[0]] = load_reduce

    def load_pop(self):
        if self.stack:
            del self.stack[-1]
        elif self.metastack:
            self.pop_mark()
        else:
            self._underflow()
    dispatch[POP[0]] = load_pop

    def load_pop_mark(self):
        self.pop_mark()
    dispatch[POP_MARK[0]] = load_pop_mark

    def load_dup(self):
        self.append(self._top())
    dispatch[DUP[0]] = load_dup

    def _memo_get(self, i):
        try:
            return self.memo[i]
        except KeyError:
            raise UnpicklingError("Memo value not found at index %d" % i) from None

    def load_get(self):
        i = int(self.readline()[:-1])
        self.append(self._memo_get(i))
    dispatch[GET[0]] = load_get

    def load_binget(self):
        i = self.read(1)[0]
        try:
            self.append(self.memo[i])
        except KeyError:
            self._memo_get(i)
    dispatch[BINGET[0]] = load_binget

    def load_long_binget(self):
        i, = unpack('<I', self.read(4))
        self.append(self._memo_get(i))
    dispatch[LONG_BINGET[0]] = load_long_binget

    def load_put(self):
        i = int(self.readline()[:-1])
        if i < 0:
            raise ValueError("negative PUT argument")
        self.memo[i] = self._top()
    dispatch[PUT[0]] = load_put

    def load_binput(self):
        i = self.read(1)[0]
        self.memo[i] = self._top()
    dispatch[BINPUT[0]] = load_binput

    def load_long_binput(self):
        i, = unpack('<I', self.read(4))
        if i > sys.maxsize:
            raise ValueError("negative LONG_BINPUT argument")
        self.memo[i] = self._top()
    dispatch[LONG_BINPUT[0]] = load_long_binput

    def load_memoize(self):
        memo = self.memo
        stack = self.stack
        if not stack:
            self._underflow()
        memo[len(memo)] = stack[-1]
    dispatch[MEMOIZE[0]] = load_memoize

    def load_append(self):
        value = self._pop()
        lst = self._top()
        if isinstance(lst, list):
            lst.append(value)
        else:
            lst.append(value)
    dispatch[APPEND[0]] = load_append

    def load_appends(self):
        items = self.pop_mark()
        list_obj = self._top()
        if isinstance(list_obj, list):
            list_obj.extend(items)
        else:
            extend = getattr(list_obj, 'extend', None)
            if extend is not None:
                extend(items)
            else:
                append = list_obj.append
                for item in items:
                    append(item)
    dispatch[APPENDS[0]] = load_appends

    def load_setitem(self):
        stack = self.stack
        self._need(3)
        value = stack.pop()
        key = stack.pop()
        stack[-1][key] = value
    dispatch[SETITEM[0]] = load_setitem

    def load_setitems(self):
        items = self.pop_mark()
        d = self._top()
        if len(items) % 2:
            raise UnpicklingError("odd number of items for SETITEMS")
        for i in range(0, len(items), 2):
            d[items[i]] = items[i + 1]
    dispatch[SETITEMS[0]] = load_setitems

    def load_additems(self):
        items = self.pop_mark()
        set_obj = self._top()
        if isinstance(set_obj, set):
            set_obj.update(items)
        else:
            add = set_obj.add
            for item in items:
                add(item)
    dispatch[ADDITEMS[0]] = load_additems

    def load_build(self):
        stack = self.stack
        self._need(2)
        state = stack.pop()
        inst = stack[-1]
        setstate = getattr(inst, "__setstate__", None)
        if setstate is not None:
            setstate(state)
            return
        slotstate = None
        if isinstance(state, tuple) and len(state) == 2:
            state, slotstate = state
        if state:
            if not isinstance(state, dict):
                raise UnpicklingError("state is not a dictionary")
            inst_dict = inst.__dict__
            for k, v in state.items():
                if type(k) is str:
                    inst_dict[sys.intern(k)] = v
                else:
                    inst_dict[k] = v
        if slotstate:
            if not isinstance(slotstate, dict):
                raise UnpicklingError("slot state is not a dictionary")
            for k, v in slotstate.items():
                setattr(inst, k, v)
    dispatch[BUILD[0]] = load_build

    def load_mark(self):
        self.metastack.append(self.stack)
        self.stack = []
        self.append = self.stack.append
    dispatch[MARK[0]] = load_mark

    def load_stop(self):
        raise _Stop(self._pop())
    dispatch[STOP[0]] = load_stop


_table_cache = (None, 0, None)


def _dispatch_table(dispatch):
    # The opcode -> handler dict as a list of 256 entries (faster to index), rebuilt when the
    # dict changes. One tuple, replaced whole, so threads always see a consistent entry.
    global _table_cache
    c = _table_cache
    if c[0] is dispatch and c[1] == len(dispatch):
        return c[2]
    table = [dispatch.get(i) for i in range(256)]
    _table_cache = (dispatch, len(dispatch), table)
    return table


def _codecs_encode(obj, encoding='utf-8', errors='strict'):
    # Protocol < 3 pickles of bytes call _codecs.encode(text, 'latin1').
    return obj.encode(encoding, errors)


# ---------------------------------------------------------------------------------------------
# Shorthands and the public classes

class _BytesSink:
    # A write-only file collecting the chunks of dumps().
    def __init__(self):
        self.chunks = []
        self.write = self.chunks.append


class _NoFile:
    def read(self, n):
        return b''

    def readline(self):
        return b''


def _dump(obj, file, protocol=None, *, fix_imports=True, buffer_callback=None):
    _Pickler(file, protocol, fix_imports=fix_imports, buffer_callback=buffer_callback).dump(obj)


def _dumps(obj, protocol=None, *, fix_imports=True, buffer_callback=None):
    sink = _BytesSink()
    _Pickler(sink, protocol, fix_imports=fix_imports, buffer_callback=buffer_callback).dump(obj)
    return b''.join(sink.chunks)


def _load(file, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=None):
    return _Unpickler(file, fix_imports=fix_imports, buffers=buffers,
                      encoding=encoding, errors=errors).load()


def _loads(s, /, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=None):
    if isinstance(s, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    if not isinstance(s, bytes):
        s = bytes(s)
    u = _Unpickler(_NoFile(), fix_imports=fix_imports, buffers=buffers,
                   encoding=encoding, errors=errors)
    u._init_data(s)
    return u.load()


class Pickler(_Pickler):
    """This takes a binary file for writing a pickle data stream."""
    pass


class Unpickler(_Unpickler):
    """This takes a binary file for reading a pickle data stream."""
    pass


dump = _dump
dumps = _dumps
load = _load
loads = _loads


# Doctest
def _test():
    import doctest
    return doctest.testmod()
