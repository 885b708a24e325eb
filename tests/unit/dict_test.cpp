// dict: insertion/lookup/deletion/resizing with thousands of keys, iteration order after
// deletions and re-insertions (expected orders from python3.13), str and int keys, colliding
// hashes.
#include <catch2/catch.hpp>

#include <atomic>
#include <string>
#include <thread>
#include <vector>

#include "concurrency/config.h"

#include "objects/abstract.h"
#include "objects/dict.h"
#include "objects/exceptions.h"
#include "objects/int.h"
#include "objects/set.h"
#include "objects/str.h"
#include "vm/startup.h"

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

Dict* D(const Ref& r) { return as<Dict>(r.get()); }

void set_int(Dict* d, int64_t k, int64_t v) {
  Ref key = make_int(k), value = make_int(v);
  REQUIRE(dict_set(d, key, value).ok());
}

Ref get_int(Dict* d, int64_t k) {
  Ref key = make_int(k);
  Result<Ref> r = dict_get(d, key);
  REQUIRE(r.ok());
  return r.take();
}

int64_t int_of(Value v) {
  int64_t x = 0;
  REQUIRE(int_to_int64(v, &x));
  return x;
}

std::vector<int64_t> keys_of(Dict* d) {
  std::vector<int64_t> out;
  size_t pos = 0;
  Value k, v;
  while (dict_next(d, &pos, &k, &v)) out.push_back(int_of(k));
  return out;
}

}  // namespace

TEST_CASE("dict insert, lookup, overwrite and delete with int keys", "[dict]") {
  ensure_runtime();
  Ref r = make_dict();
  Dict* d = D(r);
  for (int64_t i = 0; i < 5000; i++) set_int(d, i, i * 10);
  CHECK(d->size == 5000);
  for (int64_t i = 0; i < 5000; i++) {
    Ref v = get_int(d, i);
    REQUIRE(v);
    CHECK(int_of(v) == i * 10);
  }
  CHECK_FALSE(get_int(d, 5000));
  CHECK_FALSE(get_int(d, -1));
  uint64_t version = d->version;
  set_int(d, 7, -7);
  CHECK(d->version != version);
  CHECK(int_of(get_int(d, 7)) == -7);
  CHECK(d->size == 5000);
  for (int64_t i = 0; i < 5000; i += 2) {
    Ref key = make_int(i);
    Result<bool> removed = dict_del(d, key);
    REQUIRE(removed.ok());
    CHECK(*removed);
  }
  Ref missing = make_int(0);
  CHECK_FALSE(*dict_del(d, missing));
  CHECK(d->size == 2500);
  for (int64_t i = 0; i < 5000; i++) CHECK(bool(get_int(d, i)) == (i % 2 == 1));
}

TEST_CASE("dict order after deletions and re-insertions matches CPython", "[dict]") {
  ensure_runtime();
  // d = {}; for i in range(1000): d[i] = i
  // for i in range(0, 1000, 2): del d[i]
  // for i in range(10): d[i*2] = -i
  // list(d)[:5] == [1, 3, 5, 7, 9]; list(d)[-12:] == [997, 999, 0, 2, ..., 18]; len(d) == 510
  Ref r = make_dict();
  Dict* d = D(r);
  for (int64_t i = 0; i < 1000; i++) set_int(d, i, i);
  for (int64_t i = 0; i < 1000; i += 2) {
    Ref key = make_int(i);
    REQUIRE(*dict_del(d, key));
  }
  for (int64_t i = 0; i < 10; i++) set_int(d, i * 2, -i);
  std::vector<int64_t> keys = keys_of(d);
  REQUIRE(keys.size() == 510);
  std::vector<int64_t> expected;
  for (int64_t i = 1; i < 1000; i += 2) expected.push_back(i);
  for (int64_t i = 0; i < 10; i++) expected.push_back(i * 2);
  CHECK(keys == expected);
  // Re-inserting an existing key keeps its position.
  set_int(d, 1, 100);
  CHECK(keys_of(d) == expected);
}

TEST_CASE("dict with str keys and the str fast path", "[dict]") {
  ensure_runtime();
  Ref r = make_dict();
  Dict* d = D(r);
  for (int i = 0; i < 3000; i++) {
    Ref k = make_str("key" + std::to_string(i));
    Ref v = make_int(i);
    REQUIRE(dict_set(d, k, v).ok());
  }
  CHECK(d->size == 3000);
  for (int i = 0; i < 3000; i++) {
    // A fresh, non-interned str with the same text must find the entry.
    Ref k = make_str("key" + std::to_string(i));
    Value v = dict_get_str(d, as<Str>(k));
    REQUIRE(v);
    CHECK(int_of(v) == i);
    Result<Ref> g = dict_get(d, k);
    REQUIRE(g.ok());
    CHECK(int_of(*g) == i);
  }
  Ref absent = make_str("nope");
  CHECK_FALSE(dict_get_str(d, as<Str>(absent)));
  Str* interned = intern("interned_name");
  Ref one = make_int(1);
  REQUIRE(dict_set_str(d, interned, one).ok());
  CHECK(dict_get_str(d, interned) == one.get());
  // Order of str keys is insertion order.
  size_t pos = 0;
  Value k, v;
  REQUIRE(dict_next(d, &pos, &k, &v));
  CHECK(str_view(k) == "key0");
}

