// The sys module. Everything it exposes lives in the InterpreterState (modules, argv, path,
// recursion limit, switch interval) or is a constant of the build.
#include <cfloat>
#include <climits>
#include <cstring>

#include "builtins_module.h"
#include "concurrency/config.h"
#include "modules.h"
#include "objects/abstract.h"
#include "objects/args.h"
#include "objects/dict.h"
#include "objects/exceptions.h"
#include "objects/fileio.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "vm/frame.h"
#include "vm/state.h"

namespace weft {

namespace {

constexpr int64_t kHexVersion = 0x030C00F0;  // 3.12.0 final

Result<Ref> sys_exit(Value self, CallArgs args) {
  TRY(check_no_kwargs(args, "exit"));
  TRY(check_nargs(args, "exit", 0, 1));
  Ref e = args.nargs == 0 ? TRY(new_exception(&exc::SystemExit, {}))
                          : TRY(new_exception(&exc::SystemExit, {args[0]}));
  return raise_value(e);
}

Result<Ref> sys_getrecursionlimit(Value self, CallArgs args) {
  TRY(check_nargs(args, "sys.getrecursionlimit()", 0, 0));
  return make_int(current_interp()->recursion_limit.load(std::memory_order_relaxed));
}

Result<Ref> sys_setrecursionlimit(Value self, CallArgs args) {
  TRY(check_no_kwargs(args, "setrecursionlimit"));
  TRY(check_nargs(args, "sys.setrecursionlimit()", 1, 1));
  if (is_float(args[0])) return raise(exc::TypeError, "'float' object cannot be interpreted as an integer");
  int64_t limit = TRY(index_to_int64(args[0]));
  if (limit < 1) return raise(exc::ValueError, "recursion limit must be greater or equal than 1");
  if (limit > INT_MAX) return raise(exc::OverflowError, "Python int too large to convert to C int");
  int depth = ThreadState::current()->recursion_depth;
  if (limit <= depth) {
    return raise(exc::RecursionError, "cannot set the recursion limit to " + std::to_string(limit) +
                                          " at the recursion depth " + std::to_string(depth) +
                                          ": the limit is too low");
  }
  current_interp()->recursion_limit.store(int(limit), std::memory_order_relaxed);
  return none();
}

// The interpreter's global lock decides (concurrency/gil.cpp reads the build, -X gil and WEFT_GIL).
bool gil_enabled() { return current_interp()->gil.enabled(); }

Result<Ref> sys_is_gil_enabled(Value self, CallArgs args) {
  TRY(check_nargs(args, "sys._is_gil_enabled()", 0, 0));
  return make_bool(gil_enabled());
}

Result<Ref> sys_getsizeof(Value self, CallArgs args) {
  Value obj, dflt;
  TRY(parse_args(args, "getsizeof", {"object", "default"}, 1, {&obj, &dflt}));
  Ref r = TRY(call_special_opt(obj, intern("__sizeof__"), {}));
  if (!r) {
    if (dflt) return Ref::borrow(dflt);
    int64_t size = obj.is_small_int() ? 28 : int64_t(obj.type()->basic_size);
    return make_int(size);
  }
  if (!is_int(r)) return raise(exc::TypeError, "an integer is required");
  int64_t n = TRY(index_to_int64(r));
  if (n < 0) return raise(exc::ValueError, "__sizeof__() should return >= 0");
  return make_int(n + 16);  // the GC header CPython adds for tracked objects
}

Result<Ref> sys_getrefcount(Value self, CallArgs args) {
  TRY(check_no_kwargs(args, "getrefcount"));
  TRY(check_nargs(args, "sys.getrefcount()", 1, 1));
  Value v = args[0];
  if (!v.is_object()) return make_int(4294967295LL);  // small ints are immortal
  intptr_t n = header_refcount(object_header(v.obj()));
  if (n == INTPTR_MAX) return make_int(4294967295LL);  // CPython's immortal count
  return make_int(int64_t(n));
}

Result<Ref> sys_intern(Value self, CallArgs args) {
  TRY(check_no_kwargs(args, "intern"));
  TRY(check_nargs(args, "sys.intern()", 1, 1));
  if (!is_str_exact(args[0]))
    return raise(exc::TypeError, std::string("intern() argument must be str, not ") + type_name(args[0]));
  return Ref::borrow(Value(intern(str_view(args[0]))));
}

Result<Ref> sys_exc_info(Value self, CallArgs args) {
  TRY(check_nargs(args, "sys.exc_info()", 0, 0));
  Ref& exc = ThreadState::current()->handled_exception;
  if (!exc || is_none(exc)) return make_tuple({None(), None(), None()});
  Value tb = as<BaseExceptionObject>(exc)->traceback ? as<BaseExceptionObject>(exc)->traceback.get() : None();
  return make_tuple({Value(exc.type()), exc.get(), tb});
}

Result<Ref> sys_exception(Value self, CallArgs args) {
  TRY(check_nargs(args, "sys.exception()", 0, 0));
  Ref& exc = ThreadState::current()->handled_exception;
  if (!exc) return none();
  return exc;
}

Result<Ref> sys_getdefaultencoding(Value self, CallArgs args) {
  TRY(check_nargs(args, "sys.getdefaultencoding()", 0, 0));
  return make_str("utf-8");
}

Result<Ref> sys_setswitchinterval(Value self, CallArgs args) {
  TRY(check_no_kwargs(args, "setswitchinterval"));
  TRY(check_nargs(args, "sys.setswitchinterval()", 1, 1));
  double d = TRY(number_to_double(args[0]));
  if (!(d > 0.0)) return raise(exc::ValueError, "switch interval must be strictly positive");
  current_interp()->gil.set_interval(d);
  return none();
}

Result<Ref> sys_getswitchinterval(Value self, CallArgs args) {
  TRY(check_nargs(args, "sys.getswitchinterval()", 0, 0));
  return make_float(current_interp()->gil.interval());
}

Result<Ref> sys_excepthook(Value self, CallArgs args) {
  TRY(check_no_kwargs(args, "excepthook"));
  TRY(check_nargs(args, "excepthook", 3, 3));
  print_exception(args[1]);
  return none();
}

Result<Ref> sys_get_int_max_str_digits(Value self, CallArgs args) {
  TRY(check_nargs(args, "sys.get_int_max_str_digits()", 0, 0));
  return make_int(current_interp()->int_max_str_digits);
}

Result<Ref> sys_set_int_max_str_digits(Value self, CallArgs args) {
  Value v;
  TRY(parse_args(args, "set_int_max_str_digits", {"maxdigits"}, 1, {&v}));
  int64_t n = TRY(index_to_int64(v));
  if (n != 0 && n < 640) return raise(exc::ValueError, "maxdigits must be 0 or larger than 640");
  current_interp()->int_max_str_digits = n;
  return none();
}

Result<Ref> sys_gettrace(Value self, CallArgs args) { return none(); }

Result<Ref> sys_settrace(Value self, CallArgs args) {
  TRY(check_nargs(args, "settrace", 1, 1));
  if (!is_none(args[0])) return raise(exc::NotImplementedError, "sys.settrace() is not supported by Weft");
  return none();
}

// _getframe(depth=0): the caller's frame object, depth frames up.
Result<Frame*> frame_at_depth(CallArgs args, const char* fname) {
  Value depthv;
  TRY(parse_args(args, fname, {"/depth"}, 0, {&depthv}));
  int64_t depth = 0;
  if (depthv) {
    if (is_float(depthv)) return raise(exc::TypeError, "'float' object cannot be interpreted as an integer");
    depth = TRY(index_to_int64(depthv));
  }
  Frame* f = ThreadState::current()->frame;
  while (depth > 0 && f) {
    f = f->back;
    --depth;
  }
  if (!f) return raise(exc::ValueError, "call stack is not deep enough");
  return f;
}

Result<Ref> sys_getframe(Value self, CallArgs args) {
  Frame* f = TRY(frame_at_depth(args, "_getframe"));
  Value fo = TRY(frame_object(f));
  return Ref::borrow(fo);
}

Result<Ref> sys_getframemodulename(Value self, CallArgs args) {
  Frame* f = ThreadState::current()->frame;
  if (args.nargs || args.kwnames) {
    auto r = frame_at_depth(args, "_getframemodulename");
    if (!r) {
      if (!error_matches(exc::ValueError)) return kError;
      clear_error();
      return none();
    }
    f = *r;
  }
  if (!f || !f->globals || !is_dict(Value(f->globals))) return none();
  Value name = dict_get_str(static_cast<Dict*>(f->globals), intern("__name__"));
  if (!name) return none();
  return Ref::borrow(name);
}

Result<Ref> sys_getfilesystemencodeerrors(Value self, CallArgs args) {
  TRY(check_nargs(args, "sys.getfilesystemencodeerrors()", 0, 0));
  return make_str("surrogateescape");
}

Result<Ref> sys_audit(Value self, CallArgs args) {
  if (args.nargs < 1) return raise(exc::TypeError, "audit() missing 1 required positional argument: 'event'");
  if (!is_str(args[0]))
    return raise(exc::TypeError, std::string("expected str for argument 'event', not ") + type_name(args[0]));
  return none();  // no audit hooks are ever installed
}

Result<Ref> sys_addaudithook(Value self, CallArgs args) {
  Value hook;
  TRY(parse_args(args, "addaudithook", {"hook"}, 1, {&hook}));
  return none();
}

Result<Ref> sys_is_finalizing(Value self, CallArgs args) {
  TRY(check_nargs(args, "sys.is_finalizing()", 0, 0));
  return make_bool(false);
}

Result<Ref> sys_call_tracing(Value self, CallArgs args) {
  TRY(check_nargs(args, "call_tracing", 2, 2));
  if (!is_tuple(args[1])) return raise(exc::TypeError, std::string("call_tracing() argument 2 must be tuple, not ") + type_name(args[1]));
  Tuple* t = as<Tuple>(args[1]);
  return call(args[0], CallArgs{t->items, t->size, nullptr});
}

Result<Ref> sys_getprofile(Value self, CallArgs args) { return none(); }

Result<Ref> sys_setprofile(Value self, CallArgs args) {
  TRY(check_nargs(args, "setprofile", 1, 1));
  if (!is_none(args[0])) return raise(exc::NotImplementedError, "sys.setprofile() is not supported by Weft");
  return none();
}

Result<Ref> sys_getallocatedblocks(Value self, CallArgs args) {
  TRY(check_nargs(args, "sys.getallocatedblocks()", 0, 0));
  return make_int(0);
}

Result<Ref> sys_unraisablehook(Value self, CallArgs args) {
  TRY(check_nargs(args, "unraisablehook", 1, 1));
  Ref exc = TRY(getattr(args[0], intern("exc_value")));
  if (!is_none(exc)) print_exception(exc);
  return none();
}

const MethodDef kSysFunctions[] = {
    {"exit", sys_exit, 0, "Exit the interpreter by raising SystemExit(status)."},
    {"getrecursionlimit", sys_getrecursionlimit, 0, "Return the current value of the recursion limit."},
    {"setrecursionlimit", sys_setrecursionlimit, 0, "Set the maximum depth of the Python interpreter stack to n."},
    {"_is_gil_enabled", sys_is_gil_enabled, 0, "Return True if the GIL is currently enabled and False otherwise."},
    {"getsizeof", sys_getsizeof, 0, "Return the size of object in bytes."},
    {"getrefcount", sys_getrefcount, 0, "Return the reference count of object."},
    {"intern", sys_intern, 0, "``Intern'' the given string."},
    {"exc_info", sys_exc_info, 0, "Return current exception information: (type, value, traceback)."},
    {"exception", sys_exception, 0, "Return the current exception."},
    {"getdefaultencoding", sys_getdefaultencoding, 0, "Return the current default encoding used by the Unicode implementation."},
    {"getfilesystemencoding", sys_getdefaultencoding, 0, "Return the encoding used to convert Unicode filenames."},
    {"setswitchinterval", sys_setswitchinterval, 0, "Set the ideal thread switching delay inside the interpreter."},
    {"getswitchinterval", sys_getswitchinterval, 0, "Return the current thread switch interval; see sys.setswitchinterval()."},
    {"excepthook", sys_excepthook, 0, "Handle an exception by displaying it with a traceback on sys.stderr."},
    {"__excepthook__", sys_excepthook, 0, "Handle an exception by displaying it with a traceback on sys.stderr."},
    {"get_int_max_str_digits", sys_get_int_max_str_digits, 0, "Return the maximum string digits limit for non-binary int<->str conversions."},
    {"set_int_max_str_digits", sys_set_int_max_str_digits, 0, "Set the maximum string digits limit for non-binary int<->str conversions."},
    {"gettrace", sys_gettrace, 0, "Return the global debug tracing function set with sys.settrace."},
    {"settrace", sys_settrace, 0, "Set the global debug tracing function."},
    {"_getframe", sys_getframe, 0, "Return a frame object from the call stack."},
    {"_getframemodulename", sys_getframemodulename, 0, "Return the name of the module for a calling frame."},
    {"getfilesystemencodeerrors", sys_getfilesystemencodeerrors, 0, "Return the error mode used Unicode to OS filename conversion."},
    {"audit", sys_audit, 0, "Passes the event to any audit hooks that are attached."},
    {"addaudithook", sys_addaudithook, 0, "Adds a new audit hook callback."},
    {"is_finalizing", sys_is_finalizing, 0, "Return True if Python is exiting."},
    {"call_tracing", sys_call_tracing, 0, "Call func(*args), while tracing is enabled."},
    {"getprofile", sys_getprofile, 0, "Return the profiling function set with sys.setprofile."},
    {"setprofile", sys_setprofile, 0, "Set the profiling function."},
    {"getallocatedblocks", sys_getallocatedblocks, 0, "Return the number of memory blocks currently allocated."},
    {"unraisablehook", sys_unraisablehook, 0, "Handle an unraisable exception."},
    {"__unraisablehook__", sys_unraisablehook, 0, "Handle an unraisable exception."},
    {nullptr, nullptr},
};

Ref str_list(const std::vector<std::string>& items) {
  Ref l = make_list(items.size());
  for (const auto& s : items) {
    Ref v = make_str(s);
    (void)list_append(l.as<List>(), v);
  }
  return l;
}

std::string dirname_of(const std::string& path) {
  size_t slash = path.rfind('/');
  if (slash == std::string::npos) return "";
  if (slash == 0) return "/";
  return path.substr(0, slash);
}

}  // namespace

Result<Ref> init_sys_module() {
  InterpreterState* interp = current_interp();
  Ref m = make_module("sys");
  TRY(module_add_functions(m, kSysFunctions));
  auto add = [&](const char* name, Value v) { return module_add(m, name, v); };

  TRY(add("argv", str_list(interp->argv)));
  TRY(add("orig_argv", str_list(interp->argv)));
  TRY(add("path", str_list(interp->path)));
  TRY(add("modules", interp->modules));
  TRY(add("meta_path", make_list()));
  TRY(add("path_hooks", make_list()));
  TRY(add("path_importer_cache", make_dict()));
  TRY(add("warnoptions", make_list()));
  Ref xopts = make_dict();
  for (const auto& x : interp->xoptions) {
    size_t eq = x.find('=');
    Ref k = make_str(eq == std::string::npos ? x : x.substr(0, eq));
    Ref v = eq == std::string::npos ? make_bool(true) : make_str(x.substr(eq + 1));
    TRY(dict_set(xopts.as<Dict>(), k, v));
  }
  TRY(add("_xoptions", xopts));

  Ref in = make_std_file(0, interp->unbuffered);
  Ref out = make_std_file(1, interp->unbuffered);
  Ref err = make_std_file(2, interp->unbuffered);
  TRY(add("stdin", in));
  TRY(add("stdout", out));
  TRY(add("stderr", err));
  TRY(add("__stdin__", in));
  TRY(add("__stdout__", out));
  TRY(add("__stderr__", err));

  std::string version = std::string("3.12.0 (Weft ") + kVersion + " " + kBuildName + ")";
#ifdef __VERSION__
  version += " [GCC " __VERSION__ "]";
#endif
  TRY(add("version", make_str(version)));
  Ref vi = make_struct_seq(&VersionInfoType, {Value::small_int(3), Value::small_int(12), Value::small_int(0),
                                              make_str("final").get(), Value::small_int(0)});
  TRY(add("version_info", vi));
  TRY(add("hexversion", make_int(kHexVersion)));
  TRY(add("api_version", make_int(1013)));
  {
    Ref name = make_str("weft");
    Ref tag = none();
    Ref impl = make_struct_seq(&ImplementationType, {name.get(), tag.get(), vi.get(), Value::small_int(kHexVersion)});
    TRY(add("implementation", impl));
  }
  TRY(add("platform", make_str("linux")));
  TRY(add("byteorder", make_str("little")));
  TRY(add("maxsize", make_int(INT64_MAX)));
  TRY(add("maxunicode", make_int(0x10FFFF)));
  TRY(add("executable", make_str(interp->executable)));
  TRY(add("_base_executable", make_str(interp->executable)));
  std::string prefix = dirname_of(dirname_of(interp->executable));
  for (const char* n : {"prefix", "exec_prefix", "base_prefix", "base_exec_prefix"}) TRY(add(n, make_str(prefix)));
  TRY(add("platlibdir", make_str("lib")));
  TRY(add("pycache_prefix", None()));
  TRY(add("dont_write_bytecode", Value(True)));
  TRY(add("copyright", make_str("Copyright (c) the Weft authors.")));
  TRY(add("float_repr_style", make_str("short")));
  {
    Ref names = make_tuple(sizeof(kNativeModules) / sizeof(kNativeModules[0]));
    size_t i = 0;
    for (const NativeModule& nm : kNativeModules) tuple_init_item(names.as<Tuple>(), i++, make_str(nm.name));
    TRY(add("builtin_module_names", names));
  }
  {
    auto z = Value::small_int(0);
    Ref flags = make_struct_seq(
        &FlagsType, {z, z, z, z, Value::small_int(1), z, z, z, z, z, z, Value::small_int(1), z,
                     Value(False), z, z, Value(False), Value::small_int(4300)});
    TRY(add("flags", flags));
  }
  {
    Ref max = make_float(DBL_MAX), min = make_float(DBL_MIN), eps = make_float(DBL_EPSILON);
    Ref fi = make_struct_seq(&FloatInfoType,
                             {max.get(), Value::small_int(DBL_MAX_EXP), Value::small_int(DBL_MAX_10_EXP), min.get(),
                              Value::small_int(DBL_MIN_EXP), Value::small_int(DBL_MIN_10_EXP),
                              Value::small_int(DBL_DIG), Value::small_int(DBL_MANT_DIG), eps.get(),
                              Value::small_int(FLT_RADIX), Value::small_int(1)});
    TRY(add("float_info", fi));
  }
  {
    Ref ii = make_struct_seq(&IntInfoType, {Value::small_int(30), Value::small_int(4), Value::small_int(4300),
                                            Value::small_int(640)});
    TRY(add("int_info", ii));
    Ref modulus = make_int((int64_t(1) << 61) - 1), alg = make_str("siphash13");
    Ref hi = make_struct_seq(&HashInfoType, {Value::small_int(64), modulus.get(), Value::small_int(314159),
                                             Value::small_int(0), Value::small_int(1000003), alg.get(),
                                             Value::small_int(64), Value::small_int(128), Value::small_int(0)});
    TRY(add("hash_info", hi));
    Ref name = make_str("pthread"), lock = make_str("semaphore"), ver = make_str("NPTL");
    Ref ti = make_struct_seq(&ThreadInfoType, {name.get(), lock.get(), ver.get()});
    TRY(add("thread_info", ti));
  }
  TRY(add("abiflags", make_str(kFreeThreading ? "t" : "")));
  return m;
}

}  // namespace weft
