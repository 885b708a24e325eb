// Object memory comes from mimalloc: thread-caching, so allocation scales in the ft build.
#include <mimalloc.h>

#include "objects/object.h"

namespace weft {

void* alloc_object_memory(size_t size) {
  void* p = mi_malloc_aligned(size, 16);
  if (!p) throw std::bad_alloc();  // MemoryError is raised by callers that can size-check first
  return p;
}

void free_object_memory(void* p) { mi_free(p); }

void dealloc_object(Object* o) { o->type->dealloc(o); }

}  // namespace weft
