// The object header and reference counting: the part of every object that differs between
// the two builds.
//
// gil build:  { refcount }                      plain add/sub (the global lock orders them).
// ft build:   { ob_tid, padding, mutex, gc_bits, ref_local, ref_shared }   (PEP 703 layout)
//   - the owning thread counts in ref_local without atomics;
//   - other threads count in ref_shared (atomic; low two bits are the state flags);
//   - when the owner's local count drops to zero the counts are merged (ob_tid = 0, kMerged),
//     after which every thread uses ref_shared.
//   A non-owner decrement that makes ref_shared negative is the case PEP 703 queues to the
//   owner; until the queue exists (issue "Two runtimes") such objects are freed when the owner
//   merges, so they may live longer but are never freed early.
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

// A small integer that identifies the calling OS thread; never 0.
uintptr_t current_thread_id();

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

inline void header_init(ObjectHeader* h) {
  h->ob_tid = current_thread_id();
  h->ref_local = 1;
  h->ref_shared.store(0, std::memory_order_relaxed);
}
inline void header_make_immortal(ObjectHeader* h) {
  h->ob_tid = 0;
  h->ref_local = kImmortalLocal;
  h->ref_shared.store(0, std::memory_order_relaxed);
}
inline bool header_is_immortal(const ObjectHeader* h) { return h->ref_local == kImmortalLocal; }

inline void header_incref(ObjectHeader* h) {
  if (header_is_immortal(h)) return;
  if (h->ob_tid == current_thread_id()) {
    h->ref_local++;
  } else {
    incref_shared(h);
  }
}

inline void header_decref(Object* o, ObjectHeader* h) {
  if (header_is_immortal(h)) return;
  if (h->ob_tid == current_thread_id()) {
    if (--h->ref_local == 0) merge_on_zero(o, h);
  } else {
    decref_shared(o, h);
  }
}

// Total count, for sys.getrefcount and tests; approximate while other threads run.
inline intptr_t header_refcount(const ObjectHeader* h) {
  if (header_is_immortal(h)) return INTPTR_MAX;
  return intptr_t(h->ref_local) + (h->ref_shared.load(std::memory_order_relaxed) >> kSharedShift);
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

#endif

}  // namespace weft
