// The seq area: str storage/interning/repr/codecs, unicode tables, tuple hash compatibility,
// list sorting and slicing arithmetic. Expected values come from python3.13.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "objects/abstract.h"
#include "objects/bytes.h"
#include "objects/exceptions.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/range.h"
#include "objects/slice.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/unicode.h"
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

std::string call_str(Value obj, const char* method, std::initializer_list<Value> args) {
  Result<Ref> r = call_method(obj, intern(method), args);
  REQUIRE(r.ok());
  Result<std::string> s = repr_utf8(*r);
  REQUIRE(s.ok());
  return *s;
}

}  // namespace

TEST_CASE("str storage: length, ascii flag, substrings", "[str]") {
  ensure_runtime();
  Ref a = make_str("hello");
  REQUIRE(a.as<Str>()->length == 5);
  REQUIRE(a.as<Str>()->ascii);
  Ref u = make_str("h\xc3\xa9llo \xe2\x82\xac\xf0\x9f\x98\x80");  // "héllo €😀"
  REQUIRE(u.as<Str>()->length == 8);
  REQUIRE_FALSE(u.as<Str>()->ascii);
  REQUIRE(str_char_at(u.as<Str>(), 1) == 0xE9);
  REQUIRE(str_char_at(u.as<Str>(), 7) == 0x1F600);
  Ref sub = str_substr(u.as<Str>(), 1, 3);
  REQUIRE(str_view(sub) == "\xc3\xa9l");
  REQUIRE(sub.as<Str>()->length == 2);
}

TEST_CASE("interning and ids", "[str]") {
  ensure_runtime();
  REQUIRE(intern("append") == ids::append);
  REQUIRE(intern("__init__") == ids::dunder_init);
  Str* x = intern("some_unusual_name_123");
  REQUIRE(intern("some_unusual_name_123") == x);
  Ref fresh = make_str("some_unusual_name_123");
  REQUIRE(fresh.as<Str>() != x);
  REQUIRE(str_equal(fresh.as<Str>(), x));
  REQUIRE(hash_str(fresh.as<Str>()) == hash_str(x));
  REQUIRE(hash_str(ids::empty) == 0);
}

TEST_CASE("str repr matches CPython", "[str]") {
  REQUIRE(str_repr("abc") == "'abc'");
  REQUIRE(str_repr("it's") == "\"it's\"");
  REQUIRE(str_repr("'\"") == "'\\'\"'");
  REQUIRE(str_repr("a\tb\nc\r\\") == "'a\\tb\\nc\\r\\\\'");
  REQUIRE(str_repr(std::string("\x00\x7f", 2)) == "'\\x00\\x7f'");
  REQUIRE(str_repr("\xc2\x80\xc2\xa0\xc3\xa9") == "'\\x80\\xa0\xc3\xa9'");  // U+0080, U+00A0 escaped; é kept
  REQUIRE(str_repr("\xe2\x80\xa8") == "'\\u2028'");
  REQUIRE(str_repr("\xf0\x9f\x98\x80") == "'\xf0\x9f\x98\x80'");
  REQUIRE(str_repr("\xf3\xa0\x80\x81") == "'\\U000e0001'");
  REQUIRE(ascii_escape("'\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80'") == "'\\xe9\\u20ac\\U0001f600'");
  REQUIRE(bytes_repr(std::string("a'\x00\xff", 4)) == "b\"a'\\x00\\xff\"");
}

TEST_CASE("unicode properties and case mappings", "[unicode]") {
  using namespace weft::unicode;
  REQUIRE(is_alpha(0xE9));
  REQUIRE(is_decimal(0x0663));  // ARABIC-INDIC DIGIT THREE
  REQUIRE(decimal_value(0x0663) == 3);
  REQUIRE(is_digit(0x00B2));  // superscript two
  REQUIRE_FALSE(is_decimal(0x00B2));
  REQUIRE(is_numeric(0x00BD));  // one half
  REQUIRE(is_space(0x3000));
  REQUIRE_FALSE(is_printable(0xA0));
  REQUIRE(is_xid_start(0x4E00));
  char32_t out[3];
  REQUIRE(to_upper(0xDF, out) == 2);  // ß -> SS
  REQUIRE(out[0] == 'S');
  REQUIRE(to_lower(0x130, out) == 2);  // İ -> i̇
  REQUIRE(to_upper(0x101, out) == 1);
  REQUIRE(out[0] == 0x100);
  REQUIRE(to_title(0x1C6, out) == 1);  // ǆ -> ǅ
  REQUIRE(out[0] == 0x1C5);
  REQUIRE(to_fold(0x3A3, out) == 1);
  REQUIRE(out[0] == 0x3C3);
}

