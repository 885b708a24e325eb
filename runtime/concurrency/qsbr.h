// Quiescent-state based reclamation (ft build). Memory that another thread may still be reading
// without a lock (a list's old item array, a dict's old tables, a freed object's header that an
// optimistic reader is about to try-incref) is "retired" instead of freed; it is freed once every
// registered thread has passed a quiescent state after the retirement.
//
// A thread is quiescent when it holds no pointer obtained by an optimistic read: between two
// bytecode instructions (the eval-breaker check) and while detached (blocking). Readers must be
// registered (qsbr_register, idempotent, cheap after the first call) before their first
// optimistic read. Threads that block call qsbr_detach() / qsbr_attach() around the wait, so an
// idle thread never holds reclamation back.
//
// Single-threaded processes pay nothing: until a second thread registers, qsbr_retire frees at
// once. The switch to deferred freeing is made safe by a process-wide memory barrier
// (membarrier(2)) issued by the registering thread, so the fast path needs no fence.
//
// gil build: every function frees at once / does nothing.
#pragma once
#include <atomic>
#include <cstdint>

#include "concurrency/config.h"

namespace weft {

class EvalBreaker;
using QsbrFreeFn = void (*)(void*);

#if defined(WEFT_FREE_THREADING) && WEFT_FREE_THREADING

namespace qsbr_detail {
struct ThreadRec;
extern std::atomic<bool> g_multi;
extern thread_local ThreadRec* t_self;
}  // namespace qsbr_detail

// True once two threads have registered (sticky): memory is then retired, not freed at once.
inline bool qsbr_deferring() { return qsbr_detail::g_multi.load(std::memory_order_relaxed); }
void qsbr_register_slow();
// False only on a thread that is exiting (then read under the lock instead).
inline bool qsbr_register() {
  if (!qsbr_detail::t_self) [[unlikely]] {
    qsbr_register_slow();
    return qsbr_detail::t_self != nullptr;
  }
  return true;
}
// Frees `p` with `fn` once no optimistic reader can hold it (at once while single-threaded).
void qsbr_retire(void* p, QsbrFreeFn fn);
// The calling thread holds no optimistically read pointer; frees what became safe.
void qsbr_quiescent();
// Where the thread is poked (kPendingMerges) when it should report a quiescent state.
void qsbr_set_eval_breaker(EvalBreaker* breaker);
void qsbr_detach();  // offline: not counted until qsbr_attach
void qsbr_attach();
// The thread ends: its pending memory is handed to the others, its record removed.
void qsbr_thread_exit();
// Tests: number of retired blocks not yet freed (all threads).
size_t qsbr_pending_count();

#else

inline bool qsbr_deferring() { return false; }
inline bool qsbr_register() { return true; }
inline void qsbr_retire(void* p, QsbrFreeFn fn) { fn(p); }
inline void qsbr_quiescent() {}
inline void qsbr_set_eval_breaker(EvalBreaker*) {}
inline void qsbr_detach() {}
inline void qsbr_attach() {}
inline void qsbr_thread_exit() {}
inline size_t qsbr_pending_count() { return 0; }

#endif

}  // namespace weft
