// Per-object locking. In the gil build every type here is empty and every call vanishes; in the
// ft build ObjectMutex is the one byte in the object header.
//
//   CriticalSection cs(obj);        // around every mutation of a built-in mutable object
//   CriticalSection2 cs(a, b);      // two objects, locked in address order
//
// Rules (DESIGN §5): built-in containers are atomic per operation in both builds. Reads of list
// and dict items do not take the lock in the ft build (optimistic read, concurrency/qsbr.h).
//
// ft build, CPython-style nesting: each thread keeps a stack of its active sections. When a
// section cannot take its lock at once (contention, or the lock is held by an outer section of
// the same thread), the thread first releases ("suspends") every section it holds, then blocks.
// A suspended section is re-acquired when it becomes the innermost one again (the inner section
// ends, or the thread returns from a blocking call). So nested sections on different objects
// never deadlock, and re-entering the same object from user code (__eq__, __hash__) does not
// self-deadlock. The price, as in CPython: an outer section's object may change while an inner
// one blocks, so code must not keep raw pointers into an outer object across an inner section
// (use CriticalSection2 when an operation needs two objects at once).
//
// A blocking wait (sleep, lock acquire, I/O) must not hold object locks: BlockingRegion calls
// critical_sections_suspend_all() before blocking and critical_sections_resume_all() after.
#pragma once
#include <atomic>
#include <cstdint>
#include <utility>

#include "concurrency/refcount.h"

namespace weft {

struct Object;
ObjectHeader* object_header(Object* o);  // objects/object.h

#if defined(WEFT_FREE_THREADING) && WEFT_FREE_THREADING

// The mutex byte: bit 0 locked, bit 1 some thread may be parked on it (unlock must wake it).
// Spins briefly, then parks in a small address-keyed parking lot (object_lock.cpp).
class ObjectMutex {
 public:
  static constexpr uint8_t kLocked = 1;
  static constexpr uint8_t kParked = 2;
  static bool try_lock(uint8_t& byte) {
    std::atomic_ref<uint8_t> a(byte);
    uint8_t expected = 0;
    return a.compare_exchange_strong(expected, kLocked, std::memory_order_acquire, std::memory_order_relaxed);
  }
  static void lock(uint8_t& byte) {
    if (!try_lock(byte)) lock_slow(byte);
  }
  static void unlock(uint8_t& byte) {
    std::atomic_ref<uint8_t> a(byte);
    uint8_t expected = kLocked;
    if (!a.compare_exchange_strong(expected, 0, std::memory_order_release, std::memory_order_relaxed))
      unlock_slow(byte);
  }
  static bool is_locked(uint8_t& byte) {
    return std::atomic_ref<uint8_t>(byte).load(std::memory_order_relaxed) & kLocked;
  }
  static void lock_slow(uint8_t& byte);
  static void unlock_slow(uint8_t& byte);
};

// One entry of the calling thread's stack of critical sections (lives in the section object).
struct CsNode {
  uint8_t* m1 = nullptr;  // null: a no-op section (the enclosing section already holds it)
  uint8_t* m2 = nullptr;
  CsNode* prev = nullptr;
  bool suspended = false;
};

namespace cs_detail {
extern thread_local CsNode* t_top;
void begin_slow(CsNode* n);  // suspends the thread's sections, then blocks on n's locks
void resume(CsNode* n);      // re-acquires the innermost real section from n down, if suspended
}  // namespace cs_detail

void critical_sections_suspend_all();
void critical_sections_resume_all();
// Test hook: true if the calling thread holds (not suspended) the lock of `o` in some section.
bool critical_section_holds(Object* o);

class CriticalSection {
 public:
  explicit CriticalSection(Object* o) {
    uint8_t* m = &object_header(o)->mutex;
    CsNode* top = cs_detail::t_top;
    n_.prev = top;
    // Re-entering the object the innermost section holds: nothing to lock (as CPython).
    if (top && !top->suspended && (top->m1 == m || top->m2 == m)) {
      cs_detail::t_top = &n_;
      return;
    }
    n_.m1 = m;
    if (!ObjectMutex::try_lock(*m)) cs_detail::begin_slow(&n_);
    cs_detail::t_top = &n_;
  }
  ~CriticalSection() {
    if (n_.m1 && !n_.suspended) ObjectMutex::unlock(*n_.m1);
    cs_detail::t_top = n_.prev;
    if (n_.prev && (n_.prev->suspended || !n_.prev->m1)) [[unlikely]] cs_detail::resume(n_.prev);
  }
  CriticalSection(const CriticalSection&) = delete;
  CriticalSection& operator=(const CriticalSection&) = delete;

 private:
  CsNode n_;
};

class CriticalSection2 {
 public:
  CriticalSection2(Object* a, Object* b) {
    uint8_t* m1 = &object_header(a)->mutex;
    uint8_t* m2 = b ? &object_header(b)->mutex : nullptr;
    if (m1 == m2) m2 = nullptr;
    if (m2 && m2 < m1) std::swap(m1, m2);
    n_.prev = cs_detail::t_top;
    n_.m1 = m1;
    n_.m2 = m2;
    if (ObjectMutex::try_lock(*m1)) {
      if (!m2 || ObjectMutex::try_lock(*m2)) {
        cs_detail::t_top = &n_;
        return;
      }
      ObjectMutex::unlock(*m1);
    }
    cs_detail::begin_slow(&n_);
    cs_detail::t_top = &n_;
  }
  ~CriticalSection2() {
    if (!n_.suspended) {
      if (n_.m2) ObjectMutex::unlock(*n_.m2);
      ObjectMutex::unlock(*n_.m1);
    }
    cs_detail::t_top = n_.prev;
    if (n_.prev && (n_.prev->suspended || !n_.prev->m1)) [[unlikely]] cs_detail::resume(n_.prev);
  }
  CriticalSection2(const CriticalSection2&) = delete;
  CriticalSection2& operator=(const CriticalSection2&) = delete;

 private:
  CsNode n_;
};

#else

class CriticalSection {
 public:
  explicit CriticalSection(Object*) {}
  CriticalSection(const CriticalSection&) = delete;
  CriticalSection& operator=(const CriticalSection&) = delete;
};

class CriticalSection2 {
 public:
  CriticalSection2(Object*, Object*) {}
  CriticalSection2(const CriticalSection2&) = delete;
  CriticalSection2& operator=(const CriticalSection2&) = delete;
};

inline void critical_sections_suspend_all() {}
inline void critical_sections_resume_all() {}
inline bool critical_section_holds(Object*) { return true; }

#endif

}  // namespace weft
