// The _struct module: pack/unpack of C structs described by format strings, with CPython's
// sizes, alignment rules and struct.error messages. struct.py adds the Struct class and
// iter_unpack on top of these functions.
#include <gmp.h>

#include <cfloat>
#include <cmath>
#include <cstring>
#include <mutex>
#include <string>
#include <vector>

#include "array_module.h"
#include "modules.h"
#include "objects/abstract.h"
#include "objects/args.h"
#include "objects/bytes.h"
#include "objects/exceptions.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"

namespace weft {

namespace {

TypeObject StructErrorType;

ErrorMarker struct_error(const std::string& msg) { return raise(&StructErrorType, msg); }

struct Code {
  char c;
  size_t count;   // repeat count (for s/p: the byte length)
  size_t offset;  // of the first item
  size_t size;    // of one item
};

struct Format {
  std::vector<Code> codes;
  size_t size = 0;
  size_t nitems = 0;  // values consumed by pack
  bool little = true;
  bool native = true;
};

// Size of one item, 0 for an unknown code.
size_t item_size(char c, bool native) {
  switch (c) {
    case 'x': case 'c': case 'b': case 'B': case '?': case 's': case 'p': return 1;
    case 'h': case 'H': case 'e': return 2;
    case 'i': case 'I': case 'f': return 4;
    case 'l': case 'L': return native ? sizeof(long) : 4;
    case 'q': case 'Q': case 'd': return 8;
    case 'n': case 'N': case 'P': return native ? 8 : 0;
  }
  return 0;
}

Result<std::string> format_text(Value fmt) {
  if (is_str(fmt)) return std::string(str_view(fmt));
  std::string data;
  if (is_bytes(fmt) || is_bytearray(fmt)) {
    bytes_like_data(fmt, &data);
    return data;
  }
  return raise(exc::TypeError, std::string("Struct() argument 1 must be a str or bytes object, not ") +
                                   type_name(fmt));
}

Result<Format> parse_format(Value fmt_obj) {
  std::string fmt = TRY(format_text(fmt_obj));
  Format f;
  size_t i = 0;
  if (!fmt.empty()) {
    switch (fmt[0]) {
      case '@': f.native = true; i = 1; break;
      case '=': f.native = false; i = 1; break;
      case '<': f.native = false; i = 1; break;
      case '>': case '!': f.native = false; f.little = false; i = 1; break;
    }
  }
  size_t off = 0;
  while (i < fmt.size()) {
    char c = fmt[i];
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f') { i++; continue; }
    size_t count = 1;
    bool have_count = false;
    if (c >= '0' && c <= '9') {
      count = 0;
      while (i < fmt.size() && fmt[i] >= '0' && fmt[i] <= '9') {
        if (count > (SIZE_MAX / 2 - 9) / 10) return struct_error("total struct size too long");
        count = count * 10 + size_t(fmt[i] - '0');
        i++;
      }
      have_count = true;
      if (i >= fmt.size()) return struct_error("repeat count given without format specifier");
      c = fmt[i];
    }
    (void)have_count;
    size_t sz = item_size(c, f.native);
    if (!sz) {
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f')
        return struct_error("repeat count given without format specifier");
      return struct_error("bad char in struct format");
    }
    if (f.native && sz > 1) off = (off + sz - 1) / sz * sz;  // native alignment
    Code code{c, count, off, sz};
    if (c == 's' || c == 'p') {
      off += count;
      f.nitems += 1;
    } else {
      if (count > (SIZE_MAX / 2) / sz) return struct_error("total struct size too long");
      off += count * sz;
      if (c != 'x') f.nitems += count;
    }
    if (off > SIZE_MAX / 4) return struct_error("total struct size too long");
    f.codes.push_back(code);
    i++;
  }
  f.size = off;
  return f;
}

// ---- packing ----

void put_uint(char* p, unsigned __int128 v, size_t size, bool little) {
  for (size_t k = 0; k < size; k++) {
    uint8_t byte = uint8_t(v >> (8 * k));
    p[little ? k : size - 1 - k] = char(byte);
  }
}

uint64_t get_uint(const char* p, size_t size, bool little) {
  uint64_t v = 0;
  for (size_t k = 0; k < size; k++) {
    uint8_t byte = uint8_t(p[little ? k : size - 1 - k]);
    v |= uint64_t(byte) << (8 * k);
  }
  return v;
}

bool is_signed_code(char c) { return c == 'b' || c == 'h' || c == 'i' || c == 'l' || c == 'q' || c == 'n'; }

Status pack_int(char* p, const Code& code, Value v, bool little) {
  Ref iv;
  if (is_int(v)) {
    iv = Ref::borrow(v);
  } else if (v.type()->index) {
    iv = TRY(index(v));
  } else {
    return struct_error("required argument is not an integer");
  }
  size_t size = code.size;
  bool sign = is_signed_code(code.c);
  // Range as text for the message; check with GMP so any int size works.
  mpz_t z, lo, hi;
  mpz_inits(z, lo, hi, nullptr);
  int_to_mpz(iv, z);
  if (code.c == 'P') {  // void*: any value that fits 64 bits either way
    mpz_set_si(lo, INT64_MIN);
    mpz_set_ui(hi, UINT64_MAX);
  } else if (sign) {
    mpz_set_ui(hi, 1);
    mpz_mul_2exp(hi, hi, size * 8 - 1);
    mpz_neg(lo, hi);
    mpz_sub_ui(hi, hi, 1);
  } else {
    mpz_set_ui(lo, 0);
    mpz_set_ui(hi, 1);
    mpz_mul_2exp(hi, hi, size * 8);
    mpz_sub_ui(hi, hi, 1);
  }
  bool bad = mpz_cmp(z, lo) < 0 || mpz_cmp(z, hi) > 0;
  if (bad) {
    char* los = mpz_get_str(nullptr, 10, lo);
    char* his = mpz_get_str(nullptr, 10, hi);
    std::string msg = std::string("'") + code.c + "' format requires " + los + " <= number <= " + his;
    free(los);
    free(his);
    mpz_clears(z, lo, hi, nullptr);
    if (code.c == 'P') return raise(exc::OverflowError, "int too large to convert");
    return struct_error(msg);
  }
  // Two's complement of the low 64 bits.
  uint64_t low = 0;
  {
    mpz_t m;
    mpz_init(m);
    mpz_fdiv_r_2exp(m, z, 64);
    size_t cnt = 0;
    mpz_export(&low, &cnt, -1, sizeof(uint64_t), 0, 0, m);
    mpz_clear(m);
  }
  mpz_clears(z, lo, hi, nullptr);
  put_uint(p, low, size, little);
  return ok();
}

Result<double> float_arg(Value v) {
  if (is_float_instance(v)) return float_value(v);
  if (is_int(v) || v.type()->to_float || v.type()->index) return number_to_double(v);
  return struct_error("required argument is not a float");
}

// IEEE 754 binary16 with round-half-even; false on overflow.
bool double_to_half(double x, uint16_t* out) {
  uint16_t sign = std::signbit(x) ? 0x8000 : 0;
  if (std::isnan(x)) { *out = sign | 0x7e00; return true; }
  double a = std::fabs(x);
  if (std::isinf(a)) { *out = sign | 0x7c00; return true; }
  if (a == 0) { *out = sign; return true; }
  int e;
  std::frexp(a, &e);
  int E = e - 1;  // a = 1.f * 2**E
  if (E < -14) {
    double n = std::nearbyint(std::ldexp(a, 24));  // subnormal units of 2**-24
    *out = sign | uint16_t(n);  // n == 1024 carries into the smallest normal
    return true;
  }
  double mant = std::nearbyint((std::ldexp(a, -E) - 1.0) * 1024.0);
  if (mant >= 1024) { mant = 0; E++; }
  if (E > 15) return false;
  *out = sign | uint16_t((E + 15) << 10) | uint16_t(mant);
  return true;
}

double half_to_double(uint16_t h) {
  int exp = (h >> 10) & 0x1f;
  int mant = h & 0x3ff;
  double v;
  if (exp == 0) v = std::ldexp(double(mant), -24);
  else if (exp == 31) v = mant ? std::numeric_limits<double>::quiet_NaN() : std::numeric_limits<double>::infinity();
  else v = std::ldexp(double(mant + 1024), exp - 25);
  return (h & 0x8000) ? -v : v;
}

Status pack_one(char* p, const Code& code, Value v, const Format& f) {
  switch (code.c) {
    case 'c': {
      if (!is_bytes(v) || as<Bytes>(v)->size != 1 )
        return struct_error("char format requires a bytes object of length 1");
      p[0] = as<Bytes>(v)->data[0];
      return ok();
    }
    case '?': {
      bool b = TRY(truthy(v));
      p[0] = b ? 1 : 0;
      return ok();
    }
    case 'e': {
      double d = TRY(float_arg(v));
      uint16_t h;
      if (!double_to_half(d, &h)) return raise(exc::OverflowError, "float too large to pack with e format");
      put_uint(p, h, 2, f.little);
      return ok();
    }
    case 'f': {
      double d = TRY(float_arg(v));
      float x = float(d);
      if (!f.native && std::isinf(x) && !std::isinf(d))
        return raise(exc::OverflowError, "float too large to pack with f format");
      uint32_t bits;
      std::memcpy(&bits, &x, 4);
      put_uint(p, bits, 4, f.little);
      return ok();
    }
    case 'd': {
      double d = TRY(float_arg(v));
      uint64_t bits;
      std::memcpy(&bits, &d, 8);
      put_uint(p, bits, 8, f.little);
      return ok();
    }
    default:
      return pack_int(p, code, v, f.little);
  }
}

Status pack_values(const Format& f, const Value* vals, size_t n, char* out, const char* fname) {
  if (n != f.nitems)
    return struct_error(std::string(fname) + " expected " + std::to_string(f.nitems) +
                        " items for packing (got " + std::to_string(n) + ")");
  std::memset(out, 0, f.size);
  size_t vi = 0;
  for (const Code& code : f.codes) {
    char* p = out + code.offset;
    if (code.c == 'x') continue;
    if (code.c == 's' || code.c == 'p') {
      Value v = vals[vi++];
      std::string data;
      if (!bytes_like_data(v, &data))
        return struct_error(std::string("argument for '") + code.c + "' must be a bytes object");
      if (code.c == 's') {
        std::memcpy(p, data.data(), std::min(data.size(), code.count));
      } else if (code.count > 0) {
        size_t n2 = std::min(data.size(), code.count - 1);
        std::memcpy(p + 1, data.data(), n2);
        p[0] = char(std::min<size_t>(n2, 255));
      }
      continue;
    }
    for (size_t k = 0; k < code.count; k++) TRY(pack_one(p + k * code.size, code, vals[vi++], f));
  }
  return ok();
}

Result<Ref> unpack_one(const char* p, const Code& code, const Format& f) {
  switch (code.c) {
    case 'c': return make_bytes(std::string_view(p, 1));
    case '?': return make_bool(p[0] != 0);
    case 'e': return make_float(half_to_double(uint16_t(get_uint(p, 2, f.little))));
    case 'f': {
      uint32_t bits = uint32_t(get_uint(p, 4, f.little));
      float x;
      std::memcpy(&x, &bits, 4);
      return make_float(double(x));
    }
    case 'd': {
      uint64_t bits = get_uint(p, 8, f.little);
      double x;
      std::memcpy(&x, &bits, 8);
      return make_float(x);
    }
  }
  uint64_t u = get_uint(p, code.size, f.little);
  if (is_signed_code(code.c)) {
    if (code.size < 8 && (u >> (code.size * 8 - 1)) & 1) u |= ~uint64_t(0) << (code.size * 8);
    return make_int(int64_t(u));
  }
  if (u <= uint64_t(INT64_MAX)) return make_int(int64_t(u));
  mpz_t z;
  mpz_init(z);
  mpz_import(z, 1, -1, sizeof(uint64_t), 0, 0, &u);
  Ref r = make_int_from_mpz(z);
  mpz_clear(z);
  return r;
}

Result<Ref> unpack_data(const Format& f, const char* data) {
  Ref t = make_tuple(f.nitems);
  size_t vi = 0;
  Status st = ok();
  for (const Code& code : f.codes) {
    const char* p = data + code.offset;
    if (code.c == 'x') continue;
    if (code.c == 's') {
      tuple_init_item(as<Tuple>(t), vi++, make_bytes(std::string_view(p, code.count)));
      continue;
    }
    if (code.c == 'p') {
      size_t n = code.count ? uint8_t(p[0]) : 0;
      if (code.count && n >= code.count) n = code.count - 1;
      tuple_init_item(as<Tuple>(t), vi++, make_bytes(std::string_view(code.count ? p + 1 : p, n)));
      continue;
    }
    for (size_t k = 0; k < code.count; k++) {
      Result<Ref> r = unpack_one(p + k * code.size, code, f);
      if (!r.ok()) {
        // Fill the rest so the tuple can be released safely.
        for (; vi < f.nitems; vi++) tuple_init_item(as<Tuple>(t), vi, none());
        return kError;
      }
      tuple_init_item(as<Tuple>(t), vi++, r.take());
    }
  }
  return t;
}

// Readable buffer contents (bytes, bytearray, array.array).
Result<std::string> read_buffer(Value v) {
  std::string data;
  if (bytes_like_data(v, &data)) return data;
  if (array_buffer_data(v, &data)) return data;
  return raise(exc::TypeError, std::string("a bytes-like object is required, not '") + type_name(v) + "'");
}

Result<Ref> s_calcsize(Value, CallArgs args) {
  TRY(check_no_kwargs(args, "calcsize"));
  TRY(check_nargs(args, "calcsize", 1, 1));
  Format f = TRY(parse_format(args[0]));
  return make_int(int64_t(f.size));
}

Result<Ref> s_pack(Value, CallArgs args) {
  TRY(check_no_kwargs(args, "pack"));
  if (args.nargs < 1) return raise(exc::TypeError, "pack expected at least 1 argument, got 0");
  Format f = TRY(parse_format(args[0]));
  std::string out(f.size, '\0');
  TRY(pack_values(f, args.args + 1, args.nargs - 1, out.data(), "pack"));
  return make_bytes(out);
}

Result<Ref> s_unpack(Value, CallArgs args) {
  TRY(check_no_kwargs(args, "unpack"));
  TRY(check_nargs(args, "unpack", 2, 2));
  Format f = TRY(parse_format(args[0]));
  std::string data = TRY(read_buffer(args[1]));
  if (data.size() != f.size)
    return struct_error("unpack requires a buffer of " + std::to_string(f.size) + " bytes");
  return unpack_data(f, data.data());
}

Result<Ref> s_unpack_from(Value, CallArgs args) {
  Value fmt, buffer, offset_v;
  TRY(parse_args(args, "unpack_from", {"", "buffer", "offset"}, 2, {&fmt, &buffer, &offset_v}));
  Format f = TRY(parse_format(fmt));
  std::string data = TRY(read_buffer(buffer));
  int64_t offset = offset_v ? TRY(index_to_int64(offset_v)) : 0;
  int64_t len = int64_t(data.size());
  if (offset < 0) {
    if (offset + len < 0)
      return struct_error("offset " + std::to_string(offset) + " out of range for " +
                          std::to_string(len) + "-byte buffer");
    offset += len;
  }
  if (len - offset < int64_t(f.size))
    return struct_error("unpack_from requires a buffer of at least " +
                        std::to_string(int64_t(f.size) + offset) + " bytes for unpacking " +
                        std::to_string(f.size) + " bytes at offset " + std::to_string(offset) +
                        " (actual buffer size is " + std::to_string(len) + ")");
  return unpack_data(f, data.data() + offset);
}

Result<Ref> s_pack_into(Value, CallArgs args) {
  TRY(check_no_kwargs(args, "pack_into"));
  if (args.nargs < 3)
    return raise(exc::TypeError, "pack_into expected at least 3 arguments, got " + std::to_string(args.nargs));
  Format f = TRY(parse_format(args[0]));
  Value buf = args[1];
  char* dst = nullptr;
  int64_t len = 0;
  if (is_bytearray(buf) || (buf.is_object() && is_subtype(buf.type(), &ByteArrayType))) {
    dst = as<ByteArray>(buf)->data;
    len = int64_t(as<ByteArray>(buf)->size);
  } else if (!array_writable_buffer(buf, &dst, &len)) {
    return raise(exc::TypeError, std::string("argument must be read-write bytes-like object, not ") +
                                     type_name(buf));
  }
  int64_t offset = TRY(index_to_int64(args[2]));
  std::string out(f.size, '\0');
  TRY(pack_values(f, args.args + 3, args.nargs - 3, out.data(), "pack_into"));
  if (offset < 0) {
    if (offset + int64_t(f.size) > 0)
      return struct_error("no space to pack " + std::to_string(f.size) + " bytes at offset " +
                          std::to_string(offset));
    if (offset + len < 0)
      return struct_error("offset " + std::to_string(offset) + " out of range for " +
                          std::to_string(len) + "-byte buffer");
    offset += len;
  }
  if (len - offset < int64_t(f.size))
    return struct_error("pack_into requires a buffer of at least " +
                        std::to_string(int64_t(f.size) + offset) + " bytes for packing " +
                        std::to_string(f.size) + " bytes at offset " + std::to_string(offset) +
                        " (actual buffer size is " + std::to_string(len) + ")");
  if (f.size) std::memcpy(dst + offset, out.data(), f.size);
  return none();
}

const MethodDef kStructFunctions[] = {
    {"calcsize", s_calcsize, 0, "Return size in bytes of the struct described by the format string."},
    {"pack", s_pack, 0, "pack(format, v1, v2, ...) -> bytes"},
    {"unpack", s_unpack, 0, "Return a tuple containing values unpacked according to the format string."},
    {"unpack_from", s_unpack_from, 0, "Return a tuple containing values unpacked according to the format string."},
    {"pack_into", s_pack_into, 0, "pack_into(format, buffer, offset, v1, v2, ...)"},
    {nullptr, nullptr}};

void init_error_type() {
  TypeObject& t = StructErrorType;
  TypeObject& base = exc::Exception;
  t.name = "struct.error";
  t.base = &base;
  t.type = &TypeType;
  t.flags = kTypeBaseType | kTypeHasDict | kTypeExceptionSubclass;
  t.basic_size = base.basic_size;
  t.dict_offset = base.dict_offset;
  t.dealloc = base.dealloc;
  t.repr = base.repr;
  t.str = base.str;
  t.new_ = base.new_;
  t.init = base.init;
  type_ready(&t);
}

}  // namespace

Result<Ref> init__struct_module() {
  static std::once_flag once;
  std::call_once(once, init_error_type);
  Ref m = make_module("_struct");
  TRY(module_add_functions(m, kStructFunctions));
  TRY(module_add(m, "error", Value(static_cast<Object*>(&StructErrorType))));
  return m;
}

}  // namespace weft
