// The three levels of state (DESIGN §5). There is no mutable global outside these:
//  - ProcessState: what is immortal and shared (built-in types, None/True/False, static
//    strings, the thread registry). One per process.
//  - InterpreterState: modules, sys, builtins, interned strings, import state, recursion limit
//    and (gil build) its own global lock. Several may run in one process.
//  - ThreadState: frames, the exception being raised, the eval breaker, recursion depth.
#pragma once
#include <mutex>
#include <string>
#include <unordered_map>
#include <vector>

#include "concurrency/eval_breaker.h"
#include "objects/object.h"

namespace weft {

struct Frame;            // vm/frame.h
struct InterpreterState;
struct ThreadState;

struct ProcessState {
  std::mutex lock;  // guards the registries below
  std::vector<InterpreterState*> interpreters;
  InterpreterState* main_interpreter = nullptr;

  static ProcessState& get();
};

struct InterpreterState {
  int64_t id = 0;
  Ref modules;    // dict: sys.modules
  Ref builtins;   // the builtins module's dict
  Ref sys;        // the sys module
  Ref main_module;
  std::unordered_map<std::string, Str*> interned;  // interned strings (owned references)
  int recursion_limit = 1000;
  std::vector<std::string> argv;       // sys.argv as given on the command line
  std::vector<std::string> path;       // initial sys.path entries
  std::vector<ThreadState*> threads;

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
  uintptr_t thread_id = 0;
  EvalBreaker breaker;

  explicit ThreadState(InterpreterState* interp);
  ~ThreadState();

  static ThreadState* current() { return t_current; }
  static void set_current(ThreadState* ts) { t_current = ts; }

 private:
  static thread_local ThreadState* t_current;
};

inline InterpreterState* current_interp() { return ThreadState::current()->interp; }

}  // namespace weft
