// Start-up and shut-down (vm/startup.h).
#include "vm/startup.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <sys/stat.h>
#include <string.h>
#include <unistd.h>

#include <boost/thread.hpp>
#include <algorithm>
#include <cstdio>
#include <mutex>
#include <unordered_set>

#include "builtins_module.h"
#include "concurrency/fork.h"
#include "concurrency/stats.h"
#include "modules.h"
#include "objects/abstract.h"
#include "objects/dict.h"
#include "objects/exceptions.h"
#include "objects/fileio.h"
#include "objects/init.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "vm/import.h"
#include "vm/run.h"

#if __has_include("bytecode/disassembler.h")
#include "bytecode/disassembler.h"
#define WEFT_HAVE_DISASSEMBLER 1
#endif

namespace weft {

void init_thread_types(TypeList& out);  // stdlib/_thread_module.cpp
void init_select_types(TypeList& out);  // stdlib/select_module.cpp (select.poll)

namespace {

// Reads a whole file or fd; false with errno set on failure.
bool read_all_fd(int fd, std::string* out) {
  char buf[65536];
  for (;;) {
    ssize_t n = ::read(fd, buf, sizeof buf);
    if (n < 0) {
      if (errno == EINTR) continue;
      return false;
    }
    if (n == 0) return true;
    out->append(buf, size_t(n));
  }
}

std::string absolute_path(const std::string& path) {
  if (!path.empty() && path[0] == '/') return path;
  char cwd[4096];
  if (!getcwd(cwd, sizeof cwd)) return path;
  // CPython joins without normalising (cwd "/" gives "//x.py"); so do we.
  return std::string(cwd) + "/" + path;
}

// Offset of the first byte that does not start a valid UTF-8 sequence, or npos.
size_t first_invalid_utf8(std::string_view s) {
  size_t i = 0;
  while (i < s.size()) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    size_t need = c < 0x80 ? 1 : (c >= 0xC2 && c <= 0xDF) ? 2 : (c >= 0xE0 && c <= 0xEF) ? 3
                : (c >= 0xF0 && c <= 0xF4) ? 4 : 0;
    if (need == 0 || i + need > s.size()) return i;
    if (need > 1 && !utf8_valid(s.substr(i, need))) return i;
    i += need;
  }
  return std::string_view::npos;
}

// The encoding named by a PEP 263 cookie on the first two lines ("" if none), lower-cased.
std::string coding_cookie(std::string_view src) {
  size_t pos = 0;
  for (int line = 0; line < 2 && pos < src.size(); ++line) {
    size_t end = src.find('\n', pos);
    std::string_view l = src.substr(pos, end == std::string_view::npos ? std::string_view::npos : end - pos);
    size_t k = l.find_first_not_of(" \t\f");
    if (k != std::string_view::npos && l[k] == '#') {
      size_t c = l.find("coding");
      if (c != std::string_view::npos && c + 6 < l.size() && (l[c + 6] == ':' || l[c + 6] == '=')) {
        size_t b = c + 7;
        while (b < l.size() && (l[b] == ' ' || l[b] == '\t')) ++b;
        std::string name;
        while (b < l.size() && (isalnum(static_cast<unsigned char>(l[b])) || l[b] == '-' || l[b] == '_' || l[b] == '.'))
          name += char(tolower(static_cast<unsigned char>(l[b++])));
        return name;
      }
    } else if (k != std::string_view::npos) {
      break;  // a cookie must come before any code
    }
    if (end == std::string_view::npos) break;
    pos = end + 1;
  }
  return "";
}

// The checks CPython's file tokenizer makes before parsing a script file (imports and -c
// compile from a string, whose messages the front end produces): null bytes, and bytes that are
// not UTF-8 when no other encoding is declared.
Status check_script_source(std::string* source, const std::string& filename) {
  size_t nul = source->find('\0');
  if (nul != std::string::npos) {
    size_t line_start = source->rfind('\n', nul);
    line_start = line_start == std::string::npos ? 0 : line_start + 1;
    int64_t lineno = 1 + std::count(source->begin(), source->begin() + nul, '\n');
    std::string text = source->substr(line_start, nul - line_start);
    Ref msg = make_str("source code cannot contain null bytes");
    Ref fn = make_str(filename);
    Ref ln = make_int(lineno);
    Ref tx = utf8_valid(text) ? make_str(text) : none();
    Ref details = make_tuple({fn.get(), ln.get(), None(), tx.get(), None(), None()});
    Ref exc = TRY(new_exception(&exc::SyntaxError, {msg.get(), details.get()}));
    return raise_value(exc);
  }
  std::string cookie = coding_cookie(*source);
  if (!cookie.empty() && cookie != "utf-8" && cookie != "utf8" && cookie.rfind("utf-8-", 0) != 0)
    return ok();  // another declared encoding: the front end decodes (or rejects) it
  size_t bad = first_invalid_utf8(*source);
  if (bad == std::string::npos) return ok();
  int64_t lineno = 1 + std::count(source->begin(), source->begin() + bad, '\n');
  char hex[8];
  snprintf(hex, sizeof hex, "\\x%02x", static_cast<unsigned char>((*source)[bad]));
  return raise(exc::SyntaxError, std::string("Non-UTF-8 code starting with '") + hex + "' in file " + filename +
                                     " on line " + std::to_string(lineno) +
                                     ", but no encoding declared; see https://peps.python.org/pep-0263/ for details");
}

void print_startup_error(const char* what) {
  fprintf(stderr, "weft: fatal error during start-up: %s\n", what);
  if (error_occurred()) {
    Ref exc = fetch_error();
    print_exception(exc);
  }
}

}  // namespace

