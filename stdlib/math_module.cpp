// The math module, with CPython's special cases and messages ("math domain error",
// "math range error", "must be real number, not str"). Integer functions (factorial, comb,
// perm, gcd, lcm, isqrt) work on arbitrary-size ints through GMP.
#include <gmp.h>

#include <cerrno>
#include <cfloat>
#include <cmath>
#include <cstring>
#include <limits>
#include <vector>

#include "modules.h"
#include "objects/abstract.h"
#include "objects/args.h"
#include "objects/exceptions.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"

namespace weft {

namespace {

constexpr double kPi = 3.141592653589793238462643383279502884;
constexpr double kE = 2.718281828459045235360287471352662498;
constexpr double kInf = std::numeric_limits<double>::infinity();
constexpr double kNan = std::numeric_limits<double>::quiet_NaN();

struct Mpz {
  mpz_t z;
  Mpz() { mpz_init(z); }
  ~Mpz() { mpz_clear(z); }
  Mpz(const Mpz&) = delete;
  Mpz& operator=(const Mpz&) = delete;
  operator mpz_ptr() { return z; }           // NOLINT
  operator mpz_srcptr() const { return z; }  // NOLINT
};

ErrorMarker domain_error() { return raise(exc::ValueError, "math domain error"); }
ErrorMarker range_error() { return raise(exc::OverflowError, "math range error"); }

// PyFloat_AsDouble with the math module's message.
Result<double> to_double(Value v) {
  if (v.is_small_int()) return double(v.as_small_int());
  if (is_float_instance(v)) return float_value(v);
  if (is_int(v)) return int_to_double(v);
  TypeObject* t = v.type();
  if (t->to_float) {
    Ref r = TRY(t->to_float(v));
    if (!is_float_instance(r))
      return raise(exc::TypeError, std::string(type_name(v)) +
                                       ".__float__ returned non-float (type " + type_name(r) +
                                       ")");
    return float_value(r);
  }
  if (t->index) {
    Ref r = TRY(t->index(v));
    return int_to_double(r);
  }
  return raise(exc::TypeError, std::string("must be real number, not ") + type_name(v));
}

Result<Ref> int_arg(Value v) { return index(v); }

Status want_args(CallArgs args, const char* name, size_t n) {
  TRY(check_no_kwargs(args, name));
  return check_nargs(args, name, n, n);
}

// math_1: r = f(x) with the domain/range checks of CPython's math_1.
Result<Ref> math_1(CallArgs args, const char* name, double (*f)(double), bool can_overflow) {
  TRY(want_args(args, name, 1));
  double x = TRY(to_double(args[0]));
  errno = 0;
  double r = f(x);
  if (std::isnan(r) && !std::isnan(x)) return domain_error();
  if (std::isinf(r) && std::isfinite(x)) {
    if (can_overflow) return range_error();
    return domain_error();
  }
  return make_float(r);
}

#define MATH_FUNC1(pyname, cfunc, can_overflow)                 \
  Result<Ref> m_##pyname(Value, CallArgs args) {                \
    return math_1(args, #pyname, [](double x) -> double { return cfunc(x); }, can_overflow); \
  }

MATH_FUNC1(acos, std::acos, false)
MATH_FUNC1(acosh, std::acosh, false)
MATH_FUNC1(asin, std::asin, false)
MATH_FUNC1(asinh, std::asinh, false)
MATH_FUNC1(atan, std::atan, false)
MATH_FUNC1(atanh, std::atanh, false)
MATH_FUNC1(cbrt, std::cbrt, false)
MATH_FUNC1(cos, std::cos, false)
MATH_FUNC1(cosh, std::cosh, true)
MATH_FUNC1(erf, std::erf, false)
MATH_FUNC1(erfc, std::erfc, false)
MATH_FUNC1(exp, std::exp, true)
MATH_FUNC1(exp2, std::exp2, true)
MATH_FUNC1(expm1, std::expm1, true)
MATH_FUNC1(fabs, std::fabs, false)
MATH_FUNC1(log1p, std::log1p, false)
MATH_FUNC1(sin, std::sin, false)
MATH_FUNC1(sinh, std::sinh, true)
MATH_FUNC1(sqrt, std::sqrt, false)
MATH_FUNC1(tan, std::tan, false)
MATH_FUNC1(tanh, std::tanh, false)

// CPython's own gamma/lgamma (Lanczos approximation, N=13, g=6.0246...), ported so results
// match bit for bit instead of depending on the libm.
constexpr double kLogPi = 1.144729885849400174143427351353058711647;
constexpr int kLanczosN = 13;
constexpr double kLanczosG = 6.024680040776729583740234375;
constexpr double kLanczosGMinusHalf = 5.524680040776729583740234375;
constexpr double kLanczosNum[kLanczosN] = {
    23531376880.410759688572007674451636754734846804940,
    42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843,
    17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708,
    1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801,
    31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768,
    186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024,
    210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408};
constexpr double kLanczosDen[kLanczosN] = {
    0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0,
    13339535.0, 2637558.0, 357423.0, 32670.0, 1925.0, 66.0, 1.0};
constexpr int kNGammaIntegral = 23;
constexpr double kGammaIntegral[kNGammaIntegral] = {
    1.0, 1.0, 2.0, 6.0, 24.0, 120.0, 720.0, 5040.0, 40320.0, 362880.0,
    3628800.0, 39916800.0, 479001600.0, 6227020800.0, 87178291200.0,
    1307674368000.0, 20922789888000.0, 355687428096000.0,
    6402373705728000.0, 121645100408832000.0, 2432902008176640000.0,
    51090942171709440000.0, 1124000727777607680000.0};

double m_sinpi(double x) {
  double y = std::fmod(std::fabs(x), 2.0);
  int n = int(std::round(2.0 * y));
  double r = 0.0;
  switch (n) {
    case 0: r = std::sin(kPi * y); break;
    case 1: r = std::cos(kPi * (y - 0.5)); break;
    case 2: r = std::sin(kPi * (1.0 - y)); break;
    case 3: r = -std::cos(kPi * (y - 1.5)); break;
    case 4: r = std::sin(kPi * (y - 2.0)); break;
  }
  return std::copysign(1.0, x) * r;
}

double lanczos_sum(double x) {
  double num = 0.0, den = 0.0;
  if (x < 5.0) {
    for (int i = kLanczosN; --i >= 0;) {
      num = num * x + kLanczosNum[i];
      den = den * x + kLanczosDen[i];
    }
  } else {
    for (int i = 0; i < kLanczosN; i++) {
      num = num / x + kLanczosNum[i];
      den = den / x + kLanczosDen[i];
    }
  }
  return num / den;
}

// Returns the value; sets *err to EDOM or ERANGE as CPython's m_tgamma sets errno.
double m_tgamma(double x, int* err) {
  if (!std::isfinite(x)) {
    if (std::isnan(x) || x > 0.0) return x;
    *err = EDOM;
    return kNan;
  }
  if (x == 0.0) {
    *err = EDOM;
    return std::copysign(kInf, x);
  }
  if (x == std::floor(x)) {
    if (x < 0.0) {
      *err = EDOM;
      return kNan;
    }
    if (x <= kNGammaIntegral) return kGammaIntegral[int(x) - 1];
  }
  double absx = std::fabs(x);
  if (absx < 1e-20) {
    double r = 1.0 / x;
    if (std::isinf(r)) *err = ERANGE;
    return r;
  }
  if (absx > 200.0) {
    if (x < 0.0) return 0.0 / m_sinpi(x);
    *err = ERANGE;
    return kInf;
  }
  double y = absx + kLanczosGMinusHalf;
  double z;
  if (absx > kLanczosGMinusHalf) {
    volatile double q = y - absx;
    z = q - kLanczosGMinusHalf;
  } else {
    volatile double q = y - kLanczosGMinusHalf;
    z = q - absx;
  }
  z = z * kLanczosG / y;
  double r;
  if (x < 0.0) {
    r = -kPi / m_sinpi(absx) / absx * std::exp(y) / lanczos_sum(absx);
    r -= z * r;
    if (absx < 140.0) {
      r /= std::pow(y, absx - 0.5);
    } else {
      double sqrtpow = std::pow(y, absx / 2.0 - 0.25);
      r /= sqrtpow;
      r /= sqrtpow;
    }
  } else {
    r = lanczos_sum(absx) / std::exp(y);
    r += z * r;
    if (absx < 140.0) {
      r *= std::pow(y, absx - 0.5);
    } else {
      double sqrtpow = std::pow(y, absx / 2.0 - 0.25);
      r *= sqrtpow;
      r *= sqrtpow;
    }
  }
  if (std::isinf(r)) *err = ERANGE;
  return r;
}

double m_lgamma_value(double x, int* err) {
  if (!std::isfinite(x)) {
    if (std::isnan(x)) return x;
    return kInf;
  }
  if (x == std::floor(x) && x <= 2.0) {
    if (x <= 0.0) {
      *err = EDOM;
      return kInf;
    }
    return 0.0;
  }
  double absx = std::fabs(x);
  if (absx < 1e-20) return -std::log(absx);
  double r = std::log(lanczos_sum(absx)) - kLanczosG;
  r += (absx - 0.5) * (std::log(absx + kLanczosG - 0.5) - 1);
  if (x < 0.0) r = kLogPi - std::log(std::fabs(m_sinpi(absx))) - std::log(absx) - r;
  if (std::isinf(r)) *err = ERANGE;
  return r;
}

// math_1a: the function reports errors through err.
Result<Ref> math_1a(CallArgs args, const char* name, double (*f)(double, int*)) {
  TRY(want_args(args, name, 1));
  double x = TRY(to_double(args[0]));
  int err = 0;
  double r = f(x, &err);
  if (err == EDOM) return domain_error();
  if (err == ERANGE && std::fabs(r) >= 1.5) return range_error();
  return make_float(r);
}

Result<Ref> m_gamma(Value, CallArgs args) { return math_1a(args, "gamma", m_tgamma); }
Result<Ref> m_lgamma(Value, CallArgs args) { return math_1a(args, "lgamma", m_lgamma_value); }

// log of an int or float; big ints use their bit length so log(2**5000) works.
Result<double> log_of(Value v, double (*f)(double), double ln2_factor) {
  if (is_int(v)) {
    if (int_sign(v) <= 0) return domain_error();
    Result<double> d = int_to_double(v);
    if (d.ok()) {
      return f(*d);
    }
    if (!error_matches(&exc::OverflowError)) return kError;
    clear_error();
    // v = m * 2**e with m in [0.5, 1)
    mpz_t z;
    mpz_init(z);
    int_to_mpz(v, z);
    long e;
    double m = mpz_get_d_2exp(&e, z);
    mpz_clear(z);
    return f(m) + f(2.0) * double(e) * ln2_factor;
  }
  double x = TRY(to_double(v));
  if (std::isnan(x)) return x;
  if (x <= 0) return domain_error();
  return f(x);
}

Result<Ref> m_log(Value, CallArgs args) {
  TRY(check_no_kwargs(args, "log"));
  TRY(check_nargs(args, "log", 1, 2));
  double num = TRY(log_of(args[0], [](double x) { return std::log(x); }, 1.0));
  if (args.nargs == 2) {
    double den = TRY(log_of(args[1], [](double x) { return std::log(x); }, 1.0));
    if (den == 0.0) return raise(exc::ZeroDivisionError, "float division by zero");
    return make_float(num / den);
  }
  return make_float(num);
}

Result<Ref> m_log2(Value, CallArgs args) {
  TRY(want_args(args, "log2", 1));
  double r = TRY(log_of(args[0], [](double x) { return std::log2(x); }, 1.0));
  return make_float(r);
}

Result<Ref> m_log10(Value, CallArgs args) {
  TRY(want_args(args, "log10", 1));
  double r = TRY(log_of(args[0], [](double x) { return std::log10(x); }, 1.0));
  return make_float(r);
}

Result<Ref> m_atan2(Value, CallArgs args) {
  TRY(want_args(args, "atan2", 2));
  double y = TRY(to_double(args[0]));
  double x = TRY(to_double(args[1]));
  return make_float(std::atan2(y, x));
}

Result<Ref> m_copysign(Value, CallArgs args) {
  TRY(want_args(args, "copysign", 2));
  double x = TRY(to_double(args[0]));
  double y = TRY(to_double(args[1]));
  return make_float(std::copysign(x, y));
}

Result<Ref> m_fmod(Value, CallArgs args) {
  TRY(want_args(args, "fmod", 2));
  double x = TRY(to_double(args[0]));
  double y = TRY(to_double(args[1]));
  if (std::isinf(y) && std::isfinite(x)) return make_float(x);
  double r = std::fmod(x, y);
  if (std::isnan(r) && !std::isnan(x) && !std::isnan(y)) return domain_error();
  return make_float(r);
}

Result<Ref> m_remainder(Value, CallArgs args) {
  TRY(want_args(args, "remainder", 2));
  double x = TRY(to_double(args[0]));
  double y = TRY(to_double(args[1]));
  if (std::isnan(x)) return make_float(x);
  if (std::isnan(y)) return make_float(y);
  if (std::isinf(x) || y == 0.0) return domain_error();
  if (std::isinf(y)) return make_float(x);
  return make_float(std::remainder(x, y));
}

Result<Ref> m_pow(Value, CallArgs args) {
  TRY(want_args(args, "pow", 2));
  double x = TRY(to_double(args[0]));
  double y = TRY(to_double(args[1]));
  double r = 0.0;
  int err = 0;
  if (!std::isfinite(x) || !std::isfinite(y)) {
    if (std::isnan(x)) {
      r = y == 0.0 ? 1.0 : x;
    } else if (std::isnan(y)) {
      r = x == 1.0 ? 1.0 : y;
    } else if (std::isinf(x)) {
      bool odd_y = std::isfinite(y) && std::fmod(std::fabs(y), 2.0) == 1.0;
      if (y > 0.0) r = odd_y ? x : std::fabs(x);
      else if (y == 0.0) r = 1.0;
      else r = odd_y ? std::copysign(0.0, x) : 0.0;
    } else {  // y infinite
      if (std::fabs(x) == 1.0) r = 1.0;
      else if (y > 0.0 && std::fabs(x) > 1.0) r = y;
      else if (y < 0.0 && std::fabs(x) < 1.0) r = -y;
      else r = 0.0;
    }
  } else {
    r = std::pow(x, y);
    if (!std::isfinite(r)) {
      if (std::isnan(r)) err = EDOM;
      else if (x == 0.0) err = EDOM;
      else err = ERANGE;
    }
  }
  if (err == EDOM) return domain_error();
  if (err == ERANGE) return range_error();
  return make_float(r);
}

Result<Ref> m_fma(Value, CallArgs args) {
  TRY(want_args(args, "fma", 3));
  double x = TRY(to_double(args[0]));
  double y = TRY(to_double(args[1]));
  double z = TRY(to_double(args[2]));
  double r = std::fma(x, y, z);
  if (!std::isfinite(r)) {
    if (std::isnan(r)) {
      if (!std::isnan(x) && !std::isnan(y) && !std::isnan(z))
        return raise(exc::ValueError, "invalid operation in fma");
    } else if (std::isfinite(x) && std::isfinite(y) && std::isfinite(z)) {
      return raise(exc::OverflowError, "overflow in fma");
    }
  }
  return make_float(r);
}

Result<Ref> m_floor(Value, CallArgs args) {
  TRY(want_args(args, "floor", 1));
  Value x = args[0];
  if (x.is_object() && x.type() == &FloatType) return int_from_double_checked(std::floor(float_value(x)));
  if (is_int(x)) return int_exact(x);
  Ref r = TRY(call_special_opt(x, intern("__floor__"), {}));
  if (r) return r;
  double d = TRY(to_double(x));
  return int_from_double_checked(std::floor(d));
}

Result<Ref> m_ceil(Value, CallArgs args) {
  TRY(want_args(args, "ceil", 1));
  Value x = args[0];
  if (x.is_object() && x.type() == &FloatType) return int_from_double_checked(std::ceil(float_value(x)));
  if (is_int(x)) return int_exact(x);
  Ref r = TRY(call_special_opt(x, intern("__ceil__"), {}));
  if (r) return r;
  double d = TRY(to_double(x));
  return int_from_double_checked(std::ceil(d));
}

Result<Ref> m_trunc(Value, CallArgs args) {
  TRY(want_args(args, "trunc", 1));
  Value x = args[0];
  if (x.is_object() && x.type() == &FloatType) return int_from_double_checked(float_value(x));
  Ref r = TRY(call_special_opt(x, ids::dunder_trunc, {}));
  if (r) return r;
  return raise(exc::TypeError,
               std::string("type ") + type_name(x) + " doesn't define __trunc__ method");
}

Result<Ref> m_modf(Value, CallArgs args) {
  TRY(want_args(args, "modf", 1));
  double x = TRY(to_double(args[0]));
  if (std::isinf(x)) {
    Ref a = make_float(std::copysign(0.0, x)), b = make_float(x);
    return make_tuple({a.get(), b.get()});
  }
  double ip;
  double fp = std::modf(x, &ip);
  Ref a = make_float(fp), b = make_float(ip);
  return make_tuple({a.get(), b.get()});
}

Result<Ref> m_frexp(Value, CallArgs args) {
  TRY(want_args(args, "frexp", 1));
  double x = TRY(to_double(args[0]));
  int e = 0;
  double m = x;
  if (std::isfinite(x) && x != 0.0) m = std::frexp(x, &e);
  Ref a = make_float(m), b = make_int(e);
  return make_tuple({a.get(), b.get()});
}

Result<Ref> m_ldexp(Value, CallArgs args) {
  TRY(want_args(args, "ldexp", 2));
  double x = TRY(to_double(args[0]));
  Value i = args[1];
  if (!is_int(i)) return raise(exc::TypeError, "Expected an int as second argument to ldexp.");
  int64_t e;
  if (!int_to_int64(i, &e)) e = int_sign(i) < 0 ? std::numeric_limits<int64_t>::min()
                                                : std::numeric_limits<int64_t>::max();
  double r;
  if (x == 0.0 || !std::isfinite(x)) {
    r = x;
  } else if (e > INT32_MAX) {
    return range_error();
  } else if (e < INT32_MIN) {
    r = std::copysign(0.0, x);
  } else {
    r = std::ldexp(x, int(e));
    if (std::isinf(r)) return range_error();
  }
  return make_float(r);
}

Result<Ref> m_degrees(Value, CallArgs args) {
  TRY(want_args(args, "degrees", 1));
  double x = TRY(to_double(args[0]));
  return make_float(x * (180.0 / kPi));
}

Result<Ref> m_radians(Value, CallArgs args) {
  TRY(want_args(args, "radians", 1));
  double x = TRY(to_double(args[0]));
  return make_float(x * (kPi / 180.0));
}

Result<Ref> m_isfinite(Value, CallArgs args) {
  TRY(want_args(args, "isfinite", 1));
  double x = TRY(to_double(args[0]));
  return make_bool(std::isfinite(x));
}
Result<Ref> m_isinf(Value, CallArgs args) {
  TRY(want_args(args, "isinf", 1));
  double x = TRY(to_double(args[0]));
  return make_bool(std::isinf(x));
}
Result<Ref> m_isnan(Value, CallArgs args) {
  TRY(want_args(args, "isnan", 1));
  double x = TRY(to_double(args[0]));
  return make_bool(std::isnan(x));
}

Result<Ref> m_isclose(Value, CallArgs args) {
  Value va, vb, vrel, vabs;
  TRY(parse_args(args, "isclose", {"a", "b", "$rel_tol", "$abs_tol"}, 2, {&va, &vb, &vrel, &vabs}));
  double a = TRY(to_double(va));
  double b = TRY(to_double(vb));
  double rel_tol = 1e-09, abs_tol = 0.0;
  if (vrel) rel_tol = TRY(to_double(vrel));
  if (vabs) abs_tol = TRY(to_double(vabs));
  if (rel_tol < 0.0 || abs_tol < 0.0)
    return raise(exc::ValueError, "tolerances must be non-negative");
  if (a == b) return make_bool(true);
  if (std::isinf(a) || std::isinf(b)) return make_bool(false);
  double diff = std::fabs(b - a);
  return make_bool(diff <= std::fabs(rel_tol * b) || diff <= std::fabs(rel_tol * a) ||
                   diff <= abs_tol);
}

// Accurate Euclidean norm: scale by the largest magnitude, sum squares in extended precision.
double vector_norm(const std::vector<double>& v) {
  double max = 0.0;
  bool found_nan = false;
  for (double x : v) {
    double a = std::fabs(x);
    if (std::isnan(a)) found_nan = true;
    else if (a > max) max = a;
  }
  if (std::isinf(max)) return max;
  if (found_nan) return kNan;
  if (max == 0.0 || v.size() <= 1) return max;
  if (v.size() == 2) return std::hypot(v[0], v[1]);
  long double sum = 0.0L;
  for (double x : v) {
    long double s = (long double)std::fabs(x) / max;
    sum += s * s;
  }
  return double(std::sqrt(sum) * max);
}

Result<Ref> m_hypot(Value, CallArgs args) {
  TRY(check_no_kwargs(args, "hypot"));
  std::vector<double> v;
  v.reserve(args.nargs);
  for (size_t i = 0; i < args.nargs; ++i) v.push_back(TRY(to_double(args[i])));
  return make_float(vector_norm(v));
}

Result<std::vector<double>> doubles_of(Value seq) {
  std::vector<double> out;
  Ref it = TRY(get_iter(seq));
  for (;;) {
    Ref item = TRY(iter_next(it));
    if (!item) break;
    out.push_back(TRY(to_double(item)));
  }
  return out;
}

Result<Ref> m_dist(Value, CallArgs args) {
  TRY(want_args(args, "dist", 2));
  std::vector<double> p = TRY(doubles_of(args[0]));
  std::vector<double> q = TRY(doubles_of(args[1]));
  if (p.size() != q.size())
    return raise(exc::ValueError, "both points must have the same number of dimensions");
  std::vector<double> d(p.size());
  for (size_t i = 0; i < p.size(); ++i) d[i] = std::fabs(p[i] - q[i]);
  return make_float(vector_norm(d));
}

Result<Ref> m_factorial(Value, CallArgs args) {
  TRY(want_args(args, "factorial", 1));
  Ref n = TRY(int_arg(args[0]));
  if (int_sign(n) < 0)
    return raise(exc::ValueError, "factorial() not defined for negative values");
  int64_t v;
  if (!int_to_int64(n, &v))
    return raise(exc::OverflowError,
                 "factorial() argument should not exceed 9223372036854775807");
  if (v < 21) {
    int64_t r = 1;
    for (int64_t k = 2; k <= v; ++k) r *= k;
    return make_int(r);
  }
  if (v > 100000000) return raise(exc::MemoryError);
  Mpz r;
  mpz_fac_ui(r, (unsigned long)v);
  return make_int_from_mpz(r.z);
}

Result<Ref> m_gcd(Value, CallArgs args) {
  TRY(check_no_kwargs(args, "gcd"));
  Mpz acc, x;
  for (size_t i = 0; i < args.nargs; ++i) {
    Ref n = TRY(int_arg(args[i]));
    int_to_mpz(n, x);
    mpz_gcd(acc, acc, x);
  }
  return make_int_from_mpz(acc.z);
}

Result<Ref> m_lcm(Value, CallArgs args) {
  TRY(check_no_kwargs(args, "lcm"));
  Mpz acc, x;
  mpz_set_ui(acc, 1);
  for (size_t i = 0; i < args.nargs; ++i) {
    Ref n = TRY(int_arg(args[i]));
    int_to_mpz(n, x);
    mpz_lcm(acc, acc, x);
  }
  return make_int_from_mpz(acc.z);
}

Result<Ref> m_isqrt(Value, CallArgs args) {
  TRY(want_args(args, "isqrt", 1));
  Ref n = TRY(int_arg(args[0]));
  if (int_sign(n) < 0) return raise(exc::ValueError, "isqrt() argument must be nonnegative");
  Mpz x;
  int_to_mpz(n, x);
  mpz_sqrt(x, x);
  return make_int_from_mpz(x.z);
}

Result<Ref> m_comb(Value, CallArgs args) {
  TRY(want_args(args, "comb", 2));
  Ref n = TRY(int_arg(args[0]));
  Ref k = TRY(int_arg(args[1]));
  if (int_sign(n) < 0) return raise(exc::ValueError, "n must be a non-negative integer");
  if (int_sign(k) < 0) return raise(exc::ValueError, "k must be a non-negative integer");
  Mpz N, K, NK;
  int_to_mpz(n, N);
  int_to_mpz(k, K);
  mpz_sub(NK, N, K);
  if (mpz_sgn(NK.z) < 0) return make_int(0);
  if (mpz_cmp(NK, K) < 0) mpz_set(K, NK);
  if (!mpz_fits_slong_p(K))
    return raise(exc::OverflowError, "min(n - k, k) must not exceed 9223372036854775807");
  Mpz r;
  mpz_bin_ui(r, N, mpz_get_ui(K));
  return make_int_from_mpz(r.z);
}

Result<Ref> m_perm(Value, CallArgs args) {
  TRY(check_no_kwargs(args, "perm"));
  TRY(check_nargs(args, "perm", 1, 2));
  Ref n = TRY(int_arg(args[0]));
  if (int_sign(n) < 0) return raise(exc::ValueError, "n must be a non-negative integer");
  Mpz N, K;
  int_to_mpz(n, N);
  if (args.nargs < 2 || is_none(args[1])) {
    if (!mpz_fits_slong_p(N))
      return raise(exc::OverflowError,
                   "factorial() argument should not exceed 9223372036854775807");
    Mpz r;
    mpz_fac_ui(r, mpz_get_ui(N));
    return make_int_from_mpz(r.z);
  }
  Ref k = TRY(int_arg(args[1]));
  if (int_sign(k) < 0) return raise(exc::ValueError, "k must be a non-negative integer");
  int_to_mpz(k, K);
  if (mpz_cmp(K, N) > 0) return make_int(0);
  if (!mpz_fits_slong_p(K))
    return raise(exc::OverflowError, "k must not exceed 9223372036854775807");
  unsigned long kk = mpz_get_ui(K);
  Mpz r, f;
  mpz_set_ui(r, 1);
  for (unsigned long i = 0; i < kk; ++i) {
    mpz_sub_ui(f, N, i);
    mpz_mul(r, r, f);
  }
  return make_int_from_mpz(r.z);
}

Result<Ref> m_prod(Value, CallArgs args) {
  Value iterable, start;
  TRY(parse_args(args, "prod", {"", "$start"}, 1, {&iterable, &start}));
  Ref acc = start ? Ref::borrow(start) : make_int(1);
  Ref it = TRY(get_iter(iterable));
  for (;;) {
    Ref item = TRY(iter_next(it));
    if (!item) break;
    acc = TRY(binary_op(acc, item, BinOp::Mul));
  }
  return acc;
}

Result<Ref> m_sumprod(Value, CallArgs args) {
  TRY(want_args(args, "sumprod", 2));
  Ref it1 = TRY(get_iter(args[0]));
  Ref it2 = TRY(get_iter(args[1]));
  Ref acc = make_int(0);
  for (;;) {
    Ref a = TRY(iter_next(it1));
    Ref b = TRY(iter_next(it2));
    if (!a && !b) break;
    if (!a || !b) return raise(exc::ValueError, "Inputs are not the same length");
    Ref p = TRY(binary_op(a, b, BinOp::Mul));
    acc = TRY(binary_op(acc, p, BinOp::Add));
  }
  return acc;
}

// Shewchuk's exact summation, as CPython's math_fsum.
Result<Ref> m_fsum(Value, CallArgs args) {
  TRY(want_args(args, "fsum", 1));
  std::vector<double> p;
  double special_sum = 0.0, inf_sum = 0.0;
  Ref it = TRY(get_iter(args[0]));
  for (;;) {
    Ref item = TRY(iter_next(it));
    if (!item) break;
    double x = TRY(to_double(item));
    double xsave = x;
    size_t i = 0;
    for (size_t j = 0; j < p.size(); ++j) {
      double y = p[j];
      if (std::fabs(x) < std::fabs(y)) std::swap(x, y);
      double hi = x + y;
      double yr = hi - x;
      double lo = y - yr;
      if (lo != 0.0) p[i++] = lo;
      x = hi;
    }
    p.resize(i);
    if (x != 0.0) {
      if (!std::isfinite(x)) {
        if (std::isfinite(xsave))
          return raise(exc::OverflowError, "intermediate overflow in fsum");
        if (std::isinf(xsave)) inf_sum += xsave;
        special_sum += xsave;
        p.clear();
      } else {
        p.push_back(x);
      }
    }
  }
  if (special_sum != 0.0) {
    if (std::isnan(inf_sum)) return raise(exc::ValueError, "-inf + inf in fsum");
    return make_float(special_sum);
  }
  double hi = 0.0, lo = 0.0;
  size_t n = p.size();
  if (n > 0) {
    hi = p[--n];
    while (n > 0) {
      double x = hi;
      double y = p[--n];
      hi = x + y;
      double yr = hi - x;
      lo = y - yr;
      if (lo != 0.0) break;
    }
    if (n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0))) {
      double y = lo * 2.0;
      double x = hi + y;
      double yr = x - hi;
      if (y == yr) hi = x;
    }
  }
  return make_float(hi);
}

