// Reference counting slow paths and thread ids.
//
// ft build (PEP 703 biased counting). The true count of an unmerged object is
//   ref_local (owner only) + (ref_shared >> kSharedShift)   (the shared part may be negative).
// States of ref_shared's low bits:
//   none     owned by ob_tid; non-owners add/subtract atomically;
//   queued   a non-owner drove the shared part negative and put the object in the owner's merge
//            queue; nobody frees it until the owner (or, if the owner has exited, the queuing
//            thread) merges the counts;
//   merged   no owner any more: ref_local is 0 and every thread counts in ref_shared; whoever
//            brings it to zero frees the object.
// A merge folds ref_local into ref_shared; a total of zero at that point means no reference
// exists anywhere, so freeing cannot race with another thread.
#include "concurrency/refcount.h"

#include <mutex>
#include <unordered_map>
#include <vector>

#include "concurrency/deferred.h"
#include "concurrency/eval_breaker.h"
#include "concurrency/fork.h"
#include "concurrency/qsbr.h"
#include "concurrency/stats.h"

namespace weft {

#if defined(WEFT_FREE_THREADING) && WEFT_FREE_THREADING

namespace {

struct MergeQueue {
  std::mutex lock;
  std::vector<std::pair<Object*, ObjectHeader*>> objects;
  EvalBreaker* breaker = nullptr;
};

// The process-wide registry of live threads' merge queues (part of the process state's thread
// registry; it never dies, because threads may exit during static destruction).
struct QueueRegistry {
  std::mutex lock;
  std::unordered_map<uintptr_t, MergeQueue*> queues;
};

QueueRegistry& registry() {
  static QueueRegistry* r = new QueueRegistry;
  return *r;
}

void merge_now(Object* o, ObjectHeader* h);

// The count reached zero. A deferred object (concurrency/deferred.h) may still be borrowed by a
// fused instruction of another thread: it is destroyed after every thread's next quiescent state.
inline void destroy(Object* o, ObjectHeader* h) {
  if (header_is_deferred(h)) [[unlikely]] {
    qsbr_defer_dealloc(o, h);
    return;
  }
  dealloc_object(o);
}

// The calling thread's queue, registered with its id on first use and merged/unregistered when
// the thread exits.
struct ThreadQueue {
  uintptr_t id = 0;
  MergeQueue* queue = nullptr;

  void ensure(uintptr_t tid) {
    if (queue) return;
    id = tid;
    queue = new MergeQueue;
    std::lock_guard<std::mutex> g(registry().lock);
    registry().queues[id] = queue;
  }

  ~ThreadQueue() { exit(); }

