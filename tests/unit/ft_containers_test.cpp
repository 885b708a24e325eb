// ft build: containers hammered from several threads (exact totals), optimistic reads of list
// items and dict values racing with resizes and removals, nested critical sections that must
// not deadlock, and quiescent-state reclamation. In the gil build the threaded cases are skipped
// (threads there need the global lock) and the single-thread checks still run.
#include <catch2/catch.hpp>

#include <atomic>
#include <string>
#include <thread>
#include <vector>

#include "concurrency/config.h"
#include "concurrency/object_lock.h"
#include "concurrency/qsbr.h"
#include "objects/abstract.h"
#include "objects/dict.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/set.h"
#include "objects/str.h"
#include "vm/startup.h"
#include "vm/state.h"

using namespace weft;

namespace {

void ensure_runtime() {
  static bool ready = [] {
    runtime_init();
    InterpreterConfig config;
    config.argv = {"weft_unit_tests"};
    return create_interpreter(config) != nullptr;
  }();
  REQUIRE(ready);
}

// Runs body(t) on n threads, each with its own ThreadState, and joins them.
template <class F>
void run_threads(int n, F body) {
  InterpreterState* interp = ThreadState::current()->interp;
  std::vector<std::thread> threads;
  for (int t = 0; t < n; t++) {
    threads.emplace_back([&, t] {
      ThreadState::set_current(create_thread_state(interp));
      body(t);
      qsbr_quiescent();
    });
  }
  for (auto& th : threads) th.join();
}

// A heap object (not a small int) with a recognisable value: a big int 2**62 + i.
Ref boxed(int64_t i) { return make_int(int64_t(1) << 62 | i); }
int64_t unbox(Value v) {
  int64_t x = -1;
  if (!is_int(v) || !int_to_int64(v, &x)) return -1;
  return x & ((int64_t(1) << 62) - 1);
}

}  // namespace

TEST_CASE("ft: list.append from 4 threads keeps every element exactly once", "[ft][list]") {
  ensure_runtime();
  if (!kFreeThreading) return;
  Ref l = make_list();
  constexpr int kThreads = 4, kPer = 20000;
  run_threads(kThreads, [&](int t) {
    for (int i = 0; i < kPer; i++) {
      Ref v = boxed(t * kPer + i);
      (void)list_append(as<List>(l.get()), v);
    }
  });
  REQUIRE(list_size(l) == size_t(kThreads * kPer));
  std::vector<int> seen(kThreads * kPer, 0);
  for (size_t i = 0; i < list_size(l); i++) seen[size_t(unbox(list_item(l, i)))]++;
  int bad = 0;
  for (int c : seen) bad += c != 1;
  CHECK(bad == 0);
}

TEST_CASE("ft: dict and set writes from 4 threads give exact totals", "[ft][dict][set]") {
  ensure_runtime();
  if (!kFreeThreading) return;
  Ref d = make_dict();
  Ref s = make_set();
  constexpr int kThreads = 4, kPer = 10000;
  std::atomic<int> failures{0};
  run_threads(kThreads, [&](int t) {
    for (int i = 0; i < kPer; i++) {
      Ref k = make_int(t * kPer + i);
      Ref v = boxed(i);
      if (!dict_set(as<Dict>(d.get()), k, v).ok()) failures++;
      if (!set_add(as<Set>(s.get()), k).ok()) failures++;
      Ref shared = make_int(i % 50);
      if (!set_add(as<Set>(s.get()), shared).ok()) failures++;
    }
  });
  CHECK(failures == 0);
  CHECK(dict_size(d) == size_t(kThreads * kPer));
  CHECK(as<Set>(s.get())->used == size_t(kThreads * kPer));  // the shared keys are among them
  for (int i = 0; i < kThreads * kPer; i += 997) {
    Ref k = make_int(i);
    Result<Ref> v = dict_get(as<Dict>(d.get()), k);
    REQUIRE(v.ok());
    REQUIRE(*v);
    CHECK(unbox(*v) == i % kPer);
  }
}

TEST_CASE("ft: optimistic list reads race with appends, pops and resizes", "[ft][list][qsbr]") {
  ensure_runtime();
  if (!kFreeThreading) return;
  Ref l = make_list();
  for (int i = 0; i < 64; i++) (void)list_append(as<List>(l.get()), boxed(i));
  std::atomic<bool> stop{false};
  std::atomic<long> reads{0}, bad{0};
  InterpreterState* interp = ThreadState::current()->interp;
  std::vector<std::thread> readers;
  for (int r = 0; r < 3; r++) {
    readers.emplace_back([&] {
      ThreadState::set_current(create_thread_state(interp));
      size_t i = 0;
      while (!stop.load(std::memory_order_relaxed)) {
        Ref v = list_get_item(as<List>(l.get()), i % 64);
        if (v) {
          // Every element ever stored is a big int below 2**62 + 1000000.
          if (unbox(v) < 0 || unbox(v) >= 1000000) bad++;
          reads++;
        }
        if (++i % 256 == 0) qsbr_quiescent();  // as the eval loop does between instructions
      }
    });
  }
  // The writer shrinks and grows the list (reallocating its array) and frees popped items.
  for (int round = 0; round < 2000; round++) {
    for (int k = 0; k < 40; k++) {
      Result<Ref> p = list_pop(as<List>(l.get()), -1);
      REQUIRE(p.ok());
    }
    for (int k = 0; k < 40; k++) (void)list_append(as<List>(l.get()), boxed(round * 40 + k));
    if (round % 16 == 0) qsbr_quiescent();
  }
  stop = true;
  for (auto& t : readers) t.join();
  CHECK(bad == 0);
  CHECK(reads > 0);
  CHECK(list_size(l) == 64);
}

