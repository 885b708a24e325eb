// String formatting: str.__format__ (the format-spec mini-language for strings), str.format /
// format_map (PEP 3101 fields with attribute/index lookups, conversions and nested specs) and
// printf-style `str % args`. Numbers are rendered by their own __format__ (the num area), so %e
// and friends build the equivalent format spec and call format().
#include <cctype>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <string>

#include "objects/abstract.h"
#include "objects/bytes.h"
#include "objects/exceptions.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/unicode.h"

namespace weft {

namespace {

// ---------------------------------------------------------------------------------------------
// str.__format__

struct StrSpec {
  char32_t fill = ' ';
  char align = 0;
  char sign = 0;
  bool z = false, alt = false;
  int64_t width = -1;
  char grouping = 0;
  int64_t precision = -1;
  std::string type;
};

bool is_align(char32_t c) { return c == '<' || c == '>' || c == '^' || c == '='; }

Result<int64_t> parse_digits(const std::u32string& s, size_t* i) {
  int64_t v = 0;
  size_t start = *i;
  while (*i < s.size() && s[*i] >= '0' && s[*i] <= '9') {
    if (v > (INT64_MAX - 9) / 10) return raise(exc::ValueError, "Too many decimal digits in format string");
    v = v * 10 + (s[*i] - '0');
    ++*i;
  }
  return *i == start ? -1 : v;
}

Status parse_str_spec(Str* spec_s, StrSpec* out) {
  std::u32string s;
  for (size_t i = 0; i < spec_s->byte_length;) {
    char32_t c;
    i += unicode::decode(spec_s->data + i, &c);
    s.push_back(c);
  }
  size_t i = 0;
  bool fill_given = false;
  if (s.size() >= 2 && is_align(s[1])) {
    out->fill = s[0];
    out->align = char(s[1]);
    fill_given = true;
    i = 2;
  } else if (!s.empty() && is_align(s[0])) {
    out->align = char(s[0]);
    i = 1;
  }
  if (i < s.size() && (s[i] == '+' || s[i] == '-' || s[i] == ' ')) out->sign = char(s[i++]);
  if (i < s.size() && s[i] == 'z') { out->z = true; ++i; }
  if (i < s.size() && s[i] == '#') { out->alt = true; ++i; }
  if (!fill_given && i < s.size() && s[i] == '0') {
    out->fill = '0';
    ++i;
  }
  out->width = TRY(parse_digits(s, &i));
  if (i < s.size() && (s[i] == ',' || s[i] == '_')) out->grouping = char(s[i++]);
  if (i < s.size() && s[i] == '.') {
    ++i;
    out->precision = TRY(parse_digits(s, &i));
    if (out->precision < 0) return raise(exc::ValueError, "Format specifier missing precision");
  }
  if (s.size() - i > 1) {
    return raise(exc::ValueError, "Invalid format specifier '" + std::string(spec_s->view()) +
                                      "' for object of type 'str'");
  }
  if (i < s.size()) unicode::append(out->type, s[i]);
  if (out->grouping && (out->type.empty() || out->type == "s")) {
    return raise(exc::ValueError, std::string("Cannot specify '") + out->grouping + "' with 's'.");
  }
  return ok();
}

Result<Ref> pad_to_width(std::string_view body, size_t body_len, const StrSpec& spec, char default_align) {
  if (spec.width <= int64_t(body_len)) return make_str(body);
  size_t pad = size_t(spec.width) - body_len;
  char align = spec.align ? spec.align : default_align;
  size_t left = align == '>' ? pad : align == '^' ? pad / 2 : 0;
  size_t right = pad - left;
  std::string fs;
  unicode::append(fs, spec.fill);
  std::string out;
  out.reserve(body.size() + pad * fs.size());
  for (size_t k = 0; k < left; ++k) out += fs;
  out.append(body);
  for (size_t k = 0; k < right; ++k) out += fs;
  return make_str(out);
}

// ---------------------------------------------------------------------------------------------
// str.format

struct FormatState {
  CallArgs args;     // positional + keywords (kwnames) of the call; nargs = 0 for format_map
  Value mapping;     // format_map's mapping, or null
  bool is_map = false;
  int auto_state = 0;  // 0 init, 1 auto, 2 manual
  int64_t auto_next = 0;
};

// digits only -> value, else -1 (CPython's get_integer).
Result<int64_t> get_integer(std::string_view s) {
  if (s.empty()) return int64_t(-1);
  int64_t v = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return int64_t(-1);
    if (v > (INT64_MAX - 9) / 10) return raise(exc::ValueError, "Too many decimal digits in format string");
    v = v * 10 + (c - '0');
  }
  return v;
}

Result<Ref> lookup_keyword(FormatState& st, std::string_view name) {
  Ref key = make_str(name);
  if (st.is_map) return getitem(st.mapping, key);
  size_t nkw = st.args.nkw();
  for (size_t k = 0; k < nkw; ++k) {
    Value kn = tuple_item(Value(st.args.kwnames), k);
    if (str_view(kn) == name) return Ref::borrow(st.args.kwvalue(k));
  }
  return raise_key_error(key);
}

Result<Ref> get_field_object(FormatState& st, std::string_view field) {
  size_t i = 0;
  while (i < field.size() && field[i] != '.' && field[i] != '[') ++i;
  std::string_view first = field.substr(0, i);
  int64_t idx = TRY(get_integer(first));
  bool empty = first.empty();
  bool numeric = empty || idx != -1;
  if (numeric) {
    if (st.auto_state == 0) st.auto_state = empty ? 1 : 2;
    if (st.auto_state == 2 && empty) {
      return raise(exc::ValueError, "cannot switch from manual field specification to automatic field numbering");
    }
    if (st.auto_state == 1 && !empty) {
      return raise(exc::ValueError, "cannot switch from automatic field numbering to manual field specification");
    }
    if (empty) idx = st.auto_next++;
  }
  Ref obj;
  if (idx == -1) {
    obj = TRY(lookup_keyword(st, first));
  } else {
    if (st.is_map) return raise(exc::ValueError, "Format string contains positional fields");
    if (idx >= int64_t(st.args.nargs)) {
      return raise(exc::IndexError, "Replacement index " + std::to_string(idx) +
                                        " out of range for positional args tuple");
    }
    obj = Ref::borrow(st.args.args[idx]);
  }
  while (i < field.size()) {
    char c = field[i++];
    if (c == '.') {
      size_t j = i;
      while (j < field.size() && field[j] != '.' && field[j] != '[') ++j;
      std::string_view name = field.substr(i, j - i);
      if (name.empty()) return raise(exc::ValueError, "Empty attribute in format string");
      obj = TRY(getattr(obj, intern(name)));
      i = j;
    } else if (c == '[') {
      size_t j = field.find(']', i);
      if (j == std::string_view::npos) return raise(exc::ValueError, "Missing ']' in format string");
      std::string_view name = field.substr(i, j - i);
      if (name.empty()) return raise(exc::ValueError, "Empty attribute in format string");
      int64_t k = TRY(get_integer(name));
      Ref key = k == -1 ? make_str(name) : make_int(k);
      obj = TRY(getitem(obj, key));
      i = j + 1;
    } else {
      return raise(exc::ValueError, "Only '.' or '[' may follow ']' in format field specifier");
    }
  }
  return obj;
}

Status build_string(FormatState& st, std::string_view fmt, int depth, std::string& out);

Status output_markup(FormatState& st, std::string_view field, std::string_view spec, bool expand,
                     char32_t conversion, int depth, std::string& out) {
  Ref obj = TRY(get_field_object(st, field));
  if (conversion) {
    switch (conversion) {
      case 'r': obj = TRY(repr(obj)); break;
      case 's': obj = TRY(str(obj)); break;
      case 'a': obj = TRY(ascii(obj)); break;
      default: {
        std::string msg = "Unknown conversion specifier ";
        if (conversion > 32 && conversion < 127) {
          msg += char(conversion);
        } else {
          char buf[16];
          std::snprintf(buf, sizeof buf, "\\x%x", unsigned(conversion));
          msg += buf;
        }
        return raise(exc::ValueError, msg);
      }
    }
  }
  std::string expanded;
  if (expand) {
    TRY(build_string(st, spec, depth - 1, expanded));
    spec = expanded;
  }
  Ref spec_obj = make_str(spec);
  Ref r;
  if (is_str_exact(obj)) r = TRY(str_format_spec(obj.as<Str>(), spec_obj.as<Str>()));
  else r = TRY(format(obj, spec_obj));
  if (!is_str(r)) return raise(exc::TypeError, "__format__ must return a str");
  out.append(str_view(r));
  return ok();
}

Status build_string(FormatState& st, std::string_view s, int depth, std::string& out) {
  if (depth <= 0) return raise(exc::ValueError, "Max string recursion exceeded");
  size_t i = 0, n = s.size();
  while (i < n) {
    // Literal text up to a brace.
    size_t start = i;
    char c = 0;
    bool markup = false;
    while (i < n) {
      c = s[i++];
      if (c == '{' || c == '}') { markup = true; break; }
    }
    bool at_end = i >= n;
    size_t len = i - start;
    if (markup) {
      if (c == '}' && (at_end || s[i] != '}')) {
        return raise(exc::ValueError, "Single '}' encountered in format string");
      }
      if (at_end && c == '{') return raise(exc::ValueError, "Single '{' encountered in format string");
      if (s[i] == c) {  // escaped brace: literal includes one of them
        ++i;
        out.append(s.substr(start, len));
        continue;
      }
      --len;
    }
    out.append(s.substr(start, len));
    if (!markup) break;
    // Parse the field: name[!conv][:spec]}
    size_t fstart = i;
    c = 0;
    while (i < n) {
      c = s[i++];
      if (c == '{') return raise(exc::ValueError, "unexpected '{' in field name");
      if (c == '[') {
        while (i < n && s[i] != ']') ++i;
        c = 0;
        continue;
      }
      if (c == '}' || c == ':' || c == '!') break;
      c = 0;
    }
    if (c == 0) return raise(exc::ValueError, "expected '}' before end of string");
    std::string_view field = s.substr(fstart, i - 1 - fstart);
    char32_t conversion = 0;
    std::string_view spec;
    bool expand = false;
    if (c == '!' || c == ':') {
      bool done = false;
      if (c == '!') {
        if (i >= n) return raise(exc::ValueError, "end of string while looking for conversion specifier");
        i += unicode::decode(s.data() + i, &conversion);
        if (i < n) {
          char d = s[i++];
          if (d == '}') done = true;
          else if (d != ':') return raise(exc::ValueError, "expected ':' after conversion specifier");
        }
      }
      if (!done) {
        size_t sstart = i;
        int count = 1;
        bool closed = false;
        while (i < n) {
          char d = s[i++];
          if (d == '{') { expand = true; ++count; }
          else if (d == '}') {
            if (--count == 0) { closed = true; break; }
          }
        }
        if (!closed) return raise(exc::ValueError, "unmatched '{' in format spec");
        spec = s.substr(sstart, i - 1 - sstart);
      }
    }
    TRY(output_markup(st, field, spec, expand, conversion, depth, out));
  }
  return ok();
}

// ---------------------------------------------------------------------------------------------
// printf-style formatting

struct PctFlags {
  bool minus = false, plus = false, space = false, alt = false, zero = false;
  int64_t width = -1, prec = -1;
};

void pct_pad(std::string& out, std::string_view body, size_t body_len, const PctFlags& f) {
  if (f.width > int64_t(body_len)) {
    size_t pad = size_t(f.width) - body_len;
    if (f.minus) {
      out.append(body);
      out.append(pad, ' ');
    } else {
      out.append(pad, ' ');
      out.append(body);
    }
  } else {
    out.append(body);
  }
}

// Truncates to prec code points.
std::string_view truncate_cp(std::string_view s, int64_t prec) {
  if (prec < 0) return s;
  size_t off = unicode::offset_of(s, size_t(prec));
  return s.substr(0, off);
}

Result<Ref> pct_int_value(Value v, char conv) {
  if (is_int(v)) return Ref::borrow(v);
  if (conv == 'x' || conv == 'X' || conv == 'o') {
    if (v.is_object() && v.type()->index) return index(v);
    return raise(exc::TypeError, std::string("%") + conv + " format: an integer is required, not " + type_name(v));
  }
  if (is_float(v) || (v.is_object() && v.type()->to_int) || (v.is_object() && v.type()->index)) {
    if (v.is_object() && v.type()->index && !is_float(v)) return index(v);
    return number_to_int(v);
  }
  return raise(exc::TypeError, std::string("%") + conv + " format: a real number is required, not " + type_name(v));
}

Status pct_format_int(std::string& out, Value v, char conv, const PctFlags& f) {
  Ref iv = TRY(pct_int_value(v, conv));
  int base = (conv == 'x' || conv == 'X') ? 16 : conv == 'o' ? 8 : 10;
  std::string digits = int_to_string(iv, base);
  bool neg = !digits.empty() && digits[0] == '-';
  if (neg) digits.erase(0, 1);
  if (base != 10 && digits.size() >= 2 && digits[0] == '0' && (digits[1] == 'x' || digits[1] == 'o')) {
    digits.erase(0, 2);
  }
  if (conv == 'X') for (char& c : digits) c = char(std::toupper(static_cast<unsigned char>(c)));
  if (f.prec > int64_t(digits.size())) digits.insert(0, size_t(f.prec) - digits.size(), '0');
  std::string prefix = neg ? "-" : f.plus ? "+" : f.space ? " " : "";
  if (f.alt && base == 16) prefix += conv == 'X' ? "0X" : "0x";
  if (f.alt && base == 8) prefix += "0o";
  if (f.zero && !f.minus && f.width > int64_t(prefix.size() + digits.size())) {
    digits.insert(0, size_t(f.width) - prefix.size() - digits.size(), '0');
  }
  std::string body = prefix + digits;
  pct_pad(out, body, body.size(), f);
  return ok();
}

Status pct_format_float(std::string& out, Value v, char conv, const PctFlags& f) {
  double d;
  if (is_float(v)) {
    d = float_value(v);
  } else if (is_int(v)) {
    d = TRY(int_to_double(v));
  } else if (v.is_object() && (v.type()->to_float || v.type()->index)) {
    d = TRY(number_to_double(v));
  } else {
    return raise(exc::TypeError, std::string("must be real number, not ") + type_name(v));
  }
  std::string spec;
  if (f.minus) spec += '<';
  if (f.plus) spec += '+';
  else if (f.space) spec += ' ';
  if (f.alt) spec += '#';
  if (f.zero && !f.minus && std::isfinite(d)) spec += '0';
  if (f.width >= 0) spec += std::to_string(f.width);
  spec += '.';
  spec += std::to_string(f.prec >= 0 ? f.prec : 6);
  spec += conv;
  Ref fv = make_float(d);
  Ref specs = make_str(spec);
  Ref r = TRY(format(fv, specs));
  out.append(str_view(r));
  return ok();
}

}  // namespace

