// BlockingRegion (concurrency/blocking.h): release the interpreter's global lock / detach.
#include "concurrency/blocking.h"

#include <errno.h>

#include "concurrency/object_lock.h"
#include "concurrency/qsbr.h"
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
  errno = saved;
  return true;
}

void attach_thread(ThreadState* ts) {
  int saved = errno;
  ts->interp->gil.acquire(&ts->breaker);
  ts->detached.store(false, std::memory_order_release);
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
