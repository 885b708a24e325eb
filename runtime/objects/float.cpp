// float: an IEEE double. Arithmetic accepts int operands on either side (mixed arithmetic is
// float's job; int's slots return NotImplemented for floats). Formatting lives in
// number_format.cpp; repr is CPython's shortest round-trip 'r' format.
#include "objects/float.h"

#include <gmp.h>

#include <cerrno>
#include <cfloat>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <limits>

#include "objects/abstract.h"
#include "objects/args.h"
#include "objects/bytes.h"
#include "objects/complex.h"
#include "objects/exceptions.h"
#include "objects/init.h"
#include "objects/int.h"
#include "objects/number_format.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"

namespace weft {

TypeObject FloatType;

void init_float_type(TypeList& out);

namespace {

constexpr uint64_t kHashModulus = (uint64_t(1) << 61) - 1;
constexpr int kHashBits = 61;
constexpr int64_t kHashInf = 314159;

struct Mpz {
  mpz_t z;
  Mpz() { mpz_init(z); }
  ~Mpz() { mpz_clear(z); }
  Mpz(const Mpz&) = delete;
  Mpz& operator=(const Mpz&) = delete;
  operator mpz_ptr() { return z; }           // NOLINT
  operator mpz_srcptr() const { return z; }  // NOLINT
};

int64_t hash_pointer(const void* p) {
  uintptr_t y = reinterpret_cast<uintptr_t>(p);
  y = (y >> 4) | (y << (8 * sizeof(void*) - 4));
  int64_t x = int64_t(y);
  return x == -1 ? -2 : x;
}

inline double fval(Value v) { return as<Float>(v)->value; }

// Both operands as doubles, or NotImplemented.
#define FLOAT_OPERANDS(a, b, x, y)                              \
  double x, y;                                                   \
  if (!TRY(number_as_double(a, &x))) return not_implemented();   \
  if (!TRY(number_as_double(b, &y))) return not_implemented()

Result<Ref> float_repr_slot(Value v) { return make_str(float_repr(fval(v))); }

Result<int64_t> float_hash(Value v) {
  double d = fval(v);
  if (std::isnan(d)) return hash_pointer(v.obj());
  return hash_double(d);
}

Result<Ref> float_richcompare(Value a, Value b, CmpOp op) {
  if (!is_float_instance(a)) return not_implemented();
  double x = fval(a);
  if (is_float_instance(b)) {
    double y = fval(b);
    switch (op) {
      case CmpOp::Lt: return make_bool(x < y);
      case CmpOp::Le: return make_bool(x <= y);
      case CmpOp::Eq: return make_bool(x == y);
      case CmpOp::Ne: return make_bool(x != y);
      case CmpOp::Gt: return make_bool(x > y);
      case CmpOp::Ge: return make_bool(x >= y);
    }
  }
  if (is_int(b)) {
    if (std::isnan(x)) return make_bool(op == CmpOp::Ne);
    return make_bool(cmp_result(-int_compare_double(b, x), op));
  }
  return not_implemented();
}

Result<Ref> float_add(Value a, Value b) {
  FLOAT_OPERANDS(a, b, x, y);
  return make_float(x + y);
}
Result<Ref> float_sub(Value a, Value b) {
  FLOAT_OPERANDS(a, b, x, y);
  return make_float(x - y);
}
Result<Ref> float_mul(Value a, Value b) {
  FLOAT_OPERANDS(a, b, x, y);
  return make_float(x * y);
}
Result<Ref> float_truediv(Value a, Value b) {
  FLOAT_OPERANDS(a, b, x, y);
  if (y == 0.0) return raise(exc::ZeroDivisionError, "float division by zero");
  return make_float(x / y);
}

// CPython's float_divmod: the remainder has the sign of the divisor and the quotient is
// snapped to the nearest integral value.
void float_divmod_values(double vx, double wx, double* floordiv_out, double* mod_out) {
  double mod = std::fmod(vx, wx);
  double div = (vx - mod) / wx;
  if (mod != 0.0) {
    if ((wx < 0) != (mod < 0)) {
      mod += wx;
      div -= 1.0;
    }
  } else {
    mod = std::copysign(0.0, wx);
  }
  double floordiv;
  if (div != 0.0) {
    floordiv = std::floor(div);
    if (div - floordiv > 0.5) floordiv += 1.0;
  } else {
    floordiv = std::copysign(0.0, vx / wx);
  }
  *floordiv_out = floordiv;
  *mod_out = mod;
}

Result<Ref> float_floordiv(Value a, Value b) {
  FLOAT_OPERANDS(a, b, x, y);
  if (y == 0.0) return raise(exc::ZeroDivisionError, "float floor division by zero");
  double q, r;
  float_divmod_values(x, y, &q, &r);
  return make_float(q);
}

Result<Ref> float_mod(Value a, Value b) {
  FLOAT_OPERANDS(a, b, x, y);
  if (y == 0.0) return raise(exc::ZeroDivisionError, "float modulo by zero");
  double mod = std::fmod(x, y);
  if (mod != 0.0) {
    if ((y < 0) != (mod < 0)) mod += y;
  } else {
    mod = std::copysign(0.0, y);
  }
  return make_float(mod);
}

Result<Ref> float_divmod(Value a, Value b) {
  FLOAT_OPERANDS(a, b, x, y);
  if (y == 0.0) return raise(exc::ZeroDivisionError, "float divmod()");
  double q, r;
  float_divmod_values(x, y, &q, &r);
  Ref qf = make_float(q), rf = make_float(r);
  return make_tuple({qf.get(), rf.get()});
}

Result<Ref> float_pow(Value a, Value b) {
  FLOAT_OPERANDS(a, b, x, y);
  return float_pow_doubles(x, y);
}

Result<Ref> float_neg(Value a) { return make_float(-fval(a)); }
Result<Ref> float_pos(Value a) {
  if (a.type() == &FloatType) return Ref::borrow(a);
  return make_float(fval(a));
}
Result<Ref> float_abs(Value a) { return make_float(std::fabs(fval(a))); }
Result<bool> float_truth(Value a) { return fval(a) != 0.0; }
Result<Ref> float_to_int(Value a) { return int_from_double_checked(fval(a)); }
Result<Ref> float_to_float(Value a) { return float_pos(a); }

Result<Ref> parse_float_bytes(std::string_view data, bool bytearray) {
  bool ascii = true;
  for (char c : data) ascii &= static_cast<unsigned char>(c) < 0x80;
  if (ascii) {
    Result<Ref> r = float_from_string(data);
    if (r.ok()) return r;
    clear_error();  // re-raised below with the bytes repr, as CPython prints it
  }
  std::string rep = bytes_repr(data);
  if (bytearray) rep = "bytearray(" + rep + ")";
  return raise(exc::ValueError, "could not convert string to float: " + rep);
}

Result<Ref> float_new(TypeObject* type, CallArgs args) {
  if (args.nkw() != 0) return raise(exc::TypeError, "float() takes no keyword arguments");
  TRY(check_nargs(args, "float", 0, 1));
  Ref value;
  if (args.nargs == 0) {
    value = make_float(0.0);
  } else {
    Value x = args[0];
    if (x.is_object() && x.type() == &FloatType) {
      value = Ref::borrow(x);
    } else if (is_str(x)) {
      value = TRY(float_from_string(str_view(x)));
    } else if (is_bytes(x)) {
      value = TRY(parse_float_bytes(as<Bytes>(x)->view(), false));
    } else if (x.is_object() && is_instance_of(x, &ByteArrayType)) {
      ByteArray* ba = as<ByteArray>(x);
      value = TRY(parse_float_bytes(std::string_view(ba->data ? ba->data : "", ba->size), true));
    } else if (x.type()->to_float) {
      Ref r = TRY(x.type()->to_float(x));
      if (!is_float_instance(r))
        return raise(exc::TypeError, std::string(type_name(x)) +
                                         ".__float__ returned non-float (type " + type_name(r) +
                                         ")");
      value = r.type() == &FloatType ? r : make_float(fval(r));
    } else if (x.type()->index) {
      Ref r = TRY(x.type()->index(x));
      if (!is_int(r))
        return raise(exc::TypeError,
                     std::string("__index__ returned non-int (type ") + type_name(r) + ")");
      double d = TRY(int_to_double(r));
      value = make_float(d);
    } else {
      return raise(exc::TypeError,
                   std::string("float() argument must be a string or a real number, not '") +
                       type_name(x) + "'");
    }
  }
  if (type == &FloatType) return value;
  return make_float_of_type(type, fval(value));
}

void float_dealloc(Object* o) { delete_object(static_cast<Float*>(o)); }

// ---- methods -----------------------------------------------------------------------------

Result<Ref> float_is_integer(Value self, CallArgs args) {
  TRY(check_nargs(args, "is_integer", 0, 0));
  double x = fval(self);
  return make_bool(std::isfinite(x) && std::floor(x) == x);
}

Result<Ref> float_as_integer_ratio(Value self, CallArgs args) {
  TRY(check_nargs(args, "as_integer_ratio", 0, 0));
  double x = fval(self);
  if (std::isinf(x))
    return raise(exc::OverflowError, "cannot convert Infinity to integer ratio");
  if (std::isnan(x)) return raise(exc::ValueError, "cannot convert NaN to integer ratio");
  int exponent;
  double part = std::frexp(x, &exponent);
  for (int i = 0; i < 300 && part != std::floor(part); ++i) {
    part *= 2.0;
    exponent--;
  }
  Mpz num, den;
  mpz_set_d(num, part);
  mpz_set_ui(den, 1);
  if (exponent > 0)
    mpz_mul_2exp(num, num, exponent);
  else
    mpz_mul_2exp(den, den, -exponent);
  Ref n = make_int_from_mpz(num.z), d = make_int_from_mpz(den.z);
  return make_tuple({n.get(), d.get()});
}

const char kHexDigits[] = "0123456789abcdef";

Result<Ref> float_hex(Value self, CallArgs args) {
  TRY(check_nargs(args, "hex", 0, 0));
  double x = fval(self);
  if (std::isnan(x) || std::isinf(x)) return make_str(float_repr(x));
  if (x == 0.0) return make_str(std::signbit(x) ? "-0x0.0p+0" : "0x0.0p+0");
  int e;
  double m = std::frexp(std::fabs(x), &e);
  int shift = 1 - std::max(DBL_MIN_EXP - e, 0);
  m = std::ldexp(m, shift);
  e -= shift;
  std::string s;
  s += kHexDigits[int(m)];
  m -= int(m);
  s += '.';
  for (int i = 0; i < (DBL_MANT_DIG - 1) / 4; ++i) {
    m *= 16.0;
    s += kHexDigits[int(m)];
    m -= int(m);
  }
  std::string r = x < 0 ? "-0x" : "0x";
  r += s;
  r += 'p';
  r += e < 0 ? '-' : '+';
  r += std::to_string(e < 0 ? -e : e);
  return make_str(r);
}

bool ieq(std::string_view a, const char* b) {
  size_t n = std::strlen(b);
  if (a.size() != n) return false;
  for (size_t i = 0; i < n; ++i)
    if ((a[i] | 0x20) != b[i]) return false;
  return true;
}

Result<Ref> float_fromhex(Value cls, CallArgs args) {
  TRY(check_nargs(args, "fromhex", 1, 1));
  Value arg = args[0];
  if (!is_str(arg))
    return raise(exc::TypeError,
                 std::string("fromhex() argument must be str, not ") + type_name(arg));
  std::string_view s = str_view(arg);
  auto invalid = [] { return raise(exc::ValueError, "invalid hexadecimal floating-point string"); };
  size_t i = 0, n = s.size();
  auto space = [](char c) { return c == ' ' || (c >= '\t' && c <= '\r'); };
  while (i < n && space(s[i])) ++i;
  while (n > i && space(s[n - 1])) --n;
  bool negative = false;
  if (i < n && (s[i] == '+' || s[i] == '-')) negative = s[i++] == '-';
  std::string_view body = s.substr(i, n - i);
  double result;
  if (ieq(body, "inf") || ieq(body, "infinity")) {
    result = std::numeric_limits<double>::infinity();
  } else if (ieq(body, "nan")) {
    result = std::numeric_limits<double>::quiet_NaN();
  } else {
    if (i + 1 < n && s[i] == '0' && (s[i + 1] | 0x20) == 'x') i += 2;
    Mpz mant;
    long exp2 = 0;
    size_t ndigits = 0;
    bool seen_point = false;
    for (; i < n; ++i) {
      char c = s[i];
      int d;
      if (c >= '0' && c <= '9') d = c - '0';
      else if ((c | 0x20) >= 'a' && (c | 0x20) <= 'f') d = (c | 0x20) - 'a' + 10;
      else if (c == '.' && !seen_point) { seen_point = true; continue; }
      else break;
      mpz_mul_2exp(mant, mant, 4);
      mpz_add_ui(mant, mant, d);
      if (seen_point) exp2 -= 4;
      ++ndigits;
    }
    if (ndigits == 0) return invalid();
    if (i < n && (s[i] | 0x20) == 'p') {
      ++i;
      bool eneg = false;
      if (i < n && (s[i] == '+' || s[i] == '-')) eneg = s[i++] == '-';
      if (i >= n || s[i] < '0' || s[i] > '9') return invalid();
      long e = 0;
      for (; i < n && s[i] >= '0' && s[i] <= '9'; ++i)
        if (e < 100000000) e = e * 10 + (s[i] - '0');
      exp2 += eneg ? -e : e;
    }
    if (i != n) return invalid();
    result = mpz_ldexp_rounded(mant, false, exp2);
    if (std::isinf(result))
      return raise(exc::OverflowError, "hexadecimal value too large to represent as a float");
  }
  if (negative) result = -result;
  TypeObject* type = static_cast<TypeObject*>(cls.obj());
  Ref f = make_float(result);
  if (type == &FloatType) return f;
  return call(cls, {f.get()});
}

Result<Ref> float_conjugate(Value self, CallArgs args) {
  TRY(check_nargs(args, "conjugate", 0, 0));
  return float_pos(self);
}

Result<Ref> float_trunc_m(Value self, CallArgs args) {
  TRY(check_nargs(args, "__trunc__", 0, 0));
  return int_from_double_checked(fval(self));
}
Result<Ref> float_floor_m(Value self, CallArgs args) {
  TRY(check_nargs(args, "__floor__", 0, 0));
  return int_from_double_checked(std::floor(fval(self)));
}
Result<Ref> float_ceil_m(Value self, CallArgs args) {
  TRY(check_nargs(args, "__ceil__", 0, 0));
  return int_from_double_checked(std::ceil(fval(self)));
}
Result<Ref> float_round_m(Value self, CallArgs args) {
  Value nd;
  TRY(parse_args(args, "__round__", {""}, 0, {&nd}));
  return float_round(fval(self), nd);
}
Result<Ref> float_format_m(Value self, CallArgs args) {
  TRY(check_nargs(args, "__format__", 1, 1));
  Value spec = args[0];
  if (!is_str(spec))
    return raise(exc::TypeError, std::string("__format__() argument must be str, not ") +
                                     type_name(spec));
  return format_float_value(self, str_view(spec));
}
Result<Ref> float_getnewargs(Value self, CallArgs args) {
  TRY(check_nargs(args, "__getnewargs__", 0, 0));
  Ref f = make_float(fval(self));
  return make_tuple({f.get()});
}
Result<Ref> float_divmod_m(Value self, CallArgs args) {
  TRY(check_nargs(args, "__divmod__", 1, 1));
  return float_divmod(self, args[0]);
}
Result<Ref> float_rdivmod_m(Value self, CallArgs args) {
  TRY(check_nargs(args, "__rdivmod__", 1, 1));
  return float_divmod(args[0], self);
}
Result<Ref> float_pow_m(Value self, CallArgs args) {
  TRY(check_nargs(args, "__pow__", 1, 2));
  if (args.nargs > 1 && !is_none(args[1]))
    return raise(exc::TypeError,
                 "pow() 3rd argument not allowed unless all arguments are integers");
  return float_pow(self, args[0]);
}
Result<Ref> float_rpow_m(Value self, CallArgs args) {
  TRY(check_nargs(args, "__rpow__", 1, 2));
  if (args.nargs > 1 && !is_none(args[1]))
    return raise(exc::TypeError,
                 "pow() 3rd argument not allowed unless all arguments are integers");
  return float_pow(args[0], self);
}
Result<Ref> float_getformat(Value, CallArgs args) {
  TRY(check_nargs(args, "__getformat__", 1, 1));
  if (!is_str(args[0]))
    return raise(exc::TypeError, std::string("__getformat__() argument must be str, not ") +
                                     type_name(args[0]));
  std::string_view t = str_view(args[0]);
  if (t != "double" && t != "float")
    return raise(exc::ValueError, "__getformat__() argument 1 must be 'double' or 'float'");
  return make_str("IEEE, little-endian");
}

Result<Ref> float_get_real(Value self) { return float_pos(self); }
Result<Ref> float_get_imag(Value) { return make_float(0.0); }

const MethodDef kFloatMethods[] = {
    {"conjugate", float_conjugate, 0, "Return self, the complex conjugate of any float."},
    {"is_integer", float_is_integer, 0, "Return True if the float is an integer."},
    {"as_integer_ratio", float_as_integer_ratio, 0,
     "Return a pair of integers, whose ratio is exactly equal to the original float."},
    {"hex", float_hex, 0, "Return a hexadecimal representation of a floating-point number."},
    {"fromhex", float_fromhex, MethodDef::kClassMethod,
     "Create a floating-point number from a hexadecimal string."},
    {"__trunc__", float_trunc_m, 0, "Return the Integral closest to x between 0 and x."},
    {"__floor__", float_floor_m, 0, "Return the floor as an Integral."},
    {"__ceil__", float_ceil_m, 0, "Return the ceiling as an Integral."},
    {"__round__", float_round_m, 0, "Return the Integral closest to x, rounding half toward even."},
    {"__format__", float_format_m, 0, "Formats the float according to format_spec."},
    {"__getnewargs__", float_getnewargs, 0, nullptr},
    {"__divmod__", float_divmod_m, 0, "Return divmod(self, value)."},
    {"__rdivmod__", float_rdivmod_m, 0, "Return divmod(value, self)."},
    {"__pow__", float_pow_m, 0, "Return pow(self, value, mod)."},
    {"__rpow__", float_rpow_m, 0, "Return pow(value, self, mod)."},
    {"__getformat__", float_getformat, MethodDef::kClassMethod, nullptr},
    {nullptr, nullptr}};

const GetSetDef kFloatGetSets[] = {
    {"real", float_get_real, nullptr, "the real part of a complex number"},
    {"imag", float_get_imag, nullptr, "the imaginary part of a complex number"},
    {nullptr, nullptr}};

bool is_digit(char c) { return c >= '0' && c <= '9'; }

}  // namespace

// ---- public API --------------------------------------------------------------------------

Ref make_float(double v) {
  Float* f = new_object<Float>(&FloatType);
  f->value = v;
  return Ref::steal(Value(f));
}

Ref make_float_of_type(TypeObject* type, double v) {
  if (type == &FloatType) return make_float(v);
  size_t size = type->basic_size > sizeof(Float) ? type->basic_size : sizeof(Float);
  Float* f = new_object_sized<Float>(type, size);
  std::memset(reinterpret_cast<char*>(f) + sizeof(Float), 0, size - sizeof(Float));
  f->value = v;
  return Ref::steal(Value(f));
}

bool is_float_instance(Value v) {
  if (!v.is_object()) return false;
  TypeObject* t = v.obj()->type;
  return t == &FloatType || (t != &IntType && t != &BoolType && is_subtype(t, &FloatType));
}

Result<bool> number_as_double(Value v, double* out) {
  if (v.is_small_int()) {
    *out = double(v.as_small_int());
    return true;
  }
  if (is_float_instance(v)) {
    *out = fval(v);
    return true;
  }
  if (is_int(v)) {
    *out = TRY(int_to_double(v));
    return true;
  }
  return false;
}

std::string float_repr(double v) { return double_to_string(v, 'r', 0, kDtsfAddDot0); }

int64_t hash_double(double v) {
  if (!std::isfinite(v)) {
    if (std::isinf(v)) return v > 0 ? kHashInf : -kHashInf;
    return 0;
  }
  int e;
  double m = std::frexp(v, &e);
  int sign = 1;
  if (m < 0) {
    sign = -1;
    m = -m;
  }
  uint64_t x = 0;
  while (m != 0.0) {
    x = ((x << 28) & kHashModulus) | x >> (kHashBits - 28);
    m *= 268435456.0;  // 2**28
    e -= 28;
    uint64_t y = uint64_t(m);
    m -= double(y);
    x += y;
    if (x >= kHashModulus) x -= kHashModulus;
  }
  e = e >= 0 ? e % kHashBits : kHashBits - 1 - ((-1 - e) % kHashBits);
  x = ((x << e) & kHashModulus) | x >> (kHashBits - e);
  x = x * uint64_t(int64_t(sign));
  if (x == uint64_t(-1)) x = uint64_t(-2);
  return int64_t(x);
}

static Result<Ref> float_from_string_ascii(std::string_view s);

Result<Ref> float_from_string(std::string_view s) {
  bool ascii = true;
  for (char c : s) ascii &= static_cast<unsigned char>(c) < 0x80;
  if (!ascii && utf8_valid(s)) {
    // Unicode spaces and decimal digits count as ASCII; the message shows the original.
    std::string conv = unicode_to_ascii_digits(s);
    Result<Ref> r = float_from_string_ascii(conv);
    if (r.ok()) return r;
    clear_error();
    return raise(exc::ValueError, "could not convert string to float: " + str_repr(s));
  }
  return float_from_string_ascii(s);
}

static Result<Ref> float_from_string_ascii(std::string_view s) {
  auto fail = [&]() -> ErrorMarker {
    return raise(exc::ValueError, "could not convert string to float: " + str_repr(s));
  };
  size_t i = 0, n = s.size();
  auto space = [](char c) { return c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1c && c <= 0x1f); };
  while (i < n && space(s[i])) ++i;
  while (n > i && space(s[n - 1])) --n;
  std::string t;
  t.reserve(n - i);
  // Underscores only between two digits.
  for (size_t k = i; k < n; ++k) {
    char c = s[k];
    if (c == '_') {
      if (k == i || k + 1 >= n || !is_digit(s[k - 1]) || !is_digit(s[k + 1])) return fail();
      continue;
    }
    if (static_cast<unsigned char>(c) >= 0x80 || c == '\0') return fail();
    t.push_back(c);
  }
  size_t p = 0;
  bool negative = false;
  if (p < t.size() && (t[p] == '+' || t[p] == '-')) negative = t[p++] == '-';
  std::string_view body = std::string_view(t).substr(p);
  if (ieq(body, "inf") || ieq(body, "infinity"))
    return make_float(negative ? -std::numeric_limits<double>::infinity()
                               : std::numeric_limits<double>::infinity());
  if (ieq(body, "nan"))
    return make_float(negative ? -std::numeric_limits<double>::quiet_NaN()
                               : std::numeric_limits<double>::quiet_NaN());
  // Validate: digits [. digits] [e [sign] digits], at least one mantissa digit.
  size_t q = 0, m = body.size(), mant = 0;
  while (q < m && is_digit(body[q])) ++q, ++mant;
  if (q < m && body[q] == '.') {
    ++q;
    while (q < m && is_digit(body[q])) ++q, ++mant;
  }
  if (mant == 0) return fail();
  if (q < m && (body[q] | 0x20) == 'e') {
    ++q;
    if (q < m && (body[q] == '+' || body[q] == '-')) ++q;
    size_t ed = 0;
    while (q < m && is_digit(body[q])) ++q, ++ed;
    if (ed == 0) return fail();
  }
  if (q != m) return fail();
  double d = std::strtod(t.c_str(), nullptr);  // the C locale: '.' is the decimal point
  return make_float(d);
}

