// ft build: deferred objects (concurrency/deferred.h). Their count reaching zero does not
// destroy them: they wait until every registered thread has passed a quiescent state, a thread
// under a BorrowHold is never quiescent (not even while detached), and a dead deferred object
// cannot be revived by an optimistic reader.
#include <catch2/catch.hpp>

#include <atomic>
#include <thread>

#include "concurrency/config.h"
#include "concurrency/deferred.h"
#include "concurrency/qsbr.h"
#include "objects/object.h"

using namespace weft;

namespace {

std::atomic<int> g_destroyed{0};

void counting_dealloc(Object* o) {
  g_destroyed.fetch_add(1);
  delete_object(o);
}

TypeObject& deferred_test_type() {
  static TypeObject t;
  static bool ready = [] {
    t.name = "ft_deferred_test_object";
    t.basic_size = sizeof(Object);
    t.dealloc = counting_dealloc;
    return true;
  }();
  (void)ready;
  return t;
}

// A second registered thread that is quiescent only when asked.
struct Peer {
  std::atomic<int> step{0};
  std::atomic<bool> hold{false};
  std::thread th;

  Peer() {
    th = std::thread([this] {
      qsbr_register();
      step = 1;
      for (;;) {
        int s = step.load();
        if (s == 2) {
          if (hold) {
            BorrowHold h;
            qsbr_quiescent();  // ignored under the hold
            qsbr_detach();     // stays online under the hold
            qsbr_attach();
          } else {
            qsbr_quiescent();
          }
          step = 3;
        } else if (s == 9) {
          return;
        }
        std::this_thread::yield();
      }
    });
    while (step.load() != 1) std::this_thread::yield();
  }
  void quiesce(bool under_hold) {
    hold = under_hold;
    step = 2;
    while (step.load() != 3) std::this_thread::yield();
  }
  ~Peer() {
    step = 9;
    th.join();
  }
};

}  // namespace

TEST_CASE("ft: a deferred object is destroyed only after every thread is quiescent", "[deferred][ft]") {
  if (!kFreeThreading) return;
  qsbr_register();
  Peer peer;
  REQUIRE(qsbr_deferring());
  g_destroyed = 0;
  Object* o = new_object<Object>(&deferred_test_type());
  ObjectHeader* h = object_header(o);
  header_set_deferred(h);
  CHECK(header_is_deferred(h));
  CHECK(header_borrowable(h));
  decref(o);  // count zero: queued, not destroyed
  CHECK(g_destroyed == 0);
  CHECK(qsbr_deferred_pending() >= 1);
  CHECK_FALSE(header_try_incref(h));  // dead: an optimistic reader cannot revive it
  qsbr_quiescent();
  CHECK(g_destroyed == 0);  // the peer may still borrow it
  peer.quiesce(/*under_hold=*/true);
  qsbr_quiescent();
  CHECK(g_destroyed == 0);  // under a hold the peer was not quiescent, not even detached
  peer.quiesce(/*under_hold=*/false);
  qsbr_quiescent();
  CHECK(g_destroyed == 1);
}

TEST_CASE("ft: an object that is not deferred dies at once; owner and non-owner drops", "[deferred][ft]") {
  if (!kFreeThreading) return;
  qsbr_register();
  Peer peer;
  g_destroyed = 0;
  Object* a = new_object<Object>(&deferred_test_type());
  decref(a);
  CHECK(g_destroyed == 1);
  // A deferred object whose last reference is dropped by another thread (shared count).
  Object* b = new_object<Object>(&deferred_test_type());
  header_set_deferred(object_header(b));
  incref(b);
  std::thread([b] { decref(b); }).join();  // non-owner drop: shared count negative, queued to us
  brc_merge_pending();                     // merged: one reference left, counted shared
  CHECK(g_destroyed == 1);
  decref(b);  // the last one: queued for destruction
  CHECK(g_destroyed == 1);
  peer.quiesce(false);
  brc_merge_pending();  // quiescent state of this thread
  CHECK(g_destroyed == 2);
}
