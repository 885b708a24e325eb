// Quiescent-state based reclamation (concurrency/qsbr.h).
//
// A global write sequence `g_wr_seq` grows by one each time a thread seals a batch of retired
// blocks; the batch's goal is the new value. Each registered thread publishes in its record the
// sequence it last saw at a quiescent state (kOffline while detached). A batch may be freed once
// every online record shows a sequence >= its goal: every such thread has passed a quiescent
// state after the blocks were unlinked, so none can still hold them.
#include "concurrency/qsbr.h"

#include <linux/membarrier.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <algorithm>
#include <mutex>
#include <utility>
#include <vector>

#include "concurrency/deferred.h"
#include "concurrency/eval_breaker.h"
#include "concurrency/fork.h"
#include "concurrency/stats.h"

namespace weft {

#if defined(WEFT_FREE_THREADING) && WEFT_FREE_THREADING

namespace qsbr_detail {

constexpr uint64_t kOffline = UINT64_MAX;
constexpr size_t kBatch = 128;  // retirements per sealed batch

struct Retired {
  void* p;
  QsbrFreeFn fn;
};

struct Sealed {
  uint64_t goal;
  std::vector<Retired> blocks;
};

struct ThreadRec {
  std::atomic<uint64_t> seq{0};
  std::atomic<EvalBreaker*> breaker{nullptr};
  int detach_depth = 0;          // owner only
  bool held_online = false;      // owner only: detached under a BorrowHold, so still online
  std::vector<Retired> batch;    // owner only: not yet sealed
  std::vector<Sealed> sealed;    // owner only
};

std::atomic<bool> g_multi{false};
thread_local ThreadRec* t_self = nullptr;
thread_local bool t_exited = false;  // past qsbr_thread_exit: retire straight to the orphans
thread_local constinit int t_hold = 0;  // BorrowHold depth (concurrency/deferred.h)

namespace {

std::atomic<uint64_t> g_wr_seq{1};
std::atomic<size_t> g_pending{0};

// A deferred object whose count reached zero (concurrency/deferred.h): destroyed once every
// online thread's sequence has reached `goal`.
struct DeferredDealloc {
  uint64_t goal;
  Object* o;
  ObjectHeader* h;
};

struct Registry {
  std::mutex lock;
  std::vector<ThreadRec*> threads;
  std::vector<Sealed> orphans;  // batches of exited threads
  // Deferred objects waiting to be destroyed (any thread's quiescent state may run them).
  std::vector<DeferredDealloc> deferred;
};
std::atomic<size_t> g_deferred_count{0};

Registry& registry() {
  static Registry* r = new Registry;  // never destroyed: threads may exit during static destruction
  return *r;
}

// Frees the record at thread exit for threads that never call qsbr_thread_exit (plain C++
// threads in tests).
struct ExitHook {
  ~ExitHook() { qsbr_thread_exit(); }
};
thread_local ExitHook t_exit_hook;

// Every thread of the process executes a full memory barrier before this returns.
void process_wide_barrier() {
  static bool registered = [] {
    return syscall(SYS_membarrier, MEMBARRIER_CMD_REGISTER_PRIVATE_EXPEDITED, 0, 0) == 0;
  }();
  if (registered && syscall(SYS_membarrier, MEMBARRIER_CMD_PRIVATE_EXPEDITED, 0, 0) == 0) return;
  if (syscall(SYS_membarrier, MEMBARRIER_CMD_GLOBAL, 0, 0) == 0) return;
  // No membarrier: fall back to a long enough pause for store buffers to drain (never seen on
  // the kernels we support).
  std::atomic_thread_fence(std::memory_order_seq_cst);
  usleep(10000);
}

uint64_t min_seq_locked(Registry& r) {
  std::atomic_thread_fence(std::memory_order_seq_cst);  // pairs with the fence in attach
  uint64_t m = kOffline;
  for (ThreadRec* t : r.threads) m = std::min(m, t->seq.load(std::memory_order_acquire));
  return m;
}

void free_blocks(std::vector<Retired>& blocks) {
  for (Retired& b : blocks) b.fn(b.p);
  stats::t_counters.qsbr_freed += blocks.size();  // -X stats
  g_pending.fetch_sub(blocks.size(), std::memory_order_relaxed);
  blocks.clear();
}

// Frees the caller's sealed batches (and orphans) whose goal every online thread has passed.
void poll(ThreadRec* self) {
  std::vector<Sealed> ready;
  {
    Registry& r = registry();
    std::lock_guard<std::mutex> g(r.lock);
    uint64_t m = min_seq_locked(r);
    auto take = [&](std::vector<Sealed>& v) {
      auto it = std::partition(v.begin(), v.end(), [&](const Sealed& s) { return s.goal > m; });
      for (auto j = it; j != v.end(); ++j) ready.push_back(std::move(*j));
      v.erase(it, v.end());
    };
    if (self) take(self->sealed);
    take(r.orphans);
  }
  // Freed outside the registry lock: a free function may retire more memory.
  for (Sealed& s : ready) free_blocks(s.blocks);
}

// Seals the open batch and asks every registered thread for a quiescent state.
void seal(ThreadRec* self) {
  if (self->batch.empty()) return;
  uint64_t goal = g_wr_seq.fetch_add(1, std::memory_order_acq_rel) + 1;
  self->sealed.push_back(Sealed{goal, std::move(self->batch)});
  self->batch.clear();
  Registry& r = registry();
  std::lock_guard<std::mutex> g(r.lock);
  for (ThreadRec* t : r.threads) {
    if (EvalBreaker* b = t->breaker.load(std::memory_order_acquire)) b->set(EvalBreaker::kPendingMerges);
  }
}

// Asks every registered thread (but `except`) whose sequence is below `goal` for a quiescent
// state. Registry lock held.
void poke_lagging_locked(Registry& r, uint64_t goal, ThreadRec* except) {
  for (ThreadRec* t : r.threads) {
    if (t == except || t->seq.load(std::memory_order_acquire) >= goal) continue;
    if (EvalBreaker* b = t->breaker.load(std::memory_order_acquire)) b->set(EvalBreaker::kPendingMerges);
  }
}

// Destroys the deferred objects every online thread has been quiescent for. Called only at a
// quiescent state of the calling thread (between instructions, no BorrowHold): destroying an
// object may run arbitrary code (__del__ of the objects it held).
void run_ready_deallocs(ThreadRec* self) {
  std::vector<DeferredDealloc> ready;
  {
    Registry& r = registry();
    std::lock_guard<std::mutex> g(r.lock);
    uint64_t m = min_seq_locked(r);
    auto it = std::partition(r.deferred.begin(), r.deferred.end(),
                             [&](const DeferredDealloc& d) { return d.goal > m; });
    ready.assign(it, r.deferred.end());
    r.deferred.erase(it, r.deferred.end());
    g_deferred_count.store(r.deferred.size(), std::memory_order_relaxed);
    uint64_t top = 0;
    for (const DeferredDealloc& d : r.deferred) top = std::max(top, d.goal);
    if (top) poke_lagging_locked(r, top, self);  // the others still hold them back
  }
  for (DeferredDealloc& d : ready) {
    // A zero count cannot grow again (borrowers never incref; optimistic readers use
    // try_incref), except through a plain incref of a stale borrowed pointer elsewhere: then
    // the object lives on and is queued again when its count next reaches zero.
    if (header_refcount(d.h) != 0) {
      std::atomic_ref<uint8_t>(d.h->gc_bits).fetch_and(uint8_t(~kGcDeallocQueued), std::memory_order_relaxed);
      continue;
    }
    dealloc_object(d.o);
  }
}

}  // namespace
}  // namespace qsbr_detail

using namespace qsbr_detail;

void qsbr_register_slow() {
  if (t_self || t_exited) return;
  (void)&t_exit_hook;  // instantiate the exit hook for this thread
  ThreadRec* t = new ThreadRec;
  bool first_multi = false;
  {
    Registry& r = registry();
    std::lock_guard<std::mutex> g(r.lock);
    t->seq.store(g_wr_seq.load(std::memory_order_acquire), std::memory_order_seq_cst);
    r.threads.push_back(t);
    if (r.threads.size() >= 2 && !g_multi.load(std::memory_order_relaxed)) {
      g_multi.store(true, std::memory_order_seq_cst);
      first_multi = true;
    }
  }
  std::atomic_thread_fence(std::memory_order_seq_cst);
  // Threads that test g_multi without a fence (qsbr_retire) see it set after this barrier, and
  // anything they unlinked before is visible to us.
  if (first_multi) process_wide_barrier();
  t_self = t;
}

void qsbr_retire(void* p, QsbrFreeFn fn) {
  if (!g_multi.load(std::memory_order_relaxed)) {
    fn(p);
    return;
  }
  ++stats::t_counters.qsbr_retired;  // -X stats
  ThreadRec* self = t_self;
  if (!self) {
    if (t_exited) {
      // Thread-local destructors of an exiting thread still free objects: never re-register.
      Registry& r = registry();
      uint64_t goal = g_wr_seq.fetch_add(1, std::memory_order_acq_rel) + 1;
      g_pending.fetch_add(1, std::memory_order_relaxed);
      std::lock_guard<std::mutex> g(r.lock);
      r.orphans.push_back(Sealed{goal, {Retired{p, fn}}});
      return;
    }
    qsbr_register_slow();
    self = t_self;
  }
  self->batch.push_back(Retired{p, fn});
  g_pending.fetch_add(1, std::memory_order_relaxed);
  if (self->batch.size() >= kBatch) {
    seal(self);
    poll(self);
  }
}

void qsbr_quiescent() {
  ThreadRec* self = t_self;
  if (!self || self->detach_depth) return;
  if (t_hold) return;  // inside a fused instruction that borrows a deferred object
  // Seal first: this thread is quiescent now, so its new sequence may cover its own retirements.
  if (!self->batch.empty()) seal(self);
  self->seq.store(g_wr_seq.load(std::memory_order_acquire), std::memory_order_release);
  if (!self->sealed.empty()) poll(self);
  if (g_deferred_count.load(std::memory_order_relaxed)) run_ready_deallocs(self);
}

void qsbr_defer_dealloc(Object* o, ObjectHeader* h) {
  // One thread only (ever): nobody else can borrow it, and this thread borrows nothing now.
  if (!g_multi.load(std::memory_order_relaxed) && !t_hold) {
    dealloc_object(o);
    return;
  }
  uint8_t bits = std::atomic_ref<uint8_t>(h->gc_bits).fetch_or(kGcDeallocQueued, std::memory_order_relaxed);
  if (bits & kGcDeallocQueued) return;  // already waiting (see run_ready_deallocs)
  Registry& r = registry();
  std::unique_lock<std::mutex> g(r.lock);
  // No other registered thread (the others have exited): nobody can hold a borrowed pointer, and
  // a thread that registers later can no longer reach the object. Destroyed at once, as CPython
  // would (weakref callbacks keep their order).
  if (!t_hold && (r.threads.empty() || (r.threads.size() == 1 && r.threads[0] == t_self))) {
    g.unlock();
    dealloc_object(o);
    return;
  }
  // Every thread quiescent after this point no longer holds a borrowed pointer to it.
  uint64_t goal = g_wr_seq.fetch_add(1, std::memory_order_acq_rel) + 1;
  r.deferred.push_back(DeferredDealloc{goal, o, h});
  g_deferred_count.store(r.deferred.size(), std::memory_order_relaxed);
  poke_lagging_locked(r, goal, nullptr);  // this thread too: its next check destroys it if it can
}

size_t qsbr_deferred_pending() { return g_deferred_count.load(std::memory_order_relaxed); }

void qsbr_set_eval_breaker(EvalBreaker* breaker) {
  if (!qsbr_register()) return;
  // Under the registry lock: a thread poking us (seal, poke_lagging_locked) holds it while it
  // uses the old breaker, whose thread state may be freed as soon as we return.
  std::lock_guard<std::mutex> g(registry().lock);
  t_self->breaker.store(breaker, std::memory_order_release);
}

void qsbr_detach() {
  ThreadRec* self = t_self;
  if (!self) return;
  if (self->detach_depth++ == 0) {
    // Under a BorrowHold the thread stays online: a deferred object it borrows must wait.
    if (t_hold) self->held_online = true;
    else self->seq.store(kOffline, std::memory_order_release);
  }
}

void qsbr_attach() {
  ThreadRec* self = t_self;
  if (!self || self->detach_depth == 0) return;  // registered while detached: nothing to undo
  if (--self->detach_depth == 0) {
    if (self->held_online) {
      self->held_online = false;  // it never went offline: its sequence must not advance here
      return;
    }
    self->seq.store(g_wr_seq.load(std::memory_order_acquire), std::memory_order_seq_cst);
    std::atomic_thread_fence(std::memory_order_seq_cst);  // pairs with min_seq_locked
  }
}

void qsbr_thread_exit() {
  ThreadRec* self = t_self;
  if (!self) return;
  seal(self);
  {
    Registry& r = registry();
    std::lock_guard<std::mutex> g(r.lock);
    r.threads.erase(std::remove(r.threads.begin(), r.threads.end(), self), r.threads.end());
    for (Sealed& s : self->sealed) r.orphans.push_back(std::move(s));
  }
  t_self = nullptr;
  t_exited = true;
  delete self;
  poll(nullptr);  // frees the orphans the remaining threads have already released
}

size_t qsbr_pending_count() { return g_pending.load(std::memory_order_relaxed); }

// fork() child (concurrency/fork.h): only the calling thread's record is kept; what the other
// threads retired is leaked (no reader can be left, but their records may be half-updated).
void qsbr_after_fork_child() {
  Registry& r = registry();
  new (&r.lock) std::mutex();
  r.threads.clear();
  if (t_self) r.threads.push_back(t_self);
}

#else

void qsbr_after_fork_child() {}

#endif

}  // namespace weft