  // The thread is done (brc_thread_exit, or thread-local destruction): mark its id dead, then
  // merge what is queued. Idempotent.
  void exit() {
    if (!queue) return;
    {
      std::lock_guard<std::mutex> g(registry().lock);
      registry().queues.erase(id);
    }
    // No thread can queue to us any more; merge what is left (we are still the owner).
    std::vector<std::pair<Object*, ObjectHeader*>> pending;
    {
      std::lock_guard<std::mutex> g(queue->lock);
      pending.swap(queue->objects);
    }
    for (auto [o, h] : pending) merge_now(o, h);
    delete queue;
    queue = nullptr;
  }
};

thread_local ThreadQueue t_queue;

// Folds the local count into the shared one. Called by the owner, or by another thread once the
// owner has exited (then ref_local can no longer change).
void merge_now(Object* o, ObjectHeader* h) {
  ++stats::t_counters.rc_merges;
  intptr_t local = intptr_t(header_local(h));
  header_set_local(h, 0);
  header_set_tid(h, 0);
  intptr_t shared = h->ref_shared.load(std::memory_order_acquire);
  for (;;) {
    intptr_t total = local + (shared >> kSharedShift);
    // Publish the merged state with a CAS even when nothing is left: an optimistic reader's
    // try_incref (which only succeeds on a non-zero shared word) then either lands before us
    // (and we see its reference) or sees "merged, zero" and fails.
    intptr_t merged = total <= 0 ? kSharedMerged : ((total << kSharedShift) | kSharedMerged);
    if (h->ref_shared.compare_exchange_weak(shared, merged, std::memory_order_acq_rel)) {
      if (total <= 0) destroy(o, h);
      return;
    }
  }
}

// A non-owner made the shared count negative and set kSharedQueued: hand the object to its owner.
void queue_to_owner(Object* o, ObjectHeader* h) {
  ++stats::t_counters.rc_queued;
  uintptr_t owner = header_tid(h);
  {
    std::lock_guard<std::mutex> g(registry().lock);
    auto it = registry().queues.find(owner);
    if (it != registry().queues.end()) {
      MergeQueue* q = it->second;
      std::lock_guard<std::mutex> gq(q->lock);
      q->objects.emplace_back(o, h);
      if (q->breaker) q->breaker->set(EvalBreaker::kPendingMerges);
      return;
    }
  }
  // The owner has exited: its local count is frozen, merge here.
  merge_now(o, h);
}

}  // namespace

namespace refcount_detail {
thread_local constinit uintptr_t t_thread_id = 0;
// The id itself. With -X stats, t_thread_id stays 0 so that every owner check of the inline
// fast paths comes here and is counted (concurrency/stats.h); the fast paths never pay for it.
thread_local constinit uintptr_t t_real_id = 0;

uintptr_t assign_thread_id() {
  static std::atomic<uintptr_t> next_id{1};
  if (t_real_id == 0) {
    t_real_id = next_id.fetch_add(1);
    t_queue.ensure(t_real_id);
  }
  if (stats::enabled()) [[unlikely]] ++stats::t_counters.owner_checks;
  else t_thread_id = t_real_id;
  return t_real_id;
}
}  // namespace refcount_detail

void incref_shared(ObjectHeader* h) {
  ++stats::t_counters.rc_shared;
  h->ref_shared.fetch_add(intptr_t(1) << kSharedShift, std::memory_order_relaxed);
}

void decref_shared(Object* o, ObjectHeader* h) {
  ++stats::t_counters.rc_shared;
  intptr_t shared = h->ref_shared.load(std::memory_order_relaxed);
  for (;;) {
    intptr_t desired = shared - (intptr_t(1) << kSharedShift);
    if (shared & kSharedMerged) {
      if (h->ref_shared.compare_exchange_weak(shared, desired, std::memory_order_acq_rel)) {
        if ((desired >> kSharedShift) == 0) destroy(o, h);
        return;
      }
      continue;
    }
    bool queue = (desired >> kSharedShift) < 0 && !(shared & kSharedQueued);
    if (queue) desired |= kSharedQueued;
    if (h->ref_shared.compare_exchange_weak(shared, desired, std::memory_order_acq_rel)) {
      if (queue) queue_to_owner(o, h);
      return;
    }
  }
}

void merge_on_zero(Object* o, ObjectHeader* h) {
  // The owner's local count reached zero.
  intptr_t shared = h->ref_shared.load(std::memory_order_acquire);
  for (;;) {
    if (shared & kSharedQueued) return;  // in our merge queue: brc_merge_pending finishes it
    if ((shared >> kSharedShift) <= 0) {
      header_set_tid(h, 0);
      destroy(o, h);
      return;
    }
    // Other threads hold references: give up ownership. ob_tid is cleared first so that no
    // thread writes the header after another one may have freed the object.
    header_set_tid(h, 0);
    if (h->ref_shared.compare_exchange_weak(shared, shared | kSharedMerged, std::memory_order_acq_rel)) {
      ++stats::t_counters.rc_merges;
      return;
    }
  }
}

bool try_incref_shared(ObjectHeader* h) {
  ++stats::t_counters.rc_shared;
  intptr_t shared = h->ref_shared.load(std::memory_order_relaxed);
  for (;;) {
    // Zero (no shared references, owner may be freeing it) or merged-zero (being freed): fail.
    if (shared == 0 || shared == kSharedMerged) return false;
    if (h->ref_shared.compare_exchange_weak(shared, shared + (intptr_t(1) << kSharedShift),
                                            std::memory_order_acq_rel, std::memory_order_relaxed))
      return true;
  }
}

void brc_set_eval_breaker(EvalBreaker* breaker) {
  qsbr_set_eval_breaker(breaker);  // the same poke (kPendingMerges) asks for a quiescent state
  current_thread_id();  // registers the queue
  if (!t_queue.queue) return;  // after brc_thread_exit
  std::lock_guard<std::mutex> g(t_queue.queue->lock);
  t_queue.queue->breaker = breaker;
}

void brc_thread_exit() {
  t_queue.exit();
  qsbr_thread_exit();
}

void brc_merge_pending() {
  current_thread_id();
  MergeQueue* q = t_queue.queue;
  if (!q) return;  // after brc_thread_exit
  std::vector<std::pair<Object*, ObjectHeader*>> pending;
  {
    std::lock_guard<std::mutex> g(q->lock);
    pending.swap(q->objects);
    if (q->breaker) q->breaker->clear(EvalBreaker::kPendingMerges);
  }
  for (auto [o, h] : pending) merge_now(o, h);
  // kPendingMerges also asks for a quiescent state (concurrency/qsbr.h); called between
  // instructions, where no optimistically read pointer is held.
  qsbr_quiescent();
}

// fork() child (concurrency/fork.h): the other threads' queues are dropped, so their objects
// count as owned by exited threads (merged by the next shared decref).
void brc_after_fork_child() {
  QueueRegistry& r = registry();
  new (&r.lock) std::mutex();
  for (auto it = r.queues.begin(); it != r.queues.end();) {
    if (it->first == t_queue.id && it->second == t_queue.queue) ++it;
    else it = r.queues.erase(it);
  }
  if (t_queue.queue) new (&t_queue.queue->lock) std::mutex();
}

#else  // gil build

uintptr_t current_thread_id() {
  static std::atomic<uintptr_t> next_id{1};
  thread_local uintptr_t id = 0;
  if (id == 0) [[unlikely]] id = next_id.fetch_add(1);
  return id;
}

void brc_set_eval_breaker(EvalBreaker*) {}
void brc_merge_pending() {}
void brc_thread_exit() {}
void brc_after_fork_child() {}

#endif

}  // namespace weft
