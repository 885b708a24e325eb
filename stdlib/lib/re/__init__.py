"""Support for regular expressions (RE), compatible with CPython's re module.

The parser and the matcher are native (_sre, stdlib/re_engine.cpp); this module holds the
Pattern and Match objects, replacement templates, the flags and the compile cache.
"""

import _sre

__all__ = [
    "match", "fullmatch", "search", "sub", "subn", "split",
    "findall", "finditer", "compile", "purge", "escape",
    "error", "Pattern", "Match", "A", "I", "L", "M", "S", "X", "U",
    "ASCII", "IGNORECASE", "LOCALE", "MULTILINE", "DOTALL", "VERBOSE",
    "UNICODE", "NOFLAG", "RegexFlag", "PatternError",
]

__version__ = "2.2.1"

_MAXSIZE = 9223372036854775807


# ---------------------------------------------------------------- flags

# Members in definition order (the order reprs list them in).
_FLAG_MEMBERS = (
    ("ASCII", 256), ("IGNORECASE", 2), ("LOCALE", 4), ("UNICODE", 32),
    ("MULTILINE", 8), ("DOTALL", 16), ("VERBOSE", 64), ("DEBUG", 128),
)
_FLAG_MASK = 511


class RegexFlag(int):
    """An int whose repr names the flags (as enum.IntFlag)."""

    def __new__(cls, value=0):
        return int.__new__(cls, value)

    def _parts(self):
        v = int(self)
        names = []
        for name, bit in _FLAG_MEMBERS:
            if v & bit:
                names.append(name)
                v &= ~bit
        return names, v

    @property
    def name(self):
        v = int(self)
        if v == 0:
            return "NOFLAG"
        names, rest = self._parts()
        if rest or not names:
            return None
        return "|".join(names)

    @property
    def value(self):
        return int(self)

    def __repr__(self):
        v = int(self)
        if v == 0:
            return "re.NOFLAG"
        names, rest = self._parts()
        if not names:
            return "re.RegexFlag(%d)" % v
        text = "|".join("re." + n for n in names)
        if rest:
            text += "|0x%x" % rest
        return text

    __str__ = __repr__

    def __format__(self, spec):
        return format(int(self), spec)

    def __or__(self, other):
        if isinstance(other, int):
            return RegexFlag(int(self) | int(other))
        return NotImplemented

    __ror__ = __or__

    def __and__(self, other):
        if isinstance(other, int):
            return RegexFlag(int(self) & int(other))
        return NotImplemented

    __rand__ = __and__

    def __xor__(self, other):
        if isinstance(other, int):
            return RegexFlag(int(self) ^ int(other))
        return NotImplemented

    __rxor__ = __xor__

    def __invert__(self):
        return RegexFlag(_FLAG_MASK ^ int(self))

    def __reduce__(self):
        return RegexFlag, (int(self),)


NOFLAG = RegexFlag(0)
A = ASCII = RegexFlag(256)
I = IGNORECASE = RegexFlag(2)
L = LOCALE = RegexFlag(4)
U = UNICODE = RegexFlag(32)
M = MULTILINE = RegexFlag(8)
S = DOTALL = RegexFlag(16)
X = VERBOSE = RegexFlag(64)
DEBUG = RegexFlag(128)


# ---------------------------------------------------------------- errors

class PatternError(Exception):
    """Exception raised for invalid regular expressions.

    Attributes: msg (the unformatted message), pattern, pos (index in the pattern where
    compilation failed, may be None), lineno and colno (corresponding to pos, may be None).
    """

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is not None and pos is not None:
            msg = "%s at position %d" % (msg, pos)
            newline = "\n" if isinstance(pattern, str) else b"\n"
            self.lineno = pattern.count(newline, 0, pos) + 1
            self.colno = pos - pattern.rfind(newline, 0, pos)
            if newline in pattern:
                msg = "%s (line %d, column %d)" % (msg, self.lineno, self.colno)
        else:
            self.lineno = self.colno = None
        super().__init__(msg)


PatternError.__module__ = "re"
error = PatternError


# ---------------------------------------------------------------- helpers

