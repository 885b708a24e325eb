"""The io module: file objects from open() (native, in _io), in-memory streams (StringIO,
BytesIO, written here in Python) and the IOBase class hierarchy for isinstance checks."""

from builtins import open
from _io import (TextIOWrapper, BufferedReader, BufferedWriter, BufferedRandom, FileIO,
                 UnsupportedOperation, DEFAULT_BUFFER_SIZE)

__all__ = ["BlockingIOError", "open", "open_code", "IOBase", "RawIOBase", "FileIO", "BytesIO",
           "StringIO", "BufferedIOBase", "BufferedReader", "BufferedWriter", "BufferedRWPair",
           "BufferedRandom", "TextIOBase", "TextIOWrapper", "UnsupportedOperation", "SEEK_SET",
           "SEEK_CUR", "SEEK_END", "DEFAULT_BUFFER_SIZE", "text_encoding", "IncrementalNewlineDecoder"]

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2

BlockingIOError = BlockingIOError


def open_code(path):
    if not isinstance(path, str):
        raise TypeError(f"open_code() argument 'path' must be str, not {type(path).__name__}")
    return open(path, "rb")


def text_encoding(encoding, stacklevel=2, /):
    if encoding is None:
        return "locale"
    return encoding


def _closed_error():
    return ValueError("I/O operation on closed file.")


def _index_or_none(size, what='argument'):
    if size is None:
        return -1
    if not hasattr(type(size), '__index__'):
        raise TypeError(f"argument should be integer or None, not '{type(size).__name__}'")
    return size.__index__()


# --- the base classes (CPython's _io._IOBase and friends) ----------------------------------

class _IOBase:
    """The abstract base class for all I/O classes."""

    def seek(self, pos, whence=0, /):
        raise UnsupportedOperation("seek")

    def tell(self):
        return self.seek(0, 1)

    def truncate(self, pos=None, /):
        raise UnsupportedOperation("truncate")

    def flush(self):
        self._checkClosed()

    def close(self):
        if not getattr(self, '_IOBase__closed', False):
            try:
                self.flush()
            finally:
                self._IOBase__closed = True

    @property
    def closed(self):
        return getattr(self, '_IOBase__closed', False)

    def _checkClosed(self, msg=None):
        if self.closed:
            raise ValueError("I/O operation on closed file." if msg is None else msg)

    def seekable(self):
        return False

    def readable(self):
        return False

    def writable(self):
        return False

    def _checkReadable(self, msg=None):
        if not self.readable():
            raise UnsupportedOperation("File or stream is not readable." if msg is None else msg)

    def _checkWritable(self, msg=None):
        if not self.writable():
            raise UnsupportedOperation("File or stream is not writable." if msg is None else msg)

    def _checkSeekable(self, msg=None):
        if not self.seekable():
            raise UnsupportedOperation("File or stream is not seekable." if msg is None else msg)

    def __enter__(self):
        self._checkClosed()
        return self

    def __exit__(self, *args):
        self.close()

    def fileno(self):
        raise UnsupportedOperation("fileno")

    def isatty(self):
        self._checkClosed()
        return False

    def readline(self, size=-1, /):
        size = _index_or_none(size)
        res = bytearray()
        while size < 0 or len(res) < size:
            b = self.read(1)
            if not b:
                break
            res += b
            if res.endswith(b"\n"):
                break
        return bytes(res)

    def __iter__(self):
        self._checkClosed()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readlines(self, hint=None, /):
        hint = _index_or_none(hint)
        if hint <= 0:
            return list(self)
        n = 0
        lines = []
        for line in self:
            lines.append(line)
            n += len(line)
            if n >= hint:
                break
        return lines

    def writelines(self, lines, /):
        self._checkClosed()
        for line in lines:
            self.write(line)


class _RawIOBase(_IOBase):
    """Base class for raw binary I/O."""

    def read(self, size=-1, /):
        size = _index_or_none(size)
        if size < 0:
            return self.readall()
        b = bytearray(size)
        n = self.readinto(b)
        if n is None:
            return None
        del b[n:]
        return bytes(b)

    def readall(self):
        res = bytearray()
        while True:
            data = self.read(DEFAULT_BUFFER_SIZE)
            if not data:
                break
            res += data
        return bytes(res)

    def readinto(self, b, /):
        raise NotImplementedError

    def write(self, b, /):
        raise NotImplementedError


