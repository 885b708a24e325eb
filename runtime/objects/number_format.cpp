// Number formatting, following CPython's Python/formatter_unicode.c (format specs),
// Python/pystrtod.c (PyOS_double_to_string) and Objects/unicodeobject.c (% formatting), so that
// every output matches byte for byte. Decimal digits come from std::to_chars (shortest repr)
// and glibc's printf (%.*e / %.*f are correctly rounded), standing in for David Gay's dtoa.
#include "objects/number_format.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <limits>

#include "objects/abstract.h"
#include "objects/exceptions.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/str.h"

namespace weft {

namespace {

// Decodes one UTF-8 code point at s[i]; returns its byte length (1 for invalid bytes).
size_t decode_utf8(std::string_view s, size_t i, char32_t* cp) {
  unsigned char c = static_cast<unsigned char>(s[i]);
  size_t len = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 1;
  if (i + len > s.size()) len = 1;
  if (len == 1) {
    *cp = c;
    return 1;
  }
  char32_t v = c & (0x7F >> len);
  for (size_t k = 1; k < len; ++k) v = (v << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
  *cp = v;
  return len;
}

size_t count_code_points(std::string_view s) {
  size_t n = 0;
  for (char c : s)
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++n;
  return n;
}

bool is_alignment_token(char32_t c) { return c == '<' || c == '>' || c == '=' || c == '^'; }
bool is_sign_element(char32_t c) { return c == ' ' || c == '+' || c == '-'; }

// Returns digits consumed, or -1 on overflow (error raised).
int get_integer(std::string_view s, size_t* pos, int64_t* result) {
  int64_t acc = 0;
  int consumed = 0;
  while (*pos < s.size() && s[*pos] >= '0' && s[*pos] <= '9') {
    int d = s[*pos] - '0';
    if (acc > (std::numeric_limits<int64_t>::max() - d) / 10) {
      raise(exc::ValueError, "Too many decimal digits in format string");
      return -1;
    }
    acc = acc * 10 + d;
    ++*pos;
    ++consumed;
  }
  *result = acc;
  return consumed;
}

std::string char_repr_for_error(char32_t c) {
  if (c > 32 && c < 128) return std::string(1, char(c));
  char buf[16];
  std::snprintf(buf, sizeof buf, "\\x%x", unsigned(c));
  return buf;
}

// ---- decimal digits of a double (stand-ins for _Py_dg_dtoa modes 0, 2 and 3) -------------

struct Digits {
  std::string digits;  // no leading zeros; trailing zeros stripped; "0" for zero
  int decpt = 0;       // position of the decimal point relative to digits
};

void strip_trailing_zeros(Digits& d) {
  while (d.digits.size() > 1 && d.digits.back() == '0') d.digits.pop_back();
  if (d.digits == "0" || d.digits.empty()) {
    d.digits = "0";
    d.decpt = 1;
  }
}

// Parses "d.ddde+XX" (from to_chars or %e) into digits/decpt.
void parse_scientific(const char* s, size_t n, Digits& d) {
  d.digits.clear();
  size_t i = 0;
  for (; i < n && s[i] != 'e'; ++i)
    if (s[i] != '.') d.digits.push_back(s[i]);
  int exp = 0;
  if (i < n) std::from_chars(s + i + 1 + (s[i + 1] == '+'), s + n, exp);
  d.decpt = exp + 1;
  strip_trailing_zeros(d);
}

void digits_shortest(double x, Digits& d) {  // mode 0
  char buf[64];
  auto r = std::to_chars(buf, buf + sizeof buf, std::fabs(x), std::chars_format::scientific);
  parse_scientific(buf, r.ptr - buf, d);
}

void digits_significant(double x, int ndigits, Digits& d) {  // mode 2
  if (ndigits < 1) ndigits = 1;
  int len = std::snprintf(nullptr, 0, "%.*e", ndigits - 1, std::fabs(x));
  std::string buf(size_t(len) + 1, '\0');
  std::snprintf(buf.data(), buf.size(), "%.*e", ndigits - 1, std::fabs(x));
  parse_scientific(buf.data(), size_t(len), d);
}

void digits_fixed(double x, int ndigits, Digits& d) {  // mode 3
  int len = std::snprintf(nullptr, 0, "%.*f", ndigits, std::fabs(x));
  std::string buf(size_t(len) + 1, '\0');
  std::snprintf(buf.data(), buf.size(), "%.*f", ndigits, std::fabs(x));
  buf.resize(size_t(len));
  d.digits.clear();
  size_t point = buf.find('.');
  if (point == std::string::npos) point = buf.size();
  d.decpt = int(point);
  for (char c : buf)
    if (c != '.') d.digits.push_back(c);
  size_t lead = 0;
  while (lead < d.digits.size() && d.digits[lead] == '0') ++lead;
  d.digits.erase(0, lead);
  d.decpt -= int(lead);
  strip_trailing_zeros(d);
}

// format_float_short from pystrtod.c.
std::string format_float_short(double x, char format_code, int mode, int precision,
                               bool always_add_sign, bool add_dot_0_if_integer,
                               bool use_alt_formatting, bool no_negative_zero, bool upper) {
  std::string out;
  bool sign = std::signbit(x);
  if (std::isnan(x)) {
    // CPython never writes a sign for a nan, even if one was requested.
    out = upper ? "NAN" : "nan";
    return out;
  }
  if (std::isinf(x)) {
    if (sign) out += '-';
    else if (always_add_sign) out += '+';
    out += upper ? "INF" : "inf";
    return out;
  }
  Digits dg;
  if (mode == 0) digits_shortest(x, dg);
  else if (mode == 2) digits_significant(x, precision, dg);
  else digits_fixed(x, precision, dg);
  const std::string& digits = dg.digits;
  long digits_len = long(digits.size());
  long decpt = dg.decpt;
  if (no_negative_zero && sign && digits == "0") sign = false;

  long vdigits_end = digits_len;
  bool use_exp = false;
  long exp = 0;
  switch (format_code) {
    case 'e':
      use_exp = true;
      vdigits_end = precision;
      break;
    case 'f':
      vdigits_end = decpt + precision;
      break;
    case 'g':
      if (decpt <= -4 || decpt > (add_dot_0_if_integer ? precision - 1 : precision)) use_exp = true;
      if (use_alt_formatting) vdigits_end = precision;
      break;
    case 'r':
      if (decpt <= -4 || decpt > 16) use_exp = true;
      break;
  }
  if (use_exp) {
    exp = decpt - 1;
    decpt = 1;
  }
  long vdigits_start = decpt <= 0 ? decpt - 1 : 0;
  if (!use_exp && add_dot_0_if_integer)
    vdigits_end = vdigits_end > decpt ? vdigits_end : decpt + 1;
  else
    vdigits_end = vdigits_end > decpt ? vdigits_end : decpt;
  if (vdigits_end < digits_len) vdigits_end = digits_len;

  if (sign) out += '-';
  else if (always_add_sign) out += '+';
  if (decpt <= 0) {
    out.append(size_t(decpt - vdigits_start), '0');
    out += '.';
    out.append(size_t(-decpt), '0');
  } else {
    out.append(size_t(-vdigits_start), '0');
  }
  if (0 < decpt && decpt <= digits_len) {
    out.append(digits, 0, size_t(decpt));
    out += '.';
    out.append(digits, size_t(decpt), std::string::npos);
  } else {
    out += digits;
  }
  if (digits_len < decpt) {
    out.append(size_t(decpt - digits_len), '0');
    out += '.';
    out.append(size_t(vdigits_end - decpt), '0');
  } else {
    out.append(size_t(vdigits_end - digits_len), '0');
  }
  if (out.back() == '.' && !use_alt_formatting) out.pop_back();
  if (use_exp) {
    out += upper ? 'E' : 'e';
    char buf[16];
    std::snprintf(buf, sizeof buf, "%+.02ld", exp);
    out += buf;
  }
  return out;
}

// ---- laying out a number: sign, prefix, grouping, padding (calc_number_widths/fill_number) ---

// Groups `digits` from the right with `sep` every `group` digits (group 0: no grouping),
// zero-padding on the left up to min_width characters (the '0' flag), as
// _PyUnicode_InsertThousandsGrouping.
std::string group_digits(std::string_view digits, int64_t min_width, int group, char sep) {
  int64_t remaining = int64_t(digits.size());
  if (group == 0) {
    int64_t l = std::max<int64_t>(std::max<int64_t>(remaining, min_width), 1);
    std::string out(size_t(l - remaining), '0');
    out += digits;
    return out;
  }
  std::string rev;
  int64_t pos = remaining;
  bool use_sep = false;
  for (;;) {
    int64_t l = std::min<int64_t>(group, std::max<int64_t>(std::max<int64_t>(remaining, min_width), 1));
    int64_t n_zeros = std::max<int64_t>(0, l - remaining);
    int64_t n_chars = std::max<int64_t>(0, std::min(remaining, l));
    if (use_sep) rev += sep;
    for (int64_t k = 0; k < n_chars; ++k) rev += digits[size_t(pos - 1 - k)];
    rev.append(size_t(n_zeros), '0');
    pos -= n_chars;
    use_sep = true;
    remaining -= n_chars;
    min_width -= l;
    if (remaining <= 0 && min_width <= 0) break;
    min_width -= 1;
  }
  std::reverse(rev.begin(), rev.end());
  return rev;
}

void append_fill(std::string& out, char32_t fill, int64_t n) {
  if (n <= 0) return;
  if (fill < 0x80) {
    out.append(size_t(n), char(fill));
    return;
  }
  std::string one;
  append_utf8(one, fill);
  for (int64_t i = 0; i < n; ++i) out += one;
}

// sign_char: '-' if the number is negative, else 0. digits: the part that is grouped.
// remainder: everything after the digits (with has_decimal, starting after the '.').
std::string layout_number(char sign_char, std::string_view prefix, std::string_view digits,
                          bool has_decimal, std::string_view remainder, const FormatSpec& spec,
                          int group, char sep, bool upper) {
  char sign = 0;
  if (spec.sign == '+') sign = sign_char == '-' ? '-' : '+';
  else if (spec.sign == ' ') sign = sign_char == '-' ? '-' : ' ';
  else if (sign_char == '-') sign = '-';
  int64_t n_remainder = int64_t(count_code_points(remainder));
  int64_t n_non_digit = (sign ? 1 : 0) + int64_t(prefix.size()) + (has_decimal ? 1 : 0) + n_remainder;
  int64_t min_width = (spec.fill == '0' && spec.align == '=') ? spec.width - n_non_digit : 0;
  std::string grouped = digits.empty() ? std::string() : group_digits(digits, min_width, group, sep);
  int64_t n_padding = spec.width - (n_non_digit + int64_t(grouped.size()));
  int64_t lpad = 0, spad = 0, rpad = 0;
  if (n_padding > 0) {
    switch (spec.align) {
      case '<': rpad = n_padding; break;
      case '^': lpad = n_padding / 2; rpad = n_padding - lpad; break;
      case '=': spad = n_padding; break;
      default: lpad = n_padding; break;
    }
  }
  std::string out;
  append_fill(out, spec.fill, lpad);
  if (sign) out += sign;
  for (char c : prefix) out += upper ? char(std::toupper(static_cast<unsigned char>(c))) : c;
  append_fill(out, spec.fill, spad);
  if (upper) {
    for (char c : grouped) out += char(std::toupper(static_cast<unsigned char>(c)));
  } else {
    out += grouped;
  }
  if (has_decimal) out += '.';
  out += remainder;
  append_fill(out, spec.fill, rpad);
  return out;
}

int group_size(const FormatSpec& spec, char type) {
  if (!spec.grouping) return 0;
  if (spec.grouping == '_' && (type == 'b' || type == 'o' || type == 'x' || type == 'X')) return 4;
  return 3;
}

// format_float_internal
Result<std::string> format_double_spec(double val, const FormatSpec& spec0) {
  FormatSpec spec = spec0;
  char32_t type = spec.type;
  int64_t precision = spec.precision;
  int default_precision = 6;
  unsigned flags = 0;
  if (spec.alternate) flags |= kDtsfAlt;
  if (spec.no_neg_0) flags |= kDtsfNoNeg0;
  if (precision > std::numeric_limits<int>::max())
    return raise(exc::ValueError, "precision too big");
  if (type == 0) {
    flags |= kDtsfAddDot0;
    type = 'r';
    default_precision = 0;
  }
  if (type == 'n') type = 'g';
  bool add_pct = false;
  if (type == '%') {
    type = 'f';
    val *= 100;
    add_pct = true;
  }
  if (precision < 0) precision = default_precision;
  else if (type == 'r') type = 'g';
  std::string buf = double_to_string(val, char(type), int(precision), flags);
  if (add_pct) buf += '%';
  if (spec.sign != '+' && spec.sign != ' ' && spec.width == -1 && spec.type != 'n' &&
      !spec.grouping)
    return buf;
  size_t index = 0;
  char sign_char = 0;
  if (!buf.empty() && buf[0] == '-') {
    sign_char = '-';
    index = 1;
  }
  size_t end = index;
  while (end < buf.size() && buf[end] >= '0' && buf[end] <= '9') ++end;
  bool has_decimal = end < buf.size() && buf[end] == '.';
  std::string_view digits(buf.data() + index, end - index);
  std::string_view remainder(buf.data() + end + (has_decimal ? 1 : 0),
                             buf.size() - end - (has_decimal ? 1 : 0));
  int group = spec.type == 'n' ? 0 : group_size(spec, 'f');
  return layout_number(sign_char, "", digits, has_decimal, remainder, spec, group,
                       spec.grouping ? spec.grouping : ',', false);
}

Result<Ref> finish(Result<std::string> r) {
  if (!r.ok()) return kError;
  return make_str(*r);
}

}  // namespace

void append_utf8(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out += char(cp);
  } else if (cp < 0x800) {
    out += char(0xC0 | (cp >> 6));
    out += char(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += char(0xE0 | (cp >> 12));
    out += char(0x80 | ((cp >> 6) & 0x3F));
    out += char(0x80 | (cp & 0x3F));
  } else {
    out += char(0xF0 | (cp >> 18));
    out += char(0x80 | ((cp >> 12) & 0x3F));
    out += char(0x80 | ((cp >> 6) & 0x3F));
    out += char(0x80 | (cp & 0x3F));
  }
}

ErrorMarker raise_unknown_format_code(char32_t code, const char* type_name) {
  return raise(exc::ValueError, "Unknown format code '" + char_repr_for_error(code) +
                                    "' for object of type '" + type_name + "'");
}

Status parse_format_spec(std::string_view spec, const char* type_name, char32_t default_type,
                         char default_align, FormatSpec* out) {
  FormatSpec f;
  f.align = default_align;
  f.type = default_type;
  size_t pos = 0, end = spec.size();
  // [[fill]align]
  if (pos < end) {
    char32_t c0;
    size_t l0 = decode_utf8(spec, 0, &c0);
    if (l0 < end && is_alignment_token(static_cast<unsigned char>(spec[l0]))) {
      f.fill = c0;
      f.align = spec[l0];
      f.fill_specified = f.align_specified = true;
      pos = l0 + 1;
    } else if (is_alignment_token(c0)) {
      f.align = char(c0);
      f.align_specified = true;
      pos = 1;
    }
  }
  if (pos < end && is_sign_element(static_cast<unsigned char>(spec[pos]))) f.sign = spec[pos++];
  if (pos < end && spec[pos] == 'z') {
    f.no_neg_0 = true;
    ++pos;
  }
  if (pos < end && spec[pos] == '#') {
    f.alternate = true;
    ++pos;
  }
  if (!f.fill_specified && pos < end && spec[pos] == '0') {
    f.fill = '0';
    if (!f.align_specified && default_align == '>') f.align = '=';
    ++pos;
  }
  int consumed = get_integer(spec, &pos, &f.width);
  if (consumed < 0) return kError;
  if (consumed == 0) f.width = -1;
  if (pos < end && spec[pos] == ',') {
    f.grouping = ',';
    ++pos;
  }
  if (pos < end && spec[pos] == '_') {
    if (f.grouping) return raise(exc::ValueError, "Cannot specify both ',' and '_'.");
    f.grouping = '_';
    ++pos;
  }
  if (pos < end && spec[pos] == ',' && f.grouping == '_')
    return raise(exc::ValueError, "Cannot specify both ',' and '_'.");
  if (pos < end && spec[pos] == '.') {
    ++pos;
    consumed = get_integer(spec, &pos, &f.precision);
    if (consumed < 0) return kError;
    if (consumed == 0) return raise(exc::ValueError, "Format specifier missing precision");
  }
  if (pos < end) {
    char32_t t;
    size_t l = decode_utf8(spec, pos, &t);
    if (pos + l < end)
      return raise(exc::ValueError, "Invalid format specifier '" + std::string(spec) +
                                        "' for object of type '" + type_name + "'");
    f.type = t;
  }
  if (f.grouping) {
    switch (f.type) {
      case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F': case 0:
        break;
      case 'b': case 'o': case 'x': case 'X':
        if (f.grouping == '_') break;
        [[fallthrough]];
      default:
        return raise(exc::ValueError, std::string("Cannot specify '") + f.grouping + "' with '" +
                                          char_repr_for_error(f.type) + "'.");
    }
  }
  *out = f;
  return ok();
}

std::string pad_formatted(std::string_view text, size_t length, const FormatSpec& spec) {
  int64_t total = spec.width > int64_t(length) ? spec.width : int64_t(length);
  int64_t pad = total - int64_t(length);
  int64_t left = 0, right = 0;
  if (spec.align == '<') right = pad;
  else if (spec.align == '^') { left = pad / 2; right = pad - left; }
  else left = pad;
  std::string out;
  append_fill(out, spec.fill, left);
  out += text;
  append_fill(out, spec.fill, right);
  return out;
}

std::string double_to_string(double x, char code, int precision, unsigned flags) {
  bool upper = false;
  int mode = 0;
  switch (code) {
    case 'E': upper = true; code = 'e'; [[fallthrough]];
    case 'e': mode = 2; precision++; break;
    case 'F': upper = true; code = 'f'; [[fallthrough]];
    case 'f': mode = 3; break;
    case 'G': upper = true; code = 'g'; [[fallthrough]];
    case 'g':
      mode = 2;
      if (precision == 0) precision = 1;
      break;
    case 'r': mode = 0; precision = 0; break;
    default: code = 'r'; mode = 0; break;
  }
  return format_float_short(x, code, mode, precision, flags & kDtsfSign, flags & kDtsfAddDot0,
                            flags & kDtsfAlt, flags & kDtsfNoNeg0, upper);
}

Result<Ref> format_int(Value v, std::string_view spec_text) {
  if (spec_text.empty()) return str(v);
  const char* tname = type_name(v);
  FormatSpec spec;
  TRY(parse_format_spec(spec_text, tname, 'd', '>', &spec));
  switch (spec.type) {
    case 'b': case 'c': case 'd': case 'o': case 'x': case 'X': case 'n':
      break;
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%': {
      double d = TRY(int_to_double(v));
      return finish(format_double_spec(d, spec));
    }
    default:
      return raise_unknown_format_code(spec.type, tname);
  }
  if (spec.precision != -1)
    return raise(exc::ValueError, "Precision not allowed in integer format specifier");
  if (spec.no_neg_0)
    return raise(exc::ValueError,
                 "Negative zero coercion (z) not allowed in integer format specifier");
  if (spec.type == 'c') {
    if (spec.sign) return raise(exc::ValueError, "Sign not allowed with integer format specifier 'c'");
    if (spec.alternate)
      return raise(exc::ValueError,
                   "Alternate form (#) not allowed with integer format specifier 'c'");
    int64_t x;
    if (!int_to_int64(v, &x))
      return raise(exc::OverflowError, "Python int too large to convert to C long");
    if (x < 0 || x > 0x10ffff) return raise(exc::OverflowError, "%c arg not in range(0x110000)");
    std::string ch;
    append_utf8(ch, char32_t(x));
    return make_str(layout_number(0, "", "", false, ch, spec, 0, ',', false));
  }
  int base = 10;
  switch (spec.type) {
    case 'b': base = 2; break;
    case 'o': base = 8; break;
    case 'x': case 'X': base = 16; break;
    default: break;
  }
  std::string text;  // "-0x1f" style
  if (base == 10) {
    Ref s = TRY(int_str(v));  // honours the int max str digits limit
    text = std::string(str_view(s));
  } else {
    text = int_to_string(v, base);
  }
  size_t index = 0;
  char sign_char = 0;
  if (text[0] == '-') {
    sign_char = '-';
    index = 1;
  }
  std::string_view prefix;
  if (base != 10) {
    if (spec.alternate) prefix = std::string_view(text.data() + index, 2);
    index += 2;
  }
  std::string_view digits(text.data() + index, text.size() - index);
  int group = spec.type == 'n' ? 0 : group_size(spec, char(spec.type));
  return make_str(layout_number(sign_char, prefix, digits, false, "", spec, group,
                                spec.grouping ? spec.grouping : ',', spec.type == 'X'));
}

Result<Ref> format_float(double x, std::string_view spec_text) {
  if (spec_text.empty()) return make_str(float_repr(x));
  FormatSpec spec;
  TRY(parse_format_spec(spec_text, "float", 0, '>', &spec));
  switch (spec.type) {
    case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': case '%':
      break;
    default:
      return raise_unknown_format_code(spec.type, "float");
  }
  return finish(format_double_spec(x, spec));
}

Result<Ref> format_float_value(Value v, std::string_view spec_text) {
  if (spec_text.empty()) return str(v);
  const char* tname = type_name(v);
  FormatSpec spec;
  TRY(parse_format_spec(spec_text, tname, 0, '>', &spec));
  switch (spec.type) {
    case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': case '%':
      break;
    default:
      return raise_unknown_format_code(spec.type, tname);
  }
  return finish(format_double_spec(as<Float>(v)->value, spec));
}

// ---- % formatting ------------------------------------------------------------------------

Result<std::string> percent_format_number(Value v, char conv, const PercentSpec& spec) {
  std::string body;
  switch (conv) {
    case 'd': case 'i': case 'u': case 'x': case 'X': case 'o': {
      Ref iv;
      if (is_int(v)) {
        iv = Ref::borrow(v);
      } else {
        TypeObject* t = v.type();
        bool number = t->index || t->to_int || t->to_float;
        Result<Ref> r = kError;
        if (number) {
          if (conv == 'x' || conv == 'X' || conv == 'o') r = index(v);
          else r = number_to_int(v);
        }
        if (!r.ok()) {
          if (number && !error_matches(&exc::TypeError)) return kError;
          if (number) clear_error();
          if (conv == 'x' || conv == 'X' || conv == 'o')
            return raise(exc::TypeError, std::string("%") + conv +
                                             " format: an integer is required, not " +
                                             type_name(v));
          return raise(exc::TypeError, std::string("%") + conv +
                                           " format: a real number is required, not " +
                                           type_name(v));
        }
        iv = r.take();
      }
      int base = (conv == 'x' || conv == 'X') ? 16 : conv == 'o' ? 8 : 10;
      if (base == 10) {
        Ref s = TRY(int_str(iv));
        body = std::string(str_view(s));
      } else {
        body = int_to_string(iv, base);
      }
      size_t nondigits = body[0] == '-' ? 1 : 0;
      if (base != 10) {
        if (!spec.alt) body.erase(nondigits, 2);
        else nondigits += 2;
      }
      int64_t numdigits = int64_t(body.size() - nondigits);
      if (spec.precision > numdigits)
        body.insert(nondigits, size_t(spec.precision - numdigits), '0');
      if (conv == 'X')
        for (char& c : body) c = char(std::toupper(static_cast<unsigned char>(c)));
      break;
    }
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': {
      double x;
      bool okv = TRY(number_as_double(v, &x));
      if (!okv) {
        TypeObject* t = v.type();
        if (t->to_float || t->index) {
          x = TRY(number_to_double(v));
        } else {
          return raise(exc::TypeError, std::string("must be real number, not ") + type_name(v));
        }
      }
      int prec = spec.precision < 0 ? 6 : int(std::min<int64_t>(spec.precision, 1 << 20));
      body = double_to_string(x, conv, prec, spec.alt ? unsigned(kDtsfAlt) : 0u);
      break;
    }
    default:
      return raise(exc::ValueError, std::string("unsupported format character '") + conv + "'");
  }
  // unicode_format_arg_output: sign, alternate prefix, zero or space padding.
  // With '0' the sign and prefix go before the zeros; right padding ('-') is always spaces.
  char fill = spec.zero ? '0' : ' ';
  size_t pindex = 0;
  int64_t len = int64_t(body.size());
  char sign = 0;
  if (body[0] == '-' || body[0] == '+') {
    sign = body[0];
    pindex = 1;
    --len;
  } else if (spec.plus) {
    sign = '+';
  } else if (spec.space) {
    sign = ' ';
  }
  int64_t width = spec.width < len ? len : spec.width;
  std::string out;
  if (sign) {
    if (fill != ' ') out += sign;
    if (width > len) --width;
  }
  bool prefix = spec.alt && (conv == 'x' || conv == 'X' || conv == 'o');
  if (prefix) {
    if (fill != ' ') out.append(body, pindex, 2);
    width -= 2;
    len -= 2;
    pindex += 2;
  }
  if (width > len && !spec.left) {
    out.append(size_t(width - len), fill);
    width = len;
  }
  if (fill == ' ') {
    if (sign) out += sign;
    if (prefix) out.append(body, pindex - 2, 2);
  }
  out.append(body, pindex, std::string::npos);
  if (width > len) out.append(size_t(width - len), ' ');
  return out;
}

}  // namespace weft
