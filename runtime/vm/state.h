// The three levels of state (DESIGN §5). There is no mutable global outside these:
//  - ProcessState: what is immortal and shared (built-in types, None/True/False, static
//    strings, the thread registry). One per process.
//  - InterpreterState: modules, sys, builtins, interned strings, import state, recursion limit
//    and (gil build) its own global lock. Several may run in one process.
//  - ThreadState: frames, the exception being raised, the eval breaker, recursion depth.
#pragma once
#include <atomic>
#include <memory>
#include <mutex>
#include <string>
#include <unordered_map>
#include <vector>

#include "concurrency/eval_breaker.h"
#include "concurrency/gil.h"
#include "objects/object.h"

namespace weft {

struct Frame;            // vm/frame.h
struct FrameArena;       // vm/frame.cpp
struct InterpreterState;
struct ThreadState;
struct SideDictTable;  // objects/object_type.cpp (added by types)
struct TypeCache;      // objects/type.cpp (added by typecache)

struct ProcessState {
  std::mutex lock;  // guards the registries below
  std::vector<InterpreterState*> interpreters;
  InterpreterState* main_interpreter = nullptr;
  // Immortal strings interned before/outside any interpreter (built-in method names, ...);
  // guarded by `lock`. Added by seq (objects/str.cpp).
  std::unordered_map<std::string, Str*> static_strings;
  std::vector<TypeObject*> types;  // every built-in type, readied once at start-up (vm/startup.cpp)
  // The main thread's eval breaker: the SIGINT handler sets kSignalPending there (vm/startup.cpp).
  std::atomic<EvalBreaker*> sigint_breaker{nullptr};

  static ProcessState& get();
};

struct InterpreterState {
  int64_t id = 0;
  Ref modules;    // dict: sys.modules
  Ref builtins;   // the builtins module's dict
  Ref sys;        // the sys module
  Ref main_module;
  std::unordered_map<std::string, Str*> interned;  // interned strings (owned references)
  std::mutex interned_lock;  // guards `interned` (ft build: several threads intern). Added by seq.
  std::atomic<int> recursion_limit{1000};  // sys.setrecursionlimit() may run while other threads call
  // sys.set_int_max_str_digits(); 0 = no limit. Added by num (objects/int.cpp).
  int64_t int_max_str_digits = 4300;
  std::vector<std::string> argv;       // sys.argv as given on the command line
  std::vector<std::string> path;       // initial sys.path entries
  std::vector<ThreadState*> threads;
  // Instance dicts of heap subclasses of built-in types (objects/object_type.cpp; added by types).
  SideDictTable* side_dicts = nullptr;
  // The type attribute cache (objects/type.cpp; added by typecache): created with the
  // interpreter, freed with it.
  TypeCache* type_cache = nullptr;
  // Added by cli (vm/startup.cpp, stdlib/sys_module.cpp, objects/fileio.cpp):
  std::vector<std::string> xoptions;   // -X options as given ("dis", "gil=1")
  bool unbuffered = false;             // -u
  std::string executable;              // sys.executable
  std::mutex files_lock;               // guards open_files
  std::vector<Object*> open_files;     // writable file objects, flushed at exit (not owned)
  std::recursive_mutex import_lock;    // held while a module is found and executed (vm/import.cpp)
  std::vector<std::string> initializing;  // modules whose body is running (circular-import messages)
  std::mutex initializing_lock;          // guards `initializing` (read by threads not importing)
  // Threads (added by rt; concurrency/gil.h, stdlib/_thread_module.cpp):
  GlobalLock gil;                         // gil build, or ft with -X gil=1; also the switch interval
  ThreadState* main_thread = nullptr;     // the thread that created the interpreter
  uint64_t main_thread_ident = 0;         // its _thread.get_ident()
  std::atomic<int> thread_count{0};       // threads started by _thread and still running (_count())
  std::atomic<bool> finalizing{false};    // past the main program: no new threads
  size_t thread_stack_size = 0;           // _thread.stack_size(); 0 = the default (64 MiB)

  explicit InterpreterState(int64_t id);
  ~InterpreterState();
};

struct ThreadState {
  InterpreterState* interp = nullptr;
  Frame* frame = nullptr;         // innermost executing frame (vm/frame.h)
  Ref current_exception;          // the exception being raised (set by raise(), see errors.h)
  Ref handled_exception;          // the exception being handled (sys.exception(), __context__)
  int recursion_depth = 0;        // Python-level calls; RecursionError past the limit
  int native_depth = 0;           // C++ recursion (repr of nested lists, parser nesting, ...)
  std::vector<Object*> repr_stack;  // containers being repr'd (repr_enter, objects/abstract.h)
  // Bounded-depth container deallocation (trashcan_begin/end, objects/list.h). Added by seq.
  int dealloc_depth = 0;
  std::vector<Object*> dealloc_pending;
  uintptr_t thread_id = 0;
  uint64_t ident = 0;       // _thread.get_ident() (pthread_self)
  int64_t native_id = 0;    // _thread.get_native_id() (gettid)
  // Inside a BlockingRegion: the global lock is released / the thread is detached (ft: other
  // threads may read it, e.g. a stop-the-world pause).
  std::atomic<bool> detached{false};
  EvalBreaker breaker;
  // vm/frame.cpp: this thread's frame stack (created on first call; the deleter is set then).
  std::unique_ptr<FrameArena, void (*)(FrameArena*)> frame_arena{nullptr, nullptr};
  // vm/eval.cpp: lowest C++ stack address Python calls may reach before raising RecursionError
  // (computed on first use from the thread's stack bounds).
  uintptr_t stack_limit = 0;

  explicit ThreadState(InterpreterState* interp);
  ~ThreadState();

  static ThreadState* current() { return t_current; }
  static void set_current(ThreadState* ts) { t_current = ts; }

 private:
  static thread_local ThreadState* t_current;
};

inline InterpreterState* current_interp() { return ThreadState::current()->interp; }

}  // namespace weft
