"""Extract, format and print information about Python stack traces (Weft's own).

Traceback entries carry the instruction's columns (code.co_positions()); the source lines and
their ~~^^ markers are formatted by the native _tbformat module, shared with the interpreter's
own uncaught-exception printer.
"""

import sys
import linecache
import _tbformat

__all__ = ["extract_stack", "extract_tb", "format_exception", "format_exception_only",
           "format_list", "format_stack", "format_tb", "print_exc", "format_exc",
           "print_exception", "print_last", "print_stack", "print_tb", "clear_frames",
           "FrameSummary", "StackSummary", "TracebackException", "walk_stack", "walk_tb",
           "print_list"]


def print_list(extracted_list, file=None):
    if file is None:
        file = sys.stderr
    for item in StackSummary.from_list(extracted_list).format():
        print(item, file=file, end="")


def format_list(extracted_list):
    return StackSummary.from_list(extracted_list).format()


def print_tb(tb, limit=None, file=None):
    print_list(extract_tb(tb, limit=limit), file=file)


def format_tb(tb, limit=None):
    return extract_tb(tb, limit=limit).format()


def extract_tb(tb, limit=None):
    return StackSummary._extract_from_tb(tb, limit)


_cause_message = ("\nThe above exception was the direct cause of the following exception:\n\n")
_context_message = ("\nDuring handling of the above exception, another exception occurred:\n\n")

_sentinel = object()


def _parse_value_tb(exc, value, tb):
    if (value is _sentinel) != (tb is _sentinel):
        raise ValueError("Both or neither of value and tb must be given")
    if value is tb is _sentinel:
        if exc is not None:
            if isinstance(exc, BaseException):
                return exc, exc.__traceback__
            raise TypeError(f"Exception expected for value, {type(exc).__name__} found")
        return None, None
    return value, tb


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, file=None,
                    chain=True):
    """Print exception up to 'limit' stack trace entries from 'tb' to 'file'."""
    value, tb = _parse_value_tb(exc, value, tb)
    if file is None:
        file = sys.stderr
    te = TracebackException(type(value), value, tb, limit=limit, compact=True)
    for line in te.format(chain=chain):
        print(line, file=file, end="")


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, chain=True):
    """Format a stack trace and the exception information as a list of strings."""
    value, tb = _parse_value_tb(exc, value, tb)
    te = TracebackException(type(value), value, tb, limit=limit, compact=True)
    return list(te.format(chain=chain))


def format_exception_only(exc, /, value=_sentinel, *, show_group=False):
    """Format the exception part of a traceback."""
    if value is _sentinel:
        value = exc
    te = TracebackException(type(value), value, None, compact=True)
    return list(te.format_exception_only(show_group=show_group))


def _format_final_exc_line(etype, value):
    valuestr = _safe_string(value, "exception")
    if value is None or not valuestr:
        return "%s\n" % etype
    return "%s: %s\n" % (etype, valuestr)


def _safe_string(value, what, func=str):
    try:
        return func(value)
    except BaseException:
        return f"<{what} {func.__name__}() failed>"


def print_exc(limit=None, file=None, chain=True):
    """Shorthand for 'print_exception(sys.exception(), limit, file, chain)'."""
    print_exception(sys.exc_info()[1], limit=limit, file=file, chain=chain)


def format_exc(limit=None, chain=True):
    """Like print_exc() but return a string."""
    return "".join(format_exception(sys.exc_info()[1], limit=limit, chain=chain))


def print_last(limit=None, file=None, chain=True):
    if not hasattr(sys, "last_exc") and not hasattr(sys, "last_type"):
        raise ValueError("no last exception")
    if hasattr(sys, "last_exc"):
        print_exception(sys.last_exc, limit=limit, file=file, chain=chain)
    else:
        print_exception(sys.last_type, sys.last_value, sys.last_traceback, limit=limit,
                        file=file, chain=chain)


def print_stack(f=None, limit=None, file=None):
    """Print a stack trace from its invocation point."""
    if f is None:
        f = sys._getframe().f_back
    print_list(extract_stack(f, limit=limit), file=file)


def format_stack(f=None, limit=None):
    """Shorthand for 'format_list(extract_stack(f, limit))'."""
    if f is None:
        f = sys._getframe().f_back
    return format_list(extract_stack(f, limit=limit))


def extract_stack(f=None, limit=None):
    """Extract the raw traceback from the current stack frame (oldest first)."""
    if f is None:
        f = sys._getframe().f_back
    stack = StackSummary.extract(walk_stack(f), limit=limit)
    stack.reverse()
    return stack


def clear_frames(tb):
    pass


