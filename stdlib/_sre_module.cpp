// _sre: the native half of the re module (stdlib/lib/re/ is the Python half).
//   compile(pattern, flags) -> (code, groups, flags, [(name, index), ...])
//                              or (kind, message, pos) on error (kind: 'error'|'overflow'|'value')
//   match(code, string, pos, endpos, mode, must_advance) -> (s0, e0, s1, e1, ..., lastindex) | None
//        (followed by pos, endpos); TypeError when the subject type does not fit the pattern.
//   scan(code, string, pos, endpos, limit) -> list of such tuples: the successive matches that
//        finditer/findall/sub/split see (an empty match right after a match is allowed, an empty
//        match at the same place as the previous empty one is not).
//   findall / split / sub(code, string, template_items, count): the loops of those functions,
//        done here so that no Python code runs per match.
// A code object is immutable, so threads share it without locks.
#include <algorithm>
#include <memory>
#include <mutex>

#include "modules.h"
#include "objects/abstract.h"
#include "objects/args.h"
#include "objects/bytes.h"
#include "objects/exceptions.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "objects/unicode.h"
#include "re_engine.h"

namespace weft {

namespace {

TypeObject CodeType;

struct CodeObject : Object {
  std::shared_ptr<const re::Program> program;
  int groups = 0;
  bool is_bytes = false;
};

void code_dealloc(Object* o) { delete_object(static_cast<CodeObject*>(o)); }

void ready_types() {
  CodeType.name = "_sre.Code";
  CodeType.basic_size = sizeof(CodeObject);
  CodeType.dealloc = code_dealloc;
  type_ready(&CodeType);
}

// The subject of a match: its code points, and how to cut slices of it back out.
struct Subject {
  std::u32string chars;
  bool is_str = false;
  bool ascii = false;      // str only: slices can be cut from the UTF-8 directly
  std::string_view utf8;   // str only
  std::string bytes;       // bytes-like only

