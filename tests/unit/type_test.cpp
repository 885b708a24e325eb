// The type system and the object protocol: type_ready'd built-in types, classes made with
// type_new (C3 MRO, layout, slots from dunders), descriptors, super, and the messages of the
// abstract protocol. Python snippets run through compile_source/eval_code; expected values are
// what python3.13 prints.
#include <catch2/catch.hpp>

#include <string>

#include "objects/abstract.h"
#include "objects/args.h"
#include "objects/descriptors.h"
#include "objects/dict.h"
#include "objects/exceptions.h"
#include "objects/int.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "vm/run.h"
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

Ref fresh_globals() {
  Ref g = make_dict();
  REQUIRE(dict_set_str(as<Dict>(g), ids::dunder_name, make_str("__main__")).ok());
  return g;
}

// Runs statements in `g`.
void exec(Value g, const char* src) {
  Result<Ref> code = compile_source(src, "<test>", CompileMode::Exec);
  if (!code.ok()) print_exception(fetch_error());
  REQUIRE(code.ok());
  Result<Ref> r = eval_code(*code, g, Value());
  if (!r.ok()) print_exception(fetch_error());
  REQUIRE(r.ok());
}

// Evaluates an expression in `g` and returns repr() of the result, or "Type: message".
std::string ev(Value g, const char* src) {
  Result<Ref> code = compile_source(src, "<test>", CompileMode::Eval);
  REQUIRE(code.ok());
  Result<Ref> r = eval_code(*code, g, Value());
  if (!r.ok()) {
    Ref e = fetch_error();
    std::string msg = type_name(e);
    Result<std::string> s = str_utf8(e);
    REQUIRE(s.ok());
    return msg + ": " + *s;
  }
  Result<std::string> s = repr_utf8(*r);
  REQUIRE(s.ok());
  return *s;
}

}  // namespace

TEST_CASE("built-in types are ready", "[type]") {
  ensure_runtime();
  Ref g = fresh_globals();
  CHECK(ev(g, "type(1)") == "<class 'int'>");
  CHECK(ev(g, "type(type)") == "<class 'type'>");
  CHECK(ev(g, "object.__bases__") == "()");
  CHECK(ev(g, "bool.__mro__") == "(<class 'bool'>, <class 'int'>, <class 'object'>)");
  CHECK(ev(g, "int.__add__") == "<slot wrapper '__add__' of 'int' objects>");
  CHECK(ev(g, "int.__add__(1, 2)") == "3");
  CHECK(ev(g, "int.__radd__(1, 2)") == "3");
  CHECK(ev(g, "list.append") == "<method 'append' of 'list' objects>");
  CHECK(ev(g, "len") == "<built-in function len>");
  CHECK(ev(g, "hash([])") == "TypeError: unhashable type: 'list'");
  CHECK(ev(g, "int.__name__, int.__qualname__, int.__module__") == "('int', 'int', 'builtins')");
  CHECK(ev(g, "int.__add__('a', 1)") ==
        "TypeError: descriptor '__add__' requires a 'int' object but received a 'str'");
  CHECK(ev(g, "list.append(1, 2)") ==
        "TypeError: descriptor 'append' for 'list' objects doesn't apply to a 'int' object");
  CHECK(ev(g, "setattr(int, 'x', 1)") == "TypeError: cannot set 'x' attribute of immutable type 'int'");
  CHECK(ev(g, "object.__new__(int)") == "TypeError: object.__new__(int) is not safe, use int.__new__()");
  CHECK(ev(g, "int.__new__(str)") == "TypeError: int.__new__(str): str is not a subtype of int");
}