class _BufferedIOBase(_IOBase):
    """Base class for buffered binary I/O."""

    def read(self, size=-1, /):
        raise UnsupportedOperation("read")

    def read1(self, size=-1, /):
        return self.read(size)

    def write(self, b, /):
        raise UnsupportedOperation("write")

    def detach(self):
        raise UnsupportedOperation("detach")

    def readinto(self, b, /):
        data = self.read(len(b))
        n = len(data)
        b[:n] = data
        return n

    def readinto1(self, b, /):
        return self.readinto(b)


class _TextIOBase(_IOBase):
    """Base class for text I/O."""

    def read(self, size=-1, /):
        raise UnsupportedOperation("read")

    def write(self, s, /):
        raise UnsupportedOperation("write")

    def truncate(self, pos=None, /):
        raise UnsupportedOperation("truncate")

    def readline(self, size=-1, /):
        raise UnsupportedOperation("readline")

    def detach(self):
        raise UnsupportedOperation("detach")

    @property
    def encoding(self):
        return None

    @property
    def newlines(self):
        return None

    @property
    def errors(self):
        return None


for _c in (_IOBase, _RawIOBase, _BufferedIOBase, _TextIOBase):
    _c.__module__ = '_io'


# --- StringIO ---------------------------------------------------------------------------------

class StringIO(_TextIOBase):
    """Text I/O implementation using an in-memory buffer."""

    def __init__(self, initial_value='', newline='\n'):
        if newline is not None and not isinstance(newline, str):
            raise TypeError(f"newline must be str or None, not {type(newline).__name__}")
        if newline not in (None, '', '\n', '\r', '\r\n'):
            raise ValueError(f"illegal newline value: {newline!r}")
        if initial_value is not None and not isinstance(initial_value, str):
            raise TypeError(f"initial_value must be str or None, not {type(initial_value).__name__}")
        self._newline = newline
        self._buf = ''
        self._parts = []     # appended text not yet joined into _buf
        self._len = 0
        self._pos = 0
        self._seen = 0       # newline kinds seen (newline=None): 1 '\r', 2 '\n', 4 '\r\n'
        self._closed = False
        self._fast = newline == '\n'
        if initial_value:
            self.write(initial_value)
            self._pos = 0

    def _value(self):
        if self._parts:
            self._buf += ''.join(self._parts)
            self._parts = []
        return self._buf

    def _check(self):
        if self._closed:
            raise ValueError("I/O operation on closed file")

    @property
    def closed(self):
        return self._closed

    def close(self):
        self._closed = True
        self._fast = False
        self._buf = ''
        self._parts = []

    def __enter__(self):
        self._check()
        return self

    def __iter__(self):
        self._check()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def __getstate__(self):
        return (self.getvalue(), self._newline, self._pos, None)

    def readable(self):
        self._check()
        return True

    def writable(self):
        self._check()
        return True

    def seekable(self):
        self._check()
        return True

    def isatty(self):
        self._check()
        return False

    @property
    def line_buffering(self):
        self._check()
        return False

    @property
    def newlines(self):
        self._check()
        if self._newline not in (None, ''):
            return None
        kinds = [k for bit, k in ((1, '\r'), (2, '\n'), (4, '\r\n')) if self._seen & bit]
        if not kinds:
            return None
        return kinds[0] if len(kinds) == 1 else tuple(kinds)

    def getvalue(self):
        self._check()
        return self._value()

    def write(self, s, /):
        # Fast path: appending plain text with no newline translation to do.
        if self._fast and s.__class__ is str and self._pos == self._len:
            self._parts.append(s)
            n = len(s)
            self._len += n
            self._pos += n
            return n
        self._check()
        if not isinstance(s, str):
            raise TypeError(f"string argument expected, got '{type(s).__name__}'")
        n = len(s)
        nl = self._newline
        if nl is None or nl == '':
            if '\r' in s:
                crlf = s.count('\r\n')
                if crlf:
                    self._seen |= 4
                if s.count('\r') > crlf:
                    self._seen |= 1
                if s.count('\n') > crlf:
                    self._seen |= 2
                if nl is None:
                    s = s.replace('\r\n', '\n').replace('\r', '\n')
            elif '\n' in s:
                self._seen |= 2
        elif nl in ('\r', '\r\n') and '\n' in s:
            s = s.replace('\n', nl)
        if not s:
            return n
        pos = self._pos
        if pos == self._len:
            self._parts.append(s)
        else:
            buf = self._value()
            if pos > self._len:
                buf += '\0' * (pos - self._len)
            self._buf = buf[:pos] + s + buf[pos + len(s):]
        self._len = max(self._len, pos + len(s))
        self._pos = pos + len(s)
        return n

    def read(self, size=-1, /):
        self._check()
        size = _index_or_none(size)
        buf = self._value()
        pos = self._pos
        if pos >= self._len:
            return ''
        end = self._len if size < 0 else min(self._len, pos + size)
        self._pos = end
        return buf[pos:end]

    def readline(self, size=-1, /):
        self._check()
        size = _index_or_none(size)
        buf = self._value()
        pos = self._pos
        if pos >= self._len:
            return ''
        nl = self._newline
        if nl == '':
            i = pos
            end = self._len
            while i < end:
                c = buf[i]
                if c == '\n':
                    end = i + 1
                    break
                if c == '\r':
                    end = i + 2 if buf[i + 1:i + 2] == '\n' else i + 1
                    break
                i += 1
        else:
            sep = '\n' if nl is None else nl
            i = buf.find(sep, pos)
            end = self._len if i < 0 else i + len(sep)
        if size >= 0:
            end = min(end, pos + size)
        self._pos = end
        return buf[pos:end]

    def tell(self):
        self._check()
        return self._pos

    def seek(self, pos, whence=0, /):
        self._check()
        if not hasattr(type(pos), '__index__'):
            raise TypeError(f"'{type(pos).__name__}' object cannot be interpreted as an integer")
        pos = pos.__index__()
        if whence == 0:
            if pos < 0:
                raise ValueError(f"Negative seek position {pos}")
            self._pos = pos
        elif whence in (1, 2):
            if pos != 0:
                raise OSError("Can't do nonzero cur-relative seeks")
            if whence == 2:
                self._pos = self._len
        else:
            raise ValueError(f"Invalid whence ({whence}, should be 0, 1 or 2)")
        return self._pos

    def truncate(self, pos=None, /):
        self._check()
        if pos is None:
            pos = self._pos
        else:
            if not hasattr(type(pos), '__index__'):
                raise TypeError(f"'{type(pos).__name__}' object cannot be interpreted as an integer")
            pos = pos.__index__()
            if pos < 0:
                raise ValueError(f"Negative size value {pos}")
        if pos < self._len:
            self._buf = self._value()[:pos]
            self._len = pos
        return pos

    def detach(self):
        raise UnsupportedOperation("detach")