Result<Ref> m_nextafter(Value, CallArgs args) {
  Value vx, vy, vsteps;
  TRY(parse_args(args, "nextafter", {"", "", "$steps"}, 2, {&vx, &vy, &vsteps}));
  double x = TRY(to_double(vx));
  double y = TRY(to_double(vy));
  if (!vsteps || is_none(vsteps)) return make_float(std::nextafter(x, y));
  Ref s = TRY(int_arg(vsteps));
  if (int_sign(s) < 0) return raise(exc::ValueError, "steps must be a non-negative integer");
  int64_t steps;
  if (!int_to_int64(s, &steps)) steps = std::numeric_limits<int64_t>::max();
  // Step through the ordered integer representation of doubles.
  if (std::isnan(x)) return make_float(x);
  if (std::isnan(y)) return make_float(y);
  for (int64_t k = 0; k < steps && x != y; ++k) {
    if (k > 4096) {
      // Far away: jump via the bit representation.
      auto key = [](double d) {
        int64_t b;
        std::memcpy(&b, &d, 8);
        return b < 0 ? std::numeric_limits<int64_t>::min() - b : b;
      };
      auto from_key = [](int64_t k2) {
        int64_t b = k2 < 0 ? std::numeric_limits<int64_t>::min() - k2 : k2;
        double d;
        std::memcpy(&d, &b, 8);
        return d;
      };
      int64_t kx = key(x), ky = key(y);
      int64_t remaining = steps - k;
      __int128 dist = __int128(ky) - kx;
      if ((dist < 0 ? -dist : dist) <= remaining) return make_float(y);
      return make_float(from_key(int64_t(kx + (dist < 0 ? -remaining : remaining))));
    }
    x = std::nextafter(x, y);
  }
  return make_float(x);
}

