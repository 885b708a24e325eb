// Runtime statistics: `weft -X stats` prints, at exit, where the time went (per thread: wall,
// CPU, waits for the global lock, for object locks, in blocking calls), global-lock hand-offs,
// and in the ft build how reference counting split between the owner's fast path and the shared
// atomic, and which object types' locks were contended.
//
// Cost when the option is off: the counters below are bumped only on paths that are already
// slow (a global-lock wait, a contended object mutex, a shared-atomic count, a merge); clocks are
// read only when enabled(). The owner's fast path of reference counting is not touched at all:
// with -X stats the ft build keeps the thread's cached id (refcount_detail::t_thread_id) at zero,
// so every owner check takes the existing out-of-line branch (assign_thread_id), which counts it.
// That makes counting slower while stats are on, never while they are off.
//
// Counters are plain thread-locals (no shared cache line); a thread's totals are copied into
// the process-wide report under a lock when it ends.
#pragma once
#include <cstdint>
#include <string>

namespace weft {

struct InterpreterState;

namespace stats {

// Slow-path counters of the calling thread (always counted; cheap next to the path they sit on).
struct Counters {
  uint64_t gil_acquisitions = 0;  // global lock taken
  uint64_t gil_wait_ns = 0;       // waiting for it (enabled only)
  uint64_t gil_drop_requests = 0; // this thread asked the holder to drop the lock
  uint64_t gil_handoffs = 0;      // this thread honoured a drop request (forced hand-off)
  uint64_t lock_contended = 0;    // object mutex not free at once (spun or parked)
  uint64_t lock_parked = 0;       // ... and had to sleep
  uint64_t lock_wait_ns = 0;      // (enabled only)
  uint64_t blocking_count = 0;    // BlockingRegions entered (detached waits)
  uint64_t blocking_ns = 0;       // (enabled only)
  uint64_t stw_wait_ns = 0;       // re-attaching held up by a stop-the-world pause (enabled only)
  uint64_t owner_checks = 0;      // ft, enabled only: reference-count owner checks
  uint64_t rc_shared = 0;         // ft: increments/decrements on the shared atomic
  uint64_t rc_merges = 0;         // ft: local and shared counts merged
  uint64_t rc_queued = 0;         // ft: objects queued to their owner
  uint64_t qsbr_retired = 0;      // ft: memory blocks retired (deferred frees)
  uint64_t qsbr_freed = 0;        // ft: retired blocks freed
};

extern thread_local constinit Counters t_counters;

// Written once by configure(), before any other thread exists.
extern bool g_enabled;
inline bool enabled() { return g_enabled; }

// CLOCK_MONOTONIC in nanoseconds.
uint64_t now_ns();

// At interpreter creation (vm/startup.cpp): turns counting on when the -X options include
// "stats" (first interpreter only) and starts the calling thread's record as MainThread.
void configure(InterpreterState* interp);
// A thread started by _thread begins / ends (on that thread; no-ops when disabled). `name` is
// the threading.Thread name, or empty for a bare _thread thread.
void thread_begin();
void thread_end(const std::string& name);

// A blocking region starts / ends on the calling thread (concurrency/blocking.cpp).
void blocking_begin();
void blocking_end();

// ft: a contended object mutex was acquired after `wait_ns` (object_lock.cpp, enabled only).
// `mutex_byte` is the header's mutex byte; the object's type is looked up from it.
void lock_contended(const uint8_t* mutex_byte, uint64_t wait_ns, bool parked);

// At exit of the main interpreter (vm/startup.cpp): prints the report to stderr when enabled.
void report(InterpreterState* interp);

}  // namespace stats
}  // namespace weft
