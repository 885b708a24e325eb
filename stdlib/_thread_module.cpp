// The _thread module: OS threads running Python callables, and the two lock types.
//
// API (CPython's, stable; threading.py / queue.py / concurrent.futures build on it):
//   start_new_thread(function, args[, kwargs]) -> ident   (also start_new)
//       Runs function(*args, **kwargs) on a new thread (Boost.Thread, 64 MiB stack or
//       stack_size()). An uncaught exception other than SystemExit prints
//       "Exception ignored in thread started by <repr(function)>:" and the traceback.
//       RuntimeError "can't create new thread at interpreter shutdown" once finalization began.
//   allocate_lock() -> lock   (also allocate); LockType is lock; lock() is callable too.
//       lock.acquire(blocking=True, timeout=-1) -> bool (acquire_lock), release() (release_lock),
//       locked() (locked_lock), __enter__/__exit__, _at_fork_reinit().
//   RLock(): acquire/release/__enter__/__exit__, _is_owned(), _recursion_count(),
//       _release_save() -> state, _acquire_restore(state), _at_fork_reinit().
//   get_ident(), get_native_id(), _count() (threads started here and still running),
//   stack_size([size]) -> previous size, TIMEOUT_MAX, error (= RuntimeError),
//   exit() / exit_thread() (raise SystemExit), interrupt_main(signum=SIGINT),
//   daemon_threads_allowed() -> True, _is_main_interpreter() -> True.
// Weft helpers for threading.py:
//   _main_thread_ident() (also CPython's _get_main_thread_ident()): the main thread's ident, so
//       threading may be imported first in another thread.
//   Joining is threading.py's business (a lock its thread wrapper releases last). At exit, before
//   finalization, the runtime calls threading._shutdown() if 'threading' is in sys.modules;
//   daemon threads that still run then simply end with the process.
//
// Waits (lock acquires that block) run in a BlockingRegion; on the main thread they wake every
// 20 ms to see Ctrl-C, which raises KeyboardInterrupt from acquire().
#include <pthread.h>
#include <signal.h>

#include <boost/thread.hpp>
#include <chrono>
#include <cmath>
#include <condition_variable>
#include <mutex>

#include "concurrency/blocking.h"
#include "concurrency/cpu_relax.h"
#include "concurrency/stats.h"
#include "modules.h"
#include "objects/abstract.h"
#include "objects/args.h"
#include "objects/dict.h"
#include "objects/exceptions.h"
#include "objects/float.h"
#include "objects/init.h"
#include "objects/int.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "builtins_module.h"
#include "vm/startup.h"
#include "vm/state.h"

