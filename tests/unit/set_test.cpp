// set/frozenset: iteration order and frozenset hashes must equal CPython 3.13's for the same
// inserts (expected values printed by python3.13, see the comments), plus the basic operations.
#include <catch2/catch.hpp>

#include <vector>

#include "objects/abstract.h"
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

Ref set_of(const std::vector<int64_t>& xs) {
  Ref s = make_set();
  for (int64_t x : xs) {
    Ref v = make_int(x);
    REQUIRE(set_add(as<Set>(s), v).ok());
  }
  return s;
}

std::vector<int64_t> order_of(Value s) {
  std::vector<int64_t> out;
  size_t pos = 0;
  Value k;
  while (set_next(as<Set>(s), &pos, &k)) {
    int64_t x = 0;
    REQUIRE(int_to_int64(k, &x));
    out.push_back(x);
  }
  return out;
}

struct OrderCase {
  std::vector<int64_t> inserts;
  std::vector<int64_t> expected;
};

// s = set(); for x in inserts: s.add(x); list(s)   (python3.13)
const OrderCase kOrderCases[] = {
    {{3, 1, 2, 100, 8}, {1, 2, 3, 100, 8}},
    {{20, 19, 18, 17, 16, 15, 14, 13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1}, {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20}},
    {{-1, -2, 5, 1000000, 1099511627776LL, 7}, {1000000, 1099511627776LL, 5, 7, -2, -1}},
    {{8, 16, 24, 32, 40, 48, 56, 64}, {32, 64, 8, 40, 16, 48, 24, 56}},
    {{0, 37, 74, 10, 47, 84, 20, 57, 94, 30, 67, 3, 40, 77, 13, 50, 87, 23, 60, 97, 33, 70, 6, 43, 80, 16, 53, 90, 26, 63}, {0, 3, 6, 10, 13, 16, 20, 23, 26, 30, 33, 37, 40, 43, 47, 50, 53, 57, 60, 63, 67, 70, 74, 77, 80, 84, 87, 90, 94, 97}},
    {{2305843009213693951LL, 12345678901234LL, 0, 64, 128, 9, 17, -2305843009213693952LL}, {2305843009213693951LL, 0, 64, 128, 9, 17, 12345678901234LL, -2305843009213693952LL}},
    {{0, 1000003, 2000006, 3000009, 4000012, 5000015, 6000018, 7000021, 8000024, 9000027, 10000030, 11000033, 12000036, 13000039, 14000042, 15000045, 16000048, 17000051, 18000054, 19000057, 20000060, 21000063, 22000066, 23000069, 24000072, 25000075, 26000078, 27000081, 28000084, 29000087, 30000090, 31000093, 32000096, 33000099, 34000102, 35000105, 36000108, 37000111, 38000114, 39000117, 40000120, 41000123, 42000126, 43000129, 44000132, 45000135, 46000138, 47000141, 48000144, 49000147}, {0, 44000132, 23000069, 2000006, 46000138, 25000075, 4000012, 48000144, 27000081, 6000018, 29000087, 8000024, 31000093, 10000030, 33000099, 12000036, 35000105, 14000042, 37000111, 16000048, 39000117, 18000054, 41000123, 20000060, 43000129, 22000066, 1000003, 45000135, 24000072, 3000009, 47000141, 26000078, 5000015, 49000147, 28000084, 7000021, 30000090, 9000027, 32000096, 11000033, 34000102, 13000039, 36000108, 15000045, 38000114, 17000051, 40000120, 19000057, 42000126, 21000063}},
    {{0, 8, 16, 24, 32, 40, 48, 56, 64, 72, 80, 88, 96, 104, 112, 120, 128, 136, 144, 152, 160, 168, 176, 184, 192, 200, 208, 216, 224, 232, 240, 248, 256, 264, 272, 280, 288, 296, 304, 312, 320, 328, 336, 344, 352, 360, 368, 376, 384, 392, 400, 408, 416, 424, 432, 440, 448, 456, 464, 472, 480, 488, 496, 504, 512, 520, 528, 536, 544, 552, 560, 568, 576, 584, 592, 600, 608, 616, 624, 632, 640, 648, 656, 664, 672, 680, 688, 696, 704, 712, 720, 728, 736, 744, 752, 760, 768, 776, 784, 792, 800, 808, 816, 824, 832, 840, 848, 856, 864, 872, 880, 888, 896, 904, 912, 920, 928, 936, 944, 952, 960, 968, 976, 984, 992, 1000, 1008, 1016, 1024, 1032, 1040, 1048, 1056, 1064, 1072, 1080, 1088, 1096, 1104, 1112, 1120, 1128, 1136, 1144, 1152, 1160, 1168, 1176, 1184, 1192, 1200, 1208, 1216, 1224, 1232, 1240, 1248, 1256, 1264, 1272, 1280, 1288, 1296, 1304, 1312, 1320, 1328, 1336, 1344, 1352, 1360, 1368, 1376, 1384, 1392, 1400, 1408, 1416, 1424, 1432, 1440, 1448, 1456, 1464, 1472, 1480, 1488, 1496, 1504, 1512, 1520, 1528, 1536, 1544, 1552, 1560, 1568, 1576, 1584, 1592}, {0, 512, 1024, 1536, 8, 520, 1032, 1528, 1544, 16, 528, 1040, 1552, 24, 536, 1048, 1560, 32, 544, 1056, 1568, 40, 552, 1064, 1576, 48, 560, 1072, 1584, 56, 568, 1080, 1592, 64, 576, 1088, 72, 584, 1096, 80, 592, 1104, 88, 600, 1112, 96, 608, 1120, 104, 616, 1128, 112, 624, 1136, 120, 632, 1144, 128, 640, 1152, 136, 648, 1160, 144, 656, 1168, 152, 664, 1176, 160, 672, 1184, 168, 680, 1192, 176, 688, 1200, 184, 696, 1208, 192, 704, 1216, 200, 712, 1224, 208, 720, 1232, 216, 728, 1240, 224, 736, 1248, 232, 744, 1256, 240, 752, 1264, 248, 760, 1272, 256, 768, 1280, 264, 776, 1288, 272, 784, 1296, 280, 792, 1304, 288, 800, 1312, 296, 808, 1320, 304, 816, 1328, 312, 824, 1336, 320, 832, 1344, 328, 840, 1352, 336, 848, 1360, 344, 856, 1368, 352, 864, 1376, 360, 872, 1384, 368, 880, 1392, 376, 888, 1400, 384, 896, 1408, 392, 904, 1416, 400, 912, 1424, 408, 920, 1432, 416, 928, 1440, 424, 936, 1448, 432, 944, 1456, 440, 952, 1464, 448, 960, 1472, 456, 968, 1480, 464, 976, 1488, 472, 984, 1016, 1496, 480, 992, 1504, 488, 1000, 1512, 496, 1008, 1520, 504}},
};

}  // namespace