void runtime_init() {
  static std::once_flag once;
  std::call_once(once, [] {
    TypeList types;
    init_core_types(types);
    init_sequence_types(types);
    init_number_types(types);
    init_mapping_types(types);
    init_exception_types(types);
    init_vm_types(types);
    init_io_types(types);
    init_native_module_types(types);
    init_thread_types(types);  // _thread.lock, _thread.RLock (stdlib/_thread_module.cpp)
    init_select_types(types);  // select.poll (stdlib/select_module.cpp)
    init_static_strings();
    for (TypeObject* t : types) type_ready(t);
    fileio_finish_types();
    ProcessState::get().types = std::move(types);
  });
}

ThreadState* create_thread_state(InterpreterState* interp) {
  ThreadState* ts = new ThreadState(interp);
  brc_set_eval_breaker(&ts->breaker);  // ft: merge requests of biased counting reach this thread
  return ts;
}

InterpreterState* create_interpreter(const InterpreterConfig& config) {
  ProcessState& ps = ProcessState::get();
  InterpreterState* interp;
  {
    std::lock_guard<std::mutex> g(ps.lock);
    // Ids are never reused (sub-interpreters come and go): a process-wide counter, under ps.lock.
    static int64_t next_id = 0;
    interp = new InterpreterState(next_id++);
    ps.interpreters.push_back(interp);
    if (!ps.main_interpreter) ps.main_interpreter = interp;
  }
  interp->argv = config.argv;
  interp->path = config.path;
  interp->xoptions = config.xoptions;
  interp->unbuffered = config.unbuffered;
  interp->executable = config.executable;

  // The global lock (gil build; ft with -X gil=1 / WEFT_GIL=1) is held by the creating thread
  // from here on, whenever it runs Python code or touches objects.
  interp->gil.configure(config.xoptions);
  stats::configure(interp);  // -X stats: counting starts here (concurrency/stats.h)
  ThreadState* ts = create_thread_state(interp);
  ThreadState::set_current(ts);
  interp->gil.acquire(&ts->breaker);
  interp->main_thread = ts;
  interp->main_thread_ident = ts->ident;
  intern_seed(interp);
  interp->modules = make_dict();

  auto builtins = init_builtins_module();
  if (!builtins) { print_startup_error("cannot create builtins"); return nullptr; }
  Ref bmod = builtins.take();
  interp->builtins = Ref::borrow(module_dict(bmod));
  if (!dict_set_str(interp->modules.as<Dict>(), ids::builtins, bmod)) {
    print_startup_error("sys.modules");
    return nullptr;
  }

  auto sys = init_sys_module();
  if (!sys) { print_startup_error("cannot create sys"); return nullptr; }
  interp->sys = sys.take();
  if (!dict_set_str(interp->modules.as<Dict>(), ids::sys, interp->sys)) {
    print_startup_error("sys.modules");
    return nullptr;
  }

  Ref main = make_module("__main__");
  Dict* md = as<Dict>(module_dict(main));
  Ref main_annotations = make_dict();  // CPython's __main__ always has an empty __annotations__
  if (!dict_set_str(md, ids::dunder_builtins, bmod) ||
      !dict_set_str(md, intern("__annotations__"), main_annotations) ||
      !dict_set_str(md, ids::dunder_package, None()) ||
      !dict_set_str(md, ids::dunder_spec, None()) ||
      !dict_set_str(md, ids::dunder_loader, None()) ||
      !dict_set_str(interp->modules.as<Dict>(), ids::dunder_main, main)) {
    print_startup_error("__main__");
    return nullptr;
  }
  interp->main_module = std::move(main);
  return interp;
}