TEST_CASE("classes: MRO, layout, errors", "[type]") {
  ensure_runtime();
  Ref g = fresh_globals();
  exec(g,
       "class A: pass\n"
       "class B(A): pass\n"
       "class C(A): pass\n"
       "class D(B, C): pass\n");
  CHECK(ev(g, "[k.__name__ for k in D.__mro__]") == "['D', 'B', 'C', 'A', 'object']");
  CHECK(ev(g, "D") == "<class '__main__.D'>");
  CHECK(ev(g, "type('Z', (A, B), {})") ==
        "TypeError: Cannot create a consistent method resolution order (MRO) for bases A, B");
  CHECK(ev(g, "type('Z', (A, A), {})") == "TypeError: duplicate base class A");
  CHECK(ev(g, "type('Z', (int, str), {})") == "TypeError: multiple bases have instance lay-out conflict");
  CHECK(ev(g, "type('Z', (bool,), {})") == "TypeError: type 'bool' is not an acceptable base type");
  CHECK(ev(g, "type(1, 2)") == "TypeError: type() takes 1 or 3 arguments");
  CHECK(ev(g, "A(1)") == "TypeError: A() takes no arguments");
  CHECK(ev(g, "A().x") == "AttributeError: 'A' object has no attribute 'x'");
  CHECK(ev(g, "A.x") == "AttributeError: type object 'A' has no attribute 'x'");
  CHECK(ev(g, "(1).x") == "AttributeError: 'int' object has no attribute 'x'");
  CHECK(ev(g, "issubclass(D, A), isinstance(D(), (int, C)), isinstance(1, int | str)") ==
        "(True, True, True)");
  CHECK(ev(g, "isinstance(1, 2)") ==
        "TypeError: isinstance() arg 2 must be a type, a tuple of types, or a union");
  CHECK(ev(g, "int | None") == "int | None");
}

TEST_CASE("dunders drive the slots of heap types", "[type]") {
  ensure_runtime();
  Ref g = fresh_globals();
  exec(g,
       "class V:\n"
       "    def __init__(self, x): self.x = x\n"
       "    def __add__(self, o): return V(self.x + (o.x if isinstance(o, V) else o))\n"
       "    def __radd__(self, o): return V(o + self.x)\n"
       "    def __eq__(self, o): return isinstance(o, V) and o.x == self.x\n"
       "    def __lt__(self, o): return self.x < o.x\n"
       "    def __repr__(self): return f'V({self.x})'\n"
       "    def __len__(self): return self.x\n"
       "    def __getitem__(self, i):\n"
       "        if i >= self.x: raise IndexError(i)\n"
       "        return i * 10\n"
       "class W(V):\n"
       "    def __radd__(self, o): return 'W.radd'\n"
       "class I(int): pass\n"
       "class L(list):\n"
       "    def total(self): return sum(self)\n");
  CHECK(ev(g, "V(1) + V(2)") == "V(3)");
  CHECK(ev(g, "1 + V(2)") == "V(3)");
  CHECK(ev(g, "V(1) + W(2)") == "'W.radd'");
  CHECK(ev(g, "V(1) == V(1), V(1) != V(2), V(1) < V(2), V(3) > V(2)") == "(True, True, True, True)");
  CHECK(ev(g, "hash(V(1))") == "TypeError: unhashable type: 'V'");
  CHECK(ev(g, "len(V(3)), bool(V(0)), list(V(3))") == "(3, False, [0, 10, 20])");
  CHECK(ev(g, "V(1) < 3") == "AttributeError: 'int' object has no attribute 'x'");
  CHECK(ev(g, "I(5) + 1, type(I(5) + 1), I(5).__class__.__name__") == "(6, <class 'int'>, 'I')");
  exec(g, "i = I(7)\ni.tag = 'seven'\n");
  CHECK(ev(g, "i.tag, i * 2") == "('seven', 14)");
  CHECK(ev(g, "L([1, 2, 3]).total(), len(L([1, 2]))") == "(6, 2)");
  exec(g, "V.__len__ = lambda self: 42\n");
  CHECK(ev(g, "len(V(1))") == "42");
}