TEST_CASE("ft: optimistic dict lookups race with inserts, deletes and resizes", "[ft][dict][qsbr]") {
  ensure_runtime();
  if (!kFreeThreading) return;
  Ref d = make_dict();
  std::vector<Ref> keys;
  for (int i = 0; i < 200; i++) keys.push_back(intern_ref("ftkey" + std::to_string(i)));
  // Stable keys 0..49 always map to 2**62 + i; the others come and go.
  for (int i = 0; i < 50; i++) REQUIRE(dict_set_str(as<Dict>(d.get()), as<Str>(keys[i].get()), boxed(i)).ok());
  std::atomic<bool> stop{false};
  std::atomic<long> misses{0}, bad{0};
  InterpreterState* interp = ThreadState::current()->interp;
  std::vector<std::thread> readers;
  for (int r = 0; r < 3; r++) {
    readers.emplace_back([&] {
      ThreadState::set_current(create_thread_state(interp));
      for (size_t i = 0; !stop.load(std::memory_order_relaxed); i++) {
        size_t k = i % 50;
        Ref v = dict_get_str_ref(as<Dict>(d.get()), as<Str>(keys[k].get()));
        if (!v) misses++;
        else if (unbox(v) != int64_t(k)) bad++;
        Ref w = dict_get_str_ref(as<Dict>(d.get()), as<Str>(keys[50 + i % 150].get()));
        if (w && (unbox(w) < 0 || unbox(w) >= 1000000)) bad++;
        if (i % 256 == 0) qsbr_quiescent();
      }
    });
  }
  for (int round = 0; round < 300; round++) {
    for (int i = 50; i < 200; i++) {
      REQUIRE(dict_set_str(as<Dict>(d.get()), as<Str>(keys[i].get()), boxed(round)).ok());
    }
    for (int i = 50; i < 200; i++) {
      Result<bool> r = dict_del(as<Dict>(d.get()), keys[i]);
      REQUIRE(r.ok());
    }
    // Replacing a stable key's value with an equal new object frees the old one.
    int k = round % 50;
    REQUIRE(dict_set_str(as<Dict>(d.get()), as<Str>(keys[k].get()), boxed(k)).ok());
    if (round % 8 == 0) qsbr_quiescent();
  }
  stop = true;
  for (auto& t : readers) t.join();
  CHECK(bad == 0);
  CHECK(misses == 0);
}

TEST_CASE("ft: nested critical sections in opposite orders do not deadlock", "[ft][lock]") {
  ensure_runtime();
  if (!kFreeThreading) return;
  Ref a = make_list(), b = make_list();
  long counter_a = 0, counter_b = 0;  // protected by a's and b's locks
  constexpr int kIters = 20000;
  run_threads(2, [&](int t) {
    Object* first = t == 0 ? a.obj() : b.obj();
    Object* second = t == 0 ? b.obj() : a.obj();
    long* c_first = t == 0 ? &counter_a : &counter_b;
    long* c_second = t == 0 ? &counter_b : &counter_a;
    for (int i = 0; i < kIters; i++) {
      CriticalSection outer(first);
      ++*c_first;
      {
        // May suspend `outer` while waiting; it is re-acquired when this section ends.
        CriticalSection inner(second);
        ++*c_second;
      }
      ++*c_first;
    }
  });
  CHECK(counter_a == 3L * kIters);
  CHECK(counter_b == 3L * kIters);
}

TEST_CASE("critical sections: re-entry, two objects, suspend and resume", "[lock]") {
  ensure_runtime();
  Ref a = make_list(), b = make_list();
  {
    CriticalSection outer(a.obj());
    CriticalSection again(a.obj());  // the same object: no self-deadlock
    CHECK(critical_section_holds(a.obj()));
    {
      CriticalSection2 both(b.obj(), a.obj());
      CHECK(critical_section_holds(a.obj()));
      CHECK(critical_section_holds(b.obj()));
    }
    CHECK(critical_section_holds(a.obj()));
  }
  if (!kFreeThreading) return;
  CHECK_FALSE(critical_section_holds(a.obj()));
  CriticalSection held(a.obj());
  critical_sections_suspend_all();  // as a BlockingRegion does before a wait
  CHECK_FALSE(critical_section_holds(a.obj()));
  bool other_got_it = false;
  std::thread t([&] {
    CriticalSection cs(a.obj());
    other_got_it = true;
  });
  t.join();
  critical_sections_resume_all();
  CHECK(other_got_it);
  CHECK(critical_section_holds(a.obj()));
}

TEST_CASE("ft: list mutations under contention stay consistent", "[ft][list]") {
  ensure_runtime();
  if (!kFreeThreading) return;
  Ref l = make_list();
  constexpr int kThreads = 4, kPer = 5000;
  run_threads(kThreads, [&](int t) {
    List* lp = as<List>(l.get());
    for (int i = 0; i < kPer; i++) {
      (void)list_insert(lp, 0, boxed(t));
      (void)list_append(lp, boxed(t));
      Result<Ref> p = list_pop(lp, 0);
      (void)p;
    }
  });
  CHECK(list_size(l) == size_t(kThreads * kPer));
}