class FrameSummary:
    """Information about a single frame from a traceback."""

    __slots__ = ("filename", "lineno", "end_lineno", "colno", "end_colno", "name", "_lines",
                 "locals")

    def __init__(self, filename, lineno, name, *, lookup_line=True, locals=None, line=None,
                 end_lineno=None, colno=None, end_colno=None, **kwargs):
        self.filename = filename
        self.lineno = lineno
        self.end_lineno = lineno if end_lineno is None else end_lineno
        self.colno = colno
        self.end_colno = end_colno
        self.name = name
        self._lines = line
        if lookup_line:
            self.line
        self.locals = {k: _safe_string(v, "local", func=repr)
                       for k, v in locals.items()} if locals else None

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self.filename == other.filename and self.lineno == other.lineno and
                    self.name == other.name and self.locals == other.locals)
        if isinstance(other, tuple):
            return (self.filename, self.lineno, self.name, self.line) == other
        return NotImplemented

    def __getitem__(self, pos):
        return (self.filename, self.lineno, self.name, self.line)[pos]

    def __iter__(self):
        return iter([self.filename, self.lineno, self.name, self.line])

    def __repr__(self):
        return "<FrameSummary file {filename}, line {lineno} in {name}>".format(
            filename=self.filename, lineno=self.lineno, name=self.name)

    def __len__(self):
        return 4

    def _set_lines(self):
        if not self._lines and self.lineno is not None and self.end_lineno is not None:
            lines = []
            for lineno in range(self.lineno, self.end_lineno + 1):
                lines.append(linecache.getline(self.filename, lineno).rstrip())
            self._lines = "\n".join(lines) + "\n"

    @property
    def _original_lines(self):
        self._set_lines()
        return self._lines

    @property
    def _original_line(self):
        self._set_lines()
        return self._lines

    @property
    def line(self):
        self._set_lines()
        if self._lines is None:
            return None
        return self._lines.partition("\n")[0].strip()


def walk_stack(f):
    """Walk a stack yielding the frame and line number for each frame."""
    if f is None:
        f = sys._getframe().f_back.f_back
    while f is not None:
        yield f, f.f_lineno
        f = f.f_back


def walk_tb(tb):
    """Walk a traceback yielding the frame and line number for each frame."""
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno
        tb = tb.tb_next


_RECURSIVE_CUTOFF = 3


def _walk_tb_with_full_positions(tb):
    # (frame, (lineno, end_lineno, colno, end_colno)) for each entry, from co_positions().
    while tb is not None:
        positions = _get_code_position(tb.tb_frame.f_code, tb.tb_lasti)
        if positions[0] is None:
            yield tb.tb_frame, (tb.tb_lineno,) + positions[1:]
        else:
            yield tb.tb_frame, positions
        tb = tb.tb_next


def _get_code_position(code, instruction_index):
    if instruction_index < 0:
        return (None, None, None, None)
    for i, pos in enumerate(code.co_positions()):
        if i == instruction_index // 2:
            return pos
    return (None, None, None, None)


