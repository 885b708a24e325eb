// The built-in exception types: BaseException by hand, every EXC(Name, Base) of exceptions.def
// from the X-macro, and the subclasses with extra state (StopIteration, SystemExit, OSError,
// ImportError, SyntaxError, AttributeError, NameError, Unicode*Error, BaseExceptionGroup), whose
// instance layouts extend BaseExceptionObject (private to this file).
#include "objects/exceptions.h"

#include <cerrno>
#include <cstring>
#include <mutex>

#include "objects/abstract.h"
#include "objects/args.h"
#include "objects/bytes.h"
#include "objects/dict.h"
#include "objects/init.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"

namespace weft {

namespace exc {
TypeObject BaseException;
#define EXC(Name, Base) TypeObject Name;
#include "objects/exceptions.def"
#undef EXC
}  // namespace exc

namespace {

struct StopIterationObject : BaseExceptionObject { Ref value; };
struct SystemExitObject : BaseExceptionObject { Ref code; };
struct ImportErrorObject : BaseExceptionObject { Ref msg, name, path, name_from; };
struct OSErrorObject : BaseExceptionObject { Ref myerrno, strerror, filename, filename2; };
struct SyntaxErrorObject : BaseExceptionObject {
  Ref msg, filename, lineno, offset, text, end_lineno, end_offset, print_file_and_line;
};
struct AttributeErrorObject : BaseExceptionObject { Ref name, obj; };
struct NameErrorObject : BaseExceptionObject { Ref name; };
struct UnicodeErrorObject : BaseExceptionObject { Ref encoding, object, start, end, reason; };
struct ExceptionGroupObject : BaseExceptionObject { Ref msg, excs; };

inline BaseExceptionObject* B(Value v) { return as<BaseExceptionObject>(v); }

Ref args_tuple(CallArgs args) {
  if (args.nargs == 0) return empty_tuple();
  Ref t = make_tuple(args.nargs);
  for (size_t i = 0; i < args.nargs; i++) tuple_init_item(as<Tuple>(t), i, Ref::borrow(args[i]));
  return t;
}

// Short type name as CPython's _PyType_Name (after the last dot).
const char* short_name(TypeObject* t) {
  const char* n = t->name;
  const char* dot = std::strrchr(n, '.');
  return dot ? dot + 1 : n;
}

Ref or_none(const Ref& r) { return r ? r : none(); }

// ---- allocation / deallocation -------------------------------------------------------------

template <class T>
T* alloc_exc(TypeObject* type) {
  size_t size = type->basic_size < sizeof(T) ? sizeof(T) : type->basic_size;
  T* o = new_object_sized<T>(type, size);
  if (size > sizeof(T)) std::memset(reinterpret_cast<char*>(o) + sizeof(T), 0, size - sizeof(T));
  return o;
}

template <class T>
void exc_dealloc(Object* o) { delete_object(static_cast<T*>(o)); }

template <class T>
Result<Ref> exc_new(TypeObject* type, CallArgs args) {
  T* o = alloc_exc<T>(type);
  Ref r = Ref::steal(o);
  o->args = args_tuple(args);
  return r;
}

// ---- member getsets: a Ref field read as None when unset --------------------------------------

template <class T, Ref T::*M>
Result<Ref> member_get(Value self) { return or_none(static_cast<T*>(self.obj())->*M); }

template <class T, Ref T::*M>
Status member_set(Value self, Value v) {
  static_cast<T*>(self.obj())->*M = v ? Ref::borrow(v) : Ref();
  return ok();
}

#define MEMBER(T, field, pyname) \
  GetSetDef { pyname, member_get<T, &T::field>, member_set<T, &T::field>, nullptr }

// ---- BaseException ----------------------------------------------------------------------------

Status base_init(Value self, CallArgs args) {
  if (args.nkw() > 0)
    return raise(exc::TypeError, std::string(short_name(self.type())) + "() takes no keyword arguments");
  B(self)->args = args_tuple(args);
  return ok();
}

Result<Ref> base_str(Value self) {
  Value a = B(self)->args.get();
  size_t n = a ? tuple_size(a) : 0;
  if (n == 0) return make_str("");
  if (n == 1) return str(tuple_item(a, 0));
  return str(a);
}

Result<Ref> base_repr(Value self) {
  Value a = B(self)->args.get();
  std::string out = short_name(self.type());
  if (a && tuple_size(a) == 1) {
    out += "(";
    out += TRY(repr_utf8(tuple_item(a, 0)));
    out += ")";
  } else if (a) {
    out += TRY(repr_utf8(a));
  } else {
    out += "()";
  }
  return make_str(out);
}

Result<Ref> get_args(Value self) { return or_none(B(self)->args); }
Status set_args(Value self, Value v) {
  if (!v) return raise(exc::TypeError, "args may not be deleted");
  Ref t;
  if (is_tuple(v) && v.type() == &TupleType) {
    t = Ref::borrow(v);
  } else {
    Ref l = TRY(list_from_iterable(v));
    size_t n = list_size(l);
    t = make_tuple(n);
    for (size_t i = 0; i < n; i++) tuple_init_item(as<Tuple>(t), i, Ref::borrow(list_item(l, i)));
  }
  B(self)->args = std::move(t);
  return ok();
}

bool is_traceback(Value v) { return v.is_object() && std::strcmp(v.type()->name, "traceback") == 0; }

Result<Ref> get_traceback(Value self) { return or_none(B(self)->traceback); }
Status set_traceback(Value self, Value v) {
  if (!v) return raise(exc::TypeError, "__traceback__ may not be deleted");
  if (is_none(v)) { B(self)->traceback.reset(); return ok(); }
  if (!is_traceback(v)) return raise(exc::TypeError, "__traceback__ must be a traceback or None");
  B(self)->traceback = Ref::borrow(v);
  return ok();
}

Result<Ref> get_context(Value self) { return or_none(B(self)->context); }
Status set_context(Value self, Value v) {
  if (!v) return raise(exc::TypeError, "__context__ may not be deleted");
  if (is_none(v)) { B(self)->context.reset(); return ok(); }
  if (!is_instance_of(v, &exc::BaseException))
    return raise(exc::TypeError, "exception context must be None or derive from BaseException");
  B(self)->context = Ref::borrow(v);
  return ok();
}

Result<Ref> get_cause(Value self) { return or_none(B(self)->cause); }
Status set_cause(Value self, Value v) {
  if (!v) return raise(exc::TypeError, "__cause__ may not be deleted");
  if (is_none(v)) {
    B(self)->cause.reset();
  } else if (!is_instance_of(v, &exc::BaseException)) {
    return raise(exc::TypeError, "exception cause must be None or derive from BaseException");
  } else {
    B(self)->cause = Ref::borrow(v);
  }
  B(self)->suppress_context = true;
  return ok();
}

Result<Ref> get_suppress(Value self) { return make_bool(B(self)->suppress_context); }
Status set_suppress(Value self, Value v) {
  if (!v) return raise(exc::TypeError, "__suppress_context__ may not be deleted");
  B(self)->suppress_context = TRY(truthy(v));
  return ok();
}

// METH_O methods of BaseException: "BaseException.add_note() takes exactly one argument (0 given)".
Status exc_one_arg(CallArgs args, const char* method) {
  std::string name = std::string("BaseException.") + method;
  if (args.nkw() > 0) return raise(exc::TypeError, name + "() takes no keyword arguments");
  if (args.nargs != 1)
    return raise(exc::TypeError, name + "() takes exactly one argument (" + std::to_string(args.nargs) +
                                     " given)");
  return ok();
}

Result<Ref> m_with_traceback(Value self, CallArgs args) {
  TRY(exc_one_arg(args, "with_traceback"));
  TRY(set_traceback(self, args[0]));
  return Ref::borrow(self);
}

Result<Ref> m_add_note(Value self, CallArgs args) {
  TRY(exc_one_arg(args, "add_note"));
  Value note = args[0];
  if (!is_str(note))
    return raise(exc::TypeError, std::string("note must be a str, not '") + type_name(note) + "'");
  static_assert(true);
  Str* key = intern("__notes__");
  Ref notes = TRY(getattr_opt(self, key));
  if (!notes) {
    notes = make_list();
    TRY(setattr(self, key, notes));
  }
  if (!is_list(notes)) return raise(exc::TypeError, "Cannot add note: __notes__ is not a list");
  TRY(list_append(as<List>(notes), note));
  return none();
}

Result<Ref> m_reduce(Value self, CallArgs args) {
  auto* e = B(self);
  if (e->dict && dict_size(e->dict) > 0)
    return make_tuple({Value(self.type()), e->args.get(), e->dict.get()});
  return make_tuple({Value(self.type()), e->args.get()});
}

const GetSetDef kBaseGetSets[] = {
    {"args", get_args, set_args},
    {"__traceback__", get_traceback, set_traceback},
    {"__context__", get_context, set_context, "exception context"},
    {"__cause__", get_cause, set_cause, "exception cause"},
    {"__suppress_context__", get_suppress, set_suppress},
    {nullptr, nullptr},
};

// ---- StopIteration, SystemExit ------------------------------------------------------------------

Status stopiteration_init(Value self, CallArgs args) {
  TRY(base_init(self, args));
  static_cast<StopIterationObject*>(self.obj())->value =
      args.nargs > 0 ? Ref::borrow(args[0]) : none();
  return ok();
}

Status systemexit_init(Value self, CallArgs args) {
  TRY(base_init(self, args));
  auto* o = static_cast<SystemExitObject*>(self.obj());
  if (args.nargs == 0) o->code = none();
  else if (args.nargs == 1) o->code = Ref::borrow(args[0]);
  else o->code = B(self)->args;
  return ok();
}

const GetSetDef kStopIterationGetSets[] = {
    MEMBER(StopIterationObject, value, "value"), {nullptr, nullptr}};
const GetSetDef kSystemExitGetSets[] = {MEMBER(SystemExitObject, code, "code"), {nullptr, nullptr}};

// ---- keyword-accepting inits (ImportError, AttributeError, NameError) ---------------------------

// Consumes keyword arguments by name; any other name raises "<T>() got an unexpected keyword
// argument 'x'".
Status take_kwargs(CallArgs args, const char* tname, std::initializer_list<std::pair<const char*, Ref*>> slots) {
  size_t nkw = args.nkw();
  for (size_t i = 0; i < nkw; i++) {
    std::string_view k = str_view(tuple_item(args.kwnames, i));
    bool found = false;
    for (auto& [name, ref] : slots) {
      if (k == name) { *ref = Ref::borrow(args.kwvalue(i)); found = true; break; }
    }
    if (!found)
      return raise(exc::TypeError, std::string(tname) + "() got an unexpected keyword argument '" +
                                       std::string(k) + "'");
  }
  return ok();
}

CallArgs positional_only(CallArgs args) { return CallArgs{args.args, args.nargs, nullptr}; }

Status importerror_init(Value self, CallArgs args) {
  auto* o = static_cast<ImportErrorObject*>(self.obj());
  TRY(take_kwargs(args, "ImportError", {{"name", &o->name}, {"path", &o->path}, {"name_from", &o->name_from}}));
  TRY(base_init(self, positional_only(args)));
  o->msg = args.nargs == 1 ? Ref::borrow(args[0]) : Ref();
  return ok();
}

Result<Ref> importerror_str(Value self) {
  auto* o = static_cast<ImportErrorObject*>(self.obj());
  if (o->msg && is_str_exact(o->msg)) return o->msg;
  return base_str(self);
}

const GetSetDef kImportErrorGetSets[] = {
    MEMBER(ImportErrorObject, msg, "msg"),
    MEMBER(ImportErrorObject, name, "name"),
    MEMBER(ImportErrorObject, path, "path"),
    MEMBER(ImportErrorObject, name_from, "name_from"),
    {nullptr, nullptr},
};

Status attributeerror_init(Value self, CallArgs args) {
  auto* o = static_cast<AttributeErrorObject*>(self.obj());
  TRY(take_kwargs(args, "AttributeError", {{"name", &o->name}, {"obj", &o->obj}}));
  return base_init(self, positional_only(args));
}
const GetSetDef kAttributeErrorGetSets[] = {
    MEMBER(AttributeErrorObject, name, "name"), MEMBER(AttributeErrorObject, obj, "obj"), {nullptr, nullptr}};

Status nameerror_init(Value self, CallArgs args) {
  auto* o = static_cast<NameErrorObject*>(self.obj());
  TRY(take_kwargs(args, "NameError", {{"name", &o->name}}));
  return base_init(self, positional_only(args));
}
const GetSetDef kNameErrorGetSets[] = {MEMBER(NameErrorObject, name, "name"), {nullptr, nullptr}};

// ---- OSError -----------------------------------------------------------------------------------

TypeObject* errno_subclass(Value code) {
  if (!code.is_small_int()) return nullptr;
  switch (code.as_small_int()) {
    case EAGAIN: case EALREADY: case EINPROGRESS: return &exc::BlockingIOError;
#if EWOULDBLOCK != EAGAIN
    case EWOULDBLOCK: return &exc::BlockingIOError;
#endif
    case ECHILD: return &exc::ChildProcessError;
    case EPIPE: case ESHUTDOWN: return &exc::BrokenPipeError;
    case ECONNABORTED: return &exc::ConnectionAbortedError;
    case ECONNREFUSED: return &exc::ConnectionRefusedError;
    case ECONNRESET: return &exc::ConnectionResetError;
    case EEXIST: return &exc::FileExistsError;
    case ENOENT: return &exc::FileNotFoundError;
    case EISDIR: return &exc::IsADirectoryError;
    case ENOTDIR: return &exc::NotADirectoryError;
    case EINTR: return &exc::InterruptedError;
    case EACCES: case EPERM: return &exc::PermissionError;
    case ESRCH: return &exc::ProcessLookupError;
    case ETIMEDOUT: return &exc::TimeoutError;
    default: return nullptr;
  }
}

Result<Ref> oserror_new(TypeObject* type, CallArgs args) {
  if (type == &exc::OSError && args.nargs >= 2 && args.nargs <= 5) {
    if (TypeObject* sub = errno_subclass(args[0])) type = sub;
  }
  auto* o = alloc_exc<OSErrorObject>(type);
  Ref r = Ref::steal(o);
  if (args.nargs >= 2 && args.nargs <= 5) {
    o->myerrno = Ref::borrow(args[0]);
    o->strerror = Ref::borrow(args[1]);
    if (args.nargs >= 3 && !is_none(args[2])) {
      o->filename = Ref::borrow(args[2]);
      if (args.nargs == 5 && !is_none(args[4])) o->filename2 = Ref::borrow(args[4]);
      o->args = make_tuple({args[0], args[1]});
      return r;
    }
  }
  o->args = args_tuple(args);
  return r;
}

Status oserror_init(Value self, CallArgs args) {
  if (args.nkw() > 0)
    return raise(exc::TypeError, std::string(short_name(self.type())) + "() takes no keyword arguments");
  return ok();  // arguments were parsed by __new__
}

Result<Ref> oserror_str(Value self) {
  auto* o = static_cast<OSErrorObject*>(self.obj());
  if (o->filename) {
    std::string s = "[Errno " + TRY(str_utf8(o->myerrno ? o->myerrno.get() : None())) + "] " +
                    TRY(str_utf8(o->strerror ? o->strerror.get() : None())) + ": " +
                    TRY(repr_utf8(o->filename));
    if (o->filename2) s += " -> " + TRY(repr_utf8(o->filename2));
    return make_str(s);
  }
  if (o->myerrno && o->strerror) {
    return make_str("[Errno " + TRY(str_utf8(o->myerrno)) + "] " + TRY(str_utf8(o->strerror)));
  }
  return base_str(self);
}

const GetSetDef kOSErrorGetSets[] = {
    MEMBER(OSErrorObject, myerrno, "errno"),
    MEMBER(OSErrorObject, strerror, "strerror"),
    MEMBER(OSErrorObject, filename, "filename"),
    MEMBER(OSErrorObject, filename2, "filename2"),
    {nullptr, nullptr},
};

// ---- SyntaxError --------------------------------------------------------------------------------

Status syntaxerror_init(Value self, CallArgs args) {
  TRY(base_init(self, args));
  auto* o = static_cast<SyntaxErrorObject*>(self.obj());
  if (args.nargs >= 1) o->msg = Ref::borrow(args[0]);
  if (args.nargs == 2) {
    Ref l = TRY(list_from_iterable(args[1]));
    size_t n = list_size(l);
    if (n < 4)
      return raise(exc::TypeError, "function takes at least 4 arguments (" + std::to_string(n) + " given)");
    if (n > 6)
      return raise(exc::TypeError, "function takes at most 6 arguments (" + std::to_string(n) + " given)");
    o->filename = Ref::borrow(list_item(l, 0));
    o->lineno = Ref::borrow(list_item(l, 1));
    o->offset = Ref::borrow(list_item(l, 2));
    o->text = Ref::borrow(list_item(l, 3));
    if (n >= 5) o->end_lineno = Ref::borrow(list_item(l, 4));
    if (n >= 6) o->end_offset = Ref::borrow(list_item(l, 5));
  }
  return ok();
}

Result<Ref> syntaxerror_str(Value self) {
  auto* o = static_cast<SyntaxErrorObject*>(self.obj());
  std::string msg = TRY(str_utf8(o->msg ? o->msg.get() : None()));
  std::string filename;
  bool have_filename = o->filename && is_str(o->filename);
  if (have_filename) {
    std::string_view f = str_view(o->filename);
    size_t slash = f.rfind('/');
    filename = std::string(slash == std::string_view::npos ? f : f.substr(slash + 1));
  }
  int64_t lineno = 0;
  bool have_lineno = o->lineno && is_int(o->lineno) && o->lineno.type() == &IntType &&
                     int_to_int64(o->lineno, &lineno);
  if (have_filename && have_lineno)
    return make_str(msg + " (" + filename + ", line " + std::to_string(lineno) + ")");
  if (have_filename) return make_str(msg + " (" + filename + ")");
  if (have_lineno) return make_str(msg + " (line " + std::to_string(lineno) + ")");
  return make_str(msg);
}

const GetSetDef kSyntaxErrorGetSets[] = {
    MEMBER(SyntaxErrorObject, msg, "msg"),
    MEMBER(SyntaxErrorObject, filename, "filename"),
    MEMBER(SyntaxErrorObject, lineno, "lineno"),
    MEMBER(SyntaxErrorObject, offset, "offset"),
    MEMBER(SyntaxErrorObject, text, "text"),
    MEMBER(SyntaxErrorObject, end_lineno, "end_lineno"),
    MEMBER(SyntaxErrorObject, end_offset, "end_offset"),
    MEMBER(SyntaxErrorObject, print_file_and_line, "print_file_and_line"),
    {nullptr, nullptr},
};

// ---- Unicode errors ------------------------------------------------------------------------------

Status unicodeerror_init(Value self, CallArgs args) {
  TRY(base_init(self, args));
  auto* o = static_cast<UnicodeErrorObject*>(self.obj());
  if (self.type() == &exc::UnicodeError || args.nargs != 5) return ok();
  o->encoding = Ref::borrow(args[0]);
  o->object = Ref::borrow(args[1]);
  o->start = Ref::borrow(args[2]);
  o->end = Ref::borrow(args[3]);
  o->reason = Ref::borrow(args[4]);
  return ok();
}

// Code point at index i of a UTF-8 str (O(n) walk).
uint32_t code_point_at(std::string_view s, int64_t index) {
  size_t p = 0;
  for (int64_t k = 0; p < s.size(); k++) {
    unsigned char c = s[p];
    size_t len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    if (k == index) {
      uint32_t cp = len == 1 ? c : len == 2 ? (c & 0x1F) : len == 3 ? (c & 0x0F) : (c & 0x07);
      for (size_t j = 1; j < len && p + j < s.size(); j++) cp = (cp << 6) | (s[p + j] & 0x3F);
      return cp;
    }
    p += len;
  }
  return 0;
}

Result<Ref> unicodeerror_str(Value self) {
  auto* o = static_cast<UnicodeErrorObject*>(self.obj());
  if (!o->encoding || !o->reason || !o->start || !o->end || !o->object) return base_str(self);
  int64_t start = 0, end = 0;
  if (!int_to_int64(o->start, &start) || !int_to_int64(o->end, &end)) return base_str(self);
  std::string enc = TRY(str_utf8(o->encoding));
  std::string reason = TRY(str_utf8(o->reason));
  char buf[64];
  if (self.type() == &exc::UnicodeDecodeError || is_subtype(self.type(), &exc::UnicodeDecodeError)) {
    if (end == start + 1 && is_instance_of(o->object, &BytesType)) {
      std::string_view data = as<Bytes>(o->object)->view();
      unsigned byte = start >= 0 && size_t(start) < data.size() ? (unsigned char)data[start] : 0;
      std::snprintf(buf, sizeof buf, "0x%02x", byte);
      return make_str("'" + enc + "' codec can't decode byte " + buf + " in position " +
                      std::to_string(start) + ": " + reason);
    }
    return make_str("'" + enc + "' codec can't decode bytes in position " + std::to_string(start) +
                    "-" + std::to_string(end - 1) + ": " + reason);
  }
  const char* verb = self.type() == &exc::UnicodeTranslateError ? "translate" : "encode";
  if (end == start + 1 && is_str(o->object)) {
    uint32_t cp = code_point_at(str_view(o->object), start);
    if (cp <= 0xff) std::snprintf(buf, sizeof buf, "'\\x%02x'", cp);
    else if (cp <= 0xffff) std::snprintf(buf, sizeof buf, "'\\u%04x'", cp);
    else std::snprintf(buf, sizeof buf, "'\\U%08x'", cp);
    if (self.type() == &exc::UnicodeTranslateError)
      return make_str(std::string("can't translate character ") + buf + " in position " +
                      std::to_string(start) + ": " + reason);
    return make_str("'" + enc + "' codec can't " + verb + " character " + buf + " in position " +
                    std::to_string(start) + ": " + reason);
  }
  return make_str("'" + enc + "' codec can't " + verb + " characters in position " +
                  std::to_string(start) + "-" + std::to_string(end - 1) + ": " + reason);
}

const GetSetDef kUnicodeErrorGetSets[] = {
    MEMBER(UnicodeErrorObject, encoding, "encoding"),
    MEMBER(UnicodeErrorObject, object, "object"),
    MEMBER(UnicodeErrorObject, start, "start"),
    MEMBER(UnicodeErrorObject, end, "end"),
    MEMBER(UnicodeErrorObject, reason, "reason"),
    {nullptr, nullptr},
};

// ---- BaseExceptionGroup / ExceptionGroup ----------------------------------------------------------

// ExceptionGroup derives from both BaseExceptionGroup and Exception. exceptions.def (and
// type_ready) know single bases only, so its bases and MRO are completed once, on first use:
// (ExceptionGroup, BaseExceptionGroup, Exception, BaseException, object).
void complete_group_mro() {
  static std::once_flag once;
  std::call_once(once, [] {
    TypeObject& t = exc::ExceptionGroup;
    Ref mro = make_tuple({Value(&t), Value(&exc::BaseExceptionGroup), Value(&exc::Exception),
                          Value(&exc::BaseException), Value(&ObjectType)});
    Ref bases = make_tuple({Value(&exc::BaseExceptionGroup), Value(&exc::Exception)});
    make_immortal(mro.obj());
    make_immortal(bases.obj());
    t.mro = std::move(mro);
    t.bases = std::move(bases);
  });
}

bool is_group(Value v) {
  return is_instance_of(v, &exc::BaseExceptionGroup) || is_instance_of(v, &exc::ExceptionGroup);
}

Result<Ref> group_new(TypeObject* type, CallArgs args) {
  complete_group_mro();
  if (args.nargs != 2)
    return raise(exc::TypeError, "BaseExceptionGroup.__new__() takes exactly 2 arguments (" +
                                     std::to_string(args.nargs) + " given)");
  Value message = args[0], excs = args[1];
  if (!is_str(message))
    return raise(exc::TypeError, std::string("BaseExceptionGroup.__new__() argument 1 must be str, not ") +
                                     type_name(message));
  // A sequence: anything with __getitem__ and __len__ except mappings/sets; accept list/tuple and
  // other iterables that support len().
  if (!(is_list(excs) || is_tuple(excs) || (excs.type()->getitem && excs.type()->len && !is_dict(excs))))
    return raise(exc::TypeError, "second argument (exceptions) must be a sequence");
  Ref items = TRY(list_from_iterable(excs));
  size_t n = list_size(items);
  if (n == 0) return raise(exc::ValueError, "second argument (exceptions) must be a non-empty sequence");
  bool all_exceptions = true;
  for (size_t i = 0; i < n; i++) {
    Value e = list_item(items, i);
    if (!is_instance_of(e, &exc::BaseException))
      return raise(exc::ValueError, "Item " + std::to_string(i) +
                                        " of second argument (exceptions) is not an exception");
    if (!is_instance_of(e, &exc::Exception)) all_exceptions = false;
  }
  if (type == &exc::BaseExceptionGroup) {
    if (all_exceptions) type = &exc::ExceptionGroup;
  } else if (type == &exc::ExceptionGroup) {
    if (!all_exceptions) return raise(exc::TypeError, "Cannot nest BaseExceptions in an ExceptionGroup");
  } else if (!all_exceptions && is_subtype(type, &exc::Exception)) {
    return raise(exc::TypeError, std::string("Cannot nest BaseExceptions in '") + type->name + "'");
  }
  auto* o = alloc_exc<ExceptionGroupObject>(type);
  Ref r = Ref::steal(o);
  o->args = make_tuple({message, excs});
  o->msg = Ref::borrow(message);
  Ref t = make_tuple(n);
  for (size_t i = 0; i < n; i++) tuple_init_item(as<Tuple>(t), i, Ref::borrow(list_item(items, i)));
  o->excs = std::move(t);
  return r;
}

Status group_init(Value self, CallArgs args) {
  if (args.nkw() > 0)
    return raise(exc::TypeError, std::string(short_name(self.type())) + "() takes no keyword arguments");
  return ok();
}

Result<Ref> group_str(Value self) {
  auto* o = static_cast<ExceptionGroupObject*>(self.obj());
  size_t n = o->excs ? tuple_size(o->excs) : 0;
  std::string s = TRY(str_utf8(o->msg ? o->msg.get() : None()));
  return make_str(s + " (" + std::to_string(n) + " sub-exception" + (n == 1 ? "" : "s") + ")");
}

Result<Ref> group_derive(Value self, CallArgs args) {
  TRY(check_nargs(args, "derive", 1, 1));
  auto* o = static_cast<ExceptionGroupObject*>(self.obj());
  return new_exception(&exc::BaseExceptionGroup, {o->msg.get(), args[0]});
}

// split()/subgroup() condition: an exception type, a tuple of types, or a predicate.
Result<bool> group_matches(Value cond, Value e) {
  if (is_type(cond) || is_tuple(cond)) return isinstance(e, cond);
  Ref r = TRY(call(cond, {e}));
  return truthy(r);
}

// Copies __traceback__, __context__, __cause__ and __notes__ to a derived group, as CPython.
Status copy_group_metadata(Value from, Value to) {
  auto* f = B(from);
  auto* t = B(to);
  t->traceback = f->traceback;
  t->context = f->context;
  t->cause = f->cause;
  Str* notes = intern("__notes__");
  Ref n = TRY(getattr_opt(from, notes));
  if (n) TRY(setattr(to, notes, n));
  return ok();
}

// Recursive split: sets *match / *rest (null when empty).
Status group_split_rec(Value exc, Value cond, bool want_rest, Ref* match, Ref* rest) {
  if (TRY(group_matches(cond, exc))) {
    *match = Ref::borrow(exc);
    return ok();
  }
  if (!is_group(exc)) {
    if (want_rest) *rest = Ref::borrow(exc);
    return ok();
  }
  auto* o = static_cast<ExceptionGroupObject*>(exc.obj());
  Ref ml = make_list(), rl = make_list();
  for (size_t i = 0; i < tuple_size(o->excs); i++) {
    Ref m, r;
    TRY(group_split_rec(tuple_item(o->excs, i), cond, want_rest, &m, &r));
    if (m) TRY(list_append(as<List>(ml), m));
    if (r) TRY(list_append(as<List>(rl), r));
  }
  if (list_size(ml) > 0) {
    *match = TRY(call_method(exc, intern("derive"), {ml.get()}));
    TRY(copy_group_metadata(exc, *match));
  }
  if (want_rest && list_size(rl) > 0) {
    *rest = TRY(call_method(exc, intern("derive"), {rl.get()}));
    TRY(copy_group_metadata(exc, *rest));
  }
  return ok();
}

Result<Ref> group_split(Value self, CallArgs args) {
  TRY(check_nargs(args, "split", 1, 1));
  Ref m, r;
  TRY(group_split_rec(self, args[0], true, &m, &r));
  return make_tuple({m ? m.get() : None(), r ? r.get() : None()});
}

Result<Ref> group_subgroup(Value self, CallArgs args) {
  TRY(check_nargs(args, "subgroup", 1, 1));
  Ref m, r;
  TRY(group_split_rec(self, args[0], false, &m, &r));
  return m ? m : none();
}

Result<Ref> group_get_message(Value self) { return or_none(static_cast<ExceptionGroupObject*>(self.obj())->msg); }
Result<Ref> group_get_exceptions(Value self) {
  return or_none(static_cast<ExceptionGroupObject*>(self.obj())->excs);
}

const GetSetDef kGroupGetSets[] = {
    {"message", group_get_message, nullptr, "exception message"},
    {"exceptions", group_get_exceptions, nullptr, "nested exceptions"},
    {nullptr, nullptr},
};

const MethodDef kGroupMethods[] = {
    {"derive", group_derive},
    {"split", group_split},
    {"subgroup", group_subgroup},
    {nullptr, nullptr},
};

const MethodDef kBaseMethods[] = {
    {"with_traceback", m_with_traceback, 0,
     "Set self.__traceback__ to tb and return self."},
    {"add_note", m_add_note, 0, "Add a note to the exception"},
    {"__reduce__", m_reduce},
    {nullptr, nullptr},
};

// Key errors print the repr of a single key: KeyError: 'x'.
Result<Ref> keyerror_str(Value self) {
  Value a = B(self)->args.get();
  if (a && tuple_size(a) == 1) return repr(tuple_item(a, 0));
  return base_str(self);
}

struct ExcDoc {
  TypeObject* type;
  const char* doc;
};

void inherit(TypeObject& t, const char* name, TypeObject& base) {
  t.name = name;
  t.base = &base;
  t.type = &TypeType;
  t.flags = kTypeBaseType | kTypeHasDict | kTypeExceptionSubclass;
  t.basic_size = base.basic_size;
  t.dict_offset = base.dict_offset;
  t.dealloc = base.dealloc;
  t.repr = base.repr;
  t.str = base.str;
  t.new_ = base.new_;
  t.init = base.init;
}

template <class T>
void layout(TypeObject& t) {
  t.basic_size = sizeof(T);
  t.dealloc = exc_dealloc<T>;
  t.new_ = exc_new<T>;
}

void specialize(TypeObject& t) {
  if (&t == &exc::StopIteration) {
    layout<StopIterationObject>(t);
    t.init = stopiteration_init;
    t.getsets = kStopIterationGetSets;
  } else if (&t == &exc::SystemExit) {
    layout<SystemExitObject>(t);
    t.init = systemexit_init;
    t.getsets = kSystemExitGetSets;
  } else if (&t == &exc::ImportError) {
    layout<ImportErrorObject>(t);
    t.init = importerror_init;
    t.str = importerror_str;
    t.getsets = kImportErrorGetSets;
  } else if (&t == &exc::OSError) {
    layout<OSErrorObject>(t);
    t.new_ = oserror_new;
    t.init = oserror_init;
    t.str = oserror_str;
    t.getsets = kOSErrorGetSets;
  } else if (&t == &exc::SyntaxError) {
    layout<SyntaxErrorObject>(t);
    t.init = syntaxerror_init;
    t.str = syntaxerror_str;
    t.getsets = kSyntaxErrorGetSets;
  } else if (&t == &exc::AttributeError) {
    layout<AttributeErrorObject>(t);
    t.init = attributeerror_init;
    t.getsets = kAttributeErrorGetSets;
  } else if (&t == &exc::NameError) {
    layout<NameErrorObject>(t);
    t.init = nameerror_init;
    t.getsets = kNameErrorGetSets;
  } else if (&t == &exc::UnicodeError) {
    layout<UnicodeErrorObject>(t);
    t.init = unicodeerror_init;
    t.str = unicodeerror_str;
    t.getsets = kUnicodeErrorGetSets;
  } else if (&t == &exc::BaseExceptionGroup) {
    layout<ExceptionGroupObject>(t);
    t.new_ = group_new;
    t.init = group_init;
    t.str = group_str;
    t.getsets = kGroupGetSets;
    t.methods = kGroupMethods;
  } else if (&t == &exc::ExceptionGroup) {
    // Also a BaseExceptionGroup (see complete_group_mro).
    layout<ExceptionGroupObject>(t);
    t.new_ = group_new;
    t.init = group_init;
    t.str = group_str;
    t.getsets = kGroupGetSets;
    t.methods = kGroupMethods;
  } else if (&t == &exc::KeyError) {
    t.str = keyerror_str;
  }
}

}  // namespace

ErrorMarker raise_attribute_error(Value obj, Str* name, const std::string& message) {
  Ref msg = make_str(message);
  Result<Ref> e = new_exception(&exc::AttributeError, {msg.get()});
  if (!e.ok()) return kError;
  Ref exc = e.take();
  if (is_instance_of(exc, &exc::AttributeError)) {
    auto* o = static_cast<AttributeErrorObject*>(exc.obj());
    o->name = Ref::borrow(Value(name));
    o->obj = Ref::borrow(obj);
  }
  return raise_value(exc);
}

ErrorMarker raise_name_error(Str* name, const std::string& message) {
  Ref msg = make_str(message);
  Result<Ref> e = new_exception(&exc::NameError, {msg.get()});
  if (!e.ok()) return kError;
  Ref exc = e.take();
  if (is_instance_of(exc, &exc::NameError))
    static_cast<NameErrorObject*>(exc.obj())->name = Ref::borrow(Value(name));
  return raise_value(exc);
}

void init_exception_types(TypeList& out) {
  TypeObject& be = exc::BaseException;
  be.name = "BaseException";
  be.type = &TypeType;
  be.base = &ObjectType;
  be.flags = kTypeBaseType | kTypeHasDict | kTypeExceptionSubclass;
  be.basic_size = sizeof(BaseExceptionObject);
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Winvalid-offsetof"
  be.dict_offset = offsetof(BaseExceptionObject, dict);
#pragma GCC diagnostic pop
  be.dealloc = exc_dealloc<BaseExceptionObject>;
  be.new_ = exc_new<BaseExceptionObject>;
  be.init = base_init;
  be.repr = base_repr;
  be.str = base_str;
  be.methods = kBaseMethods;
  be.getsets = kBaseGetSets;
  be.doc = "Common base class for all exceptions";
  out.push_back(&be);

  // Each type copies its base's layout and slots (the list orders bases first), then the types
  // with their own state override theirs, so their subclasses inherit the overrides.
#define EXC(Name, Base) \
  inherit(exc::Name, #Name, exc::Base); \
  specialize(exc::Name);
#include "objects/exceptions.def"
#undef EXC

  static const ExcDoc docs[] = {
      {&exc::Exception, "Common base class for all non-exit exceptions."},
      {&exc::TypeError, "Inappropriate argument type."},
      {&exc::ValueError, "Inappropriate argument value (of correct type)."},
      {&exc::KeyError, "Mapping key not found."},
      {&exc::IndexError, "Sequence index out of range."},
      {&exc::AttributeError, "Attribute not found."},
      {&exc::NameError, "Name not found globally."},
      {&exc::RuntimeError, "Unspecified run-time error."},
      {&exc::StopIteration, "Signal the end from iterator.__next__()."},
      {&exc::ZeroDivisionError, "Second argument to a division or modulo operation was zero."},
      {&exc::OSError, "Base class for I/O related errors."},
      {&exc::ImportError, "Import can't find module, or can't find name in module."},
      {&exc::NotImplementedError, "Method or function hasn't been implemented yet."},
      {&exc::AssertionError, "Assertion failed."},
      {&exc::SystemExit, "Request to exit from the interpreter."},
      {&exc::KeyboardInterrupt, "Program interrupted by user."},
  };
  for (const ExcDoc& d : docs) d.type->doc = d.doc;

#define EXC(Name, Base) out.push_back(&exc::Name);
#include "objects/exceptions.def"
#undef EXC
}

}  // namespace weft
