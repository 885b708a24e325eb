// int: small values inline in the Value, everything else a BigInt holding a GMP mpz.
// Every result is normalised (a value in the small range is always small); int subclass
// instances and bools are BigInt-layout objects of any value, so operands are read generically
// (MpzView) and results are always exact ints.
#include "objects/int.h"

#include <gmp.h>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstring>
#include <limits>

#include "objects/abstract.h"
#include "objects/args.h"
#include "objects/bytes.h"
#include "objects/complex.h"
#include "objects/exceptions.h"
#include "objects/float.h"
#include "objects/init.h"
#include "objects/number_format.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "objects/unicode.h"
#include "vm/state.h"

namespace weft {

TypeObject IntType;

// The other number types (bool.cpp, float.cpp, none.cpp).
void init_bool_type(TypeList& out);
void init_float_type(TypeList& out);
void init_none_types(TypeList& out);

void init_number_types(TypeList& out);

namespace {

constexpr uint64_t kHashModulus = (uint64_t(1) << 61) - 1;
// Larger results raise MemoryError before GMP is asked (GMP aborts when it cannot allocate).
constexpr uint64_t kMaxIntBits = uint64_t(1) << 36;

// Read-only mpz view of any int operand; small ints use a stack limb, no allocation.
class MpzView {
 public:
  explicit MpzView(Value v) {
    if (v.is_small_int()) {
      int64_t i = v.as_small_int();
      limb_ = i < 0 ? mp_limb_t(-(uint64_t(i))) : mp_limb_t(i);
      p_ = mpz_roinit_n(tmp_, &limb_, i < 0 ? -1 : (i > 0 ? 1 : 0));
    } else {
      p_ = as<BigInt>(v)->value;
    }
  }
  MpzView(const MpzView&) = delete;
  MpzView& operator=(const MpzView&) = delete;
  mpz_srcptr get() const { return p_; }
  operator mpz_srcptr() const { return p_; }  // NOLINT
  mpz_srcptr operator->() const { return p_; }  // for the mpz_sgn/mpz_odd_p macros

 private:
  mp_limb_t limb_ = 0;
  mpz_t tmp_;
  mpz_srcptr p_;
};

// Owned temporary.
struct Mpz {
  mpz_t z;
  Mpz() { mpz_init(z); }
  ~Mpz() { mpz_clear(z); }
  Mpz(const Mpz&) = delete;
  Mpz& operator=(const Mpz&) = delete;
  operator mpz_ptr() { return z; }              // NOLINT
  operator mpz_srcptr() const { return z; }     // NOLINT
  mpz_srcptr operator->() const { return z; }
};

uint64_t bits_of(mpz_srcptr z) { return mpz_sgn(z) == 0 ? 0 : mpz_sizeinbase(z, 2); }

Status check_bits(uint64_t bits) {
  if (bits > kMaxIntBits) return raise(exc::MemoryError);
  return ok();
}

BigInt* alloc_big(TypeObject* type) {
  BigInt* b;
  if (type == &IntType) {
    b = new_object<BigInt>(type);
  } else {
    size_t size = type->basic_size > sizeof(BigInt) ? type->basic_size : sizeof(BigInt);
    b = new_object_sized<BigInt>(type, size);
    std::memset(reinterpret_cast<char*>(b) + sizeof(BigInt), 0, size - sizeof(BigInt));
  }
  mpz_init(b->value);
  return b;
}

// Takes the value out of m (m is left unspecified).
Ref int_take(Mpz& m) {
  if (mpz_fits_slong_p(m.z)) {
    long v = mpz_get_si(m.z);
    if (Value::fits_small(v)) return Ref::small_int(v);
  }
  BigInt* b = alloc_big(&IntType);
  mpz_swap(b->value, m.z);
  return Ref::steal(Value(b));
}

Ref int_from_src(mpz_srcptr z) {
  if (mpz_fits_slong_p(z)) {
    long v = mpz_get_si(z);
    if (Value::fits_small(v)) return Ref::small_int(v);
  }
  BigInt* b = alloc_big(&IntType);
  mpz_set(b->value, z);
  return Ref::steal(Value(b));
}

// int64 value of an operand if it fits.
inline bool i64_of(Value v, int64_t& out) {
  if (v.is_small_int()) {
    out = v.as_small_int();
    return true;
  }
  mpz_srcptr z = as<BigInt>(v)->value;
  if (mpz_fits_slong_p(z)) {
    out = mpz_get_si(z);
    return true;
  }
  return false;
}

bool is_zero(Value v) {
  if (v.is_small_int()) return v.as_small_int() == 0;
  return mpz_sgn(as<BigInt>(v)->value) == 0;
}

int64_t max_str_digits() {
  ThreadState* ts = ThreadState::current();
  if (!ts || !ts->interp) return 4300;
  return ts->interp->int_max_str_digits;
}

bool is_ascii_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f' ||
         (c >= 0x1c && c <= 0x1f);
}

int digit_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'z') return c - 'a' + 10;
  if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
  return 99;
}

// Truncates s to its first 200 code points (for error messages).
std::string_view first_chars(std::string_view s, size_t n) {
  size_t cps = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80) {
      if (cps == n) return s.substr(0, i);
      ++cps;
    }
  }
  return s;
}

enum class Origin { Str, Bytes, ByteArray };

}  // namespace

std::string unicode_to_ascii_digits(std::string_view text) {
  std::string t;
  t.reserve(text.size());
  for (size_t i = 0; i < text.size();) {
    char32_t c;
    size_t n = unicode::decode(text.data() + i, &c);
    i += n;
    if (c < 0x80) {
      t += char(c);
    } else if (unicode::is_space(c)) {
      t += ' ';
    } else {
      int d = unicode::decimal_value(c);
      t += d >= 0 ? char('0' + d) : '?';
    }
  }
  return t;
}

