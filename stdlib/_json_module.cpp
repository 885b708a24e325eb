// The _json module: a native JSON scanner (what json.decoder uses when present), producing the
// same values, hook calls and JSONDecodeError messages/positions as json/decoder.py. It works on
// the UTF-8 bytes and converts byte offsets to character indices only for errors and the end.
#include <cmath>
#include <string>

#include "modules.h"
#include "objects/abstract.h"
#include "objects/args.h"
#include "objects/dict.h"
#include "objects/exceptions.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/unicode.h"

namespace weft {

namespace {

struct Scanner {
  std::string_view s;
  Value doc;  // the str being decoded
  bool ascii;
  bool strict;
  Value object_hook, pairs_hook, parse_float, parse_int, parse_constant, errcls;

  // Character index of byte offset `pos`.
  int64_t index_of(size_t pos) const {
    if (ascii) return int64_t(pos);
    return int64_t(unicode::count_code_points(s.substr(0, pos)));
  }

  ErrorMarker error(const char* msg, size_t pos) {
    Ref m = make_str(msg);
    Ref p = make_int(index_of(pos));
    Result<Ref> e = call(errcls, {m, doc, p});
    if (!e.ok()) return kError;
    return raise_value(*e);
  }

  size_t skip_ws(size_t i) const {
    while (i < s.size() && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r')) i++;
    return i;
  }

  static int hexval(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
  }

  // \uXXXX at s[i] == 'u'; -1 if malformed.
  int32_t unicode_escape(size_t i) const {
    if (i + 5 > s.size()) return -1;
    int32_t v = 0;
    for (size_t k = 1; k <= 4; k++) {
      int h = hexval(s[i + k]);
      if (h < 0) return -1;
      v = v * 16 + h;
    }
    return v;
  }

  // s[end-1] is the opening quote.
  Result<Ref> scan_string(size_t end, size_t* out_end) {
    size_t begin = end - 1;
    std::string out;
    size_t n = s.size();
    for (;;) {
      size_t j = end;
      while (j < n) {
        unsigned char c = uint8_t(s[j]);
        if (c == '"' || c == '\\') break;
        if (c < 0x20 && strict) return error("Invalid control character at", j);
        j++;
      }
      out.append(s.data() + end, j - end);
      end = j;
      if (end >= n) return error("Unterminated string starting at", begin);
      if (s[end] == '"') {
        *out_end = end + 1;
        return make_str(out);
      }
      end++;
      if (end >= n) return error("Unterminated string starting at", begin);
      char esc = s[end];
      if (esc != 'u') {
        char r;
        switch (esc) {
          case '"': r = '"'; break;
          case '\\': r = '\\'; break;
          case '/': r = '/'; break;
          case 'b': r = '\b'; break;
          case 'f': r = '\f'; break;
          case 'n': r = '\n'; break;
          case 'r': r = '\r'; break;
          case 't': r = '\t'; break;
          default: return error("Invalid \\escape", end - 1);
        }
        out += r;
        end++;
        continue;
      }
      int32_t uni = unicode_escape(end);
      if (uni < 0) return error("Invalid \\uXXXX escape", end);
      end += 5;
      if (uni >= 0xd800 && uni <= 0xdbff && end + 1 < n && s[end] == '\\' && s[end + 1] == 'u') {
        int32_t uni2 = unicode_escape(end + 1);
        if (uni2 < 0) return error("Invalid \\uXXXX escape", end + 1);
        if (uni2 >= 0xdc00 && uni2 <= 0xdfff) {
          uni = 0x10000 + (((uni - 0xd800) << 10) | (uni2 - 0xdc00));
          end += 6;
        }
      }
      unicode::append(out, char32_t(uni));
    }
  }

  // Null Ref (no error) when there is no number at i.
  Result<Ref> scan_number(size_t idx, size_t* out_end) {
    size_t i = idx, n = s.size();
    if (i < n && s[i] == '-') i++;
    if (i < n && s[i] == '0') {
      i++;
    } else if (i < n && s[i] >= '1' && s[i] <= '9') {
      i++;
      while (i < n && s[i] >= '0' && s[i] <= '9') i++;
    } else {
      return Ref();
    }
    bool is_float = false;
    if (i + 1 < n && s[i] == '.' && s[i + 1] >= '0' && s[i + 1] <= '9') {
      i += 2;
      while (i < n && s[i] >= '0' && s[i] <= '9') i++;
      is_float = true;
    }
    if (i < n && (s[i] == 'e' || s[i] == 'E')) {
      size_t j = i + 1;
      if (j < n && (s[j] == '+' || s[j] == '-')) j++;
      if (j < n && s[j] >= '0' && s[j] <= '9') {
        while (j < n && s[j] >= '0' && s[j] <= '9') j++;
        i = j;
        is_float = true;
      }
    }
    std::string_view text = s.substr(idx, i - idx);
    *out_end = i;
    if (is_float) {
      if (parse_float.is(Value(static_cast<Object*>(&FloatType))))
        return float_from_string(text);
      return call(parse_float, {make_str(text)});
    }
    if (parse_int.is(Value(static_cast<Object*>(&IntType)))) return int_from_string(text, 10);
    return call(parse_int, {make_str(text)});
  }

  Result<Ref> constant(const char* name, size_t len, size_t idx, size_t* out_end) {
    *out_end = idx + len;
    return call(parse_constant, {make_str(name)});
  }

  // Null Ref (no error) when no value starts at idx ("Expecting value" for the caller).
  Result<Ref> scan_once(size_t idx, size_t* out_end) {
    size_t n = s.size();
    if (idx >= n) return Ref();
    std::string_view rest = s.substr(idx);
    switch (s[idx]) {
      case '"': return scan_string(idx + 1, out_end);
      case '{': return scan_object(idx + 1, out_end);
      case '[': return scan_array(idx + 1, out_end);
      case 'n':
        if (rest.starts_with("null")) { *out_end = idx + 4; return none(); }
        break;
      case 't':
        if (rest.starts_with("true")) { *out_end = idx + 4; return make_bool(true); }
        break;
      case 'f':
        if (rest.starts_with("false")) { *out_end = idx + 5; return make_bool(false); }
        break;
      case 'N':
        if (rest.starts_with("NaN")) return constant("NaN", 3, idx, out_end);
        break;
      case 'I':
        if (rest.starts_with("Infinity")) return constant("Infinity", 8, idx, out_end);
        break;
      case '-':
        if (rest.starts_with("-Infinity")) return constant("-Infinity", 9, idx, out_end);
        break;
    }
    return scan_number(idx, out_end);
  }

  Result<Ref> value(size_t idx, size_t* out_end) {
    Ref v = TRY(scan_once(idx, out_end));
    if (!v) return error("Expecting value", idx);
    return v;
  }

  Result<Ref> scan_object(size_t end, size_t* out_end) {
    NativeRecursionGuard guard(" while decoding a JSON object from a unicode string");
    if (!guard.ok()) return kError;
    size_t n = s.size();
    Ref pairs = make_list();
    end = skip_ws(end);
    if (end >= n || s[end] != '"') {
      if (end < n && s[end] == '}') {
        *out_end = end + 1;
        return finish_object(pairs);
      }
      return error("Expecting property name enclosed in double quotes", end);
    }
    end++;
    for (;;) {
      Ref key = TRY(scan_string(end, &end));
      end = skip_ws(end);
      if (end >= n || s[end] != ':') return error("Expecting ':' delimiter", end);
      end = skip_ws(end + 1);
      Ref v = TRY(value(end, &end));
      Ref pair = make_tuple({key, v});
      TRY(list_append(pairs.as<List>(), pair));
      end = skip_ws(end);
      char c = end < n ? s[end] : 0;
      end++;
      if (c == '}') break;
      if (c != ',') return error("Expecting ',' delimiter", end - 1);
      size_t comma = end - 1;
      end = skip_ws(end);
      c = end < n ? s[end] : 0;
      end++;
      if (c != '"') {
        if (c == '}') return error("Illegal trailing comma before end of object", comma);
        return error("Expecting property name enclosed in double quotes", end - 1);
      }
    }
    *out_end = end;
    return finish_object(pairs);
  }

  Result<Ref> finish_object(Ref& pairs) {
    if (!is_none(pairs_hook)) return call(pairs_hook, {pairs});
    Ref d = make_dict();
    for (size_t i = 0; i < list_size(pairs); i++) {
      Value p = list_item(pairs, i);
      TRY(dict_set(d.as<Dict>(), tuple_item(p, 0), tuple_item(p, 1)));
    }
    if (!is_none(object_hook)) return call(object_hook, {d});
    return d;
  }

  Result<Ref> scan_array(size_t end, size_t* out_end) {
    NativeRecursionGuard guard(" while decoding a JSON array from a unicode string");
    if (!guard.ok()) return kError;
    size_t n = s.size();
    Ref values = make_list();
    end = skip_ws(end);
    if (end < n && s[end] == ']') {
      *out_end = end + 1;
      return values;
    }
    for (;;) {
      Ref v = TRY(value(end, &end));
      TRY(list_append(values.as<List>(), v));
      end = skip_ws(end);
      char c = end < n ? s[end] : 0;
      end++;
      if (c == ']') break;
      if (c != ',') return error("Expecting ',' delimiter", end - 1);
      size_t comma = end - 1;
      end = skip_ws(end);
      if (end < n && s[end] == ']') return error("Illegal trailing comma before end of array", comma);
    }
    *out_end = end;
    return values;
  }
};

// scan_once(s, idx, strict, object_hook, object_pairs_hook, parse_float, parse_int,
//           parse_constant, errcls) -> (value, end); raises StopIteration(idx) when no value
// starts at idx, errcls(msg, s, pos) for malformed documents.
Result<Ref> j_scan_once(Value, CallArgs args) {
  TRY(check_nargs(args, "scan_once", 9, 9));
  if (!is_str(args[0])) return raise(exc::TypeError, std::string("first argument must be a string, not ") + type_name(args[0]));
  Scanner sc;
  Str* str = as<Str>(args[0]);
  sc.s = str->view();
  sc.doc = args[0];
  sc.ascii = str->ascii;
  int64_t idx = TRY(index_to_int64(args[1]));
  sc.strict = TRY(truthy(args[2]));
  sc.object_hook = args[3];
  sc.pairs_hook = args[4];
  sc.parse_float = args[5];
  sc.parse_int = args[6];
  sc.parse_constant = args[7];
  sc.errcls = args[8];
  if (idx < 0 || size_t(idx) > str->length) {
    Ref i = make_int(idx);
    return raise_stop_iteration(i);
  }
  size_t pos = sc.ascii ? size_t(idx) : unicode::offset_of(sc.s, size_t(idx));
  size_t end = pos;
  Ref v = TRY(sc.scan_once(pos, &end));
  if (!v) {
    Ref i = make_int(idx);
    return raise_stop_iteration(i);
  }
  Ref e = make_int(sc.index_of(end));
  return make_tuple({v, e});
}

const MethodDef kJsonFunctions[] = {
    {"scan_once", j_scan_once, 0, "Scan one JSON value from a string at an index."},
    {nullptr, nullptr}};

}  // namespace

Result<Ref> init__json_module() {
  Ref m = make_module("_json");
  TRY(module_add_functions(m, kJsonFunctions));
  return m;
}

}  // namespace weft