int handle_uncaught_exception() {
  Ref exc = fetch_error();
  if (!exc) return 1;
  if (is_instance_of(exc, &exc::SystemExit)) {
    auto code = getattr_opt(exc, ids::code);
    if (!code) { clear_error(); return 1; }
    Ref c = code.take();
    if (!c || is_none(c)) return 0;
    if (is_int(c)) {
      int64_t v;
      if (int_to_int64(c, &v)) return int(v & 0xff);
      return 255;
    }
    auto s = str_utf8(c);
    if (!s) { clear_error(); return 1; }
    write_stderr(*s + "\n");
    return 1;
  }
  bool interrupt = is_instance_of(exc, &exc::KeyboardInterrupt);
  print_exception(exc);
  return interrupt ? kExitBySigint : 1;
}

namespace {

// The status for an exception that ends the main program. With -i the REPL follows, so every
// exception, SystemExit too, is only printed (as python does).
int main_failed(const MainProgram& program) {
  if (!program.inspect) return handle_uncaught_exception();
  Ref exc = fetch_error();
  if (exc) print_exception(exc);
  return 1;
}

}  // namespace

int run_main(InterpreterState* interp, const MainProgram& program) {
  std::string source, filename;
  Dict* md = as<Dict>(module_dict(interp->main_module));
  switch (program.kind) {
    case MainProgram::File: {
      filename = absolute_path(program.text);
      struct stat st;
      if (stat(program.text.c_str(), &st) == 0 && S_ISDIR(st.st_mode)) {
        // A directory runs its __main__.py (the zipapp/directory form of python).
        std::string main_py = program.text + "/__main__.py";
        if (stat(main_py.c_str(), &st) != 0) {
          fprintf(stderr, "weft: can't find '__main__' module in %s\n", str_repr(filename).c_str());
          return 1;
        }
        MainProgram inner = program;
        inner.text = main_py;
        return run_main(interp, inner);
      }
      int fd = ::open(program.text.c_str(), O_RDONLY | O_CLOEXEC);
      if (fd < 0 || !read_all_fd(fd, &source)) {
        int err = errno;
        if (fd >= 0) ::close(fd);
        fprintf(stderr, "weft: can't open file %s: [Errno %d] %s\n", str_repr(filename).c_str(), err,
                strerror(err));
        return 2;
      }
      ::close(fd);
      Ref f = make_str(filename);
      if (!dict_set_str(md, ids::dunder_file, f)) return main_failed(program);
      if (!dict_set_str(md, intern("__cached__"), None())) return main_failed(program);
      break;
    }
    case MainProgram::Command:
      source = program.text;
      filename = "<string>";
      break;
    case MainProgram::Stdin:
      if (!read_all_fd(0, &source)) {
        fprintf(stderr, "weft: can't read <stdin>: [Errno %d] %s\n", errno, strerror(errno));
        return 2;
      }
      filename = "<stdin>";
      break;
    case MainProgram::Module: {
      auto found = find_main_module(program.text);
      if (!found) return main_failed(program);
      if (!found->error.empty()) {
        // Output of the parent packages comes first, as in python.
        auto out = getattr_opt(interp->sys, ids::stdout);
        if (!out || (*out && !is_none(*out) && !call_method(*out, ids::flush, {}))) clear_error();
        write_stderr("weft: " + found->error + "\n");
        return 1;
      }
      source = std::move(found->source);
      filename = found->filename;
      Ref pkg = make_str(found->package);
      if (!dict_set_str(md, ids::dunder_package, pkg)) return main_failed(program);
      if (found->is_file) {
        Ref f = make_str(filename);
        if (!dict_set_str(md, ids::dunder_file, f)) return main_failed(program);
      }
      // sys.argv[0] is the module's file, as with python -m.
      auto argv = getattr_opt(interp->sys, intern("argv"));
      if (!argv) return main_failed(program);
      if (*argv && is_list(*argv) && list_size(*argv) > 0) {
        Ref zero = make_int(0), f = make_str(filename);
        if (!setitem(*argv, zero, f)) return main_failed(program);
      }
      break;
    }
  }
  if (program.kind != MainProgram::Command && !check_script_source(&source, filename))
    return main_failed(program);
  auto code = compile_source(source, filename, CompileMode::Exec);
  if (!code) return main_failed(program);
  if (program.disassemble) {
#ifdef WEFT_HAVE_DISASSEMBLER
    if (!print_disassembly(*code)) return main_failed(program);
    return 0;
#else
    write_stderr("weft: -X dis: no disassembler in this build\n");
    return 1;
#endif
  }
  auto result = eval_code(*code, Value(md), Value());
  if (!result) return main_failed(program);
  return 0;
}