namespace {

ErrorMarker invalid_literal(std::string_view text, int64_t base, Origin origin) {
  std::string r;
  if (origin == Origin::Str) {
    r = str_repr(first_chars(text, 200));
  } else {
    r = bytes_repr(text.substr(0, 200));  // bytearray too: CPython shows b'...' for both
  }
  return raise(exc::ValueError,
               "invalid literal for int() with base " + std::to_string(base) + ": " + r);
}

Result<Ref> parse_int(std::string_view text, int64_t base, Origin origin) {
  // Non-ASCII text: Unicode spaces and decimal digits count as their ASCII forms (as
  // _PyUnicode_TransformDecimalAndSpaceToASCII); messages still show the original text.
  if (origin == Origin::Str) {
    bool ascii = true;
    for (char c : text) ascii &= static_cast<unsigned char>(c) < 0x80;
    if (!ascii) {
      std::string t = unicode_to_ascii_digits(text);
      Result<Ref> r = parse_int(t, base, Origin::Bytes);
      if (r.ok()) return r;
      if (!error_matches(&exc::ValueError)) return kError;
      clear_error();
      if (base != 0 && (base < 2 || base > 36))
        return raise(exc::ValueError, "int() base must be >= 2 and <= 36, or 0");
      return invalid_literal(text, base, origin);
    }
  }
  if (base != 0 && (base < 2 || base > 36))
    return raise(exc::ValueError, "int() base must be >= 2 and <= 36, or 0");
  const int64_t orig_base = base;
  size_t i = 0, n = text.size();
  while (i < n && is_ascii_space(text[i])) ++i;
  while (n > i && is_ascii_space(text[n - 1])) --n;
  bool negative = false;
  if (i < n && (text[i] == '+' || text[i] == '-')) {
    negative = text[i] == '-';
    ++i;
  }
  bool after_prefix = false;
  bool leading_zero_decimal = false;
  if (i + 1 < n && text[i] == '0') {
    char p = text[i + 1] | 0x20;
    int pb = p == 'x' ? 16 : p == 'o' ? 8 : p == 'b' ? 2 : 0;
    if (pb && (base == 0 || base == pb)) {
      base = pb;
      i += 2;
      after_prefix = true;
    }
  }
  if (base == 0) {
    base = 10;
    if (i < n && text[i] == '0') leading_zero_decimal = true;
  }
  std::string digits;
  digits.reserve(n - i);
  bool prev_underscore = false;
  bool prev_digit = false;
  for (size_t k = i; k < n; ++k) {
    char c = text[k];
    if (c == '_') {
      if (prev_underscore || (!prev_digit && !after_prefix))
        return invalid_literal(text, orig_base, origin);
      prev_underscore = true;
      prev_digit = false;
      continue;
    }
    if (digit_value(c) >= base) return invalid_literal(text, orig_base, origin);
    digits.push_back(c);
    prev_underscore = false;
    prev_digit = true;
    after_prefix = false;
  }
  if (digits.empty() || prev_underscore) return invalid_literal(text, orig_base, origin);
  if (leading_zero_decimal) {
    for (char c : digits)
      if (c != '0') return invalid_literal(text, orig_base, origin);
  }
  if ((base & (base - 1)) != 0) {
    int64_t limit = max_str_digits();
    if (limit > 0 && int64_t(digits.size()) > limit)
      return raise(exc::ValueError, "Exceeds the limit (" + std::to_string(limit) +
                                        " digits) for integer string conversion: value has " +
                                        std::to_string(digits.size()) +
                                        " digits; use sys.set_int_max_str_digits() to increase "
                                        "the limit");
  }
  if (digits.size() <= 18 && base == 10) {
    int64_t v = 0;
    for (char c : digits) v = v * 10 + (c - '0');
    return make_int(negative ? -v : v);
  }
  Mpz m;
  mpz_set_str(m, digits.c_str(), int(base));
  if (negative) mpz_neg(m, m);
  return int_take(m);
}

// ---- slots -------------------------------------------------------------------------------

void int_dealloc(Object* o) {
  BigInt* b = static_cast<BigInt*>(o);
  mpz_clear(b->value);
  delete_object(b);
}

Result<Ref> int_repr(Value v) { return int_str(v); }

Result<int64_t> int_hash(Value v) { return hash_int(v); }

Result<Ref> int_richcompare(Value a, Value b, CmpOp op) {
  if (!is_int(a)) return not_implemented();
  if (is_int(b)) return make_bool(cmp_result(int_compare(a, b), op));
  // int vs float is float's job (reflected), exactly as CPython: (1).__eq__(1.0) is
  // NotImplemented.
  return not_implemented();
}

#define INT_OPERANDS(a, b) \
  if (!is_int(a) || !is_int(b)) return not_implemented()

Result<Ref> int_add(Value a, Value b) {
  INT_OPERANDS(a, b);
  if (a.is_small_int() && b.is_small_int()) return make_int(a.as_small_int() + b.as_small_int());
  Mpz r;
  mpz_add(r, MpzView(a), MpzView(b));
  return int_take(r);
}

Result<Ref> int_sub(Value a, Value b) {
  INT_OPERANDS(a, b);
  if (a.is_small_int() && b.is_small_int()) return make_int(a.as_small_int() - b.as_small_int());
  Mpz r;
  mpz_sub(r, MpzView(a), MpzView(b));
  return int_take(r);
}

Result<Ref> int_mul(Value a, Value b) {
  INT_OPERANDS(a, b);
  if (a.is_small_int() && b.is_small_int()) {
    int64_t r;
    if (!__builtin_mul_overflow(a.as_small_int(), b.as_small_int(), &r)) return make_int(r);
  }
  MpzView x(a), y(b);
  TRY(check_bits(bits_of(x) + bits_of(y)));
  Mpz r;
  mpz_mul(r, x, y);
  return int_take(r);
}

Result<Ref> int_floordiv(Value a, Value b) {
  INT_OPERANDS(a, b);
  if (is_zero(b)) return raise(exc::ZeroDivisionError, "integer division or modulo by zero");
  if (a.is_small_int() && b.is_small_int()) {
    int64_t x = a.as_small_int(), y = b.as_small_int();
    int64_t q = x / y;
    if ((x % y != 0) && ((x < 0) != (y < 0))) --q;
    return make_int(q);
  }
  Mpz r;
  mpz_fdiv_q(r, MpzView(a), MpzView(b));
  return int_take(r);
}

Result<Ref> int_mod(Value a, Value b) {
  INT_OPERANDS(a, b);
  if (is_zero(b)) return raise(exc::ZeroDivisionError, "integer modulo by zero");
  if (a.is_small_int() && b.is_small_int()) {
    int64_t x = a.as_small_int(), y = b.as_small_int();
    int64_t r = x % y;
    if (r != 0 && ((r < 0) != (y < 0))) r += y;
    return make_int(r);
  }
  Mpz r;
  mpz_fdiv_r(r, MpzView(a), MpzView(b));
  return int_take(r);
}

ErrorMarker div_too_large() {
  return raise(exc::OverflowError, "integer division result too large for a float");
}

Result<Ref> int_truediv(Value a, Value b) {
  INT_OPERANDS(a, b);
  if (is_zero(b)) return raise(exc::ZeroDivisionError, "division by zero");
  constexpr int64_t k53 = int64_t(1) << 53;
  int64_t x, y;
  if (i64_of(a, x) && i64_of(b, y) && x <= k53 && x >= -k53 && y <= k53 && y >= -k53)
    return make_float(double(x) / double(y));
  MpzView A(a), B(b);
  bool negative = (mpz_sgn(A) < 0) != (mpz_sgn(B) < 0);
  if (mpz_sgn(A) == 0) return make_float(negative ? -0.0 : 0.0);
  Mpz num, den;
  mpz_abs(num, A);
  mpz_abs(den, B);
  long diff = long(bits_of(num)) - long(bits_of(den));
  if (diff > 1025) return div_too_large();
  if (diff < -1080) return make_float(negative ? -0.0 : 0.0);
  long s = 55 - diff;  // q = floor(a * 2**s / b) has at least 55 bits
  if (s >= 0)
    mpz_mul_2exp(num, num, s);
  else
    mpz_mul_2exp(den, den, -s);
  Mpz q, r;
  mpz_tdiv_qr(q, r, num, den);
  double d = mpz_ldexp_rounded(q, mpz_sgn(r.z) != 0, -s);
  if (std::isinf(d)) return div_too_large();
  return make_float(negative ? -d : d);
}

Result<Ref> int_pow2(Value a, Value b) { return int_pow(a, b, Value()); }

Result<Ref> int_lshift(Value a, Value b) {
  INT_OPERANDS(a, b);
  MpzView n(b);
  if (mpz_sgn(n) < 0) return raise(exc::ValueError, "negative shift count");
  if (is_zero(a)) return make_int(0);
  if (!mpz_fits_slong_p(n)) return raise(exc::MemoryError);
  long count = mpz_get_si(n);
  if (a.is_small_int() && count < 62) {
    __int128 r = __int128(a.as_small_int()) << count;
    if (r >= std::numeric_limits<int64_t>::min() && r <= std::numeric_limits<int64_t>::max())
      return make_int(int64_t(r));
  }
  MpzView x(a);
  TRY(check_bits(bits_of(x) + uint64_t(count)));
  Mpz r;
  mpz_mul_2exp(r, x, count);
  return int_take(r);
}

Result<Ref> int_rshift(Value a, Value b) {
  INT_OPERANDS(a, b);
  MpzView n(b);
  if (mpz_sgn(n) < 0) return raise(exc::ValueError, "negative shift count");
  MpzView x(a);
  int sign = mpz_sgn(x);
  if (!mpz_fits_slong_p(n) || uint64_t(mpz_get_si(n)) >= bits_of(x) + 1)
    return make_int(sign < 0 ? -1 : 0);
  long count = mpz_get_si(n);
  if (a.is_small_int()) return make_int(count >= 63 ? (sign < 0 ? -1 : 0) : a.as_small_int() >> count);
  Mpz r;
  mpz_fdiv_q_2exp(r, x, count);
  return int_take(r);
}

Result<Ref> int_and(Value a, Value b) {
  INT_OPERANDS(a, b);
  if (a.is_small_int() && b.is_small_int()) return make_int(a.as_small_int() & b.as_small_int());
  Mpz r;
  mpz_and(r, MpzView(a), MpzView(b));
  return int_take(r);
}

Result<Ref> int_or(Value a, Value b) {
  INT_OPERANDS(a, b);
  if (a.is_small_int() && b.is_small_int()) return make_int(a.as_small_int() | b.as_small_int());
  Mpz r;
  mpz_ior(r, MpzView(a), MpzView(b));
  return int_take(r);
}

Result<Ref> int_xor(Value a, Value b) {
  INT_OPERANDS(a, b);
  if (a.is_small_int() && b.is_small_int()) return make_int(a.as_small_int() ^ b.as_small_int());
  Mpz r;
  mpz_xor(r, MpzView(a), MpzView(b));
  return int_take(r);
}

Result<Ref> int_neg(Value a) {
  if (a.is_small_int()) return make_int(-a.as_small_int());
  Mpz r;
  mpz_neg(r, MpzView(a));
  return int_take(r);
}

Result<Ref> int_pos(Value a) { return int_exact(a); }

Result<Ref> int_invert(Value a) {
  if (a.is_small_int()) return make_int(~a.as_small_int());
  Mpz r;
  mpz_com(r, MpzView(a));
  return int_take(r);
}

Result<Ref> int_abs(Value a) {
  if (a.is_small_int()) {
    int64_t v = a.as_small_int();
    return make_int(v < 0 ? -v : v);
  }
  Mpz r;
  mpz_abs(r, MpzView(a));
  return int_take(r);
}

Result<bool> int_truth(Value a) { return !is_zero(a); }

Result<Ref> int_index(Value a) { return int_exact(a); }

Result<Ref> int_to_float_slot(Value a) {
  double d = TRY(int_to_double(a));
  return make_float(d);
}

// int(x=0) / int(x, base=10)
Result<Ref> int_new(TypeObject* type, CallArgs args) {
  Value x, base;
  for (size_t i = 0; i < args.nkw(); ++i) {
    std::string_view k = str_view(tuple_item(Value(args.kwnames), i));
    if (k != "base")
      return raise(exc::TypeError,
                   "int() got an unexpected keyword argument '" + std::string(k) + "'");
  }
  TRY(check_nargs(args, "int", 0, 2));
  TRY(parse_args(args, "int", {"", "base"}, 0, {&x, &base}));
  Ref value;
  if (!x) {
    if (base) return raise(exc::TypeError, "int() missing string argument");
    value = make_int(0);
  } else if (base) {
    int64_t b = TRY(index_to_int64(base));
    if (b > INT32_MAX || b < INT32_MIN) b = -2;  // out of range either way
    if (!is_str(x) && !is_bytes(x) && !(x.is_object() && is_instance_of(x, &ByteArrayType)))
      return raise(exc::TypeError, "int() can't convert non-string with explicit base");
    if (b == -1) b = -2;  // -1 means "no base" to int_from_object
    value = TRY(int_from_object(x, int(b)));
  } else {
    value = TRY(int_from_object(x, -1));
  }
  if (type == &IntType) return value;
  return int_new_of_type(type, value);
}

// ---- methods -----------------------------------------------------------------------------

Result<Ref> int_conjugate(Value self, CallArgs args) {
  TRY(check_nargs(args, "conjugate", 0, 0));
  return int_exact(self);
}

Result<Ref> int_bit_length_m(Value self, CallArgs args) {
  TRY(check_nargs(args, "bit_length", 0, 0));
  return make_int(int64_t(int_bit_length(self)));
}

Result<Ref> int_bit_count(Value self, CallArgs args) {
  TRY(check_nargs(args, "bit_count", 0, 0));
  if (self.is_small_int()) {
    int64_t v = self.as_small_int();
    return make_int(__builtin_popcountll(uint64_t(v < 0 ? -v : v)));
  }
  Mpz a;
  mpz_abs(a, MpzView(self));
  return make_int(int64_t(mpz_popcount(a)));
}

Result<bool> parse_byteorder(Value v) {  // true: little
  if (!v) return false;
  if (!is_str(v)) {
    return raise(exc::TypeError, std::string("to_bytes() argument 'byteorder' must be str, not ") +
                                     type_name(v));
  }
  std::string_view s = str_view(v);
  if (s == "little") return true;
  if (s == "big") return false;
  return raise(exc::ValueError, "byteorder must be either 'little' or 'big'");
}

Result<Ref> int_to_bytes(Value self, CallArgs args) {
  Value length, byteorder, is_signed;
  TRY(parse_args(args, "to_bytes", {"length", "byteorder", "$signed"}, 0,
                 {&length, &byteorder, &is_signed}));
  int64_t len = 1;
  if (length) len = TRY(index_to_int64(length));
  if (len < 0) return raise(exc::ValueError, "length argument must be non-negative");
  if (len > (int64_t(1) << 34)) return raise(exc::MemoryError);
  bool little = TRY(parse_byteorder(byteorder));
  bool sgn = is_signed ? TRY(truthy(is_signed)) : false;
  MpzView x(self);
  if (!sgn && mpz_sgn(x) < 0)
    return raise(exc::OverflowError, "can't convert negative int to unsigned");
  Mpz v;
  uint64_t nbits = uint64_t(len) * 8;
  bool too_big;
  if (mpz_sgn(x) >= 0) {
    too_big = bits_of(x) > (sgn ? (nbits == 0 ? 0 : nbits - 1) : nbits);
    if (!too_big) mpz_set(v, x);
  } else {
    // two's complement: x + 2**nbits must be >= 2**(nbits-1)
    if (nbits == 0) {
      too_big = true;
    } else {
      Mpz lim;
      mpz_set_ui(lim, 1);
      mpz_mul_2exp(lim, lim, nbits - 1);
      mpz_neg(lim, lim);
      too_big = mpz_cmp(x, lim) < 0;
      if (!too_big) {
        mpz_set_ui(v, 1);
        mpz_mul_2exp(v, v, nbits);
        mpz_add(v, v, x);
      }
    }
  }
  if (too_big) return raise(exc::OverflowError, "int too big to convert");
  std::string buf(size_t(len), '\0');
  size_t count = 0;
  if (len > 0 && mpz_sgn(v.z) != 0) {
    size_t need = (mpz_sizeinbase(v, 2) + 7) / 8;
    std::string tmp(need, '\0');
    mpz_export(tmp.data(), &count, 1, 1, 0, 0, v);
    // big-endian into the tail
    std::memcpy(buf.data() + (size_t(len) - count), tmp.data(), count);
  }
  if (little) std::reverse(buf.begin(), buf.end());
  return make_bytes(buf);
}

Result<Ref> int_from_bytes(Value cls, CallArgs args) {
  Value data, byteorder, is_signed;
  TRY(parse_args(args, "from_bytes", {"bytes", "byteorder", "$signed"}, 1,
                 {&data, &byteorder, &is_signed}));
  bool little = TRY(parse_byteorder(byteorder));
  bool sgn = is_signed ? TRY(truthy(is_signed)) : false;
  Ref holder;
  std::string_view bytes;
  if (is_bytes(data)) {
    bytes = as<Bytes>(data)->view();
  } else if (data.is_object() && is_instance_of(data, &ByteArrayType)) {
    ByteArray* ba = as<ByteArray>(data);
    bytes = std::string_view(ba->data ? ba->data : "", ba->size);
  } else if (is_str(data)) {
    return raise(exc::TypeError, "cannot convert 'str' object to bytes");
  } else {
    holder = TRY(call(Value(&BytesType), {data}));
    bytes = as<Bytes>(holder.get())->view();
  }
  std::string buf(bytes);
  if (little) std::reverse(buf.begin(), buf.end());
  Mpz z;
  if (!buf.empty()) mpz_import(z, buf.size(), 1, 1, 0, 0, buf.data());
  if (sgn && !buf.empty() && (static_cast<unsigned char>(buf[0]) & 0x80)) {
    Mpz p;
    mpz_set_ui(p, 1);
    mpz_mul_2exp(p, p, buf.size() * 8);
    mpz_sub(z, z, p);
  }
  Ref r = int_take(z);
  TypeObject* type = static_cast<TypeObject*>(cls.obj());
  if (type == &IntType) return r;
  return call(cls, {r.get()});
}

Result<Ref> int_as_integer_ratio(Value self, CallArgs args) {
  TRY(check_nargs(args, "as_integer_ratio", 0, 0));
  Ref n = int_exact(self);
  return make_tuple({n.get(), Value::small_int(1)});
}

Result<Ref> int_is_integer(Value self, CallArgs args) {
  TRY(check_nargs(args, "is_integer", 0, 0));
  return make_bool(true);
}

Result<Ref> int_trunc_m(Value self, CallArgs args) {
  TRY(check_nargs(args, "__trunc__", 0, 0));
  return int_exact(self);
}
Result<Ref> int_floor_m(Value self, CallArgs args) {
  TRY(check_nargs(args, "__floor__", 0, 0));
  return int_exact(self);
}
Result<Ref> int_ceil_m(Value self, CallArgs args) {
  TRY(check_nargs(args, "__ceil__", 0, 0));
  return int_exact(self);
}

Result<Ref> int_round_m(Value self, CallArgs args) {
  Value nd;
  TRY(parse_args(args, "__round__", {""}, 0, {&nd}));
  if (!nd || is_none(nd)) return int_exact(self);
  Ref n = TRY(index(nd));
  if (int_sign(n) >= 0) return int_exact(self);
  MpzView x(self);
  int64_t k;
  Mpz neg;
  mpz_neg(neg, MpzView(n));
  if (!mpz_fits_slong_p(neg) || (k = mpz_get_si(neg)) > int64_t(mpz_sizeinbase(x, 10)) + 1)
    return make_int(0);
  Mpz p, q, r, r2;
  mpz_ui_pow_ui(p, 10, (unsigned long)k);
  mpz_fdiv_qr(q, r, x, p);
  mpz_mul_2exp(r2, r, 1);
  int c = mpz_cmp(r2, p);
  if (c > 0 || (c == 0 && mpz_odd_p(q.z))) mpz_add_ui(q, q, 1);
  mpz_mul(q, q, p);
  return int_take(q);
}

Result<Ref> int_format_m(Value self, CallArgs args) {
  TRY(check_nargs(args, "__format__", 1, 1));
  Value spec = args[0];
  if (!is_str(spec))
    return raise(exc::TypeError, std::string("__format__() argument must be str, not ") +
                                     type_name(spec));
  return format_int(self, str_view(spec));
}

Result<Ref> int_getnewargs(Value self, CallArgs args) {
  TRY(check_nargs(args, "__getnewargs__", 0, 0));
  Ref n = int_exact(self);
  return make_tuple({n.get()});
}

Result<Ref> int_divmod_m(Value self, CallArgs args) {
  TRY(check_nargs(args, "__divmod__", 1, 1));
  return int_divmod(self, args[0]);
}
Result<Ref> int_rdivmod_m(Value self, CallArgs args) {
  TRY(check_nargs(args, "__rdivmod__", 1, 1));
  return int_divmod(args[0], self);
}
Result<Ref> int_pow_m(Value self, CallArgs args) {
  TRY(check_nargs(args, "__pow__", 1, 2));
  return int_pow(self, args[0], args.nargs > 1 ? args[1] : Value());
}
Result<Ref> int_rpow_m(Value self, CallArgs args) {
  TRY(check_nargs(args, "__rpow__", 1, 2));
  return int_pow(args[0], self, args.nargs > 1 ? args[1] : Value());
}
Result<Ref> int_sizeof(Value self, CallArgs args) {
  TRY(check_nargs(args, "__sizeof__", 0, 0));
  uint64_t bits = int_bit_length(self);
  return make_int(int64_t(24 + 4 * ((bits + 29) / 30 == 0 ? 1 : (bits + 29) / 30)));
}

Result<Ref> int_get_real(Value self) { return int_exact(self); }
Result<Ref> int_get_imag(Value) { return make_int(0); }
Result<Ref> int_get_denominator(Value) { return make_int(1); }

const MethodDef kIntMethods[] = {
    {"conjugate", int_conjugate, 0, "Returns self, the complex conjugate of any int."},
    {"bit_length", int_bit_length_m, 0, "Number of bits necessary to represent self in binary."},
    {"bit_count", int_bit_count, 0, "Number of ones in the binary representation of abs(self)."},
    {"to_bytes", int_to_bytes, 0, "Return an array of bytes representing an integer."},
    {"from_bytes", int_from_bytes, MethodDef::kClassMethod,
     "Return the integer represented by the given array of bytes."},
    {"as_integer_ratio", int_as_integer_ratio, 0, "Return a pair of integers (n, 1)."},
    {"is_integer", int_is_integer, 0, "Returns True. Exists for duck type compatibility."},
    {"__trunc__", int_trunc_m, 0, "Truncating an Integral returns itself."},
    {"__floor__", int_floor_m, 0, "Flooring an Integral returns itself."},
    {"__ceil__", int_ceil_m, 0, "Ceiling of an Integral returns itself."},
    {"__round__", int_round_m, 0, "Rounding an Integral returns itself."},
    {"__format__", int_format_m, 0, "Convert to a string according to format_spec."},
    {"__getnewargs__", int_getnewargs, 0, nullptr},
    {"__divmod__", int_divmod_m, 0, "Return divmod(self, value)."},
    {"__rdivmod__", int_rdivmod_m, 0, "Return divmod(value, self)."},
    {"__pow__", int_pow_m, 0, "Return pow(self, value, mod)."},
    {"__rpow__", int_rpow_m, 0, "Return pow(value, self, mod)."},
    {"__sizeof__", int_sizeof, 0, "Returns size in memory, in bytes."},
    {nullptr, nullptr}};

const GetSetDef kIntGetSets[] = {
    {"real", int_get_real, nullptr, "the real part of a complex number"},
    {"imag", int_get_imag, nullptr, "the imaginary part of a complex number"},
    {"numerator", int_get_real, nullptr, "the numerator of a rational number in lowest terms"},
    {"denominator", int_get_denominator, nullptr,
     "the denominator of a rational number in lowest terms"},
    {nullptr, nullptr}};

}  // namespace