StringIO.__module__ = '_io'


# --- BytesIO ----------------------------------------------------------------------------------

def _bytes_data(b):
    if isinstance(b, (bytes, bytearray)):
        return b
    try:
        return memoryview(b).tobytes()
    except (NameError, TypeError):
        raise TypeError(f"a bytes-like object is required, not '{type(b).__name__}'") from None


class BytesIO(_BufferedIOBase):
    """Buffered I/O implementation using an in-memory bytes buffer."""

    def __init__(self, initial_bytes=None):
        self._buf = bytearray()
        if initial_bytes is not None:
            self._buf += _bytes_data(initial_bytes)
        self._pos = 0
        self._closed = False

    def _check(self):
        if self._closed:
            raise ValueError("I/O operation on closed file.")

    # Methods that only check for a closed buffer (through self._check, whose message differs).
    closed = StringIO.closed
    __enter__ = StringIO.__enter__
    __iter__ = StringIO.__iter__
    __next__ = StringIO.__next__
    readable = StringIO.readable
    writable = StringIO.writable
    seekable = StringIO.seekable
    isatty = StringIO.isatty

    def close(self):
        self._closed = True

    def __getstate__(self):
        return (self.getvalue(), self._pos, None)

    def flush(self):
        self._check()

    def getvalue(self):
        self._check()
        return bytes(self._buf)

    def getbuffer(self):
        self._check()
        return memoryview(self._buf)

    def write(self, b, /):
        self._check()
        data = _bytes_data(b)
        n = len(data)
        if n == 0:
            return 0
        pos = self._pos
        buf = self._buf
        if pos > len(buf):
            buf += b'\0' * (pos - len(buf))
        buf[pos:pos + n] = data
        self._pos = pos + n
        return n

    def read(self, size=-1, /):
        self._check()
        size = _index_or_none(size)
        buf = self._buf
        pos = self._pos
        if pos >= len(buf):
            return b''
        end = len(buf) if size < 0 else min(len(buf), pos + size)
        self._pos = end
        return bytes(buf[pos:end])

    def read1(self, size=-1, /):
        return self.read(size)

    def readline(self, size=-1, /):
        self._check()
        size = _index_or_none(size)
        buf = self._buf
        pos = self._pos
        if pos >= len(buf):
            return b''
        i = buf.find(b'\n', pos)
        end = len(buf) if i < 0 else i + 1
        if size >= 0:
            end = min(end, pos + size)
        self._pos = end
        return bytes(buf[pos:end])

    def readlines(self, hint=None, /):
        self._check()
        return _IOBase.readlines(self, hint)

    def readinto(self, b, /):
        self._check()
        data = self.read(len(b))
        n = len(data)
        b[:n] = data
        return n

    def tell(self):
        self._check()
        return self._pos

    def seek(self, pos, whence=0, /):
        self._check()
        if not hasattr(type(pos), '__index__'):
            raise TypeError(f"'{type(pos).__name__}' object cannot be interpreted as an integer")
        pos = pos.__index__()
        if whence == 0:
            if pos < 0:
                raise ValueError(f"negative seek value {pos}")
            self._pos = pos
        elif whence == 1:
            self._pos = max(0, self._pos + pos)
        elif whence == 2:
            self._pos = max(0, len(self._buf) + pos)
        else:
            raise ValueError(f"invalid whence ({whence}, should be 0, 1 or 2)")
        return self._pos

    def truncate(self, pos=None, /):
        self._check()
        if pos is None:
            pos = self._pos
        else:
            pos = pos.__index__()
            if pos < 0:
                raise ValueError(f"negative size value {pos}")
        del self._buf[pos:]
        return pos


