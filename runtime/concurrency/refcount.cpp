#include "concurrency/refcount.h"

namespace weft {

namespace {
std::atomic<uintptr_t> g_next_thread_id{1};
thread_local uintptr_t t_thread_id = 0;
}  // namespace

uintptr_t current_thread_id() {
  if (t_thread_id == 0) [[unlikely]] t_thread_id = g_next_thread_id.fetch_add(1);
  return t_thread_id;
}

#if defined(WEFT_FREE_THREADING) && WEFT_FREE_THREADING

void incref_shared(ObjectHeader* h) {
  h->ref_shared.fetch_add(intptr_t(1) << kSharedShift, std::memory_order_relaxed);
}

void decref_shared(Object* o, ObjectHeader* h) {
  intptr_t old = h->ref_shared.fetch_sub(intptr_t(1) << kSharedShift, std::memory_order_acq_rel);
  intptr_t now = old - (intptr_t(1) << kSharedShift);
  // Only a merged object (no owner any more) can be freed by a non-owner thread.
  if ((old & kSharedMerged) && (now >> kSharedShift) == 0) dealloc_object(o);
}

void merge_on_zero(Object* o, ObjectHeader* h) {
  // The owner's count reached zero: give up ownership and fold into the shared count.
  intptr_t shared = h->ref_shared.load(std::memory_order_acquire);
  for (;;) {
    if ((shared >> kSharedShift) <= 0) {
      // No other thread holds a reference (a negative shared count means other threads
      // released references they got from the owner): free it.
      h->ob_tid = 0;
      dealloc_object(o);
      return;
    }
    if (h->ref_shared.compare_exchange_weak(shared, shared | kSharedMerged,
                                            std::memory_order_acq_rel)) {
      h->ob_tid = 0;
      return;
    }
  }
}

#endif

}  // namespace weft