// ---- public API --------------------------------------------------------------------------

Ref make_int(int64_t v) {
  if (Value::fits_small(v)) return Ref::small_int(v);
  BigInt* b = alloc_big(&IntType);
  mpz_set_si(b->value, v);
  return Ref::steal(Value(b));
}

Ref make_int_from_mpz(const mpz_t v) { return int_from_src(v); }

Ref make_int_from_double(double d) {
  if (d > -2305843009213693952.0 && d < 2305843009213693952.0) return Ref::small_int(int64_t(d));
  BigInt* b = alloc_big(&IntType);
  mpz_set_d(b->value, d);
  return Ref::steal(Value(b));
}

Result<Ref> int_from_double_checked(double d) {
  if (std::isinf(d)) return raise(exc::OverflowError, "cannot convert float infinity to integer");
  if (std::isnan(d)) return raise(exc::ValueError, "cannot convert float NaN to integer");
  return make_int_from_double(d);
}

bool int_to_int64(Value v, int64_t* out) { return i64_of(v, *out); }

void int_to_mpz(Value v, mpz_t out) { mpz_set(out, MpzView(v)); }

double mpz_ldexp_rounded(mpz_srcptr q, bool sticky, long exp2) {
  uint64_t n = bits_of(q);
  if (n == 0) return 0.0;
  long top = long(n) - 1 + exp2;  // exponent of the leading bit
  if (top > 1023) return std::numeric_limits<double>::infinity();
  long lsb = std::max(top - 52, -1074L);
  long drop = lsb - exp2;
  if (drop <= 0) return std::ldexp(mpz_get_d(q), int(exp2));  // exact (at most 53 bits)
  Mpz kept;
  mpz_fdiv_q_2exp(kept, q, drop);
  bool round_bit = mpz_tstbit(q, drop - 1);
  bool lower = sticky || (drop >= 2 && mpz_scan1(q, 0) < mp_bitcnt_t(drop - 1));
  if (round_bit && (lower || mpz_odd_p(kept.z))) mpz_add_ui(kept, kept, 1);
  return std::ldexp(double(mpz_get_ui(kept)), int(lsb));
}

