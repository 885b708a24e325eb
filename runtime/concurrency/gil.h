// GlobalLock: the global interpreter lock of one interpreter (DESIGN §5).
//
// Always on in the gil build; in the ft build it is off unless `-X gil=1` or WEFT_GIL=1 turned it
// on at start-up (configure()), and then every call below behaves as in the gil build.
//
// Hand-off (no convoy): a thread that wants the lock waits up to the switch interval; if no other
// thread took the lock meanwhile it sets kDropGilRequest on the holder's eval breaker. The holder
// sees the bit at its next check (loop back-edge or call) and calls yield(): it releases the lock,
// waits until some other thread has taken it, then queues for it again. So a thread that wakes
// from sleep gets the lock within about one switch interval even while others compute.
//
// Threads never call these directly for waits: BlockingRegion (concurrency/blocking.h) releases
// the lock around a blocking call and takes it back after.
#pragma once
#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <mutex>
#include <string>
#include <vector>

#include "concurrency/eval_breaker.h"

namespace weft {

class GlobalLock {
 public:
  // Whether the lock is in use. Written once by configure() before any other thread exists.
  bool enabled() const { return enabled_; }
  // At interpreter creation: the gil build always enables the lock; the ft build only when the
  // -X options say gil=1 (gil=0 wins over the environment) or WEFT_GIL=1.
  void configure(const std::vector<std::string>& xoptions);

  // Takes the lock for the thread whose eval breaker is `me` (blocks). No-op when disabled.
  void acquire(EvalBreaker* me);
  // Releases it. No-op when disabled.
  void release(EvalBreaker* me);
  // The holder saw kDropGilRequest: hand the lock to a waiting thread, then take it back.
  void yield(EvalBreaker* me);

  // fork() child (concurrency/fork.cpp): the other threads are gone and one of them may have
  // held mu_; rebuilds the mutex and condition variables. `holder` (the forking thread, or null)
  // holds the lock afterwards.
  void reinit_after_fork(EvalBreaker* holder);

  // sys.setswitchinterval / getswitchinterval (seconds).
  void set_interval(double seconds);
  double interval() const { return double(interval_us_.load(std::memory_order_relaxed)) * 1e-6; }

 private:
  void wait_and_take(std::unique_lock<std::mutex>& lk, EvalBreaker* me);

  bool enabled_ = true;
  std::mutex mu_;
  std::condition_variable free_cv_;   // a waiter may take the lock now
  std::condition_variable taken_cv_;  // some thread took the lock (switch_count_ changed)
  bool locked_ = false;
  EvalBreaker* holder_ = nullptr;
  uint64_t switch_count_ = 0;  // incremented on every take
  int waiters_ = 0;
  std::atomic<int64_t> interval_us_{5000};
};

}  // namespace weft