TEST_CASE("set iteration order matches CPython", "[set]") {
  ensure_runtime();
  for (const OrderCase& c : kOrderCases) {
    Ref s = set_of(c.inserts);
    CHECK(order_of(s) == c.expected);
  }
}

TEST_CASE("set operators keep CPython's order", "[set]") {
  ensure_runtime();
  // list({1,2,3} | {10,20,30}) == [1, 2, 3, 20, 10, 30]
  Ref a = set_of({1, 2, 3}), b = set_of({10, 20, 30});
  Ref r = *binary_op(a, b, BinOp::Or);
  CHECK(order_of(r) == std::vector<int64_t>{1, 2, 3, 20, 10, 30});
  // list({1,2,3,4,5,6} & {6,4,2,100}) == [2, 4, 6]
  a = set_of({1, 2, 3, 4, 5, 6});
  b = set_of({6, 4, 2, 100});
  r = *binary_op(a, b, BinOp::And);
  CHECK(order_of(r) == std::vector<int64_t>{2, 4, 6});
  // list({1,2,3,4,5,6} - {2,4}) == [1, 3, 5, 6]
  b = set_of({2, 4});
  r = *binary_op(a, b, BinOp::Sub);
  CHECK(order_of(r) == std::vector<int64_t>{1, 3, 5, 6});
  // list({1,2,3} ^ {3,4,5,100}) == [1, 2, 100, 4, 5]
  a = set_of({1, 2, 3});
  b = set_of({3, 4, 5, 100});
  r = *binary_op(a, b, BinOp::Xor);
  CHECK(order_of(r) == std::vector<int64_t>{1, 2, 100, 4, 5});
}

TEST_CASE("set order after discards", "[set]") {
  ensure_runtime();
  std::vector<int64_t> xs;
  for (int64_t i = 0; i < 100; i++) xs.push_back(i);
  Ref s = set_of(xs);
  Ref discard = intern_ref("discard");
  for (int64_t i = 0; i < 100; i += 3) {
    Ref v = make_int(i);
    REQUIRE(call_method(s, as<Str>(discard), {v.get()}).ok());
  }
  Ref v1 = make_int(1000), v2 = make_int(-5);
  REQUIRE(set_add(as<Set>(s), v1).ok());
  REQUIRE(set_add(as<Set>(s), v2).ok());
  std::vector<int64_t> expected;
  for (int64_t i = 0; i < 100; i++)
    if (i % 3) expected.push_back(i);
  expected.push_back(1000);
  expected.push_back(-5);
  CHECK(order_of(s) == expected);
}

TEST_CASE("frozenset hash matches CPython", "[set]") {
  ensure_runtime();
  auto frozen_hash = [](const std::vector<int64_t>& xs) {
    Ref s = set_of(xs);
    Ref fs = *call(Value(&FrozenSetType), {s.get()});
    return *hash(fs);
  };
  CHECK(frozen_hash({}) == 133146708735736LL);
  CHECK(frozen_hash({1, 2, 3}) == -272375401224217160LL);
  std::vector<int64_t> hundred;
  for (int64_t i = 0; i < 100; i++) hundred.push_back(i);
  CHECK(frozen_hash(hundred) == 4411996150312757951LL);
  CHECK(frozen_hash({-1, int64_t(1) << 62}) == 5197505200615787739LL);
}

TEST_CASE("set membership, remove and pop", "[set]") {
  ensure_runtime();
  Ref s = set_of({5, 6, 7});
  Ref five = make_int(5), nine = make_int(9);
  CHECK(*set_contains(as<Set>(s), five));
  CHECK_FALSE(*set_contains(as<Set>(s), nine));
  // remove of a missing key raises KeyError(9)
  Result<Ref> r = call_method(s, as<Str>(intern_ref("remove").get()), {nine.get()});
  CHECK_FALSE(r.ok());
  CHECK(error_matches(&exc::KeyError));
  clear_error();
  // pop order: 5, 6, then {7}
  Ref pop = intern_ref("pop");
  Ref a = *call_method(s, as<Str>(pop), {});
  Ref b = *call_method(s, as<Str>(pop), {});
  CHECK(a.get().as_small_int() == 5);
  CHECK(b.get().as_small_int() == 6);
  CHECK(order_of(s) == std::vector<int64_t>{7});
  // unhashable element
  Ref l = make_set();
  Result<int64_t> h = hash(l);
  CHECK_FALSE(h.ok());
  clear_error();
}
