// ObjectMutex slow paths (parking lot) and the per-thread stack of critical sections.
// ft build only; the gil build has nothing here.
#include "concurrency/object_lock.h"

#include "concurrency/cpu_relax.h"
#include "concurrency/stats.h"

#include <condition_variable>
#include <mutex>
#include <thread>

#include "objects/object.h"  // object_header

namespace weft {

#if defined(WEFT_FREE_THREADING) && WEFT_FREE_THREADING

namespace {

// The parking lot: a fixed set of buckets keyed by the mutex address. A waiter sets kParked
// while holding its bucket's lock and then waits on the bucket's condition variable; an unlock
// that sees kParked takes the same bucket lock before notifying, so no wake-up is lost.
struct Bucket {
  std::mutex lock;
  std::condition_variable cv;
};

constexpr size_t kBuckets = 251;

Bucket& bucket_for(const void* addr) {
  static Bucket* buckets = new Bucket[kBuckets];  // process lifetime; never destroyed
  return buckets[(reinterpret_cast<uintptr_t>(addr) >> 3) % kBuckets];
}

}  // namespace

void ObjectMutex::lock_slow(uint8_t& byte) {
  std::atomic_ref<uint8_t> a(byte);
  // -X stats (concurrency/stats.h): contended acquisitions, and with the option the wait and type.
  ++stats::t_counters.lock_contended;
  uint64_t wait_start = stats::enabled() ? stats::now_ns() : 0;
  bool parked = false;
  auto acquired = [&] {
    if (wait_start) stats::lock_contended(&byte, stats::now_ns() - wait_start, parked);
  };
  // Spin briefly: critical sections on containers are short.
  for (int i = 0; i < 100; ++i) {
    uint8_t v = a.load(std::memory_order_relaxed);
    if (!(v & kLocked)) {
      if (a.compare_exchange_weak(v, uint8_t(v | kLocked), std::memory_order_acquire, std::memory_order_relaxed)) {
        acquired();
        return;
      }
    }
    cpu_relax();
  }
  Bucket& b = bucket_for(&byte);
  std::unique_lock<std::mutex> g(b.lock);
  for (;;) {
    uint8_t v = a.load(std::memory_order_relaxed);
    if (!(v & kLocked)) {
      // Keep kParked if it is set: other waiters may still sleep on this bucket.
      if (a.compare_exchange_weak(v, uint8_t(v | kLocked), std::memory_order_acquire, std::memory_order_relaxed)) {
        g.unlock();
        acquired();
        return;
      }
      continue;
    }
    if (!(v & kParked)) {
      if (!a.compare_exchange_weak(v, uint8_t(v | kParked), std::memory_order_relaxed)) continue;
    }
    if (!parked) ++stats::t_counters.lock_parked;
    parked = true;
    b.cv.wait(g);
  }
}

void ObjectMutex::unlock_slow(uint8_t& byte) {
  std::atomic_ref<uint8_t> a(byte);
  Bucket& b = bucket_for(&byte);
  // Clear both bits under the bucket lock: a waiter that re-parks sets kParked again.
  std::lock_guard<std::mutex> g(b.lock);
  a.store(0, std::memory_order_release);
  b.cv.notify_all();
}

namespace cs_detail {

thread_local CsNode* t_top = nullptr;

namespace {

void lock_node(CsNode* n) {
  ObjectMutex::lock(*n->m1);
  if (n->m2) ObjectMutex::lock(*n->m2);  // address order (m1 < m2): no lock-order deadlock
}

void suspend_chain(CsNode* n) {
  for (; n; n = n->prev) {
    if (n->suspended || !n->m1) continue;
    if (n->m2) ObjectMutex::unlock(*n->m2);
    ObjectMutex::unlock(*n->m1);
    n->suspended = true;
  }
}

}  // namespace

void begin_slow(CsNode* n) {
  suspend_chain(t_top);
  lock_node(n);
}

void resume(CsNode* n) {
  // Only n is re-acquired; sections below it stay suspended until they are innermost again.
  // A re-entry (no-op) section relies on the first real section below it.
  while (n && !n->m1) n = n->prev;
  if (!n || !n->suspended) return;
  {
    if (ObjectMutex::try_lock(*n->m1)) {
      if (n->m2 && !ObjectMutex::try_lock(*n->m2)) {
        ObjectMutex::unlock(*n->m1);
        lock_node(n);
      }
    } else {
      lock_node(n);
    }
  }
  n->suspended = false;
}

}  // namespace cs_detail

void critical_sections_suspend_all() { cs_detail::suspend_chain(cs_detail::t_top); }

void critical_sections_resume_all() {
    if (cs_detail::t_top) cs_detail::resume(cs_detail::t_top);
}

bool critical_section_holds(Object* o) {
  uint8_t* m = &object_header(o)->mutex;
  for (CsNode* n = cs_detail::t_top; n; n = n->prev) {
    if (n->suspended) continue;
    if (n->m1 == m || n->m2 == m) return true;
  }
  return false;
}

#endif

}  // namespace weft