class StackSummary(list):
    """A list of FrameSummary objects, representing a stack of frames."""

    @classmethod
    def extract(klass, frame_gen, *, limit=None, lookup_lines=True, capture_locals=False):
        return klass._extract(frame_gen, limit, lookup_lines, capture_locals)

    @classmethod
    def _extract_from_tb(klass, tb, limit=None):
        return klass._extract(_walk_tb_with_full_positions(tb), limit, True, False)

    @classmethod
    def _extract(klass, frame_gen, limit, lookup_lines, capture_locals):
        # frame_gen yields (frame, lineno) or (frame, (lineno, end_lineno, colno, end_colno)).
        if limit is None:
            limit = getattr(sys, "tracebacklimit", None)
            if limit is not None and limit < 0:
                limit = 0
        frames = list(frame_gen)
        if limit is not None:
            if limit >= 0:
                frames = frames[:limit]
            else:
                frames = frames[limit:]
        result = klass()
        for f, pos in frames:
            if isinstance(pos, tuple):
                lineno, end_lineno, colno, end_colno = pos
            else:
                lineno, end_lineno, colno, end_colno = pos, None, None, None
            co = f.f_code
            f_locals = f.f_locals if capture_locals else None
            result.append(FrameSummary(co.co_filename, lineno, co.co_name,
                                       lookup_line=lookup_lines, locals=f_locals,
                                       end_lineno=end_lineno, colno=colno,
                                       end_colno=end_colno))
        return result

    @classmethod
    def from_list(klass, a_list):
        result = StackSummary()
        for frame in a_list:
            if isinstance(frame, FrameSummary):
                result.append(frame)
            else:
                filename, lineno, name, line = frame
                result.append(FrameSummary(filename, lineno, name, line=line))
        return result

    def format_frame_summary(self, frame_summary, **kwargs):
        row = ['  File "{}", line {}, in {}\n'.format(
            frame_summary.filename, frame_summary.lineno, frame_summary.name)]
        text = frame_summary._original_lines
        if text:
            lines = text.splitlines()
            colno, end_colno = frame_summary.colno, frame_summary.end_colno
            if (colno is None or end_colno is None or frame_summary.lineno is None
                    or frame_summary.end_lineno is None):
                lines, colno, end_colno = lines[:1], None, None
            else:
                lines = lines[:frame_summary.end_lineno - frame_summary.lineno + 1]
            if lines:
                # The ~~^^ markers are drawn natively, as for uncaught exceptions.
                row.append(_tbformat.source_lines(lines, colno, end_colno))
        if frame_summary.locals:
            for name, value in sorted(frame_summary.locals.items()):
                row.append("    {name} = {value}\n".format(name=name, value=value))
        return "".join(row)

    def format(self):
        result = []
        last_file = last_line = last_name = None
        count = 0
        for frame_summary in self:
            formatted = self.format_frame_summary(frame_summary)
            if formatted is None:
                continue
            if (last_file is None or last_file != frame_summary.filename or
                    last_line is None or last_line != frame_summary.lineno or
                    last_name is None or last_name != frame_summary.name):
                if count > _RECURSIVE_CUTOFF:
                    count -= _RECURSIVE_CUTOFF
                    result.append(f"  [Previous line repeated {count} more "
                                  f"time{'s' if count > 1 else ''}]\n")
                last_file = frame_summary.filename
                last_line = frame_summary.lineno
                last_name = frame_summary.name
                count = 0
            count += 1
            if count > _RECURSIVE_CUTOFF:
                continue
            result.append(formatted)
        if count > _RECURSIVE_CUTOFF:
            count -= _RECURSIVE_CUTOFF
            result.append(f"  [Previous line repeated {count} more "
                          f"time{'s' if count > 1 else ''}]\n")
        return result


