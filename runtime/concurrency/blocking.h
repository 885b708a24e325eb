// BlockingRegion: wrap every wait (sleep, I/O, lock waits) in one. While it lives:
//  - the global lock (gil build, or ft with -X gil=1) is released, so other threads run Python;
//  - the thread is marked detached (ThreadState::detached), so that a stop-the-world pause of the
//    ft build need not wait for it.
// ft build: the object locks of the thread's critical sections are suspended for the region and
// re-taken after it (concurrency/object_lock.h), so the object may change meanwhile.
// Code inside the region must not touch Python objects (their memory, counts or the current
// exception): copy what the syscall needs first, convert the result after. Nested regions and
// threads without a ThreadState are no-ops. errno is preserved across the constructor and
// destructor.
//
//   { BlockingRegion br; n = ::read(fd, buf, size); err = errno; }
#pragma once

namespace weft {

struct ThreadState;

class BlockingRegion {
 public:
  BlockingRegion();
  ~BlockingRegion();
  BlockingRegion(const BlockingRegion&) = delete;
  BlockingRegion& operator=(const BlockingRegion&) = delete;

 private:
  ThreadState* ts_ = nullptr;  // the thread this region detached (null: nothing to undo)
};

// The same as a pair of calls, for code whose wait does not fit one scope. detach_thread returns
// false (and does nothing) when there is nothing to detach; call attach_thread only after true.
bool detach_thread(ThreadState* ts);
void attach_thread(ThreadState* ts);

// The eval breaker saw kDropGilRequest: hand the global lock to the waiting thread and take it
// back (vm/eval.cpp).
void yield_global_lock(ThreadState* ts);

}  // namespace weft
