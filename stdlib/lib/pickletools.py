"""Executable documentation for pickle opcodes (minimal): genops() and dis().

genops(pickle) yields (opcode, arg, pos) for each opcode of a pickle; dis(pickle) prints the
symbolic disassembly in CPython's format.
"""

# Weft's own implementation: the opcode table below is written from the pickle format
# (PEP 307, 3154, 574); optimize() and the long opcode documentation are not provided.

import io
import sys
from struct import unpack

__all__ = ['dis', 'genops', 'opcodes', 'OpcodeInfo']


class OpcodeInfo:
    """One opcode: name, code (a 1-character str), argument kind, protocol."""

    def __init__(self, name, code, arg, proto, pops_mark=False):
        self.name = name
        self.code = code
        self.arg = arg          # how the argument is read (see _read_arg), None: no argument
        self.proto = proto
        self.pops_mark = pops_mark

    def __repr__(self):
        return '<OpcodeInfo %s>' % self.name


# name, code, argument kind, protocol, consumes the topmost MARK
_TABLE = [
    ('INT', 'I', 'decimalnl_short', 0), ('BININT', 'J', 'int4', 1),
    ('BININT1', 'K', 'uint1', 1), ('BININT2', 'M', 'uint2', 1),
    ('LONG', 'L', 'decimalnl_long', 0), ('LONG1', '\x8a', 'long1', 2),
    ('LONG4', '\x8b', 'long4', 2), ('STRING', 'S', 'stringnl', 0),
    ('BINSTRING', 'T', 'string4', 1), ('SHORT_BINSTRING', 'U', 'string1', 1),
    ('BINBYTES', 'B', 'bytes4', 3), ('SHORT_BINBYTES', 'C', 'bytes1', 3),
    ('BINBYTES8', '\x8e', 'bytes8', 4), ('BYTEARRAY8', '\x96', 'bytearray8', 5),
    ('NEXT_BUFFER', '\x97', None, 5), ('READONLY_BUFFER', '\x98', None, 5),
    ('NONE', 'N', None, 0), ('NEWTRUE', '\x88', None, 2), ('NEWFALSE', '\x89', None, 2),
    ('UNICODE', 'V', 'unicodestringnl', 0), ('SHORT_BINUNICODE', '\x8c', 'unicode1', 4),
    ('BINUNICODE', 'X', 'unicode4', 1), ('BINUNICODE8', '\x8d', 'unicode8', 4),
    ('FLOAT', 'F', 'floatnl', 0), ('BINFLOAT', 'G', 'float8', 1),
    ('EMPTY_LIST', ']', None, 1), ('APPEND', 'a', None, 0),
    ('APPENDS', 'e', None, 1, True), ('LIST', 'l', None, 0, True),
    ('EMPTY_TUPLE', ')', None, 1), ('TUPLE', 't', None, 0, True),
    ('TUPLE1', '\x85', None, 2), ('TUPLE2', '\x86', None, 2), ('TUPLE3', '\x87', None, 2),
    ('EMPTY_DICT', '}', None, 1), ('DICT', 'd', None, 0, True), ('SETITEM', 's', None, 0),
    ('SETITEMS', 'u', None, 1, True), ('EMPTY_SET', '\x8f', None, 4),
    ('ADDITEMS', '\x90', None, 4, True), ('FROZENSET', '\x91', None, 4, True),
    ('POP', '0', None, 0), ('DUP', '2', None, 0), ('MARK', '(', None, 0),
    ('POP_MARK', '1', None, 1, True), ('GET', 'g', 'decimalnl_short', 0),
    ('BINGET', 'h', 'uint1', 1), ('LONG_BINGET', 'j', 'uint4', 1),
    ('PUT', 'p', 'decimalnl_short', 0), ('BINPUT', 'q', 'uint1', 1),
    ('LONG_BINPUT', 'r', 'uint4', 1), ('MEMOIZE', '\x94', None, 4),
    ('EXT1', '\x82', 'uint1', 2), ('EXT2', '\x83', 'uint2', 2), ('EXT4', '\x84', 'int4', 2),
    ('GLOBAL', 'c', 'stringnl_noescape_pair', 0), ('STACK_GLOBAL', '\x93', None, 4),
    ('REDUCE', 'R', None, 0), ('BUILD', 'b', None, 0),
    ('INST', 'i', 'stringnl_noescape_pair', 0, True), ('OBJ', 'o', None, 1, True),
    ('NEWOBJ', '\x81', None, 2), ('NEWOBJ_EX', '\x92', None, 4),
    ('PROTO', '\x80', 'uint1', 2), ('STOP', '.', None, 0), ('FRAME', '\x95', 'uint8', 4),
    ('PERSID', 'P', 'stringnl_noescape', 0), ('BINPERSID', 'Q', None, 1),
]

