// The global interpreter lock (concurrency/gil.h).
#include "concurrency/gil.h"

#include <chrono>
#include <cstdlib>
#include <cstring>

#include "concurrency/config.h"
#include "concurrency/stats.h"

namespace weft {

void GlobalLock::configure(const std::vector<std::string>& xoptions) {
  if (!kFreeThreading) {
    enabled_ = true;
    return;
  }
  // The last -X gil=... wins; without one, the environment decides.
  int from_x = -1;
  for (const auto& x : xoptions) {
    if (x == "gil=1") from_x = 1;
    else if (x == "gil=0") from_x = 0;
  }
  if (from_x >= 0) {
    enabled_ = from_x == 1;
    return;
  }
  const char* env = std::getenv("WEFT_GIL");
  enabled_ = env && std::strcmp(env, "1") == 0;
}

void GlobalLock::set_interval(double seconds) {
  double us = seconds * 1e6;
  if (us < 1) us = 1;  // the condition-variable waits below need a positive duration
  if (us > 1e12) us = 1e12;
  interval_us_.store(int64_t(us), std::memory_order_relaxed);
}

// Called with mu_ held and the calling thread counted in waiters_: waits until the lock is free
// and takes it. Each time a whole switch interval passes without any thread taking the lock, the
// holder is asked to drop it.
void GlobalLock::wait_and_take(std::unique_lock<std::mutex>& lk, EvalBreaker* me) {
  ++stats::t_counters.gil_acquisitions;  // -X stats (concurrency/stats.h)
  uint64_t wait_start = locked_ && stats::enabled() ? stats::now_ns() : 0;
  while (locked_) {
    uint64_t seen = switch_count_;
    auto interval = std::chrono::microseconds(interval_us_.load(std::memory_order_relaxed));
    bool timed_out = !free_cv_.wait_for(lk, interval, [&] { return !locked_; });
    if (timed_out && locked_ && switch_count_ == seen && holder_) {
      holder_->set(EvalBreaker::kDropGilRequest);
      ++stats::t_counters.gil_drop_requests;
    }
  }
  if (wait_start) stats::t_counters.gil_wait_ns += stats::now_ns() - wait_start;
  --waiters_;
  locked_ = true;
  holder_ = me;
  ++switch_count_;
  // A request aimed at this thread's previous turn is stale now.
  me->clear(EvalBreaker::kDropGilRequest);
  taken_cv_.notify_all();
}

void GlobalLock::acquire(EvalBreaker* me) {
  if (!enabled_) return;
  std::unique_lock<std::mutex> lk(mu_);
  ++waiters_;
  wait_and_take(lk, me);
}

void GlobalLock::release(EvalBreaker* me) {
  if (!enabled_) return;
  std::unique_lock<std::mutex> lk(mu_);
  locked_ = false;
  holder_ = nullptr;
  me->clear(EvalBreaker::kDropGilRequest);
  lk.unlock();
  free_cv_.notify_one();
}

void GlobalLock::yield(EvalBreaker* me) {
  if (!enabled_) {
    me->clear(EvalBreaker::kDropGilRequest);
    return;
  }
  std::unique_lock<std::mutex> lk(mu_);
  me->clear(EvalBreaker::kDropGilRequest);
  if (waiters_ == 0 || holder_ != me) return;  // stale request: nobody is waiting any more
  locked_ = false;
  holder_ = nullptr;
  uint64_t seen = switch_count_;
  ++stats::t_counters.gil_handoffs;
  uint64_t wait_start = stats::enabled() ? stats::now_ns() : 0;
  free_cv_.notify_one();
  // No convoy: do not race the woken thread for the lock; wait until somebody has taken it.
  taken_cv_.wait(lk, [&] { return switch_count_ != seen; });
  if (wait_start) stats::t_counters.gil_wait_ns += stats::now_ns() - wait_start;
  ++waiters_;
  wait_and_take(lk, me);
}

}  // namespace weft
