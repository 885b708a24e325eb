// Symbol table tests: scopes of closures, globals, class scope, comprehensions, and the errors
// CPython reports from its symbol table and compiler. Expected varnames/cellvars/freevars are
// those of CPython 3.13's code objects.
#include <catch2/catch.hpp>

#include <string>

#include "compiler/parser.h"
#include "compiler/symtable.h"

using namespace weft;

namespace {

struct Built {
  std::unique_ptr<ast::Module> mod;
  std::unique_ptr<SymbolTable> st;
  SyntaxErrorInfo err;
  bool ok = false;
};

Built build(const std::string& src) {
  Built b;
  ParseResult r = parse(src, "<test>", ParseMode::Exec);
  if (auto* e = std::get_if<SyntaxErrorInfo>(&r)) {
    b.err = *e;
    return b;
  }
  b.mod = std::move(std::get<0>(r));
  SymtableResult s = build_symtable(*b.mod);
  if (auto* e = std::get_if<SyntaxErrorInfo>(&s)) {
    b.err = *e;
    return b;
  }
  b.st = std::move(std::get<0>(s));
  b.ok = true;
  return b;
}

// The scope with this name, depth-first.
const Scope* find_scope(const Scope* s, const std::string& name) {
  if (s->name == name) return s;
  for (const Scope* c : s->children)
    if (const Scope* f = find_scope(c, name)) return f;
  return nullptr;
}

std::string join(const std::vector<std::string>& v) {
  std::string r;
  for (const auto& x : v) r += (r.empty() ? "" : ",") + x;
  return r;
}

std::string error_of(const std::string& src) {
  Built b = build(src);
  return b.ok ? "<no error>" : b.err.msg;
}

}  // namespace

TEST_CASE("symtable: closures", "[symtable]") {
  Built b = build("def f(a, b):\n    c = a + b\n    def g():\n        return c + a\n    return g\n");
  REQUIRE(b.ok);
  const Scope* f = find_scope(b.st->top, "f");
  const Scope* g = find_scope(b.st->top, "g");
  REQUIRE(f);
  REQUIRE(g);
  CHECK(f->scope_of_name("a") == SymScope::Cell);
  CHECK(f->scope_of_name("b") == SymScope::Local);
  CHECK(f->scope_of_name("c") == SymScope::Cell);
  CHECK(f->scope_of_name("g") == SymScope::Local);
  CHECK(join(f->varnames) == "a,b,g");
  CHECK(join(f->cellvars) == "a,c");
  CHECK(g->scope_of_name("c") == SymScope::Free);
  CHECK(join(g->freevars) == "a,c");
  CHECK(g->is_nested);
  CHECK(b.st->scope_of(b.mod->body[0]) == f);
}

TEST_CASE("symtable: globals and nonlocals", "[symtable]") {
  Built b = build("x = 1\ndef f():\n    global x\n    x = 2\n    y = len(x)\n    def g():\n        nonlocal y\n        y = 3\n");
  REQUIRE(b.ok);
  const Scope* f = find_scope(b.st->top, "f");
  CHECK(f->scope_of_name("x") == SymScope::GlobalExplicit);
  CHECK(f->scope_of_name("len") == SymScope::GlobalImplicit);
  CHECK(f->scope_of_name("y") == SymScope::Cell);
  CHECK(find_scope(b.st->top, "g")->scope_of_name("y") == SymScope::Free);
  CHECK(b.st->top->scope_of_name("x") == SymScope::Local);
}

TEST_CASE("symtable: class scope", "[symtable]") {
  // Class-level names are not visible in methods; a name free in a method passes through the
  // class to the enclosing function.
  Built b = build(
      "def f():\n    x = 1\n    class C:\n        x = 2\n        y = x\n        def m(self):\n"
      "            return x, super()\n    return C\n");
  REQUIRE(b.ok);
  const Scope* c = find_scope(b.st->top, "C");
  const Scope* m = find_scope(b.st->top, "m");
  CHECK(c->scope_of_name("x") == SymScope::Local);
  CHECK(c->find("x")->has(kFreeClass));
  CHECK(join(c->freevars) == "x");
  CHECK(c->needs_class_cell);
  CHECK(join(c->cellvars) == "__class__");
  CHECK(m->scope_of_name("x") == SymScope::Free);
  CHECK(m->scope_of_name("__class__") == SymScope::Free);
  CHECK(join(m->freevars) == "__class__,x");
  CHECK(find_scope(b.st->top, "f")->scope_of_name("x") == SymScope::Cell);
}

TEST_CASE("symtable: name mangling", "[symtable]") {
  CHECK(mangle("A", "__x") == "_A__x");
  CHECK(mangle("_A", "__x") == "_A__x");
  CHECK(mangle("A", "__x__") == "__x__");
  CHECK(mangle("A", "_x") == "_x");
  CHECK(mangle("___", "__x") == "__x");
  Built b = build("class A:\n    def __m(self, __y):\n        return __y\n");
  REQUIRE(b.ok);
  CHECK(join(find_scope(b.st->top, "__m")->varnames) == "self,_A__y");
}