TEST_CASE("dict keys with colliding hashes", "[dict]") {
  ensure_runtime();
  // i and i + (2**61 - 1) hash equal in CPython's int hash; -1 and -2 both hash to -2.
  const int64_t P = (int64_t(1) << 61) - 1;
  Ref r = make_dict();
  Dict* d = D(r);
  for (int64_t i = 1; i <= 200; i++) {
    set_int(d, i, i);
    set_int(d, i + P, -i);
  }
  set_int(d, -1, 1);
  set_int(d, -2, 2);
  CHECK(d->size == 402);
  for (int64_t i = 1; i <= 200; i++) {
    CHECK(int_of(get_int(d, i)) == i);
    CHECK(int_of(get_int(d, i + P)) == -i);
  }
  CHECK(int_of(get_int(d, -1)) == 1);
  CHECK(int_of(get_int(d, -2)) == 2);
  for (int64_t i = 1; i <= 200; i++) {
    Ref key = make_int(i + P);
    REQUIRE(*dict_del(d, key));
  }
  for (int64_t i = 1; i <= 200; i++) {
    CHECK(int_of(get_int(d, i)) == i);
    CHECK_FALSE(get_int(d, i + P));
  }
}

TEST_CASE("dict copy, update and errors", "[dict]") {
  ensure_runtime();
  Ref r = make_dict();
  for (int64_t i = 0; i < 100; i++) set_int(D(r), i, i);
  Ref c = dict_copy(D(r));
  CHECK(keys_of(D(c)) == keys_of(D(r)));
  Ref u = make_dict();
  REQUIRE(dict_update(D(u), r).ok());
  CHECK(keys_of(D(u)) == keys_of(D(r)));
  // Unhashable key: TypeError, no entry added.
  Ref l = make_dict();
  Ref one = make_int(1);
  CHECK_FALSE(dict_set(D(u), l, one).ok());
  CHECK(error_matches(&exc::TypeError));
  clear_error();
  CHECK(D(u)->size == 100);
  // d[missing] raises KeyError
  Ref missing = make_int(12345);
  CHECK_FALSE(getitem(u, missing).ok());
  CHECK(error_matches(&exc::KeyError));
  clear_error();
}

TEST_CASE("ft: dict and set stay consistent under concurrent mutation", "[dict][set][ft]") {
  if (!kFreeThreading) return;  // the gil build needs the global lock to run threads
  ensure_runtime();
  InterpreterState* interp = ThreadState::current()->interp;
  Ref d = make_dict();
  Ref s = make_set();
  constexpr int kThreads = 4;
  constexpr int kPerThread = 5000;
  std::atomic<int> failures{0};  // Catch2 assertions are not thread-safe: count, check after join
  std::vector<std::thread> threads;
  for (int t = 0; t < kThreads; t++) {
    threads.emplace_back([&, t] {
      ThreadState::set_current(create_thread_state(interp));
      for (int i = 0; i < kPerThread; i++) {
        Ref k = make_str("t" + std::to_string(t) + "_" + std::to_string(i));
        Ref v = make_int(i);
        if (!dict_set(as<Dict>(d.get()), k, v).ok()) failures++;
        if (!set_add(as<Set>(s.get()), k).ok()) failures++;
        // Shared keys: every thread writes them, so the final count is exact.
        Ref shared = make_str("shared" + std::to_string(i % 100));
        if (!dict_set(as<Dict>(d.get()), shared, v).ok()) failures++;
        if (!set_add(as<Set>(s.get()), shared).ok()) failures++;
        if (i % 2) {
          Result<bool> removed = dict_del(as<Dict>(d.get()), k);
          if (!removed.ok() || !*removed) failures++;
        }
        Result<Ref> got = dict_get(as<Dict>(d.get()), shared);
        if (!got.ok() || !*got) failures++;
      }
    });
  }
  for (auto& th : threads) th.join();
  CHECK(failures == 0);
  CHECK(as<Dict>(d.get())->size == size_t(kThreads * kPerThread / 2 + 100));
  CHECK(as<Set>(s.get())->used == size_t(kThreads * kPerThread + 100));
  // Dropping the containers releases strings owned by threads that have exited.
  d.reset();
  s.reset();
}