Result<double> int_to_double(Value v) {
  if (v.is_small_int()) return double(v.as_small_int());
  MpzView z(v);
  uint64_t n = bits_of(z);
  if (n <= 53) return mpz_get_d(z);
  double d = std::numeric_limits<double>::infinity();
  if (n <= 1024) {
    Mpz a;
    mpz_abs(a, z);
    d = mpz_ldexp_rounded(a, false, 0);
  }
  if (std::isinf(d)) return raise(exc::OverflowError, "int too large to convert to float");
  return mpz_sgn(z) < 0 ? -d : d;
}

std::string int_to_string(Value v, int base) {
  const char* prefix = base == 16 ? "0x" : base == 8 ? "0o" : base == 2 ? "0b" : "";
  MpzView z(v);
  std::string s;
  size_t size = mpz_sizeinbase(z, base) + 2;
  std::string digits(size, '\0');
  mpz_get_str(digits.data(), base, z);
  digits.resize(std::strlen(digits.c_str()));
  if (digits[0] == '-') {
    s = "-";
    s += prefix;
    s.append(digits, 1);
  } else {
    s = prefix;
    s += digits;
  }
  return s;
}

Result<Ref> int_from_string(std::string_view s, int base) { return parse_int(s, base, Origin::Str); }

int64_t hash_int(Value v) {
  int64_t h;
  if (v.is_small_int()) {
    int64_t i = v.as_small_int();
    h = i >= 0 ? int64_t(uint64_t(i) % kHashModulus) : -int64_t(uint64_t(-i) % kHashModulus);
  } else {
    mpz_srcptr z = as<BigInt>(v)->value;
    uint64_t r = mpz_tdiv_ui(z, kHashModulus);
    h = mpz_sgn(z) < 0 ? -int64_t(r) : int64_t(r);
  }
  return h == -1 ? -2 : h;
}