opcodes = [OpcodeInfo(*row) for row in _TABLE]

# Stack effects (items popped, items pushed); the default is (0, 1). Opcodes that consume a
# MARK pop down to it first, then push _MARK_PUSH[name] items.
_EFFECT = {'READONLY_BUFFER': (1, 1), 'APPEND': (1, 0), 'SETITEM': (2, 0), 'TUPLE1': (1, 1),
           'TUPLE2': (2, 1), 'TUPLE3': (3, 1), 'POP': (1, 0), 'PUT': (0, 0), 'BINPUT': (0, 0),
           'LONG_BINPUT': (0, 0), 'MEMOIZE': (0, 0), 'STACK_GLOBAL': (2, 1), 'REDUCE': (2, 1),
           'BUILD': (1, 0), 'NEWOBJ': (2, 1), 'NEWOBJ_EX': (3, 1), 'PROTO': (0, 0),
           'STOP': (1, 0), 'FRAME': (0, 0), 'BINPERSID': (1, 1), 'MARK': (0, 0)}
_MARK_PUSH = {'APPENDS': 0, 'SETITEMS': 0, 'ADDITEMS': 0, 'POP_MARK': 0}
code2op = {op.code: op for op in opcodes}


def _readline(f):
    line = f.readline()
    if not line.endswith(b'\n'):
        raise ValueError("no newline found when trying to read stringnl")
    return line[:-1]


def _readn(f, n, what):
    data = f.read(n)
    if len(data) != n:
        raise ValueError("expected %d bytes in a %s, but only %d remain" % (n, what, len(data)))
    return data


def _read_arg(kind, f):
    if kind == 'uint1':
        return _readn(f, 1, 'uint1')[0]
    if kind == 'uint2':
        return unpack('<H', _readn(f, 2, 'uint2'))[0]
    if kind == 'int4':
        return unpack('<i', _readn(f, 4, 'int4'))[0]
    if kind == 'uint4':
        return unpack('<I', _readn(f, 4, 'uint4'))[0]
    if kind == 'uint8':
        return unpack('<Q', _readn(f, 8, 'uint8'))[0]
    if kind == 'decimalnl_short':
        s = _readline(f)
        if s == b'00':
            return False
        if s == b'01':
            return True
        return int(s)
    if kind == 'decimalnl_long':
        s = _readline(f)
        if s.endswith(b'L'):
            s = s[:-1]
        return int(s)
    if kind == 'floatnl':
        return float(_readline(f))
    if kind == 'float8':
        return unpack('>d', _readn(f, 8, 'float8'))[0]
    if kind in ('long1', 'long4'):
        n = _readn(f, 1, 'long1')[0] if kind == 'long1' else unpack('<i', _readn(f, 4, 'long4'))[0]
        if n < 0:
            raise ValueError("long4 byte count < 0: %d" % n)
        return int.from_bytes(_readn(f, n, kind), 'little', signed=True)
    if kind == 'stringnl':
        s = _readline(f)
        if len(s) < 2 or s[0] != s[-1] or s[:1] not in (b'"', b"'"):
            raise ValueError("no string quotes around %r" % s)
        return s[1:-1].decode('latin-1')
    if kind == 'stringnl_noescape':
        return _readline(f).decode('utf-8', 'replace')
    if kind == 'stringnl_noescape_pair':
        a = _readline(f).decode('utf-8', 'replace')
        b = _readline(f).decode('utf-8', 'replace')
        return '%s %s' % (a, b)
    if kind in ('string1', 'string4'):
        n = _readn(f, 1, kind)[0] if kind == 'string1' else unpack('<i', _readn(f, 4, kind))[0]
        return _readn(f, n, kind).decode('latin-1')
    if kind in ('bytes1', 'bytes4', 'bytes8', 'bytearray8'):
        size = {'bytes1': 1, 'bytes4': 4, 'bytes8': 8, 'bytearray8': 8}[kind]
        raw = _readn(f, size, kind)
        n = raw[0] if size == 1 else unpack('<I' if size == 4 else '<Q', raw)[0]
        data = _readn(f, n, kind)
        return bytearray(data) if kind == 'bytearray8' else data
    if kind in ('unicode1', 'unicode4', 'unicode8'):
        size = {'unicode1': 1, 'unicode4': 4, 'unicode8': 8}[kind]
        raw = _readn(f, size, kind)
        n = raw[0] if size == 1 else unpack('<I' if size == 4 else '<Q', raw)[0]
        import pickle
        return pickle._decode_utf8(_readn(f, n, kind))
    if kind == 'unicodestringnl':
        import pickle
        return pickle._raw_unicode_unescape(_readline(f))
    raise ValueError("unknown argument kind %r" % kind)