class TracebackException:
    """An exception ready for rendering."""

    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None, lookup_lines=True,
                 capture_locals=False, compact=False, max_group_width=15,
                 max_group_depth=10, _seen=None):
        is_recursive_call = _seen is not None
        if _seen is None:
            _seen = set()
        _seen.add(id(exc_value))
        self.max_group_width = max_group_width
        self.max_group_depth = max_group_depth
        self.stack = StackSummary._extract(_walk_tb_with_full_positions(exc_traceback), limit,
                                           lookup_lines,
                                           capture_locals)
        self.exc_type = exc_type
        self._str = _safe_string(exc_value, "exception")
        try:
            self.__notes__ = getattr(exc_value, "__notes__", None)
        except Exception as e:
            self.__notes__ = [f"Ignored error getting __notes__: {_safe_string(e, 'error', repr)}"]
        self._is_syntax_error = False
        if exc_type and issubclass(exc_type, SyntaxError):
            self.filename = exc_value.filename
            lno = exc_value.lineno
            self.lineno = str(lno) if lno is not None else None
            end_lno = exc_value.end_lineno
            self.end_lineno = str(end_lno) if end_lno is not None else None
            self.end_offset = exc_value.end_offset
            self.text = exc_value.text
            self.offset = exc_value.offset
            self.msg = exc_value.msg
            self._is_syntax_error = True
        self.__cause__ = None
        self.__context__ = None
        self.__suppress_context__ = False
        self.exceptions = None
        if exc_value is not None and exc_value.__cause__ is not None \
                and id(exc_value.__cause__) not in _seen:
            cause = exc_value.__cause__
            self.__cause__ = TracebackException(type(cause), cause, cause.__traceback__,
                                                limit=limit, lookup_lines=lookup_lines,
                                                capture_locals=capture_locals, _seen=_seen)
        if exc_value is not None:
            self.__suppress_context__ = exc_value.__suppress_context__
        if exc_value is not None and exc_value.__context__ is not None \
                and id(exc_value.__context__) not in _seen and not (
                    compact and self.__suppress_context__):
            context = exc_value.__context__
            self.__context__ = TracebackException(type(context), context,
                                                  context.__traceback__, limit=limit,
                                                  lookup_lines=lookup_lines,
                                                  capture_locals=capture_locals,
                                                  _seen=_seen)
        try:
            group = BaseExceptionGroup
        except NameError:
            group = None
        if group is not None and exc_value is not None and isinstance(exc_value, group):
            self.exceptions = [TracebackException(type(e), e, e.__traceback__, limit=limit,
                                                  lookup_lines=lookup_lines,
                                                  capture_locals=capture_locals,
                                                  _seen=_seen)
                               for e in exc_value.exceptions]

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    @property
    def exc_type_str(self):
        return self._type_str()

    def _type_str(self):
        if self.exc_type is None:
            return None
        stype = self.exc_type.__qualname__
        smod = self.exc_type.__module__
        if smod not in ("__main__", "builtins"):
            if not isinstance(smod, str):
                smod = "<unknown>"
            stype = smod + "." + stype
        return stype

    def __eq__(self, other):
        if isinstance(other, TracebackException):
            return self.__dict__ == other.__dict__
        return NotImplemented

    def __str__(self):
        return self._str

    def format_exception_only(self, *, show_group=False, _depth=0):
        indent = 3 * _depth * " "
        if not self._is_syntax_error:
            if _depth > 0:
                yield _format_final_exc_line(self._type_str(), self._str).join(
                    [indent, ""]) if False else indent + _format_final_exc_line(
                    self._type_str(), self._str)
            else:
                yield _format_final_exc_line(self._type_str(), self._str)
        else:
            yield from [indent + l for l in self._format_syntax_error(self._type_str())]
        if isinstance(self.__notes__, (list, tuple)):
            for note in self.__notes__:
                note = _safe_string(note, "note")
                yield from [indent + l + "\n" for l in note.split("\n")]
        elif self.__notes__ is not None:
            yield indent + "{}\n".format(_safe_string(self.__notes__, "__notes__", func=repr))

    def _format_syntax_error(self, stype):
        filename_suffix = ""
        if self.lineno is not None:
            yield '  File "{}", line {}\n'.format(self.filename or "<string>", self.lineno)
        elif self.filename is not None:
            filename_suffix = " ({})".format(self.filename)
        text = self.text
        if text is not None:
            rtext = text.rstrip("\n")
            ltext = rtext.lstrip(" \n\f")
            spaces = len(rtext) - len(ltext)
            yield "    {}\n".format(ltext)
            if isinstance(self.offset, int):
                offset = self.offset
                if self.lineno == self.end_lineno:
                    end_offset = (self.end_offset if isinstance(self.end_offset, int)
                                  and self.end_offset != 0 else offset)
                else:
                    end_offset = len(rtext) + 1
                if text and offset > len(text):
                    offset = len(rtext) + 1
                if text and end_offset > len(text):
                    end_offset = len(rtext) + 1
                if offset >= end_offset or end_offset < 0:
                    end_offset = offset + 1
                colno = offset - 1 - spaces
                end_colno = end_offset - 1 - spaces
                if colno >= 0:
                    caretspace = "".join(c if c.isspace() else " " for c in ltext[:colno])
                    yield "    {}{}\n".format(caretspace, "^" * (end_colno - colno))
        msg = self.msg or "<no detail available>"
        yield "{}: {}{}\n".format(stype, msg, filename_suffix)

    def format(self, *, chain=True, _ctx=None):
        output = []
        exc = self
        if chain:
            while exc:
                if exc.__cause__ is not None:
                    chained_msg = _cause_message
                    chained_exc = exc.__cause__
                elif exc.__context__ is not None and not exc.__suppress_context__:
                    chained_msg = _context_message
                    chained_exc = exc.__context__
                else:
                    chained_msg = None
                    chained_exc = None
                output.append((chained_msg, exc))
                exc = chained_exc
        else:
            output.append((None, exc))
        for msg, exc in reversed(output):
            if msg is not None:
                yield msg
            if exc.exceptions is None:
                if exc.stack:
                    yield "Traceback (most recent call last):\n"
                    yield from exc.stack.format()
                yield from exc.format_exception_only()
            else:
                yield from exc._format_group()

    def _format_group(self, depth=0):
        # A simplified rendering of exception groups (CPython draws boxes around members).
        ind = "  " * depth
        if self.stack:
            yield ind + "  + Exception Group Traceback (most recent call last):\n"
            for line in self.stack.format():
                yield ind + "  | " + line[2:] if line.startswith("  ") else ind + line
        yield ind + "  | " + _format_final_exc_line(self._type_str(), self._str)
        for i, e in enumerate(self.exceptions, 1):
            yield ind + ("  +-+---------------- %d ----------------\n" % i)
            for line in e.format():
                yield ind + "    | " + line

    def print(self, *, file=None, chain=True):
        if file is None:
            file = sys.stderr
        for line in self.format(chain=chain):
            print(line, file=file, end="")