Result<Ref> float_pow_doubles(double iv, double iw) {
  auto is_odd_integer = [](double w) { return std::fmod(std::fabs(w), 2.0) == 1.0; };
  if (iw == 0.0) return make_float(1.0);
  if (std::isnan(iv)) return make_float(iv);
  if (std::isnan(iw)) return make_float(iv == 1.0 ? 1.0 : iw);
  if (std::isinf(iw)) {
    iv = std::fabs(iv);
    if (iv == 1.0) return make_float(1.0);
    if ((iw > 0.0) == (iv > 1.0)) return make_float(std::fabs(iw));
    return make_float(0.0);
  }
  if (std::isinf(iv)) {
    bool odd = is_odd_integer(iw);
    if (iw > 0.0) return make_float(odd ? iv : std::fabs(iv));
    return make_float(odd ? std::copysign(0.0, iv) : 0.0);
  }
  if (iv == 0.0) {
    bool odd = is_odd_integer(iw);
    if (iw < 0.0)
      return raise(exc::ZeroDivisionError, "0.0 cannot be raised to a negative power");
    return make_float(odd ? iv : 0.0);
  }
  bool negate = false;
  if (iv < 0.0) {
    if (iw != std::floor(iw)) return complex_pow_values(iv, 0.0, iw, 0.0);  // as CPython
    iv = -iv;
    negate = is_odd_integer(iw);
  }
  if (iv == 1.0) return make_float(negate ? -1.0 : 1.0);
  double ix = std::pow(iv, iw);
  if (std::isinf(ix))
    return raise(exc::OverflowError, "(34, 'Numerical result out of range')");
  return make_float(negate ? -ix : ix);
}

