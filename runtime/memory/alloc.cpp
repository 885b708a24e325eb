// Object memory (memory/raw_alloc.h: mimalloc, or malloc under ThreadSanitizer).
#include "memory/raw_alloc.h"

#include "concurrency/qsbr.h"
#include "objects/object.h"
#include "objects/weakref.h"

namespace weft {

void* alloc_object_memory(size_t size) {
  void* p = raw_malloc(size);
  if (!p) throw std::bad_alloc();  // MemoryError is raised by callers that can size-check first
  return p;
}

// ft build, several threads: an optimistic reader (list item, dict value) may be about to
// try-incref an object that another thread just freed, so its memory is retired through QSBR
// (concurrency/qsbr.h) instead of being reused at once. Single-threaded: freed at once.
void free_object_memory(void* p) {
  if (!qsbr_deferring()) [[likely]] {
    raw_free(p);
    return;
  }
  qsbr_retire(p, raw_free);
}

// Weak references are detached first; only types that ever had one carry the flag (weakref.h).
void dealloc_object(Object* o) {
  if (o->type->flags & kTypeWeakrefable) [[unlikely]] weakref_object_dying(o);
  o->type->dealloc(o);
}

}  // namespace weft