def genops(pickle):
    """Yield (opcode, arg, pos) for each opcode in the pickle (bytes or a binary file)."""
    if isinstance(pickle, (bytes, bytearray)):
        pickle = io.BytesIO(pickle)
    getpos = getattr(pickle, 'tell', None)
    while True:
        pos = getpos() if getpos is not None else None
        code = pickle.read(1)
        op = code2op.get(code.decode('latin-1'))
        if op is None:
            if code == b'':
                raise ValueError("pickle exhausted before seeing STOP")
            raise ValueError("at position %s, opcode %r unknown" %
                             ("<unknown>" if pos is None else pos, code))
        arg = None if op.arg is None else _read_arg(op.arg, pickle)
        yield op, arg, pos
        if code == b'.':
            break


def dis(pickle, out=None, memo=None, indentlevel=4, annotate=0):
    """Print a symbolic disassembly of a pickle, as CPython's pickletools.dis does."""
    if out is None:
        out = sys.stdout
    if memo is None:
        memo = {}
    marks = []          # positions of the open MARKs
    depth = [0]         # items above each open MARK (and above the bottom)
    maxproto = -1
    indent = ' ' * indentlevel
    for op, arg, pos in genops(pickle):
        if pos is not None:
            print("%5d:" % pos, end=' ', file=out)
        line = "%-4s %s%s" % (repr(op.code)[1:-1], indent * len(marks), op.name)
        maxproto = max(maxproto, op.proto)
        note = None
        # POP of a MARK (nothing above it) removes the MARK.
        pops_mark = op.pops_mark or (op.name == 'POP' and marks and depth[-1] == 0)
        if pops_mark:
            if not marks:
                raise ValueError("tried to pop a MARK, but no MARK exists on stack")
            mark = marks.pop()
            note = "(MARK at %d)" % mark if mark is not None else "(MARK at unknown opcode offset)"
        elif op.name == 'MEMOIZE':
            note = "(as %d)" % len(memo)
            memo[len(memo)] = True
        elif op.name in ('PUT', 'BINPUT', 'LONG_BINPUT'):
            memo[arg] = True
        if arg is not None or note:
            line += ' ' * (10 - len(op.name))
            if arg is not None:
                line += ' ' + repr(arg)
            if note:
                line += ' ' + note
        print(line, file=out)
        if pops_mark:
            depth.pop()
            depth[-1] += _MARK_PUSH.get(op.name, 0 if op.name == 'POP' else 1)
        else:
            npop, npush = _EFFECT.get(op.name, (0, 1))
            depth[-1] = max(0, depth[-1] - npop) + npush
        if op.name == 'MARK':
            marks.append(pos)
            depth.append(0)
    print("highest protocol among opcodes =", maxproto, file=out)
