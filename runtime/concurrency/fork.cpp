// fork() and stop-the-world (concurrency/fork.h).
#include "concurrency/fork.h"

#include <signal.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <new>
#include <thread>
#include <vector>

#include "concurrency/blocking.h"
#include "concurrency/config.h"
#include "concurrency/gil.h"
#include "vm/state.h"

namespace weft {

namespace {

// The pause's state. Process-wide like the thread registry it belongs with (it is never
// destroyed: threads may still attach during static destruction).
struct WorldState {
  std::mutex mu;
  std::condition_variable cv;           // the world restarted
  std::atomic<bool> requested{false};   // a pause is in progress (or being set up)
  std::atomic<ThreadState*> stopper{nullptr};
  std::atomic<bool> fork_child{false};  // this process came from fork_process
};

WorldState& world() {
  static WorldState* w = new WorldState;
  return *w;
}

// Whether the pause must wait for `t` (caller holds ProcessState::lock).
bool must_stop(ThreadState* self, InterpreterState* interp, ThreadState* t) {
  if (t == self) return false;
  // Threads of the caller's interpreter cannot run while the caller holds its global lock.
  if (interp == self->interp && interp->gil.enabled()) return false;
  return true;
}

// Under ProcessState::lock: true when every thread the pause covers is detached (parked threads
// are detached too); otherwise asks the running ones to park.
bool all_stopped_locked(ThreadState* self) {
  bool all = true;
  for (InterpreterState* interp : ProcessState::get().interpreters) {
    for (ThreadState* t : interp->threads) {
      if (!must_stop(self, interp, t)) continue;
      if (!t->detached.load(std::memory_order_seq_cst)) {
        t->breaker.set(EvalBreaker::kStopTheWorld);
        all = false;
      }
    }
  }
  return all;
}

bool anyone_to_stop(ThreadState* self) {
  std::lock_guard<std::mutex> g(ProcessState::get().lock);
  for (InterpreterState* interp : ProcessState::get().interpreters) {
    for (ThreadState* t : interp->threads) {
      if (must_stop(self, interp, t)) return true;
    }
  }
  return false;
}

}  // namespace

// Defined here (declared in gil.h) so that everything fork needs stays in this file.
void GlobalLock::reinit_after_fork(EvalBreaker* holder) {
  new (&mu_) std::mutex();
  new (&free_cv_) std::condition_variable();
  new (&taken_cv_) std::condition_variable();
  waiters_ = 0;
  locked_ = enabled_ && holder != nullptr;
  holder_ = locked_ ? holder : nullptr;
}

bool stop_the_world(ThreadState* self) {
  if (!anyone_to_stop(self)) return false;
  WorldState& w = world();
  w.stopper.store(self);
  w.requested.store(true, std::memory_order_seq_cst);
  // A thread that attaches stores detached=false and then reads `requested` (both seq_cst); we
  // store `requested` and then read `detached`: at least one of us sees the other's write, so a
  // thread seen detached here cannot run Python until start_the_world.
  for (;;) {
    {
      std::lock_guard<std::mutex> g(ProcessState::get().lock);
      if (all_stopped_locked(self)) break;
    }
    std::this_thread::sleep_for(std::chrono::microseconds(50));
  }
  return true;
}

void start_the_world(ThreadState* self) {
  WorldState& w = world();
  {
    std::lock_guard<std::mutex> g(ProcessState::get().lock);
    for (InterpreterState* interp : ProcessState::get().interpreters) {
      for (ThreadState* t : interp->threads) {
        if (t != self) t->breaker.clear(EvalBreaker::kStopTheWorld);
      }
    }
  }
  {
    std::lock_guard<std::mutex> g(w.mu);
    w.requested.store(false, std::memory_order_seq_cst);
    w.stopper.store(nullptr);
  }
  w.cv.notify_all();
}

void stw_park(ThreadState* ts) {
  ts->breaker.clear(EvalBreaker::kStopTheWorld);
  if (!world().requested.load(std::memory_order_seq_cst)) return;
  // Detaching suspends this thread's critical sections (their object mutexes are free while it
  // waits); attach_thread waits in stw_attach until the world restarts.
  if (detach_thread(ts)) attach_thread(ts);
}

void stw_attach(ThreadState* ts) {
  WorldState& w = world();
  for (;;) {
    ts->detached.store(false, std::memory_order_seq_cst);
    if (!w.requested.load(std::memory_order_seq_cst) || w.stopper.load() == ts) return;
    ts->detached.store(true, std::memory_order_seq_cst);
    ts->interp->gil.release(&ts->breaker);
    {
      std::unique_lock<std::mutex> lk(w.mu);
      w.cv.wait(lk, [&] { return !w.requested.load(std::memory_order_seq_cst); });
    }
    ts->interp->gil.acquire(&ts->breaker);
  }
}

bool is_fork_child() { return world().fork_child.load(std::memory_order_relaxed); }

namespace {

// The child: only the calling thread exists (the fork locks are rebuilt already).
void reinit_child(ThreadState* me) {
  WorldState& w = world();
  new (&w.mu) std::mutex();
  new (&w.cv) std::condition_variable();
  w.requested.store(false);
  w.stopper.store(nullptr);
  w.fork_child.store(true);

  ProcessState& ps = ProcessState::get();
  for (InterpreterState* interp : ps.interpreters) {
    interp->gil.reinit_after_fork(interp == me->interp ? &me->breaker : nullptr);
    // The other threads' states are dropped, not deleted: freeing them could release objects
    // and run Python code for threads that do not exist.
    std::vector<ThreadState*> keep;
    for (ThreadState* t : interp->threads) {
      if (t == me) keep.push_back(t);
    }
    interp->threads = std::move(keep);
    interp->thread_count.store(0);
  }
  me->detached.store(false);
  me->breaker.clear(EvalBreaker::kStopTheWorld);
  me->breaker.clear(EvalBreaker::kDropGilRequest);
  me->native_id = int64_t(syscall(SYS_gettid));
  // The forking thread is the child's main thread: signals go to it, threading.main_thread()
  // is it (threading._after_fork).
  me->interp->main_thread = me;
  me->interp->main_thread_ident = me->ident;
  ps.sigint_breaker.store(&me->breaker);
  sigset_t none;
  sigemptyset(&none);
  pthread_sigmask(SIG_SETMASK, &none, nullptr);
  brc_after_fork_child();
  qsbr_after_fork_child();
}

}  // namespace

int fork_process(int* err) {
  ThreadState* me = ThreadState::current();
  InterpreterState* interp = me->interp;
  ProcessState& ps = ProcessState::get();
  // 1. The import lock, waited for detached so that a thread in the middle of an import can
  //    finish it.
  if (!interp->import_lock.try_lock()) {
    BlockingRegion br;
    interp->import_lock.lock();
  }
  // 2. ft: stop the world. 3. The registries' locks, in a fixed order.
  bool stopped = stop_the_world(me);
  for (;;) {
    ps.lock.lock();
    // A thread may have registered between the pause and this lock: wait for it to park too.
    if (!stopped || all_stopped_locked(me)) break;
    ps.lock.unlock();
    std::this_thread::sleep_for(std::chrono::microseconds(50));
  }
  std::vector<InterpreterState*> interps = ps.interpreters;
  for (InterpreterState* i : interps) {
    i->interned_lock.lock();
    i->files_lock.lock();
  }
  pid_t pid = ::fork();
  int saved = errno;
  if (pid == 0) {
    // The child's thread has a new kernel tid, and a recursive mutex remembers its owner's
    // tid: unlocking would fail, so the locks are rebuilt free instead.
    for (InterpreterState* i : interps) {
      new (&i->files_lock) std::mutex();
      new (&i->interned_lock) std::mutex();
      new (&i->import_lock) std::recursive_mutex();
    }
    new (&ps.lock) std::mutex();
    reinit_child(me);
    return 0;
  }
  for (auto it = interps.rbegin(); it != interps.rend(); ++it) {
    (*it)->files_lock.unlock();
    (*it)->interned_lock.unlock();
  }
  ps.lock.unlock();
  if (stopped) start_the_world(me);
  interp->import_lock.unlock();
  if (pid < 0) *err = saved;
  return int(pid);
}

}  // namespace weft
