// The methods of str (the table at the end reads like the type's documentation).
#include <algorithm>
#include <cstring>
#include <string>
#include <vector>

#include "objects/abstract.h"
#include "objects/args.h"
#include "objects/bytes.h"
#include "objects/dict.h"
#include "objects/exceptions.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/slice.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/unicode.h"

namespace weft {

Result<Ref> str_method_getnewargs(Value self, CallArgs args);  // str.cpp

namespace {

// ---------------------------------------------------------------------------------------------
// Argument helpers with CPython's messages

// METH_NOARGS: "str.upper() takes no arguments (1 given)"
Status no_args(CallArgs a, const char* qualname) {
  if (a.nkw()) return raise(exc::TypeError, std::string(qualname) + "() takes no keyword arguments");
  if (a.nargs) {
    return raise(exc::TypeError, std::string(qualname) + "() takes no arguments (" + std::to_string(a.nargs) + " given)");
  }
  return ok();
}

// METH_O: "str.zfill() takes exactly one argument (0 given)"
Status one_arg(CallArgs a, const char* qualname) {
  if (a.nkw()) return raise(exc::TypeError, std::string(qualname) + "() takes no keyword arguments");
  if (a.nargs != 1) {
    return raise(exc::TypeError,
                 std::string(qualname) + "() takes exactly one argument (" + std::to_string(a.nargs) + " given)");
  }
  return ok();
}

// Positional-only (Argument Clinic): "center expected at least 1 argument, got 0"
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

inline Value arg(CallArgs a, size_t i) { return i < a.nargs ? a.args[i] : Value(); }

Result<Str*> str_arg(Value v, const char* fname, int argno) {
  if (!is_str(v)) {
    return raise(exc::TypeError, std::string(fname) + "() argument " + std::to_string(argno) + " must be str, not " +
                                     type_name(v));
  }
  return as<Str>(v);
}

Result<int64_t> int_arg(Value v) {
  if (v.is_small_int()) return v.as_small_int();
  return index_to_int64(v);
}

// Optional slice bound (start/end of find, count, startswith, ...).
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

// CPython's ADJUST_INDICES.
void adjust(int64_t* start, int64_t* end, int64_t len) {
  if (*end > len) *end = len;
  else if (*end < 0) { *end += len; if (*end < 0) *end = 0; }
  if (*start < 0) { *start += len; if (*start < 0) *start = 0; }
}

Ref new_str(const std::string& s) { return make_str(s); }

// Code points of a str: direct bytes for ASCII, decoded otherwise.
struct Text {
  Str* s;
  std::u32string u;
  explicit Text(Str* str) : s(str) {
    if (!s->ascii) {
      u.reserve(s->length);
      for (size_t i = 0; i < s->byte_length;) {
        char32_t c;
        i += unicode::decode(s->data + i, &c);
        u.push_back(c);
      }
    }
  }
  size_t size() const { return s->length; }
  char32_t operator[](size_t i) const { return s->ascii ? char32_t((unsigned char)s->data[i]) : u[i]; }
  Ref sub(size_t a, size_t b) const {
    if (s->ascii) return make_str_known(std::string_view(s->data + a, b - a), b - a, true);
    std::string out;
    bool ascii = true;
    for (size_t i = a; i < b; ++i) {
      unicode::append(out, u[i]);
      ascii &= u[i] < 0x80;
    }
    return make_str_known(out, b - a, ascii);
  }
};

// Byte offsets of code points [start, end) in s.
void byte_range(Str* s, int64_t start, int64_t end, size_t* b0, size_t* b1) {
  if (s->ascii) { *b0 = size_t(start); *b1 = size_t(end); return; }
  *b0 = str_offset(s, size_t(start));
  *b1 = *b0 + unicode::offset_of(std::string_view(s->data + *b0, s->byte_length - *b0), size_t(end - start));
}

int64_t cp_index(Str* s, size_t byte_off) {
  if (s->ascii) return int64_t(byte_off);
  return int64_t(unicode::count_code_points(std::string_view(s->data, byte_off)));
}

Str* self_str(Value self) { return as<Str>(self); }

// ---------------------------------------------------------------------------------------------
// Searching

enum class FindKind { Find, RFind, Index, RIndex };

Result<Ref> do_find(Value self, CallArgs a, const char* name, FindKind kind) {
  TRY(pos_args(a, name, 1, 3));
  Str* s = self_str(self);
  Str* sub = TRY(str_arg(a[0], name, 1));
  int64_t start = TRY(bound_arg(arg(a, 1), 0));
  int64_t end = TRY(bound_arg(arg(a, 2), INT64_MAX));
  int64_t len = int64_t(s->length);
  adjust(&start, &end, len);
  int64_t result = -1;
  if (start <= len && end - start >= int64_t(sub->length)) {
    size_t b0, b1;
    byte_range(s, start, end, &b0, &b1);
    std::string_view hay(s->data + b0, b1 - b0);
    size_t pos = (kind == FindKind::Find || kind == FindKind::Index) ? hay.find(sub->view()) : hay.rfind(sub->view());
    if (pos != std::string_view::npos) result = cp_index(s, b0 + pos);
  }
  if (result < 0 && (kind == FindKind::Index || kind == FindKind::RIndex)) {
    return raise(exc::ValueError, "substring not found");
  }
  return make_int(result);
}

Result<Ref> m_find(Value self, CallArgs a) { return do_find(self, a, "find", FindKind::Find); }
Result<Ref> m_rfind(Value self, CallArgs a) { return do_find(self, a, "rfind", FindKind::RFind); }
Result<Ref> m_index(Value self, CallArgs a) { return do_find(self, a, "index", FindKind::Index); }
Result<Ref> m_rindex(Value self, CallArgs a) { return do_find(self, a, "rindex", FindKind::RIndex); }

size_t count_in(std::string_view hay, std::string_view needle, int64_t maxcount) {
  size_t n = 0;
  for (size_t pos = 0; (maxcount < 0 || int64_t(n) < maxcount);) {
    pos = hay.find(needle, pos);
    if (pos == std::string_view::npos) break;
    ++n;
    pos += needle.size();
  }
  return n;
}

Result<Ref> m_count(Value self, CallArgs a) {
  TRY(pos_args(a, "count", 1, 3));
  Str* s = self_str(self);
  Str* sub = TRY(str_arg(a[0], "count", 1));
  int64_t start = TRY(bound_arg(arg(a, 1), 0));
  int64_t end = TRY(bound_arg(arg(a, 2), INT64_MAX));
  int64_t len = int64_t(s->length);
  adjust(&start, &end, len);
  if (start > len || end < start) return make_int(0);
  if (sub->length == 0) return make_int(end - start + 1);
  size_t b0, b1;
  byte_range(s, start, end, &b0, &b1);
  return make_int(int64_t(count_in(std::string_view(s->data + b0, b1 - b0), sub->view(), -1)));
}

Result<Ref> starts_ends(Value self, CallArgs a, const char* name, bool ends) {
  TRY(pos_args(a, name, 1, 3));
  Str* s = self_str(self);
  int64_t start = TRY(bound_arg(arg(a, 1), 0));
  int64_t end = TRY(bound_arg(arg(a, 2), INT64_MAX));
  int64_t len = int64_t(s->length);
  adjust(&start, &end, len);
  auto test = [&](Str* x) -> bool {
    if (start > len) return false;
    if (end - start < int64_t(x->length)) return false;
    size_t b0, b1;
    byte_range(s, start, end, &b0, &b1);
    std::string_view hay(s->data + b0, b1 - b0);
    std::string_view nv = x->view();
    return ends ? hay.substr(hay.size() - nv.size()) == nv : hay.substr(0, nv.size()) == nv;
  };
  Value prefix = a[0];
  if (is_tuple(prefix)) {
    for (size_t i = 0; i < tuple_size(prefix); ++i) {
      Value item = tuple_item(prefix, i);
      if (!is_str(item)) {
        return raise(exc::TypeError, std::string("tuple for ") + name + " must only contain str, not " + type_name(item));
      }
      if (test(as<Str>(item))) return make_bool(true);
    }
    return make_bool(false);
  }
  if (!is_str(prefix)) {
    return raise(exc::TypeError, std::string(name) + " first arg must be str or a tuple of str, not " + type_name(prefix));
  }
  return make_bool(test(as<Str>(prefix)));
}

Result<Ref> m_startswith(Value self, CallArgs a) { return starts_ends(self, a, "startswith", false); }
Result<Ref> m_endswith(Value self, CallArgs a) { return starts_ends(self, a, "endswith", true); }

// ---------------------------------------------------------------------------------------------
// Case

enum class CaseOp { Lower, Upper, Fold, Swap, Title, Capitalize };

// Final sigma rule (Unicode 3.13 Final_Sigma): preceded by a cased letter, not followed by one
// (case-ignorable characters skipped both ways).
bool final_sigma(const Text& t, size_t i) {
  size_t j = i;
  bool before = false;
  while (j > 0) {
    char32_t c = t[--j];
    if (unicode::is_case_ignorable(c)) continue;
    before = unicode::is_cased(c);
    break;
  }
  if (!before) return false;
  for (size_t k = i + 1; k < t.size(); ++k) {
    char32_t c = t[k];
    if (unicode::is_case_ignorable(c)) continue;
    return !unicode::is_cased(c);
  }
  return true;
}

Ref case_map(Str* s, CaseOp op) {
  if (s->ascii) {
    std::string out(s->view());
    bool prev_cased = false;
    for (size_t i = 0; i < out.size(); ++i) {
      char c = out[i];
      bool up = c >= 'A' && c <= 'Z', lo = c >= 'a' && c <= 'z';
      switch (op) {
        case CaseOp::Lower: case CaseOp::Fold: if (up) c += 32; break;
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
      out[i] = c;
    }
    return make_str_known(out, s->length, true);
  }
  Text t(s);
  std::string out;
  out.reserve(s->byte_length);
  bool prev_cased = false;
  char32_t buf[3];
  for (size_t i = 0; i < t.size(); ++i) {
    char32_t c = t[i];
    int n = 1;
    buf[0] = c;
    auto lower = [&]() {
      if (c == 0x3A3) { buf[0] = final_sigma(t, i) ? 0x3C2 : 0x3C3; n = 1; }
      else n = unicode::to_lower(c, buf);
    };
    switch (op) {
      case CaseOp::Lower: lower(); break;
      case CaseOp::Upper: n = unicode::to_upper(c, buf); break;
      case CaseOp::Fold: n = unicode::to_fold(c, buf); break;
      case CaseOp::Swap:
        if (unicode::is_upper(c)) lower();
        else if (unicode::is_lower(c)) n = unicode::to_upper(c, buf);
        break;
      case CaseOp::Title:
        if (prev_cased) lower();
        else n = unicode::to_title(c, buf);
        prev_cased = unicode::is_cased(c);
        break;
      case CaseOp::Capitalize:
        if (i == 0) n = unicode::to_title(c, buf);
        else lower();
        break;
    }
    for (int k = 0; k < n; ++k) unicode::append(out, buf[k]);
  }
  return make_str(out);
}

Result<Ref> m_lower(Value self, CallArgs a) { TRY(no_args(a, "str.lower")); return case_map(self_str(self), CaseOp::Lower); }
Result<Ref> m_upper(Value self, CallArgs a) { TRY(no_args(a, "str.upper")); return case_map(self_str(self), CaseOp::Upper); }
Result<Ref> m_casefold(Value self, CallArgs a) { TRY(no_args(a, "str.casefold")); return case_map(self_str(self), CaseOp::Fold); }
Result<Ref> m_swapcase(Value self, CallArgs a) { TRY(no_args(a, "str.swapcase")); return case_map(self_str(self), CaseOp::Swap); }
Result<Ref> m_title(Value self, CallArgs a) { TRY(no_args(a, "str.title")); return case_map(self_str(self), CaseOp::Title); }
Result<Ref> m_capitalize(Value self, CallArgs a) {
  TRY(no_args(a, "str.capitalize"));
  return case_map(self_str(self), CaseOp::Capitalize);
}

// ---------------------------------------------------------------------------------------------
// Predicates

template <class Pred>
Result<Ref> all_chars(Value self, CallArgs a, const char* qual, Pred pred, bool empty_result = false) {
  TRY(no_args(a, qual));
  Str* s = self_str(self);
  if (s->length == 0) return make_bool(empty_result);
  for (size_t i = 0; i < s->byte_length;) {
    char32_t c;
    i += unicode::decode(s->data + i, &c);
    if (!pred(c)) return make_bool(false);
  }
  return make_bool(true);
}

Result<Ref> m_isalpha(Value self, CallArgs a) { return all_chars(self, a, "str.isalpha", unicode::is_alpha); }
Result<Ref> m_isalnum(Value self, CallArgs a) { return all_chars(self, a, "str.isalnum", unicode::is_alnum); }
Result<Ref> m_isdigit(Value self, CallArgs a) { return all_chars(self, a, "str.isdigit", unicode::is_digit); }
Result<Ref> m_isdecimal(Value self, CallArgs a) { return all_chars(self, a, "str.isdecimal", unicode::is_decimal); }
Result<Ref> m_isnumeric(Value self, CallArgs a) { return all_chars(self, a, "str.isnumeric", unicode::is_numeric); }
Result<Ref> m_isspace(Value self, CallArgs a) { return all_chars(self, a, "str.isspace", unicode::is_space); }
Result<Ref> m_isprintable(Value self, CallArgs a) {
  return all_chars(self, a, "str.isprintable", unicode::is_printable, true);
}
Result<Ref> m_isascii(Value self, CallArgs a) {
  TRY(no_args(a, "str.isascii"));
  return make_bool(self_str(self)->ascii);
}

Result<Ref> m_islower(Value self, CallArgs a) {
  TRY(no_args(a, "str.islower"));
  Text t(self_str(self));
  bool cased = false;
  for (size_t i = 0; i < t.size(); ++i) {
    char32_t c = t[i];
    if (unicode::is_upper(c) || unicode::is_title(c)) return make_bool(false);
    if (!cased && unicode::is_lower(c)) cased = true;
  }
  return make_bool(cased);
}

Result<Ref> m_isupper(Value self, CallArgs a) {
  TRY(no_args(a, "str.isupper"));
  Text t(self_str(self));
  bool cased = false;
  for (size_t i = 0; i < t.size(); ++i) {
    char32_t c = t[i];
    if (unicode::is_lower(c) || unicode::is_title(c)) return make_bool(false);
    if (!cased && unicode::is_upper(c)) cased = true;
  }
  return make_bool(cased);
}

Result<Ref> m_istitle(Value self, CallArgs a) {
  TRY(no_args(a, "str.istitle"));
  Text t(self_str(self));
  bool cased = false, prev_cased = false;
  for (size_t i = 0; i < t.size(); ++i) {
    char32_t c = t[i];
    if (unicode::is_upper(c) || unicode::is_title(c)) {
      if (prev_cased) return make_bool(false);
      prev_cased = true;
      cased = true;
    } else if (unicode::is_lower(c)) {
      if (!prev_cased) return make_bool(false);
      prev_cased = true;
      cased = true;
    } else {
      prev_cased = false;
    }
  }
  return make_bool(cased);
}

Result<Ref> m_isidentifier(Value self, CallArgs a) {
  TRY(no_args(a, "str.isidentifier"));
  Text t(self_str(self));
  if (t.size() == 0 || !unicode::is_xid_start(t[0])) return make_bool(false);
  for (size_t i = 1; i < t.size(); ++i) {
    if (!unicode::is_xid_continue(t[i])) return make_bool(false);
  }
  return make_bool(true);
}

// ---------------------------------------------------------------------------------------------
// Padding

Result<char32_t> fill_arg(Value v) {
  if (!v) return char32_t(' ');
  if (!is_str(v)) {
    return raise(exc::TypeError, std::string("The fill character must be a unicode character, not ") + type_name(v));
  }
  Str* f = as<Str>(v);
  if (f->length != 1) return raise(exc::TypeError, "The fill character must be exactly one character long");
  return str_char_at(f, 0);
}

Ref pad(Str* s, int64_t left, int64_t right, char32_t fill) {
  std::string fs;
  unicode::append(fs, fill);
  std::string out;
  out.reserve(s->byte_length + size_t(left + right) * fs.size());
  for (int64_t i = 0; i < left; ++i) out += fs;
  out.append(s->view());
  for (int64_t i = 0; i < right; ++i) out += fs;
  return make_str_known(out, s->length + size_t(left + right), s->ascii && fill < 0x80);
}

Result<Ref> justify(Value self, CallArgs a, const char* name, int mode) {
  TRY(pos_args(a, name, 1, 2));
  int64_t width = TRY(int_arg(a[0]));
  char32_t fill = TRY(fill_arg(arg(a, 1)));
  Str* s = self_str(self);
  int64_t len = int64_t(s->length);
  if (width <= len) {
    if (is_str_exact(self)) return Ref::borrow(self);
    return make_str_known(s->view(), s->length, s->ascii);
  }
  int64_t marg = width - len;
  int64_t left;
  if (mode < 0) left = 0;
  else if (mode > 0) left = marg;
  else left = marg / 2 + (marg & width & 1);
  return pad(s, left, marg - left, fill);
}

Result<Ref> m_ljust(Value self, CallArgs a) { return justify(self, a, "ljust", -1); }
Result<Ref> m_rjust(Value self, CallArgs a) { return justify(self, a, "rjust", 1); }
Result<Ref> m_center(Value self, CallArgs a) { return justify(self, a, "center", 0); }

Result<Ref> m_zfill(Value self, CallArgs a) {
  TRY(one_arg(a, "str.zfill"));
  int64_t width = TRY(int_arg(a[0]));
  Str* s = self_str(self);
  int64_t len = int64_t(s->length);
  if (width <= len) {
    if (is_str_exact(self)) return Ref::borrow(self);
    return make_str_known(s->view(), s->length, s->ascii);
  }
  int64_t fill = width - len;
  std::string out;
  std::string_view v = s->view();
  size_t start = 0;
  if (!v.empty() && (v[0] == '+' || v[0] == '-')) {
    out += v[0];
    start = 1;
  }
  out.append(size_t(fill), '0');
  out.append(v.substr(start));
  return make_str_known(out, size_t(width), s->ascii);
}

Result<Ref> m_expandtabs(Value self, CallArgs a) {
  Value tabsize_v;
  TRY(parse_args(a, "expandtabs", {"tabsize"}, 0, {&tabsize_v}));
  int64_t tabsize = 8;
  if (tabsize_v) tabsize = TRY(int_arg(tabsize_v));
  Text t(self_str(self));
  std::string out;
  int64_t col = 0;
  for (size_t i = 0; i < t.size(); ++i) {
    char32_t c = t[i];
    if (c == '\t') {
      if (tabsize > 0) {
        int64_t n = tabsize - col % tabsize;
        out.append(size_t(n), ' ');
        col += n;
      }
    } else {
      unicode::append(out, c);
      ++col;
      if (c == '\n' || c == '\r') col = 0;
    }
  }
  return new_str(out);
}

// ---------------------------------------------------------------------------------------------
// Strip, split, partition, replace, join

Result<Ref> do_strip(Value self, CallArgs a, const char* name, bool left, bool right) {
  TRY(pos_args(a, name, 0, 1));
  Value chars = arg(a, 0);
  Str* s = self_str(self);
  Text t(s);
  std::u32string set;
  bool ws = !chars || is_none(chars);
  if (!ws) {
    if (!is_str(chars)) return raise(exc::TypeError, std::string(name) + " arg must be None or str");
    Text ct(as<Str>(chars));
    for (size_t i = 0; i < ct.size(); ++i) set.push_back(ct[i]);
  }
  auto strip_it = [&](char32_t c) { return ws ? unicode::is_space(c) : set.find(c) != std::u32string::npos; };
  size_t i = 0, j = t.size();
  if (left) while (i < j && strip_it(t[i])) ++i;
  if (right) while (j > i && strip_it(t[j - 1])) --j;
  if (i == 0 && j == t.size() && is_str_exact(self)) return Ref::borrow(self);
  return t.sub(i, j);
}

Result<Ref> m_strip(Value self, CallArgs a) { return do_strip(self, a, "strip", true, true); }
Result<Ref> m_lstrip(Value self, CallArgs a) { return do_strip(self, a, "lstrip", true, false); }
Result<Ref> m_rstrip(Value self, CallArgs a) { return do_strip(self, a, "rstrip", false, true); }

Result<Ref> substr_bytes(Str* s, size_t b0, size_t b1) {
  std::string_view v(s->data + b0, b1 - b0);
  if (s->ascii) return make_str_known(v, v.size(), true);
  return make_str(v);
}

Result<Ref> do_split(Value self, CallArgs a, const char* name, bool reverse) {
  Value sep_v, maxsplit_v;
  TRY(parse_args(a, name, {"sep", "maxsplit"}, 0, {&sep_v, &maxsplit_v}));
  int64_t maxsplit = -1;
  if (maxsplit_v) maxsplit = TRY(int_arg(maxsplit_v));
  if (maxsplit < 0) maxsplit = INT64_MAX;
  Str* s = self_str(self);
  Ref result = make_list();
  List* out = result.as<List>();
  if (!sep_v || is_none(sep_v)) {
    Text t(s);
    std::vector<std::pair<size_t, size_t>> parts;
    int64_t n = int64_t(t.size());
    if (!reverse) {
      int64_t i = 0;
      while (true) {
        while (i < n && unicode::is_space(t[size_t(i)])) ++i;
        if (i >= n) break;
        if (int64_t(parts.size()) >= maxsplit) {
          parts.push_back({size_t(i), size_t(n)});  // the rest, trailing whitespace included
          break;
        }
        int64_t j = i;
        while (j < n && !unicode::is_space(t[size_t(j)])) ++j;
        parts.push_back({size_t(i), size_t(j)});
        i = j;
      }
    } else {
      int64_t j = n;
      while (true) {
        while (j > 0 && unicode::is_space(t[size_t(j - 1)])) --j;
        if (j <= 0) break;
        if (int64_t(parts.size()) >= maxsplit) {
          parts.push_back({0, size_t(j)});  // the rest, leading whitespace included
          break;
        }
        int64_t i = j;
        while (i > 0 && !unicode::is_space(t[size_t(i - 1)])) --i;
        parts.push_back({size_t(i), size_t(j)});
        j = i;
      }
      std::reverse(parts.begin(), parts.end());
    }
    for (auto& [i, j] : parts) {
      Ref piece = t.sub(i, j);
      TRY(list_append(out, piece));
    }
    return result;
  }
  if (!is_str(sep_v)) return raise(exc::TypeError, std::string("must be str or None, not ") + type_name(sep_v));
  std::string_view sep = str_view(sep_v);
  if (sep.empty()) return raise(exc::ValueError, "empty separator");
  std::string_view v = s->view();
  std::vector<std::pair<size_t, size_t>> parts;  // byte ranges
  if (!reverse) {
    size_t pos = 0;
    int64_t count = 0;
    while (count < maxsplit) {
      size_t f = v.find(sep, pos);
      if (f == std::string_view::npos) break;
      parts.push_back({pos, f});
      pos = f + sep.size();
      ++count;
    }
    parts.push_back({pos, v.size()});
  } else {
    size_t end = v.size();
    int64_t count = 0;
    while (count < maxsplit && end >= sep.size()) {
      size_t f = v.rfind(sep, end - sep.size());
      if (f == std::string_view::npos) break;
      parts.push_back({f + sep.size(), end});
      end = f;
      ++count;
    }
    parts.push_back({0, end});
    std::reverse(parts.begin(), parts.end());
  }
  if (parts.size() == 1 && is_str_exact(self)) {
    TRY(list_append(out, self));
    return result;
  }
  for (auto& [b0, b1] : parts) {
    Ref piece = TRY(substr_bytes(s, b0, b1));
    TRY(list_append(out, piece));
  }
  return result;
}

Result<Ref> m_split(Value self, CallArgs a) { return do_split(self, a, "split", false); }
Result<Ref> m_rsplit(Value self, CallArgs a) { return do_split(self, a, "rsplit", true); }

Result<Ref> m_splitlines(Value self, CallArgs a) {
  Value keep_v;
  TRY(parse_args(a, "splitlines", {"keepends"}, 0, {&keep_v}));
  bool keepends = false;
  if (keep_v) keepends = TRY(truthy(keep_v));
  Text t(self_str(self));
  Ref result = make_list();
  size_t n = t.size(), i = 0;
  while (i < n) {
    size_t j = i;
    while (j < n && !unicode::is_linebreak(t[j])) ++j;
    size_t eol = j;
    if (j < n) {
      if (t[j] == '\r' && j + 1 < n && t[j + 1] == '\n') j += 2;
      else ++j;
      if (keepends) eol = j;
    }
    Ref piece = t.sub(i, eol);
    TRY(list_append(result.as<List>(), piece));
    i = j;
  }
  return result;
}

Result<Ref> do_partition(Value self, CallArgs a, const char* qual, bool reverse) {
  TRY(one_arg(a, qual));
  Value sep_v = a[0];
  if (!is_str(sep_v)) return raise(exc::TypeError, std::string("must be str, not ") + type_name(sep_v));
  std::string_view sep = str_view(sep_v);
  if (sep.empty()) return raise(exc::ValueError, "empty separator");
  Str* s = self_str(self);
  std::string_view v = s->view();
  size_t f = reverse ? v.rfind(sep) : v.find(sep);
  Ref empty = Ref::borrow(Value(ids::empty));
  if (f == std::string_view::npos) {
    Ref whole = is_str_exact(self) ? Ref::borrow(self) : make_str_known(v, s->length, s->ascii);
    if (reverse) return make_tuple({empty.get(), empty.get(), whole.get()});
    return make_tuple({whole.get(), empty.get(), empty.get()});
  }
  Ref before = TRY(substr_bytes(s, 0, f));
  Ref after = TRY(substr_bytes(s, f + sep.size(), v.size()));
  return make_tuple({before.get(), sep_v, after.get()});
}

Result<Ref> m_partition(Value self, CallArgs a) { return do_partition(self, a, "str.partition", false); }
Result<Ref> m_rpartition(Value self, CallArgs a) { return do_partition(self, a, "str.rpartition", true); }

Result<Ref> m_replace(Value self, CallArgs a) {
  Value old_v, new_v, count_v;
  if (a.nargs < 2) {
    return raise(exc::TypeError, "replace() takes at least 2 positional arguments (" + std::to_string(a.nargs) + " given)");
  }
  TRY(parse_args(a, "replace", {"/old", "/new", "count"}, 2, {&old_v, &new_v, &count_v}));
  Str* old_s = TRY(str_arg(old_v, "replace", 1));
  Str* new_s = TRY(str_arg(new_v, "replace", 2));
  int64_t count = -1;
  if (count_v) count = TRY(int_arg(count_v));
  Str* s = self_str(self);
  if (count < 0) count = INT64_MAX;
  std::string_view v = s->view(), ov = old_s->view(), nv = new_s->view();
  if (count == 0) {
    return is_str_exact(self) ? Ref::borrow(self) : make_str_known(v, s->length, s->ascii);
  }
  std::string out;
  if (ov.empty()) {
    // Insert `new` before every character and at the end (at most count times).
    int64_t done = 0;
    size_t i = 0;
    while (i <= v.size()) {
      if (done < count) {
        out.append(nv);
        ++done;
      }
      if (i == v.size()) break;
      size_t n = unicode::seq_len((unsigned char)v[i]);
      out.append(v.substr(i, n));
      i += n;
    }
    return new_str(out);
  }
  size_t pos = 0;
  int64_t done = 0;
  bool any = false;
  while (done < count) {
    size_t f = v.find(ov, pos);
    if (f == std::string_view::npos) break;
    out.append(v.substr(pos, f - pos));
    out.append(nv);
    pos = f + ov.size();
    ++done;
    any = true;
  }
  if (!any) return is_str_exact(self) ? Ref::borrow(self) : make_str_known(v, s->length, s->ascii);
  out.append(v.substr(pos));
  return new_str(out);
}

Result<Ref> m_join(Value self, CallArgs a) {
  TRY(one_arg(a, "str.join"));
  return str_join(self_str(self), a[0]);
}

Result<Ref> m_removeprefix(Value self, CallArgs a) {
  TRY(one_arg(a, "str.removeprefix"));
  if (!is_str(a[0])) {
    return raise(exc::TypeError, std::string("removeprefix() argument must be str, not ") + type_name(a[0]));
  }
  Str* s = self_str(self);
  Str* p = as<Str>(a[0]);
  if (p->byte_length && s->view().substr(0, p->byte_length) == p->view()) {
    return substr_bytes(s, p->byte_length, s->byte_length);
  }
  return is_str_exact(self) ? Ref::borrow(self) : make_str_known(s->view(), s->length, s->ascii);
}

Result<Ref> m_removesuffix(Value self, CallArgs a) {
  TRY(one_arg(a, "str.removesuffix"));
  if (!is_str(a[0])) {
    return raise(exc::TypeError, std::string("removesuffix() argument must be str, not ") + type_name(a[0]));
  }
  Str* s = self_str(self);
  Str* p = as<Str>(a[0]);
  if (p->byte_length && p->byte_length <= s->byte_length &&
      s->view().substr(s->byte_length - p->byte_length) == p->view()) {
    return substr_bytes(s, 0, s->byte_length - p->byte_length);
  }
  return is_str_exact(self) ? Ref::borrow(self) : make_str_known(s->view(), s->length, s->ascii);
}

// ---------------------------------------------------------------------------------------------
// encode, translate, maketrans, format

Result<Ref> m_encode(Value self, CallArgs a) {
  Value enc, err;
  TRY(parse_args(a, "encode", {"encoding", "errors"}, 0, {&enc, &err}));
  if (enc && !is_str(enc)) {
    return raise(exc::TypeError, std::string("encode() argument 'encoding' must be str, not ") + type_name(enc));
  }
  if (err && !is_str(err)) {
    return raise(exc::TypeError, std::string("encode() argument 'errors' must be str, not ") + type_name(err));
  }
  return str_encode(self_str(self), enc ? str_view(enc) : "utf-8", err ? str_view(err) : "strict");
}

Result<Ref> m_translate(Value self, CallArgs a) {
  TRY(one_arg(a, "str.translate"));
  Value table = a[0];
  Text t(self_str(self));
  std::string out;
  for (size_t i = 0; i < t.size(); ++i) {
    char32_t c = t[i];
    Ref key = make_int(int64_t(c));
    Result<Ref> r = getitem(table, key);
    if (!r.ok()) {
      if (error_matches(&exc::LookupError)) {
        clear_error();
        unicode::append(out, c);
        continue;
      }
      return kError;
    }
    Ref m = r.take();
    if (is_none(m)) continue;
    if (is_int(m)) {
      int64_t x;
      if (!int_to_int64(m, &x) || x < 0 || x > 0x10FFFF) {
        return raise(exc::ValueError, "character mapping must be in range(0x110000)");
      }
      unicode::append(out, char32_t(x));
    } else if (is_str(m)) {
      out.append(str_view(m));
    } else {
      return raise(exc::TypeError, "character mapping must return integer, None or str");
    }
  }
  return new_str(out);
}

Result<Ref> m_maketrans(Value, CallArgs a) {
  TRY(pos_args(a, "maketrans", 1, 3));
  Ref result = make_dict();
  Dict* d = result.as<Dict>();
  if (a.nargs == 1) {
    Value x = a[0];
    if (!is_dict(x)) return raise(exc::TypeError, "if you give only one argument to maketrans it must be a dict");
    size_t pos = 0;
    Value k, v;
    while (dict_next(as<Dict>(x), &pos, &k, &v)) {
      if (is_str(k)) {
        Str* ks = as<Str>(k);
        if (ks->length != 1) return raise(exc::ValueError, "string keys in translate table must be of length 1");
        Ref key = make_int(int64_t(str_char_at(ks, 0)));
        TRY(dict_set(d, key, v));
      } else if (is_int(k)) {
        TRY(dict_set(d, k, v));
      } else {
        return raise(exc::TypeError, "keys in translate table must be strings or integers");
      }
    }
    return result;
  }
  Value x = a[0], y = a[1];
  if (!is_str(x)) return raise(exc::TypeError, std::string("maketrans() argument 1 must be str, not ") + type_name(x));
  if (!is_str(y)) return raise(exc::TypeError, std::string("maketrans() argument 2 must be str, not ") + type_name(y));
  Text tx(as<Str>(x)), ty(as<Str>(y));
  if (tx.size() != ty.size()) {
    return raise(exc::ValueError, "the first two maketrans arguments must have equal length");
  }
  for (size_t i = 0; i < tx.size(); ++i) {
    Ref k = make_int(int64_t(tx[i]));
    Ref v = make_int(int64_t(ty[i]));
    TRY(dict_set(d, k, v));
  }
  if (a.nargs == 3) {
    Value z = a[2];
    if (!is_str(z)) return raise(exc::TypeError, std::string("maketrans() argument 3 must be str, not ") + type_name(z));
    Text tz(as<Str>(z));
    for (size_t i = 0; i < tz.size(); ++i) {
      Ref k = make_int(int64_t(tz[i]));
      TRY(dict_set(d, k, None()));
    }
  }
  return result;
}

Result<Ref> m_format(Value self, CallArgs a) { return str_format_call(self_str(self), a); }

Result<Ref> m_format_map(Value self, CallArgs a) {
  TRY(one_arg(a, "str.format_map"));
  return str_format_map(self_str(self), a[0]);
}

Result<Ref> m_dunder_format(Value self, CallArgs a) {
  TRY(one_arg(a, "str.__format__"));
  if (!is_str(a[0])) {
    return raise(exc::TypeError, std::string("__format__() argument must be str, not ") + type_name(a[0]));
  }
  return str_format_spec(self_str(self), as<Str>(a[0]));
}

Result<Ref> m_sizeof(Value self, CallArgs a) {
  TRY(no_args(a, "str.__sizeof__"));
  Str* s = self_str(self);
  return make_int(int64_t(sizeof(Str) + s->byte_length));
}

}  // namespace

// ---------------------------------------------------------------------------------------------

Result<Ref> str_join(Str* sep, Value iterable) {
  Ref seq;
  if (is_list(iterable) || is_tuple(iterable)) {
    seq = Ref::borrow(iterable);
  } else {
    Result<Ref> it = get_iter(iterable);
    if (!it.ok()) {
      if (error_matches(&exc::TypeError)) {
        clear_error();
        return raise(exc::TypeError, "can only join an iterable");
      }
      return kError;
    }
    seq = TRY(list_from_iterable(iterable));
  }
  // Snapshot the items (a list may change while we look at them).
  std::vector<Ref> items;
  if (is_tuple(seq)) {
    size_t n = tuple_size(seq);
    items.reserve(n);
    for (size_t i = 0; i < n; ++i) items.push_back(Ref::borrow(tuple_item(seq, i)));
  } else {
    List* l = seq.as<List>();
    CriticalSection cs(l);
    items.reserve(l->size);
    for (size_t i = 0; i < l->size; ++i) items.push_back(Ref::borrow(l->items[i]));
  }
  if (items.size() == 1 && is_str_exact(items[0])) return items[0];
  size_t total = 0, length = 0;
  bool ascii = sep->ascii;
  for (size_t i = 0; i < items.size(); ++i) {
    if (!is_str(items[i])) {
      return raise(exc::TypeError, "sequence item " + std::to_string(i) + ": expected str instance, " +
                                       type_name(items[i]) + " found");
    }
    Str* s = items[i].as<Str>();
    total += s->byte_length;
    length += s->length;
    ascii &= s->ascii;
  }
  if (items.empty()) return Ref::borrow(Value(ids::empty));
  total += sep->byte_length * (items.size() - 1);
  length += sep->length * (items.size() - 1);
  Ref r = str_alloc(total, length, ascii);
  char* d = r.as<Str>()->data;
  for (size_t i = 0; i < items.size(); ++i) {
    if (i) {
      std::memcpy(d, sep->data, sep->byte_length);
      d += sep->byte_length;
    }
    Str* s = items[i].as<Str>();
    std::memcpy(d, s->data, s->byte_length);
    d += s->byte_length;
  }
  return r;
}

extern const MethodDef kStrMethods[] = {
    {"capitalize", m_capitalize, 0, "Return a capitalized version of the string."},
    {"casefold", m_casefold, 0, "Return a version of the string suitable for caseless comparisons."},
    {"center", m_center, 0, "Return a centered string of length width."},
    {"count", m_count, 0, "Return the number of non-overlapping occurrences of substring sub."},
    {"encode", m_encode, 0, "Encode the string using the codec registered for encoding."},
    {"endswith", m_endswith, 0, "Return True if the string ends with the specified suffix, False otherwise."},
    {"expandtabs", m_expandtabs, 0, "Return a copy where all tab characters are expanded using spaces."},
    {"find", m_find, 0, "Return the lowest index in S where substring sub is found."},
    {"format", m_format, 0, "Return a formatted version of the string."},
    {"format_map", m_format_map, 0, "Return a formatted version of the string, using substitutions from mapping."},
    {"index", m_index, 0, "Like find(), but raise ValueError when the substring is not found."},
    {"isalnum", m_isalnum, 0, "Return True if the string is an alpha-numeric string, False otherwise."},
    {"isalpha", m_isalpha, 0, "Return True if the string is an alphabetic string, False otherwise."},
    {"isascii", m_isascii, 0, "Return True if all characters in the string are ASCII, False otherwise."},
    {"isdecimal", m_isdecimal, 0, "Return True if the string is a decimal string, False otherwise."},
    {"isdigit", m_isdigit, 0, "Return True if the string is a digit string, False otherwise."},
    {"isidentifier", m_isidentifier, 0, "Return True if the string is a valid Python identifier, False otherwise."},
    {"islower", m_islower, 0, "Return True if the string is a lowercase string, False otherwise."},
    {"isnumeric", m_isnumeric, 0, "Return True if the string is a numeric string, False otherwise."},
    {"isprintable", m_isprintable, 0, "Return True if all characters in the string are printable, False otherwise."},
    {"isspace", m_isspace, 0, "Return True if the string is a whitespace string, False otherwise."},
    {"istitle", m_istitle, 0, "Return True if the string is a title-cased string, False otherwise."},
    {"isupper", m_isupper, 0, "Return True if the string is an uppercase string, False otherwise."},
    {"join", m_join, 0, "Concatenate any number of strings."},
    {"ljust", m_ljust, 0, "Return a left-justified string of length width."},
    {"lower", m_lower, 0, "Return a copy of the string converted to lowercase."},
    {"lstrip", m_lstrip, 0, "Return a copy of the string with leading whitespace removed."},
    {"maketrans", m_maketrans, MethodDef::kStaticMethod, "Return a translation table usable for str.translate()."},
    {"partition", m_partition, 0, "Partition the string into three parts using the given separator."},
    {"removeprefix", m_removeprefix, 0, "Return a str with the given prefix string removed if present."},
    {"removesuffix", m_removesuffix, 0, "Return a str with the given suffix string removed if present."},
    {"replace", m_replace, 0, "Return a copy with all occurrences of substring old replaced by new."},
    {"rfind", m_rfind, 0, "Return the highest index in S where substring sub is found."},
    {"rindex", m_rindex, 0, "Like rfind(), but raise ValueError when the substring is not found."},
    {"rjust", m_rjust, 0, "Return a right-justified string of length width."},
    {"rpartition", m_rpartition, 0, "Partition the string into three parts using the given separator."},
    {"rsplit", m_rsplit, 0, "Return a list of the substrings in the string, using sep as the separator string."},
    {"rstrip", m_rstrip, 0, "Return a copy of the string with trailing whitespace removed."},
    {"split", m_split, 0, "Return a list of the substrings in the string, using sep as the separator string."},
    {"splitlines", m_splitlines, 0, "Return a list of the lines in the string, breaking at line boundaries."},
    {"startswith", m_startswith, 0, "Return True if the string starts with the specified prefix, False otherwise."},
    {"strip", m_strip, 0, "Return a copy of the string with leading and trailing whitespace removed."},
    {"swapcase", m_swapcase, 0, "Convert uppercase characters to lowercase and lowercase characters to uppercase."},
    {"title", m_title, 0, "Return a version of the string where each word is titlecased."},
    {"translate", m_translate, 0, "Replace each character in the string using the given translation table."},
    {"upper", m_upper, 0, "Return a copy of the string converted to uppercase."},
    {"zfill", m_zfill, 0, "Pad a numeric string with zeros on the left, to fill a field of the given width."},
    {"__format__", m_dunder_format, 0, "Return a formatted version of the string as described by format_spec."},
    {"__getnewargs__", str_method_getnewargs},
    {"__sizeof__", m_sizeof, 0, "Return the size of the string in memory, in bytes."},
    {nullptr},
};

}  // namespace weft