Result<Ref> str_format_spec(Str* s, Str* spec_s) {
  if (spec_s->byte_length == 0) {
    if (s->type == &StrType) return Ref::borrow(Value(s));
    return make_str_known(s->view(), s->length, s->ascii);
  }
  StrSpec spec;
  TRY(parse_str_spec(spec_s, &spec));
  if (!spec.type.empty() && spec.type != "s") {
    return raise(exc::ValueError, "Unknown format code '" + spec.type + "' for object of type 'str'");
  }
  if (spec.sign) return raise(exc::ValueError, "Sign not allowed in string format specifier");
  if (spec.z) return raise(exc::ValueError, "Negative zero coercion (z) not allowed in string format specifier");
  if (spec.alt) return raise(exc::ValueError, "Alternate form (#) not allowed in string format specifier");
  if (spec.align == '=') return raise(exc::ValueError, "'=' alignment not allowed in string format specifier");
  std::string_view body = s->view();
  size_t len = s->length;
  if (spec.precision >= 0 && size_t(spec.precision) < len) {
    body = truncate_cp(body, spec.precision);
    len = size_t(spec.precision);
  }
  return pad_to_width(body, len, spec, '<');
}

Result<Ref> str_format_call(Str* fmt, CallArgs args) {
  FormatState st;
  st.args = args;
  std::string out;
  TRY(build_string(st, fmt->view(), 2, out));
  return make_str(out);
}

