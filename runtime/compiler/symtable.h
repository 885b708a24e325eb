// The symbol table: for every scope of a parsed module, the scope of each name (local, global,
// free, cell) and the facts the code generator needs (parameters, generator/coroutine, ...).
//
//   auto r = weft::build_symtable(*mod);
//   if (auto* err = std::get_if<weft::SyntaxErrorInfo>(&r)) { ...raise... }
//   const weft::SymbolTable& st = *std::get<0>(r);
//   const weft::Scope* s = st.scope_of(func_def_node);   // FunctionDef*, ClassDef*, Lambda*,
//                                                        // ListComp/SetComp/DictComp/GeneratorExp*
//   switch (s->scope_of_name("x")) { case weft::SymScope::Local: ... }
//
// Semantics are CPython 3.11's (each comprehension is its own function scope; no PEP 709
// inlining). Class scope rules: names bound in a class body are not visible to functions nested
// in it; a free variable of a nested function that passes through a class resolves to the
// enclosing function (and the class body itself sees it as Free with flag kFreeClass, which CPython
// compiles to LOAD_FROM_DICT_OR_DEREF / LOAD_CLASSDEREF).
//
// Besides CPython's symtable errors, build_symtable also reports the context errors CPython's
// compiler finds: "'return' outside function", "'break' outside loop", "'continue' not properly
// in loop", "'await' outside function", "'yield' outside function", so the code generator can
// assume a valid program.
#pragma once
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <variant>
#include <vector>

#include "compiler/ast.h"
#include "compiler/syntax_error.h"

namespace weft {

enum class ScopeKind : uint8_t { Module, Class, Function, Lambda, Comprehension };

// Where a name lives, as CPython's _PyST_GetScope.
enum class SymScope : uint8_t {
  Local,           // fast local in a function, a name in the module/class namespace
  GlobalExplicit,  // declared `global` in this scope, or a free name that resolves to an
                   // enclosing function's `global` declaration
  GlobalImplicit,  // not bound anywhere in the enclosing function scopes: global-or-builtin
  Free,            // bound in an enclosing function scope (a closure variable read through a cell)
  Cell,            // local to this scope and captured by a nested scope
};
const char* name(SymScope);

// Flags of a symbol (several may be set).
enum SymFlag : uint32_t {
  kAssigned = 1u << 0,     // bound here (assignment, for target, def/class name, import, with-as,
                           // except-as, walrus, match capture, del)
  kParam = 1u << 1,        // a parameter of this function
  kUsed = 1u << 2,         // read here
  kGlobalDecl = 1u << 3,   // `global x` in this scope
  kNonlocalDecl = 1u << 4, // `nonlocal x` in this scope
  kImported = 1u << 5,     // bound by import
  kAnnotated = 1u << 6,    // `x: T` appears in this scope
  kFreeClass = 1u << 7,    // class scope: also free from an enclosing function (see top)
  kCompIter = 1u << 8,     // a comprehension's iteration variable
};

struct Symbol {
  std::string name;
  SymScope scope = SymScope::Local;
  uint32_t flags = 0;
  bool has(SymFlag f) const { return flags & f; }
};

struct Scope {
  ScopeKind kind = ScopeKind::Module;
  std::string name;          // function/class name; "<lambda>", "<listcomp>", "<setcomp>",
                             // "<dictcomp>", "<genexpr>", "top" for the module
  const void* node = nullptr;  // the AST node that opened it (ast::Module* for the module)
  Scope* parent = nullptr;
  std::vector<Scope*> children;  // in source order
  int lineno = 0;

  // All symbols of the scope, in order of first appearance. Lookup by name: find().
  std::vector<Symbol> symbols;

  // Functions/lambdas/comprehensions: parameters in order (posonly, regular, kwonly, *args,
  // **kwargs — CPython's co_varnames order; a comprehension's only parameter is ".0"), then the
  // other fast locals in order of first appearance.
  std::vector<std::string> varnames;
  // Names of Cell symbols, sorted (CPython's co_cellvars order). A parameter that is captured is
  // in both varnames and cellvars. In a class: "__class__" / "__classdict__" when needed.
  std::vector<std::string> cellvars;
  // Names of Free symbols (and kFreeClass ones in a class), sorted (CPython's co_freevars order).
  std::vector<std::string> freevars;

  int argcount = 0;          // positional parameters including posonly (not *args)
  int posonlyargcount = 0;
  int kwonlyargcount = 0;
  bool has_varargs = false;
  bool has_varkw = false;
  bool is_generator = false;   // contains yield / yield from (a genexpr always is)
  bool is_coroutine = false;   // async def, or a comprehension containing await in an async function
  bool is_nested = false;      // a function inside another function (CPython CO_NESTED)
  bool needs_class_cell = false;   // class: some method uses super() or __class__ -> "__class__" cell
  bool has_docstring = false;

  const Symbol* find(std::string_view name) const;
  // The scope of a name used in this scope. A name never seen here (e.g. created by the code
  // generator) is GlobalImplicit in a function and Local in module/class scope.
  SymScope scope_of_name(std::string_view name) const;
  bool is_function_like() const { return kind == ScopeKind::Function || kind == ScopeKind::Lambda || kind == ScopeKind::Comprehension; }

  std::unordered_map<std::string, size_t> index_;  // name -> position in symbols (internal)
};

class SymbolTable {
 public:
  Scope* top = nullptr;  // the module scope
  // The scope opened by `node` (FunctionDef, ClassDef, Lambda, comprehension expressions,
  // or the Module itself); nullptr if none.
  const Scope* scope_of(const void* node) const {
    auto it = by_node_.find(node);
    return it == by_node_.end() ? nullptr : it->second;
  }
  Scope* new_scope();  // used while building
  std::unordered_map<const void*, Scope*> by_node_;

 private:
  std::vector<std::unique_ptr<Scope>> scopes_;
};

using SymtableResult = std::variant<std::unique_ptr<SymbolTable>, SyntaxErrorInfo>;
SymtableResult build_symtable(const ast::Module& mod);

// Name mangling of private names in classes (`__x` inside class C becomes `_C__x`), as CPython's
// _Py_Mangle: class_name is the innermost enclosing class's name ("" when none). The symbol table
// stores mangled names; the code generator must mangle the same way when it looks names up.
std::string mangle(std::string_view class_name, std::string_view name);

// Debug dump of the whole table (one line per symbol), for tests.
std::string dump(const SymbolTable& st);

}  // namespace weft
