// The builtins module: the built-in functions, constants, types and exceptions.
//
// The built-in types are found by name among the types readied at start-up
// (ProcessState::types), so that this file does not depend on each type's C++ symbol.
#include "builtins_module.h"

#include <unistd.h>

#include <cmath>
#include <cstring>

#include "concurrency/blocking.h"
#include "modules.h"
#include "objects/abstract.h"
#include "objects/args.h"
#include "objects/bytes.h"
#include "objects/descriptors.h"
#include "objects/dict.h"
#include "objects/exceptions.h"
#include "objects/fileio.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/iterobject.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "vm/import.h"
#include "vm/interpreter.h"
#include "vm/run.h"
#include "vm/state.h"

namespace weft {

StructSeqType VersionInfoType, FlagsType, FloatInfoType, ImplementationType, StructTimeType;
StructSeqType IntInfoType, HashInfoType, ThreadInfoType;

namespace {

TypeObject QuitterType;  // _sitebuiltins.Quitter: exit / quit

struct Quitter : Object {
  const char* name;
};

std::string kw_name(CallArgs args, size_t i) {
  return std::string(str_view(Value(args.kwnames->items[i])));
}

ErrorMarker unexpected_kw(const char* fname, CallArgs args, size_t i) {
  return raise(exc::TypeError, std::string(fname) + "() got an unexpected keyword argument '" +
                                   kw_name(args, i) + "'");
}

ErrorMarker attr_name_error(Value name) {
  return raise(exc::TypeError, std::string("attribute name must be string, not '") + type_name(name) + "'");
}

Status no_kwargs(CallArgs args, const char* fname) {
  if (args.kwnames && args.nkw() > 0) return check_no_kwargs(args, fname);
  return ok();
}

Result<Ref> sys_attr(Str* name) {
  InterpreterState* interp = current_interp();
  if (!interp->sys) return Ref();
  Ref r = TRY(getattr_opt(interp->sys, name));
  return r;
}

// --- print / input ---------------------------------------------------------------------------

Result<Ref> b_print(Value self, CallArgs args) {
  Value sep, end, file, flush;
  for (size_t i = 0; i < args.nkw(); ++i) {
    std::string k = kw_name(args, i);
    Value v = args.kwvalue(i);
    if (k == "sep") sep = v;
    else if (k == "end") end = v;
    else if (k == "file") file = v;
    else if (k == "flush") flush = v;
    else return unexpected_kw("print", args, i);
  }
  if (sep && !is_none(sep) && !is_str(sep))
    return raise(exc::TypeError, std::string("sep must be None or a string, not ") + type_name(sep));
  if (end && !is_none(end) && !is_str(end))
    return raise(exc::TypeError, std::string("end must be None or a string, not ") + type_name(end));
  Ref target;
  if (!file || is_none(file)) {
    target = TRY(sys_attr(ids::stdout));
    if (!target) return raise(exc::RuntimeError, "lost sys.stdout");
    if (is_none(target)) return none();
  } else {
    target = Ref::borrow(file);
  }
  std::string_view sep_s = (sep && !is_none(sep)) ? str_view(sep) : std::string_view(" ");
  std::string_view end_s = (end && !is_none(end)) ? str_view(end) : std::string_view("\n");
  if (is_file_object(target) && !as<FileObject>(target)->binary) {
    // One write of the whole line: cheaper, and lines from several threads never interleave.
    std::string line;
    for (size_t i = 0; i < args.nargs; ++i) {
      if (i) line.append(sep_s);
      Value v = args[i];
      if (is_str_exact(v)) {
        line.append(str_view(v));
      } else {
        auto s = str(v);
        if (!s) {
          // As CPython, what was printed before the failing argument is written out.
          Ref err = fetch_error();
          if (!file_write_str(target, line)) return kError;
          restore_error(std::move(err));
          return kError;
        }
        line.append(str_view(*s));
      }
    }
    line.append(end_s);
    TRY(file_write_str(target, line));
  } else {
    Ref write = TRY(getattr(target, ids::write));
    for (size_t i = 0; i < args.nargs; ++i) {
      if (i) {
        Ref s = make_str(sep_s);
        TRY(call(write, {s.get()}));
      }
      Ref s = TRY(str(args[i]));
      TRY(call(write, {s.get()}));
    }
    Ref e = make_str(end_s);
    TRY(call(write, {e.get()}));
  }
  if (flush && TRY(truthy(flush))) {
    if (is_file_object(target)) TRY(file_flush(target));
    else TRY(call_method(target, ids::flush, {}));
  }
  return none();
}

Status flush_stdout() {
  Ref out = TRY(sys_attr(ids::stdout));
  if (!out || is_none(out)) return ok();
  if (is_file_object(out)) {
    if (as<FileObject>(out)->closed) return ok();
    return file_flush(out);
  }
  TRY(call_method(out, ids::flush, {}));
  return ok();
}

Result<Ref> b_input(Value self, CallArgs args) {
  TRY(no_kwargs(args, "input"));
  TRY(check_nargs(args, "input", 0, 1));
  Ref in = TRY(sys_attr(ids::stdin));
  if (!in || is_none(in)) return raise(exc::RuntimeError, "input(): lost sys.stdin");
  Ref out = TRY(sys_attr(ids::stdout));
  if (!out || is_none(out)) return raise(exc::RuntimeError, "input(): lost sys.stdout");
  TRY(flush_stdout());
  if (args.nargs == 1 && !is_none(args[0])) {
    Ref prompt = TRY(str(args[0]));
    if (is_file_object(out)) TRY(file_write_str(out, str_view(prompt)));
    else TRY(call_method(out, ids::write, {prompt.get()}));
    TRY(flush_stdout());
  }
  Ref line;
  if (is_file_object(in)) line = TRY(file_readline(in, -1));
  else line = TRY(call_method(in, ids::readline, {}));
  if (!is_str(line)) return raise(exc::TypeError, "object.readline() returned non-string");
  std::string_view s = str_view(line);
  if (s.empty()) return raise(exc::EOFError, "EOF when reading a line");
  if (s.back() == '\n') s.remove_suffix(1);
  return make_str(s);
}

// --- simple functions -------------------------------------------------------------------------

Result<Ref> b_len(Value self, CallArgs args) {
  TRY(no_kwargs(args, "len"));
  if (args.nargs != 1)
    return raise(exc::TypeError, "len() takes exactly one argument (" + std::to_string(args.nargs) + " given)");
  int64_t n = TRY(length(args[0]));
  return make_int(n);
}

Result<Ref> b_abs(Value self, CallArgs args) {
  TRY(no_kwargs(args, "abs"));
  if (args.nargs != 1)
    return raise(exc::TypeError, "abs() takes exactly one argument (" + std::to_string(args.nargs) + " given)");
  Value v = args[0];
  TypeObject* t = v.type();
  if (!t->abs) return raise(exc::TypeError, std::string("bad operand type for abs(): '") + type_name(v) + "'");
  return t->abs(v);
}

Result<Ref> all_any(CallArgs args, const char* name, bool want) {
  TRY(no_kwargs(args, name));
  if (args.nargs != 1)
    return raise(exc::TypeError, std::string(name) + "() takes exactly one argument (" + std::to_string(args.nargs) + " given)");
  Ref it = TRY(get_iter(args[0]));
  for (;;) {
    Ref item = TRY(iter_next(it));
    if (!item) break;
    if (TRY(truthy(item)) == want) return make_bool(want);
  }
  return make_bool(!want);
}
Result<Ref> b_all(Value self, CallArgs args) { return all_any(args, "all", false); }
Result<Ref> b_any(Value self, CallArgs args) { return all_any(args, "any", true); }

Result<Ref> b_isinstance(Value self, CallArgs args) {
  TRY(no_kwargs(args, "isinstance"));
  TRY(check_nargs(args, "isinstance", 2, 2));
  return make_bool(TRY(isinstance(args[0], args[1])));
}

Result<Ref> b_issubclass(Value self, CallArgs args) {
  TRY(no_kwargs(args, "issubclass"));
  TRY(check_nargs(args, "issubclass", 2, 2));
  return make_bool(TRY(issubclass(args[0], args[1])));
}

Result<Ref> b_hasattr(Value self, CallArgs args) {
  TRY(no_kwargs(args, "hasattr"));
  TRY(check_nargs(args, "hasattr", 2, 2));
  if (!is_str(args[1])) return attr_name_error(args[1]);
  return make_bool(TRY(hasattr(args[0], as<Str>(args[1]))));
}

Result<Ref> b_getattr(Value self, CallArgs args) {
  TRY(no_kwargs(args, "getattr"));
  TRY(check_nargs(args, "getattr", 2, 3));
  if (!is_str(args[1])) return attr_name_error(args[1]);
  if (args.nargs == 3) {
    Ref r = TRY(getattr_opt(args[0], as<Str>(args[1])));
    if (!r) return Ref::borrow(args[2]);
    return r;
  }
  return getattr(args[0], as<Str>(args[1]));
}

Result<Ref> b_setattr(Value self, CallArgs args) {
  TRY(no_kwargs(args, "setattr"));
  TRY(check_nargs(args, "setattr", 3, 3));
  if (!is_str(args[1])) return attr_name_error(args[1]);
  TRY(setattr(args[0], as<Str>(args[1]), args[2]));
  return none();
}

Result<Ref> b_delattr(Value self, CallArgs args) {
  TRY(no_kwargs(args, "delattr"));
  TRY(check_nargs(args, "delattr", 2, 2));
  if (!is_str(args[1])) return attr_name_error(args[1]);
  TRY(delattr(args[0], as<Str>(args[1])));
  return none();
}

Result<Ref> one_arg(CallArgs args, const char* name) {
  TRY(no_kwargs(args, name));
  if (args.nargs != 1)
    return raise(exc::TypeError, std::string(name) + "() takes exactly one argument (" + std::to_string(args.nargs) + " given)");
  return Ref::borrow(args[0]);
}

Result<Ref> b_repr(Value self, CallArgs args) { Ref v = TRY(one_arg(args, "repr")); return repr(v); }
Result<Ref> b_ascii(Value self, CallArgs args) { Ref v = TRY(one_arg(args, "ascii")); return ascii(v); }
Result<Ref> b_callable(Value self, CallArgs args) {
  Ref v = TRY(one_arg(args, "callable"));
  return make_bool(is_callable(v));
}

Result<Ref> b_id(Value self, CallArgs args) {
  Ref v = TRY(one_arg(args, "id"));
  // Object addresses are even; a small int's tagged word is odd, so ids never collide.
  return make_int(int64_t(v.get().raw()));
}

Result<Ref> b_hash(Value self, CallArgs args) {
  Ref v = TRY(one_arg(args, "hash"));
  int64_t h = TRY(hash(v));
  return make_int(h);
}

Result<Ref> b_iter(Value self, CallArgs args) {
  TRY(no_kwargs(args, "iter"));
  TRY(check_nargs(args, "iter", 1, 2));
  if (args.nargs == 1) return get_iter(args[0]);
  if (!is_callable(args[0])) return raise(exc::TypeError, "iter(v, w): v must be callable");
  return make_callable_iter(args[0], args[1]);
}

Result<Ref> b_next(Value self, CallArgs args) {
  TRY(no_kwargs(args, "next"));
  TRY(check_nargs(args, "next", 1, 2));
  Value it = args[0];
  if (!it.type()->iternext)
    return raise(exc::TypeError, std::string("'") + type_name(it) + "' object is not an iterator");
  Ref r = TRY(iter_next(it));
  if (r) return r;
  if (args.nargs == 2) return Ref::borrow(args[1]);
  return raise(exc::StopIteration);
}

Result<Ref> b_aiter(Value self, CallArgs args) {
  Ref v = TRY(one_arg(args, "aiter"));
  Ref r = TRY(call_special_opt(v, intern("__aiter__"), {}));
  if (!r) return raise(exc::TypeError, std::string("'") + type_name(v) + "' object is not an async iterable");
  return r;
}

Result<Ref> b_anext(Value self, CallArgs args) {
  TRY(no_kwargs(args, "anext"));
  TRY(check_nargs(args, "anext", 1, 2));
  Ref r = TRY(call_special_opt(args[0], intern("__anext__"), {}));
  if (!r) return raise(exc::TypeError, std::string("'") + type_name(args[0]) + "' object is not an async iterator");
  return r;
}

Result<Ref> b_ord(Value self, CallArgs args) {
  Ref v = TRY(one_arg(args, "ord"));
  if (is_str(v)) {
    Str* s = v.as<Str>();
    if (s->length != 1) {
      return raise(exc::TypeError, "ord() expected a character, but string of length " +
                                       std::to_string(s->length) + " found");
    }
    const unsigned char* p = reinterpret_cast<const unsigned char*>(s->data);
    uint32_t c = p[0];
    if (c >= 0xF0) c = ((c & 0x07) << 18) | ((p[1] & 0x3F) << 12) | ((p[2] & 0x3F) << 6) | (p[3] & 0x3F);
    else if (c >= 0xE0) c = ((c & 0x0F) << 12) | ((p[1] & 0x3F) << 6) | (p[2] & 0x3F);
    else if (c >= 0xC0) c = ((c & 0x1F) << 6) | (p[1] & 0x3F);
    return make_int(c);
  }
  std::string_view data;
  if (is_bytes(v)) data = v.as<Bytes>()->view();
  else if (v.type() == &ByteArrayType) data = std::string_view(v.as<ByteArray>()->data, v.as<ByteArray>()->size);
  else return raise(exc::TypeError, std::string("ord() expected string of length 1, but ") + type_name(v) + " found");
  if (data.size() != 1) {
    return raise(exc::TypeError, "ord() expected a character, but string of length " +
                                     std::to_string(data.size()) + " found");
  }
  return make_int(static_cast<unsigned char>(data[0]));
}

Result<Ref> b_chr(Value self, CallArgs args) {
  Ref v = TRY(one_arg(args, "chr"));
  if (is_float(v)) return raise(exc::TypeError, "'float' object cannot be interpreted as an integer");
  Ref i = TRY(index(v));
  int64_t c;
  if (!int_to_int64(i, &c)) return raise(exc::OverflowError, "Python int too large to convert to C int");
  if (c < 0 || c > 0x10FFFF) return raise(exc::ValueError, "chr() arg not in range(0x110000)");
  char buf[4];
  size_t n;
  if (c < 0x80) { buf[0] = char(c); n = 1; }
  else if (c < 0x800) { buf[0] = char(0xC0 | (c >> 6)); buf[1] = char(0x80 | (c & 0x3F)); n = 2; }
  else if (c < 0x10000) {
    buf[0] = char(0xE0 | (c >> 12)); buf[1] = char(0x80 | ((c >> 6) & 0x3F));
    buf[2] = char(0x80 | (c & 0x3F)); n = 3;
  } else {
    buf[0] = char(0xF0 | (c >> 18)); buf[1] = char(0x80 | ((c >> 12) & 0x3F));
    buf[2] = char(0x80 | ((c >> 6) & 0x3F)); buf[3] = char(0x80 | (c & 0x3F)); n = 4;
  }
  return make_str(std::string_view(buf, n));
}

Result<Ref> int_base(CallArgs args, const char* name, int base) {
  Ref v = TRY(one_arg(args, name));
  Ref i = TRY(index(v));
  return make_str(int_to_string(i, base));
}
Result<Ref> b_hex(Value self, CallArgs args) { return int_base(args, "hex", 16); }
Result<Ref> b_oct(Value self, CallArgs args) { return int_base(args, "oct", 8); }
Result<Ref> b_bin(Value self, CallArgs args) { return int_base(args, "bin", 2); }

Result<Ref> b_round(Value self, CallArgs args) {
  Value number, ndigits;
  TRY(parse_args(args, "round", {"number", "ndigits"}, 1, {&number, &ndigits}));
  Ref r;
  if (!ndigits || is_none(ndigits)) r = TRY(call_special_opt(number, ids::dunder_round, {}));
  else r = TRY(call_special_opt(number, ids::dunder_round, {ndigits}));
  if (!r) {
    return raise(exc::TypeError, std::string("type ") + type_name(number) + " doesn't define __round__ method");
  }
  return r;
}

Result<Ref> b_divmod(Value self, CallArgs args) {
  TRY(no_kwargs(args, "divmod"));
  TRY(check_nargs(args, "divmod", 2, 2));
  Value a = args[0], b = args[1];
  bool a_num = is_int(a) || is_float(a), b_num = is_int(b) || is_float(b);
  if (a_num && b_num) {
    if (is_float(a) || is_float(b)) {
      double y = TRY(number_to_double(b));
      if (y == 0.0) return raise(exc::ZeroDivisionError, "float divmod()");
    } else if (int_sign(b) == 0) {
      return raise(exc::ZeroDivisionError, "integer division or modulo by zero");
    }
    Ref q = TRY(binary_op(a, b, BinOp::FloorDiv));
    Ref m = TRY(binary_op(a, b, BinOp::Mod));
    return make_tuple({q.get(), m.get()});
  }
  Ref r = TRY(call_special_opt(a, ids::dunder_divmod, {b}));
  if (r && !r.get().is(NotImplemented())) return r;
  if (a.type() != b.type()) {
    r = TRY(call_special_opt(b, intern("__rdivmod__"), {a}));
    if (r && !r.get().is(NotImplemented())) return r;
  }
  return raise(exc::TypeError, std::string("unsupported operand type(s) for divmod(): '") + type_name(a) +
                                   "' and '" + type_name(b) + "'");
}

Result<Ref> b_pow(Value self, CallArgs args) {
  Value base, exp, mod;
  TRY(parse_args(args, "pow", {"base", "exp", "mod"}, 2, {&base, &exp, &mod}));
  return power(base, exp, mod ? mod : None());
}

Result<Ref> b_format(Value self, CallArgs args) {
  Value v, spec;
  TRY(parse_args(args, "format", {"/value", "/format_spec"}, 1, {&v, &spec}));
  if (spec && !is_str(spec))
    return raise(exc::TypeError, std::string("format() argument 2 must be str, not ") + type_name(spec));
  return format(v, spec ? spec : Value(ids::empty));
}

// --- sorted / min / max / sum -----------------------------------------------------------------

Result<Ref> b_sorted(Value self, CallArgs args) {
  if (args.nargs != 1)
    return raise(exc::TypeError, "sorted expected 1 argument, got " + std::to_string(args.nargs));
  Value key, reverse;
  for (size_t i = 0; i < args.nkw(); ++i) {
    std::string k = kw_name(args, i);
    if (k == "key") key = args.kwvalue(i);
    else if (k == "reverse") reverse = args.kwvalue(i);
    else return unexpected_kw("sort", args, i);
  }
  Ref list = TRY(list_from_iterable(args[0]));
  bool rev = reverse ? TRY(truthy(reverse)) : false;
  TRY(list_sort(list.as<List>(), (key && !is_none(key)) ? key : Value(), rev));
  return list;
}

Result<Ref> min_max(CallArgs args, bool is_max) {
  const char* name = is_max ? "max" : "min";
  Value key, dflt;
  for (size_t i = 0; i < args.nkw(); ++i) {
    std::string k = kw_name(args, i);
    if (k == "key") key = args.kwvalue(i);
    else if (k == "default") dflt = args.kwvalue(i);
    else return unexpected_kw(name, args, i);
  }
  if (args.nargs == 0)
    return raise(exc::TypeError, std::string(name) + " expected at least 1 argument, got 0");
  if (args.nargs > 1 && dflt) {
    return raise(exc::TypeError, std::string("Cannot specify a default for ") + name +
                                     "() with multiple positional arguments");
  }
  if (key && is_none(key)) key = Value();
  Ref it;
  if (args.nargs == 1) {
    it = TRY(get_iter(args[0]));
  } else {
    Ref t = make_tuple(args.nargs);
    for (size_t i = 0; i < args.nargs; ++i) tuple_init_item(t.as<Tuple>(), i, Ref::borrow(args[i]));
    it = TRY(get_iter(t));
  }
  Ref best, best_key;
  for (;;) {
    Ref item = TRY(iter_next(it));
    if (!item) break;
    Ref k = key ? TRY(call(key, {item.get()})) : item;
    if (!best) {
      best = std::move(item);
      best_key = std::move(k);
      continue;
    }
    bool better = TRY(compare_bool(k, best_key, is_max ? CmpOp::Gt : CmpOp::Lt));
    if (better) {
      best = std::move(item);
      best_key = std::move(k);
    }
  }
  if (!best) {
    if (dflt) return Ref::borrow(dflt);
    return raise(exc::ValueError, std::string(name) + "() iterable argument is empty");
  }
  return best;
}
Result<Ref> b_max(Value self, CallArgs args) { return min_max(args, true); }
Result<Ref> b_min(Value self, CallArgs args) { return min_max(args, false); }

// sum() as CPython 3.12+: exact int fast path, Neumaier-compensated float path, then generic +.
Result<Ref> b_sum(Value self, CallArgs args) {
  if (args.nargs == 0 && args.nkw() == 0)
    return raise(exc::TypeError, "sum() takes at least 1 positional argument (0 given)");
  if (args.nargs > 2)
    return raise(exc::TypeError, "sum() takes at most 2 arguments (" + std::to_string(args.nargs) + " given)");
  Value iterable, start;
  TRY(parse_args(args, "sum", {"/iterable", "start"}, 1, {&iterable, &start}));
  Ref result = start ? Ref::borrow(start) : Ref::small_int(0);
  if (is_str(result)) return raise(exc::TypeError, "sum() can't sum strings [use ''.join(seq) instead]");
  if (is_bytes(result)) return raise(exc::TypeError, "sum() can't sum bytes [use b''.join(seq) instead]");
  if (result.get().is_object() && result.type() == &ByteArrayType)
    return raise(exc::TypeError, "sum() can't sum bytearray [use b''.join(seq) instead]");
  Ref it = TRY(get_iter(iterable));
  Ref item;
  // Integer fast path.
  if (result.get().is_small_int()) {
    int64_t acc = result.get().as_small_int();
    for (;;) {
      item = TRY(iter_next(it));
      if (!item) return make_int(acc);
      int64_t v;
      if ((item.get().is_small_int() || item.type() == &BoolType) && int_to_int64(item, &v) &&
          !__builtin_add_overflow(acc, v, &acc)) {
        continue;
      }
      result = make_int(acc);
      result = TRY(binary_op(result, item, BinOp::Add));
      item.reset();
      break;
    }
  }
  // Float fast path (compensated).
  if (is_float(result)) {
    double f = float_value(result), c = 0.0;
    for (;;) {
      item = TRY(iter_next(it));
      if (!item) {
        if (c != 0.0 && std::isfinite(c)) f += c;
        return make_float(f);
      }
      if (is_float(item)) {
        double x = float_value(item);
        double t = f + x;
        if (std::fabs(f) >= std::fabs(x)) c += (f - t) + x;
        else c += (x - t) + f;
        f = t;
        continue;
      }
      int64_t v;
      if (is_int(item) && int_to_int64(item, &v)) {
        f += double(v);
        continue;
      }
      if (c != 0.0 && std::isfinite(c)) f += c;
      result = make_float(f);
      result = TRY(binary_op(result, item, BinOp::Add));
      break;
    }
  }
  for (;;) {
    item = TRY(iter_next(it));
    if (!item) return result;
    result = TRY(binary_op(result, item, BinOp::Add));
  }
}

// --- namespaces, code -------------------------------------------------------------------------

Result<Ref> b_globals(Value self, CallArgs args) {
  TRY(no_kwargs(args, "globals"));
  TRY(check_nargs(args, "globals", 0, 0));
  Value g = current_globals();
  if (!g) return none();
  return Ref::borrow(g);
}

Result<Ref> b_locals(Value self, CallArgs args) {
  TRY(no_kwargs(args, "locals"));
  TRY(check_nargs(args, "locals", 0, 0));
  return current_locals();
}

Result<Ref> b_vars(Value self, CallArgs args) {
  TRY(no_kwargs(args, "vars"));
  TRY(check_nargs(args, "vars", 0, 1));
  if (args.nargs == 0) return current_locals();
  Ref d = TRY(getattr_opt(args[0], ids::dunder_dict));
  if (!d) return raise(exc::TypeError, "vars() argument must have __dict__ attribute");
  return d;
}

Result<Ref> b_dir(Value self, CallArgs args) {
  TRY(no_kwargs(args, "dir"));
  TRY(check_nargs(args, "dir", 0, 1));
  Ref names;
  if (args.nargs == 0) {
    Ref locals = TRY(current_locals());
    names = TRY(list_from_iterable(locals));
  } else {
    Ref r = TRY(call_special_opt(args[0], ids::dunder_dir, {}));
    if (!r) return raise(exc::TypeError, "object does not provide __dir__");
    names = TRY(list_from_iterable(r));
  }
  TRY(list_sort(names.as<List>(), Value(), false));
  return names;
}

// Source text of exec/eval/compile's first argument (str, bytes, bytearray).
Result<bool> source_text(Value v, std::string* out) {
  if (is_str(v)) { *out = std::string(str_view(v)); return true; }
  if (is_bytes(v)) { *out = std::string(as<Bytes>(v)->view()); return true; }
  if (v.is_object() && v.type() == &ByteArrayType) {
    *out = std::string(as<ByteArray>(v)->data, as<ByteArray>(v)->size);
    return true;
  }
  return false;
}

bool is_code_object(Value v) { return v.is_object() && std::strcmp(v.type()->name, "code") == 0; }

Result<Ref> exec_eval(CallArgs args, bool is_eval) {
  const char* name = is_eval ? "eval" : "exec";
  Value source, globals, locals, closure;
  if (is_eval) TRY(parse_args(args, name, {"/source", "globals", "locals"}, 1, {&source, &globals, &locals}));
  else TRY(parse_args(args, name, {"/source", "globals", "locals", "$closure"}, 1, {&source, &globals, &locals, &closure}));
  if (globals && is_none(globals)) globals = Value();
  if (locals && is_none(locals)) locals = Value();
  if (globals && !is_dict(globals)) {
    if (is_eval)
      return raise(exc::TypeError, locals ? "globals must be a dict" : "globals must be a real dict; try eval(expr, {}, mapping)");
    return raise(exc::TypeError, std::string("exec() globals must be a dict, not ") + type_name(globals));
  }
  if (locals && !locals.type()->getitem) {
    return raise(exc::TypeError, is_eval ? "locals must be a mapping"
                                         : std::string("locals must be a mapping or None, not ") + type_name(locals));
  }
  Ref g, l;
  if (!globals) {
    Value cg = current_globals();
    if (!cg) return raise(exc::SystemError, std::string(name) + "(): no globals");
    g = Ref::borrow(cg);
    if (!locals) l = TRY(current_locals());
  } else {
    g = Ref::borrow(globals);
  }
  if (locals) l = Ref::borrow(locals);
  if (!dict_get_str(g.as<Dict>(), ids::dunder_builtins)) {
    TRY(dict_set_str(g.as<Dict>(), ids::dunder_builtins, current_interp()->builtins));
  }
  Ref code;
  if (is_code_object(source)) {
    code = Ref::borrow(source);
  } else {
    std::string text;
    if (!TRY(source_text(source, &text))) {
      return raise(exc::TypeError, std::string(name) + "() arg 1 must be a string, bytes or code object");
    }
    if (is_eval) {
      size_t i = 0;
      while (i < text.size() && (text[i] == ' ' || text[i] == '\t')) ++i;
      text.erase(0, i);
    }
    code = TRY(compile_source(text, "<string>", is_eval ? CompileMode::Eval : CompileMode::Exec));
  }
  Ref r = TRY(eval_code(code, g, l ? l.get() : Value()));
  if (!is_eval) return none();
  return r;
}
Result<Ref> b_exec(Value self, CallArgs args) { return exec_eval(args, false); }
Result<Ref> b_eval(Value self, CallArgs args) { return exec_eval(args, true); }

Result<Ref> b_compile(Value self, CallArgs args) {
  Value source, filename, mode, flags, dont_inherit, optimize, feature;
  TRY(parse_args(args, "compile",
                 {"source", "filename", "mode", "flags", "dont_inherit", "optimize", "$_feature_version"}, 3,
                 {&source, &filename, &mode, &flags, &dont_inherit, &optimize, &feature}));
  if (!is_str(mode)) {
    return raise(exc::TypeError, std::string("compile() argument 'mode' must be str, not ") + type_name(mode));
  }
  std::string_view m = str_view(mode);
  CompileMode cm;
  if (m == "exec") cm = CompileMode::Exec;
  else if (m == "eval") cm = CompileMode::Eval;
  else if (m == "single") cm = CompileMode::Single;
  else return raise(exc::ValueError, "compile() mode must be 'exec', 'eval' or 'single'");
  if (flags) {
    int64_t f = TRY(index_to_int64(flags));
    if (f & 0x400) return raise(exc::NotImplementedError, "compile() to an AST is not supported by Weft");
  }
  std::string fname;
  if (is_str(filename)) fname = std::string(str_view(filename));
  else if (is_bytes(filename)) fname = std::string(as<Bytes>(filename)->view());
  else return raise(exc::TypeError, std::string("expected str, bytes or os.PathLike object, not ") + type_name(filename));
  if (is_code_object(source)) return Ref::borrow(source);
  std::string text;
  if (!TRY(source_text(source, &text)))
    return raise(exc::TypeError, "compile() arg 1 must be a string, bytes or AST object");
  return compile_source(text, fname, cm);
}

Result<Ref> b_import(Value self, CallArgs args) {
  Value name, globals, locals, fromlist, level;
  TRY(parse_args(args, "__import__", {"name", "globals", "locals", "fromlist", "level"}, 1,
                 {&name, &globals, &locals, &fromlist, &level}));
  if (!is_str(name)) {
    return raise(exc::TypeError, std::string("__import__() argument 1 must be str, not ") + type_name(name));
  }
  int64_t lv = level ? TRY(index_to_int64(level)) : 0;
  if (lv < 0) return raise(exc::ValueError, "level must be >= 0");
  if (as<Str>(name)->length == 0 && lv == 0) return raise(exc::ValueError, "Empty module name");
  return import_module_level(name, globals ? globals : None(), fromlist ? fromlist : None(), int(lv));
}

Result<Ref> b_open(Value self, CallArgs args) {
  Value file, mode, buffering, encoding, errors, newline, closefd, opener;
  TRY(parse_args(args, "open",
                 {"file", "mode", "buffering", "encoding", "errors", "newline", "closefd", "opener"}, 1,
                 {&file, &mode, &buffering, &encoding, &errors, &newline, &closefd, &opener}));
  std::string_view m = "r";
  if (mode) {
    if (!is_str(mode))
      return raise(exc::TypeError, std::string("open() argument 'mode' must be str, not ") + type_name(mode));
    m = str_view(mode);
  }
  int buf = buffering ? int(TRY(index_to_int64(buffering))) : -1;
  bool cfd = closefd ? TRY(truthy(closefd)) : true;
  if (opener && !is_none(opener)) return raise(exc::NotImplementedError, "open(): opener is not supported");
  return file_open(file, m, buf, encoding, cfd, newline, errors);
}

Result<Ref> b_build_class(Value self, CallArgs args) { return builtin_build_class(self, args); }

// --- exit / quit ---------------------------------------------------------------------------

Result<Ref> quitter_repr(Value self) {
  return make_str(std::string("Use ") + as<Quitter>(self)->name + "() or Ctrl-D (i.e. EOF) to exit");
}

Result<Ref> quitter_call(Value self, CallArgs args) {
  Value code;
  TRY(parse_args(args, as<Quitter>(self)->name, {"code"}, 0, {&code}));
  Ref exc = TRY(new_exception(&exc::SystemExit, {code ? code : None()}));
  return raise_value(exc);
}

void quitter_dealloc(Object* o) { delete_object(static_cast<Quitter*>(o)); }

// --- struct sequences ------------------------------------------------------------------------

Result<Ref> structseq_repr(Value self) {
  StructSeqType* t = static_cast<StructSeqType*>(self.type());
  std::string out = t->name;
  out += "(";
  size_t n = tuple_size(self);
  for (size_t i = 0; i < n && i < t->nfields; ++i) {
    if (i) out += ", ";
    out += t->fields[i];
    out += "=";
    out += TRY(repr_utf8(tuple_item(self, i)));
  }
  out += ")";
  return make_str(out);
}

Result<Ref> structseq_getattr(Value self, Str* name) {
  StructSeqType* t = static_cast<StructSeqType*>(self.type());
  std::string_view n = name->view();
  for (size_t i = 0; i < t->nfields; ++i) {
    if (n == t->fields[i] && i < tuple_size(self)) return Ref::borrow(tuple_item(self, i));
  }
  return generic_getattr(self, name);
}

void init_structseq(StructSeqType& t, const char* name, const char* const* fields) {
  t.type = &TypeType;
  t.name = name;
  t.base = &TupleType;
  t.basic_size = TupleType.basic_size;
  t.flags = kTypeTupleSubclass;
  t.fields = fields;
  size_t n = 0;
  while (fields[n]) ++n;
  t.nfields = n;
  t.repr = structseq_repr;
  t.getattr = structseq_getattr;
}

const char* const kVersionInfoFields[] = {"major", "minor", "micro", "releaselevel", "serial", nullptr};
const char* const kFlagsFields[] = {"debug", "inspect", "interactive", "optimize", "dont_write_bytecode",
                                    "no_user_site", "no_site", "ignore_environment", "verbose",
                                    "bytes_warning", "quiet", "hash_randomization", "isolated",
                                    "dev_mode", "utf8_mode", "warn_default_encoding", "safe_path",
                                    "int_max_str_digits", nullptr};
const char* const kFloatInfoFields[] = {"max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp",
                                        "dig", "mant_dig", "epsilon", "radix", "rounds", nullptr};
const char* const kIntInfoFields[] = {"bits_per_digit", "sizeof_digit", "default_max_str_digits",
                                      "str_digits_check_threshold", nullptr};
const char* const kHashInfoFields[] = {"width", "modulus", "inf", "nan", "imag", "algorithm", "hash_bits",
                                       "seed_bits", "cutoff", nullptr};
const char* const kThreadInfoFields[] = {"name", "lock", "version", nullptr};
const char* const kImplementationFields[] = {"name", "cache_tag", "version", "hexversion", nullptr};
const char* const kStructTimeFields[] = {"tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec",
                                         "tm_wday", "tm_yday", "tm_isdst", nullptr};

const MethodDef kBuiltinFunctions[] = {
    {"__build_class__", b_build_class, 0, "__build_class__(func, name, /, *bases, [metaclass], **kwds) -> class"},
    {"__import__", b_import, 0, "Import a module."},
    {"abs", b_abs, 0, "Return the absolute value of the argument."},
    {"aiter", b_aiter, 0, "Return an AsyncIterator for an AsyncIterable object."},
    {"all", b_all, 0, "Return True if bool(x) is True for all values x in the iterable."},
    {"anext", b_anext, 0, "Return the next item from the async iterator."},
    {"any", b_any, 0, "Return True if bool(x) is True for any x in the iterable."},
    {"ascii", b_ascii, 0, "Return an ASCII-only representation of an object."},
    {"bin", b_bin, 0, "Return the binary representation of an integer."},
    {"callable", b_callable, 0, "Return whether the object is callable."},
    {"chr", b_chr, 0, "Return a Unicode string of one character with ordinal i."},
    {"compile", b_compile, 0, "Compile source into a code object."},
    {"delattr", b_delattr, 0, "Deletes the named attribute from the given object."},
    {"dir", b_dir, 0, "Show attributes of an object."},
    {"divmod", b_divmod, 0, "Return the tuple (x//y, x%y)."},
    {"eval", b_eval, 0, "Evaluate the given source in the context of globals and locals."},
    {"exec", b_exec, 0, "Execute the given source in the context of globals and locals."},
    {"format", b_format, 0, "Return type(value).__format__(value, format_spec)"},
    {"getattr", b_getattr, 0, "Get a named attribute from an object."},
    {"globals", b_globals, 0, "Return the dictionary containing the current scope's global variables."},
    {"hasattr", b_hasattr, 0, "Return whether the object has an attribute with the given name."},
    {"hash", b_hash, 0, "Return the hash value for the given object."},
    {"hex", b_hex, 0, "Return the hexadecimal representation of an integer."},
    {"id", b_id, 0, "Return the identity of an object."},
    {"input", b_input, 0, "Read a string from standard input.  The trailing newline is stripped."},
    {"isinstance", b_isinstance, 0, "Return whether an object is an instance of a class or of a subclass thereof."},
    {"issubclass", b_issubclass, 0, "Return whether 'cls' is derived from another class or is the same class."},
    {"iter", b_iter, 0, "Get an iterator from an object."},
    {"len", b_len, 0, "Return the number of items in a container."},
    {"locals", b_locals, 0, "Return a dictionary containing the current scope's local variables."},
    {"max", b_max, 0, "With a single iterable argument, return its biggest item."},
    {"min", b_min, 0, "With a single iterable argument, return its smallest item."},
    {"next", b_next, 0, "Return the next item from the iterator."},
    {"oct", b_oct, 0, "Return the octal representation of an integer."},
    {"open", b_open, 0, "Open file and return a stream."},
    {"ord", b_ord, 0, "Return the Unicode code point for a one-character string."},
    {"pow", b_pow, 0, "Equivalent to base**exp with 2 arguments or base**exp % mod with 3 arguments"},
    {"print", b_print, 0, "Prints the values to a stream, or to sys.stdout by default."},
    {"repr", b_repr, 0, "Return the canonical string representation of the object."},
    {"round", b_round, 0, "Round a number to a given precision in decimal digits."},
    {"setattr", b_setattr, 0, "Sets the named attribute on the given object to the specified value."},
    {"sorted", b_sorted, 0, "Return a new list containing all items from the iterable in ascending order."},
    {"sum", b_sum, 0, "Return the sum of a 'start' value (default: 0) plus an iterable of numbers"},
    {"vars", b_vars, 0, "Show vars."},
    {nullptr, nullptr},
};

// Built-in types published in builtins, by their tp_name.
const char* const kBuiltinTypeNames[] = {
    "object", "type", "int", "bool", "float", "complex", "str", "bytes", "bytearray", "memoryview",
    "list", "tuple", "dict", "set", "frozenset", "range", "slice", "property", "staticmethod",
    "classmethod", "super", "enumerate", "zip", "map", "filter", "reversed", nullptr,
};

Status add(Dict* d, const char* name, Value v) { return dict_set_str(d, intern(name), v); }

}  // namespace

void init_native_module_types(TypeList& out) {
  QuitterType.type = &TypeType;
  QuitterType.name = "_sitebuiltins.Quitter";
  QuitterType.base = &ObjectType;
  QuitterType.basic_size = sizeof(Quitter);
  QuitterType.dealloc = quitter_dealloc;
  QuitterType.repr = quitter_repr;
  QuitterType.call = quitter_call;
  out.push_back(&QuitterType);

  init_structseq(VersionInfoType, "sys.version_info", kVersionInfoFields);
  init_structseq(FlagsType, "sys.flags", kFlagsFields);
  init_structseq(FloatInfoType, "sys.float_info", kFloatInfoFields);
  init_structseq(ImplementationType, "sys.implementation", kImplementationFields);
  init_structseq(StructTimeType, "time.struct_time", kStructTimeFields);
  init_structseq(IntInfoType, "sys.int_info", kIntInfoFields);
  init_structseq(HashInfoType, "sys.hash_info", kHashInfoFields);
  init_structseq(ThreadInfoType, "sys.thread_info", kThreadInfoFields);
  for (StructSeqType* t : {&VersionInfoType, &FlagsType, &FloatInfoType, &ImplementationType, &StructTimeType,
                           &IntInfoType, &HashInfoType, &ThreadInfoType})
    out.push_back(t);
}

Ref make_struct_seq(StructSeqType* type, std::initializer_list<Value> items) {
  Ref t = make_tuple(items);
  // Same layout as a tuple; only the type differs (static type: no reference to count).
  t.obj()->type = type;
  return t;
}

void write_stderr(std::string_view text) {
  InterpreterState* interp = ThreadState::current() ? current_interp() : nullptr;
  if (interp && interp->sys) {
    Ref saved = fetch_error();
    auto f = getattr_opt(interp->sys, ids::stderr);
    if (f && *f && !is_none(*f)) {
      Ref file = f.take();
      bool done;
      if (is_file_object(file)) {
        done = file_write_str(file, text).ok();
      } else {
        Ref s = make_str(text);
        auto r = call_method(file, ids::write, {s.get()});
        done = r.ok();
        if (done) {
          auto fl = call_method(file, ids::flush, {});
          if (!fl) clear_error();
        }
      }
      if (!done) clear_error();
      else {
        if (saved) restore_error(std::move(saved));
        return;
      }
    } else {
      clear_error();
    }
    if (saved) restore_error(std::move(saved));
  }
  BlockingRegion br;
  size_t off = 0;
  while (off < text.size()) {
    ssize_t n = ::write(2, text.data() + off, text.size() - off);
    if (n <= 0) break;
    off += size_t(n);
  }
}

Status write_stdout(std::string_view text) {
  Ref out = TRY(sys_attr(ids::stdout));
  if (!out || is_none(out)) return ok();
  if (is_file_object(out)) return file_write_str(out, text);
  Ref s = make_str(text);
  TRY(call_method(out, ids::write, {s.get()}));
  return ok();
}

// CPython's builtins start in this order; "Did you mean" picks the first of equally close names
// in dict order (NameError 'Later' suggests 'iter', not 'aiter'), so Weft keeps the same order.
Status order_like_cpython(Dict* d) {
  static const char* const kOrder[] = {
      "__name__", "__doc__", "__package__", "__loader__", "__spec__", "__build_class__",
      "__import__", "abs", "all", "any", "ascii", "bin", "breakpoint", "callable", "chr",
      "compile", "delattr", "dir", "divmod", "eval", "exec", "format", "getattr", "globals",
      "hasattr", "hash", "hex", "id", "input", "isinstance", "issubclass", "iter", "aiter", "len",
      "locals", "max", "min", "next", "anext", "oct", "ord", "pow", "print", "repr", "round",
      "setattr", "sorted", "sum", "vars", "None", "Ellipsis", "NotImplemented", "False", "True",
      "bool", "memoryview", "bytearray", "bytes", "classmethod", "complex", "dict", "enumerate",
      "filter", "float", "frozenset", "property", "int", "list", "map", "object", "range",
      "reversed", "set", "slice", "staticmethod", "str", "super", "tuple", "type", "zip",
      "__debug__"};
  Ref old = dict_copy(d);
  Dict* od = as<Dict>(old);
  Value k, v;
  for (size_t pos = 0; dict_next(od, &pos, &k, &v);) TRY(dict_del(d, k));
  for (const char* name : kOrder) {
    Str* key = intern(name);
    Value val = dict_get_str(od, key);
    if (!val.is_null()) TRY(dict_set(d, Value(key), val));
  }
  for (size_t pos = 0; dict_next(od, &pos, &k, &v);) {
    if (is_str(k) && !dict_get_str(d, as<Str>(k)).is_null()) continue;
    TRY(dict_set(d, k, v));
  }
  return ok();
}

Result<Ref> init_builtins_module() {
  Ref m = make_module("builtins");
  TRY(module_add_functions(m, kBuiltinFunctions));
  Dict* d = as<Dict>(module_dict(m));
  TRY(add(d, "__doc__", make_str("Built-in functions, types, exceptions, and other objects.")));
  TRY(add(d, "__package__", make_str("")));
  TRY(add(d, "__spec__", None()));
  TRY(add(d, "__loader__", None()));
  TRY(add(d, "None", None()));
  TRY(add(d, "True", Value(True)));
  TRY(add(d, "False", Value(False)));
  TRY(add(d, "Ellipsis", Value(&EllipsisObject)));
  TRY(add(d, "NotImplemented", NotImplemented()));
  TRY(add(d, "__debug__", Value(True)));

  for (TypeObject* t : ProcessState::get().types) {
    for (const char* const* n = kBuiltinTypeNames; *n; ++n) {
      if (t->name && std::strcmp(t->name, *n) == 0) {
        TRY(add(d, *n, Value(t)));
        break;
      }
    }
  }
  TRY(add(d, "BaseException", Value(&exc::BaseException)));
#define EXC(Name, Base) TRY(add(d, #Name, Value(&exc::Name)));
#include "objects/exceptions.def"
#undef EXC
  TRY(add(d, "EnvironmentError", Value(&exc::OSError)));
  TRY(add(d, "IOError", Value(&exc::OSError)));

  for (const char* name : {"exit", "quit"}) {
    Quitter* q = new_object<Quitter>(&QuitterType);
    q->name = name;
    Ref qr = Ref::steal(Value(q));
    TRY(add(d, name, qr));
  }
  TRY(order_like_cpython(d));
  return m;
}

}  // namespace weft