int int_sign(Value v) {
  if (v.is_small_int()) {
    int64_t i = v.as_small_int();
    return (i > 0) - (i < 0);
  }
  return mpz_sgn(as<BigInt>(v)->value);
}

int int_compare(Value a, Value b) {
  if (a.is_small_int() && b.is_small_int()) {
    int64_t x = a.as_small_int(), y = b.as_small_int();
    return (x > y) - (x < y);
  }
  int c = mpz_cmp(MpzView(a), MpzView(b));
  return (c > 0) - (c < 0);
}

int int_compare_double(Value i, double d) {
  if (i.is_small_int()) {
    int64_t x = i.as_small_int();
    if (x <= (int64_t(1) << 53) && x >= -(int64_t(1) << 53)) {
      double xd = double(x);
      return (xd > d) - (xd < d);
    }
  }
  if (std::isinf(d)) return d > 0 ? -1 : 1;
  int c = mpz_cmp_d(MpzView(i), d);
  return (c > 0) - (c < 0);
}

uint64_t int_bit_length(Value v) {
  if (v.is_small_int()) {
    int64_t i = v.as_small_int();
    uint64_t u = i < 0 ? uint64_t(-i) : uint64_t(i);
    return u == 0 ? 0 : 64 - __builtin_clzll(u);
  }
  return bits_of(as<BigInt>(v)->value);
}

