// The array module: array.array, a compact sequence of C numbers (or code points for 'u'/'w')
// stored as raw bytes in native byte order, with CPython's conversions and messages.
#include <cmath>
#include <cstring>
#include <mutex>
#include <string>
#include <vector>

#include "array_module.h"
#include "concurrency/object_lock.h"
#include "modules.h"
#include "objects/abstract.h"
#include "objects/args.h"
#include "objects/bytes.h"
#include "objects/exceptions.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/iterobject.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/slice.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "objects/unicode.h"

namespace weft {

namespace {

TypeObject ArrayType;

struct ArrayObject : Object {
  char tc = 'b';
  std::string buf;  // count * itemsize bytes
};

size_t item_size(char tc) {
  switch (tc) {
    case 'b': case 'B': return 1;
    case 'h': case 'H': return 2;
    case 'i': case 'I': case 'f': case 'u': case 'w': return 4;
    case 'l': case 'L': case 'q': case 'Q': case 'd': return 8;
  }
  return 0;
}

bool is_array(Value v) { return v.is_object() && is_instance_of(v, &ArrayType); }
ArrayObject* arr(Value v) { return static_cast<ArrayObject*>(v.obj()); }
size_t count_of(ArrayObject* a) { return a->buf.size() / item_size(a->tc); }

template <class T>
T load(const char* p) { T v; std::memcpy(&v, p, sizeof v); return v; }
template <class T>
void store(char* p, T v) { std::memcpy(p, &v, sizeof v); }

Ref item_at(char tc, const char* p) {
  switch (tc) {
    case 'b': return make_int(load<int8_t>(p));
    case 'B': return make_int(load<uint8_t>(p));
    case 'h': return make_int(load<int16_t>(p));
    case 'H': return make_int(load<uint16_t>(p));
    case 'i': return make_int(load<int32_t>(p));
    case 'I': return make_int(load<uint32_t>(p));
    case 'l': case 'q': return make_int(load<int64_t>(p));
    case 'L': case 'Q': {
      uint64_t u = load<uint64_t>(p);
      if (u <= uint64_t(INT64_MAX)) return make_int(int64_t(u));
      mpz_t z;
      mpz_init(z);
      mpz_import(z, 1, -1, sizeof u, 0, 0, &u);
      Ref r = make_int_from_mpz(z);
      mpz_clear(z);
      return r;
    }
    case 'f': return make_float(double(load<float>(p)));
    case 'd': return make_float(load<double>(p));
    case 'u': case 'w': return str_from_char(load<char32_t>(p));
  }
  return none();
}

ErrorMarker overflow(const char* what, bool greater) {
  return raise(exc::OverflowError, std::string(what) + (greater ? " is greater than maximum" : " is less than minimum"));
}

// Converts v to one item of type tc at out (itemsize bytes).
Status encode_item(char tc, Value v, char* out) {
  if (tc == 'f' || tc == 'd') {
    if (!(is_float_instance(v) || is_int(v) || v.type()->to_float || v.type()->index))
      return raise(exc::TypeError, std::string("must be real number, not ") + type_name(v));
    double d = TRY(number_to_double(v));
    if (tc == 'f') store<float>(out, float(d));
    else store<double>(out, d);
    return ok();
  }
  if (tc == 'u' || tc == 'w') {
    if (!is_str(v) || as<Str>(v)->length != 1)
      return raise(exc::TypeError, "array item must be unicode character");
    char32_t c;
    unicode::decode(str_view(v).data(), &c);
    store<char32_t>(out, c);
    return ok();
  }
  Ref iv;
  if (is_int(v)) iv = Ref::borrow(v);
  else if (v.type()->index) iv = TRY(index(v));
  else
    return raise(exc::TypeError, std::string("'") + type_name(v) + "' object cannot be interpreted as an integer");
  int64_t x = 0;
  bool fits = int_to_int64(iv, &x);
  int sign = int_sign(iv);
  switch (tc) {
    case 'b': case 'B': case 'h': case 'H': case 'i': case 'l':
      if (!fits) return raise(exc::OverflowError, "Python int too large to convert to C long");
      break;
    default: break;
  }
  switch (tc) {
    case 'b':
      if (x > 127 || x < -128) return overflow("signed char", x > 0);
      store<int8_t>(out, int8_t(x));
      return ok();
    case 'B':
      if (x > 255 || x < 0) return overflow("unsigned byte integer", x > 0);
      store<uint8_t>(out, uint8_t(x));
      return ok();
    case 'h':
      if (x > INT16_MAX || x < INT16_MIN) return overflow("signed short integer", x > 0);
      store<int16_t>(out, int16_t(x));
      return ok();
    case 'H':
      if (x > UINT16_MAX || x < 0) return overflow("unsigned short", x > 0);
      store<uint16_t>(out, uint16_t(x));
      return ok();
    case 'i':
      if (x > INT32_MAX || x < INT32_MIN) return overflow("signed integer", x > 0);
      store<int32_t>(out, int32_t(x));
      return ok();
    case 'l':
      store<int64_t>(out, x);
      return ok();
    case 'q':
      if (!fits) return raise(exc::OverflowError, "int too big to convert");
      store<int64_t>(out, x);
      return ok();
    case 'I': case 'L': case 'Q': {
      if (sign < 0)
        return raise(exc::OverflowError, tc == 'Q' ? "can't convert negative int to unsigned"
                                                   : "can't convert negative value to unsigned int");
      if (int_bit_length(iv) > 64)
        return raise(exc::OverflowError, tc == 'Q' ? "int too big to convert"
                                                   : "Python int too large to convert to C unsigned long");
      uint64_t u = 0;
      if (fits) u = uint64_t(x);
      else {
        mpz_t z;
        mpz_init(z);
        int_to_mpz(iv, z);
        size_t cnt = 0;
        mpz_export(&u, &cnt, -1, sizeof u, 0, 0, z);
        mpz_clear(z);
      }
      if (tc == 'I') {
        if (u > UINT32_MAX) return overflow("unsigned int", true);
        store<uint32_t>(out, uint32_t(u));
      } else {
        store<uint64_t>(out, u);
      }
      return ok();
    }
  }
  return ok();
}

Ref new_array(TypeObject* type, char tc, std::string buf = {}) {
  ArrayObject* a = new_object<ArrayObject>(type);
  a->tc = tc;
  a->buf = std::move(buf);
  return Ref::steal(Value(a));
}

Status append_value(ArrayObject* a, Value v) {
  char tmp[8];
  size_t sz = item_size(a->tc);
  TRY(encode_item(a->tc, v, tmp));
  CriticalSection cs(a);
  a->buf.append(tmp, sz);
  return ok();
}

std::string snapshot(ArrayObject* a) {
  CriticalSection cs(a);
  return a->buf;
}

Status extend_from(ArrayObject* a, Value iterable) {
  if (is_array(iterable)) {
    ArrayObject* b = arr(iterable);
    if (b->tc != a->tc) return raise(exc::TypeError, "can only extend with array of same kind");
    std::string data = snapshot(b);
    CriticalSection cs(a);
    a->buf += data;
    return ok();
  }
  Ref it = TRY(get_iter(iterable));
  for (;;) {
    Ref x = TRY(iter_next(it));
    if (!x) break;
    TRY(append_value(a, x));
  }
  return ok();
}

Status from_unicode(ArrayObject* a, std::string_view s) {
  std::string out;
  for (size_t i = 0; i < s.size();) {
    char32_t c;
    i += unicode::decode(s.data() + i, &c);
    out.append(reinterpret_cast<const char*>(&c), 4);
  }
  CriticalSection cs(a);
  a->buf += out;
  return ok();
}

const char* kBadTypecode = "bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)";

Result<Ref> array_new(TypeObject* type, CallArgs args) {
  if (type == &ArrayType && args.nkw()) return raise(exc::TypeError, "array.array() takes no keyword arguments");
  if (args.nargs < 1 || args.nargs > 2)
    return raise(exc::TypeError, "array() takes at " + std::string(args.nargs < 1 ? "least" : "most") +
                                     " " + (args.nargs < 1 ? "1 argument" : "2 arguments") + " (" +
                                     std::to_string(args.nargs) + " given)");
  Value tcv = args[0];
  if (!is_str(tcv) || as<Str>(tcv)->length != 1)
    return raise(exc::TypeError, std::string("array() argument 1 must be a unicode character, not ") +
                                     (is_str(tcv) ? "str" : type_name(tcv)));
  std::string_view tcs = str_view(tcv);
  char tc = tcs[0];
  if (tcs.size() != 1 || !item_size(tc)) return raise(exc::ValueError, kBadTypecode);
  Ref r = new_array(type, tc);
  ArrayObject* a = r.as<ArrayObject>();
  if (args.nargs == 2) {
    Value init = args[1];
    if (is_str(init)) {
      if (tc != 'u' && tc != 'w')
        return raise(exc::TypeError, std::string("cannot use a str to initialize an array with typecode '") + tc + "'");
      TRY(from_unicode(a, str_view(init)));
    } else if (is_bytes(init) || is_bytearray(init)) {
      std::string data;
      bytes_like_data(init, &data);
      if (data.size() % item_size(tc)) return raise(exc::ValueError, "bytes length not a multiple of item size");
      a->buf = std::move(data);
    } else if (is_array(init) && arr(init)->tc != tc) {
      if ((tc == 'u' || tc == 'w') != (arr(init)->tc == 'u' || arr(init)->tc == 'w'))
        return raise(exc::TypeError, std::string("cannot use a unicode array to initialize an array with typecode '") + tc + "'");
      ArrayObject* b = arr(init);
      std::string data = snapshot(b);
      size_t n = data.size() / item_size(b->tc);
      for (size_t i = 0; i < n; i++) {
        Ref x = item_at(b->tc, data.data() + i * item_size(b->tc));
        TRY(append_value(a, x));
      }
    } else {
      TRY(extend_from(a, init));
    }
  }
  return r;
}

void array_dealloc(Object* o) { delete_object(static_cast<ArrayObject*>(o)); }

Result<int64_t> array_len(Value self) {
  ArrayObject* a = arr(self);
  CriticalSection cs(a);
  return int64_t(count_of(a));
}

Ref to_list(ArrayObject* a) {
  std::string data = snapshot(a);
  size_t sz = item_size(a->tc), n = data.size() / sz;
  Ref l = make_list(n);
  for (size_t i = 0; i < n; i++) (void)list_append(l.as<List>(), item_at(a->tc, data.data() + i * sz));
  return l;
}

std::string to_utf8(ArrayObject* a) {
  std::string data = snapshot(a);
  std::string out;
  for (size_t i = 0; i + 4 <= data.size(); i += 4) unicode::append(out, load<char32_t>(data.data() + i));
  return out;
}

Result<Ref> array_repr(Value self) {
  ArrayObject* a = arr(self);
  std::string out = std::string(as<Str>(self.type()->name_str)->view()) + "('" + a->tc + "'";
  bool empty;
  {
    CriticalSection cs(a);
    empty = a->buf.empty();
  }
  if (!empty) {
    Ref inner;
    if (a->tc == 'u' || a->tc == 'w') inner = TRY(repr(make_str(to_utf8(a))));
    else inner = TRY(repr(to_list(a)));
    out += ", ";
    out += str_view(inner);
  }
  out += ")";
  return make_str(out);
}

Result<int64_t> norm_index(ArrayObject* a, Value key, const char* msg) {
  int64_t i = TRY(seq_index_value(key));
  int64_t n = int64_t(count_of(a));
  if (!seq_norm_index(&i, n)) return raise(exc::IndexError, msg);
  return i;
}

Result<Ref> array_getitem(Value self, Value key) {
  ArrayObject* a = arr(self);
  size_t sz = item_size(a->tc);
  if (is_index_like(key)) {
    CriticalSection cs(a);
    int64_t i = TRY(norm_index(a, key, "array index out of range"));
    return item_at(a->tc, a->buf.data() + size_t(i) * sz);
  }
  if (is_slice(key)) {
    std::string data = snapshot(a);
    SliceIndices si;
    TRY(slice_compute(key, int64_t(data.size() / sz), &si));
    std::string out;
    out.reserve(size_t(si.length) * sz);
    for (int64_t k = 0, i = si.start; k < si.length; k++, i += si.step)
      out.append(data.data() + size_t(i) * sz, sz);
    return new_array(&ArrayType, a->tc, std::move(out));
  }
  return raise(exc::TypeError, "array indices must be integers");
}

Status array_setitem(Value self, Value key, Value v) {
  ArrayObject* a = arr(self);
  size_t sz = item_size(a->tc);
  if (is_index_like(key)) {
    char tmp[8];
    if (v) TRY(encode_item(a->tc, v, tmp));
    CriticalSection cs(a);
    int64_t i = TRY(norm_index(a, key, v ? "array assignment index out of range" : "array assignment index out of range"));
    if (v) std::memcpy(a->buf.data() + size_t(i) * sz, tmp, sz);
    else a->buf.erase(size_t(i) * sz, sz);
    return ok();
  }
  if (!is_slice(key)) return raise(exc::TypeError, "array indices must be integers");
  std::string src;
  if (v) {
    if (!is_array(v))
      return raise(exc::TypeError, std::string("can only assign array (not \"") + type_name(v) + "\") to array slice");
    if (arr(v)->tc != a->tc) return raise(exc::TypeError, "bad argument type for built-in operation");
    src = snapshot(arr(v));
  }
  CriticalSection cs(a);
  int64_t n = int64_t(a->buf.size() / sz);
  SliceIndices si;
  TRY(slice_compute(key, n, &si));
  int64_t m = int64_t(src.size() / sz);
  if (si.step == 1) {
    size_t start = size_t(si.start) * sz;
    a->buf.replace(start, size_t(si.length) * sz, src);
    return ok();
  }
  if (!v) {  // extended-slice deletion
    std::string out;
    std::vector<bool> drop(size_t(n), false);
    for (int64_t k = 0, i = si.start; k < si.length; k++, i += si.step) drop[size_t(i)] = true;
    for (int64_t i = 0; i < n; i++)
      if (!drop[size_t(i)]) out.append(a->buf.data() + size_t(i) * sz, sz);
    a->buf = std::move(out);
    return ok();
  }
  if (m != si.length)
    return raise(exc::ValueError, "attempt to assign array of size " + std::to_string(m) +
                                      " to extended slice of size " + std::to_string(si.length));
  for (int64_t k = 0, i = si.start; k < si.length; k++, i += si.step)
    std::memcpy(a->buf.data() + size_t(i) * sz, src.data() + size_t(k) * sz, sz);
  return ok();
}

Result<bool> array_contains(Value self, Value x) {
  Ref l = to_list(arr(self));
  for (size_t i = 0; i < list_size(l); i++)
    if (TRY(equals(list_item(l, i), x))) return true;
  return false;
}

Result<Ref> array_iter(Value self) { return make_seq_iter(self); }

Result<Ref> array_richcompare(Value a, Value b, CmpOp op) {
  if (!is_array(a) || !is_array(b)) return not_implemented();
  Ref la = to_list(arr(a)), lb = to_list(arr(b));
  return compare(la, lb, op);
}

Result<Ref> array_add(Value a, Value b) {
  if (!is_array(a)) return not_implemented();
  if (!is_array(b))
    return raise(exc::TypeError, std::string("can only append array (not \"") + type_name(b) + "\") to array");
  if (arr(a)->tc != arr(b)->tc) return raise(exc::TypeError, "bad argument type for built-in operation");
  return new_array(&ArrayType, arr(a)->tc, snapshot(arr(a)) + snapshot(arr(b)));
}

Result<Ref> array_iadd(Value a, Value b) {
  if (!is_array(b))
    return raise(exc::TypeError, std::string("can only extend array with array (not \"") + type_name(b) + "\")");
  if (arr(a)->tc != arr(b)->tc) return raise(exc::TypeError, "can only extend with array of same kind");
  TRY(extend_from(arr(a), b));
  return Ref::borrow(a);
}

Result<int64_t> repeat_count(Value n) {
  if (!is_index_like(n))
    return raise(exc::TypeError, std::string("can't multiply sequence by non-int of type '") + type_name(n) + "'");
  return seq_repeat_count(n);
}

Result<Ref> array_mul(Value a, Value b) {
  Value s = is_array(a) ? a : b;
  Value n = is_array(a) ? b : a;
  if (!is_array(s)) return not_implemented();
  int64_t count = TRY(repeat_count(n));
  std::string data = snapshot(arr(s));
  std::string out;
  if (count > 0 && !data.empty()) {
    if (uint64_t(count) > (uint64_t(1) << 36) / data.size()) return raise(exc::MemoryError);
    for (int64_t i = 0; i < count; i++) out += data;
  }
  return new_array(&ArrayType, arr(s)->tc, std::move(out));
}

Result<Ref> array_imul(Value a, Value b) {
  int64_t count = TRY(repeat_count(b));
  ArrayObject* x = arr(a);
  std::string data = snapshot(x);
  std::string out;
  if (count > 0 && !data.empty()) {
    if (uint64_t(count) > (uint64_t(1) << 36) / data.size()) return raise(exc::MemoryError);
    for (int64_t i = 0; i < count; i++) out += data;
  }
  CriticalSection cs(x);
  x->buf = std::move(out);
  return Ref::borrow(a);
}

// ---- methods ----

Result<Ref> m_append(Value self, CallArgs args) {
  TRY(check_nargs(args, "append", 1, 1));
  TRY(append_value(arr(self), args[0]));
  return none();
}

Result<Ref> m_extend(Value self, CallArgs args) {
  TRY(check_nargs(args, "extend", 1, 1));
  TRY(extend_from(arr(self), args[0]));
  return none();
}

Result<Ref> m_insert(Value self, CallArgs args) {
  TRY(check_nargs(args, "insert", 2, 2));
  ArrayObject* a = arr(self);
  int64_t i = TRY(index_to_int64(args[0]));
  char tmp[8];
  TRY(encode_item(a->tc, args[1], tmp));
  size_t sz = item_size(a->tc);
  CriticalSection cs(a);
  int64_t n = int64_t(count_of(a));
  if (i < 0) { i += n; if (i < 0) i = 0; }
  if (i > n) i = n;
  a->buf.insert(size_t(i) * sz, tmp, sz);
  return none();
}

Result<Ref> m_pop(Value self, CallArgs args) {
  TRY(check_nargs(args, "pop", 0, 1));
  ArrayObject* a = arr(self);
  int64_t i = args.nargs ? TRY(index_to_int64(args[0])) : -1;
  size_t sz = item_size(a->tc);
  CriticalSection cs(a);
  int64_t n = int64_t(count_of(a));
  if (n == 0) return raise(exc::IndexError, "pop from empty array");
  if (!seq_norm_index(&i, n)) return raise(exc::IndexError, "pop index out of range");
  Ref r = item_at(a->tc, a->buf.data() + size_t(i) * sz);
  a->buf.erase(size_t(i) * sz, sz);
  return r;
}

Result<int64_t> find(Value self, Value x, int64_t start, int64_t stop) {
  Ref l = to_list(arr(self));
  int64_t n = int64_t(list_size(l));
  if (start < 0) { start += n; if (start < 0) start = 0; }
  if (stop < 0) { stop += n; if (stop < 0) stop = 0; }
  for (int64_t i = start; i < stop && i < n; i++)
    if (TRY(equals(list_item(l, size_t(i)), x))) return i;
  return -1;
}

Result<Ref> m_index(Value self, CallArgs args) {
  TRY(check_nargs(args, "index", 1, 3));
  int64_t start = args.nargs > 1 ? TRY(index_to_int64(args[1])) : 0;
  int64_t stop = args.nargs > 2 ? TRY(index_to_int64(args[2])) : INT64_MAX;
  int64_t i = TRY(find(self, args[0], start, stop));
  if (i < 0) return raise(exc::ValueError, "array.index(x): x not in array");
  return make_int(i);
}

Result<Ref> m_remove(Value self, CallArgs args) {
  TRY(check_nargs(args, "remove", 1, 1));
  int64_t i = TRY(find(self, args[0], 0, INT64_MAX));
  if (i < 0) return raise(exc::ValueError, "array.remove(x): x not in array");
  ArrayObject* a = arr(self);
  size_t sz = item_size(a->tc);
  CriticalSection cs(a);
  if (size_t(i) < count_of(a)) a->buf.erase(size_t(i) * sz, sz);
  return none();
}

Result<Ref> m_count(Value self, CallArgs args) {
  TRY(check_nargs(args, "count", 1, 1));
  Ref l = to_list(arr(self));
  int64_t c = 0;
  for (size_t i = 0; i < list_size(l); i++)
    if (TRY(equals(list_item(l, i), args[0]))) c++;
  return make_int(c);
}

Result<Ref> m_reverse(Value self, CallArgs args) {
  TRY(check_nargs(args, "reverse", 0, 0));
  ArrayObject* a = arr(self);
  size_t sz = item_size(a->tc);
  CriticalSection cs(a);
  size_t n = count_of(a);
  for (size_t i = 0, j = n ? n - 1 : 0; i < j; i++, j--) {
    char tmp[8];
    std::memcpy(tmp, a->buf.data() + i * sz, sz);
    std::memcpy(a->buf.data() + i * sz, a->buf.data() + j * sz, sz);
    std::memcpy(a->buf.data() + j * sz, tmp, sz);
  }
  return none();
}

Result<Ref> m_byteswap(Value self, CallArgs args) {
  TRY(check_nargs(args, "byteswap", 0, 0));
  ArrayObject* a = arr(self);
  size_t sz = item_size(a->tc);
  CriticalSection cs(a);
  for (size_t i = 0; i + sz <= a->buf.size(); i += sz)
    for (size_t k = 0; k < sz / 2; k++) std::swap(a->buf[i + k], a->buf[i + sz - 1 - k]);
  return none();
}

Result<Ref> m_tobytes(Value self, CallArgs args) {
  TRY(check_nargs(args, "tobytes", 0, 0));
  return make_bytes(snapshot(arr(self)));
}

Result<Ref> m_frombytes(Value self, CallArgs args) {
  TRY(check_nargs(args, "frombytes", 1, 1));
  std::string data;
  if (!bytes_like_data(args[0], &data) && !array_buffer_data(args[0], &data))
    return raise(exc::TypeError, std::string("a bytes-like object is required, not '") + type_name(args[0]) + "'");
  ArrayObject* a = arr(self);
  if (data.size() % item_size(a->tc)) return raise(exc::ValueError, "bytes length not a multiple of item size");
  CriticalSection cs(a);
  a->buf += data;
  return none();
}

Result<Ref> m_tolist(Value self, CallArgs args) {
  TRY(check_nargs(args, "tolist", 0, 0));
  return to_list(arr(self));
}

Result<Ref> m_fromlist(Value self, CallArgs args) {
  TRY(check_nargs(args, "fromlist", 1, 1));
  if (!is_list(args[0])) return raise(exc::TypeError, "arg must be list");
  ArrayObject* a = arr(self);
  std::string saved = snapshot(a);
  Status st = extend_from(a, args[0]);
  if (!st.ok()) {  // all or nothing, as CPython
    CriticalSection cs(a);
    a->buf = saved;
    return kError;
  }
  return none();
}

Result<Ref> m_tounicode(Value self, CallArgs args) {
  TRY(check_nargs(args, "tounicode", 0, 0));
  ArrayObject* a = arr(self);
  if (a->tc != 'u' && a->tc != 'w')
    return raise(exc::ValueError, "tounicode() may only be called on unicode type arrays ('u' or 'w')");
  return make_str(to_utf8(a));
}

Result<Ref> m_fromunicode(Value self, CallArgs args) {
  TRY(check_nargs(args, "fromunicode", 1, 1));
  ArrayObject* a = arr(self);
  if (!is_str(args[0]))
    return raise(exc::TypeError, std::string("fromunicode() argument must be str, not ") + type_name(args[0]));
  if (a->tc != 'u' && a->tc != 'w')
    return raise(exc::ValueError, "fromunicode() may only be called on unicode type arrays ('u' or 'w')");
  TRY(from_unicode(a, str_view(args[0])));
  return none();
}

Result<Ref> m_buffer_info(Value self, CallArgs args) {
  TRY(check_nargs(args, "buffer_info", 0, 0));
  ArrayObject* a = arr(self);
  CriticalSection cs(a);
  return make_tuple({make_int(int64_t(reinterpret_cast<uintptr_t>(a->buf.data()))),
                     make_int(int64_t(count_of(a)))});
}

Result<Ref> m_copy(Value self, CallArgs args) {
  TRY(check_nargs(args, "__copy__", 0, 1));
  return new_array(&ArrayType, arr(self)->tc, snapshot(arr(self)));
}

Result<Ref> m_reduce_ex(Value self, CallArgs args) {
  TRY(check_nargs(args, "__reduce_ex__", 1, 1));
  Ref l = to_list(arr(self));
  char tc[2] = {arr(self)->tc, 0};
  Ref tcs = make_str(tc);
  Ref inner = make_tuple({tcs, l});
  Value d = instance_dict(self, false);
  return make_tuple({Value(self.type()), inner, d ? d : None()});
}

Result<Ref> g_typecode(Value self) {
  char tc[2] = {arr(self)->tc, 0};
  return make_str(tc);
}

Result<Ref> g_itemsize(Value self) { return make_int(int64_t(item_size(arr(self)->tc))); }

const MethodDef kArrayMethods[] = {
    {"append", m_append, 0, "Append new value v to the end of the array."},
    {"extend", m_extend, 0, "Append items to the end of the array."},
    {"insert", m_insert, 0, "Insert a new item v into the array before position i."},
    {"pop", m_pop, 0, "Return the i-th element and delete it from the array."},
    {"index", m_index, 0, "Return index of first occurrence of v in the array."},
    {"remove", m_remove, 0, "Remove the first occurrence of v in the array."},
    {"count", m_count, 0, "Return number of occurrences of v in the array."},
    {"reverse", m_reverse, 0, "Reverse the order of the items in the array."},
    {"byteswap", m_byteswap, 0, "Byteswap all items of the array."},
    {"tobytes", m_tobytes, 0, "Convert the array to an array of machine values and return the bytes representation."},
    {"frombytes", m_frombytes, 0, "Appends items from the string, interpreting it as an array of machine values."},
    {"tolist", m_tolist, 0, "Convert array to an ordinary list with the same items."},
    {"fromlist", m_fromlist, 0, "Append items to array from list."},
    {"tounicode", m_tounicode, 0, "Extends this array with data from the unicode string ustr."},
    {"fromunicode", m_fromunicode, 0, "Extends this array with data from the unicode string ustr."},
    {"buffer_info", m_buffer_info, 0, "Return a tuple (address, length) giving the current memory address and the length in items."},
    {"__copy__", m_copy, 0, "Return a copy of the array."},
    {"__deepcopy__", m_copy, 0, "Return a copy of the array."},
    {"__reduce_ex__", m_reduce_ex, 0, "Return state information for pickling."},
    {nullptr, nullptr}};

const GetSetDef kArrayGetSets[] = {
    {"typecode", g_typecode, nullptr, "the typecode character used to create the array"},
    {"itemsize", g_itemsize, nullptr, "the size, in bytes, of one array item"},
    {nullptr, nullptr}};

void init_array_type() {
  TypeObject& t = ArrayType;
  t.name = "array.array";
  t.flags = kTypeBaseType;
  t.basic_size = sizeof(ArrayObject);
  t.dealloc = array_dealloc;
  t.new_ = array_new;
  t.repr = array_repr;
  t.len = array_len;
  t.getitem = array_getitem;
  t.setitem = array_setitem;
  t.contains = array_contains;
  t.iter = array_iter;
  t.richcompare = array_richcompare;
  t.binop[size_t(BinOp::Add)] = array_add;
  t.binop[size_t(BinOp::Mul)] = array_mul;
  t.inplace[size_t(BinOp::Add)] = array_iadd;
  t.inplace[size_t(BinOp::Mul)] = array_imul;
  t.methods = kArrayMethods;
  t.getsets = kArrayGetSets;
  t.doc = "array(typecode [, initializer]) -> array\n\nReturn a new array whose items are restricted by typecode.";
  type_ready(&t);
}

}  // namespace

bool array_buffer_data(Value v, std::string* out) {
  if (!v.is_object() || !is_array(v)) return false;
  *out = snapshot(arr(v));
  return true;
}

bool array_writable_buffer(Value v, char** data, int64_t* len) {
  if (!v.is_object() || !is_array(v)) return false;
  *data = arr(v)->buf.data();
  *len = int64_t(arr(v)->buf.size());
  return true;
}

Result<Ref> init_array_module() {
  static std::once_flag once;
  std::call_once(once, init_array_type);
  Ref m = make_module("array");
  TRY(module_add(m, "array", Value(static_cast<Object*>(&ArrayType))));
  TRY(module_add(m, "ArrayType", Value(static_cast<Object*>(&ArrayType))));
  Ref tcs = make_str("bBuwhHiIlLqQfd");
  TRY(module_add(m, "typecodes", tcs));
  return m;
}

}  // namespace weft