Result<Ref> str_format_map(Str* fmt, Value mapping) {
  FormatState st;
  st.mapping = mapping;
  st.is_map = true;
  std::string out;
  TRY(build_string(st, fmt->view(), 2, out));
  return make_str(out);
}

namespace {

// printf-style formatting of `fmt` into `out`. bytes_mode: fmt and out are raw bytes (bytes %
// args): %s/%b take bytes-like objects or __bytes__, %r/%a give ascii(), %c a byte.
Status percent_format(std::string_view fmt, Value args, bool bytes_mode, std::string& out) {
  // CPython's argument cursor: a tuple is consumed item by item; any other object (and the value
  // of a %(key) lookup) counts as exactly one argument.
  Ref cur = Ref::borrow(args);
  int64_t arglen = -1, argidx = -2;
  if (is_tuple(args)) {
    arglen = int64_t(tuple_size(args));
    argidx = 0;
  }
  // A mapping argument (anything subscriptable that is not a tuple or str) enables %(key)s.
  Value dict;
  if (!is_tuple(args) && !is_str(args) && args.is_object() && args.type()->getitem) dict = args;
  auto next_arg = [&]() -> Result<Ref> {
    if (argidx < arglen) {
      ++argidx;
      if (arglen < 0) return cur;
      return Ref::borrow(tuple_item(cur, size_t(argidx - 1)));
    }
    return raise(exc::TypeError, "not enough arguments for format string");
  };
  out.reserve(fmt.size() + 16);
  size_t i = 0, n = fmt.size();
  while (i < n) {
    size_t pct = fmt.find('%', i);
    if (pct == std::string_view::npos) {
      out.append(fmt.substr(i));
      break;
    }
    out.append(fmt.substr(i, pct - i));
    i = pct + 1;
    if (i >= n) return raise(exc::ValueError, "incomplete format");
    if (fmt[i] == '%') {
      out += '%';
      ++i;
      continue;
    }
    Ref value;
    if (fmt[i] == '(') {
      if (!dict) return raise(exc::TypeError, "format requires a mapping");
      int depth = 1;
      size_t kstart = ++i;
      while (i < n && depth > 0) {
        if (fmt[i] == '(') ++depth;
        else if (fmt[i] == ')') --depth;
        ++i;
      }
      if (depth > 0) return raise(exc::ValueError, "incomplete format key");
      Ref key = make_str(fmt.substr(kstart, i - 1 - kstart));
      cur = TRY(getitem(dict, key));
      arglen = -1;
      argidx = -2;
    }
    PctFlags f;
    for (; i < n; ++i) {
      char c = fmt[i];
      if (c == '-') f.minus = true;
      else if (c == '+') f.plus = true;
      else if (c == ' ') f.space = true;
      else if (c == '#') f.alt = true;
      else if (c == '0') f.zero = true;
      else break;
    }
    if (i < n && fmt[i] == '*') {
      Ref w = TRY(next_arg());
      if (!is_int(w)) return raise(exc::TypeError, "* wants int");
      int64_t wv;
      if (!int_to_int64(w, &wv)) return raise(exc::ValueError, "width too big");
      if (wv < 0) {
        f.minus = true;
        wv = -wv;
      }
      f.width = wv;
      ++i;
    } else {
      while (i < n && fmt[i] >= '0' && fmt[i] <= '9') {
        f.width = (f.width < 0 ? 0 : f.width) * 10 + (fmt[i] - '0');
        if (f.width > INT32_MAX) return raise(exc::ValueError, "width too big");
        ++i;
      }
    }
    if (i < n && fmt[i] == '.') {
      ++i;
      f.prec = 0;
      if (i < n && fmt[i] == '*') {
        Ref p = TRY(next_arg());
        if (!is_int(p)) return raise(exc::TypeError, "* wants int");
        int64_t pv;
        if (!int_to_int64(p, &pv)) return raise(exc::ValueError, "precision too big");
        f.prec = pv < 0 ? 0 : pv;
        ++i;
      } else {
        while (i < n && fmt[i] >= '0' && fmt[i] <= '9') {
          f.prec = f.prec * 10 + (fmt[i] - '0');
          if (f.prec > INT32_MAX) return raise(exc::ValueError, "precision too big");
          ++i;
        }
      }
    }
    while (i < n && (fmt[i] == 'h' || fmt[i] == 'l' || fmt[i] == 'L')) ++i;
    if (i >= n) return raise(exc::ValueError, "incomplete format");
    char32_t conv;
    size_t clen = bytes_mode ? 1 : unicode::decode(fmt.data() + i, &conv);
    if (bytes_mode) conv = static_cast<unsigned char>(fmt[i]);
    size_t conv_pos = i;
    i += clen;
    if (conv == '%') {
      out += '%';
      continue;
    }
    {
      if (conv == 's' || conv == 'b' || conv == 'r' || conv == 'a' || conv == 'c' || conv == 'd' || conv == 'i' || conv == 'u' ||
          conv == 'x' || conv == 'X' || conv == 'o' || conv == 'e' || conv == 'E' || conv == 'f' || conv == 'F' ||
          conv == 'g' || conv == 'G') {
        value = TRY(next_arg());
      }
    }
    switch (conv) {
      case 'b':
        if (!bytes_mode) goto unsupported;
        [[fallthrough]];
      case 's': case 'r': case 'a': {
        if (bytes_mode) {
          std::string data;
          if (conv == 'r' || conv == 'a') {
            Ref a = TRY(ascii(value));
            data = std::string(str_view(a));
          } else if (!bytes_like_data(value, &data)) {
            Ref b = TRY(call_special_opt(value, intern("__bytes__"), {}));
            if (!b || !is_bytes(b)) {
              return raise(exc::TypeError, std::string("%b requires a bytes-like object, or an object that "
                                                       "implements __bytes__, not '") + type_name(value) + "'");
            }
            data = std::string(as<Bytes>(b.get())->view());
          }
          if (f.prec >= 0 && size_t(f.prec) < data.size()) data.resize(size_t(f.prec));
          pct_pad(out, data, data.size(), f);
          break;
        }
        Ref s = conv == 's' ? TRY(str(value)) : conv == 'r' ? TRY(repr(value)) : TRY(ascii(value));
        std::string_view body = truncate_cp(str_view(s), f.prec);
        pct_pad(out, body, unicode::count_code_points(body), f);
        break;
      }
      case 'c': {
        std::string ch;
        if (bytes_mode) {
          std::string one;
          if (bytes_like_data(value, &one) && one.size() == 1) {
            ch = one;
          } else if (is_int(value)) {
            int64_t cv;
            if (!int_to_int64(value, &cv) || cv < 0 || cv > 255) {
              return raise(exc::OverflowError, "%c arg not in range(256)");
            }
            ch = std::string(1, char(cv));
          } else {
            return raise(exc::TypeError, "%c requires an integer in range(256) or a single byte");
          }
          pct_pad(out, ch, 1, f);
          break;
        }
        if (is_str(value)) {
          if (as<Str>(value)->length != 1) return raise(exc::TypeError, "%c requires int or char");
          ch = std::string(str_view(value));
        } else if (is_int(value)) {
          int64_t cv;
          if (!int_to_int64(value, &cv) || cv < 0 || cv > 0x10FFFF) {
            return raise(exc::OverflowError, "%c arg not in range(0x110000)");
          }
          unicode::append(ch, char32_t(cv));
        } else {
          return raise(exc::TypeError, "%c requires int or char");
        }
        pct_pad(out, ch, 1, f);
        break;
      }
      case 'd': case 'i': case 'u':
        TRY(pct_format_int(out, value, conv == 'u' ? 'd' : char(conv), f));
        break;
      case 'x': case 'X': case 'o':
        TRY(pct_format_int(out, value, char(conv), f));
        break;
      case 'e': case 'E': case 'f': case 'F': case 'g': case 'G':
        TRY(pct_format_float(out, value, char(conv), f));
        break;
      default:
      unsupported: {
        std::string ch;
        unicode::append(ch, conv);
        char buf[32];
        std::snprintf(buf, sizeof buf, "0x%x", unsigned(conv));
        size_t index = unicode::count_code_points(fmt.substr(0, conv_pos));
        return raise(exc::ValueError, "unsupported format character '" + ch + "' (" + buf + ") at index " +
                                          std::to_string(index));
      }
    }
  }
  if (argidx < arglen && !dict) {
    return raise(exc::TypeError, std::string("not all arguments converted during ") +
                                     (bytes_mode ? "bytes" : "string") + " formatting");
  }
  return ok();
}

}  // namespace

Result<Ref> str_percent_format(Str* fmt, Value args) {
  std::string out;
  TRY(percent_format(fmt->view(), args, false, out));
  return make_str(out);
}

Result<Ref> bytes_percent_format(std::string_view fmt, Value args) {
  std::string out;
  TRY(percent_format(fmt, args, true, out));
  return make_bytes(out);
}

}  // namespace weft