TEST_CASE("utf-8 validation and codecs", "[str]") {
  ensure_runtime();
  REQUIRE(utf8_valid("plain"));
  REQUIRE_FALSE(utf8_valid("\xff"));
  REQUIRE_FALSE(utf8_valid("\xed\xa0\x80"));  // surrogate
  REQUIRE_FALSE(utf8_valid("\xc0\x80"));      // overlong
  Result<Ref> r = str_decode("a\xff" "b", "utf-8", "replace");
  REQUIRE(r.ok());
  REQUIRE(str_view(*r) == "a\xef\xbf\xbd" "b");
  Result<Ref> bad = str_decode("\xe4\xb8", "utf-8", "strict");
  REQUIRE_FALSE(bad.ok());
  REQUIRE(error_matches(&exc::UnicodeDecodeError));
  clear_error();
  Ref s = make_str("a\xc3\xa9");
  Result<Ref> enc = str_encode(s.as<Str>(), "latin-1", "strict");
  REQUIRE(enc.ok());
  REQUIRE(as<Bytes>(*enc)->view() == "a\xe9");
  Result<Ref> enc2 = str_encode(s.as<Str>(), "ascii", "xmlcharrefreplace");
  REQUIRE(enc2.ok());
  REQUIRE(as<Bytes>(*enc2)->view() == "a&#233;");
}

TEST_CASE("tuple hash matches CPython", "[tuple]") {
  ensure_runtime();
  Ref one = make_int(1), two = make_int(2);
  Ref t = make_tuple({one.get(), two.get()});
  Result<int64_t> h = hash(t);
  REQUIRE(h.ok());
  REQUIRE(*h == -3550055125485641917LL);
  Result<int64_t> he = hash(empty_tuple());
  REQUIRE(he.ok());
  REQUIRE(*he == 5740354900026072187LL);
}

TEST_CASE("slice arithmetic", "[slice]") {
  ensure_runtime();
  auto check = [](Value start, Value stop, Value step, int64_t len, SliceIndices want) {
    Ref s = make_slice(start, stop, step);
    SliceIndices si;
    REQUIRE(slice_compute(s, len, &si).ok());
    REQUIRE(si.start == want.start);
    REQUIRE(si.stop == want.stop);
    REQUIRE(si.step == want.step);
    REQUIRE(si.length == want.length);
  };
  Ref m1 = make_int(-1), m2 = make_int(-2), z = make_int(0), big = make_int(100);
  check(None(), None(), m1, 10, {9, -1, -1, 10});
  check(m2, None(), None(), 5, {3, 5, 1, 2});
  check(z, big, make_int(3), 10, {0, 10, 3, 4});
  check(big, z, m1, 10, {9, 0, -1, 9});
}

TEST_CASE("list sort is stable and reports errors", "[list]") {
  ensure_runtime();
  Ref l = make_list();
  std::vector<int> values = {5, 3, 9, 1, 3, 7, 0, 2, 8, 6, 4};
  for (int i = 0; i < 200; ++i) values.push_back((i * 7919) % 101);
  for (int v : values) {
    Ref x = make_int(v);
    REQUIRE(list_append(l.as<List>(), x).ok());
  }
  REQUIRE(list_sort(l.as<List>(), Value(), false).ok());
  for (size_t i = 1; i < list_size(l); ++i) {
    REQUIRE(list_item(l, i - 1).as_small_int() <= list_item(l, i).as_small_int());
  }
  REQUIRE(list_sort(l.as<List>(), Value(), true).ok());
  REQUIRE(list_item(l, 0).as_small_int() == 100);
  Ref s = make_str("x");
  REQUIRE(list_append(l.as<List>(), s).ok());
  REQUIRE_FALSE(list_sort(l.as<List>(), Value(), false).ok());
  REQUIRE(error_matches(&exc::TypeError));
  clear_error();
  REQUIRE(list_size(l) == values.size() + 1);  // nothing lost
}

TEST_CASE("str methods through the object protocol", "[str]") {
  ensure_runtime();
  Ref s = make_str("  Hello World  ");
  REQUIRE(call_str(s, "strip", {}) == "'Hello World'");
  REQUIRE(call_str(s, "split", {}) == "['Hello', 'World']");
  Ref g = make_str("\xce\x91\xce\xa3");  // "ΑΣ"
  REQUIRE(call_str(g, "lower", {}) == "'\xce\xb1\xcf\x82'");  // final sigma
  Ref fmt = make_str("{0:>5}|{1!r}");
  Ref a = make_int(42), b = make_str("x");
  REQUIRE(call_str(fmt, "format", {a.get(), b.get()}) == "\"   42|'x'\"");
  Ref pct = make_str("%5.2f|%-4d|%s");
  Ref args = make_tuple({make_int(3).get(), make_int(7).get(), b.get()});
  Result<Ref> r = binary_op(pct, args, BinOp::Mod);
  REQUIRE(r.ok());
  REQUIRE(str_view(*r) == " 3.00|7   |x");
}

TEST_CASE("deep nesting frees without overflowing the stack", "[list]") {
  ensure_runtime();
  Ref outer = make_list();
  for (int i = 0; i < 200000; ++i) {
    Ref next = make_list();
    REQUIRE(list_append(next.as<List>(), outer).ok());
    outer = next;
  }
  outer.reset();  // must not crash
  SUCCEED();
}
