// Sharing an object's reference count with every thread (used by weak references, dm).
//
// ft build: a weak reference is dereferenced with header_try_incref, which from a non-owner
// thread only succeeds while the shared count is non-zero (the owner may otherwise be freeing
// the object unsynchronised). When the owner creates a weak reference, its local count is moved
// into the shared count and the object becomes "merged" (no owner), as if the owner had
// exited: from then on every thread counts atomically, a dereference from any thread succeeds
// while the object lives and fails once its count is zero. Objects owned by another thread are
// left alone (their dereference may then report a live object as dead, never the reverse).
// gil build: nothing to do.
#pragma once
#include "concurrency/refcount.h"

namespace weft {

#if defined(WEFT_FREE_THREADING) && WEFT_FREE_THREADING
inline void header_share_count(ObjectHeader* h) {
  if (header_is_immortal(h) || header_tid(h) != current_thread_id()) return;
  intptr_t shared = h->ref_shared.load(std::memory_order_acquire);
  for (;;) {
    if (shared & (kSharedQueued | kSharedMerged)) return;
    uint32_t local = header_local(h);
    intptr_t desired = (shared + (intptr_t(local) << kSharedShift)) | kSharedMerged;
    // The caller holds a reference, so the merged count cannot reach zero before the owner
    // fields are cleared below; other threads already count on the shared field.
    if (h->ref_shared.compare_exchange_weak(shared, desired, std::memory_order_acq_rel)) {
      header_set_tid(h, 0);
      header_set_local(h, 0);
      return;
    }
  }
}
#else
inline void header_share_count(ObjectHeader*) {}
#endif

}  // namespace weft