try:
    _BYTES_LIKE = (bytes, bytearray, memoryview)
except NameError:  # no memoryview yet
    _BYTES_LIKE = (bytes, bytearray)


def _is_bytes_like(obj):
    return isinstance(obj, _BYTES_LIKE)


def _check_subject(pattern, string):
    if isinstance(string, str):
        if pattern._is_bytes:
            raise TypeError("cannot use a bytes pattern on a string-like object")
    elif _is_bytes_like(string):
        if not pattern._is_bytes:
            raise TypeError("cannot use a string pattern on a bytes-like object")
    else:
        raise TypeError("expected string or bytes-like object, got %r" % type(string).__name__)


def _index(value):
    if isinstance(value, int):
        return int(value)
    try:
        index = type(value).__index__
    except AttributeError:
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(value).__name__) from None
    return index(value)


def _bounds(string, pos, endpos):
    n = len(string)
    pos = _index(pos)
    endpos = _index(endpos)
    if pos < 0:
        pos = 0
    elif pos > n:
        pos = n
    if endpos < 0:
        endpos = 0
    elif endpos > n:
        endpos = n
    return pos, endpos


# ---------------------------------------------------------------- Pattern

class Pattern:
    """Compiled regular expression object."""

    def __init__(self, pattern, flags, code, groups, names):
        self.pattern = pattern
        self.flags = flags
        self._code = code
        self.groups = groups
        self._groupindex = dict(names)
        self._names = {}
        for name, index in names:
            self._names[index] = name
        self._is_bytes = not isinstance(pattern, str)

    @property
    def groupindex(self):
        if not self._groupindex:
            return {}
        return _GroupIndex(self._groupindex)

    def __repr__(self):
        flags = self.flags
        if not self._is_bytes and (flags & (LOCALE | UNICODE | ASCII)) == UNICODE:
            flags &= ~UNICODE
        parts = []
        for name, bit in (("IGNORECASE", 2), ("LOCALE", 4), ("MULTILINE", 8),
                          ("DOTALL", 16), ("UNICODE", 32), ("VERBOSE", 64), ("DEBUG", 128),
                          ("ASCII", 256)):
            if flags & bit:
                parts.append("re." + name)
                flags &= ~bit
        if flags:
            parts.append("0x%x" % flags)
        text = repr(self.pattern)[:200]
        if parts:
            return "re.compile(%s, %s)" % (text, "|".join(parts))
        return "re.compile(%s)" % text

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return (self.flags == other.flags and self._is_bytes == other._is_bytes
                and self.pattern == other.pattern)

    def __ne__(self, other):
        r = self.__eq__(other)
        if r is NotImplemented:
            return r
        return not r

    def __hash__(self):
        return hash((self.pattern, self.flags))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __reduce__(self):
        return _compile, (self.pattern, self.flags)

    def match(self, string, pos=0, endpos=_MAXSIZE):
        r = _sre.match(self._code, string, pos, endpos, 0, False)
        return None if r is None else Match(self, string, r)

    def fullmatch(self, string, pos=0, endpos=_MAXSIZE):
        r = _sre.match(self._code, string, pos, endpos, 1, False)
        return None if r is None else Match(self, string, r)

    def search(self, string, pos=0, endpos=_MAXSIZE):
        r = _sre.match(self._code, string, pos, endpos, 2, False)
        return None if r is None else Match(self, string, r)

    def _text(self, string):
        # Slices of bytearray/memoryview subjects are returned as bytes, as CPython does.
        if isinstance(string, (str, bytes)):
            return string
        return bytes(string)

    def finditer(self, string, pos=0, endpos=_MAXSIZE):
        return iter([Match(self, string, r) for r in _sre.scan(self._code, string, pos, endpos, 0)])

    def findall(self, string, pos=0, endpos=_MAXSIZE):
        return _sre.findall(self._code, string, pos, endpos)

    def split(self, string, maxsplit=0):
        maxsplit = _index(maxsplit)
        if maxsplit < 0:
            _check_subject(self, string)
            return [string]
        return _sre.split(self._code, string, maxsplit)

    def _subx(self, repl, string, count):
        count = _index(count)
        if count < 0:
            _check_subject(self, string)
            return string, 0
        constant = None
        if not callable(repl):
            if not isinstance(repl, str) and not _is_bytes_like(repl):
                raise TypeError("decoding to str: need a bytes-like object, %s found" % type(repl).__name__)
            if isinstance(repl, str) == self._is_bytes:
                constant = repl  # wrong type: fails when joined, with CPython's message
            elif self._is_bytes:
                repl = bytes(repl)
        if not callable(repl) and constant is None:
            backslash = b"\\" if self._is_bytes else "\\"
            if backslash in repl:
                template = _compile_template(self, repl)
            else:
                template = [repl]
            return _sre.sub(self._code, string, template, count)
        results = _sre.scan(self._code, string, 0, _MAXSIZE, count)
        text = self._text(string)
        pieces = []
        last = 0
        for r in results:
            if last < r[0]:
                pieces.append(text[last:r[0]])
            value = constant if constant is not None else repl(Match(self, string, r))
            if value is not None:
                pieces.append(value)
            last = r[1]
        if last < len(text):
            pieces.append(text[last:])
        return text[:0].join(pieces), len(results)

    def sub(self, repl, string, count=0):
        return self._subx(repl, string, count)[0]

    def subn(self, repl, string, count=0):
        return self._subx(repl, string, count)

    def scanner(self, string, pos=0, endpos=_MAXSIZE):
        return _Scanner(self, string, pos, endpos)

    def __class_getitem__(cls, item):
        return cls