BytesIO.__module__ = '_io'


class IncrementalNewlineDecoder:
    """Translates \\r\\n and \\r to \\n across chunk boundaries (universal newlines)."""

    def __init__(self, decoder, translate, errors='strict'):
        self.decoder = decoder
        self.translate = translate
        self.errors = errors
        self.pendingcr = False
        self.seennl = 0

    def decode(self, input, final=False):
        output = input if self.decoder is None else self.decoder.decode(input, final=final)
        if self.pendingcr and (output or final):
            output = "\r" + output
            self.pendingcr = False
        if output.endswith("\r") and not final:
            output = output[:-1]
            self.pendingcr = True
        crlf = output.count('\r\n')
        cr = output.count('\r') - crlf
        lf = output.count('\n') - crlf
        self.seennl |= (lf and 1) | (cr and 2) | (crlf and 4)
        if self.translate:
            if crlf:
                output = output.replace("\r\n", "\n")
            if cr:
                output = output.replace("\r", "\n")
        return output

    def getstate(self):
        return b"", int(self.pendingcr)

    def setstate(self, state):
        self.pendingcr = bool(state[1] & 1)

    def reset(self):
        self.seennl = 0
        self.pendingcr = False

    @property
    def newlines(self):
        return (None, "\n", "\r", ("\r", "\n"), "\r\n", ("\n", "\r\n"), ("\r", "\r\n"),
                ("\r", "\n", "\r\n"))[self.seennl]


def _utf8_tail(data):
    """Length of an incomplete UTF-8 sequence at the end of data (bytes)."""
    n = len(data)
    for back in range(1, min(3, n) + 1):
        c = data[n - back]
        if c & 0xC0 == 0x80:
            continue
        need = 4 if c >= 0xF0 else 3 if c >= 0xE0 else 2 if c >= 0xC0 else 1
        return back if need > back else 0
    return 0


