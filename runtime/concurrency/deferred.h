// Borrowed reads of shared objects (ft build): how threads read one shared dict, list or instance
// through a global without fighting over its reference count.
//
// The problem: `TABLE[k]` compiles to LOAD_GLOBAL TABLE; LOAD_FAST k; BINARY_SUBSCR. LOAD_GLOBAL
// pushes a new reference, BINARY_SUBSCR drops it. TABLE is owned by the thread that created it,
// so every other thread counts on its atomic shared count (biased counting): two cores reading
// TABLE bounce that cache line between them on every access, and shared-read work stopped
// scaling (1.25x with 2 threads).
//
// The design (simpler than tagged stack references, same idea as CPython's borrowed loads):
//  - LOAD_GLOBAL looks at the next instruction. When it is LOAD_ATTR, or LOAD_FAST/LOAD_CONST
//    followed by BINARY_SUBSCR, and the global's value is "deferred" (below) or immortal, the VM
//    does the whole expression on a borrowed pointer: no reference of the global's value is taken
//    or dropped, only the result is a new reference (vm/eval.cpp, fused_*). Anything else (a
//    miss, a descriptor, a user type) falls back to the ordinary instructions with a real
//    reference, so behaviour and error messages do not change.
//  - A deferred object (flag kGcDeferred in the header's gc_bits) is never destroyed on the
//    spot when its count reaches zero: refcount.cpp hands it to qsbr_defer_dealloc, and it is
//    destroyed only after every thread has passed a quiescent state (between two instructions,
//    or detached), at such a quiescent state. A borrowed pointer never lives across an
//    instruction boundary, so no thread can still use it then; and an object whose count is zero
//    is unreachable from the heap, so no thread can borrow it again (optimistic readers use
//    try_incref, which refuses zero counts).
//  - Inside a fused instruction, code that may run Python (a key's __hash__/__eq__/__index__ in
//    dict/list indexing) runs under a BorrowHold: the thread reports no quiescent state (and stays
//    online while it blocks) until the hold ends, so the borrowed container outlives it. The
//    borrowed object itself is never handed to Python code (only built-in dict/list/tuple/str
//    are indexed, and attributes are read only from the instance dict), so it cannot be
//    resurrected by a new reference.
//  - Which objects become deferred: the values of globals read by a thread that does not own them,
//    right before one of the fused patterns (dicts, lists, tuples, str, and instances of classes
//    with the generic getattr and no __del__, together with their instance dict). The flag is set
//    while that thread holds a real reference, so the count cannot be crossing zero at the same
//    time, and it is never cleared. Objects only their owner reads are never deferred.
//  - Cost: a deferred object dies a little later (at the next quiescent state of every thread),
//    which is invisible except through weakref callbacks; __del__ classes are excluded for that
//    reason. Single-threaded programs never defer anything.
//
// gil build: nothing is deferred and the fused paths are compiled out (one lock orders all counts,
// and the plain increments are cheap).
#pragma once
#include <atomic>
#include <cstdint>

#include "concurrency/config.h"
#include "concurrency/refcount.h"

namespace weft {

struct Object;

#if defined(WEFT_FREE_THREADING) && WEFT_FREE_THREADING

inline constexpr uint8_t kGcDeferred = 0x1;      // destroyed only at a global quiescent state
inline constexpr uint8_t kGcDeallocQueued = 0x2;  // count reached zero, waiting in the queue

inline uint8_t header_gc_bits(const ObjectHeader* h) {
  return std::atomic_ref<uint8_t>(const_cast<uint8_t&>(h->gc_bits)).load(std::memory_order_relaxed);
}
inline bool header_is_deferred(const ObjectHeader* h) { return header_gc_bits(h) & kGcDeferred; }
// May be borrowed by a fused instruction: immortal, or deferred.
inline bool header_borrowable(const ObjectHeader* h) {
  return header_is_immortal(h) || header_is_deferred(h);
}
inline bool header_owned_here(const ObjectHeader* h) { return header_tid(h) == current_thread_id(); }
// Call only while holding a reference to the object.
inline void header_set_deferred(ObjectHeader* h) {
  if (!header_is_deferred(h)) std::atomic_ref<uint8_t>(h->gc_bits).fetch_or(kGcDeferred, std::memory_order_relaxed);
}

namespace qsbr_detail {
extern thread_local constinit int t_hold;
}
// While alive, the calling thread reports no quiescent state (see above).
class BorrowHold {
 public:
  BorrowHold() { ++qsbr_detail::t_hold; }
  ~BorrowHold() { --qsbr_detail::t_hold; }
  BorrowHold(const BorrowHold&) = delete;
  BorrowHold& operator=(const BorrowHold&) = delete;
};

// refcount.cpp: the count of a deferred object reached zero. Destroys it once every thread has
// been quiescent (concurrency/qsbr.cpp); at once while only one thread ever ran.
void qsbr_defer_dealloc(Object* o, ObjectHeader* h);
// Tests: deferred objects waiting to be destroyed.
size_t qsbr_deferred_pending();

#else

inline bool header_is_deferred(const ObjectHeader*) { return false; }
inline bool header_borrowable(const ObjectHeader*) { return false; }
inline bool header_owned_here(const ObjectHeader*) { return true; }
inline void header_set_deferred(ObjectHeader*) {}
class BorrowHold {
 public:
  BorrowHold() {}
};
inline size_t qsbr_deferred_pending() { return 0; }

#endif

}  // namespace weft