Pattern.__module__ = "re"


class _GroupIndex(dict):
    """Read-only view of a pattern's group names (CPython returns a mappingproxy)."""

    def __repr__(self):
        return "mappingproxy(%s)" % dict.__repr__(self)

    def __str__(self):
        return dict.__repr__(self)

    def _readonly(self, *args, **kwargs):
        raise TypeError("'mappingproxy' object does not support item assignment")

    __setitem__ = __delitem__ = _readonly


class _Scanner:
    def __init__(self, pattern, string, pos, endpos):
        _check_subject(pattern, string)
        self.pattern = pattern
        self._string = string
        self._pos, self._endpos = _bounds(string, pos, endpos)
        self._adv = False

    def _next(self, mode):
        if self._pos > self._endpos:
            return None
        r = _sre.match(self.pattern._code, self._string, self._pos, self._endpos, mode, self._adv)
        if r is None:
            self._pos = self._endpos + 1
            return None
        self._adv = r[0] == r[1]
        self._pos = r[1]
        return Match(self.pattern, self._string, r)

    def match(self):
        return self._next(0)

    def search(self):
        return self._next(2)


# ---------------------------------------------------------------- Match

class Match:
    """The result of a successful match."""

    def __init__(self, pattern, string, spans):
        self.re = pattern
        self.string = string
        self._spans = spans  # (start0, end0, start1, end1, ..., lastindex, pos, endpos)
        # Slices of bytearray/memoryview subjects are bytes, as in CPython.
        self._text = string if isinstance(string, (str, bytes)) else bytes(string)

    @property
    def pos(self):
        return self._spans[-2]

    @property
    def endpos(self):
        return self._spans[-1]

    @property
    def lastindex(self):
        li = self._spans[-3]
        return li if li > 0 else None

    @property
    def lastgroup(self):
        if self.lastindex is None:
            return None
        return self.re._names.get(self.lastindex)

    @property
    def regs(self):
        s = self._spans
        return tuple((s[2 * g], s[2 * g + 1]) for g in range(self.re.groups + 1))

    def _gindex(self, g):
        if isinstance(g, int):
            g = int(g)
            if 0 <= g <= self.re.groups:
                return g
        elif isinstance(g, (str, bytes)):
            index = self.re._groupindex.get(g)
            if index is not None:
                return index
        else:
            try:
                g = type(g).__index__(g)
            except (AttributeError, TypeError):
                raise IndexError("no such group") from None
            if 0 <= g <= self.re.groups:
                return g
        raise IndexError("no such group")

    def _get(self, index, default=None):
        s = self._spans[2 * index]
        if s < 0:
            return default
        return self._text[s:self._spans[2 * index + 1]]

    def group(self, *groups):
        if not groups:
            s = self._spans
            return self._text[s[0]:s[1]]
        if len(groups) == 1:
            g = groups[0]
            if type(g) is int and 0 <= g <= self.re.groups:
                s = self._spans
                a = s[2 * g]
                return self._text[a:s[2 * g + 1]] if a >= 0 else None
        if len(groups) == 1:
            return self._get(self._gindex(groups[0]))
        return tuple(self._get(self._gindex(g)) for g in groups)

    def __getitem__(self, g):
        return self._get(self._gindex(g))

    def groups(self, default=None):
        return tuple(self._get(g, default) for g in range(1, self.re.groups + 1))

    def groupdict(self, default=None):
        return {name: self._get(index, default) for name, index in self.re._groupindex.items()}

    def start(self, group=0):
        return self._spans[2 * self._gindex(group)]

    def end(self, group=0):
        return self._spans[2 * self._gindex(group) + 1]

    def span(self, group=0):
        g = self._gindex(group)
        return (self._spans[2 * g], self._spans[2 * g + 1])

    def expand(self, template):
        if self.re._is_bytes:
            template = bytes(template)
        items = _compile_template(self.re, template)
        return _expand(self.re, self._text, self._spans, items)

    def __bool__(self):
        return True

    def __repr__(self):
        return "<re.Match object; span=(%d, %d), match=%r>" % (
            self._spans[0], self._spans[1], self.group(0))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __class_getitem__(cls, item):
        return cls