Ref int_exact(Value v) {
  if (v.is_small_int() || v.obj()->type == &IntType) return Ref::borrow(v);
  return int_from_src(as<BigInt>(v)->value);
}

Result<Ref> int_new_of_type(TypeObject* type, Value v) {
  if (type == &IntType) return int_exact(v);
  BigInt* b = alloc_big(type);
  int_to_mpz(v, b->value);
  return Ref::steal(Value(b));
}

Result<Ref> int_str(Value v) {
  if (v.is_small_int()) {
    char buf[32];
    auto res = std::to_chars(buf, buf + sizeof buf, v.as_small_int());
    return make_str(std::string_view(buf, res.ptr - buf));
  }
  MpzView z(v);
  int64_t limit = max_str_digits();
  if (limit > 0) {
    // sizeinbase(10) is exact or one too big.
    size_t est = mpz_sizeinbase(z, 10);
    bool over = int64_t(est) > limit + 1;
    std::string s;
    if (!over) {
      s = int_to_string(v, 10);
      over = int64_t(s.size() - (s[0] == '-')) > limit;
    }
    if (over)
      return raise(exc::ValueError, "Exceeds the limit (" + std::to_string(limit) +
                                        " digits) for integer string conversion; use "
                                        "sys.set_int_max_str_digits() to increase the limit");
    return make_str(s);
  }
  return make_str(int_to_string(v, 10));
}