namespace {

// Like CPython: before finalization, threading._shutdown() joins the non-daemon threads (only if
// the program imported threading).
void shutdown_threading(InterpreterState* interp) {
  if (!interp->modules) return;
  auto found = dict_get(interp->modules.as<Dict>(), Value(intern("threading")));
  if (!found) { clear_error(); return; }
  Ref threading = found.take();
  if (!threading) return;
  auto fn = getattr_opt(threading, intern("_shutdown"));
  if (!fn) { clear_error(); return; }
  Ref f = fn.take();
  if (!f) return;
  if (!call(f, {})) {
    Ref exc = fetch_error();
    write_stderr("Exception ignored on threading shutdown:\n");
    print_exception(exc);
  }
}

// Like CPython: the atexit callbacks run after threading._shutdown(), LIFO (only if the program
// imported atexit; the module is Python, stdlib/lib/atexit.py, and reports callback errors itself).
void run_atexit_callbacks(InterpreterState* interp) {
  if (!interp->modules) return;
  auto found = dict_get(interp->modules.as<Dict>(), Value(intern("atexit")));
  if (!found) { clear_error(); return; }
  Ref atexit = found.take();
  if (!atexit) return;
  auto fn = getattr_opt(atexit, intern("_run_exitfuncs"));
  if (!fn) { clear_error(); return; }
  Ref f = fn.take();
  if (!f) return;
  if (!call(f, {})) {
    Ref exc = fetch_error();
    write_stderr("Exception ignored in atexit:\n");
    print_exception(exc);
  }
}

}  // namespace

