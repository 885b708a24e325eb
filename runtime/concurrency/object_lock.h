// Per-object locking. In the gil build every type here is empty and every call vanishes; in the
// ft build ObjectMutex is the one byte in the object header.
//
//   CriticalSection cs(obj);        // around every mutation of a built-in mutable object
//   CriticalSection2 cs(a, b);      // two objects, locked in address order
//
// Rules (DESIGN §5): built-in containers are atomic per operation in both builds. Reads of list
// and dict items should not take the lock in the ft build (optimistic read; issue "Two runtimes").
// TODO(issue 4): suspend sections while the thread blocks, park instead of spinning.
#pragma once
#include <atomic>
#include <thread>

#include "concurrency/refcount.h"

namespace weft {

struct Object;
ObjectHeader* object_header(Object* o);  // objects/object.h

#if defined(WEFT_FREE_THREADING) && WEFT_FREE_THREADING

class ObjectMutex {
 public:
  static void lock(uint8_t& byte) {
    std::atomic_ref<uint8_t> a(byte);
    for (int spins = 0;; ++spins) {
      uint8_t expected = 0;
      if (a.compare_exchange_weak(expected, 1, std::memory_order_acquire)) return;
      if (spins > 64) std::this_thread::yield();
    }
  }
  static void unlock(uint8_t& byte) {
    std::atomic_ref<uint8_t> a(byte);
    a.store(0, std::memory_order_release);
  }
};

class CriticalSection {
 public:
  explicit CriticalSection(Object* o) : byte_(&object_header(o)->mutex) { ObjectMutex::lock(*byte_); }
  ~CriticalSection() { ObjectMutex::unlock(*byte_); }
  CriticalSection(const CriticalSection&) = delete;
  CriticalSection& operator=(const CriticalSection&) = delete;

 private:
  uint8_t* byte_;
};

class CriticalSection2 {
 public:
  CriticalSection2(Object* a, Object* b) {
    if (a == b) b = nullptr;
    else if (b && b < a) std::swap(a, b);
    first_ = &object_header(a)->mutex;
    second_ = b ? &object_header(b)->mutex : nullptr;
    ObjectMutex::lock(*first_);
    if (second_) ObjectMutex::lock(*second_);
  }
  ~CriticalSection2() {
    if (second_) ObjectMutex::unlock(*second_);
    ObjectMutex::unlock(*first_);
  }
  CriticalSection2(const CriticalSection2&) = delete;
  CriticalSection2& operator=(const CriticalSection2&) = delete;

 private:
  uint8_t* first_;
  uint8_t* second_;
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

#endif

}  // namespace weft
