// str: the object, its storage, interning, hashing, repr, codecs and the type's slots.
// The methods live in str_methods.cpp, formatting (format/%/__format__) in str_format.cpp.
#include "objects/str.h"

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <cstring>
#include <mutex>

#include "objects/abstract.h"
#include "objects/args.h"
#include "objects/bytes.h"
#include "objects/exceptions.h"
#include "objects/int.h"
#include "objects/iterobject.h"
#include "objects/slice.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "objects/unicode.h"
#include "vm/state.h"

namespace weft {

TypeObject StrType;
TypeObject StrIterType;
extern const MethodDef kStrMethods[];  // str_methods.cpp

namespace ids {
#define ID(cname, text) Str* cname = nullptr;
#include "objects/ids.def"
#undef ID
}  // namespace ids

namespace {

#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Winvalid-offsetof"
constexpr size_t kStrDataOffset = offsetof(Str, data);
#pragma GCC diagnostic pop

// One-character strings for U+0000..U+00FF, created with the static strings (immortal).
Str* g_char_cache[256];

void scan_utf8(std::string_view s, size_t* length, bool* ascii) {
  size_t n = 0;
  bool a = true;
  for (unsigned char c : s) {
    n += (c & 0xC0) != 0x80;
    a &= c < 0x80;
  }
  *length = n;
  *ascii = a;
}

Str* make_immortal_str(std::string_view text) {
  Ref r = make_str(text);
  Str* s = r.as<Str>();
  s->interned = true;
  make_immortal(s);
  r.release();
  return s;
}

}  // namespace

// ---------------------------------------------------------------------------------------------
// Construction

Ref str_alloc_type(TypeObject* type, size_t byte_length, size_t length, bool ascii) {
  size_t size = kStrDataOffset + byte_length + 1;
  // A subclass instance keeps the same layout; the extra room the subclass needs (basic_size
  // beyond str's) goes after the character data.
  if (type != &StrType && type->basic_size > sizeof(Str)) size += type->basic_size - sizeof(Str);
  size = (size + 7) & ~size_t(7);
  Str* s = new_object_sized<Str>(type, size);
  s->length = length;
  s->byte_length = byte_length;
  s->ascii = ascii;
  s->data[byte_length] = '\0';
  if (type != &StrType) std::memset(s->data + byte_length, 0, size - kStrDataOffset - byte_length);
  return Ref::steal(Value(s));
}

Ref str_alloc(size_t byte_length, size_t length, bool ascii) {
  return str_alloc_type(&StrType, byte_length, length, ascii);
}

Ref make_str_known(std::string_view utf8, size_t length, bool ascii) {
  if (utf8.empty() && ids::empty) return Ref::borrow(Value(ids::empty));
  if (length == 1 && g_char_cache[0]) {
    char32_t c;
    unicode::decode(utf8.data(), &c);
    if (c < 256) return Ref::borrow(Value(g_char_cache[c]));
  }
  Ref r = str_alloc(utf8.size(), length, ascii);
  std::memcpy(r.as<Str>()->data, utf8.data(), utf8.size());
  return r;
}

Ref make_str(std::string_view utf8) {
  size_t length;
  bool ascii;
  scan_utf8(utf8, &length, &ascii);
  return make_str_known(utf8, length, ascii);
}

Ref make_str(const char* utf8) { return make_str(std::string_view(utf8)); }

Ref str_from_char(char32_t c) {
  if (c < 256 && g_char_cache[c]) return Ref::borrow(Value(g_char_cache[c]));
  std::string buf;
  unicode::append(buf, c);
  Ref r = str_alloc(buf.size(), 1, c < 0x80);
  std::memcpy(r.as<Str>()->data, buf.data(), buf.size());
  return r;
}

size_t str_offset(Str* s, size_t i) {
  if (s->ascii) return i;
  if (i >= s->length) return s->byte_length;
  return unicode::offset_of(s->view(), i);
}

char32_t str_char_at(Str* s, size_t i) {
  if (s->ascii) return static_cast<unsigned char>(s->data[i]);
  char32_t c;
  unicode::decode(s->data + str_offset(s, i), &c);
  return c;
}

Ref str_substr(Str* s, size_t start, size_t stop) {
  if (start == 0 && stop == s->length && s->type == &StrType) return Ref::borrow(Value(s));
  if (stop <= start) return Ref::borrow(Value(ids::empty));
  if (s->ascii) return make_str_known(std::string_view(s->data + start, stop - start), stop - start, true);
  size_t b0 = unicode::offset_of(s->view(), start);
  size_t b1 = b0 + unicode::offset_of(std::string_view(s->data + b0, s->byte_length - b0), stop - start);
  std::string_view part(s->data + b0, b1 - b0);
  bool ascii = std::all_of(part.begin(), part.end(), [](char c) { return (unsigned char)c < 0x80; });
  return make_str_known(part, stop - start, ascii);
}

Ref str_concat(Str* a, Str* b) {
  if (a->byte_length == 0 && b->type == &StrType) return Ref::borrow(Value(b));
  if (b->byte_length == 0 && a->type == &StrType) return Ref::borrow(Value(a));
  Ref r = str_alloc(a->byte_length + b->byte_length, a->length + b->length, a->ascii && b->ascii);
  std::memcpy(r.as<Str>()->data, a->data, a->byte_length);
  std::memcpy(r.as<Str>()->data + a->byte_length, b->data, b->byte_length);
  return r;
}

// ---------------------------------------------------------------------------------------------
// Static strings and interning

void init_static_strings() {
  if (ids::empty) return;  // once per process
  for (int c = 0; c < 256; ++c) {
    std::string buf;
    unicode::append(buf, char32_t(c));
    Ref r = str_alloc(buf.size(), 1, c < 0x80);
    std::memcpy(r.as<Str>()->data, buf.data(), buf.size());
    make_immortal(r.obj());
    g_char_cache[c] = r.as<Str>();
    r.release();
  }
  ProcessState& ps = ProcessState::get();
  std::lock_guard<std::mutex> g(ps.lock);
#define ID(cname, text)                                   \
  {                                                       \
    std::string_view t(text);                             \
    auto it = ps.static_strings.find(std::string(t));     \
    if (it != ps.static_strings.end()) {                  \
      ids::cname = it->second;                            \
    } else {                                              \
      ids::cname = make_immortal_str(t);                  \
      ps.static_strings.emplace(std::string(t), ids::cname); \
    }                                                     \
  }
#include "objects/ids.def"
#undef ID
}

void intern_seed(InterpreterState* interp) {
  // The process lock is never taken while an interpreter's interned_lock is held (fork takes
  // them in the other order): copy the static strings first, then insert them.
  std::vector<std::pair<std::string, Str*>> seed;
  {
    ProcessState& ps = ProcessState::get();
    std::lock_guard<std::mutex> g(ps.lock);
    seed.assign(ps.static_strings.begin(), ps.static_strings.end());
  }
  std::lock_guard<std::mutex> g(interp->interned_lock);
  for (auto& [text, s] : seed) interp->interned.emplace(std::move(text), s);
}

Str* intern(std::string_view text) {
  ThreadState* ts = ThreadState::current();
  if (!ts || !ts->interp) {
    // No interpreter yet (start-up, type_ready): a process-wide immortal string.
    ProcessState& ps = ProcessState::get();
    std::lock_guard<std::mutex> g(ps.lock);
    std::string key(text);
    auto it = ps.static_strings.find(key);
    if (it != ps.static_strings.end()) return it->second;
    Str* s = make_immortal_str(text);
    ps.static_strings.emplace(std::move(key), s);
    return s;
  }
  InterpreterState* interp = ts->interp;
  std::unique_lock<std::mutex> g(interp->interned_lock);
  if (interp->interned.empty()) {
    g.unlock();
    intern_seed(interp);
    g.lock();
  }
  std::string key(text);
  auto it = interp->interned.find(key);
  if (it != interp->interned.end()) return it->second;
  Ref r = make_str(text);
  Str* s = r.as<Str>();
  if (s->interned || header_is_immortal(object_header(s))) {
    // A cached immortal (e.g. a one-character string): reuse it.
    interp->interned.emplace(std::move(key), s);
    return s;
  }
  s->interned = true;
  interp->interned.emplace(std::move(key), s);
  r.release();  // the table owns this reference
  return s;
}

Ref intern_ref(std::string_view text) { return Ref::borrow(Value(intern(text))); }

// ---------------------------------------------------------------------------------------------
// Equality, hashing, validation, repr

int64_t hash_bytes_data(std::string_view data) {
  // FNV-1a over the bytes, then a final avalanche (CPython randomises str hashes, so any good
  // deterministic hash is compatible).
  if (data.empty()) return 0;
  uint64_t x = 1469598103934665603ULL;
  for (unsigned char c : data) {
    x ^= c;
    x *= 1099511628211ULL;
  }
  x ^= x >> 33;
  x *= 0xff51afd7ed558ccdULL;
  x ^= x >> 33;
  int64_t h = int64_t(x);
  return h == -1 ? -2 : h;
}

int64_t hash_str(Str* s) {
  std::atomic_ref<int64_t> cache(s->hash_cache);
  int64_t h = cache.load(std::memory_order_relaxed);
  if (h != -1) return h;
  h = hash_bytes_data(s->view());
  cache.store(h, std::memory_order_relaxed);
  return h;
}

bool str_equal(Str* a, Str* b) {
  if (a == b) return true;
  if (a->byte_length != b->byte_length) return false;
  auto cached = [](Str* s) { return std::atomic_ref<int64_t>(s->hash_cache).load(std::memory_order_relaxed); };
  int64_t ha = cached(a), hb = cached(b);
  if (ha != -1 && hb != -1 && ha != hb) return false;
  return std::memcmp(a->data, b->data, a->byte_length) == 0;
}

bool utf8_valid(std::string_view bytes) { return unicode::validate(bytes); }

namespace {

void append_hex_escape(std::string& out, char32_t c) {
  static const char* hex = "0123456789abcdef";
  if (c < 0x100) {
    out += "\\x";
    out += hex[(c >> 4) & 15];
    out += hex[c & 15];
  } else if (c < 0x10000) {
    out += "\\u";
    for (int sh = 12; sh >= 0; sh -= 4) out += hex[(c >> sh) & 15];
  } else {
    out += "\\U";
    for (int sh = 28; sh >= 0; sh -= 4) out += hex[(c >> sh) & 15];
  }
}

}  // namespace

std::string str_repr(std::string_view s) {
  bool has_single = s.find('\'') != std::string_view::npos;
  bool has_double = s.find('"') != std::string_view::npos;
  char quote = (has_single && !has_double) ? '"' : '\'';
  std::string out;
  out.reserve(s.size() + 2);
  out += quote;
  for (size_t i = 0; i < s.size();) {
    char32_t c;
    size_t n = unicode::decode(s.data() + i, &c);
    if (c == char32_t(quote) || c == '\\') {
      out += '\\';
      out += char(c);
    } else if (c == '\t') {
      out += "\\t";
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\r') {
      out += "\\r";
    } else if (c < 0x80) {
      if (c < 0x20 || c == 0x7f) append_hex_escape(out, c);
      else out += char(c);
    } else if (unicode::is_printable(c)) {
      out.append(s.data() + i, n);
    } else {
      append_hex_escape(out, c);
    }
    i += n;
  }
  out += quote;
  return out;
}

std::string ascii_escape(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size();) {
    char32_t c;
    size_t n = unicode::decode(s.data() + i, &c);
    if (c < 0x80) out += char(c);
    else append_hex_escape(out, c);
    i += n;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// chr / ord

Result<Ref> str_chr(Value v) {
  if (!is_int(v)) {
    if (v.is_object() && v.type()->index) {
      Ref i = TRY(index(v));
      return str_chr(i);
    }
    return raise(exc::TypeError, std::string("'") + type_name(v) + "' object cannot be interpreted as an integer");
  }
  int64_t c;
  if (!int_to_int64(v, &c)) {
    return raise(exc::OverflowError, "Python int too large to convert to C int");
  }
  if (c < 0 || c > 0x10FFFF) return raise(exc::ValueError, "chr() arg not in range(0x110000)");
  return str_from_char(char32_t(c));
}

Result<Ref> str_ord(Value v) {
  if (is_str(v)) {
    Str* s = as<Str>(v);
    if (s->length != 1) {
      return raise(exc::TypeError, "ord() expected a character, but string of length " +
                                       std::to_string(s->length) + " found");
    }
    return make_int(str_char_at(s, 0));
  }
  if (v.is_object() && (v.type() == &BytesType || v.type() == &ByteArrayType)) {
    size_t n = v.type() == &BytesType ? as<Bytes>(v)->size : as<ByteArray>(v)->size;
    const char* d = v.type() == &BytesType ? as<Bytes>(v)->data : as<ByteArray>(v)->data;
    if (n != 1) {
      return raise(exc::TypeError, "ord() expected a character, but string of length " +
                                       std::to_string(n) + " found");
    }
    return make_int(static_cast<unsigned char>(d[0]));
  }
  return raise(exc::TypeError, std::string("ord() expected string of length 1, but ") + type_name(v) +
                                   " found");
}

// ---------------------------------------------------------------------------------------------
// Codecs: utf-8, ascii, latin-1

namespace {

enum class Codec { Utf8, Ascii, Latin1, Unknown };

Codec lookup_codec(std::string_view name, const char** canonical) {
  std::string n;
  for (char c : name) {
    char l = (c >= 'A' && c <= 'Z') ? char(c + 32) : c;
    n += (l == '-' || l == ' ') ? '_' : l;
  }
  if (n == "utf_8" || n == "utf8" || n == "u8" || n == "utf" || n == "cp65001" || n == "utf8_ucs2" ||
      n == "utf8_ucs4") {
    *canonical = "utf-8";
    return Codec::Utf8;
  }
  if (n == "ascii" || n == "us_ascii" || n == "646" || n == "us" || n == "ansi_x3.4_1968") {
    *canonical = "ascii";
    return Codec::Ascii;
  }
  if (n == "latin_1" || n == "latin1" || n == "iso_8859_1" || n == "iso8859_1" || n == "l1" ||
      n == "latin" || n == "8859" || n == "cp819" || n == "iso_ir_100" || n == "iso_8859_1:1987") {
    *canonical = "latin-1";
    return Codec::Latin1;
  }
  return Codec::Unknown;
}

std::string hex2(unsigned char b) {
  static const char* hex = "0123456789abcdef";
  return std::string{hex[b >> 4], hex[b & 15]};
}

ErrorMarker unknown_handler(std::string_view errors) {
  return raise(exc::LookupError, "unknown error handler name '" + std::string(errors) + "'");
}

}  // namespace

Result<Ref> str_decode(std::string_view data, std::string_view encoding, std::string_view errors) {
  const char* cname = "";
  Codec codec = lookup_codec(encoding, &cname);
  if (codec == Codec::Unknown) return raise(exc::LookupError, "unknown encoding: " + std::string(encoding));
  if (codec == Codec::Utf8) {
    size_t bad_pos, bad_len;
    const char* reason;
    if (unicode::validate(data, &bad_pos, &bad_len, &reason)) return make_str(data);
    std::string out;
    size_t i = 0;
    std::string_view rest = data;
    for (;;) {
      if (unicode::validate(rest, &bad_pos, &bad_len, &reason)) {
        out.append(rest);
        break;
      }
      size_t abs = i + bad_pos;
      if (errors == "strict") {
        std::string msg = "'utf-8' codec can't decode ";
        if (bad_len == 1) {
          msg += "byte 0x" + hex2(static_cast<unsigned char>(data[abs])) + " in position " + std::to_string(abs);
        } else {
          msg += "bytes in position " + std::to_string(abs) + "-" + std::to_string(abs + bad_len - 1);
        }
        return raise(exc::UnicodeDecodeError, msg + ": " + reason);
      }
      out.append(rest.substr(0, bad_pos));
      if (errors == "replace") {
        unicode::append(out, 0xFFFD);
      } else if (errors == "ignore") {
      } else if (errors == "surrogateescape") {
        for (size_t k = 0; k < bad_len; ++k) unicode::append(out, 0xDC00 + static_cast<unsigned char>(data[abs + k]));
      } else if (errors == "backslashreplace") {
        for (size_t k = 0; k < bad_len; ++k) out += "\\x" + hex2(static_cast<unsigned char>(data[abs + k]));
      } else {
        return unknown_handler(errors);
      }
      i = abs + bad_len;
      rest = data.substr(i);
    }
    return make_str(out);
  }
  // ascii / latin-1: one code point per byte
  std::string out;
  out.reserve(data.size());
  for (size_t i = 0; i < data.size(); ++i) {
    unsigned char b = data[i];
    if (b < 0x80 || codec == Codec::Latin1) {
      unicode::append(out, b);
      continue;
    }
    if (errors == "strict") {
      return raise(exc::UnicodeDecodeError, "'ascii' codec can't decode byte 0x" + hex2(b) + " in position " +
                                                std::to_string(i) + ": ordinal not in range(128)");
    } else if (errors == "replace") {
      unicode::append(out, 0xFFFD);
    } else if (errors == "ignore") {
    } else if (errors == "surrogateescape") {
      unicode::append(out, 0xDC00 + b);
    } else if (errors == "backslashreplace") {
      out += "\\x" + hex2(b);
    } else {
      return unknown_handler(errors);
    }
  }
  return make_str(out);
}

Result<Ref> str_encode(Str* s, std::string_view encoding, std::string_view errors) {
  const char* cname = "";
  Codec codec = lookup_codec(encoding, &cname);
  if (codec == Codec::Unknown) return raise(exc::LookupError, "unknown encoding: " + std::string(encoding));
  if (s->ascii) return make_bytes(s->view());
  char32_t limit = codec == Codec::Utf8 ? 0x110000 : codec == Codec::Ascii ? 0x80 : 0x100;
  std::string out;
  out.reserve(s->byte_length);
  std::string_view v = s->view();
  size_t idx = 0;
  for (size_t i = 0; i < v.size(); ++idx) {
    char32_t c;
    size_t n = unicode::decode(v.data() + i, &c);
    bool surrogate = c >= 0xD800 && c <= 0xDFFF;
    bool ok = codec == Codec::Utf8 ? !surrogate : c < limit;
    if (ok) {
      if (codec == Codec::Utf8) out.append(v.data() + i, n);
      else out += char(c);
      i += n;
      continue;
    }
    // Find the run of unencodable characters (CPython reports it as a whole).
    size_t j = i, end_idx = idx;
    while (j < v.size()) {
      char32_t d;
      size_t m = unicode::decode(v.data() + j, &d);
      bool bad = codec == Codec::Utf8 ? (d >= 0xD800 && d <= 0xDFFF) : d >= limit;
      if (!bad) break;
      j += m;
      ++end_idx;
    }
    if (errors == "strict") {
      std::string msg = std::string("'") + cname + "' codec can't encode ";
      if (end_idx - idx == 1) {
        std::string one;
        unicode::append(one, c);
        msg += "character " + ascii_escape(str_repr(one)) + " in position " + std::to_string(idx);
      } else {
        msg += "characters in position " + std::to_string(idx) + "-" + std::to_string(end_idx - 1);
      }
      msg += codec == Codec::Utf8 ? ": surrogates not allowed"
                                  : codec == Codec::Ascii ? ": ordinal not in range(128)"
                                                          : ": ordinal not in range(256)";
      return raise(exc::UnicodeEncodeError, msg);
    }
    for (size_t k = i; k < j;) {
      char32_t d;
      k += unicode::decode(v.data() + k, &d);
      if (errors == "replace") {
        out += '?';
      } else if (errors == "ignore") {
      } else if (errors == "xmlcharrefreplace") {
        out += "&#" + std::to_string(uint32_t(d)) + ";";
      } else if (errors == "backslashreplace") {
        append_hex_escape(out, d);
      } else if (errors == "surrogateescape" && d >= 0xDC80 && d <= 0xDCFF) {
        out += char(d - 0xDC00);
      } else if (errors == "surrogatepass" && codec == Codec::Utf8) {
        unicode::append(out, d);
      } else {
        if (errors == "strict" || errors == "surrogateescape" || errors == "surrogatepass") {
          return raise(exc::UnicodeEncodeError, std::string("'") + cname + "' codec can't encode character in position " +
                                                    std::to_string(idx));
        }
        return unknown_handler(errors);
      }
    }
    idx = end_idx - 1;
    i = j;
  }
  return make_bytes(out);
}

// ---------------------------------------------------------------------------------------------
// Slots

namespace {

void str_dealloc(Object* o) { delete_object(static_cast<Str*>(o)); }

Result<Ref> str_repr_slot(Value v) { return make_str(str_repr(str_view(v))); }

Result<Ref> str_str_slot(Value v) {
  if (is_str_exact(v)) return Ref::borrow(v);
  Str* s = as<Str>(v);
  return make_str_known(s->view(), s->length, s->ascii);
}

Result<int64_t> str_hash_slot(Value v) { return hash_str(as<Str>(v)); }

Result<Ref> str_richcompare(Value a, Value b, CmpOp op) {
  if (!is_str(a) || !is_str(b)) return not_implemented();
  Str* x = as<Str>(a);
  Str* y = as<Str>(b);
  if (op == CmpOp::Eq) return make_bool(str_equal(x, y));
  if (op == CmpOp::Ne) return make_bool(!str_equal(x, y));
  int c = x->view().compare(y->view());  // UTF-8 byte order is code point order
  switch (op) {
    case CmpOp::Lt: return make_bool(c < 0);
    case CmpOp::Le: return make_bool(c <= 0);
    case CmpOp::Gt: return make_bool(c > 0);
    default: return make_bool(c >= 0);
  }
}

Result<int64_t> str_len(Value v) { return int64_t(as<Str>(v)->length); }

Result<Ref> str_getitem(Value v, Value key) {
  Str* s = as<Str>(v);
  if (key.is_small_int() || is_index_like(key)) {
    int64_t i = TRY(seq_index_value(key));
    if (!seq_norm_index(&i, int64_t(s->length))) return raise(exc::IndexError, "string index out of range");
    return str_from_char(str_char_at(s, size_t(i)));
  }
  if (is_slice(key)) {
    SliceIndices si;
    TRY(slice_compute(key, int64_t(s->length), &si));
    if (si.step == 1) return str_substr(s, size_t(si.start), size_t(si.start + si.length));
    if (si.length <= 0) return Ref::borrow(Value(ids::empty));
    std::string out;
    if (s->ascii) {
      out.resize(size_t(si.length));
      for (int64_t k = 0, i = si.start; k < si.length; ++k, i += si.step) out[k] = s->data[i];
      return make_str_known(out, size_t(si.length), true);
    }
    // Non-ASCII: decode once into code points.
    std::u32string cps;
    cps.reserve(s->length);
    for (size_t i = 0; i < s->byte_length;) {
      char32_t c;
      i += unicode::decode(s->data + i, &c);
      cps.push_back(c);
    }
    for (int64_t k = 0, i = si.start; k < si.length; ++k, i += si.step) unicode::append(out, cps[size_t(i)]);
    return make_str_known(out, size_t(si.length), false);
  }
  return raise(exc::TypeError, std::string("string indices must be integers, not '") + type_name(key) + "'");
}

Result<bool> str_contains(Value v, Value item) {
  if (!is_str(item)) {
    return raise(exc::TypeError, std::string("'in <string>' requires string as left operand, not ") + type_name(item));
  }
  return str_view(v).find(str_view(item)) != std::string_view::npos;
}

Result<Ref> str_add(Value a, Value b) {
  if (is_str(a) && is_str(b)) return str_concat(as<Str>(a), as<Str>(b));
  if (!is_str(a)) return not_implemented();
  if (defers_to_reflected(b, "__radd__")) return not_implemented();
  return raise(exc::TypeError, std::string("can only concatenate str (not \"") + type_name(b) + "\") to str");
}

Result<Ref> str_mul(Value a, Value b) {
  Value s = is_str(a) ? a : b;
  Value n = is_str(a) ? b : a;
  if (!is_str(s)) return not_implemented();
  if (is_str(a) && defers_to_reflected(n, "__rmul__")) return not_implemented();
  if (!(n.is_small_int() || is_index_like(n))) {
    return raise(exc::TypeError, std::string("can't multiply sequence by non-int of type '") + type_name(n) + "'");
  }
  int64_t count = TRY(seq_repeat_count(n));
  Str* x = as<Str>(s);
  if (count <= 0 || x->byte_length == 0) return Ref::borrow(Value(ids::empty));
  if (count == 1 && is_str_exact(s)) return Ref::borrow(s);
  if (uint64_t(count) > (uint64_t(1) << 40) / x->byte_length) return raise(exc::MemoryError);
  Ref r = str_alloc(x->byte_length * size_t(count), x->length * size_t(count), x->ascii);
  char* d = r.as<Str>()->data;
  for (int64_t k = 0; k < count; ++k) std::memcpy(d + k * x->byte_length, x->data, x->byte_length);
  return r;
}

Result<Ref> str_mod(Value a, Value b) {
  if (!is_str(a)) return not_implemented();
  return str_percent_format(as<Str>(a), b);
}

// --- iterator ---
struct StrIter : Object {
  Ref str;
  size_t offset = 0;  // byte offset of the next character
};

void striter_dealloc(Object* o) { delete_object(static_cast<StrIter*>(o)); }

Result<Ref> str_iter(Value v) {
  StrIter* it = new_object<StrIter>(&StrIterType);
  it->str = Ref::borrow(v);
  return Ref::steal(Value(it));
}

Result<Ref> striter_iter(Value v) { return Ref::borrow(v); }

Result<Ref> striter_next(Value v) {
  StrIter* it = as<StrIter>(v);
  if (!it->str) return Ref();
  Str* s = it->str.as<Str>();
  if (it->offset >= s->byte_length) {
    it->str.reset();
    return Ref();
  }
  char32_t c;
  it->offset += unicode::decode(s->data + it->offset, &c);
  return str_from_char(c);
}

Result<Ref> striter_length_hint(Value self, CallArgs) {
  StrIter* it = as<StrIter>(self);
  if (!it->str) return make_int(0);
  Str* s = it->str.as<Str>();
  return make_int(int64_t(unicode::count_code_points(s->view().substr(it->offset))));
}

const MethodDef kStrIterMethods[] = {
    {"__length_hint__", striter_length_hint},
    {nullptr},
};

// str(object='', encoding='utf-8', errors='strict')
Result<Ref> str_new(TypeObject* type, CallArgs args) {
  Value object, encoding, errors;
  if (args.nargs > 3) {
    return raise(exc::TypeError, "str expected at most 3 arguments, got " + std::to_string(args.nargs));
  }
  TRY(parse_args(args, "str", {"object", "encoding", "errors"}, 0, {&object, &encoding, &errors}));
  if (encoding && !is_str(encoding)) {
    return raise(exc::TypeError, std::string("str() argument 'encoding' must be str, not ") + type_name(encoding));
  }
  if (errors && !is_str(errors)) {
    return raise(exc::TypeError, std::string("str() argument 'errors' must be str, not ") + type_name(errors));
  }
  Ref result;
  if (!object) {
    result = Ref::borrow(Value(ids::empty));
  } else if (encoding || errors) {
    std::string_view data;
    if (object.is_object() && object.type() == &BytesType) {
      data = as<Bytes>(object)->view();
    } else if (object.is_object() && object.type() == &ByteArrayType) {
      data = std::string_view(as<ByteArray>(object)->data, as<ByteArray>(object)->size);
    } else if (is_str(object)) {
      return raise(exc::TypeError, "decoding str is not supported");
    } else {
      return raise(exc::TypeError, std::string("decoding to str: need a bytes-like object, ") + type_name(object) +
                                       " found");
    }
    std::string enc = encoding ? std::string(str_view(encoding)) : "utf-8";
    std::string err = errors ? std::string(str_view(errors)) : "strict";
    result = TRY(str_decode(data, enc, err));
  } else {
    result = TRY(str(object));
  }
  if (type == &StrType) return result;
  Str* s = result.as<Str>();
  Ref sub = str_alloc_type(type, s->byte_length, s->length, s->ascii);
  std::memcpy(sub.as<Str>()->data, s->data, s->byte_length);
  return sub;
}

Result<Ref> str_getnewargs(Value self, CallArgs) {
  Str* s = as<Str>(self);
  Ref copy = make_str_known(s->view(), s->length, s->ascii);
  return make_tuple({copy.get()});
}

}  // namespace

// Exposed for str_methods.cpp's table.
Result<Ref> str_method_getnewargs(Value self, CallArgs args) { return str_getnewargs(self, args); }

void init_str_types(TypeList& out) {
  StrType.name = "str";
  StrType.flags = kTypeBaseType | kTypeStrSubclass;
  StrType.basic_size = sizeof(Str);
  StrType.dealloc = str_dealloc;
  StrType.repr = str_repr_slot;
  StrType.str = str_str_slot;
  StrType.hash = str_hash_slot;
  StrType.richcompare = str_richcompare;
  StrType.iter = str_iter;
  StrType.binop[size_t(BinOp::Add)] = str_add;
  StrType.binop[size_t(BinOp::Mul)] = str_mul;
  StrType.binop[size_t(BinOp::Mod)] = str_mod;
  StrType.len = str_len;
  StrType.getitem = str_getitem;
  StrType.contains = str_contains;
  StrType.new_ = str_new;
  StrType.methods = kStrMethods;
  StrType.doc =
      "str(object='') -> str\nstr(bytes_or_buffer[, encoding[, errors]]) -> str\n\n"
      "Create a new string object from the given object.";
  out.push_back(&StrType);

  StrIterType.name = "str_ascii_iterator";
  StrIterType.basic_size = sizeof(StrIter);
  StrIterType.dealloc = striter_dealloc;
  StrIterType.iter = striter_iter;
  StrIterType.iternext = striter_next;
  StrIterType.methods = kStrIterMethods;
  out.push_back(&StrIterType);
}

}  // namespace weft