Result<Ref> int_divmod(Value a, Value b) {
  INT_OPERANDS(a, b);
  if (is_zero(b)) return raise(exc::ZeroDivisionError, "integer division or modulo by zero");
  if (a.is_small_int() && b.is_small_int()) {
    int64_t x = a.as_small_int(), y = b.as_small_int();
    int64_t q = x / y, r = x % y;
    if (r != 0 && ((r < 0) != (y < 0))) {
      r += y;
      --q;
    }
    Ref qr = make_int(q), rr = make_int(r);
    return make_tuple({qr.get(), rr.get()});
  }
  Mpz q, r;
  mpz_fdiv_qr(q, r, MpzView(a), MpzView(b));
  Ref qr = int_take(q), rr = int_take(r);
  return make_tuple({qr.get(), rr.get()});
}

Result<Ref> int_pow(Value a, Value b, Value mod) {
  if (!is_int(a) || !is_int(b)) return not_implemented();
  bool has_mod = mod && !is_none(mod);
  if (has_mod && !is_int(mod)) return not_implemented();
  if (has_mod) {
    MpzView m(mod);
    if (mpz_sgn(m) == 0) return raise(exc::ValueError, "pow() 3rd argument cannot be 0");
    Mpz absm, base, e, r;
    mpz_abs(absm, m);
    mpz_mod(base, MpzView(a), absm);
    mpz_set(e, MpzView(b));
    if (mpz_sgn(e.z) < 0) {
      if (mpz_cmp_ui(absm, 1) == 0) return make_int(0);
      if (!mpz_invert(base, base, absm))
        return raise(exc::ValueError, "base is not invertible for the given modulus");
      mpz_neg(e, e);
    }
    if (mpz_cmp_ui(absm, 1) == 0) {
      mpz_set_ui(r, 0);
    } else {
      mpz_powm(r, base, e, absm);
    }
    if (mpz_sgn(m) < 0 && mpz_sgn(r.z) != 0) mpz_add(r, r, m);
    return int_take(r);
  }
  int bs = int_sign(b);
  if (bs < 0) {
    double x = TRY(int_to_double(a));
    double y = TRY(int_to_double(b));
    return float_pow_doubles(x, y);
  }
  int64_t x;
  if (i64_of(a, x) && (x == 0 || x == 1 || x == -1)) {
    if (bs == 0) return make_int(1);
    if (x == -1) {
      MpzView e(b);
      return make_int(mpz_odd_p(e.get()) ? -1 : 1);
    }
    return make_int(x);
  }
  MpzView e(b);
  if (!mpz_fits_ulong_p(e)) return raise(exc::MemoryError);
  unsigned long n = mpz_get_ui(e);
  MpzView base(a);
  uint64_t bits = bits_of(base);
  if (n != 0 && bits > kMaxIntBits / n) return raise(exc::MemoryError);
  if (a.is_small_int() && bits * n < 62) {
    int64_t r = 1, p = a.as_small_int();
    for (unsigned long k = 0; k < n; ++k) r *= p;
    return make_int(r);
  }
  Mpz r;
  mpz_pow_ui(r, base, n);
  return int_take(r);
}

