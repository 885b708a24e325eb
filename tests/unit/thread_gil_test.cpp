// The global lock (concurrency/gil.h): mutual exclusion, the forced hand-off through the eval
// breaker's kDropGilRequest, and the ft build's -X gil switch.
#include <catch2/catch.hpp>

#include <atomic>
#include <chrono>
#include <thread>

#include "concurrency/config.h"
#include "concurrency/gil.h"

using namespace weft;

namespace {

GlobalLock& enabled_lock(GlobalLock& g) {
  g.configure({"gil=1"});  // ft: on; gil build: always on
  return g;
}

}  // namespace

TEST_CASE("gil: configure follows the build and -X gil", "[gil]") {
  GlobalLock a, b, c;
  a.configure({"gil=1"});
  CHECK(a.enabled());
  b.configure({"gil=0"});
  CHECK(b.enabled() == !kFreeThreading);
  c.configure({"gil=1", "gil=0"});
  CHECK(c.enabled() == !kFreeThreading);
}

TEST_CASE("gil: switch interval round-trips in microseconds", "[gil]") {
  GlobalLock g;
  CHECK(g.interval() == Approx(0.005));
  g.set_interval(0.001);
  CHECK(g.interval() == Approx(0.001));
  g.set_interval(1e-9);  // clamped to one microsecond
  CHECK(g.interval() == Approx(1e-6));
}

TEST_CASE("gil: mutual exclusion with polite holders", "[gil]") {
  GlobalLock g;
  enabled_lock(g);
  g.set_interval(0.0005);
  constexpr int kThreads = 3, kIters = 20000;
  long counter = 0;  // plain: only the holder touches it
  std::atomic<int> inside{0};
  std::atomic<bool> overlap{false};
  auto body = [&] {
    EvalBreaker me;
    g.acquire(&me);
    for (int i = 0; i < kIters; i++) {
      if (inside.fetch_add(1) != 0) overlap = true;
      counter++;
      inside.fetch_sub(1);
      if (me.test(EvalBreaker::kDropGilRequest)) g.yield(&me);
    }
    g.release(&me);
  };
  std::thread t[kThreads];
  for (auto& th : t) th = std::thread(body);
  for (auto& th : t) th.join();
  CHECK_FALSE(overlap.load());
  CHECK(counter == long(kThreads) * kIters);
}

TEST_CASE("gil: a waiter gets the lock from a busy holder within a few intervals", "[gil]") {
  GlobalLock g;
  enabled_lock(g);
  g.set_interval(0.002);
  EvalBreaker holder_breaker;
  std::atomic<bool> stop{false}, holding{false};
  std::atomic<int> yields{0};
  std::thread holder([&] {
    g.acquire(&holder_breaker);
    holding = true;
    while (!stop) {
      // A busy loop that checks the breaker like the VM's back-edges do.
      if (holder_breaker.test(EvalBreaker::kDropGilRequest)) {
        yields++;
        g.yield(&holder_breaker);
      }
    }
    g.release(&holder_breaker);
  });
  while (!holding) std::this_thread::yield();
  EvalBreaker me;
  auto t0 = std::chrono::steady_clock::now();
  g.acquire(&me);
  double waited = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  CHECK(yields.load() >= 1);
  CHECK(waited >= 0.0015);  // it waited about one interval before asking
  CHECK(waited < 1.0);      // generous: the machine may be loaded
  stop = true;
  g.release(&me);
  holder.join();
}
