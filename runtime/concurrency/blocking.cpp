// BlockingRegion (concurrency/blocking.h): release the interpreter's global lock / detach.
#include "concurrency/blocking.h"

#include <errno.h>

#include "concurrency/fork.h"
#include "concurrency/object_lock.h"
#include "concurrency/qsbr.h"
#include "concurrency/stats.h"
#include "vm/state.h"

namespace weft {

bool detach_thread(ThreadState* ts) {
  if (!ts || !ts->interp || ts->detached.load(std::memory_order_relaxed)) return false;
  int saved = errno;
  // ft: a blocked thread holds no object locks (nested sections cannot deadlock through a wait).
  critical_sections_suspend_all();
  qsbr_detach();  // ft: a blocked thread does not hold memory reclamation back (ftperf)
  ts->detached.store(true, std::memory_order_release);
  ts->interp->gil.release(&ts->breaker);
  stats::blocking_begin();  // -X stats: time blocked (the global lock wait after is counted apart)
  errno = saved;
  return true;
}

void attach_thread(ThreadState* ts) {
  int saved = errno;
  stats::blocking_end();
  ts->interp->gil.acquire(&ts->breaker);
  uint64_t stw_start = stats::enabled() ? stats::now_ns() : 0;
  stw_attach(ts);  // marks it attached, after any stop-the-world pause (concurrency/fork.h)
  if (stw_start) stats::t_counters.stw_wait_ns += stats::now_ns() - stw_start;
  qsbr_attach();
  critical_sections_resume_all();
  errno = saved;
}

void yield_global_lock(ThreadState* ts) {
  // The object locks of the sections this thread is inside are released while it waits for the
  // global lock (ft with -X gil=1): the thread that gets the lock may need them.
  critical_sections_suspend_all();
  ts->interp->gil.yield(&ts->breaker);
  critical_sections_resume_all();
}

BlockingRegion::BlockingRegion() {
  ThreadState* ts = ThreadState::current();
  if (detach_thread(ts)) ts_ = ts;
}

BlockingRegion::~BlockingRegion() {
  if (ts_) attach_thread(ts_);
}

}  // namespace weft