class _PyTextIOWrapper(_TextIOBase):
    """TextIOWrapper over a binary stream that is not one of the native files (BytesIO, a
    user class): the native TextIOWrapper constructor hands such buffers to this class."""

    _CHUNK = 8192

    def __init__(self, buffer, encoding=None, errors=None, newline=None, line_buffering=False,
                 write_through=False):
        if newline is not None and not isinstance(newline, str):
            raise TypeError(f"TextIOWrapper() argument 'newline' must be str or None, "
                            f"not {type(newline).__name__}")
        if newline not in (None, '', '\n', '\r', '\r\n'):
            raise ValueError(f"illegal newline value: {newline}")
        if encoding is None or encoding == 'locale':
            encoding = 'UTF-8'
        elif not isinstance(encoding, str):
            raise TypeError(f"TextIOWrapper() argument 'encoding' must be str or None, "
                            f"not {type(encoding).__name__}")
        b''.decode(encoding)  # LookupError: unknown encoding
        if errors is None:
            errors = 'strict'
        elif not isinstance(errors, str):
            raise TypeError(f"TextIOWrapper() argument 'errors' must be str or None, "
                            f"not {type(errors).__name__}")
        self._buffer = buffer
        self._encoding = encoding
        self._errors = errors
        self._newline = newline
        self._line_buffering = bool(line_buffering)
        self._write_through = bool(write_through)
        self._utf8 = encoding.lower().replace('_', '-') in ('utf-8', 'utf8', 'u8')
        self._decoded = ''
        self._dpos = 0
        self._pending = b''
        self._cr = False
        self._eof = False
        self._wbuf = []        # encoded text not yet handed to the buffer
        self._wsize = 0

    def __repr__(self):
        out = '<_io.TextIOWrapper'
        try:
            name = self.name
        except AttributeError:
            pass
        else:
            out += f' name={name!r}'
        try:
            mode = self._buffer.mode
        except AttributeError:
            pass
        else:
            out += f' mode={mode!r}'
        return out + f' encoding={self._encoding!r}>'

    @property
    def buffer(self):
        return self._buffer

    @property
    def encoding(self):
        return self._encoding

    @property
    def errors(self):
        return self._errors

    @property
    def line_buffering(self):
        return self._line_buffering

    @property
    def write_through(self):
        return self._write_through

    @property
    def name(self):
        return self._buffer.name

    @property
    def closed(self):
        return self._buffer.closed

    def _check(self):
        if self._buffer is None:
            raise ValueError("underlying buffer has been detached")
        if self._buffer.closed:
            raise ValueError("I/O operation on closed file.")

    def readable(self):
        self._check()
        return self._buffer.readable()

    def writable(self):
        self._check()
        return self._buffer.writable()

    def seekable(self):
        self._check()
        return self._buffer.seekable()

    def isatty(self):
        self._check()
        return self._buffer.isatty()

    def fileno(self):
        return self._buffer.fileno()

    def flush(self):
        self._check()
        self._write_pending()
        self._buffer.flush()

    def close(self):
        if self._buffer is not None and not self._buffer.closed:
            try:
                self.flush()
            finally:
                self._buffer.close()

    def detach(self):
        if self._buffer is None:
            raise ValueError("underlying buffer has been detached")
        self.flush()
        buffer = self._buffer
        self._buffer = None
        return buffer

    def write(self, s, /):
        self._check()
        if not isinstance(s, str):
            raise TypeError(f"write() argument must be str, not {type(s).__name__}")
        n = len(s)
        if self._newline in ('\r', '\r\n') and '\n' in s:
            s = s.replace('\n', self._newline)
        if self._decoded or self._pending:
            self._reset_read()
        data = s.encode(self._encoding, self._errors)
        self._wbuf.append(data)
        self._wsize += len(data)
        if self._wsize >= self._CHUNK or self._write_through:
            self._write_pending()
        if self._line_buffering and ('\n' in s or '\r' in s):
            self.flush()
        return n

    def _write_pending(self):
        if self._wbuf:
            data = b''.join(self._wbuf)
            self._wbuf = []
            self._wsize = 0
            self._buffer.write(data)

    def _reset_read(self):
        self._decoded = ''
        self._dpos = 0
        self._pending = b''
        self._cr = False
        self._eof = False

    def _fill(self):
        """Decodes one more chunk into _decoded; False at end of file."""
        if self._eof:
            return False
        if self._wbuf:
            self._write_pending()
        buf = self._buffer
        chunk = buf.read1(self._CHUNK) if hasattr(buf, 'read1') else buf.read(self._CHUNK)
        if not chunk:
            self._eof = True
            text = self._pending.decode(self._encoding, self._errors) if self._pending else ''
            self._pending = b''
            if self._cr:
                text = '\r' + text
                self._cr = False
            if not text:
                return False
            self._append(text)
            return True
        data = self._pending + bytes(chunk)
        tail = _utf8_tail(data) if self._utf8 else 0
        self._pending = data[len(data) - tail:] if tail else b''
        text = data[:len(data) - tail].decode(self._encoding, self._errors)
        if self._cr:
            text = '\r' + text
            self._cr = False
        if self._newline is None and text.endswith('\r'):
            text = text[:-1]      # wait for the next chunk: it may start with '\n'
            self._cr = True
        self._append(text)
        return True

    def _append(self, text):
        if self._newline is None:
            text = text.replace('\r\n', '\n').replace('\r', '\n')
        if self._dpos:
            self._decoded = self._decoded[self._dpos:]
            self._dpos = 0
        self._decoded += text

    def read(self, size=-1, /):
        self._check()
        size = _index_or_none(size)
        if size < 0:
            while self._fill():
                pass
            out = self._decoded[self._dpos:]
            self._decoded = ''
            self._dpos = 0
            return out
        while len(self._decoded) - self._dpos < size and self._fill():
            pass
        out = self._decoded[self._dpos:self._dpos + size]
        self._dpos += len(out)
        return out

    def _line_end(self, start):
        d = self._decoded
        nl = self._newline
        if nl is None or nl == '\n':
            i = d.find('\n', start)
            return -1 if i < 0 else i + 1
        if nl == '':
            for i in range(start, len(d)):
                c = d[i]
                if c == '\n':
                    return i + 1
                if c == '\r':
                    if i + 1 < len(d):
                        return i + 2 if d[i + 1] == '\n' else i + 1
                    return i + 1 if self._eof else -1
            return -1
        i = d.find(nl, start)
        return -1 if i < 0 else i + len(nl)

    def readline(self, size=-1, /):
        self._check()
        size = _index_or_none(size)
        while True:
            end = self._line_end(self._dpos)
            if end >= 0 or not self._fill():
                break
        if end < 0:
            end = len(self._decoded)
        if size >= 0:
            end = min(end, self._dpos + size)
        out = self._decoded[self._dpos:end]
        self._dpos = end
        return out

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def tell(self):
        self._check()
        self._write_pending()
        if self._decoded[self._dpos:] or self._pending:
            raise OSError("telling position disabled by next() call")
        return self._buffer.tell()

    def seek(self, cookie, whence=0, /):
        self._check()
        if whence == 1 and cookie != 0:
            raise UnsupportedOperation("can't do nonzero cur-relative seeks")
        if whence == 2 and cookie != 0:
            raise UnsupportedOperation("can't do nonzero end-relative seeks")
        self.flush()
        self._reset_read()
        if whence == 1:
            return self._buffer.tell()
        return self._buffer.seek(cookie, whence)

    def truncate(self, pos=None, /):
        self.flush()
        return self._buffer.truncate(pos)

    def reconfigure(self, *, encoding=None, errors=None, newline=Ellipsis, line_buffering=None,
                    write_through=None):
        if encoding is not None:
            b''.decode(encoding)
            self._encoding = encoding
            self._utf8 = encoding.lower().replace('_', '-') in ('utf-8', 'utf8', 'u8')
            if errors is None:
                errors = 'strict'
        if errors is not None:
            self._errors = errors
        if newline is not Ellipsis:
            if newline not in (None, '', '\n', '\r', '\r\n'):
                raise ValueError(f"illegal newline value: {newline}")
            self._newline = newline
        if line_buffering is not None:
            self._line_buffering = bool(line_buffering)
        if write_through is not None:
            self._write_through = bool(write_through)