TEST_CASE("descriptors, properties and super", "[type]") {
  ensure_runtime();
  Ref g = fresh_globals();
  exec(g,
       "class P:\n"
       "    def __init__(self): self._v = 1\n"
       "    @property\n"
       "    def v(self): return self._v\n"
       "    @v.setter\n"
       "    def v(self, x): self._v = x\n"
       "    @property\n"
       "    def ro(self): return 0\n"
       "    @staticmethod\n"
       "    def s(a): return a * 2\n"
       "    @classmethod\n"
       "    def c(cls): return cls.__name__\n"
       "class Q(P):\n"
       "    def __init__(self):\n"
       "        super().__init__()\n"
       "        self.extra = super().c()\n"
       "class S:\n"
       "    __slots__ = ('a', 'b')\n");
  exec(g, "p = P()\np.v = 5\n");
  CHECK(ev(g, "p.v, P.s(3), p.s(4), P.c(), Q.c(), Q().extra") == "(5, 6, 8, 'P', 'Q', 'Q')");
  CHECK(ev(g, "setattr(p, 'ro', 1)") == "AttributeError: property 'ro' of 'P' object has no setter");
  CHECK(ev(g, "delattr(p, 'ro')") == "AttributeError: property 'ro' of 'P' object has no deleter");
  CHECK(ev(g, "super(Q, Q())") == "<super: <class 'Q'>, <Q object>>");
  CHECK(ev(g, "super(int, 'a')") ==
        "TypeError: super(type, obj): obj (instance of str) is not an instance or subtype of type (int).");
  exec(g, "s = S()\ns.a = 1\n");
  CHECK(ev(g, "s.a") == "1");
  CHECK(ev(g, "s.b") == "AttributeError: 'S' object has no attribute 'b'");
  CHECK(ev(g, "setattr(s, 'c', 1)") ==
        "AttributeError: 'S' object has no attribute 'c' and no __dict__ for setting new attributes");
  CHECK(ev(g, "S.a") == "<member 'a' of 'S' objects>");
}

TEST_CASE("abstract protocol messages", "[abstract]") {
  ensure_runtime();
  Ref g = fresh_globals();
  CHECK(ev(g, "1 + 'a'") == "TypeError: unsupported operand type(s) for +: 'int' and 'str'");
  CHECK(ev(g, "2 ** 'a'") == "TypeError: unsupported operand type(s) for ** or pow(): 'int' and 'str'");
  CHECK(ev(g, "1 < 'a'") == "TypeError: '<' not supported between instances of 'int' and 'str'");
  CHECK(ev(g, "hash([])") == "TypeError: unhashable type: 'list'");
  CHECK(ev(g, "iter(1)") == "TypeError: 'int' object is not iterable");
  CHECK(ev(g, "len(1)") == "TypeError: object of type 'int' has no len()");
  CHECK(ev(g, "1 in 1") == "TypeError: argument of type 'int' is not iterable");
  CHECK(ev(g, "int[0]") == "TypeError: type 'int' is not subscriptable");
  CHECK(ev(g, "format(object(), 'x')") == "TypeError: unsupported format string passed to object.__format__");
}

TEST_CASE("parse_args messages", "[args]") {
  ensure_runtime();
  Value a, b;
  Value argv[3] = {Value::small_int(1), Value::small_int(2), Value::small_int(3)};
  CHECK_FALSE(parse_args(CallArgs{argv, 3, nullptr}, "f", {"a", "b"}, 1, {&a, &b}).ok());
  Ref e = fetch_error();
  CHECK(*str_utf8(e) == "f() takes at most 2 arguments (3 given)");
  CHECK_FALSE(parse_args(CallArgs{argv, 0, nullptr}, "f", {"a", "b"}, 1, {&a, &b}).ok());
  e = fetch_error();
  CHECK(*str_utf8(e) == "f() missing required argument 'a' (pos 1)");
  CHECK(parse_args(CallArgs{argv, 1, nullptr}, "f", {"a", "b"}, 1, {&a, &b}).ok());
  CHECK(a.as_small_int() == 1);
  CHECK(b.is_null());
  CHECK_FALSE(check_nargs(CallArgs{argv, 2, nullptr}, "len()", 1, 1).ok());
  e = fetch_error();
  CHECK(*str_utf8(e) == "len() takes exactly one argument (2 given)");
  CHECK(check_nargs(CallArgs{argv, 3, nullptr}, "getattr", 2, 3).ok());
  CHECK_FALSE(check_nargs(CallArgs{argv, 0, nullptr}, "getattr", 2, 3).ok());
  e = fetch_error();
  CHECK(*str_utf8(e) == "getattr expected at least 2 arguments, got 0");
}
