// The reference-count seam (concurrency/refcount.h): counts in both builds, immortal objects,
// and in the ft build the biased-count merge paths with objects released by other threads.
// The single Catch2 main() of weft_unit_tests is generated here (no other unit test file may
// define CATCH_CONFIG_MAIN).
#define CATCH_CONFIG_MAIN
#include <catch2/catch.hpp>

#include <atomic>
#include <thread>
#include <vector>

#include "concurrency/config.h"
#include "objects/object.h"

using namespace weft;

namespace {

// A test type whose dealloc counts how often it ran.
std::atomic<int> g_deallocs{0};

void counting_dealloc(Object* o) {
  g_deallocs.fetch_add(1);
  delete_object(o);
}

TypeObject g_counting_type;

TypeObject& counting_type() {
  static bool ready = [] {
    g_counting_type.name = "refcount_test_object";
    g_counting_type.basic_size = sizeof(Object);
    g_counting_type.dealloc = counting_dealloc;
    return true;
  }();
  (void)ready;
  return g_counting_type;
}

Object* new_counted() { return new_object<Object>(&counting_type()); }

}  // namespace

TEST_CASE("incref/decref count and free at zero", "[refcount]") {
  g_deallocs = 0;
  Object* o = new_counted();
  CHECK(header_refcount(object_header(o)) == 1);
  incref(o);
  incref(o);
  CHECK(header_refcount(object_header(o)) == 3);
  decref(o);
  CHECK(header_refcount(object_header(o)) == 2);
  decref(o);
  CHECK(g_deallocs == 0);
  decref(o);
  CHECK(g_deallocs == 1);
}

TEST_CASE("Ref owns exactly one reference", "[refcount]") {
  g_deallocs = 0;
  {
    Ref a = Ref::steal(Value(new_counted()));
    Ref b = a;  // copy: +1
    CHECK(header_refcount(object_header(a.obj())) == 2);
    Ref c = std::move(b);  // move: no change
    CHECK(header_refcount(object_header(a.obj())) == 2);
    c.reset();
    CHECK(header_refcount(object_header(a.obj())) == 1);
  }
  CHECK(g_deallocs == 1);
}

TEST_CASE("immortal objects are never counted or freed", "[refcount]") {
  g_deallocs = 0;
  Object* o = new_counted();
  make_immortal(o);
  CHECK(header_is_immortal(object_header(o)));
  for (int i = 0; i < 1000; i++) decref(o);
  for (int i = 0; i < 10; i++) incref(o);
  CHECK(header_is_immortal(object_header(o)));
  CHECK(header_refcount(object_header(o)) == INTPTR_MAX);
  CHECK(g_deallocs == 0);
  // Other threads see it immortal too.
  std::thread t([o] {
    for (int i = 0; i < 1000; i++) {
      incref(o);
      decref(o);
      decref(o);
    }
  });
  t.join();
  CHECK(header_is_immortal(object_header(o)));
  CHECK(g_deallocs == 0);
}

TEST_CASE("ft: object released by other threads after the owner drops it is freed once", "[refcount][ft]") {
  if (!kFreeThreading) return;  // the gil build has no biased counts to merge
  for (int round = 0; round < 50; round++) {
    g_deallocs = 0;
    Object* o = new_counted();
    constexpr int kThreads = 4;
    std::atomic<int> holding{0};
    std::atomic<bool> owner_dropped{false};
    std::vector<std::thread> threads;
    for (int i = 0; i < kThreads; i++) {
      threads.emplace_back([&] {
        incref(o);  // a non-owner reference (shared count)
        for (int k = 0; k < 100; k++) {
          incref(o);
          decref(o);
        }
        holding.fetch_add(1);
        while (!owner_dropped.load()) std::this_thread::yield();
        decref(o);
      });
    }
    while (holding.load() < kThreads) std::this_thread::yield();
    CHECK(header_refcount(object_header(o)) == 1 + kThreads);
    decref(o);  // owner's local count reaches zero: merge, not free
    CHECK(g_deallocs == 0);
    owner_dropped = true;
    for (auto& t : threads) t.join();
    CHECK(g_deallocs == 1);
  }
}

TEST_CASE("ft: references handed to other threads and dropped there are reclaimed", "[refcount][ft]") {
  if (!kFreeThreading) return;
  g_deallocs = 0;
  constexpr int kObjects = 64;
  std::vector<Object*> objs;
  for (int i = 0; i < kObjects; i++) {
    Object* o = new_counted();
    incref(o);  // a reference given away to the worker (counted locally by the owner)
    objs.push_back(o);
  }
  std::thread worker([&] {
    for (Object* o : objs) decref(o);  // shared count goes negative: queued to the owner
  });
  worker.join();
  CHECK(g_deallocs == 0);
  for (Object* o : objs) decref(o);  // owner drops its own reference
  brc_merge_pending();               // the owner processes what other threads queued
  CHECK(g_deallocs == kObjects);
}

TEST_CASE("ft: objects of an exited thread are freed by whoever drops them last", "[refcount][ft]") {
  if (!kFreeThreading) return;
  g_deallocs = 0;
  std::vector<Object*> objs;
  std::thread creator([&] {
    for (int i = 0; i < 32; i++) objs.push_back(new_counted());  // owned by `creator`
  });
  creator.join();  // the owner exits while still holding one (local) reference to each
  for (Object* o : objs) decref(o);
  CHECK(g_deallocs == 32);
}

TEST_CASE("ft: concurrent increments and decrements from many threads", "[refcount][ft]") {
  if (!kFreeThreading) return;
  g_deallocs = 0;
  Object* o = new_counted();
  std::vector<std::thread> threads;
  for (int i = 0; i < 4; i++) {
    threads.emplace_back([o] {
      for (int k = 0; k < 100000; k++) {
        incref(o);
        decref(o);
      }
    });
  }
  for (int k = 0; k < 100000; k++) {
    incref(o);
    decref(o);
  }
  for (auto& t : threads) t.join();
  CHECK(header_refcount(object_header(o)) == 1);
  CHECK(g_deallocs == 0);
  decref(o);
  CHECK(g_deallocs == 1);
}
