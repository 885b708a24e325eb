"""Mathematical functions for complex numbers (Weft: written in Python over math).

Principal branches as in CPython; the special-value tables for infinite and nan inputs of
the C implementation are not reproduced (finite inputs give the usual results)."""

import math as _m

pi = _m.pi
e = _m.e
tau = _m.tau
inf = _m.inf
nan = _m.nan
infj = complex(0.0, _m.inf)
nanj = complex(0.0, _m.nan)


def _c(x):
    # Accept what CPython's cmath accepts: complex, real numbers, __complex__/__float__/__index__.
    if isinstance(x, complex):
        return x
    if isinstance(x, (int, float)):
        return complex(x)
    t = type(x)
    if hasattr(t, '__complex__') or hasattr(t, '__float__') or hasattr(t, '__index__'):
        return complex(x)
    raise TypeError(f"must be real number, not {t.__name__}")


def phase(z):
    z = _c(z)
    return _m.atan2(z.imag, z.real)


def polar(z):
    z = _c(z)
    return abs(z), _m.atan2(z.imag, z.real)


def rect(r, phi):
    r = float(r)
    phi = float(phi)
    if _m.isinf(r) and _m.isfinite(phi) and phi == 0.0:
        return complex(r, phi * r if r > 0 else -phi)
    return complex(r * _m.cos(phi), r * _m.sin(phi))


def isfinite(z):
    z = _c(z)
    return _m.isfinite(z.real) and _m.isfinite(z.imag)


def isinf(z):
    z = _c(z)
    return _m.isinf(z.real) or _m.isinf(z.imag)


def isnan(z):
    z = _c(z)
    return _m.isnan(z.real) or _m.isnan(z.imag)


def isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0):
    a = _c(a)
    b = _c(b)
    if rel_tol < 0.0 or abs_tol < 0.0:
        raise ValueError("tolerances must be non-negative")
    if a == b:
        return True
    if isinf(a) or isinf(b):
        return False
    diff = abs(a - b)
    return diff <= abs(rel_tol * b) or diff <= abs(rel_tol * a) or diff <= abs_tol


def sqrt(z):
    z = _c(z)
    x, y = z.real, z.imag
    if x == 0.0 and y == 0.0:
        return complex(0.0, y)
    if _m.isinf(y):
        return complex(_m.inf, y)
    if _m.isnan(x) or _m.isnan(y):
        return complex(_m.nan, _m.nan)
    if _m.isinf(x):
        if x > 0:
            return complex(x, _m.copysign(0.0, y))
        return complex(0.0, _m.copysign(_m.inf, y))
    ax, ay = abs(x), abs(y)
    if ax < 2.2250738585072014e-308 and ay < 2.2250738585072014e-308:
        # Subnormal parts: scale up to keep precision.
        ax2 = _m.ldexp(ax, 53)
        s = _m.ldexp(_m.sqrt(ax2 + _m.hypot(ax2, _m.ldexp(ay, 53))), -27)
    else:
        ax8 = ax / 8.0
        s = 2.0 * _m.sqrt(ax8 + _m.hypot(ax8, ay / 8.0))
    d = ay / (2.0 * s)
    if x >= 0.0:
        return complex(s, _m.copysign(d, y))
    return complex(d, _m.copysign(s, y))


def exp(z):
    z = _c(z)
    x, y = z.real, z.imag
    if y == 0.0:
        return complex(_m.exp(x), y)
    l = _m.exp(x)
    return complex(l * _m.cos(y), l * _m.sin(y))


def log(z, base=None):
    z = _c(z)
    if z.real == 0.0 and z.imag == 0.0:
        raise ValueError("math domain error")
    ax, ay = abs(z.real), abs(z.imag)
    h = _m.hypot(ax, ay)
    if 0.71 <= h <= 1.73:
        # Near the unit circle log(h) loses digits: use log1p of h*h - 1 instead.
        am, an = max(ax, ay), min(ax, ay)
        real = _m.log1p((am - 1.0) * (am + 1.0) + an * an) / 2.0
    else:
        real = _m.log(h)
    r = complex(real, _m.atan2(z.imag, z.real))
    if base is None:
        return r
    b = log(base)
    return r / b


def log10(z):
    r = log(z)
    ln10 = _m.log(10.0)
    return complex(r.real / ln10, r.imag / ln10)


def sinh(z):
    z = _c(z)
    x, y = z.real, z.imag
    return complex(_m.cos(y) * _m.sinh(x), _m.sin(y) * _m.cosh(x))


def cosh(z):
    z = _c(z)
    x, y = z.real, z.imag
    return complex(_m.cos(y) * _m.cosh(x), _m.sin(y) * _m.sinh(x))


def tanh(z):
    z = _c(z)
    x, y = z.real, z.imag
    if abs(x) > 354.0:  # tanh(x) is +-1 here; avoid overflow in cosh
        return complex(_m.copysign(1.0, x), 4.0 * _m.sin(y) * _m.cos(y) * _m.exp(-2.0 * abs(x)))
    tx = _m.tanh(x)
    ty = _m.tan(y)
    cx = 1.0 / _m.cosh(x)
    txty = tx * ty
    denom = 1.0 + txty * txty
    return complex(tx * (1.0 + ty * ty) / denom, ((ty / denom) * cx) * cx)


def sin(z):
    z = _c(z)
    s = sinh(complex(-z.imag, z.real))
    return complex(s.imag, -s.real)


def cos(z):
    z = _c(z)
    return cosh(complex(-z.imag, z.real))


def tan(z):
    z = _c(z)
    t = tanh(complex(-z.imag, z.real))
    return complex(t.imag, -t.real)


def asinh(z):
    z = _c(z)
    s1 = sqrt(complex(1.0 + z.imag, -z.real))
    s2 = sqrt(complex(1.0 - z.imag, z.real))
    return complex(_m.asinh(s1.real * s2.imag - s2.real * s1.imag),
                   _m.atan2(z.imag, s1.real * s2.real - s1.imag * s2.imag))


def asin(z):
    z = _c(z)
    s = asinh(complex(-z.imag, z.real))
    return complex(s.imag, -s.real)


def acos(z):
    z = _c(z)
    s1 = sqrt(complex(1.0 - z.real, -z.imag))
    s2 = sqrt(complex(1.0 + z.real, z.imag))
    return complex(2.0 * _m.atan2(s1.real, s2.real),
                   _m.asinh(s2.real * s1.imag - s2.imag * s1.real))


def acosh(z):
    z = _c(z)
    s1 = sqrt(complex(z.real - 1.0, z.imag))
    s2 = sqrt(complex(z.real + 1.0, z.imag))
    return complex(_m.asinh(s1.real * s2.real + s1.imag * s2.imag),
                   2.0 * _m.atan2(s1.imag, s2.real))


def atanh(z):
    z = _c(z)
    x, y = z.real, z.imag
    if x < 0.0:
        r = atanh(complex(-x, -y))
        return complex(-r.real, -r.imag)
    ay = abs(y)
    if x == 1.0 and ay == 0.0:
        raise ValueError("math domain error")
    one_minus = 1.0 - x
    real = _m.log1p(4.0 * x / (one_minus * one_minus + ay * ay)) / 4.0
    imag = -_m.atan2(-2.0 * y, one_minus * (1.0 + x) - ay * ay) / 2.0
    return complex(real, imag)


def atan(z):
    z = _c(z)
    s = atanh(complex(-z.imag, z.real))
    return complex(s.imag, -s.real)