_PyTextIOWrapper.__module__ = '_io'
_PyTextIOWrapper.__qualname__ = _PyTextIOWrapper.__name__ = 'TextIOWrapper'


# --- the public ABCs: isinstance works for the native file types too --------------------------

class _IOMeta(type):
    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, ns, **kw)
        cls._registry = []
        return cls

    def register(cls, subclass):
        cls._registry.append(subclass)
        return subclass

    def __instancecheck__(cls, inst):
        return cls.__subclasscheck__(type(inst))

    def __subclasscheck__(cls, sub):
        mro = getattr(sub, '__mro__', None)
        if mro is None:
            raise TypeError("issubclass() arg 1 must be a class")
        if cls in mro:
            return True
        return _registered(cls, mro)


def _registered(cls, mro):
    for reg in cls._registry:
        if reg in mro:
            return True
    for c in cls.__subclasses__():
        if isinstance(c, _IOMeta) and _registered(c, mro):
            return True
    return False


class IOBase(_IOBase, metaclass=_IOMeta):
    __doc__ = _IOBase.__doc__


class RawIOBase(_RawIOBase, IOBase):
    __doc__ = _RawIOBase.__doc__


class BufferedIOBase(_BufferedIOBase, IOBase):
    __doc__ = _BufferedIOBase.__doc__


class TextIOBase(_TextIOBase, IOBase):
    __doc__ = _TextIOBase.__doc__


RawIOBase.register(FileIO)
for _klass in (BytesIO, BufferedReader, BufferedWriter, BufferedRandom):
    BufferedIOBase.register(_klass)
for _klass in (StringIO, TextIOWrapper, _PyTextIOWrapper):
    TextIOBase.register(_klass)
del _klass, _c