Result<Ref> int_from_object(Value x, int base) {
  if (base != -1) {
    if (is_str(x)) return parse_int(str_view(x), base, Origin::Str);
    if (is_bytes(x)) return parse_int(as<Bytes>(x)->view(), base, Origin::Bytes);
    if (x.is_object() && is_instance_of(x, &ByteArrayType)) {
      ByteArray* ba = as<ByteArray>(x);
      return parse_int(std::string_view(ba->data ? ba->data : "", ba->size), base,
                       Origin::ByteArray);
    }
    return raise(exc::TypeError, "int() can't convert non-string with explicit base");
  }
  if (x.is_small_int() || x.type() == &IntType) return Ref::borrow(x);
  TypeObject* t = x.type();
  if (t->to_int) {
    Ref r = TRY(t->to_int(x));
    if (!is_int(r))
      return raise(exc::TypeError,
                   std::string("__int__ returned non-int (type ") + type_name(r) + ")");
    return int_exact(r);
  }
  if (t->index) {
    Ref r = TRY(t->index(x));
    if (!is_int(r))
      return raise(exc::TypeError,
                   std::string("__index__ returned non-int (type ") + type_name(r) + ")");
    return int_exact(r);
  }
  Ref tr = TRY(call_special_opt(x, ids::dunder_trunc, {}));
  if (tr) {
    if (is_int(tr)) return int_exact(tr);
    TypeObject* tt = tr.type();
    if (!tt->index)
      return raise(exc::TypeError,
                   std::string("__trunc__ returned non-Integral (type ") + type_name(tr) + ")");
    Ref r = TRY(tt->index(tr));
    return int_exact(r);
  }
  if (is_str(x)) return parse_int(str_view(x), 10, Origin::Str);
  if (is_bytes(x)) return parse_int(as<Bytes>(x)->view(), 10, Origin::Bytes);
  if (x.is_object() && is_instance_of(x, &ByteArrayType)) {
    ByteArray* ba = as<ByteArray>(x);
    return parse_int(std::string_view(ba->data ? ba->data : "", ba->size), 10,
                     Origin::ByteArray);
  }
  return raise(exc::TypeError,
               std::string("int() argument must be a string, a bytes-like object or a real "
                           "number, not '") +
                   type_name(x) + "'");
}

void init_number_types(TypeList& out) {
  TypeObject& t = IntType;
  t.name = "int";
  t.flags = kTypeBaseType | kTypeIntSubclass;
  t.basic_size = sizeof(BigInt);
  t.dealloc = int_dealloc;
  t.repr = int_repr;
  t.hash = int_hash;
  t.richcompare = int_richcompare;
  t.binop[size_t(BinOp::Add)] = int_add;
  t.binop[size_t(BinOp::Sub)] = int_sub;
  t.binop[size_t(BinOp::Mul)] = int_mul;
  t.binop[size_t(BinOp::TrueDiv)] = int_truediv;
  t.binop[size_t(BinOp::FloorDiv)] = int_floordiv;
  t.binop[size_t(BinOp::Mod)] = int_mod;
  t.binop[size_t(BinOp::Pow)] = int_pow2;
  t.binop[size_t(BinOp::LShift)] = int_lshift;
  t.binop[size_t(BinOp::RShift)] = int_rshift;
  t.binop[size_t(BinOp::And)] = int_and;
  t.binop[size_t(BinOp::Or)] = int_or;
  t.binop[size_t(BinOp::Xor)] = int_xor;
  t.neg = int_neg;
  t.pos = int_pos;
  t.invert = int_invert;
  t.abs = int_abs;
  t.truth = int_truth;
  t.index = int_index;
  t.to_int = int_index;
  t.to_float = int_to_float_slot;
  t.new_ = int_new;
  t.methods = kIntMethods;
  t.getsets = kIntGetSets;
  t.doc =
      "int([x]) -> integer\nint(x, base=10) -> integer\n\nConvert a number or string to an "
      "integer, or return 0 if no arguments\nare given.";
  out.push_back(&IntType);
  init_bool_type(out);
  init_float_type(out);
  init_complex_type(out);  // complex.cpp
  init_none_types(out);
}

}  // namespace weft
