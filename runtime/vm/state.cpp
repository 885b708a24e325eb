// The three levels of state (vm/state.h). ProcessState is the one process-wide object; each
// InterpreterState owns its modules and interned strings; each ThreadState belongs to one OS
// thread of one interpreter.
#include "vm/state.h"

#include <pthread.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <algorithm>

#include "objects/str.h"
#include "objects/type.h"  // type_cache_new/free (added by typecache)

namespace weft {

thread_local ThreadState* ThreadState::t_current = nullptr;

ProcessState& ProcessState::get() {
  // Function-local static: constructed on first use, lives for the whole process.
  static ProcessState state;
  return state;
}

InterpreterState::InterpreterState(int64_t id_) : id(id_), type_cache(type_cache_new()) {}

InterpreterState::~InterpreterState() {
  // Modules first (they reference interned strings), then the interned table itself.
  main_module.reset();
  sys.reset();
  builtins.reset();
  modules.reset();
  for (auto& [text, s] : interned) decref(Value(s));  // immortal ids:: strings are skipped
  interned.clear();
  type_cache_free(type_cache);
}

ThreadState::ThreadState(InterpreterState* interp_) : interp(interp_) {
  thread_id = current_thread_id();
  ident = uint64_t(pthread_self());
  native_id = int64_t(syscall(SYS_gettid));
  if (interp) {
    std::lock_guard<std::mutex> g(ProcessState::get().lock);
    interp->threads.push_back(this);
  }
}

ThreadState::~ThreadState() {
  current_exception.reset();
  handled_exception.reset();
  if (interp) {
    std::lock_guard<std::mutex> g(ProcessState::get().lock);
    auto& v = interp->threads;
    v.erase(std::remove(v.begin(), v.end(), this), v.end());
  }
  if (t_current == this) t_current = nullptr;
}

}  // namespace weft