namespace weft {

void init_thread_types(TypeList& out);  // called by runtime_init (vm/startup.cpp)

namespace {

constexpr size_t kDefaultStackSize = size_t(64) << 20;  // deep recursion up to the limit fits
constexpr double kTimeoutMax = 9223372036.0;            // CPython's TIMEOUT_MAX on Linux

TypeObject LockType;   // _thread.lock
TypeObject RLockType;  // _thread.RLock

struct LockObject : Object {
  std::mutex mu;
  std::condition_variable cv;
  bool locked = false;  // guarded by mu
};

struct RLockObject : Object {
  std::mutex mu;
  std::condition_variable cv;
  std::atomic<uint64_t> owner{0};  // ident of the owner, 0 when free (written under mu)
  std::atomic<uint64_t> count{0};  // recursion depth (written by the owner only)
};

// --- waiting ---------------------------------------------------------------------------------

enum class WaitResult { kAcquired, kTimedOut, kInterrupted };

bool is_main_thread(ThreadState* ts) {
  return ts && ProcessState::get().sigint_breaker.load(std::memory_order_relaxed) == &ts->breaker;
}

// Blocks (global lock released) until try_take() succeeds under mu, the timeout (seconds, < 0 =
// forever) passes, or (main thread) SIGINT arrives.
template <class TryTake>
WaitResult wait_for(std::mutex& mu, std::condition_variable& cv, double timeout, TryTake try_take) {
  using clock = std::chrono::steady_clock;
  ThreadState* ts = ThreadState::current();
  bool main = is_main_thread(ts);
  bool forever = timeout < 0 || timeout > 1e8;  // 3 years: also keeps the clock arithmetic in range
  auto deadline = clock::now() + std::chrono::duration_cast<clock::duration>(std::chrono::duration<double>(forever ? 0 : timeout));
  BlockingRegion br;
  std::unique_lock<std::mutex> lk(mu);
  for (;;) {
    if (try_take()) return WaitResult::kAcquired;
    if (main && ts->breaker.test(EvalBreaker::kSignalPending)) return WaitResult::kInterrupted;
    auto now = clock::now();
    if (!forever && now >= deadline) return WaitResult::kTimedOut;
    auto until = forever ? now + std::chrono::hours(1) : deadline;
    if (main) until = std::min(until, now + std::chrono::milliseconds(20));
    cv.wait_until(lk, until);
  }
}

// wait_for, resumed with the time left after a signal whose handler did not raise (PEP 475).
template <class TryTake>
Result<bool> wait_retrying(std::mutex& mu, std::condition_variable& cv, double timeout, TryTake try_take) {
  using clock = std::chrono::steady_clock;
  auto start = clock::now();
  for (;;) {
    double left = timeout;
    if (timeout >= 0) {
      left = timeout - std::chrono::duration<double>(clock::now() - start).count();
      if (left < 0) left = 0;
    }
    WaitResult r = wait_for(mu, cv, left, try_take);
    if (r != WaitResult::kInterrupted) return r == WaitResult::kAcquired;
    TRY(check_signals());
  }
}

// acquire(blocking=True, timeout=-1) arguments with CPython's checks. timeout < 0: forever.
Status parse_acquire_args(CallArgs args, bool* blocking, double* timeout) {
  Value b, t;
  TRY(parse_args(args, "acquire", {"blocking", "timeout"}, 0, {&b, &t}));
  *blocking = true;
  *timeout = -1;
  if (b) *blocking = TRY(truthy(b));
  if (t) {
    if (is_float(t)) {
      double d = float_value(t);
      if (std::isnan(d)) return raise(exc::ValueError, "Invalid value NaN (not a number)");
      if (d > 9.2233720368547758e9 || d < -9.2233720368547758e9)
        return raise(exc::OverflowError, "timestamp out of range for platform time_t");
      *timeout = d;
    } else if (is_int(t)) {
      int64_t v;
      if (!int_to_int64(t, &v) || v > 9223372036 || v < -9223372036)
        return raise(exc::OverflowError, "timestamp too large to convert to C PyTime_t");
      *timeout = double(v);
    } else {
      return raise(exc::TypeError, std::string("'") + type_name(t) + "' object cannot be interpreted as an integer");
    }
    if (!*blocking && *timeout != -1)
      return raise(exc::ValueError, "can't specify a timeout for a non-blocking call");
    if (*timeout < 0 && *timeout != -1)
      return raise(exc::ValueError, "timeout value must be a non-negative number");
    if (*timeout > kTimeoutMax) return raise(exc::OverflowError, "timeout value is too large");
  }
  if (!*blocking) *timeout = 0;
  return ok();
}

// --- lock ------------------------------------------------------------------------------------

Result<bool> lock_acquire_impl(LockObject* l, bool blocking, double timeout) {
  {
    std::lock_guard<std::mutex> g(l->mu);
    if (!l->locked) {
      l->locked = true;
      return true;
    }
  }
  if (!blocking || timeout == 0) return false;
  if constexpr (kFreeThreading) {
    // Without a global lock the holder runs on another core and usually releases within a few
    // microseconds: spin briefly before paying for a sleep and a wake-up.
    for (int spin = 0; spin < 256; ++spin) {
      cpu_relax();
      std::unique_lock<std::mutex> g(l->mu, std::try_to_lock);
      if (g.owns_lock() && !l->locked) {
        l->locked = true;
        return true;
      }
    }
  }
  return wait_retrying(l->mu, l->cv, timeout, [l] {
    if (l->locked) return false;
    l->locked = true;
    return true;
  });
}

Result<Ref> lock_acquire(Value self, CallArgs args) {
  bool blocking;
  double timeout;
  TRY(parse_acquire_args(args, &blocking, &timeout));
  bool got = TRY(lock_acquire_impl(as<LockObject>(self), blocking, timeout));
  return make_bool(got);
}

Result<Ref> lock_enter(Value self, CallArgs args) {
  TRY(check_nargs(args, "__enter__", 0, 0));
  bool got = TRY(lock_acquire_impl(as<LockObject>(self), true, -1));
  return make_bool(got);
}

Status lock_release_impl(LockObject* l) {
  {
    std::lock_guard<std::mutex> g(l->mu);
    if (!l->locked) return raise(exc::RuntimeError, "release unlocked lock");
    l->locked = false;
  }
  l->cv.notify_one();
  return ok();
}

Result<Ref> lock_release(Value self, CallArgs args) {
  TRY(check_nargs(args, "release", 0, 0));
  TRY(lock_release_impl(as<LockObject>(self)));
  return none();
}

Result<Ref> lock_exit(Value self, CallArgs args) {
  TRY(lock_release_impl(as<LockObject>(self)));
  return none();
}

Result<Ref> lock_locked(Value self, CallArgs args) {
  TRY(check_nargs(args, "locked", 0, 0));
  LockObject* l = as<LockObject>(self);
  std::lock_guard<std::mutex> g(l->mu);
  return make_bool(l->locked);
}

Result<Ref> lock_at_fork_reinit(Value self, CallArgs args) {
  LockObject* l = as<LockObject>(self);
  std::lock_guard<std::mutex> g(l->mu);
  l->locked = false;
  return none();
}

std::string address(Value v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%p", static_cast<void*>(v.obj()));
  return buf;
}

Result<Ref> lock_repr(Value self) {
  LockObject* l = as<LockObject>(self);
  bool locked;
  {
    std::lock_guard<std::mutex> g(l->mu);
    locked = l->locked;
  }
  return make_str(std::string("<") + (locked ? "locked " : "unlocked ") + self.type()->name + " object at " +
                  address(self) + ">");
}

Ref new_lock(TypeObject* type) { return Ref::steal(Value(new_object<LockObject>(type))); }

Result<Ref> lock_new(TypeObject* type, CallArgs args) {
  TRY(check_no_kwargs(args, "lock"));
  TRY(check_nargs(args, "lock", 0, 0));
  return new_lock(type);
}

void lock_dealloc(Object* o) { delete_object(static_cast<LockObject*>(o)); }

const MethodDef kLockMethods[] = {
    {"acquire", lock_acquire, 0, "Lock the lock; return whether it was acquired."},
    {"acquire_lock", lock_acquire, 0, "An obsolete synonym of acquire()."},
    {"__enter__", lock_enter, 0, "Lock the lock."},
    {"release", lock_release, 0, "Release the lock, allowing another thread that is blocked waiting for the lock to acquire it."},
    {"release_lock", lock_release, 0, "An obsolete synonym of release()."},
    {"__exit__", lock_exit, 0, "Release the lock."},
    {"locked", lock_locked, 0, "Return whether the lock is in the locked state."},
    {"locked_lock", lock_locked, 0, "An obsolete synonym of locked()."},
    {"_at_fork_reinit", lock_at_fork_reinit, 0, nullptr},
    {nullptr, nullptr},
};

// --- RLock -----------------------------------------------------------------------------------

uint64_t my_ident() {
  ThreadState* ts = ThreadState::current();
  return ts ? ts->ident : uint64_t(pthread_self());
}

// Takes an RLock that the calling thread does not own (count set by the caller).
Result<bool> rlock_take(RLockObject* r, uint64_t me, bool blocking, double timeout) {
  auto try_take = [r, me] {
    if (r->owner.load(std::memory_order_relaxed) != 0) return false;
    r->owner.store(me, std::memory_order_relaxed);
    return true;
  };
  {
    std::lock_guard<std::mutex> g(r->mu);
    if (try_take()) return true;
  }
  if (!blocking || timeout == 0) return false;
  return wait_retrying(r->mu, r->cv, timeout, try_take);
}

Result<bool> rlock_acquire_impl(RLockObject* r, bool blocking, double timeout) {
  uint64_t me = my_ident();
  if (r->owner.load(std::memory_order_relaxed) == me) {
    uint64_t c = r->count.load(std::memory_order_relaxed);
    if (c == UINT64_MAX) return raise(exc::OverflowError, "Internal lock count overflowed");
    r->count.store(c + 1, std::memory_order_relaxed);
    return true;
  }
  bool got = TRY(rlock_take(r, me, blocking, timeout));
  if (got) r->count.store(1, std::memory_order_relaxed);
  return got;
}

Result<Ref> rlock_acquire(Value self, CallArgs args) {
  bool blocking;
  double timeout;
  TRY(parse_acquire_args(args, &blocking, &timeout));
  bool got = TRY(rlock_acquire_impl(as<RLockObject>(self), blocking, timeout));
  return make_bool(got);
}

Result<Ref> rlock_enter(Value self, CallArgs args) {
  bool got = TRY(rlock_acquire_impl(as<RLockObject>(self), true, -1));
  return make_bool(got);
}

// Gives the lock up entirely (owner 0) and wakes a waiter.
void rlock_free(RLockObject* r) {
  r->count.store(0, std::memory_order_relaxed);
  {
    std::lock_guard<std::mutex> g(r->mu);
    r->owner.store(0, std::memory_order_relaxed);
  }
  r->cv.notify_one();
}

Status rlock_release_impl(RLockObject* r) {
  uint64_t c = r->count.load(std::memory_order_relaxed);
  if (c == 0 || r->owner.load(std::memory_order_relaxed) != my_ident())
    return raise(exc::RuntimeError, "cannot release un-acquired lock");
  if (c == 1) rlock_free(r);
  else r->count.store(c - 1, std::memory_order_relaxed);
  return ok();
}

Result<Ref> rlock_release(Value self, CallArgs args) {
  TRY(check_nargs(args, "release", 0, 0));
  TRY(rlock_release_impl(as<RLockObject>(self)));
  return none();
}

Result<Ref> rlock_exit(Value self, CallArgs args) {
  TRY(rlock_release_impl(as<RLockObject>(self)));
  return none();
}

bool rlock_owned(RLockObject* r) {
  return r->count.load(std::memory_order_relaxed) > 0 && r->owner.load(std::memory_order_relaxed) == my_ident();
}

Result<Ref> rlock_is_owned(Value self, CallArgs args) {
  TRY(check_nargs(args, "_is_owned", 0, 0));
  return make_bool(rlock_owned(as<RLockObject>(self)));
}

Result<Ref> rlock_recursion_count(Value self, CallArgs args) {
  TRY(check_nargs(args, "_recursion_count", 0, 0));
  RLockObject* r = as<RLockObject>(self);
  return make_int(rlock_owned(r) ? int64_t(r->count.load(std::memory_order_relaxed)) : 0);
}

Result<Ref> rlock_release_save(Value self, CallArgs args) {
  TRY(check_nargs(args, "_release_save", 0, 0));
  RLockObject* r = as<RLockObject>(self);
  uint64_t c = r->count.load(std::memory_order_relaxed);
  if (c == 0) return raise(exc::RuntimeError, "cannot release un-acquired lock");
  uint64_t owner = r->owner.load(std::memory_order_relaxed);
  rlock_free(r);
  Ref count = make_int(int64_t(c));
  Ref who = make_int(int64_t(owner));
  return make_tuple({count.get(), who.get()});
}

Result<Ref> rlock_acquire_restore(Value self, CallArgs args) {
  TRY(check_nargs(args, "_acquire_restore", 1, 1));
  Value state = args[0];
  if (!is_tuple(state) || tuple_size(state) != 2)
    return raise(exc::TypeError, std::string("_acquire_restore() argument 1 must be 2-item sequence, not ") +
                                     type_name(state));
  int64_t count, owner;
  if (!is_int(tuple_item(state, 0)) || !int_to_int64(tuple_item(state, 0), &count) ||
      !is_int(tuple_item(state, 1)) || !int_to_int64(tuple_item(state, 1), &owner))
    return raise(exc::TypeError, "_acquire_restore() argument 1 must be (int, int)");
  RLockObject* r = as<RLockObject>(self);
  TRY(rlock_take(r, my_ident(), true, -1));
  {
    std::lock_guard<std::mutex> g(r->mu);
    r->owner.store(uint64_t(owner), std::memory_order_relaxed);
  }
  r->count.store(uint64_t(count), std::memory_order_relaxed);
  return none();
}

Result<Ref> rlock_at_fork_reinit(Value self, CallArgs args) {
  RLockObject* r = as<RLockObject>(self);
  r->count.store(0, std::memory_order_relaxed);
  std::lock_guard<std::mutex> g(r->mu);
  r->owner.store(0, std::memory_order_relaxed);
  return none();
}

Result<Ref> rlock_repr(Value self) {
  RLockObject* r = as<RLockObject>(self);
  uint64_t owner = r->owner.load(std::memory_order_relaxed);
  uint64_t count = r->count.load(std::memory_order_relaxed);
  return make_str(std::string("<") + (count ? "locked " : "unlocked ") + self.type()->name +
                  " object owner=" + std::to_string(count ? owner : 0) + " count=" + std::to_string(count) +
                  " at " + address(self) + ">");
}

Result<Ref> rlock_new(TypeObject* type, CallArgs args) {
  return Ref::steal(Value(new_object<RLockObject>(type)));
}

void rlock_dealloc(Object* o) { delete_object(static_cast<RLockObject*>(o)); }

const MethodDef kRLockMethods[] = {
    {"acquire", rlock_acquire, 0, "Lock the lock; a thread that owns it may acquire it again."},
    {"__enter__", rlock_enter, 0, "Lock the lock."},
    {"release", rlock_release, 0, "Release the lock once; it is free when the count reaches zero."},
    {"__exit__", rlock_exit, 0, "Release the lock."},
    {"_is_owned", rlock_is_owned, 0, "For internal use by `threading.Condition`."},
    {"_recursion_count", rlock_recursion_count, 0, "For internal use by reentrancy checks."},
    {"_release_save", rlock_release_save, 0, "For internal use by `threading.Condition`."},
    {"_acquire_restore", rlock_acquire_restore, 0, "For internal use by `threading.Condition`."},
    {"_at_fork_reinit", rlock_at_fork_reinit, 0, nullptr},
    {nullptr, nullptr},
};

// --- threads ---------------------------------------------------------------------------------

struct ThreadBoot {
  InterpreterState* interp;
  Ref func, args, kwargs;
};

// func(*args, **kwargs)
Result<Ref> call_with(Value func, Value args, Value kwargs) {
  size_t n = tuple_size(args);
  std::vector<Value> argv(as<Tuple>(args)->items, as<Tuple>(args)->items + n);
  if (!kwargs || dict_size(kwargs) == 0) return call(func, CallArgs{argv.data(), n, nullptr});
  std::vector<Value> names;
  size_t pos = 0;
  Value k, v;
  while (dict_next(as<Dict>(kwargs), &pos, &k, &v)) {
    if (!is_str(k)) return raise(exc::TypeError, "keywords must be strings");
    names.push_back(k);
    argv.push_back(v);
  }
  Ref kwnames = tuple_from_array(names.data(), names.size());
  return call(func, CallArgs{argv.data(), n, kwnames.as<Tuple>()});
}

// -X stats: the name of the threading.Thread whose bound _bootstrap method `func` is ("" if none).
std::string thread_name_for_stats(Value func) {
  auto self = getattr_opt(func, intern("__self__"));
  if (!self) { clear_error(); return {}; }
  Ref s = self.take();
  if (!s) return {};
  auto name = getattr_opt(s, intern("_name"));
  if (!name) { clear_error(); return {}; }
  Ref n = name.take();
  if (!n || !is_str(n)) return {};
  auto text = str_utf8(n);
  if (!text) { clear_error(); return {}; }
  return *text;
}

// The body of every thread started by start_new_thread.
void thread_main(ThreadBoot* boot) {
  stats::thread_begin();
  std::string stats_name;
  InterpreterState* interp = boot->interp;
  ThreadState* ts = create_thread_state(interp);
  ThreadState::set_current(ts);
  interp->gil.acquire(&ts->breaker);
  {
    Ref func = std::move(boot->func), args = std::move(boot->args), kwargs = std::move(boot->kwargs);
    delete boot;
    Result<Ref> r = call_with(func, args, kwargs);
    if (!r.ok()) {
      Ref exc = fetch_error();
      if (exc && !is_instance_of(exc, &exc::SystemExit)) {
        Result<std::string> fr = repr_utf8(func);
        if (!fr.ok()) clear_error();
        write_stderr("Exception ignored in thread started by " + (fr.ok() ? *fr : std::string("<object>")) + ":\n");
        print_exception(exc);
      }
    }
    if (stats::enabled()) stats_name = thread_name_for_stats(func);
  }
  // Everything this thread owns is released while it still has its ThreadState.
  ts->current_exception.reset();
  ts->handled_exception.reset();
  brc_set_eval_breaker(nullptr);
  brc_thread_exit();  // ft: mark the owner id dead, merge what other threads queued to it
  stats::thread_end(stats_name);
  interp->gil.release(&ts->breaker);
  delete ts;  // no objects left to release: plain memory and the registry entry
  // Last: once the count is zero the main thread may end the process normally (static
  // destructors), so nothing of the process state may be used after this.
  interp->thread_count.fetch_sub(1);
}

Result<Ref> thread_start_new(Value, CallArgs args) {
  TRY(check_no_kwargs(args, "start_new_thread"));
  TRY(check_nargs(args, "start_new_thread", 2, 3));
  Value func = args[0], fargs = args[1], fkwargs = args.nargs > 2 ? args[2] : Value();
  if (!is_callable(func)) return raise(exc::TypeError, "first arg must be callable");
  if (!is_tuple(fargs)) return raise(exc::TypeError, "2nd arg must be a tuple");
  if (fkwargs && !is_dict(fkwargs)) return raise(exc::TypeError, "optional 3rd arg must be a dictionary");
  InterpreterState* interp = current_interp();
  if (interp->finalizing.load()) return raise(exc::RuntimeError, "can't create new thread at interpreter shutdown");

  auto* boot = new ThreadBoot{interp, Ref::borrow(func), Ref::borrow(fargs), fkwargs ? Ref::borrow(fkwargs) : Ref()};
  interp->thread_count.fetch_add(1);
  boost::thread::attributes attrs;
  attrs.set_stack_size(interp->thread_stack_size ? interp->thread_stack_size : kDefaultStackSize);
  // Signals are for the main thread only: new threads start with them blocked.
  sigset_t old;
  block_async_signals(&old);
  uint64_t ident = 0;
  bool started = true;
  try {
    boost::thread t(attrs, [boot] { thread_main(boot); });
    ident = uint64_t(t.native_handle());
    t.detach();
  } catch (const std::exception&) {
    started = false;
  }
  pthread_sigmask(SIG_SETMASK, &old, nullptr);
  if (!started) {
    interp->thread_count.fetch_sub(1);
    delete boot;
    return raise(exc::RuntimeError, "can't start new thread");
  }
  return make_int(int64_t(ident));
}

Result<Ref> thread_allocate_lock(Value, CallArgs args) {
  TRY(check_nargs(args, "allocate_lock", 0, 0));
  return new_lock(&LockType);
}

Result<Ref> thread_get_ident(Value, CallArgs args) {
  TRY(check_nargs(args, "get_ident", 0, 0));
  return make_int(int64_t(my_ident()));
}

Result<Ref> thread_get_native_id(Value, CallArgs args) {
  TRY(check_nargs(args, "get_native_id", 0, 0));
  return make_int(ThreadState::current()->native_id);
}

Result<Ref> thread_count(Value, CallArgs args) {
  TRY(check_nargs(args, "_count", 0, 0));
  return make_int(current_interp()->thread_count.load());
}

Result<Ref> thread_main_ident(Value, CallArgs args) {
  TRY(check_nargs(args, "_get_main_thread_ident", 0, 0));
  return make_int(int64_t(current_interp()->main_thread_ident));
}

Result<Ref> thread_stack_size(Value, CallArgs args) {
  TRY(check_nargs(args, "stack_size", 0, 1));
  InterpreterState* interp = current_interp();
  int64_t old = int64_t(interp->thread_stack_size);
  if (args.nargs == 0) return make_int(old);
  int64_t size = TRY(index_to_int64(args[0]));
  if (size < 0) return raise(exc::ValueError, "size must be 0 or a positive value");
  if (size != 0 && size < 32768)
    return raise(exc::ValueError, "size not valid: " + std::to_string(size) + " bytes");
  interp->thread_stack_size = size_t(size);
  return make_int(old);
}

Result<Ref> thread_exit(Value, CallArgs args) {
  TRY(check_nargs(args, "exit", 0, 0));
  return raise(exc::SystemExit);
}

Result<Ref> thread_interrupt_main(Value, CallArgs args) {
  Value signum;
  TRY(parse_args(args, "interrupt_main", {"signum"}, 0, {&signum}));
  if (signum) {
    int64_t s = TRY(index_to_int64(signum));
    if (s != SIGINT) return raise(exc::ValueError, "signal number out of range");
  }
  // As if SIGINT arrived: the main thread runs its handler at its next check.
  trip_signal(SIGINT);
  return none();
}

Result<Ref> thread_true(Value, CallArgs args) { return make_bool(true); }

const MethodDef kThreadFunctions[] = {
    {"start_new_thread", thread_start_new, 0, "Start a new thread and return its identifier."},
    {"start_new", thread_start_new, 0, "An obsolete synonym of start_new_thread()."},
    {"allocate_lock", thread_allocate_lock, 0, "Create a new lock object."},
    {"allocate", thread_allocate_lock, 0, "An obsolete synonym of allocate_lock()."},
    {"get_ident", thread_get_ident, 0, "Return a non-zero integer that uniquely identifies the current thread."},
    {"get_native_id", thread_get_native_id, 0, "Return the native integral thread ID of the current thread."},
    {"_count", thread_count, 0, "Return the number of currently running Python threads, excluding the main thread."},
    {"_get_main_thread_ident", thread_main_ident, 0, "Internal only. Return the main thread's identifier."},
    {"_main_thread_ident", thread_main_ident, 0, "Weft: the main thread's identifier."},
    {"stack_size", thread_stack_size, 0, "Return the thread stack size used when creating new threads."},
    {"exit", thread_exit, 0, "Raise SystemExit, ending the thread silently."},
    {"exit_thread", thread_exit, 0, "An obsolete synonym of exit()."},
    {"interrupt_main", thread_interrupt_main, 0, "Simulate the arrival of SIGINT in the main thread."},
    {"daemon_threads_allowed", thread_true, 0, "Return True if daemon threads are allowed."},
    {"_is_main_interpreter", thread_true, 0, "Return True if the current interpreter is the main one."},
    {nullptr, nullptr},
};

void init_lock_type(TypeObject& t, const char* name, size_t size, void (*dealloc)(Object*),
                    Result<Ref> (*repr)(Value), Result<Ref> (*new_)(TypeObject*, CallArgs),
                    const MethodDef* methods, const char* doc) {
  t.type = &TypeType;
  t.name = name;
  t.base = &ObjectType;
  t.basic_size = size;
  t.flags = 0;
  t.dealloc = dealloc;
  t.repr = repr;
  t.new_ = new_;
  t.methods = methods;
  t.doc = doc;
}

}  // namespace

void init_thread_types(TypeList& out) {
  init_lock_type(LockType, "_thread.lock", sizeof(LockObject), lock_dealloc, lock_repr, lock_new, kLockMethods,
                 "A lock object is a synchronization primitive.");
  init_lock_type(RLockType, "_thread.RLock", sizeof(RLockObject), rlock_dealloc, rlock_repr, rlock_new,
                 kRLockMethods, "A reentrant lock.");
  out.push_back(&LockType);
  out.push_back(&RLockType);
}

Result<Ref> init__thread_module() {
  Ref m = make_module("_thread");
  TRY(module_add_functions(m, kThreadFunctions));
  TRY(module_add(m, "LockType", Value(static_cast<TypeObject*>(&LockType))));
  TRY(module_add(m, "lock", Value(static_cast<TypeObject*>(&LockType))));
  TRY(module_add(m, "RLock", Value(static_cast<TypeObject*>(&RLockType))));
  TRY(module_add(m, "error", Value(static_cast<TypeObject*>(&exc::RuntimeError))));
  TRY(module_add(m, "TIMEOUT_MAX", make_float(kTimeoutMax)));
  return m;
}

}  // namespace weft
