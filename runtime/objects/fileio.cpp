// File objects (objects/fileio.h): buffered fds with text (UTF-8) and binary modes.
#include "objects/fileio.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <mutex>

#include "concurrency/blocking.h"
#include "objects/abstract.h"
#include "objects/args.h"
#include "objects/bytes.h"
#include "objects/exceptions.h"
#include "objects/init.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "vm/import.h"
#include "vm/startup.h"
#include "vm/state.h"

namespace weft {

TypeObject TextIOWrapperType, BufferedReaderType, BufferedWriterType, BufferedRandomType, FileIOType;
TypeObject UnsupportedOperationType;

namespace {

constexpr size_t kBufferSize = 8192;
constexpr size_t kChunk = 65536;

FileObject* F(Value v) { return as<FileObject>(v); }

// "TextIOWrapper.write()" for argument-count messages, as CPython names file methods.
std::string method_name(Value self, const char* method) {
  const char* t = self.type()->name;
  const char* dot = strrchr(t, '.');
  return std::string(dot ? dot + 1 : t) + "." + method + "()";
}

ErrorMarker raise_closed() { return raise(exc::ValueError, "I/O operation on closed file."); }
ErrorMarker raise_unsupported(const char* what) { return raise(&UnsupportedOperationType, what); }

// Length of an incomplete UTF-8 sequence at the end of `s` (0 if it ends on a boundary).
size_t incomplete_tail(std::string_view s) {
  size_t n = s.size();
  for (size_t back = 1; back <= 3 && back <= n; ++back) {
    unsigned char c = static_cast<unsigned char>(s[n - back]);
    if ((c & 0xC0) == 0x80) continue;  // continuation byte: keep looking for the lead byte
    size_t need = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
    return need > back ? back : 0;
  }
  return 0;
}

ErrorMarker raise_decode_error(std::string_view data) {
  // Find the first bad byte for CPython's message.
  size_t i = 0;
  while (i < data.size()) {
    unsigned char c = static_cast<unsigned char>(data[i]);
    size_t need = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
    if (need == 0 || i + need > data.size() || !utf8_valid(data.substr(i, need))) break;
    i += need;
  }
  unsigned char bad = i < data.size() ? static_cast<unsigned char>(data[i]) : 0;
  char buf[160];
  snprintf(buf, sizeof buf, "'utf-8' codec can't decode byte 0x%02x in position %zu: %s", bad, i,
           (bad & 0xC0) == 0x80 || bad >= 0xF8 ? "invalid start byte" : "invalid continuation byte");
  return raise(exc::UnicodeDecodeError, buf);
}

// --- low level, called with the file's critical section held ---------------------------------

Status flush_locked(FileObject* f) {
  // write() runs with the global lock released, and in the gil build the critical section is a
  // no-op: another thread may append to f->wbuf meanwhile. Write from a buffer only we own;
  // whatever is not written goes back in front of what others appended (rt).
  std::string data;
  data.swap(f->wbuf);
  size_t off = 0;
  while (off < data.size()) {
    ssize_t n;
    int err = 0;
    {
      BlockingRegion br;
      n = ::write(f->fd, data.data() + off, data.size() - off);
      if (n < 0) err = errno;
    }
    if (n < 0) {
      if (err == EINTR) {
        if (!check_signals()) { f->wbuf.insert(0, data, off); return kError; }
        continue;
      }
      if (err == EPIPE) f->wbuf.clear();  // nobody will ever read it
      else f->wbuf.insert(0, data, off);
      return raise_os_error(err);
    }
    off += size_t(n);
  }
  return ok();
}

// Bytes read ahead but not yet consumed (approximate in text mode with translated newlines).
size_t unread_bytes(FileObject* f) {
  return (f->rbuf.size() - f->rpos) + f->raw_pending.size() + (f->pending_cr ? 1 : 0);
}

// Drops the read-ahead and moves the fd back to the logical position (before a write or seek).
void drop_readahead(FileObject* f) {
  size_t n = unread_bytes(f);
  if (n) lseek(f->fd, -off_t(n), SEEK_CUR);
  f->rbuf.clear();
  f->rpos = 0;
  f->raw_pending.clear();
  f->pending_cr = false;
  f->eof = false;
}

// Reads one chunk into rbuf. Returns false at EOF (nothing more added).
Result<bool> fill_locked(FileObject* f) {
  if (f->rpos > 0 && f->rpos == f->rbuf.size()) {
    f->rbuf.clear();
    f->rpos = 0;
  }
  std::string chunk(kChunk, '\0');
  ssize_t n;
  for (;;) {
    int err = 0;
    {
      BlockingRegion br;
      n = ::read(f->fd, chunk.data(), chunk.size());
      if (n < 0) err = errno;
    }
    if (n >= 0) break;
    if (err != EINTR) return raise_os_error(err);
    TRY(check_signals());  // Ctrl-C while waiting for input
  }
  chunk.resize(size_t(n));
  if (f->binary) {
    if (n == 0) { f->eof = true; return false; }
    f->rbuf += chunk;
    return true;
  }
  bool fast = f->codec == 0 && f->errors == "strict";
  if (n == 0) {
    f->eof = true;
    bool added = false;
    if (f->pending_cr) { f->rbuf += '\n'; f->pending_cr = false; added = true; }
    if (!f->raw_pending.empty()) {
      std::string bad = std::move(f->raw_pending);
      f->raw_pending.clear();
      if (fast) return raise_decode_error(bad);
      Ref text = TRY(str_decode(bad, f->encoding, f->errors));  // the handler decides
      f->rbuf += str_view(text);
      added = added || as<Str>(text)->byte_length > 0;
    }
    return added;
  }
  std::string raw = std::move(f->raw_pending);
  f->raw_pending.clear();
  raw += chunk;
  if (f->codec == 0) {
    size_t tail = incomplete_tail(raw);
    if (tail) { f->raw_pending.assign(raw, raw.size() - tail, tail); raw.resize(raw.size() - tail); }
  }
  if (fast) {
    if (!utf8_valid(raw)) return raise_decode_error(raw);
  } else {
    Ref text = TRY(str_decode(raw, f->encoding, f->errors));
    raw.assign(str_view(text));
  }
  std::string& out = f->rbuf;
  if (!f->universal) {
    out += raw;
    return true;
  }
  // Universal newlines: \r\n and \r become \n.
  size_t i = 0;
  if (f->pending_cr) {
    f->pending_cr = false;
    out += '\n';
    if (!raw.empty() && raw[0] == '\n') i = 1;
  }
  for (; i < raw.size(); ++i) {
    char c = raw[i];
    if (c != '\r') { out += c; continue; }
    if (i + 1 == raw.size()) { f->pending_cr = true; break; }
    out += '\n';
    if (raw[i + 1] == '\n') ++i;
  }
  return true;
}

Status check_readable(FileObject* f) {
  if (f->closed) return raise_closed();
  if (!f->readable) return raise_unsupported("not readable");
  if (!f->wbuf.empty()) TRY(flush_locked(f));
  return ok();
}

Status check_writable(FileObject* f) {
  if (f->closed) return raise_closed();
  if (!f->writable) return raise_unsupported("not writable");
  if (f->rpos < f->rbuf.size() || !f->raw_pending.empty() || f->pending_cr) drop_readahead(f);
  return ok();
}

// Whether text must go through str_encode: a non-UTF-8 codec, a non-strict handler, or lone
// surrogates (which strict UTF-8 refuses).
bool needs_encoding(FileObject* f, std::string_view data) {
  if (f->binary) return false;
  bool ascii = true;
  for (size_t i = 0; i < data.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(data[i]);
    if (c < 0x80) continue;
    ascii = false;
    if (c == 0xED && i + 1 < data.size() && (static_cast<unsigned char>(data[i + 1]) & 0xE0) == 0xA0)
      return true;
  }
  return !ascii && f->codec != 0;  // UTF-8 encodes everything but surrogates as is
}

Status write_locked(FileObject* f, std::string_view data) {
  TRY(check_writable(f));
  Ref encoded;
  if (needs_encoding(f, data)) {
    Ref s = make_str(data);
    encoded = TRY(str_encode(s.as<Str>(), f->encoding, f->errors));
    data = as<Bytes>(encoded)->view();
  }
  if (f->write_newline.empty()) {
    f->wbuf.append(data);
  } else {
    for (char c : data) {
      if (c == '\n') f->wbuf.append(f->write_newline);
      else f->wbuf += c;
    }
  }
  if (f->write_through || f->wbuf.size() >= kBufferSize ||
      (f->line_buffered && data.find('\n') != std::string_view::npos))
    TRY(flush_locked(f));
  return ok();
}

Ref make_result(FileObject* f, std::string_view data) {
  return f->binary ? make_bytes(data) : make_str(data);
}

// Byte offset `units` characters (text) or bytes (binary) after rbuf[rpos], capped at the end;
// *count gets how many were available.
size_t advance(FileObject* f, size_t units, size_t* count) {
  if (f->binary) {
    size_t end = std::min(f->rbuf.size(), f->rpos + units);
    *count = end - f->rpos;
    return end;
  }
  size_t pos = f->rpos, n = 0;
  const std::string& s = f->rbuf;
  while (pos < s.size() && n < units) {
    ++pos;
    while (pos < s.size() && (static_cast<unsigned char>(s[pos]) & 0xC0) == 0x80) ++pos;
    ++n;
  }
  *count = n;
  return pos;
}

Ref take(FileObject* f, size_t end) {
  Ref r = make_result(f, std::string_view(f->rbuf).substr(f->rpos, end - f->rpos));
  f->rpos = end;
  return r;
}

// Reads a line (through '\n'), at most `limit` characters/bytes when limit >= 0.
// One past the end of the first line in rbuf at or after `from`, or npos when rbuf holds no
// complete line yet. Text files opened with newline='' end lines at '\r', '\n' or '\r\n';
// newline='\r' / '\r\n' at exactly that; otherwise (translated or binary) at '\n'.
size_t find_line_end(FileObject* f, size_t from) {
  const std::string& b = f->rbuf;
  if (f->binary || f->universal || f->read_newline == "\n") {
    size_t nl = b.find('\n', from);
    return nl == std::string::npos ? nl : nl + 1;
  }
  if (f->read_newline.empty()) {
    size_t nl = b.find_first_of("\r\n", from);
    if (nl == std::string::npos) return nl;
    if (b[nl] == '\n') return nl + 1;
    if (nl + 1 < b.size()) return b[nl + 1] == '\n' ? nl + 2 : nl + 1;
    return f->eof ? nl + 1 : std::string::npos;  // a '\r' at the end: see what follows
  }
  size_t nl = b.find(f->read_newline, from);
  return nl == std::string::npos ? nl : nl + f->read_newline.size();
}

Result<Ref> readline_locked(FileObject* f, int64_t limit) {
  TRY(check_readable(f));
  size_t scanned = 0;  // bytes after rpos already known to hold no newline
  for (;;) {
    size_t count = 0;
    size_t lim_end = limit >= 0 ? advance(f, size_t(limit), &count) : std::string::npos;
    size_t nl = find_line_end(f, f->rpos + scanned);
    if (nl != std::string::npos) return take(f, std::min(nl, lim_end));
    if (limit >= 0 && count >= size_t(limit)) return take(f, lim_end);
    scanned = f->rbuf.size() - f->rpos;
    if (scanned > 0) --scanned;  // a terminator may straddle the chunk boundary ("\r" + "\n")
    bool more = TRY(fill_locked(f));
    if (!more) {
      size_t end = find_line_end(f, f->rpos);  // eof is set now: a final '\r' ends a line
      return take(f, end == std::string::npos ? f->rbuf.size() : std::min(end, lim_end));
    }
  }
}

Result<Ref> read_locked(FileObject* f, int64_t n) {
  TRY(check_readable(f));
  if (n < 0) {
    for (;;) {
      bool more = TRY(fill_locked(f));
      if (!more) break;
    }
    Ref r = take(f, f->rbuf.size());
    f->rbuf.clear();
    f->rpos = 0;
    return r;
  }
  for (;;) {
    size_t count = 0;
    size_t end = advance(f, size_t(n), &count);
    if (count >= size_t(n)) return take(f, end);
    bool more = TRY(fill_locked(f));
    if (!more) return take(f, f->rbuf.size());
  }
}

void unregister(FileObject* f) {
  // The process lock keeps f->interp alive: a file of a destroyed sub-interpreter may be freed
  // later by the thread that owns it (detach_open_files cleared its interp under this lock).
  std::lock_guard<std::mutex> p(ProcessState::get().lock);
  if (!f->interp) return;
  std::lock_guard<std::mutex> g(f->interp->files_lock);
  auto& v = f->interp->open_files;
  v.erase(std::remove(v.begin(), v.end(), static_cast<Object*>(f)), v.end());
  f->interp = nullptr;
}

void register_file(FileObject* f) {
  if (!f->writable || !ThreadState::current()) return;
  f->interp = current_interp();
  std::lock_guard<std::mutex> g(f->interp->files_lock);
  f->interp->open_files.push_back(f);
}

Status close_locked(FileObject* f) {
  if (f->closed) return ok();
  Status st = f->writable ? flush_locked(f) : ok();
  f->closed = true;
  unregister(f);
  if (f->closefd && f->fd >= 0) {
    BlockingRegion br;
    ::close(f->fd);
  }
  f->fd = -1;
  f->rbuf.clear();
  f->rpos = 0;
  if (f->owns_buffer && f->buffer && is_file_object(f->buffer)) {
    FileObject* b = as<FileObject>(f->buffer);
    CriticalSection bcs(b);
    Status bst = close_locked(b);
    if (st.ok() && !bst.ok()) return bst;
  }
  return st;
}

// --- slots ---------------------------------------------------------------------------------

void file_dealloc(Object* o) {
  FileObject* f = static_cast<FileObject*>(o);
  if (!f->closed) {
    Ref saved = fetch_error();
    Status st = close_locked(f);
    if (!st) clear_error();
    if (saved) restore_error(std::move(saved));
  }
  unregister(f);
  if (f->buffer) as<FileObject>(f->buffer)->text_parent = nullptr;
  delete_object(f);
}

Result<Ref> file_repr(Value self) {
  FileObject* f = F(self);
  std::string out = "<";
  out += f->type->name;
  if (f->name) {
    out += " name=";
    out += TRY(repr_utf8(f->name));
  }
  if (f->type == &TextIOWrapperType) {
    if (f->mode) {
      out += " mode=";
      out += TRY(repr_utf8(f->mode));
    }
    out += " encoding=";
    out += str_repr(f->encoding);
  } else if (f->type == &FileIOType) {
    out += " mode=";
    out += TRY(repr_utf8(f->mode));
    out += f->closefd ? " closefd=True" : " closefd=False";
  }
  out += ">";
  return make_str(out);
}

Result<Ref> file_iter(Value self) {
  if (F(self)->closed) return raise_closed();
  return Ref::borrow(self);
}

Result<Ref> file_iternext(Value self) {
  FileObject* f = F(self);
  CriticalSection cs(f);
  Ref line = TRY(readline_locked(f, -1));
  size_t n = f->binary ? as<Bytes>(line)->size : as<Str>(line)->byte_length;
  if (n == 0) return Ref();
  return line;
}

// --- methods -------------------------------------------------------------------------------

Result<Ref> m_write(Value self, CallArgs args) {
  TRY(check_nargs(args, method_name(self, "write").c_str(), 1, 1));
  FileObject* f = F(self);
  Value v = args[0];
  std::string_view data;
  int64_t count;
  if (f->binary) {
    if (is_bytes(v)) data = as<Bytes>(v)->view();
    else if (v.type() == &ByteArrayType) data = std::string_view(as<ByteArray>(v)->data, as<ByteArray>(v)->size);
    else return raise(exc::TypeError, std::string("a bytes-like object is required, not '") + type_name(v) + "'");
    count = int64_t(data.size());
  } else {
    if (!is_str(v))
      return raise(exc::TypeError, std::string("write() argument must be str, not ") + type_name(v));
    data = str_view(v);
    count = int64_t(as<Str>(v)->length);
  }
  if (f->text_parent) {  // .buffer: text written earlier goes out first
    FileObject* p = f->text_parent;
    CriticalSection pcs(p);
    if (!p->closed && !p->wbuf.empty()) TRY(flush_locked(p));
  }
  CriticalSection cs(f);
  TRY(write_locked(f, data));
  return make_int(count);
}

Result<Ref> m_writelines(Value self, CallArgs args) {
  TRY(check_nargs(args, "writelines", 1, 1));
  Ref it = TRY(get_iter(args[0]));
  for (;;) {
    Ref item = TRY(iter_next(it));
    if (!item) break;
    Value one[1] = {item.get()};
    TRY(m_write(self, CallArgs{one, 1, nullptr}));
  }
  return none();
}

Result<int64_t> size_arg(Value v, const char* what) {
  if (!v || is_none(v)) return int64_t(-1);
  if (!is_int(v))
    return raise(exc::TypeError, std::string("argument should be integer or None, not '") + type_name(v) + "'");
  return index_to_int64(v);
}

// .buffer reads: take over what the text layer has read ahead but not consumed.
void adopt_parent_readahead(FileObject* f) {
  FileObject* p = f->text_parent;
  if (!p) return;
  CriticalSection pcs(p);
  if (p->rpos < p->rbuf.size() || !p->raw_pending.empty() || p->pending_cr) {
    std::string rest = p->rbuf.substr(p->rpos) + (p->pending_cr ? "\r" : "") + p->raw_pending;
    p->rbuf.clear();
    p->rpos = 0;
    p->raw_pending.clear();
    p->pending_cr = false;
    f->rbuf.insert(f->rpos, rest);
  }
}

Result<Ref> m_read(Value self, CallArgs args) {
  Value size;
  TRY(parse_args(args, "read", {"/size"}, 0, {&size}));
  int64_t n = TRY(size_arg(size, "read"));
  FileObject* f = F(self);
  adopt_parent_readahead(f);
  CriticalSection cs(f);
  return read_locked(f, n);
}

// Binary files: readinto(b) fills a bytearray; readall() and read1(n) as read().
Result<Ref> m_readinto(Value self, CallArgs args) {
  TRY(check_nargs(args, method_name(self, "readinto").c_str(), 1, 1));
  Value b = args[0];
  if (!is_bytearray(b)) {
    return raise(exc::TypeError, std::string("readinto() argument must be read-write bytes-like object, not ") +
                                     type_name(b));
  }
  FileObject* f = F(self);
  if (!f->binary) return raise_unsupported("readinto");
  adopt_parent_readahead(f);
  CriticalSection cs(f);
  Ref data = TRY(read_locked(f, int64_t(as<ByteArray>(b)->size)));
  Bytes* d = as<Bytes>(data);
  memcpy(as<ByteArray>(b)->data, d->data, d->size);
  return make_int(int64_t(d->size));
}

Result<Ref> m_readall(Value self, CallArgs args) {
  TRY(check_nargs(args, method_name(self, "readall").c_str(), 0, 0));
  FileObject* f = F(self);
  adopt_parent_readahead(f);
  CriticalSection cs(f);
  return read_locked(f, -1);
}

Result<Ref> m_readline(Value self, CallArgs args) {
  Value size;
  TRY(parse_args(args, "readline", {"/size"}, 0, {&size}));
  FileObject* f = F(self);
  if (size && is_none(size) && !f->binary)
    return raise(exc::TypeError, "'NoneType' object cannot be interpreted as an integer");
  int64_t n = TRY(size_arg(size, "readline"));
  adopt_parent_readahead(f);
  CriticalSection cs(f);
  return readline_locked(f, n);
}

Result<Ref> m_readlines(Value self, CallArgs args) {
  Value hint;
  TRY(parse_args(args, "readlines", {"/hint"}, 0, {&hint}));
  int64_t limit = TRY(size_arg(hint, "readlines"));
  FileObject* f = F(self);
  Ref out = make_list();
  int64_t total = 0;
  CriticalSection cs(f);
  for (;;) {
    Ref line = TRY(readline_locked(f, -1));
    size_t n = f->binary ? as<Bytes>(line)->size : as<Str>(line)->length;
    if (n == 0) break;
    TRY(list_append(out.as<List>(), line));
    total += int64_t(n);
    if (limit > 0 && total >= limit) break;
  }
  return out;
}

Result<Ref> m_close(Value self, CallArgs args) {
  TRY(check_nargs(args, method_name(self, "close").c_str(), 0, 0));
  FileObject* f = F(self);
  CriticalSection cs(f);
  TRY(close_locked(f));
  return none();
}

Result<Ref> m_flush(Value self, CallArgs args) {
  TRY(check_nargs(args, method_name(self, "flush").c_str(), 0, 0));
  FileObject* f = F(self);
  CriticalSection cs(f);
  if (f->closed) return raise_closed();
  TRY(flush_locked(f));
  return none();
}

Result<Ref> m_enter(Value self, CallArgs args) {
  if (F(self)->closed) return raise_closed();
  return Ref::borrow(self);
}

Result<Ref> m_exit(Value self, CallArgs args) {
  FileObject* f = F(self);
  CriticalSection cs(f);
  TRY(close_locked(f));
  return none();
}

Result<Ref> m_fileno(Value self, CallArgs args) {
  TRY(check_nargs(args, method_name(self, "fileno").c_str(), 0, 0));
  FileObject* f = F(self);
  if (f->closed) return raise(exc::ValueError, "I/O operation on closed file");  // no period, as CPython
  return make_int(f->fd);
}

Result<Ref> m_tell(Value self, CallArgs args) {
  FileObject* f = F(self);
  CriticalSection cs(f);
  if (f->closed) return raise_closed();
  TRY(flush_locked(f));
  off_t pos = lseek(f->fd, 0, SEEK_CUR);
  if (pos < 0) return raise_os_error(errno);
  return make_int(int64_t(pos) - int64_t(unread_bytes(f)));
}

Result<Ref> m_seek(Value self, CallArgs args) {
  Value offv, whencev;
  TRY(parse_args(args, "seek", {"/cookie", "/whence"}, 1, {&offv, &whencev}));
  int64_t off = TRY(index_to_int64(offv));
  int64_t whence = whencev ? TRY(index_to_int64(whencev)) : 0;
  FileObject* f = F(self);
  CriticalSection cs(f);
  if (f->closed) return raise_closed();
  if (!f->binary) {
    if (whence == 1 && off != 0) return raise_unsupported("can't do nonzero cur-relative seeks");
    if (whence == 2 && off != 0) return raise_unsupported("can't do nonzero end-relative seeks");
  }
  if (whence < 0 || whence > 2) {
    return raise(exc::ValueError, "invalid whence (" + std::to_string(whence) +
                                      ", should be 0, 1 or 2)");
  }
  TRY(flush_locked(f));
  drop_readahead(f);
  off_t pos = lseek(f->fd, off_t(off), int(whence));
  if (pos < 0) return raise_os_error(errno);
  return make_int(int64_t(pos));
}

Result<Ref> m_truncate(Value self, CallArgs args) {
  Value sizev;
  TRY(parse_args(args, "truncate", {"/pos"}, 0, {&sizev}));
  FileObject* f = F(self);
  CriticalSection cs(f);
  TRY(check_writable(f));
  TRY(flush_locked(f));
  off_t size = (sizev && !is_none(sizev)) ? off_t(TRY(index_to_int64(sizev))) : lseek(f->fd, 0, SEEK_CUR);
  if (ftruncate(f->fd, size) < 0) return raise_os_error(errno);
  return make_int(int64_t(size));
}

Result<Ref> m_readable(Value self, CallArgs) {
  if (F(self)->closed) return raise_closed();
  return make_bool(F(self)->readable);
}
Result<Ref> m_writable(Value self, CallArgs) {
  if (F(self)->closed) return raise_closed();
  return make_bool(F(self)->writable);
}
Result<Ref> m_seekable(Value self, CallArgs) {
  if (F(self)->closed) return raise_closed();
  return make_bool(lseek(F(self)->fd, 0, SEEK_CUR) >= 0);
}
Result<Ref> m_isatty(Value self, CallArgs) {
  if (F(self)->closed) return raise_closed();
  return make_bool(isatty(F(self)->fd));
}

Result<Ref> g_closed(Value self) { return make_bool(F(self)->closed); }
Result<Ref> g_name(Value self) { return F(self)->name ? Ref(F(self)->name) : none(); }
Result<Ref> g_mode(Value self) { return F(self)->mode ? Ref(F(self)->mode) : none(); }
Result<Ref> g_encoding(Value self) { return make_str(F(self)->encoding); }
Result<Ref> g_errors(Value self) { return make_str(F(self)->errors); }
Result<Ref> g_line_buffering(Value self) { return make_bool(F(self)->line_buffered); }
Result<Ref> g_newlines(Value self) { return none(); }

Result<Ref> g_buffer(Value self) {
  FileObject* f = F(self);
  CriticalSection cs(f);
  if (!f->buffer) {
    TypeObject* t = f->readable && f->writable ? &BufferedRandomType
                  : f->readable ? &BufferedReaderType : &BufferedWriterType;
    FileObject* b = new_object<FileObject>(t);
    Ref ref = Ref::steal(Value(b));
    b->fd = f->fd;
    b->closefd = false;
    b->readable = f->readable;
    b->writable = f->writable;
    b->binary = true;
    b->write_through = true;  // keeps the order of text and binary writes simple
    b->name = f->name;
    b->mode = make_str(f->readable && !f->writable ? "rb" : f->writable && !f->readable ? "wb" : "rb+");
    b->text_parent = f;
    f->buffer = std::move(ref);
  }
  return f->buffer;
}

// Checks newline (None, '', '\n', '\r', '\r\n') and sets the text file's newline handling.
Status set_newline(FileObject* f, Value newline, const char* fname) {
  std::string_view nl;
  bool universal = true;
  if (newline && !is_none(newline)) {
    if (!is_str(newline)) {
      return raise(exc::TypeError, std::string(fname) + " argument 'newline' must be str or None, not " +
                                       type_name(newline));
    }
    nl = str_view(newline);
    if (nl != "" && nl != "\n" && nl != "\r" && nl != "\r\n")
      return raise(exc::ValueError, "illegal newline value: " + std::string(nl));
    universal = false;
  }
  f->universal = universal;
  f->read_newline = std::string(nl);
  f->write_newline = (nl == "\r" || nl == "\r\n") ? std::string(nl) : std::string();
  return ok();
}

// The encoding name (validated) and its codec number (0 UTF-8, 1 ASCII, 2 Latin-1).
Status set_encoding(FileObject* f, Value encoding, Value errors, const char* fname) {
  if (encoding && !is_none(encoding)) {
    if (!is_str(encoding)) {
      return raise(exc::TypeError, std::string(fname) + " argument 'encoding' must be str or None, not " +
                                       type_name(encoding));
    }
    std::string enc(str_view(encoding));
    std::string low;
    for (char c : enc) low += (c == '_' || c == ' ') ? '-' : char(tolower(static_cast<unsigned char>(c)));
    int codec = 0;
    if (low == "locale") {
      enc = "UTF-8";
    } else {
      Ref probe = TRY(str_decode("", enc, "strict"));
      Ref sample = make_str("\xc3\xa9");
      Ref canon = TRY(str_encode(sample.as<Str>(), enc, "replace"));
      std::string_view e = as<Bytes>(canon)->view();
      codec = e == "\xc3\xa9" ? 0 : e == "?" ? 1 : 2;
    }
    f->encoding = enc;
    f->codec = codec;
    if (!errors || is_none(errors)) f->errors = "strict";
  }
  if (errors && !is_none(errors)) {
    if (!is_str(errors)) {
      return raise(exc::TypeError, std::string(fname) + " argument 'errors' must be str or None, not " +
                                       type_name(errors));
    }
    f->errors = std::string(str_view(errors));
  }
  return ok();
}

// reconfigure(*, encoding, errors, newline, line_buffering, write_through): text files only.
Result<Ref> m_reconfigure(Value self, CallArgs args) {
  Value encoding, errors, newline, lb, wt;
  TRY(parse_args(args, "reconfigure", {"$encoding", "$errors", "$newline", "$line_buffering", "$write_through"}, 0,
                 {&encoding, &errors, &newline, &lb, &wt}));
  FileObject* f = F(self);
  CriticalSection cs(f);
  if (f->closed) return raise_closed();
  if (f->writable) TRY(flush_locked(f));
  TRY(set_encoding(f, encoding, errors, "reconfigure()"));
  if (newline) TRY(set_newline(f, newline, "reconfigure()"));
  if (lb && !is_none(lb)) f->line_buffered = TRY(truthy(lb));
  if (wt && !is_none(wt)) f->write_through = TRY(truthy(wt));
  return none();
}

// TextIOWrapper(buffer, encoding=None, errors=None, newline=None, line_buffering=False,
// write_through=False) over one of our binary files: a text file on the same descriptor that
// owns the buffer (closing the text file closes it).
Result<Ref> text_new(TypeObject* type, CallArgs args) {
  Value buffer, encoding, errors, newline, lb, wt;
  TRY(parse_args(args, "TextIOWrapper", {"buffer", "encoding", "errors", "newline", "line_buffering", "write_through"},
                 1, {&buffer, &encoding, &errors, &newline, &lb, &wt}));
  if (!is_file_object(buffer) || !F(buffer)->binary) {
    // Any other binary stream (BytesIO, a user class): the pure-Python wrapper in io.py.
    Ref io = TRY(import_module("io"));
    Ref cls = TRY(getattr(io, intern("_PyTextIOWrapper")));
    return call(cls, args);
  }
  FileObject* b = F(buffer);
  CriticalSection bcs(b);
  if (b->closed) return raise_closed();
  if (!b->wbuf.empty()) TRY(flush_locked(b));
  b->write_through = true;  // keeps the order of text and binary writes simple
  FileObject* f = new_object<FileObject>(&TextIOWrapperType);
  Ref ref = Ref::steal(Value(f));
  f->fd = b->fd;
  f->closefd = false;
  f->readable = b->readable;
  f->writable = b->writable;
  f->name = b->name;
  f->encoding = "UTF-8";
  TRY(set_encoding(f, encoding, errors, "TextIOWrapper()"));
  TRY(set_newline(f, newline, "TextIOWrapper()"));
  f->line_buffered = lb ? TRY(truthy(lb)) : false;
  f->write_through = wt ? TRY(truthy(wt)) : false;
  f->buffer = Ref::borrow(buffer);
  f->owns_buffer = true;
  if (!b->text_parent) b->text_parent = f;
  register_file(f);
  return ref;
}

const MethodDef kFileMethods[] = {
    {"write", m_write, 0, "Write a string (text) or bytes (binary); return the count written."},
    {"writelines", m_writelines, 0, "Write every item of an iterable."},
    {"read", m_read, 0, "Read at most size characters/bytes, or everything when size < 0."},
    {"readline", m_readline, 0, "Read through the next newline."},
    {"readlines", m_readlines, 0, "Return a list of the remaining lines."},
    {"close", m_close, 0, "Flush and close the file."},
    {"flush", m_flush, 0, "Write out buffered output."},
    {"fileno", m_fileno, 0, "The underlying file descriptor."},
    {"seek", m_seek, 0, "Change the stream position."},
    {"tell", m_tell, 0, "Current stream position."},
    {"truncate", m_truncate, 0, "Truncate the file to pos (default: the current position)."},
    {"readable", m_readable, 0, nullptr},
    {"writable", m_writable, 0, nullptr},
    {"seekable", m_seekable, 0, nullptr},
    {"isatty", m_isatty, 0, nullptr},
    {"__enter__", m_enter, 0, nullptr},
    {"__exit__", m_exit, 0, nullptr},
    {nullptr, nullptr},
};

const GetSetDef kTextGetSets[] = {
    {"closed", g_closed},
    {"name", g_name},
    {"mode", g_mode},
    {"encoding", g_encoding},
    {"errors", g_errors},
    {"line_buffering", g_line_buffering},
    {"newlines", g_newlines},
    {"buffer", g_buffer},
    {nullptr, nullptr},
};

Result<Ref> g_closefd(Value self) { return make_bool(F(self)->closefd); }

const GetSetDef kBinaryGetSets[] = {
    {"closed", g_closed},
    {"name", g_name},
    {"mode", g_mode},
    {"closefd", g_closefd},
    {nullptr, nullptr},
};

void init_file_type(TypeObject& t, const char* name, bool text) {
  t.type = &TypeType;
  t.name = name;
  t.base = &ObjectType;
  t.basic_size = sizeof(FileObject);
  t.dealloc = file_dealloc;
  t.repr = file_repr;
  t.iter = file_iter;
  t.iternext = file_iternext;
  t.methods = kFileMethods;
  t.getsets = text ? kTextGetSets : kBinaryGetSets;
  t.doc = text ? "Character and line based layer over a buffered binary stream."
               : "Buffered binary stream.";
}

FileObject* new_file(TypeObject* type) { return new_object<FileObject>(type); }

}  // namespace

// --- public API ------------------------------------------------------------------------------

ErrorMarker raise_os_error(int err, Value filename) {
  Ref num = make_int(err);
  Ref msg = make_str(strerror(err));
  auto r = filename ? new_exception(&exc::OSError, {num, msg, filename})
                    : new_exception(&exc::OSError, {num, msg});
  if (!r) return kError;
  return raise_value(*r);
}

Result<Ref> file_open(Value file, std::string_view mode, int buffering, Value encoding,
                      bool closefd, Value newline, Value errors) {
  // Mode validation, with CPython's messages.
  bool r = false, w = false, x = false, a = false, plus = false, b = false, t = false;
  for (char c : mode) {
    bool* flag = c == 'r' ? &r : c == 'w' ? &w : c == 'x' ? &x : c == 'a' ? &a
               : c == '+' ? &plus : c == 'b' ? &b : c == 't' ? &t : nullptr;
    if (!flag || *flag) return raise(exc::ValueError, "invalid mode: '" + std::string(mode) + "'");
    *flag = true;
  }
  if (t && b) return raise(exc::ValueError, "can't have text and binary mode at once");
  if (int(r) + int(w) + int(x) + int(a) > 1)
    return raise(exc::ValueError, "must have exactly one of create/read/write/append mode");
  if (int(r) + int(w) + int(x) + int(a) == 0)
    return raise(exc::ValueError, "Must have exactly one of create/read/write/append mode and at most one plus");
  if (b && encoding && !is_none(encoding))
    return raise(exc::ValueError, "binary mode doesn't take an encoding argument");
  if (!b && buffering == 0) return raise(exc::ValueError, "can't have unbuffered text I/O");
  std::string_view nl;
  bool universal = true;
  if (newline && !is_none(newline)) {
    if (!is_str(newline)) {
      return raise(exc::TypeError, std::string("open() argument 'newline' must be str or None, not ") +
                                       type_name(newline));
    }
    nl = str_view(newline);
    if (nl != "" && nl != "\n" && nl != "\r" && nl != "\r\n")
      return raise(exc::ValueError, "illegal newline value: " + std::string(nl));
    if (b) return raise(exc::ValueError, "binary mode doesn't take a newline argument");
    universal = false;
  }
  std::string enc = "UTF-8";
  int codec = 0;
  if (encoding && !is_none(encoding)) {
    if (!is_str(encoding))
      return raise(exc::TypeError, std::string("open() argument 'encoding' must be str or None, not ") + type_name(encoding));
    enc = std::string(str_view(encoding));
    std::string low;
    for (char c : enc) low += (c == '_' || c == ' ') ? '-' : char(tolower(static_cast<unsigned char>(c)));
    if (low == "locale") {
      enc = "UTF-8";
    } else {
      // Validates the name (LookupError: unknown encoding: x) and finds the codec.
      Ref probe = TRY(str_decode("", enc, "strict"));
      Ref sample = make_str("\xc3\xa9");
      Ref canon = TRY(str_encode(sample.as<Str>(), enc, "replace"));
      std::string_view e = as<Bytes>(canon)->view();
      codec = e == "\xc3\xa9" ? 0 : e == "?" ? 1 : 2;
    }
  }
  std::string errs = "strict";
  if (errors && !is_none(errors)) {
    if (!is_str(errors))
      return raise(exc::TypeError, std::string("open() argument 'errors' must be str or None, not ") + type_name(errors));
    if (b) return raise(exc::ValueError, "binary mode doesn't take an errors argument");
    errs = std::string(str_view(errors));
  }
  if (b && buffering == 1) {
    // CPython warns (RuntimeWarning) and uses the default buffer size: nothing to do here.
    buffering = -1;
  }

  int fd;
  bool owns = closefd;
  Ref fileref = Ref::borrow(file);
  if (is_int(file) && !is_str(file)) {
    if (is_bool(file)) {
      // CPython warns (RuntimeWarning: bool is used as a file descriptor) and goes on.
    }
    fd = int(TRY(index_to_int64(file)));
    if (fd < 0) return raise(exc::ValueError, "negative file descriptor");
  } else {
    if (!is_str(file) && !is_bytes(file)) {
      Ref p = TRY(call_special_opt(file, intern("__fspath__"), {}));
      if (!p) {
        return raise(exc::TypeError, std::string("expected str, bytes or os.PathLike object, not ") +
                                         type_name(file));
      }
      if (!is_str(p) && !is_bytes(p)) {
        return raise(exc::TypeError, std::string("expected ") + type_name(file) +
                                         ".__fspath__() to return str or bytes, not " + type_name(p));
      }
      fileref = std::move(p);
      file = fileref;
    }
    if (!closefd) return raise(exc::ValueError, "Cannot use closefd=False with file name");
    std::string path;
    if (is_bytes(file)) {
      path = std::string(as<Bytes>(file)->view());
    } else {
      // Lone surrogates (from surrogateescape) stand for raw bytes, as CPython's fs encoding.
      Ref enc_path = TRY(str_encode(as<Str>(file), "utf-8", "surrogateescape"));
      path = std::string(as<Bytes>(enc_path)->view());
    }
    if (path.find('\0') != std::string::npos) return raise(exc::ValueError, "embedded null byte");
    int flags = O_CLOEXEC;
    if (plus) flags |= O_RDWR;
    else if (r) flags |= O_RDONLY;
    else flags |= O_WRONLY;
    if (w) flags |= O_CREAT | O_TRUNC;
    if (x) flags |= O_CREAT | O_EXCL;
    if (a) flags |= O_CREAT | O_APPEND;
    int err = 0;
    {
      BlockingRegion br;
      do {
        fd = ::open(path.c_str(), flags, 0666);
      } while (fd < 0 && errno == EINTR);
      if (fd < 0) err = errno;
    }
    if (fd < 0) return raise_os_error(err, file);
    struct stat st;
    if (fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
      ::close(fd);
      return raise_os_error(EISDIR, file);
    }
    owns = true;
  }

  TypeObject* type = !b ? &TextIOWrapperType
                   : buffering == 0 ? &FileIOType
                   : plus ? &BufferedRandomType
                   : r ? &BufferedReaderType : &BufferedWriterType;
  FileObject* f = new_file(type);
  Ref ref = Ref::steal(Value(f));
  f->fd = fd;
  f->closefd = owns;
  f->readable = r || plus;
  f->writable = w || x || a || plus;
  f->appending = a;
  f->binary = b;
  f->name = Ref::borrow(file);
  if (type == &FileIOType) {
    // FileIO reports its canonical mode: 'rb', 'wb', 'ab', 'xb', 'rb+', 'ab+', 'xb+'.
    std::string m = a ? "ab" : x ? "xb" : (r || plus) ? "rb" : "wb";
    if (plus) m += '+';
    f->mode = make_str(m);
  } else {
    f->mode = make_str(mode);
  }
  f->encoding = enc;
  f->codec = codec;
  f->errors = errs;
  f->universal = universal;
  if (nl == "\r" || nl == "\r\n") f->write_newline = std::string(nl);
  f->read_newline = std::string(nl);
  f->line_buffered = buffering == 1 && !b;
  f->write_through = buffering == 0;
  if (a) lseek(fd, 0, SEEK_END);
  register_file(f);
  return ref;
}

Ref make_std_file(int fd, bool unbuffered) {
  FileObject* f = new_file(&TextIOWrapperType);
  Ref ref = Ref::steal(Value(f));
  f->fd = fd;
  f->closefd = false;
  f->readable = fd == 0;
  f->writable = fd != 0;
  f->name = make_str(fd == 0 ? "<stdin>" : fd == 1 ? "<stdout>" : "<stderr>");
  f->mode = make_str(fd == 0 ? "r" : "w");
  f->encoding = "utf-8";
  // CPython's handlers in a C/UTF-8 locale: lone surrogates round-trip on stdin/stdout, stderr
  // escapes them.
  f->errors = fd == 2 ? "backslashreplace" : "surrogateescape";
  f->universal = false;  // CPython opens the standard streams with newline="\n"
  f->line_buffered = fd != 0 && isatty(fd);
  f->write_through = fd == 2 || (fd == 1 && unbuffered);
  register_file(f);
  return ref;
}

Status file_write_str(Value file, std::string_view utf8) {
  FileObject* f = F(file);
  if (f->binary) {
    Ref s = make_str(utf8);
    Value one[1] = {s.get()};
    TRY(m_write(file, CallArgs{one, 1, nullptr}));
    return ok();
  }
  CriticalSection cs(f);
  return write_locked(f, utf8);
}

Status file_flush(Value file) {
  FileObject* f = F(file);
  CriticalSection cs(f);
  if (f->closed) return raise_closed();
  return flush_locked(f);
}

Result<Ref> file_readline(Value file, int64_t limit) {
  FileObject* f = F(file);
  CriticalSection cs(f);
  return readline_locked(f, limit);
}

void flush_open_files(InterpreterState* interp) {
  std::vector<Object*> files;
  {
    std::lock_guard<std::mutex> g(interp->files_lock);
    files = interp->open_files;
  }
  for (Object* o : files) {
    FileObject* f = static_cast<FileObject*>(o);
    CriticalSection cs(f);
    if (!f->closed && !f->wbuf.empty()) {
      Status st = flush_locked(f);
      if (!st) clear_error();
    }
  }
}

void detach_open_files(InterpreterState* interp) {
  std::lock_guard<std::mutex> g(interp->files_lock);
  for (Object* o : interp->open_files) static_cast<FileObject*>(o)->interp = nullptr;
  interp->open_files.clear();
}

void fileio_finish_types() {
  TypeObject& u = UnsupportedOperationType;
  u.bases = make_tuple({Value(&exc::OSError), Value(&exc::ValueError)});
  // The C3 order for (OSError, ValueError), both directly under Exception.
  Ref mro = make_tuple({Value(&u), Value(&exc::OSError), Value(&exc::ValueError), Value(&exc::Exception),
                        Value(&exc::BaseException), Value(&ObjectType)});
  u.mro = std::move(mro);
}

void init_io_types(TypeList& out) {
  init_file_type(TextIOWrapperType, "_io.TextIOWrapper", true);
  init_file_type(BufferedReaderType, "_io.BufferedReader", false);
  init_file_type(BufferedWriterType, "_io.BufferedWriter", false);
  init_file_type(BufferedRandomType, "_io.BufferedRandom", false);
  init_file_type(FileIOType, "_io.FileIO", false);
  // Text files also have reconfigure(); the table is the shared one plus that entry.
  static std::vector<MethodDef> text_methods;
  for (const MethodDef* m = kFileMethods; m->name; ++m) text_methods.push_back(*m);
  text_methods.push_back({"reconfigure", m_reconfigure, 0, "Reconfigure the text stream with new parameters."});
  text_methods.push_back({nullptr, nullptr});
  TextIOWrapperType.methods = text_methods.data();
  static std::vector<MethodDef> binary_methods;
  for (const MethodDef* m = kFileMethods; m->name; ++m) binary_methods.push_back(*m);
  binary_methods.push_back({"readinto", m_readinto, 0, "Read bytes into a pre-allocated bytearray."});
  binary_methods.push_back({"readall", m_readall, 0, "Read until EOF."});
  binary_methods.push_back({"read1", m_read, 0, "Read at most size bytes."});
  binary_methods.push_back({nullptr, nullptr});
  for (TypeObject* t : {&BufferedReaderType, &BufferedWriterType, &BufferedRandomType, &FileIOType})
    t->methods = binary_methods.data();
  TextIOWrapperType.new_ = text_new;
  FileIOType.doc = "Open a file: the unbuffered binary layer.";
  out.push_back(&FileIOType);
  out.push_back(&TextIOWrapperType);
  out.push_back(&BufferedReaderType);
  out.push_back(&BufferedWriterType);
  out.push_back(&BufferedRandomType);

  // io.UnsupportedOperation: an OSError with the same layout (exceptions are set up before io).
  TypeObject& u = UnsupportedOperationType;
  u.type = &TypeType;
  u.name = "io.UnsupportedOperation";
  u.base = &exc::OSError;
  u.basic_size = exc::OSError.basic_size;
  u.dict_offset = exc::OSError.dict_offset;
  u.flags = exc::OSError.flags & ~(kTypeReady | kTypeHeapType);
  out.push_back(&u);
}

}  // namespace weft