Result<Ref> float_round(double x, Value ndigits) {
  if (!ndigits || is_none(ndigits)) {
    double rounded = std::round(x);
    if (std::fabs(x - rounded) == 0.5) rounded = 2.0 * std::round(x / 2.0);
    return int_from_double_checked(rounded);
  }
  Ref ndi = TRY(index(ndigits));
  int64_t nd;
  if (!int_to_int64(ndi, &nd))  // clipped, as PyNumber_AsSsize_t(o, NULL)
    nd = int_sign(ndi) < 0 ? std::numeric_limits<int64_t>::min() : std::numeric_limits<int64_t>::max();
  constexpr int64_t kMax = 323, kMin = -308;
  if (nd > kMax || !std::isfinite(x) || x == 0.0) return make_float(x);
  if (nd < kMin) return make_float(0.0 * x);
  double r;
  if (nd >= 0) {
    // glibc's printf rounds the exact binary value half-to-even, like CPython's dtoa mode 3.
    int len = std::snprintf(nullptr, 0, "%.*f", int(nd), x);
    std::string buf(size_t(len) + 1, '\0');
    std::snprintf(buf.data(), buf.size(), "%.*f", int(nd), x);
    r = std::strtod(buf.c_str(), nullptr);
  } else {
    // Exact: |x| = M * 2**e; round to a multiple of 10**k half-to-even.
    int e;
    double m = std::frexp(std::fabs(x), &e);
    Mpz M, D, q, rem, rem2;
    mpz_set_d(M, std::ldexp(m, 53));
    e -= 53;
    mpz_ui_pow_ui(D, 10, (unsigned long)(-nd));
    Mpz pow10;
    mpz_set(pow10, D);
    if (e >= 0)
      mpz_mul_2exp(M, M, e);
    else
      mpz_mul_2exp(D, D, -e);
    mpz_fdiv_qr(q, rem, M, D);
    mpz_mul_2exp(rem2, rem, 1);
    int c = mpz_cmp(rem2, D);
    if (c > 0 || (c == 0 && mpz_odd_p(q.z))) mpz_add_ui(q, q, 1);
    mpz_mul(q, q, pow10);
    r = mpz_ldexp_rounded(q, false, 0);
    if (x < 0) r = -r;
  }
  if (std::isinf(r)) return raise(exc::OverflowError, "rounded value too large to represent");
  return make_float(r);
}

void init_float_type(TypeList& out) {
  TypeObject& t = FloatType;
  t.name = "float";
  t.flags = kTypeBaseType;
  t.basic_size = sizeof(Float);
  t.dealloc = float_dealloc;
  t.repr = float_repr_slot;
  t.hash = float_hash;
  t.richcompare = float_richcompare;
  t.binop[size_t(BinOp::Add)] = float_add;
  t.binop[size_t(BinOp::Sub)] = float_sub;
  t.binop[size_t(BinOp::Mul)] = float_mul;
  t.binop[size_t(BinOp::TrueDiv)] = float_truediv;
  t.binop[size_t(BinOp::FloorDiv)] = float_floordiv;
  t.binop[size_t(BinOp::Mod)] = float_mod;
  t.binop[size_t(BinOp::Pow)] = float_pow;
  t.neg = float_neg;
  t.pos = float_pos;
  t.abs = float_abs;
  t.truth = float_truth;
  t.to_int = float_to_int;
  t.to_float = float_to_float;
  t.new_ = float_new;
  t.methods = kFloatMethods;
  t.getsets = kFloatGetSets;
  t.doc = "Convert a string or number to a floating-point number, if possible.";
  out.push_back(&FloatType);
}

}  // namespace weft