int finalize_interpreter(InterpreterState* interp, int status) {
  shutdown_threading(interp);
  run_atexit_callbacks(interp);
  // Daemon threads may still run: no new threads from here on; the main thread keeps the
  // global lock, so (gil build) they stay parked while the files are flushed and the process ends.
  interp->finalizing.store(true);
  // sys.stdout / sys.stderr may have been replaced by Python objects: flush through them.
  if (interp->sys) {
    for (Str* name : {ids::stdout, ids::stderr}) {
      auto f = getattr_opt(interp->sys, name);
      if (!f) { clear_error(); continue; }
      Ref file = f.take();
      if (!file || is_none(file)) continue;
      bool flushed;
      if (is_file_object(file)) {
        if (as<FileObject>(file)->closed) continue;
        flushed = file_flush(file).ok();
      } else {
        flushed = call_method(file, ids::flush, {}).ok();
      }
      if (!flushed) {
        // As CPython: report, and exit with 120 if the program itself succeeded.
        Ref exc = fetch_error();
        if (name == ids::stdout) {
          write_stderr("Exception ignored on flushing sys.stdout:\n");
          print_exception(exc);
          if (status == 0) status = 120;
        }
      }
    }
  }
  flush_open_files(interp);
  stats::report(interp);  // -X stats, main interpreter only: the report on stderr
  if (interp->thread_count.load() > 0 && interp == ProcessState::get().main_interpreter) {
    // Daemon threads are still alive: end the process here, without running static destructors
    // under them (they stay parked on the global lock or in a blocking call meanwhile).
    fflush(stdout);
    fflush(stderr);
    if (status == kExitBySigint) {
      signal(SIGINT, SIG_DFL);
      sigset_t set;
      sigemptyset(&set);
      sigaddset(&set, SIGINT);
      pthread_sigmask(SIG_UNBLOCK, &set, nullptr);
      kill(getpid(), SIGINT);
      _exit(130);
    }
    _exit(status);
  }
  return status;
}

bool clear_interpreter(InterpreterState* interp) {
  (void)finalize_interpreter(interp, 0);
  if (interp->thread_count.load() > 0) return false;  // threads of its own still run in it
  // No cycle collector: break the module <-> function-globals cycles by clearing every module's
  // namespace (__main__ first, builtins and sys last, as CPython's finalization), then the rest.
  std::vector<Ref> mods;
  if (interp->modules) {
    size_t pos = 0;
    Value k, v;
    while (dict_next(interp->modules.as<Dict>(), &pos, &k, &v)) mods.push_back(Ref::borrow(v));
  }
  auto rank = [&](const Ref& m) {
    if (m.get() == interp->main_module.get()) return 0;
    if (m.get() == interp->sys.get()) return 3;
    if (is_instance_of(m, &ModuleType) && module_dict(m) == interp->builtins.get()) return 2;
    return 1;
  };
  std::stable_sort(mods.begin(), mods.end(), [&](const Ref& a, const Ref& b) { return rank(a) < rank(b); });
  // Classes are cycles too (a class is in its own __mro__; its dict's descriptors point back at
  // it): collect those reachable from the modules, nested classes included, to cut them below.
  std::vector<Ref> classes;
  std::unordered_set<Object*> seen;
  std::vector<Value> todo;
  for (Ref& m : mods)
    if (is_instance_of(m, &ModuleType) && module_dict(m) && is_dict(module_dict(m))) todo.push_back(module_dict(m));
  while (!todo.empty() && classes.size() < 100000) {
    Value d = todo.back();
    todo.pop_back();
    size_t pos = 0;
    Value k, v;
    while (dict_next(as<Dict>(d), &pos, &k, &v)) {
      if (!v.is_object() || !(v.type()->flags & kTypeTypeSubclass)) continue;
      TypeObject* t = as<TypeObject>(v);
      if (!(t->flags & kTypeHeapType)) continue;
      if (!seen.insert(v.obj()).second) continue;
      classes.push_back(Ref::borrow(v));
      if (t->dict && is_dict(t->dict)) todo.push_back(t->dict);
    }
  }
  Str* clear = intern("clear");
  for (Ref& m : mods) {
    if (!is_instance_of(m, &ModuleType)) continue;
    Value d = module_dict(m);
    if (d && is_dict(d) && !call_method(d, clear, {})) clear_error();
  }
  if (interp->modules && !call_method(interp->modules, clear, {})) clear_error();
  mods.clear();
  for (Ref& c : classes) {
    TypeObject* t = as<TypeObject>(c);
    if (t->dict && is_dict(t->dict) && !call_method(t->dict, clear, {})) clear_error();
    t->mro = Ref();  // lookups and subtype checks then walk the base chain
  }
  classes.clear();
  clear_error();
  return true;
}

