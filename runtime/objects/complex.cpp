// complex: a pair of doubles. Arithmetic accepts int and float operands on either side; only
// == and != compare. repr/format follow CPython: "(1+2j)", "1j" when the real part is +0.0.
#include "objects/complex.h"

#include <cmath>
#include <cstring>
#include <string>

#include "objects/abstract.h"
#include "objects/args.h"
#include "objects/exceptions.h"
#include "objects/float.h"
#include "objects/init.h"
#include "objects/int.h"
#include "objects/number_format.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"

namespace weft {

TypeObject ComplexType;

namespace {

struct C {
  double r, i;
};

inline C cval(Value v) { return C{as<Complex>(v)->real, as<Complex>(v)->imag}; }

// Any complex/float/int operand as a complex value; false when it is none of these.
Result<bool> as_c(Value v, C* out) {
  if (is_complex_instance(v)) {
    *out = cval(v);
    return true;
  }
  double d;
  if (!TRY(number_as_double(v, &d))) return false;
  *out = C{d, 0.0};
  return true;
}

#define COMPLEX_OPERANDS(a, b, x, y)                  \
  C x, y;                                              \
  if (!TRY(as_c(a, &x))) return not_implemented();     \
  if (!TRY(as_c(b, &y))) return not_implemented()

C c_prod(C a, C b) { return C{a.r * b.r - a.i * b.i, a.r * b.i + a.i * b.r}; }

// Smith's algorithm (scaled so that large divisors do not overflow). ok=false: b is zero.
C c_quot(C a, C b, bool* ok) {
  *ok = true;
  double abr = std::fabs(b.r), abi = std::fabs(b.i);
  if (abr >= abi) {
    if (abr == 0.0) {
      *ok = false;
      return C{0.0, 0.0};
    }
    double ratio = b.i / b.r, denom = b.r + b.i * ratio;
    return C{(a.r + a.i * ratio) / denom, (a.i - a.r * ratio) / denom};
  }
  if (abi >= abr) {
    double ratio = b.r / b.i, denom = b.r * ratio + b.i;
    return C{(a.r * ratio + a.i) / denom, (a.i * ratio - a.r) / denom};
  }
  return C{NAN, NAN};  // a nan in b
}

// double_to_string, but "+nan" too when a sign is asked for (as CPython's complex parts).
std::string part(double d, char code, int prec, unsigned flags) {
  std::string s = double_to_string(d, code, prec, flags);
  if ((flags & kDtsfSign) && !s.empty() && s[0] != '+' && s[0] != '-') s = "+" + s;
  return s;
}

std::string c_repr(double re, double im) {
  if (re == 0.0 && !std::signbit(re)) return double_to_string(im, 'r', 0, 0) + "j";
  return "(" + double_to_string(re, 'r', 0, 0) + part(im, 'r', 0, kDtsfSign) + "j)";
}

Result<Ref> complex_repr(Value v) {
  C c = cval(v);
  return make_str(c_repr(c.r, c.i));
}

int64_t hash_part(Value v, double d) {
  if (std::isnan(d)) return int64_t(reinterpret_cast<uintptr_t>(v.obj()) >> 4);
  return hash_double(d);
}

Result<int64_t> complex_hash(Value v) {
  C c = cval(v);
  uint64_t h = uint64_t(hash_part(v, c.r)) + 1000003ull * uint64_t(hash_part(v, c.i));
  int64_t r = int64_t(h);
  return r == -1 ? -2 : r;
}

Result<Ref> complex_richcompare(Value a, Value b, CmpOp op) {
  if (op != CmpOp::Eq && op != CmpOp::Ne) return not_implemented();
  C x = cval(a);
  bool eq;
  if (is_complex_instance(b)) {
    C y = cval(b);
    eq = x.r == y.r && x.i == y.i;
  } else if (is_int(b)) {
    // Exact: a big int is compared with the real part without rounding it to a double.
    eq = x.i == 0.0 && !std::isnan(x.r) && int_compare_double(b, x.r) == 0;
  } else if (is_float_instance(b)) {
    eq = x.i == 0.0 && x.r == float_value(b);
  } else {
    return not_implemented();
  }
  return make_bool(op == CmpOp::Eq ? eq : !eq);
}

Result<Ref> complex_add(Value a, Value b) {
  COMPLEX_OPERANDS(a, b, x, y);
  return make_complex(x.r + y.r, x.i + y.i);
}
Result<Ref> complex_sub(Value a, Value b) {
  COMPLEX_OPERANDS(a, b, x, y);
  return make_complex(x.r - y.r, x.i - y.i);
}
Result<Ref> complex_mul(Value a, Value b) {
  COMPLEX_OPERANDS(a, b, x, y);
  C r = c_prod(x, y);
  return make_complex(r.r, r.i);
}
Result<Ref> complex_truediv(Value a, Value b) {
  COMPLEX_OPERANDS(a, b, x, y);
  bool ok;
  C r = c_quot(x, y, &ok);
  if (!ok) return raise(exc::ZeroDivisionError, "complex division by zero");
  return make_complex(r.r, r.i);
}

// x ** n for a small integral n by repeated squaring.
C c_powu(C x, long n) {
  C r{1.0, 0.0}, p = x;
  long mask = 1;
  while (mask > 0 && n >= mask) {
    if (n & mask) r = c_prod(r, p);
    mask <<= 1;
    p = c_prod(p, p);
  }
  return r;
}

Result<Ref> complex_pow(Value a, Value b) {
  COMPLEX_OPERANDS(a, b, x, y);
  return complex_pow_values(x.r, x.i, y.r, y.i);
}

Result<Ref> complex_neg(Value a) {
  C c = cval(a);
  return make_complex(-c.r, -c.i);
}
Result<Ref> complex_pos(Value a) {
  if (a.type() == &ComplexType) return Ref::borrow(a);
  C c = cval(a);
  return make_complex(c.r, c.i);
}
Result<Ref> complex_abs(Value a) {
  C c = cval(a);
  if (std::isinf(c.r) || std::isinf(c.i)) return make_float(INFINITY);
  if (std::isnan(c.r) || std::isnan(c.i)) return make_float(NAN);
  double r = std::hypot(c.r, c.i);
  if (std::isinf(r)) return raise(exc::OverflowError, "absolute value too large");
  return make_float(r);
}
Result<bool> complex_truth(Value a) {
  C c = cval(a);
  return c.r != 0.0 || c.i != 0.0;
}

// ---- complex(...) --------------------------------------------------------------------------

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

// Length of a float token (without sign) at s[pos]: digits/'.'/'_'/exponent, or inf/nan words.
size_t scan_float(std::string_view s, size_t pos) {
  size_t p = pos;
  auto word = [&](const char* w) {
    size_t n = std::strlen(w);
    if (s.size() - p < n) return false;
    for (size_t k = 0; k < n; ++k)
      if (std::tolower(static_cast<unsigned char>(s[p + k])) != w[k]) return false;
    p += n;
    return true;
  };
  if (word("infinity") || word("inf") || word("nan")) return p - pos;
  while (p < s.size() && (std::isdigit(static_cast<unsigned char>(s[p])) || s[p] == '.' || s[p] == '_')) ++p;
  if (p > pos && p < s.size() && (s[p] == 'e' || s[p] == 'E')) {
    size_t q = p + 1;
    if (q < s.size() && (s[q] == '+' || s[q] == '-')) ++q;
    size_t digits = q;
    while (q < s.size() && (std::isdigit(static_cast<unsigned char>(s[q])) || s[q] == '_')) ++q;
    if (q > digits) p = q;
  }
  return p - pos;
}

ErrorMarker malformed() { return raise(exc::ValueError, "complex() arg is a malformed string"); }

// One signed float token starting at *pos into *out; false if there is none.
Result<bool> parse_part(std::string_view s, size_t* pos, bool need_sign, double* out, bool* bare) {
  size_t p = *pos;
  double sign = 1.0;
  if (p < s.size() && (s[p] == '+' || s[p] == '-')) {
    sign = s[p] == '-' ? -1.0 : 1.0;
    ++p;
  } else if (need_sign) {
    return false;
  }
  size_t n = scan_float(s, p);
  *bare = n == 0;
  if (n == 0) {
    *out = sign;  // "+j" / "-j": the digits are implied
  } else {
    Result<Ref> f = float_from_string(s.substr(p, n));
    if (!f.ok()) {
      clear_error();
      return malformed();
    }
    *out = sign * float_value(*f);
  }
  *pos = p + n;
  return true;
}

Result<C> complex_from_string(std::string_view s) {
  size_t b = 0, e = s.size();
  while (b < e && is_space(s[b])) ++b;
  while (e > b && is_space(s[e - 1])) --e;
  if (b < e && s[b] == '(' && s[e - 1] == ')') {
    ++b, --e;
    while (b < e && is_space(s[b])) ++b;
    while (e > b && is_space(s[e - 1])) --e;
  }
  std::string_view t = s.substr(b, e - b);
  if (t.empty()) return malformed();
  size_t pos = 0;
  double x, y;
  bool bare;
  if (!TRY(parse_part(t, &pos, false, &x, &bare))) return malformed();
  if (pos == t.size()) {
    if (bare) return malformed();
    return C{x, 0.0};
  }
  if ((t[pos] == 'j' || t[pos] == 'J') && pos + 1 == t.size()) return C{0.0, x};
  if (bare) return malformed();
  if (!TRY(parse_part(t, &pos, true, &y, &bare))) return malformed();
  if (pos + 1 == t.size() && (t[pos] == 'j' || t[pos] == 'J')) return C{x, y};
  return malformed();
}

// A non-string argument of complex(): complex, __complex__, or a real number. false: none.
Result<bool> arg_as_c(Value v, C* out, bool* is_complex) {
  *is_complex = true;
  if (is_complex_instance(v)) {
    *out = cval(v);
    return true;
  }
  Value m = type_lookup(v.type(), intern("__complex__"));
  if (m) {
    Ref r = TRY(call_method(v, intern("__complex__"), {}));
    if (!is_complex_instance(r))
      return raise(exc::TypeError, std::string("__complex__ returned non-complex (type ") +
                                       type_name(r) + ")");
    *out = cval(r);
    return true;
  }
  *is_complex = false;
  if (is_float_instance(v) || is_int(v) || v.type()->to_float || v.type()->index) {
    double d = TRY(number_to_double(v));
    *out = C{d, 0.0};
    return true;
  }
  return false;
}

Ref make_complex_of_type(TypeObject* type, double r, double i) {
  if (type == &ComplexType) return make_complex(r, i);
  size_t size = type->basic_size > sizeof(Complex) ? type->basic_size : sizeof(Complex);
  Complex* c = new_object_sized<Complex>(type, size);
  std::memset(reinterpret_cast<char*>(c) + sizeof(Complex), 0, size - sizeof(Complex));
  c->real = r;
  c->imag = i;
  return Ref::steal(Value(c));
}

Result<Ref> complex_new(TypeObject* type, CallArgs args) {
  Value re, im;
  TRY(parse_args(args, "complex", {"real", "imag"}, 0, {&re, &im}));
  C a{0.0, 0.0}, b{0.0, 0.0};
  bool a_complex = false, b_complex = false;
  if (re) {
    if (is_str(re)) {
      if (im) return raise(exc::TypeError, "complex() can't take second arg if first is a string");
      std::string_view text = str_view(re);
      std::string cleaned;
      if (text.find('_') != std::string_view::npos) {
        // As CPython: '_' only between digits, then dropped before parsing.
        auto digit = [](char c) { return c >= '0' && c <= '9'; };
        for (size_t k = 0; k < text.size(); ++k) {
          if (text[k] != '_') {
            cleaned += text[k];
            continue;
          }
          if (k == 0 || k + 1 == text.size() || !digit(text[k - 1]) || !digit(text[k + 1])) {
            Ref r = TRY(repr(re));
            return raise(exc::ValueError,
                         "could not convert string to complex: " + std::string(str_view(r)));
          }
        }
        text = cleaned;
      }
      a = TRY(complex_from_string(text));
      return make_complex_of_type(type, a.r, a.i);
    }
    if (!im && type == &ComplexType && re.type() == &ComplexType) return Ref::borrow(re);
    if (!TRY(arg_as_c(re, &a, &a_complex)))
      return raise(exc::TypeError,
                   std::string("complex() first argument must be a string or a number, not '") +
                       type_name(re) + "'");
  }
  if (im) {
    if (is_str(im)) return raise(exc::TypeError, "complex() second arg can't be a string");
    if (!TRY(arg_as_c(im, &b, &b_complex)))
      return raise(exc::TypeError, std::string("complex() second argument must be a number, not '") +
                                       type_name(im) + "'");
  }
  // real + imag*1j, touching only the parts that are there so that signed zeros survive.
  double r = b_complex ? a.r - b.i : a.r;
  double i = !im ? a.i : (a_complex ? b.r + a.i : b.r);
  return make_complex_of_type(type, r, i);
}

void complex_dealloc(Object* o) { delete_object(static_cast<Complex*>(o)); }

// ---- format ----------------------------------------------------------------------------------

Result<Ref> format_complex(double re, double im, std::string_view spec) {
  if (spec.empty()) return make_str(c_repr(re, im));
  FormatSpec fs;
  TRY(parse_format_spec(spec, "complex", 0, '>', &fs));
  if (fs.fill == '0' && !fs.fill_specified)
    return raise(exc::ValueError, "Zero padding is not allowed in complex format specifier");
  if (fs.align == '=')
    return raise(exc::ValueError, "'=' alignment flag is not allowed in complex format specifier");
  char code;
  bool parens = false, skip_re = false;
  int prec = int(fs.precision);
  switch (fs.type) {
    case 0:
      code = prec < 0 ? 'r' : 'g';
      parens = true;
      skip_re = re == 0.0 && !std::signbit(re);
      break;
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': code = char(fs.type); break;
    case 'n': code = 'g'; break;
    default: return raise_unknown_format_code(fs.type, "complex");
  }
  if (code != 'r' && prec < 0) prec = 6;
  unsigned flags = 0;
  if (fs.alternate) flags |= kDtsfAlt;
  if (fs.no_neg_0) flags |= kDtsfNoNeg0;
  auto signed_part = [&](double d, bool force) {
    std::string s = part(d, code, prec, flags | (force || fs.sign == '+' ? kDtsfSign : 0));
    if (fs.grouping) {
      // Thousands separators in the integer digits of this part.
      size_t b = 0;
      while (b < s.size() && (s[b] == '+' || s[b] == '-')) ++b;
      size_t e = b;
      while (e < s.size() && s[e] >= '0' && s[e] <= '9') ++e;
      for (size_t k = e; k > b + 3; k -= 3) s.insert(k - 3, 1, fs.grouping);
    }
    if (!force && fs.sign == ' ' && !s.empty() && s[0] != '-') s = " " + s;
    return s;
  };
  std::string body;
  if (!skip_re) body = signed_part(re, false);
  body += signed_part(im, !skip_re) + "j";
  if (parens && !skip_re) body = "(" + body + ")";
  return make_str(pad_formatted(body, body.size(), fs));
}

// ---- methods ---------------------------------------------------------------------------------

Result<Ref> complex_conjugate(Value self, CallArgs args) {
  TRY(check_nargs(args, "conjugate", 0, 0));
  C c = cval(self);
  return make_complex(c.r, -c.i);
}
Result<Ref> complex_complex_m(Value self, CallArgs args) {
  TRY(check_nargs(args, "__complex__", 0, 0));
  return complex_pos(self);
}
Result<Ref> complex_getnewargs(Value self, CallArgs args) {
  TRY(check_nargs(args, "__getnewargs__", 0, 0));
  C c = cval(self);
  Ref r = make_float(c.r), i = make_float(c.i);
  return make_tuple({r.get(), i.get()});
}
Result<Ref> complex_format_m(Value self, CallArgs args) {
  TRY(check_nargs(args, "__format__", 1, 1));
  if (!is_str(args[0]))
    return raise(exc::TypeError, std::string("__format__() argument must be str, not ") +
                                     type_name(args[0]));
  C c = cval(self);
  return format_complex(c.r, c.i, str_view(args[0]));
}
Result<Ref> complex_pow_m(Value self, CallArgs args) {
  TRY(check_nargs(args, "__pow__", 1, 2));
  if (args.nargs > 1 && !is_none(args[1])) return raise(exc::ValueError, "complex modulo");
  return complex_pow(self, args[0]);
}
Result<Ref> complex_rpow_m(Value self, CallArgs args) {
  TRY(check_nargs(args, "__rpow__", 1, 2));
  if (args.nargs > 1 && !is_none(args[1])) return raise(exc::ValueError, "complex modulo");
  return complex_pow(args[0], self);
}

Result<Ref> complex_get_real(Value self) { return make_float(cval(self).r); }
Result<Ref> complex_get_imag(Value self) { return make_float(cval(self).i); }

const MethodDef kComplexMethods[] = {
    {"conjugate", complex_conjugate, 0, "Return the complex conjugate of its argument. (3-4j).conjugate() == 3+4j."},
    {"__complex__", complex_complex_m, 0, "Convert this value to exact type complex."},
    {"__getnewargs__", complex_getnewargs, 0, nullptr},
    {"__format__", complex_format_m, 0, "Convert to a string according to format_spec."},
    {"__pow__", complex_pow_m, 0, "Return pow(self, value, mod)."},
    {"__rpow__", complex_rpow_m, 0, "Return pow(value, self, mod)."},
    {nullptr, nullptr}};

const GetSetDef kComplexGetSets[] = {
    {"real", complex_get_real, nullptr, "the real part of a complex number"},
    {"imag", complex_get_imag, nullptr, "the imaginary part of a complex number"},
    {nullptr, nullptr}};

}  // namespace

Ref make_complex(double real, double imag) {
  Complex* c = new_object<Complex>(&ComplexType);
  c->real = real;
  c->imag = imag;
  return Ref::steal(Value(c));
}

bool is_complex_instance(Value v) {
  if (!v.is_object()) return false;
  TypeObject* t = v.obj()->type;
  return t == &ComplexType || is_subtype(t, &ComplexType);
}

Result<Ref> complex_pow_values(double xr, double xi, double yr, double yi) {
  C x{xr, xi};
  C r;
  if (yi == 0.0 && yr == std::floor(yr) && std::fabs(yr) <= 100.0) {
    long n = long(yr);
    if (n >= 0) {
      r = c_powu(x, n);
    } else {
      C p = c_powu(x, -n);
      bool ok;
      r = c_quot(C{1.0, 0.0}, p, &ok);
      if (!ok) return raise(exc::ZeroDivisionError, "0.0 to a negative or complex power");
    }
  } else if (yr == 0.0 && yi == 0.0) {
    r = C{1.0, 0.0};
  } else if (xr == 0.0 && xi == 0.0) {
    if (yi != 0.0 || yr < 0.0)
      return raise(exc::ZeroDivisionError, "0.0 to a negative or complex power");
    r = C{0.0, 0.0};
  } else {
    double vabs = std::hypot(xr, xi);
    double len = std::pow(vabs, yr);
    double at = std::atan2(xi, xr);
    double phase = at * yr;
    if (yi != 0.0) {
      len /= std::exp(at * yi);
      phase += yi * std::log(vabs);
    }
    r = C{len * std::cos(phase), len * std::sin(phase)};
  }
  bool finite_in = std::isfinite(xr) && std::isfinite(xi) && std::isfinite(yr) && std::isfinite(yi);
  if (finite_in && (std::isinf(r.r) || std::isinf(r.i)))
    return raise(exc::OverflowError, "complex exponentiation");
  return make_complex(r.r, r.i);
}

void init_complex_type(TypeList& out) {
  TypeObject& t = ComplexType;
  t.name = "complex";
  t.flags = kTypeBaseType;
  t.basic_size = sizeof(Complex);
  t.dealloc = complex_dealloc;
  t.repr = complex_repr;
  t.hash = complex_hash;
  t.richcompare = complex_richcompare;
  t.binop[size_t(BinOp::Add)] = complex_add;
  t.binop[size_t(BinOp::Sub)] = complex_sub;
  t.binop[size_t(BinOp::Mul)] = complex_mul;
  t.binop[size_t(BinOp::TrueDiv)] = complex_truediv;
  t.binop[size_t(BinOp::Pow)] = complex_pow;
  t.neg = complex_neg;
  t.pos = complex_pos;
  t.abs = complex_abs;
  t.truth = complex_truth;
  t.new_ = complex_new;
  t.methods = kComplexMethods;
  t.getsets = kComplexGetSets;
  t.doc =
      "Create a complex number from a string or numbers.\n\nIf a string is given, parse it as a "
      "complex number.\nIf a single number is given, convert it to a complex number.\nIf the "
      "'real' or 'imag' arguments are given, create a complex number with\nthe real part set to "
      "'real' and imaginary part set to 'imag'.";
  out.push_back(&ComplexType);
}

}  // namespace weft