Match.__module__ = "re"


# ---------------------------------------------------------------- templates

_OCT = "01234567"
_DIGITS = "0123456789"
_LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
_TEMPLATE_ESCAPES = {"a": "\a", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t",
                     "v": "\v", "\\": "\\"}


def _compile_template(pattern, template):
    """Parses a replacement template into literals and group indexes (alternating list:
    [literal, index, literal, index, ..., literal])."""
    is_bytes = not isinstance(template, str)
    text = template.decode("latin-1") if is_bytes else template
    n = len(text)
    items = []
    literal = []

    def err(msg, pos):
        if is_bytes:
            msg = msg.encode("ascii", "backslashreplace").decode("ascii")
        return error(msg, template, pos)

    def add_group(index, pos):
        if index > pattern.groups:
            raise err("invalid group reference %d" % index, pos)
        items.append("".join(literal))
        literal.clear()
        items.append(index)

    i = 0
    while i < n:
        c = text[i]
        if c != "\\":
            literal.append(c)
            i += 1
            continue
        if i + 1 >= n:
            raise err("bad escape (end of pattern)", n - 1)
        c = text[i + 1]
        start = i
        i += 2
        if c == "g":
            if i >= n or text[i] != "<":
                raise err("missing <", i)
            i += 1
            j = text.find(">", i)
            if j < 0:
                if i >= n:
                    raise err("missing group name", i)
                raise err("missing >, unterminated name", i)
            name = text[i:j]
            if not name:
                raise err("missing group name", i)
            i = j + 1
            if name.isdecimal() and name.isascii():
                index = int(name)
                if index >= 1073741823:
                    raise err("invalid group reference %d" % index, i - len(name) - 1)
            else:
                if not name.isidentifier() or (is_bytes and not name.isascii()):
                    raise err("bad character in group name %r" % name, i - len(name) - 1)
                try:
                    index = pattern._groupindex[name]
                except KeyError:
                    raise IndexError("unknown group name %r" % name) from None
            add_group(index, i - len(name) - 1)
        elif c == "0":
            digits = c
            while len(digits) < 3 and i < n and text[i] in _OCT:
                digits += text[i]
                i += 1
            literal.append(chr(int(digits, 8) & 0xff))
        elif c in _DIGITS:
            digits = c
            isoctal = False
            if i < n and text[i] in _DIGITS:
                digits += text[i]
                i += 1
                if c in _OCT and digits[1] in _OCT and i < n and text[i] in _OCT:
                    digits += text[i]
                    i += 1
                    isoctal = True
                    value = int(digits, 8)
                    if value > 0o377:
                        raise err("octal escape value \\%s outside of range 0-0o377" % digits, start)
                    literal.append(chr(value))
            if not isoctal:
                add_group(int(digits), start + 1)
        elif c in _TEMPLATE_ESCAPES:
            literal.append(_TEMPLATE_ESCAPES[c])
        elif c in _LETTERS:
            raise err("bad escape \\%s" % c, start)
        else:
            literal.append("\\" + c)
    items.append("".join(literal))
    if is_bytes:
        items = [x.encode("latin-1") if isinstance(x, str) else x for x in items]
    return items


