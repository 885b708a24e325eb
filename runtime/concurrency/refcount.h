// The object header and reference counting: the part of every object that differs between
// the two builds.
//
// gil build:  { refcount }                      plain add/sub (the global lock orders them).
// ft build:   { ob_tid, padding, mutex, gc_bits, ref_local, ref_shared }   (PEP 703 layout)
//   - the owning thread counts in ref_local without atomics;
//   - other threads count in ref_shared (atomic; low two bits are the state flags);
//   - when the owner's local count drops to zero the counts are merged (ob_tid = 0, kMerged),
//     after which every thread uses ref_shared.
//   A non-owner decrement that makes ref_shared negative sets kSharedQueued and queues the
//   object to its owner (brc_merge_pending below), or merges at once if the owner has exited.
//
// Immortal objects (None, True, False, small ints, built-in types, static strings) are never
// counted: their count is the sentinel value and both paths test for it first.
#pragma once
#include <atomic>
#include <cstdint>

#include "concurrency/config.h"

namespace weft {

struct Object;

// Frees an object whose count reached zero (implemented in objects/object.cpp: calls the
// type's dealloc slot).
void dealloc_object(Object* o);

// A small integer that identifies the calling OS thread; never 0. ft build: inline (every
// incref/decref compares it with the owner), the first call assigns it.
#if defined(WEFT_FREE_THREADING) && WEFT_FREE_THREADING
namespace refcount_detail {
extern thread_local constinit uintptr_t t_thread_id;
uintptr_t assign_thread_id();
}  // namespace refcount_detail
inline uintptr_t current_thread_id() {
  uintptr_t id = refcount_detail::t_thread_id;
  if (id == 0) [[unlikely]] id = refcount_detail::assign_thread_id();
  return id;
}
#else
uintptr_t current_thread_id();
#endif

// Biased counting's merge queue (PEP 703), added by map. ft build: when a thread other than the
// owner drops the last references it can see (the shared count goes negative), the object is
// queued to its owner, which merges the two counts (and frees the object if nothing is left)
// the next time it calls brc_merge_pending(). Objects of threads that have exited are merged at
// once by the thread that queues them. gil build: both functions do nothing.
class EvalBreaker;
// Registers the calling thread's eval breaker: queueing to this thread then sets kPendingMerges
// on it (the VM calls brc_merge_pending() when it sees that bit). Call when a ThreadState is
// created on its thread; null unregisters.
void brc_set_eval_breaker(EvalBreaker* breaker);
// Merges every object other threads queued to the calling thread; clears kPendingMerges.
void brc_merge_pending();
// The calling thread is about to exit (call while its ThreadState still exists, so that freed
// objects can run __del__): its id is marked dead, so later non-owner decrements merge at once,
// and its queue is merged. Added by rt.
void brc_thread_exit();

#if defined(WEFT_FREE_THREADING) && WEFT_FREE_THREADING

inline constexpr uint32_t kImmortalLocal = UINT32_MAX;
inline constexpr intptr_t kSharedShift = 2;
inline constexpr intptr_t kSharedMerged = 0x1;
inline constexpr intptr_t kSharedQueued = 0x2;

struct ObjectHeader {
  uintptr_t ob_tid = 0;  // owner thread; 0 once merged or for immortals
  uint16_t padding = 0;
  uint8_t mutex = 0;    // ObjectMutex byte (concurrency/object_mutex.h)
  uint8_t gc_bits = 0;
  uint32_t ref_local = 1;
  std::atomic<intptr_t> ref_shared{0};
};

// Slow paths (refcount.cpp).
void incref_shared(ObjectHeader* h);
void decref_shared(Object* o, ObjectHeader* h);
void merge_on_zero(Object* o, ObjectHeader* h);
bool try_incref_shared(ObjectHeader* h);

inline void header_init(ObjectHeader* h) {
  h->ob_tid = current_thread_id();
  h->ref_local = 1;
  h->ref_shared.store(0, std::memory_order_relaxed);
}
// ob_tid and ref_local are read by every thread (is it mine? is it immortal?) but written only by
// the owner (or by a merge once nobody else can write them): relaxed atomic accesses, which
// compile to plain loads and stores, keep that race benign and visible as such to TSan.
inline uintptr_t header_tid(const ObjectHeader* h) {
  return std::atomic_ref<uintptr_t>(const_cast<uintptr_t&>(h->ob_tid)).load(std::memory_order_relaxed);
}
inline uint32_t header_local(const ObjectHeader* h) {
  return std::atomic_ref<uint32_t>(const_cast<uint32_t&>(h->ref_local)).load(std::memory_order_relaxed);
}
inline void header_set_local(ObjectHeader* h, uint32_t v) {
  std::atomic_ref<uint32_t>(h->ref_local).store(v, std::memory_order_relaxed);
}
inline void header_set_tid(ObjectHeader* h, uintptr_t v) {
  std::atomic_ref<uintptr_t>(h->ob_tid).store(v, std::memory_order_relaxed);
}

inline void header_make_immortal(ObjectHeader* h) {
  header_set_tid(h, 0);
  header_set_local(h, kImmortalLocal);
  h->ref_shared.store(0, std::memory_order_relaxed);
}
inline bool header_is_immortal(const ObjectHeader* h) { return header_local(h) == kImmortalLocal; }

// Deferred counting, simplest form: objects every thread reads (functions defined at module
// level and their code) stop being counted, so calls from many threads do not fight over one
// atomic counter (DESIGN §5). They are never freed (as immortals) — they normally live until the
// interpreter ends anyway; the price is that a module-level function rebound many times leaks
// the old ones. Only done while the caller still owns the object exclusively (owner thread, no
// shared references), so no other thread's counting can race with the switch.
inline bool header_defer(ObjectHeader* h) {
  if (header_is_immortal(h)) return true;
  if (header_tid(h) != current_thread_id() || h->ref_shared.load(std::memory_order_acquire) != 0) return false;
  header_make_immortal(h);
  return true;
}

inline void header_incref(ObjectHeader* h) {
  uint32_t local = header_local(h);
  if (local == kImmortalLocal) return;
  if (header_tid(h) == current_thread_id()) {
    header_set_local(h, local + 1);
  } else {
    incref_shared(h);
  }
}

inline void header_decref(Object* o, ObjectHeader* h) {
  uint32_t local = header_local(h);
  if (local == kImmortalLocal) return;
  if (header_tid(h) == current_thread_id()) {
    header_set_local(h, local - 1);
    if (local == 1) merge_on_zero(o, h);
  } else {
    decref_shared(o, h);
  }
}

// Optimistic readers (a list item or dict value read without the lock, concurrency/qsbr.h):
// adds a reference unless the object may already be dying. The memory must still be object
// memory (QSBR keeps freed objects' memory until readers are quiescent). A false return is not
// an error: the caller retries under the container's lock. As CPython's _Py_TryIncrefFast, a
// non-owner only succeeds when the shared count is already non-zero, since an owner that sees
// shared == 0 frees the object without further synchronisation.
inline bool header_try_incref(ObjectHeader* h) {
  uint32_t local = header_local(h);
  if (local == kImmortalLocal) return true;
  if (header_tid(h) == current_thread_id()) {
    if (local == 0) return false;
    header_set_local(h, local + 1);
    return true;
  }
  return try_incref_shared(h);
}

// Total count, for sys.getrefcount and tests; approximate while other threads run.
inline intptr_t header_refcount(const ObjectHeader* h) {
  if (header_is_immortal(h)) return INTPTR_MAX;
  return intptr_t(header_local(h)) + (h->ref_shared.load(std::memory_order_relaxed) >> kSharedShift);
}

#else  // gil build

inline constexpr intptr_t kImmortalRefcount = intptr_t(1) << 60;

struct ObjectHeader {
  intptr_t refcount = 1;
};

inline void header_init(ObjectHeader* h) { h->refcount = 1; }
inline void header_make_immortal(ObjectHeader* h) { h->refcount = kImmortalRefcount; }
inline bool header_is_immortal(const ObjectHeader* h) { return h->refcount >= kImmortalRefcount; }

inline void header_incref(ObjectHeader* h) {
  // Immortals are skipped (not just counted high): several interpreters, each with its own
  // lock, may touch them at once.
  if (header_is_immortal(h)) return;
  h->refcount++;
}

inline void header_decref(Object* o, ObjectHeader* h) {
  if (header_is_immortal(h)) return;
  if (--h->refcount == 0) dealloc_object(o);
}

inline intptr_t header_refcount(const ObjectHeader* h) {
  return header_is_immortal(h) ? INTPTR_MAX : h->refcount;
}

inline bool header_try_incref(ObjectHeader* h) {
  header_incref(h);
  return true;
}

inline bool header_defer(ObjectHeader*) { return false; }  // the gil build counts everything

#endif

}  // namespace weft