TEST_CASE("symtable: comprehensions are function scopes", "[symtable]") {
  Built b = build("def f(n):\n    return [x * n for x in range(n) if x]\n");
  REQUIRE(b.ok);
  const Scope* lc = find_scope(b.st->top, "<listcomp>");
  REQUIRE(lc);
  CHECK(lc->kind == ScopeKind::Comprehension);
  CHECK(join(lc->varnames) == ".0,x");
  CHECK(lc->scope_of_name("n") == SymScope::Free);
  CHECK(lc->scope_of_name("range") == SymScope::GlobalImplicit);
  // The outermost iterable is evaluated in the enclosing scope.
  const Scope* f = find_scope(b.st->top, "f");
  CHECK(f->find("range") != nullptr);
  CHECK(f->scope_of_name("n") == SymScope::Cell);
  // A walrus in a comprehension binds in the enclosing function.
  Built w = build("def g(xs):\n    [(last := x) for x in xs]\n    return last\n");
  REQUIRE(w.ok);
  CHECK(find_scope(w.st->top, "g")->scope_of_name("last") == SymScope::Cell);
  CHECK(find_scope(w.st->top, "<listcomp>")->scope_of_name("last") == SymScope::Free);
  Built ge = build("g = (x for x in y)\n");
  REQUIRE(ge.ok);
  CHECK(find_scope(ge.st->top, "<genexpr>")->is_generator);
}

TEST_CASE("symtable: function facts", "[symtable]") {
  Built b = build("def f(a, /, b, *args, c, d=1, **kw):\n    yield a\nasync def g():\n    await h()\n");
  REQUIRE(b.ok);
  const Scope* f = find_scope(b.st->top, "f");
  CHECK(f->argcount == 2);
  CHECK(f->posonlyargcount == 1);
  CHECK(f->kwonlyargcount == 2);
  CHECK(f->has_varargs);
  CHECK(f->has_varkw);
  CHECK(f->is_generator);
  CHECK(join(f->varnames) == "a,b,c,d,args,kw");
  CHECK(find_scope(b.st->top, "g")->is_coroutine);
}

TEST_CASE("symtable: errors", "[symtable]") {
  CHECK(error_of("def f():\n    print(x)\n    global x\n") == "name 'x' is used prior to global declaration");
  CHECK(error_of("def f():\n    x = 1\n    global x\n") == "name 'x' is assigned to before global declaration");
  CHECK(error_of("def f(x):\n    global x\n") == "name 'x' is parameter and global");
  CHECK(error_of("nonlocal x\n") == "nonlocal declaration not allowed at module level");
  CHECK(error_of("def f():\n    nonlocal x\n") == "no binding for nonlocal 'x' found");
  CHECK(error_of("yield 1\n") == "'yield' outside function");
  CHECK(error_of("return 1\n") == "'return' outside function");
  CHECK(error_of("await x\n") == "'await' outside function");
  CHECK(error_of("def f():\n    await x\n") == "'await' outside async function");
  CHECK(error_of("break\n") == "'break' outside loop");
  CHECK(error_of("while 1:\n    def f():\n        continue\n") == "'continue' not properly in loop");
  CHECK(error_of("for x in y:\n    pass\nelse:\n    break\n") == "'break' outside loop");
  CHECK(error_of("def f(a, a): pass\n") == "duplicate argument 'a' in function definition");
  CHECK(error_of("f(x=1, x=2)\n") == "keyword argument repeated: x");
  CHECK(error_of("*a = 1\n") == "starred assignment target must be in a list or tuple");
  CHECK(error_of("a, *b, *c = x\n") == "multiple starred expressions in assignment");
  CHECK(error_of("x = *a\n") == "can't use starred expression here");
  CHECK(error_of("[(x := 1) for x in y]\n") == "assignment expression cannot rebind comprehension iteration variable 'x'");
  CHECK(error_of("class A:\n    [(y := 1) for x in z]\n") ==
        "assignment expression within a comprehension cannot be used in a class body");
  CHECK(error_of("def f():\n    from m import *\n") == "import * only allowed at module level");
  CHECK(error_of("def f():\n    return [(yield x) for x in y]\n") == "'yield' inside list comprehension");
  CHECK(error_of("async def f():\n    yield 1\n    return 2\n") == "'return' with value in async generator");
  // Positions: CPython uses the statement's span (byte columns + 1) and no text.
  Built b = build("def f():\n  nonlocal x\n");
  REQUIRE_FALSE(b.ok);
  CHECK(b.err.lineno == 2);
  CHECK(b.err.offset == 3);
  CHECK(b.err.end_offset == 13);
  CHECK_FALSE(b.err.has_text);
}

TEST_CASE("symtable: match statement checks", "[symtable]") {
  CHECK(error_of("match x:\n case a | b: pass\n") == "name capture 'a' makes remaining patterns unreachable");
  CHECK(error_of("match x:\n case _:\n  pass\n case 1: pass\n") == "wildcard makes remaining patterns unreachable");
  CHECK(error_of("match x:\n case [a, a]: pass\n") == "multiple assignments to name 'a' in pattern");
  CHECK(error_of("match x:\n case 1 | a: pass\n") == "alternative patterns bind different names");
  CHECK(error_of("match x:\n case [*a, *b]: pass\n") == "multiple starred names in sequence pattern");
  CHECK(error_of("match x:\n case {1: a, True: b}: pass\n") == "mapping pattern checks duplicate key (True)");
  CHECK(error_of("match x:\n case C(a=1, a=2): pass\n") == "attribute name repeated in class pattern: a");
  CHECK(error_of("match x:\n case a if a: pass\n case [b, c] | (c, b): pass\n case _: pass\n") == "<no error>");
  Built b = build("def f(p):\n    match p:\n        case {'k': v, **rest}:\n            return v\n        case [x, *xs]:\n            return xs\n");
  REQUIRE(b.ok);
  const Scope* f = find_scope(b.st->top, "f");
  CHECK(join(f->varnames) == "p,v,rest,x,xs");
}

TEST_CASE("symtable: very long expressions do not overflow the stack", "[symtable]") {
  std::string src = "x = 1";
  for (int i = 0; i < 50000; i++) src += " + 1";
  Built b = build(src + "\n");
  CHECK(b.ok);
}