def _expand(pattern, string, spans, items):
    out = []
    for k, item in enumerate(items):
        if k % 2 == 0:
            if item:
                out.append(item)
        else:
            s = spans[2 * item]
            if s >= 0:
                out.append(string[s:spans[2 * item + 1]])
    if pattern._is_bytes:
        return b"".join(bytes(x) for x in out)
    return "".join(out)


# ---------------------------------------------------------------- module functions

_cache = {}
_MAXCACHE = 512


def _compile(pattern, flags):
    if isinstance(flags, RegexFlag):
        flags = int(flags)
    key = (type(pattern), pattern, flags)
    try:
        return _cache[key]
    except KeyError:
        pass
    except TypeError:
        key = None
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError("cannot process flags argument with a compiled pattern")
        return pattern
    if not isinstance(pattern, (str, bytes)):
        if _is_bytes_like(pattern):
            pattern = bytes(pattern)
        else:
            raise TypeError("first argument must be string or compiled pattern")
    if not isinstance(flags, int):
        raise TypeError("unsupported operand type(s) for &: '%s' and 'int'" % type(flags).__name__)
    r = _sre.compile(pattern, flags)
    if len(r) == 3:
        kind, msg, pos = r
        if kind == "overflow":
            raise OverflowError(msg)
        if kind == "value":
            raise ValueError(msg)
        raise error(msg, pattern, pos)
    code, groups, final_flags, names = r
    p = Pattern(pattern, final_flags, code, groups, names)
    if key is not None:
        if len(_cache) >= _MAXCACHE:
            try:
                del _cache[next(iter(_cache))]
            except (KeyError, StopIteration, RuntimeError):
                pass
        _cache[key] = p
    return p


def compile(pattern, flags=0):
    "Compile a regular expression pattern, returning a Pattern object."
    return _compile(pattern, flags)


def match(pattern, string, flags=0):
    """Try to apply the pattern at the start of the string, returning
    a Match object, or None if no match was found."""
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    """Try to apply the pattern to all of the string, returning
    a Match object, or None if no match was found."""
    return _compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    """Scan through string looking for a match to the pattern, returning
    a Match object, or None if no match was found."""
    return _compile(pattern, flags).search(string)


def sub(pattern, repl, string, count=0, flags=0):
    """Return the string obtained by replacing the leftmost
    non-overlapping occurrences of the pattern in string by the
    replacement repl."""
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    """Return a 2-tuple containing (new_string, number)."""
    return _compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    """Split the source string by the occurrences of the pattern,
    returning a list containing the resulting substrings."""
    return _compile(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    """Return a list of all non-overlapping matches in the string."""
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    """Return an iterator over all non-overlapping matches in the
    string.  For each match, the iterator returns a Match object."""
    return _compile(pattern, flags).finditer(string)


def purge():
    "Clear the regular expression caches"
    _cache.clear()


_SPECIAL = frozenset("()[]{}?*+-|^$\\.&~# \t\n\r\v\f")


def escape(pattern):
    """Escape special characters in a string."""
    if isinstance(pattern, str):
        return "".join("\\" + c if c in _SPECIAL else c for c in pattern)
    pattern = bytes(pattern)
    text = pattern.decode("latin-1")
    return "".join("\\" + c if c in _SPECIAL else c for c in text).encode("latin-1")