Result<Ref> m_ulp(Value, CallArgs args) {
  TRY(want_args(args, "ulp", 1));
  double x = TRY(to_double(args[0]));
  if (std::isnan(x)) return make_float(x);
  x = std::fabs(x);
  if (std::isinf(x)) return make_float(x);
  double x2 = std::nextafter(x, kInf);
  if (std::isinf(x2)) {
    x2 = std::nextafter(x, -kInf);
    return make_float(x - x2);
  }
  return make_float(x2 - x);
}

const MethodDef kMathFunctions[] = {
    {"acos", m_acos, 0, "Return the arc cosine (measured in radians) of x."},
    {"acosh", m_acosh, 0, "Return the inverse hyperbolic cosine of x."},
    {"asin", m_asin, 0, "Return the arc sine (measured in radians) of x."},
    {"asinh", m_asinh, 0, "Return the inverse hyperbolic sine of x."},
    {"atan", m_atan, 0, "Return the arc tangent (measured in radians) of x."},
    {"atan2", m_atan2, 0, "Return the arc tangent (measured in radians) of y/x."},
    {"atanh", m_atanh, 0, "Return the inverse hyperbolic tangent of x."},
    {"cbrt", m_cbrt, 0, "Return the cube root of x."},
    {"ceil", m_ceil, 0, "Return the ceiling of x as an Integral."},
    {"comb", m_comb, 0, "Number of ways to choose k items from n items without repetition and without order."},
    {"copysign", m_copysign, 0, "Return a float with the magnitude (absolute value) of x but the sign of y."},
    {"cos", m_cos, 0, "Return the cosine of x (measured in radians)."},
    {"cosh", m_cosh, 0, "Return the hyperbolic cosine of x."},
    {"degrees", m_degrees, 0, "Convert angle x from radians to degrees."},
    {"dist", m_dist, 0, "Return the Euclidean distance between two points p and q."},
    {"erf", m_erf, 0, "Error function at x."},
    {"erfc", m_erfc, 0, "Complementary error function at x."},
    {"exp", m_exp, 0, "Return e raised to the power of x."},
    {"exp2", m_exp2, 0, "Return 2 raised to the power of x."},
    {"expm1", m_expm1, 0, "Return exp(x)-1."},
    {"fabs", m_fabs, 0, "Return the absolute value of the float x."},
    {"factorial", m_factorial, 0, "Find n!."},
    {"floor", m_floor, 0, "Return the floor of x as an Integral."},
    {"fma", m_fma, 0, "Fused multiply-add operation."},
    {"fmod", m_fmod, 0, "Return fmod(x, y), according to platform C."},
    {"frexp", m_frexp, 0, "Return the mantissa and exponent of x, as pair (m, e)."},
    {"fsum", m_fsum, 0, "Return an accurate floating-point sum of values in the iterable seq."},
    {"gamma", m_gamma, 0, "Gamma function at x."},
    {"gcd", m_gcd, 0, "Greatest Common Divisor."},
    {"hypot", m_hypot, 0, "Multidimensional Euclidean distance from the origin to a point."},
    {"isclose", m_isclose, 0, "Determine whether two floating-point numbers are close in value."},
    {"isfinite", m_isfinite, 0, "Return True if x is neither an infinity nor a NaN, and False otherwise."},
    {"isinf", m_isinf, 0, "Return True if x is a positive or negative infinity, and False otherwise."},
    {"isnan", m_isnan, 0, "Return True if x is a NaN (not a number), and False otherwise."},
    {"isqrt", m_isqrt, 0, "Return the integer part of the square root of the input."},
    {"lcm", m_lcm, 0, "Least Common Multiple."},
    {"ldexp", m_ldexp, 0, "Return x * (2**i)."},
    {"lgamma", m_lgamma, 0, "Natural logarithm of absolute value of Gamma function at x."},
    {"log", m_log, 0, "log(x, [base=math.e])\nReturn the logarithm of x to the given base."},
    {"log10", m_log10, 0, "Return the base 10 logarithm of x."},
    {"log1p", m_log1p, 0, "Return the natural logarithm of 1+x (base e)."},
    {"log2", m_log2, 0, "Return the base 2 logarithm of x."},
    {"modf", m_modf, 0, "Return the fractional and integer parts of x."},
    {"nextafter", m_nextafter, 0, "Return the floating-point value the given number of steps after x towards y."},
    {"perm", m_perm, 0, "Number of ways to choose k items from n items without repetition and with order."},
    {"pow", m_pow, 0, "Return x**y (x to the power of y)."},
    {"prod", m_prod, 0, "Calculate the product of all the elements in the input iterable."},
    {"radians", m_radians, 0, "Convert angle x from degrees to radians."},
    {"remainder", m_remainder, 0, "Difference between x and the closest integer multiple of y."},
    {"sin", m_sin, 0, "Return the sine of x (measured in radians)."},
    {"sinh", m_sinh, 0, "Return the hyperbolic sine of x."},
    {"sqrt", m_sqrt, 0, "Return the square root of x."},
    {"sumprod", m_sumprod, 0, "Return the sum of products of values from two iterables p and q."},
    {"tan", m_tan, 0, "Return the tangent of x (measured in radians)."},
    {"tanh", m_tanh, 0, "Return the hyperbolic tangent of x."},
    {"trunc", m_trunc, 0, "Truncates the Real x to the nearest Integral toward 0."},
    {"ulp", m_ulp, 0, "Return the value of the least significant bit of the float x."},
    {nullptr, nullptr}};

}  // namespace

Result<Ref> init_math_module() {
  Ref m = make_module("math");
  TRY(module_add_functions(m, kMathFunctions));
  Ref pi = make_float(kPi), e = make_float(kE), tau = make_float(2 * kPi), inf = make_float(kInf),
      nan = make_float(kNan);
  TRY(module_add(m, "pi", pi));
  TRY(module_add(m, "e", e));
  TRY(module_add(m, "tau", tau));
  TRY(module_add(m, "inf", inf));
  TRY(module_add(m, "nan", nan));
  return m;
}

}  // namespace weft