void destroy_interpreter(InterpreterState* interp) {
  {
    std::lock_guard<std::mutex> g(ProcessState::get().lock);
    auto& v = ProcessState::get().interpreters;
    for (auto it = v.begin(); it != v.end(); ++it) {
      if (*it == interp) { v.erase(it); break; }
    }
    if (ProcessState::get().main_interpreter == interp) ProcessState::get().main_interpreter = nullptr;
    detach_open_files(interp);
  }
  std::vector<ThreadState*> threads = interp->threads;
  for (ThreadState* ts : threads) delete ts;
  delete interp;
}

namespace {
void on_sigint(int) { trip_signal(SIGINT); }
}  // namespace

void install_signal_handlers(ThreadState* main_thread) {
  ProcessState::get().sigint_breaker.store(&main_thread->breaker);
  struct sigaction sa = {};
  sa.sa_handler = on_sigint;
  sigemptyset(&sa.sa_mask);
  sa.sa_flags = 0;  // no SA_RESTART: a blocking read or sleep returns EINTR
  sigaction(SIGINT, &sa, nullptr);
  signal(SIGPIPE, SIG_IGN);
  signal(SIGXFSZ, SIG_IGN);  // as CPython: writes past the limit raise OSError instead
}

void block_async_signals(sigset_t* old) {
  sigset_t set;
  sigfillset(&set);
  for (int s : {SIGSEGV, SIGBUS, SIGFPE, SIGILL, SIGTRAP, SIGSYS, SIGABRT}) sigdelset(&set, s);
  pthread_sigmask(SIG_BLOCK, &set, old);
}

Status check_signals() {
  ThreadState* ts = ThreadState::current();
  if (ts && ts->breaker.test(EvalBreaker::kSignalPending) &&
      ProcessState::get().sigint_breaker.load(std::memory_order_relaxed) == &ts->breaker) {
    ts->breaker.clear(EvalBreaker::kSignalPending);
    return run_signal_handlers();
  }
  return ok();
}

int run_with_big_stack(const std::function<int()>& fn, size_t stack_size) {
  int status = 1;
  boost::thread::attributes attrs;
  attrs.set_stack_size(stack_size);
  try {
    boost::thread t(attrs, [&] {
      status = fn();
      // A fork child has no thread joining this one (concurrency/fork.h): end the process here
      // as main() would.
      if (is_fork_child()) {
        fflush(stdout);
        fflush(stderr);
        if (status == kExitBySigint) {
          signal(SIGINT, SIG_DFL);
          kill(getpid(), SIGINT);
          _exit(130);
        }
        _exit(status);
      }
    });
    // Signals go to the interpreter thread, so that they interrupt its sleeps and reads.
    sigset_t old;
    block_async_signals(&old);
    t.join();
    pthread_sigmask(SIG_SETMASK, &old, nullptr);
  } catch (const boost::thread_resource_error&) {
    // Could not get a big stack (ulimit): run on this thread instead.
    status = fn();
  }
  return status;
}

}  // namespace weft
