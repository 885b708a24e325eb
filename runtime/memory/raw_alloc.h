// Raw memory for objects and container tables: mimalloc (thread-caching, so allocation scales
// in the ft build). Under ThreadSanitizer the C library's malloc is used instead: mimalloc's
// cross-thread frees synchronise through atomics TSan cannot see (mimalloc is not instrumented),
// so memory freed by one thread and reused by its owner would be reported as a race.
#pragma once
#include <cstddef>
#include <cstdlib>

#include <mimalloc.h>

namespace weft {

#if defined(__SANITIZE_THREAD__)
inline void* raw_malloc(size_t size) { return std::malloc(size); }  // glibc: 16-byte aligned
inline void raw_free(void* p) { std::free(p); }
#else
inline void* raw_malloc(size_t size) { return mi_malloc_aligned(size, 16); }
inline void raw_free(void* p) { mi_free(p); }
#endif

}  // namespace weft