  Ref slice(int64_t a, int64_t b) const {
    if (a < 0 || b < a) return none();
    if (!is_str) return make_bytes(std::string_view(bytes).substr(size_t(a), size_t(b - a)));
    if (ascii) return make_str_known(utf8.substr(size_t(a), size_t(b - a)), size_t(b - a), true);
    std::string out;
    bool all_ascii = true;
    for (int64_t i = a; i < b; ++i) {
      if (chars[size_t(i)] >= 128) all_ascii = false;
      unicode::append(out, chars[size_t(i)]);
    }
    return make_str_known(out, size_t(b - a), all_ascii);
  }
  void append_to(std::string& out, int64_t a, int64_t b) const {
    if (!is_str) { out.append(bytes, size_t(a), size_t(b - a)); return; }
    if (ascii) { out.append(utf8.substr(size_t(a), size_t(b - a))); return; }
    for (int64_t i = a; i < b; ++i) unicode::append(out, chars[size_t(i)]);
  }
  Ref make(const std::string& data) const {
    if (!is_str) return make_bytes(data);
    return make_str(data);
  }
};

// str -> code points; bytes-like -> bytes 0..255. False (no error) for other types.
bool load_subject(Value v, Subject* out) {
  if (is_str(v)) {
    Str* st = as<Str>(v);
    out->is_str = true;
    out->ascii = st->ascii;
    out->utf8 = st->view();
    std::string_view sv = st->view();
    out->chars.clear();
    out->chars.reserve(st->length);
    if (st->ascii) {
      for (char c : sv) out->chars.push_back(char32_t(static_cast<unsigned char>(c)));
      return true;
    }
    for (size_t i = 0; i < sv.size();) {
      char32_t c;
      i += unicode::decode(sv.data() + i, &c);
      out->chars.push_back(c);
    }
    return true;
  }
  if (!bytes_like_data(v, &out->bytes)) return false;
  out->is_str = false;
  out->chars.assign(out->bytes.size(), 0);
  for (size_t i = 0; i < out->bytes.size(); ++i)
    out->chars[i] = char32_t(static_cast<unsigned char>(out->bytes[i]));
  return true;
}

Result<CodeObject*> code_arg(Value v) {
  if (!v.is_object() || v.type() != &CodeType) return raise(exc::TypeError, "expected a compiled pattern code");
  return as<CodeObject>(v);
}

// Loads the subject checking it against the pattern type, with CPython's messages.
Status subject_arg(CodeObject* code, Value v, Subject* out) {
  if (!load_subject(v, out))
    return raise(exc::TypeError, std::string("expected string or bytes-like object, got '") + type_name(v) + "'");
  if (out->is_str && code->is_bytes) return raise(exc::TypeError, "cannot use a bytes pattern on a string-like object");
  if (!out->is_str && !code->is_bytes) return raise(exc::TypeError, "cannot use a string pattern on a bytes-like object");
  return ok();
}

Result<int64_t> index_arg(Value v) {
  if (v.is_small_int()) return v.as_small_int();
  if (is_int(v)) {
    int64_t out;
    if (int_to_int64(v, &out)) return out;
    return int_sign(v) < 0 ? INT64_MIN : INT64_MAX;
  }
  return index_to_int64(v);
}

Ref result_tuple(const re::MatchResult& r, int64_t pos, int64_t endpos) {
  size_t n = r.spans.size();
  Ref t = make_tuple(n + 3);
  for (size_t i = 0; i < n; ++i) tuple_init_item(as<Tuple>(t), i, make_int(r.spans[i]));
  tuple_init_item(as<Tuple>(t), n, make_int(r.lastindex));
  tuple_init_item(as<Tuple>(t), n + 1, make_int(pos));
  tuple_init_item(as<Tuple>(t), n + 2, make_int(endpos));
  return t;
}

Result<Ref> m_compile(Value, CallArgs args) {
  TRY(check_nargs(args, "compile", 2, 2));
  Value pat = args[0];
  Subject chars;
  if (!load_subject(pat, &chars)) return raise(exc::TypeError, "first argument must be string or compiled pattern");
  bool is_bytes = !chars.is_str;
  int64_t flags = TRY(index_to_int64(args[1]));
  re::Compiled c;
  re::CompileError err;
  if (!re::compile(chars.chars, is_bytes, int(flags), &c, &err)) {
    const char* kind = err.kind == re::CompileError::kOverflow ? "overflow"
                       : err.kind == re::CompileError::kValue  ? "value"
                                                                : "error";
    Ref k = make_str(kind), msg = make_str(err.msg), pos = err.pos >= 0 ? make_int(err.pos) : none();
    return make_tuple({k.get(), msg.get(), pos.get()});
  }
  CodeObject* code = new_object<CodeObject>(&CodeType);
  code->program = c.program;
  code->groups = c.groups;
  code->is_bytes = is_bytes;
  Ref code_ref = Ref::steal(Value(code));
  Ref names = make_list();
  for (auto& [name, index] : c.names) {
    Ref n = make_str(name), i = make_int(index);
    Ref pair = make_tuple({n.get(), i.get()});
    TRY(list_append(as<List>(names), pair));
  }
  Ref groups = make_int(c.groups), fl = make_int(c.flags);
  return make_tuple({code_ref.get(), groups.get(), fl.get(), names.get()});
}

struct Bounds { int64_t pos, endpos; };

Bounds clamp_bounds(const Subject& s, int64_t pos, int64_t endpos) {
  int64_t n = int64_t(s.chars.size());
  return {std::clamp<int64_t>(pos, 0, n), std::clamp<int64_t>(endpos, 0, n)};
}

Result<Ref> m_match(Value, CallArgs args) {
  TRY(check_nargs(args, "match", 6, 6));
  CodeObject* code = TRY(code_arg(args[0]));
  Subject s;
  TRY(subject_arg(code, args[1], &s));
  int64_t pos = TRY(index_arg(args[2])), endpos = TRY(index_arg(args[3]));
  int64_t mode = TRY(index_to_int64(args[4]));
  bool adv = TRY(truthy(args[5]));
  Bounds b = clamp_bounds(s, pos, endpos);
  if (b.pos > b.endpos) return none();
  re::MatchResult r;
  re::Mode m = mode == 0 ? re::Mode::kMatch : mode == 1 ? re::Mode::kFullMatch : re::Mode::kSearch;
  if (!re::match(*code->program, s.chars.data(), b.pos, b.endpos, m, adv, &r)) return none();
  return result_tuple(r, b.pos, b.endpos);
}

// Calls fn(result) for each successive match (Python's rules for empty matches).
template <class F>
Status each_match(CodeObject* code, const Subject& s, Bounds b, int64_t limit, F fn) {
  bool adv = false;
  int64_t count = 0, pos = b.pos;
  while (pos <= b.endpos && (limit <= 0 || count < limit)) {
    re::MatchResult r;
    if (!re::match(*code->program, s.chars.data(), pos, b.endpos, re::Mode::kSearch, adv, &r)) break;
    TRY(fn(r));
    ++count;
    adv = r.spans[1] == r.spans[0];
    pos = r.spans[1];
  }
  return ok();
}

Result<Ref> m_scan(Value, CallArgs args) {
  TRY(check_nargs(args, "scan", 5, 5));
  CodeObject* code = TRY(code_arg(args[0]));
  Subject s;
  TRY(subject_arg(code, args[1], &s));
  Bounds b = clamp_bounds(s, TRY(index_arg(args[2])), TRY(index_arg(args[3])));
  int64_t limit = TRY(index_arg(args[4]));
  Ref out = make_list();
  TRY(each_match(code, s, b, limit, [&](const re::MatchResult& r) -> Status {
    return list_append(as<List>(out), result_tuple(r, b.pos, b.endpos));
  }));
  return out;
}

// findall(code, string, pos, endpos): group 0, group 1, or tuples of all groups ('' if unset).
Result<Ref> m_findall(Value, CallArgs args) {
  TRY(check_nargs(args, "findall", 4, 4));
  CodeObject* code = TRY(code_arg(args[0]));
  Subject s;
  TRY(subject_arg(code, args[1], &s));
  Bounds b = clamp_bounds(s, TRY(index_arg(args[2])), TRY(index_arg(args[3])));
  Ref out = make_list();
  int groups = code->groups;
  auto item = [&](const re::MatchResult& r, int g) {
    int64_t a = r.spans[size_t(2 * g)], e = r.spans[size_t(2 * g + 1)];
    return a < 0 ? s.slice(0, 0) : s.slice(a, e);
  };
  TRY(each_match(code, s, b, 0, [&](const re::MatchResult& r) -> Status {
    if (groups <= 1) return list_append(as<List>(out), item(r, groups));
    Ref t = make_tuple(size_t(groups));
    for (int g = 1; g <= groups; ++g) tuple_init_item(as<Tuple>(t), size_t(g - 1), item(r, g));
    return list_append(as<List>(out), t);
  }));
  return out;
}

// split(code, string, maxsplit)
Result<Ref> m_split(Value, CallArgs args) {
  TRY(check_nargs(args, "split", 3, 3));
  CodeObject* code = TRY(code_arg(args[0]));
  Subject s;
  TRY(subject_arg(code, args[1], &s));
  int64_t limit = TRY(index_arg(args[2]));
  Ref out = make_list();
  int64_t n = int64_t(s.chars.size()), last = 0;
  TRY(each_match(code, s, Bounds{0, n}, limit, [&](const re::MatchResult& r) -> Status {
    TRY(list_append(as<List>(out), s.slice(last, r.spans[0])));
    for (int g = 1; g <= code->groups; ++g)
      TRY(list_append(as<List>(out), s.slice(r.spans[size_t(2 * g)], r.spans[size_t(2 * g + 1)])));
    last = r.spans[1];
    return ok();
  }));
  TRY(list_append(as<List>(out), s.slice(last, n)));
  return out;
}

// sub(code, string, items, count) -> (result, n); items alternate literal (str/bytes) and
// group index: [lit, g, lit, g, ..., lit].
Result<Ref> m_sub(Value, CallArgs args) {
  TRY(check_nargs(args, "sub", 4, 4));
  CodeObject* code = TRY(code_arg(args[0]));
  Subject s;
  TRY(subject_arg(code, args[1], &s));
  Value items = args[2];
  if (!is_list(items)) return raise(exc::TypeError, "template must be a list");
  std::vector<std::string> lits;
  std::vector<int64_t> refs;
  for (size_t i = 0; i < list_size(items); ++i) {
    Value it = list_item(items, i);
    if (i % 2 == 0) {
      if (is_str(it)) lits.emplace_back(str_view(it));
      else if (is_bytes(it)) lits.emplace_back(as<Bytes>(it)->view());
      else return raise(exc::TypeError, "bad template literal");
    } else {
      refs.push_back(TRY(index_arg(it)));
    }
  }
  int64_t limit = TRY(index_arg(args[3]));
  int64_t n = int64_t(s.chars.size()), last = 0, count = 0;
  std::string out;
  TRY(each_match(code, s, Bounds{0, n}, limit, [&](const re::MatchResult& r) -> Status {
    s.append_to(out, last, r.spans[0]);
    for (size_t i = 0; i < lits.size(); ++i) {
      out += lits[i];
      if (i < refs.size()) {
        int64_t g = refs[i];
        int64_t a = r.spans[size_t(2 * g)], e = r.spans[size_t(2 * g + 1)];
        if (a >= 0) s.append_to(out, a, e);
      }
    }
    last = r.spans[1];
    ++count;
    return ok();
  }));
  s.append_to(out, last, n);
  Ref res = s.make(out), cnt = make_int(count);
  return make_tuple({res.get(), cnt.get()});
}

const MethodDef kFunctions[] = {
    {"compile", m_compile, 0, "compile(pattern, flags) -> compiled code or error description"},
    {"match", m_match, 0, "match(code, string, pos, endpos, mode, must_advance)"},
    {"scan", m_scan, 0, "scan(code, string, pos, endpos, limit) -> list of matches"},
    {"findall", m_findall, 0, "findall(code, string, pos, endpos) -> list"},
    {"split", m_split, 0, "split(code, string, maxsplit) -> list"},
    {"sub", m_sub, 0, "sub(code, string, template_items, count) -> (result, n)"},
    {nullptr, nullptr}};

}  // namespace

Result<Ref> init__sre_module() {
  static std::once_flag once;
  std::call_once(once, ready_types);
  Ref m = make_module("_sre");
  TRY(module_add_functions(m, kFunctions));
  TRY(module_add(m, "MAXREPEAT", make_int(4294967295LL)));
  TRY(module_add(m, "MAXGROUPS", make_int(1073741823LL)));
  return m;
}

}  // namespace weft
