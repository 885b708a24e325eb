// bytes (immutable, data allocated with the object) and bytearray (mutable, heap buffer, every
// mutation inside CriticalSection). The methods are shared: they read a snapshot of the data and
// build a result of the receiver's kind.
#include "objects/bytes.h"

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

#include "objects/abstract.h"
#include "objects/args.h"
#include "objects/exceptions.h"
#include "objects/int.h"
#include "objects/iterobject.h"
#include "objects/list.h"
#include "objects/slice.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"

namespace weft {

TypeObject BytesType;
TypeObject ByteArrayType;
TypeObject BytesIterType;
TypeObject ByteArrayIterType;

namespace {

#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Winvalid-offsetof"
constexpr size_t kBytesDataOffset = offsetof(Bytes, data);
#pragma GCC diagnostic pop

Bytes* alloc_bytes(TypeObject* type, size_t n) {
  size_t size = kBytesDataOffset + n + 1;
  if (type != &BytesType && type->basic_size > kBytesDataOffset) size += type->basic_size - kBytesDataOffset;
  size = (size + 7) & ~size_t(7);
  Bytes* b = new_object_sized<Bytes>(type, size);
  b->size = n;
  b->data[n] = '\0';
  return b;
}

Bytes* make_empty_bytes() {
  Bytes* b = alloc_bytes(&BytesType, 0);
  make_immortal(b);
  return b;
}

bool is_bytes_sub(Value v) { return v.is_object() && (v.type() == &BytesType || is_subtype(v.type(), &BytesType)); }
bool is_bytearray_sub(Value v) {
  return v.is_object() && (v.type() == &ByteArrayType || is_subtype(v.type(), &ByteArrayType));
}

// bytearray storage (caller holds the critical section).
bool ba_reserve(ByteArray* b, size_t n) {
  if (n + 1 <= b->capacity) return true;
  size_t cap = std::max(n + 1, b->capacity + (b->capacity >> 1) + 8);
  char* p = static_cast<char*>(std::realloc(b->data, cap));
  if (!p) return false;
  b->data = p;
  b->capacity = cap;
  return true;
}

bool ba_assign(ByteArray* b, std::string_view data) {
  if (!ba_reserve(b, data.size())) return false;
  if (!data.empty()) std::memmove(b->data, data.data(), data.size());
  b->size = data.size();
  b->data[b->size] = '\0';
  return true;
}

std::string ba_snapshot(ByteArray* b) {
  CriticalSection cs(b);
  return b->data ? std::string(b->data, b->size) : std::string();
}

// The receiver's data: a view for bytes, a snapshot for bytearray.
struct Data {
  std::string copy;
  std::string_view v;
  explicit Data(Value self) {
    if (is_bytearray_sub(self)) {
      copy = ba_snapshot(as<ByteArray>(self));
      v = copy;
    } else {
      v = as<Bytes>(self)->view();
    }
  }
};

Ref make_like(Value self, std::string_view data) {
  if (is_bytearray_sub(self)) return make_bytearray(data);
  return make_bytes(data);
}

ErrorMarker need_bytes(Value v) {
  return raise(exc::TypeError, std::string("a bytes-like object is required, not '") + type_name(v) + "'");
}

Result<std::string> buffer_arg(Value v) {
  std::string out;
  if (!bytes_like_data(v, &out)) return need_bytes(v);
  return out;
}

Result<int64_t> byte_value(Value v) {
  int64_t x = TRY(index_to_int64(v));
  if (x < 0 || x > 255) return raise(exc::ValueError, "byte must be in range(0, 256)");
  return x;
}

// Sub-sequence argument of find/count/index: bytes-like or an int.
Result<std::string> sub_arg(Value v) {
  std::string out;
  if (bytes_like_data(v, &out)) return out;
  if (is_index_like(v)) {
    int64_t x = TRY(byte_value(v));
    return std::string(1, char(x));
  }
  return raise(exc::TypeError, std::string("argument should be integer or bytes-like object, not '") +
                                   type_name(v) + "'");
}

inline bool is_space_b(unsigned char c) { return c == ' ' || (c >= 9 && c <= 13); }
inline bool is_lower_b(unsigned char c) { return c >= 'a' && c <= 'z'; }
inline bool is_upper_b(unsigned char c) { return c >= 'A' && c <= 'Z'; }
inline bool is_alpha_b(unsigned char c) { return is_lower_b(c) || is_upper_b(c); }
inline bool is_digit_b(unsigned char c) { return c >= '0' && c <= '9'; }

Status pos_args(CallArgs a, const char* name, size_t min, size_t max) {
  if (a.nkw()) return raise(exc::TypeError, std::string(name) + "() takes no keyword arguments");
  if (a.nargs < min) {
    return raise(exc::TypeError, std::string(name) + " expected at least " + std::to_string(min) + " argument" +
                                     (min == 1 ? "" : "s") + ", got " + std::to_string(a.nargs));
  }
  if (a.nargs > max) {
    return raise(exc::TypeError, std::string(name) + " expected at most " + std::to_string(max) + " argument" +
                                     (max == 1 ? "" : "s") + ", got " + std::to_string(a.nargs));
  }
  return ok();
}

Status one_arg(CallArgs a, const char* qual) {
  if (a.nkw()) return raise(exc::TypeError, std::string(qual) + "() takes no keyword arguments");
  if (a.nargs != 1) {
    return raise(exc::TypeError, std::string(qual) + "() takes exactly one argument (" + std::to_string(a.nargs) +
                                     " given)");
  }
  return ok();
}

Status no_args(CallArgs a, const char* qual) {
  if (a.nkw()) return raise(exc::TypeError, std::string(qual) + "() takes no keyword arguments");
  if (a.nargs) {
    return raise(exc::TypeError, std::string(qual) + "() takes no arguments (" + std::to_string(a.nargs) + " given)");
  }
  return ok();
}

inline Value arg(CallArgs a, size_t i) { return i < a.nargs ? a.args[i] : Value(); }

Result<int64_t> bound_arg(Value v, int64_t dflt) {
  if (!v || is_none(v)) return dflt;
  if (v.is_small_int()) return v.as_small_int();
  if (!is_index_like(v)) {
    return raise(exc::TypeError, "slice indices must be integers or None or have an __index__ method");
  }
  if (is_int(v)) {
    int64_t x;
    if (int_to_int64(v, &x)) return x;
    return int_sign(v) < 0 ? INT64_MIN / 2 : INT64_MAX / 2;
  }
  return index_to_int64(v);
}

void adjust(int64_t* start, int64_t* end, int64_t len) {
  if (*end > len) *end = len;
  else if (*end < 0) { *end += len; if (*end < 0) *end = 0; }
  if (*start < 0) { *start += len; if (*start < 0) *start = 0; }
}

}  // namespace

// ---------------------------------------------------------------------------------------------
// Public helpers

Ref make_bytes(std::string_view data) {
  if (data.empty()) {
    static Bytes* const empty = make_empty_bytes();
    return Ref::steal(Value(empty));
  }
  Bytes* b = alloc_bytes(&BytesType, data.size());
  std::memcpy(b->data, data.data(), data.size());
  return Ref::steal(Value(b));
}

Ref make_bytearray(std::string_view data) {
  ByteArray* b = new_object<ByteArray>(&ByteArrayType);
  ba_assign(b, data);
  return Ref::steal(Value(b));
}

bool bytes_like_data(Value v, std::string* out) {
  if (is_bytes_sub(v)) {
    out->assign(as<Bytes>(v)->view());
    return true;
  }
  if (is_bytearray_sub(v)) {
    *out = ba_snapshot(as<ByteArray>(v));
    return true;
  }
  return false;
}

std::string bytes_repr(std::string_view data) {
  bool has_single = data.find('\'') != std::string_view::npos;
  bool has_double = data.find('"') != std::string_view::npos;
  char quote = (has_single && !has_double) ? '"' : '\'';
  static const char* hex = "0123456789abcdef";
  std::string out = "b";
  out += quote;
  for (unsigned char c : data) {
    if (c == quote || c == '\\') {
      out += '\\';
      out += char(c);
    } else if (c == '\t') {
      out += "\\t";
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\r') {
      out += "\\r";
    } else if (c < 0x20 || c >= 0x7f) {
      out += "\\x";
      out += hex[c >> 4];
      out += hex[c & 15];
    } else {
      out += char(c);
    }
  }
  out += quote;
  return out;
}

namespace {

// ---------------------------------------------------------------------------------------------
// Construction

Result<std::string> data_from_object(Value x, const char* tname) {
  std::string out;
  if (bytes_like_data(x, &out)) return out;
  if (is_str(x)) return raise(exc::TypeError, "string argument without an encoding");
  if (is_index_like(x)) {
    int64_t n = TRY(index_to_int64(x));
    if (n < 0) return raise(exc::ValueError, "negative count");
    if (n > (int64_t(1) << 40)) return raise(exc::MemoryError);
    return std::string(size_t(n), '\0');
  }
  // __bytes__ (bytes only)
  if (std::string_view(tname) == "bytes") {
    Ref b = TRY(call_special_opt(x, intern("__bytes__"), {}));
    if (b) {
      if (!is_bytes_sub(b)) {
        return raise(exc::TypeError, std::string("__bytes__ returned non-bytes (type ") + type_name(b) + ")");
      }
      return std::string(as<Bytes>(b.get())->view());
    }
  }
  Result<Ref> itr = get_iter(x);
  if (!itr.ok()) {
    if (error_matches(&exc::TypeError)) {
      clear_error();
      return raise(exc::TypeError, std::string("cannot convert '") + type_name(x) + "' object to " + tname);
    }
    return kError;
  }
  Ref it = itr.take();
  for (;;) {
    Ref item = TRY(iter_next(it));
    if (!item) break;
    int64_t v = TRY(index_to_int64(item));
    if (v < 0 || v > 255) return raise(exc::ValueError, "bytes must be in range(0, 256)");
    out += char(v);
  }
  return out;
}

Result<std::string> construct_data(CallArgs args, const char* tname) {
  Value source, encoding, errors;
  if (args.nargs > 3) {
    return raise(exc::TypeError, std::string(tname) + " expected at most 3 arguments, got " + std::to_string(args.nargs));
  }
  TRY(parse_args(args, tname, {"source", "encoding", "errors"}, 0, {&source, &encoding, &errors}));
  if (encoding && !is_str(encoding)) {
    return raise(exc::TypeError, std::string(tname) + "() argument 'encoding' must be str, not " + type_name(encoding));
  }
  if (errors && !is_str(errors)) {
    return raise(exc::TypeError, std::string(tname) + "() argument 'errors' must be str, not " + type_name(errors));
  }
  if (!source) {
    if (encoding) return raise(exc::TypeError, "encoding without a string argument");
    if (errors) return raise(exc::TypeError, "errors without a string argument");
    return std::string();
  }
  if (is_str(source)) {
    if (!encoding) return raise(exc::TypeError, "string argument without an encoding");
    Ref b = TRY(str_encode(as<Str>(source), str_view(encoding), errors ? str_view(errors) : "strict"));
    return std::string(as<Bytes>(b.get())->view());
  }
  if (encoding) return raise(exc::TypeError, "encoding without a string argument");
  if (errors) return raise(exc::TypeError, "errors without a string argument");
  return data_from_object(source, tname);
}

Result<Ref> bytes_new(TypeObject* type, CallArgs args) {
  if (type == &BytesType && args.nargs == 1 && !args.nkw() && is_bytes(args[0])) return Ref::borrow(args[0]);
  std::string data = TRY(construct_data(args, "bytes"));
  if (type == &BytesType) return make_bytes(data);
  Bytes* b = alloc_bytes(type, data.size());
  std::memcpy(b->data, data.data(), data.size());
  return Ref::steal(Value(b));
}

Result<Ref> bytearray_new(TypeObject* type, CallArgs) {
  ByteArray* b = new_object<ByteArray>(type);
  ba_assign(b, "");
  return Ref::steal(Value(b));
}

Status bytearray_init(Value self, CallArgs args) {
  std::string data = TRY(construct_data(args, "bytearray"));
  ByteArray* b = as<ByteArray>(self);
  CriticalSection cs(b);
  if (!ba_assign(b, data)) return raise(exc::MemoryError);
  return ok();
}

// ---------------------------------------------------------------------------------------------
// Slots

void bytes_dealloc(Object* o) { delete_object(static_cast<Bytes*>(o)); }

void bytearray_dealloc(Object* o) {
  ByteArray* b = static_cast<ByteArray*>(o);
  std::free(b->data);
  b->data = nullptr;
  delete_object(b);
}

Result<Ref> bytes_repr_slot(Value v) { return make_str(bytes_repr(as<Bytes>(v)->view())); }

Result<Ref> bytearray_repr(Value v) {
  std::string data = ba_snapshot(as<ByteArray>(v));
  std::string name = v.type() == &ByteArrayType ? "bytearray" : type_name(v);
  return make_str(name + "(" + bytes_repr(data) + ")");
}

Result<int64_t> bytes_hash(Value v) {
  Bytes* b = as<Bytes>(v);
  std::atomic_ref<int64_t> cache(b->hash_cache);  // benign race: every thread stores the same value
  int64_t h = cache.load(std::memory_order_relaxed);
  if (h == -1) {
    h = hash_bytes_data(b->view());
    cache.store(h, std::memory_order_relaxed);
  }
  return h;
}

Result<int64_t> bytearray_hash(Value v) {
  return raise(exc::TypeError, std::string("unhashable type: '") + type_name(v) + "'");
}

Result<Ref> bytes_richcompare(Value a, Value b, CmpOp op) {
  std::string x, y;
  if (!bytes_like_data(a, &x) || !bytes_like_data(b, &y)) return not_implemented();
  int c = x.compare(y);
  bool r = false;
  switch (op) {
    case CmpOp::Lt: r = c < 0; break;
    case CmpOp::Le: r = c <= 0; break;
    case CmpOp::Eq: r = c == 0; break;
    case CmpOp::Ne: r = c != 0; break;
    case CmpOp::Gt: r = c > 0; break;
    case CmpOp::Ge: r = c >= 0; break;
  }
  return make_bool(r);
}

Result<int64_t> bytes_len(Value v) { return int64_t(as<Bytes>(v)->size); }
Result<int64_t> bytearray_len(Value v) {
  ByteArray* b = as<ByteArray>(v);
  CriticalSection cs(b);
  return int64_t(b->size);
}

Result<Ref> getitem_common(Value v, Value key, bool is_ba) {
  if (key.is_small_int() || is_index_like(key)) {
    int64_t i = TRY(seq_index_value(key));
    if (is_ba) {
      ByteArray* b = as<ByteArray>(v);
      CriticalSection cs(b);
      if (!seq_norm_index(&i, int64_t(b->size))) return raise(exc::IndexError, "bytearray index out of range");
      return make_int(static_cast<unsigned char>(b->data[i]));
    }
    Bytes* b = as<Bytes>(v);
    if (!seq_norm_index(&i, int64_t(b->size))) return raise(exc::IndexError, "index out of range");
    return make_int(static_cast<unsigned char>(b->data[i]));
  }
  if (is_slice(key)) {
    Data d(v);
    SliceIndices si;
    TRY(slice_compute(key, int64_t(d.v.size()), &si));
    std::string out;
    if (si.step == 1) {
      if (si.length > 0) out.assign(d.v.substr(size_t(si.start), size_t(si.length)));
    } else {
      for (int64_t k = 0, i = si.start; k < si.length; ++k, i += si.step) out += d.v[size_t(i)];
    }
    if (!is_ba && si.step == 1 && si.length == int64_t(d.v.size()) && v.type() == &BytesType) return Ref::borrow(v);
    return is_ba ? make_bytearray(out) : make_bytes(out);
  }
  return raise(exc::TypeError, std::string(is_ba ? "bytearray" : "byte") + " indices must be integers or slices, not " +
                                   type_name(key));
}

Result<Ref> bytes_getitem(Value v, Value key) { return getitem_common(v, key, false); }
Result<Ref> bytearray_getitem(Value v, Value key) { return getitem_common(v, key, true); }

Status bytearray_setitem(Value v, Value key, Value value) {
  ByteArray* b = as<ByteArray>(v);
  if (key.is_small_int() || is_index_like(key)) {
    int64_t i = TRY(seq_index_value(key));
    int64_t x = 0;
    if (value) x = TRY(byte_value(value));
    CriticalSection cs(b);
    if (!seq_norm_index(&i, int64_t(b->size))) return raise(exc::IndexError, "bytearray index out of range");
    if (value) {
      b->data[i] = char(x);
    } else {
      std::memmove(b->data + i, b->data + i + 1, b->size - size_t(i) - 1);
      b->data[--b->size] = '\0';
    }
    return ok();
  }
  if (!is_slice(key)) {
    return raise(exc::TypeError, std::string("bytearray indices must be integers or slices, not ") + type_name(key));
  }
  std::string repl;
  if (value) {
    if (!bytes_like_data(value, &repl)) {
      if (is_index_like(value)) {
        return raise(exc::TypeError, "can assign only bytes, buffers, or iterables of ints in range(0, 256)");
      }
      if (is_str(value)) {
        return raise(exc::TypeError, "can assign only bytes, buffers, or iterables of ints in range(0, 256)");
      }
      repl = TRY(data_from_object(value, "bytearray"));
    }
  }
  std::string cur = ba_snapshot(b);
  SliceIndices si;
  TRY(slice_compute(key, int64_t(cur.size()), &si));
  if (si.step == 1) {
    int64_t lo = si.start, hi = std::max(si.start, si.start + si.length);
    cur.replace(size_t(lo), size_t(hi - lo), repl);
  } else if (!value) {
    std::vector<bool> drop(cur.size(), false);
    for (int64_t k = 0, i = si.start; k < si.length; ++k, i += si.step) drop[size_t(i)] = true;
    std::string out;
    for (size_t i = 0; i < cur.size(); ++i) if (!drop[i]) out += cur[i];
    cur.swap(out);
  } else {
    if (int64_t(repl.size()) != si.length) {
      return raise(exc::ValueError, "attempt to assign bytes of size " + std::to_string(repl.size()) +
                                        " to extended slice of size " + std::to_string(si.length));
    }
    for (int64_t k = 0, i = si.start; k < si.length; ++k, i += si.step) cur[size_t(i)] = repl[size_t(k)];
  }
  CriticalSection cs(b);
  if (!ba_assign(b, cur)) return raise(exc::MemoryError);
  return ok();
}

Result<bool> contains_common(Value v, Value item) {
  Data d(v);
  if (is_index_like(item)) {
    int64_t x = TRY(byte_value(item));
    return d.v.find(char(x)) != std::string_view::npos;
  }
  std::string sub;
  if (!bytes_like_data(item, &sub)) return need_bytes(item);
  return d.v.find(sub) != std::string_view::npos;
}

Result<Ref> concat_common(Value a, Value b) {
  std::string x, y;
  if (!bytes_like_data(a, &x)) return not_implemented();
  if (!bytes_like_data(b, &y)) {
    if (defers_to_reflected(b, "__radd__")) return not_implemented();
    return raise(exc::TypeError, std::string("can't concat ") + type_name(b) + " to " + type_name(a));
  }
  return make_like(a, x + y);
}

Result<Ref> repeat_common(Value a, Value b) {
  bool left = is_bytes_sub(a) || is_bytearray_sub(a);
  Value s = left ? a : b;
  Value n = left ? b : a;
  if (!(is_bytes_sub(s) || is_bytearray_sub(s))) return not_implemented();
  if (left && defers_to_reflected(n, "__rmul__")) return not_implemented();
  if (!(n.is_small_int() || is_index_like(n))) {
    return raise(exc::TypeError, std::string("can't multiply sequence by non-int of type '") + type_name(n) + "'");
  }
  int64_t count = TRY(seq_repeat_count(n));
  Data d(s);
  if (count <= 0 || d.v.empty()) return make_like(s, "");
  if (uint64_t(count) > (uint64_t(1) << 40) / d.v.size()) return raise(exc::MemoryError);
  std::string out;
  out.reserve(d.v.size() * size_t(count));
  for (int64_t k = 0; k < count; ++k) out.append(d.v);
  return make_like(s, out);
}

Result<Ref> bytearray_iadd(Value a, Value b) {
  if (!is_bytearray_sub(a)) return not_implemented();
  std::string y;
  if (!bytes_like_data(b, &y)) {
    return raise(exc::TypeError, std::string("can't concat ") + type_name(b) + " to " + type_name(a));
  }
  ByteArray* ba = as<ByteArray>(a);
  {
    CriticalSection cs(ba);
    if (!ba_reserve(ba, ba->size + y.size())) return raise(exc::MemoryError);
    std::memcpy(ba->data + ba->size, y.data(), y.size());
    ba->size += y.size();
    ba->data[ba->size] = '\0';
  }
  return Ref::borrow(a);
}

Result<Ref> bytearray_imul(Value a, Value b) {
  if (!is_bytearray_sub(a)) return not_implemented();
  Ref r = TRY(repeat_common(a, b));
  std::string data = ba_snapshot(r.as<ByteArray>());
  ByteArray* ba = as<ByteArray>(a);
  CriticalSection cs(ba);
  if (!ba_assign(ba, data)) return raise(exc::MemoryError);
  return Ref::borrow(a);
}

// bytes % args (printf-style, str_format.cpp).
Result<Ref> bytes_mod(Value a, Value b) {
  if (!(is_bytes_sub(a) || is_bytearray_sub(a))) return not_implemented();
  Data d(a);
  Ref out = TRY(bytes_percent_format(d.v, b));
  if (is_bytearray_sub(a)) return make_bytearray(as<Bytes>(out.get())->view());
  return out;
}

// --- iterators ---
struct BytesIter : Object {
  Ref seq;
  size_t index = 0;
};

void bytesiter_dealloc(Object* o) { delete_object(static_cast<BytesIter*>(o)); }

Result<Ref> bytes_iter(Value v) {
  BytesIter* it = new_object<BytesIter>(&BytesIterType);
  it->seq = Ref::borrow(v);
  return Ref::steal(Value(it));
}

Result<Ref> bytearray_iter(Value v) {
  BytesIter* it = new_object<BytesIter>(&ByteArrayIterType);
  it->seq = Ref::borrow(v);
  return Ref::steal(Value(it));
}

Result<Ref> self_iter(Value v) { return Ref::borrow(v); }

Result<Ref> bytesiter_next(Value v) {
  BytesIter* it = as<BytesIter>(v);
  if (!it->seq) return Ref();
  Bytes* b = it->seq.as<Bytes>();
  if (it->index < b->size) return make_int(static_cast<unsigned char>(b->data[it->index++]));
  it->seq.reset();
  return Ref();
}

Result<Ref> bytearrayiter_next(Value v) {
  BytesIter* it = as<BytesIter>(v);
  if (!it->seq) return Ref();
  ByteArray* b = it->seq.as<ByteArray>();
  {
    CriticalSection cs(b);
    if (it->index < b->size) return make_int(static_cast<unsigned char>(b->data[it->index++]));
  }
  it->seq.reset();
  return Ref();
}

// ---------------------------------------------------------------------------------------------
// Methods (shared by bytes and bytearray)

Result<Ref> m_decode(Value self, CallArgs a) {
  Value enc, err;
  TRY(parse_args(a, "decode", {"encoding", "errors"}, 0, {&enc, &err}));
  if (enc && !is_str(enc)) {
    return raise(exc::TypeError, std::string("decode() argument 'encoding' must be str, not ") + type_name(enc));
  }
  if (err && !is_str(err)) {
    return raise(exc::TypeError, std::string("decode() argument 'errors' must be str, not ") + type_name(err));
  }
  Data d(self);
  return str_decode(d.v, enc ? str_view(enc) : "utf-8", err ? str_view(err) : "strict");
}

Result<Ref> m_hex(Value self, CallArgs a) {
  Value sep, bps;
  TRY(parse_args(a, "hex", {"sep", "bytes_per_sep"}, 0, {&sep, &bps}));
  Data d(self);
  static const char* hex = "0123456789abcdef";
  std::string sep_s;
  int64_t per = 1;
  if (sep) {
    if (is_str(sep)) sep_s = std::string(str_view(sep));
    else if (!bytes_like_data(sep, &sep_s)) return raise(exc::TypeError, "sep must be str or bytes.");
    if (sep_s.size() != 1) return raise(exc::ValueError, "sep must be length 1.");
    if (bps) per = TRY(index_to_int64(bps));
  }
  std::string out;
  size_t n = d.v.size();
  for (size_t i = 0; i < n; ++i) {
    if (!sep_s.empty() && i > 0 && per != 0) {
      size_t group = size_t(per < 0 ? -per : per);
      // positive: groups counted from the right; negative: from the left
      bool boundary = per > 0 ? (n - i) % group == 0 : i % group == 0;
      if (boundary) out += sep_s;
    }
    unsigned char c = d.v[i];
    out += hex[c >> 4];
    out += hex[c & 15];
  }
  return make_str(out);
}

Result<Ref> m_fromhex(Value cls, CallArgs a) {
  TRY(one_arg(a, "fromhex"));
  if (!is_str(a[0])) {
    return raise(exc::TypeError, std::string("fromhex() argument must be str, not ") + type_name(a[0]));
  }
  std::string_view s = str_view(a[0]);
  std::string out;
  auto hexval = [](char c) -> int {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
  };
  size_t i = 0;
  while (i < s.size()) {
    if (is_space_b(static_cast<unsigned char>(s[i]))) {
      ++i;
      continue;
    }
    int hi = hexval(s[i]);
    if (hi < 0) {
      return raise(exc::ValueError, "non-hexadecimal number found in fromhex() arg at position " + std::to_string(i));
    }
    if (i + 1 >= s.size() || hexval(s[i + 1]) < 0) {
      return raise(exc::ValueError,
                   "non-hexadecimal number found in fromhex() arg at position " + std::to_string(i + 1));
    }
    out += char(hi * 16 + hexval(s[i + 1]));
    i += 2;
  }
  if (cls.is(Value(&ByteArrayType))) return make_bytearray(out);
  Ref b = make_bytes(out);
  if (cls.is(Value(&BytesType))) return b;
  return call(cls, {b.get()});
}

Result<Ref> m_join(Value self, CallArgs a) {
  TRY(one_arg(a, "join"));
  Data sep(self);
  Ref items = TRY(list_from_iterable(a[0]));
  std::string out;
  size_t n = list_size(items);
  for (size_t i = 0; i < n; ++i) {
    std::string part;
    Value item = list_item(items, i);
    if (!bytes_like_data(item, &part)) {
      return raise(exc::TypeError, "sequence item " + std::to_string(i) + ": expected a bytes-like object, " +
                                       type_name(item) + " found");
    }
    if (i) out.append(sep.v);
    out += part;
  }
  return make_like(self, out);
}

enum class FindKind { Find, RFind, Index, RIndex, Count };

Result<Ref> do_find(Value self, CallArgs a, const char* name, FindKind kind) {
  TRY(pos_args(a, name, 1, 3));
  std::string sub = TRY(sub_arg(a[0]));
  int64_t start = TRY(bound_arg(arg(a, 1), 0));
  int64_t end = TRY(bound_arg(arg(a, 2), INT64_MAX));
  Data d(self);
  int64_t len = int64_t(d.v.size());
  adjust(&start, &end, len);
  if (kind == FindKind::Count) {
    if (start > len || end < start) return make_int(0);
    if (sub.empty()) return make_int(end - start + 1);
    std::string_view hay = d.v.substr(size_t(start), size_t(end - start));
    int64_t c = 0;
    for (size_t pos = 0; (pos = hay.find(sub, pos)) != std::string_view::npos; pos += sub.size()) ++c;
    return make_int(c);
  }
  int64_t result = -1;
  if (start <= len && end - start >= int64_t(sub.size())) {
    std::string_view hay = d.v.substr(size_t(start), size_t(end - start));
    size_t pos = (kind == FindKind::Find || kind == FindKind::Index) ? hay.find(sub) : hay.rfind(sub);
    if (pos != std::string_view::npos) result = start + int64_t(pos);
  }
  if (result < 0 && (kind == FindKind::Index || kind == FindKind::RIndex)) {
    return raise(exc::ValueError, "subsection not found");
  }
  return make_int(result);
}

Result<Ref> m_find(Value s, CallArgs a) { return do_find(s, a, "find", FindKind::Find); }
Result<Ref> m_rfind(Value s, CallArgs a) { return do_find(s, a, "rfind", FindKind::RFind); }
Result<Ref> m_index(Value s, CallArgs a) { return do_find(s, a, "index", FindKind::Index); }
Result<Ref> m_rindex(Value s, CallArgs a) { return do_find(s, a, "rindex", FindKind::RIndex); }
Result<Ref> m_count(Value s, CallArgs a) { return do_find(s, a, "count", FindKind::Count); }

Result<Ref> starts_ends(Value self, CallArgs a, const char* name, bool ends) {
  TRY(pos_args(a, name, 1, 3));
  Data d(self);
  int64_t start = TRY(bound_arg(arg(a, 1), 0));
  int64_t end = TRY(bound_arg(arg(a, 2), INT64_MAX));
  int64_t len = int64_t(d.v.size());
  adjust(&start, &end, len);
  auto test = [&](const std::string& x) {
    if (start > len || end - start < int64_t(x.size())) return false;
    std::string_view hay = d.v.substr(size_t(start), size_t(end - start));
    return ends ? hay.substr(hay.size() - x.size()) == x : hay.substr(0, x.size()) == x;
  };
  std::string one;
  if (is_tuple(a[0])) {
    for (size_t i = 0; i < tuple_size(a[0]); ++i) {
      Value item = tuple_item(a[0], i);
      if (!bytes_like_data(item, &one)) return need_bytes(item);
      if (test(one)) return make_bool(true);
    }
    return make_bool(false);
  }
  if (!bytes_like_data(a[0], &one)) {
    return raise(exc::TypeError, std::string(name) + " first arg must be bytes or a tuple of bytes, not " +
                                     type_name(a[0]));
  }
  return make_bool(test(one));
}

Result<Ref> m_startswith(Value s, CallArgs a) { return starts_ends(s, a, "startswith", false); }
Result<Ref> m_endswith(Value s, CallArgs a) { return starts_ends(s, a, "endswith", true); }

Result<Ref> do_strip(Value self, CallArgs a, const char* name, bool left, bool right) {
  TRY(pos_args(a, name, 0, 1));
  Data d(self);
  std::string chars;
  bool ws = !arg(a, 0) || is_none(a[0]);
  if (!ws) chars = TRY(buffer_arg(a[0]));
  auto strip_it = [&](unsigned char c) { return ws ? is_space_b(c) : chars.find(char(c)) != std::string::npos; };
  size_t i = 0, j = d.v.size();
  if (left) while (i < j && strip_it(d.v[i])) ++i;
  if (right) while (j > i && strip_it(d.v[j - 1])) --j;
  return make_like(self, d.v.substr(i, j - i));
}

Result<Ref> m_strip(Value s, CallArgs a) { return do_strip(s, a, "strip", true, true); }
Result<Ref> m_lstrip(Value s, CallArgs a) { return do_strip(s, a, "lstrip", true, false); }
Result<Ref> m_rstrip(Value s, CallArgs a) { return do_strip(s, a, "rstrip", false, true); }

Result<Ref> do_split(Value self, CallArgs a, const char* name, bool reverse) {
  Value sep_v, maxsplit_v;
  TRY(parse_args(a, name, {"sep", "maxsplit"}, 0, {&sep_v, &maxsplit_v}));
  int64_t maxsplit = -1;
  if (maxsplit_v) maxsplit = TRY(index_to_int64(maxsplit_v));
  if (maxsplit < 0) maxsplit = INT64_MAX;
  Data d(self);
  std::string_view v = d.v;
  std::vector<std::pair<size_t, size_t>> parts;
  if (!sep_v || is_none(sep_v)) {
    int64_t n = int64_t(v.size());
    if (!reverse) {
      int64_t i = 0;
      for (;;) {
        while (i < n && is_space_b(v[size_t(i)])) ++i;
        if (i >= n) break;
        if (int64_t(parts.size()) >= maxsplit) {
          parts.push_back({size_t(i), size_t(n)});
          break;
        }
        int64_t j = i;
        while (j < n && !is_space_b(v[size_t(j)])) ++j;
        parts.push_back({size_t(i), size_t(j)});
        i = j;
      }
    } else {
      int64_t j = n;
      for (;;) {
        while (j > 0 && is_space_b(v[size_t(j - 1)])) --j;
        if (j <= 0) break;
        if (int64_t(parts.size()) >= maxsplit) {
          parts.push_back({0, size_t(j)});
          break;
        }
        int64_t i = j;
        while (i > 0 && !is_space_b(v[size_t(i - 1)])) --i;
        parts.push_back({size_t(i), size_t(j)});
        j = i;
      }
      std::reverse(parts.begin(), parts.end());
    }
  } else {
    std::string sep = TRY(buffer_arg(sep_v));
    if (sep.empty()) return raise(exc::ValueError, "empty separator");
    if (!reverse) {
      size_t pos = 0;
      for (int64_t c = 0; c < maxsplit; ++c) {
        size_t f = v.find(sep, pos);
        if (f == std::string_view::npos) break;
        parts.push_back({pos, f});
        pos = f + sep.size();
      }
      parts.push_back({pos, v.size()});
    } else {
      size_t end = v.size();
      for (int64_t c = 0; c < maxsplit && end >= sep.size(); ++c) {
        size_t f = v.rfind(sep, end - sep.size());
        if (f == std::string_view::npos) break;
        parts.push_back({f + sep.size(), end});
        end = f;
      }
      parts.push_back({0, end});
      std::reverse(parts.begin(), parts.end());
    }
  }
  Ref result = make_list(parts.size());
  for (auto& [i, j] : parts) {
    Ref piece = make_like(self, v.substr(i, j - i));
    TRY(list_append(result.as<List>(), piece));
  }
  return result;
}

Result<Ref> m_split(Value s, CallArgs a) { return do_split(s, a, "split", false); }
Result<Ref> m_rsplit(Value s, CallArgs a) { return do_split(s, a, "rsplit", true); }

Result<Ref> m_splitlines(Value self, CallArgs a) {
  Value keep_v;
  TRY(parse_args(a, "splitlines", {"keepends"}, 0, {&keep_v}));
  bool keepends = false;
  if (keep_v) keepends = TRY(truthy(keep_v));
  Data d(self);
  std::string_view v = d.v;
  Ref result = make_list();
  size_t i = 0, n = v.size();
  while (i < n) {
    size_t j = i;
    while (j < n && v[j] != '\n' && v[j] != '\r') ++j;
    size_t eol = j;
    if (j < n) {
      j += (v[j] == '\r' && j + 1 < n && v[j + 1] == '\n') ? 2 : 1;
      if (keepends) eol = j;
    }
    Ref piece = make_like(self, v.substr(i, eol - i));
    TRY(list_append(result.as<List>(), piece));
    i = j;
  }
  return result;
}

Result<Ref> do_partition(Value self, CallArgs a, const char* qual, bool reverse) {
  TRY(one_arg(a, qual));
  std::string sep = TRY(buffer_arg(a[0]));
  if (sep.empty()) return raise(exc::ValueError, "empty separator");
  Data d(self);
  size_t f = reverse ? d.v.rfind(sep) : d.v.find(sep);
  Ref empty = make_like(self, "");
  if (f == std::string_view::npos) {
    Ref whole = make_like(self, d.v);
    Ref empty2 = make_like(self, "");
    if (reverse) return make_tuple({empty.get(), empty2.get(), whole.get()});
    return make_tuple({whole.get(), empty.get(), empty2.get()});
  }
  Ref before = make_like(self, d.v.substr(0, f));
  Ref mid = make_like(self, sep);
  Ref after = make_like(self, d.v.substr(f + sep.size()));
  return make_tuple({before.get(), mid.get(), after.get()});
}

Result<Ref> m_partition(Value s, CallArgs a) { return do_partition(s, a, "partition", false); }
Result<Ref> m_rpartition(Value s, CallArgs a) { return do_partition(s, a, "rpartition", true); }

Result<Ref> m_replace(Value self, CallArgs a) {
  Value old_v, new_v, count_v;
  TRY(parse_args(a, "replace", {"/old", "/new", "count"}, 2, {&old_v, &new_v, &count_v}));
  std::string ov = TRY(buffer_arg(old_v));
  std::string nv = TRY(buffer_arg(new_v));
  int64_t count = -1;
  if (count_v) count = TRY(index_to_int64(count_v));
  if (count < 0) count = INT64_MAX;
  Data d(self);
  std::string_view v = d.v;
  std::string out;
  if (ov.empty()) {
    int64_t done = 0;
    for (size_t i = 0; i <= v.size(); ++i) {
      if (done < count) { out += nv; ++done; }
      if (i < v.size()) out += v[i];
    }
    return make_like(self, out);
  }
  size_t pos = 0;
  for (int64_t done = 0; done < count; ++done) {
    size_t f = v.find(ov, pos);
    if (f == std::string_view::npos) break;
    out.append(v.substr(pos, f - pos));
    out += nv;
    pos = f + ov.size();
  }
  out.append(v.substr(pos));
  return make_like(self, out);
}

enum class CaseOp { Lower, Upper, Swap, Title, Capitalize };

Result<Ref> case_map(Value self, CallArgs a, const char* qual, CaseOp op) {
  TRY(no_args(a, qual));
  Data d(self);
  std::string out(d.v);
  bool prev_cased = false;
  for (size_t i = 0; i < out.size(); ++i) {
    unsigned char c = out[i];
    bool up = is_upper_b(c), lo = is_lower_b(c);
    switch (op) {
      case CaseOp::Lower: if (up) c += 32; break;
      case CaseOp::Upper: if (lo) c -= 32; break;
      case CaseOp::Swap: if (up) c += 32; else if (lo) c -= 32; break;
      case CaseOp::Title:
        if (prev_cased) { if (up) c += 32; } else if (lo) c -= 32;
        prev_cased = up || lo;
        break;
      case CaseOp::Capitalize:
        if (i == 0) { if (lo) c -= 32; } else if (up) c += 32;
        break;
    }
    out[i] = char(c);
  }
  return make_like(self, out);
}

Result<Ref> m_lower(Value s, CallArgs a) { return case_map(s, a, "lower", CaseOp::Lower); }
Result<Ref> m_upper(Value s, CallArgs a) { return case_map(s, a, "upper", CaseOp::Upper); }
Result<Ref> m_swapcase(Value s, CallArgs a) { return case_map(s, a, "swapcase", CaseOp::Swap); }
Result<Ref> m_title(Value s, CallArgs a) { return case_map(s, a, "title", CaseOp::Title); }
Result<Ref> m_capitalize(Value s, CallArgs a) { return case_map(s, a, "capitalize", CaseOp::Capitalize); }

template <class Pred>
Result<Ref> all_bytes(Value self, CallArgs a, const char* qual, Pred pred) {
  TRY(no_args(a, qual));
  Data d(self);
  if (d.v.empty()) return make_bool(false);
  for (unsigned char c : d.v) if (!pred(c)) return make_bool(false);
  return make_bool(true);
}

Result<Ref> m_isdigit(Value s, CallArgs a) { return all_bytes(s, a, "isdigit", is_digit_b); }
Result<Ref> m_isalpha(Value s, CallArgs a) { return all_bytes(s, a, "isalpha", is_alpha_b); }
Result<Ref> m_isspace(Value s, CallArgs a) { return all_bytes(s, a, "isspace", is_space_b); }
Result<Ref> m_isalnum(Value s, CallArgs a) {
  return all_bytes(s, a, "isalnum", [](unsigned char c) { return is_alpha_b(c) || is_digit_b(c); });
}
Result<Ref> m_isascii(Value self, CallArgs a) {
  TRY(no_args(a, "isascii"));
  Data d(self);
  for (unsigned char c : d.v) if (c >= 0x80) return make_bool(false);
  return make_bool(true);
}
Result<Ref> m_islower(Value self, CallArgs a) {
  TRY(no_args(a, "islower"));
  Data d(self);
  bool cased = false;
  for (unsigned char c : d.v) {
    if (is_upper_b(c)) return make_bool(false);
    if (is_lower_b(c)) cased = true;
  }
  return make_bool(cased);
}
Result<Ref> m_isupper(Value self, CallArgs a) {
  TRY(no_args(a, "isupper"));
  Data d(self);
  bool cased = false;
  for (unsigned char c : d.v) {
    if (is_lower_b(c)) return make_bool(false);
    if (is_upper_b(c)) cased = true;
  }
  return make_bool(cased);
}

Result<Ref> m_istitle(Value self, CallArgs a) {
  TRY(no_args(a, "istitle"));
  Data d(self);
  bool cased = false, prev_cased = false;
  for (unsigned char c : d.v) {
    if (is_upper_b(c)) {
      if (prev_cased) return make_bool(false);
      prev_cased = cased = true;
    } else if (is_lower_b(c)) {
      if (!prev_cased) return make_bool(false);
      prev_cased = cased = true;
    } else {
      prev_cased = false;
    }
  }
  return make_bool(cased);
}

// translate(table, /, delete=b''): table is None or 256 bytes.
Result<Ref> m_translate(Value self, CallArgs a) {
  Value table_v, del_v;
  TRY(parse_args(a, "translate", {"/table", "delete"}, 1, {&table_v, &del_v}));
  std::string table;
  bool have_table = !is_none(table_v);
  if (have_table) {
    table = TRY(buffer_arg(table_v));
    if (table.size() != 256) return raise(exc::ValueError, "translation table must be 256 characters long");
  }
  bool drop[256] = {};
  if (del_v) {
    std::string del = TRY(buffer_arg(del_v));
    for (unsigned char c : del) drop[c] = true;
  }
  Data d(self);
  std::string out;
  out.reserve(d.v.size());
  for (unsigned char c : d.v) {
    if (drop[c]) continue;
    out += have_table ? table[c] : char(c);
  }
  return make_like(self, out);
}

// bytes.maketrans(frm, to) (static): the 256-byte table for translate().
Result<Ref> m_maketrans(Value, CallArgs a) {
  TRY(pos_args(a, "maketrans", 2, 2));
  std::string frm = TRY(buffer_arg(a[0]));
  std::string to = TRY(buffer_arg(a[1]));
  if (frm.size() != to.size()) return raise(exc::ValueError, "maketrans arguments must have same length");
  std::string table(256, '\0');
  for (int i = 0; i < 256; ++i) table[size_t(i)] = char(i);
  for (size_t i = 0; i < frm.size(); ++i) table[static_cast<unsigned char>(frm[i])] = to[i];
  return make_bytes(table);
}

Result<Ref> justify(Value self, CallArgs a, const char* name, int mode) {
  TRY(pos_args(a, name, 1, 2));
  int64_t width = TRY(index_to_int64(a[0]));
  char fill = ' ';
  if (a.nargs > 1) {
    std::string f;
    if (!bytes_like_data(a[1], &f) || f.size() != 1) {
      return raise(exc::TypeError, std::string(name) + "() argument 2 must be a byte string of length 1, not " +
                                       type_name(a[1]));
    }
    fill = f[0];
  }
  Data d(self);
  int64_t len = int64_t(d.v.size());
  if (width <= len) return make_like(self, d.v);
  int64_t marg = width - len;
  int64_t left = mode < 0 ? 0 : mode > 0 ? marg : marg / 2 + (marg & width & 1);
  std::string out(size_t(left), fill);
  out.append(d.v);
  out.append(size_t(marg - left), fill);
  return make_like(self, out);
}

Result<Ref> m_ljust(Value s, CallArgs a) { return justify(s, a, "ljust", -1); }
Result<Ref> m_rjust(Value s, CallArgs a) { return justify(s, a, "rjust", 1); }
Result<Ref> m_center(Value s, CallArgs a) { return justify(s, a, "center", 0); }

Result<Ref> m_zfill(Value self, CallArgs a) {
  TRY(one_arg(a, "zfill"));
  int64_t width = TRY(index_to_int64(a[0]));
  Data d(self);
  std::string v(d.v);
  if (width <= int64_t(v.size())) return make_like(self, v);
  size_t fill = size_t(width) - v.size();
  size_t at = (!v.empty() && (v[0] == '+' || v[0] == '-')) ? 1 : 0;
  v.insert(at, fill, '0');
  return make_like(self, v);
}

Result<Ref> m_removeprefix(Value self, CallArgs a) {
  TRY(one_arg(a, "removeprefix"));
  std::string p = TRY(buffer_arg(a[0]));
  Data d(self);
  if (!p.empty() && d.v.substr(0, p.size()) == p) return make_like(self, d.v.substr(p.size()));
  return make_like(self, d.v);
}

Result<Ref> m_removesuffix(Value self, CallArgs a) {
  TRY(one_arg(a, "removesuffix"));
  std::string p = TRY(buffer_arg(a[0]));
  Data d(self);
  if (!p.empty() && p.size() <= d.v.size() && d.v.substr(d.v.size() - p.size()) == p) {
    return make_like(self, d.v.substr(0, d.v.size() - p.size()));
  }
  return make_like(self, d.v);
}

Result<Ref> m_expandtabs(Value self, CallArgs a) {
  Value ts;
  TRY(parse_args(a, "expandtabs", {"tabsize"}, 0, {&ts}));
  int64_t tabsize = 8;
  if (ts) tabsize = TRY(index_to_int64(ts));
  Data d(self);
  std::string out;
  int64_t col = 0;
  for (char c : d.v) {
    if (c == '\t') {
      if (tabsize > 0) {
        int64_t n = tabsize - col % tabsize;
        out.append(size_t(n), ' ');
        col += n;
      }
    } else {
      out += c;
      ++col;
      if (c == '\n' || c == '\r') col = 0;
    }
  }
  return make_like(self, out);
}

Result<Ref> m_getnewargs(Value self, CallArgs) {
  Data d(self);
  Ref b = make_bytes(d.v);
  return make_tuple({b.get()});
}

// --- bytearray-only methods ---
Result<Ref> ba_append(Value self, CallArgs a) {
  TRY(one_arg(a, "bytearray.append"));
  int64_t x = TRY(byte_value(a[0]));
  ByteArray* b = as<ByteArray>(self);
  CriticalSection cs(b);
  if (!ba_reserve(b, b->size + 1)) return raise(exc::MemoryError);
  b->data[b->size++] = char(x);
  b->data[b->size] = '\0';
  return none();
}

Result<Ref> ba_extend(Value self, CallArgs a) {
  TRY(one_arg(a, "bytearray.extend"));
  std::string data;
  if (!bytes_like_data(a[0], &data)) {
    if (is_str(a[0])) return raise(exc::TypeError, "expected iterable of integers; got: 'str'");
    Result<Ref> it = get_iter(a[0]);
    if (!it.ok()) {
      if (error_matches(&exc::TypeError)) {
        clear_error();
        return raise(exc::TypeError, std::string("can't extend bytearray with ") + type_name(a[0]));
      }
      return kError;
    }
    for (;;) {
      Ref item = TRY(iter_next(*it));
      if (!item) break;
      int64_t x = TRY(byte_value(item));
      data += char(x);
    }
  }
  ByteArray* b = as<ByteArray>(self);
  CriticalSection cs(b);
  if (!ba_reserve(b, b->size + data.size())) return raise(exc::MemoryError);
  std::memcpy(b->data + b->size, data.data(), data.size());
  b->size += data.size();
  b->data[b->size] = '\0';
  return none();
}

Result<Ref> ba_pop(Value self, CallArgs a) {
  TRY(pos_args(a, "pop", 0, 1));
  int64_t i = -1;
  if (a.nargs) i = TRY(index_to_int64(a[0]));
  ByteArray* b = as<ByteArray>(self);
  CriticalSection cs(b);
  int64_t n = int64_t(b->size);
  if (n == 0) return raise(exc::IndexError, "pop from empty bytearray");
  if (i < 0) i += n;
  if (i < 0 || i >= n) return raise(exc::IndexError, "pop index out of range");
  unsigned char c = b->data[i];
  std::memmove(b->data + i, b->data + i + 1, size_t(n - i - 1));
  b->data[--b->size] = '\0';
  return make_int(c);
}

Result<Ref> ba_insert(Value self, CallArgs a) {
  TRY(pos_args(a, "insert", 2, 2));
  int64_t i = TRY(index_to_int64(a[0]));
  int64_t x = TRY(byte_value(a[1]));
  ByteArray* b = as<ByteArray>(self);
  CriticalSection cs(b);
  int64_t n = int64_t(b->size);
  if (i < 0) { i += n; if (i < 0) i = 0; }
  if (i > n) i = n;
  if (!ba_reserve(b, b->size + 1)) return raise(exc::MemoryError);
  std::memmove(b->data + i + 1, b->data + i, size_t(n - i));
  b->data[i] = char(x);
  b->data[++b->size] = '\0';
  return none();
}

Result<Ref> ba_remove(Value self, CallArgs a) {
  TRY(one_arg(a, "bytearray.remove"));
  int64_t x = TRY(byte_value(a[0]));
  ByteArray* b = as<ByteArray>(self);
  CriticalSection cs(b);
  for (size_t i = 0; i < b->size; ++i) {
    if (static_cast<unsigned char>(b->data[i]) == x) {
      std::memmove(b->data + i, b->data + i + 1, b->size - i - 1);
      b->data[--b->size] = '\0';
      return none();
    }
  }
  return raise(exc::ValueError, "value not found in bytearray");
}

Result<Ref> ba_clear(Value self, CallArgs a) {
  TRY(no_args(a, "bytearray.clear"));
  ByteArray* b = as<ByteArray>(self);
  CriticalSection cs(b);
  ba_assign(b, "");
  return none();
}

Result<Ref> ba_copy(Value self, CallArgs a) {
  TRY(no_args(a, "bytearray.copy"));
  return make_bytearray(ba_snapshot(as<ByteArray>(self)));
}

// bytearray.__reduce_ex__(proto): (type, args, state) for pickle and copy; before protocol 3
// the data travels as a latin-1 str, as in CPython.
Result<Ref> ba_reduce_ex(Value self, CallArgs a) {
  TRY(check_nargs(a, "__reduce_ex__", 0, 1));
  int64_t proto = 0;
  if (a.nargs == 1 && (!is_int(a[0]) || !int_to_int64(a[0], &proto)))
    return raise(exc::TypeError, std::string("'") + type_name(a[0]) +
                                     "' object cannot be interpreted as an integer");
  std::string data = ba_snapshot(as<ByteArray>(self));
  Ref args;
  if (data.empty()) {
    args = empty_tuple();
  } else if (proto < 3) {
    Ref text = TRY(str_decode(data, "latin-1", "strict"));
    Ref enc = make_str("latin-1");
    args = make_tuple({text.get(), enc.get()});
  } else {
    Ref b = make_bytes(data);
    args = make_tuple({b.get()});
  }
  Ref state = TRY(call_method(self, intern("__getstate__"), {}));
  return make_tuple({Value(self.type()), args.get(), state.get()});
}

Result<Ref> ba_reverse(Value self, CallArgs a) {
  TRY(no_args(a, "bytearray.reverse"));
  ByteArray* b = as<ByteArray>(self);
  CriticalSection cs(b);
  std::reverse(b->data, b->data + b->size);
  return none();
}

#define COMMON_BYTES_METHODS                                                                          \
  {"capitalize", m_capitalize, 0, "B.capitalize() -> copy of B"},                                     \
  {"center", m_center, 0, "Return a centered string of length width."},                               \
  {"count", m_count, 0, "Return the number of non-overlapping occurrences of subsection 'sub'."},     \
  {"decode", m_decode, 0, "Decode the bytes using the codec registered for encoding."},               \
  {"endswith", m_endswith, 0, "Return True if the bytes ends with the specified suffix, False otherwise."}, \
  {"expandtabs", m_expandtabs, 0, "Return a copy where all tab characters are expanded using spaces."}, \
  {"find", m_find, 0, "Return the lowest index in B where subsection 'sub' is found."},               \
  {"fromhex", m_fromhex, MethodDef::kClassMethod, "Create a bytes object from a string of hexadecimal numbers."}, \
  {"hex", m_hex, 0, "Create a string of hexadecimal numbers from a bytes object."},                    \
  {"index", m_index, 0, "Return the lowest index in B where subsection 'sub' is found."},             \
  {"isalnum", m_isalnum, 0, "B.isalnum() -> bool"},                                                   \
  {"isalpha", m_isalpha, 0, "B.isalpha() -> bool"},                                                   \
  {"isascii", m_isascii, 0, "B.isascii() -> bool"},                                                   \
  {"isdigit", m_isdigit, 0, "B.isdigit() -> bool"},                                                   \
  {"islower", m_islower, 0, "B.islower() -> bool"},                                                   \
  {"isspace", m_isspace, 0, "B.isspace() -> bool"},                                                   \
  {"isupper", m_isupper, 0, "B.isupper() -> bool"},                                                   \
  {"istitle", m_istitle, 0, "B.istitle() -> bool"},                                                   \
  {"translate", m_translate, 0, "Return a copy with each character mapped by the given translation table."}, \
  {"maketrans", m_maketrans, MethodDef::kStaticMethod, "Return a translation table usable for the bytes or bytearray translate method."}, \
  {"join", m_join, 0, "Concatenate any number of bytes objects."},                                    \
  {"ljust", m_ljust, 0, "Return a left-justified string of length width."},                           \
  {"lower", m_lower, 0, "B.lower() -> copy of B"},                                                    \
  {"lstrip", m_lstrip, 0, "Strip leading bytes contained in the argument."},                          \
  {"partition", m_partition, 0, "Partition the bytes into three parts using the given separator."},   \
  {"removeprefix", m_removeprefix, 0, "Return a bytes object with the given prefix string removed if present."}, \
  {"removesuffix", m_removesuffix, 0, "Return a bytes object with the given suffix string removed if present."}, \
  {"replace", m_replace, 0, "Return a copy with all occurrences of substring old replaced by new."},  \
  {"rfind", m_rfind, 0, "Return the highest index in B where subsection 'sub' is found."},           \
  {"rindex", m_rindex, 0, "Return the highest index in B where subsection 'sub' is found."},         \
  {"rjust", m_rjust, 0, "Return a right-justified string of length width."},                          \
  {"rpartition", m_rpartition, 0, "Partition the bytes into three parts using the given separator."}, \
  {"rsplit", m_rsplit, 0, "Return a list of the sections in the bytes, using sep as the delimiter."}, \
  {"rstrip", m_rstrip, 0, "Strip trailing bytes contained in the argument."},                         \
  {"split", m_split, 0, "Return a list of the sections in the bytes, using sep as the delimiter."},   \
  {"splitlines", m_splitlines, 0, "Return a list of the lines in the bytes, breaking at line boundaries."}, \
  {"startswith", m_startswith, 0, "Return True if the bytes starts with the specified prefix, False otherwise."}, \
  {"strip", m_strip, 0, "Strip leading and trailing bytes contained in the argument."},               \
  {"swapcase", m_swapcase, 0, "B.swapcase() -> copy of B"},                                           \
  {"title", m_title, 0, "B.title() -> copy of B"},                                                    \
  {"upper", m_upper, 0, "B.upper() -> copy of B"},                                                    \
  {"zfill", m_zfill, 0, "Pad a numeric string with zeros on the left, to fill a field of the given width."}

const MethodDef kBytesMethods[] = {
    COMMON_BYTES_METHODS,
    {"__getnewargs__", m_getnewargs},
    {nullptr},
};

const MethodDef kByteArrayMethods[] = {
    COMMON_BYTES_METHODS,
    {"append", ba_append, 0, "Append a single item to the end of the bytearray."},
    {"extend", ba_extend, 0, "Append all the items from the iterator or sequence to the end of the bytearray."},
    {"pop", ba_pop, 0, "Remove and return a single item from B."},
    {"insert", ba_insert, 0, "Insert a single item into the bytearray before the given index."},
    {"remove", ba_remove, 0, "Remove the first occurrence of a value in the bytearray."},
    {"clear", ba_clear, 0, "Remove all items from the bytearray."},
    {"copy", ba_copy, 0, "Return a copy of B."},
    {"reverse", ba_reverse, 0, "Reverse the order of the values in B in place."},
    {"__reduce_ex__", ba_reduce_ex, 0, "Return state information for pickling."},
    {nullptr},
};

}  // namespace

void init_bytes_types(TypeList& out) {
  BytesType.name = "bytes";
  BytesType.flags = kTypeBaseType;
  BytesType.basic_size = kBytesDataOffset;
  BytesType.dealloc = bytes_dealloc;
  BytesType.repr = bytes_repr_slot;
  BytesType.hash = bytes_hash;
  BytesType.richcompare = bytes_richcompare;
  BytesType.iter = bytes_iter;
  BytesType.binop[size_t(BinOp::Add)] = concat_common;
  BytesType.binop[size_t(BinOp::Mul)] = repeat_common;
  BytesType.binop[size_t(BinOp::Mod)] = bytes_mod;
  BytesType.len = bytes_len;
  BytesType.getitem = bytes_getitem;
  BytesType.contains = contains_common;
  BytesType.new_ = bytes_new;
  BytesType.methods = kBytesMethods;
  BytesType.doc =
      "bytes(iterable_of_ints) -> bytes\nbytes(string, encoding[, errors]) -> bytes\nbytes(bytes_or_buffer) -> "
      "immutable copy of bytes_or_buffer\nbytes(int) -> bytes object of size given by the parameter initialized "
      "with null bytes\nbytes() -> empty bytes object";
  out.push_back(&BytesType);

  ByteArrayType.name = "bytearray";
  ByteArrayType.flags = kTypeBaseType;
  ByteArrayType.basic_size = sizeof(ByteArray);
  ByteArrayType.dealloc = bytearray_dealloc;
  ByteArrayType.repr = bytearray_repr;
  ByteArrayType.hash = bytearray_hash;
  ByteArrayType.richcompare = bytes_richcompare;
  ByteArrayType.iter = bytearray_iter;
  ByteArrayType.binop[size_t(BinOp::Add)] = concat_common;
  ByteArrayType.binop[size_t(BinOp::Mul)] = repeat_common;
  ByteArrayType.binop[size_t(BinOp::Mod)] = bytes_mod;
  ByteArrayType.inplace[size_t(BinOp::Add)] = bytearray_iadd;
  ByteArrayType.inplace[size_t(BinOp::Mul)] = bytearray_imul;
  ByteArrayType.len = bytearray_len;
  ByteArrayType.getitem = bytearray_getitem;
  ByteArrayType.setitem = bytearray_setitem;
  ByteArrayType.contains = contains_common;
  ByteArrayType.new_ = bytearray_new;
  ByteArrayType.init = bytearray_init;
  ByteArrayType.methods = kByteArrayMethods;
  ByteArrayType.doc =
      "bytearray(iterable_of_ints) -> bytearray\nbytearray(string, encoding[, errors]) -> bytearray\n"
      "bytearray(bytes_or_buffer) -> mutable copy of bytes_or_buffer\nbytearray(int) -> bytes array of size "
      "given by the parameter initialized with null bytes\nbytearray() -> empty bytes array";
  out.push_back(&ByteArrayType);

  BytesIterType.name = "bytes_iterator";
  BytesIterType.basic_size = sizeof(BytesIter);
  BytesIterType.dealloc = bytesiter_dealloc;
  BytesIterType.iter = self_iter;
  BytesIterType.iternext = bytesiter_next;
  out.push_back(&BytesIterType);

  ByteArrayIterType.name = "bytearray_iterator";
  ByteArrayIterType.basic_size = sizeof(BytesIter);
  ByteArrayIterType.dealloc = bytesiter_dealloc;
  ByteArrayIterType.iter = self_iter;
  ByteArrayIterType.iternext = bytearrayiter_next;
  out.push_back(&ByteArrayIterType);
}

}  // namespace weft
