// The abstract syntax tree: Python 3.12's grammar, node for node (names follow CPython's `ast`
// module, so `ast.dump` output from python3.13 is the reference for tests).
//
// Representation
// --------------
// - Plain structs, one per node type, grouped in three families with a kind enum each:
//   `Stmt` (StmtKind), `Expr` (ExprKind), `Pattern` (PatternKind). A consumer switches on `kind`
//   and downcasts with `node->as<BinOp>()` (checked with assert in debug builds).
//   A few kinds share one struct:  FunctionDef/AsyncFunctionDef -> FunctionDef,
//   For/AsyncFor -> For, With/AsyncWith -> With, Try/TryStar -> Try  (look at `kind`).
//   The expression statement is `ExprStmt` (kind StmtKind::Expr) to avoid a clash with `Expr`.
// - Helper nodes (Arguments, Arg, Keyword, Alias, WithItem, ExceptHandler, Comprehension,
//   MatchCase) are plain structs too, referenced by pointer.
// - Every node lives in the Arena owned by its `Module`; pointers stay valid as long as the
//   Module lives and are never freed individually. Child lists are std::vector<T*>.
// - Optional children are nullptr when absent. Optional identifiers are the empty string when
//   absent (an identifier is never empty): Keyword::arg for `**kw`, Alias::asname,
//   ExceptHandler::name, ImportFrom::module (`from . import x`), MatchAs/MatchStar::name,
//   MatchMapping::rest.
// - Dict::keys has a nullptr key for each `**mapping` entry (as CPython).
// - Positions, on every node with a position in CPython: lineno/end_lineno are 1-based lines,
//   col_offset/end_col_offset are 0-based UTF-8 *byte* offsets in the line (CPython's rule).
// - Expr::ctx is Load/Store/Del; meaningful on Name, Attribute, Subscript, Starred, List, Tuple
//   (Load elsewhere).
// - Constants are not runtime objects (the parser allocates no Python object): see
//   ConstantValue. Int is a string of decimal digits (no sign, no underscores, already converted
//   from hex/octal/binary) so the code generator can build a small or big int. Str is UTF-8; a
//   lone surrogate (from "\ud800") is encoded as its 3-byte generalized-UTF-8 sequence
//   (ED A0 80..ED BF BF), which a strict UTF-8 decoder would reject. Bytes is the raw bytes.
// - F-strings are already split by the parser: JoinedStr{Constant str, FormattedValue...}.
//   FormattedValue::conversion is -1, 's', 'r' or 'a'; format_spec is nullptr or a JoinedStr.
//   f"{x=}" becomes Constant "x=" followed by FormattedValue(x, conversion 'r') as CPython does.
//   Adjacent string literals are already concatenated into one Constant/JoinedStr.
#pragma once
#include <cassert>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <new>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

namespace weft::ast {

// ---------------------------------------------------------------------------------------------
// Arena: bump allocation; destructors of non-trivial nodes run when the arena dies.
class Arena {
 public:
  Arena() = default;
  Arena(const Arena&) = delete;
  Arena& operator=(const Arena&) = delete;
  ~Arena();

  template <class T, class... A>
  T* make(A&&... a) {
    void* p = allocate(sizeof(T), alignof(T));
    T* t = new (p) T(std::forward<A>(a)...);
    if constexpr (!std::is_trivially_destructible_v<T>) {
      dtors_.push_back({t, [](void* q) { static_cast<T*>(q)->~T(); }});
    }
    return t;
  }

  void* allocate(size_t n, size_t align) {
    uintptr_t p = (reinterpret_cast<uintptr_t>(cur_) + (align - 1)) & ~uintptr_t(align - 1);
    if (cur_ && p + n <= reinterpret_cast<uintptr_t>(end_)) {
      cur_ = reinterpret_cast<char*>(p + n);
      return reinterpret_cast<void*>(p);
    }
    return allocate_slow(n, align);
  }

 private:
  void* allocate_slow(size_t n, size_t align);
  struct Dtor {
    void* p;
    void (*fn)(void*);
  };
  std::vector<std::unique_ptr<char[]>> blocks_;
  std::vector<Dtor> dtors_;
  char* cur_ = nullptr;
  char* end_ = nullptr;
};

// ---------------------------------------------------------------------------------------------
// Small enums.

enum class ExprContext : uint8_t { Load, Store, Del };
enum class BoolOpKind : uint8_t { And, Or };
enum class Operator : uint8_t {
  Add, Sub, Mult, MatMult, Div, Mod, Pow, LShift, RShift, BitOr, BitXor, BitAnd, FloorDiv
};
enum class UnaryOpKind : uint8_t { Invert, Not, UAdd, USub };
enum class CmpOp : uint8_t { Eq, NotEq, Lt, LtE, Gt, GtE, Is, IsNot, In, NotIn };

const char* name(ExprContext);   // "Load", ...
const char* name(BoolOpKind);    // "And", "Or"
const char* name(Operator);      // "Add", ...
const char* name(UnaryOpKind);   // "Invert", ...
const char* name(CmpOp);         // "Eq", ...
const char* symbol(Operator);    // "+", "-", ... "//" (for messages such as "unsupported operand")
const char* symbol(UnaryOpKind); // "~", "not", "+", "-"
const char* symbol(CmpOp);       // "==", "!=", ... "is not", "not in"

// Position shared by every located node.
struct Located {
  int lineno = 0;
  int col_offset = 0;
  int end_lineno = 0;
  int end_col_offset = 0;
};

// ---------------------------------------------------------------------------------------------
// Constants.

struct ConstantValue {
  enum class Kind : uint8_t { None, True, False, Ellipsis, Int, Float, Complex, Str, Bytes };
  Kind kind = Kind::None;
  double num = 0.0;  // Float: the value; Complex: the imaginary part (real part is 0)
  std::string text;  // Int: decimal digits; Str: UTF-8 (see top); Bytes: raw bytes

  static ConstantValue none() { return {}; }
  static ConstantValue boolean(bool b) { ConstantValue c; c.kind = b ? Kind::True : Kind::False; return c; }
  static ConstantValue ellipsis() { ConstantValue c; c.kind = Kind::Ellipsis; return c; }
  static ConstantValue integer(std::string digits) { ConstantValue c; c.kind = Kind::Int; c.text = std::move(digits); return c; }
  static ConstantValue floating(double d) { ConstantValue c; c.kind = Kind::Float; c.num = d; return c; }
  static ConstantValue imaginary(double d) { ConstantValue c; c.kind = Kind::Complex; c.num = d; return c; }
  static ConstantValue str(std::string s) { ConstantValue c; c.kind = Kind::Str; c.text = std::move(s); return c; }
  static ConstantValue bytes(std::string s) { ConstantValue c; c.kind = Kind::Bytes; c.text = std::move(s); return c; }
};

// ---------------------------------------------------------------------------------------------
// Expressions.

enum class ExprKind : uint8_t {
  BoolOp, NamedExpr, BinOp, UnaryOp, Lambda, IfExp, Dict, Set, ListComp, SetComp, DictComp,
  GeneratorExp, Await, Yield, YieldFrom, Compare, Call, FormattedValue, JoinedStr, Constant,
  Attribute, Subscript, Starred, Name, List, Tuple, Slice
};
const char* name(ExprKind);

struct Expr : Located {
  ExprKind kind;
  ExprContext ctx = ExprContext::Load;
  explicit Expr(ExprKind k) : kind(k) {}
  template <class T>
  T* as() { assert(T::matches(kind)); return static_cast<T*>(this); }
  template <class T>
  const T* as() const { assert(T::matches(kind)); return static_cast<const T*>(this); }
};

#define WEFT_AST_EXPR(Name_)                                             \
  static constexpr ExprKind kKind = ExprKind::Name_;                     \
  static bool matches(ExprKind k) { return k == kKind; }                 \
  Name_() : Expr(kKind) {}

struct Arguments;
struct Keyword;
struct Comprehension;

struct BoolOp : Expr { WEFT_AST_EXPR(BoolOp) BoolOpKind op = BoolOpKind::And; std::vector<Expr*> values; };
struct NamedExpr : Expr { WEFT_AST_EXPR(NamedExpr) Expr* target = nullptr; Expr* value = nullptr; };
struct BinOp : Expr { WEFT_AST_EXPR(BinOp) Expr* left = nullptr; Operator op = Operator::Add; Expr* right = nullptr; };
struct UnaryOp : Expr { WEFT_AST_EXPR(UnaryOp) UnaryOpKind op = UnaryOpKind::Not; Expr* operand = nullptr; };
struct Lambda : Expr { WEFT_AST_EXPR(Lambda) Arguments* args = nullptr; Expr* body = nullptr; };
struct IfExp : Expr { WEFT_AST_EXPR(IfExp) Expr* test = nullptr; Expr* body = nullptr; Expr* orelse = nullptr; };
struct Dict : Expr { WEFT_AST_EXPR(Dict) std::vector<Expr*> keys; std::vector<Expr*> values; };  // key nullptr: **v
struct Set : Expr { WEFT_AST_EXPR(Set) std::vector<Expr*> elts; };
struct ListComp : Expr { WEFT_AST_EXPR(ListComp) Expr* elt = nullptr; std::vector<Comprehension*> generators; };
struct SetComp : Expr { WEFT_AST_EXPR(SetComp) Expr* elt = nullptr; std::vector<Comprehension*> generators; };
struct DictComp : Expr { WEFT_AST_EXPR(DictComp) Expr* key = nullptr; Expr* value = nullptr; std::vector<Comprehension*> generators; };
struct GeneratorExp : Expr { WEFT_AST_EXPR(GeneratorExp) Expr* elt = nullptr; std::vector<Comprehension*> generators; };
struct Await : Expr { WEFT_AST_EXPR(Await) Expr* value = nullptr; };
struct Yield : Expr { WEFT_AST_EXPR(Yield) Expr* value = nullptr; };  // value may be nullptr
struct YieldFrom : Expr { WEFT_AST_EXPR(YieldFrom) Expr* value = nullptr; };
struct Compare : Expr { WEFT_AST_EXPR(Compare) Expr* left = nullptr; std::vector<CmpOp> ops; std::vector<Expr*> comparators; };
struct Call : Expr { WEFT_AST_EXPR(Call) Expr* func = nullptr; std::vector<Expr*> args; std::vector<Keyword*> keywords; };  // *x in args is Starred
struct FormattedValue : Expr { WEFT_AST_EXPR(FormattedValue) Expr* value = nullptr; int conversion = -1; Expr* format_spec = nullptr; };
struct JoinedStr : Expr { WEFT_AST_EXPR(JoinedStr) std::vector<Expr*> values; };  // Constant(str) and FormattedValue
struct Constant : Expr { WEFT_AST_EXPR(Constant) ConstantValue value; bool u_prefix = false; /* kind='u' in ast.dump */ };
struct Attribute : Expr { WEFT_AST_EXPR(Attribute) Expr* value = nullptr; std::string attr; };
struct Subscript : Expr { WEFT_AST_EXPR(Subscript) Expr* value = nullptr; Expr* slice = nullptr; };
struct Starred : Expr { WEFT_AST_EXPR(Starred) Expr* value = nullptr; };
struct Name : Expr { WEFT_AST_EXPR(Name) std::string id; };
struct List : Expr { WEFT_AST_EXPR(List) std::vector<Expr*> elts; };
struct Tuple : Expr { WEFT_AST_EXPR(Tuple) std::vector<Expr*> elts; };
struct Slice : Expr { WEFT_AST_EXPR(Slice) Expr* lower = nullptr; Expr* upper = nullptr; Expr* step = nullptr; };

#undef WEFT_AST_EXPR

// ---------------------------------------------------------------------------------------------
// Helper nodes.

struct Arg : Located {
  std::string arg;
  Expr* annotation = nullptr;
};

// posonlyargs, args, vararg, kwonlyargs, kw_defaults, kwarg, defaults — as CPython:
// defaults belong to the *last* len(defaults) of posonlyargs+args; kw_defaults has one entry per
// kwonly arg (nullptr when that arg has no default). No position of its own.
struct Arguments {
  std::vector<Arg*> posonlyargs;
  std::vector<Arg*> args;
  Arg* vararg = nullptr;
  std::vector<Arg*> kwonlyargs;
  std::vector<Expr*> kw_defaults;
  Arg* kwarg = nullptr;
  std::vector<Expr*> defaults;
};

struct Keyword : Located {
  std::string arg;  // empty for **value
  Expr* value = nullptr;
};

struct Alias : Located {
  std::string name;    // dotted name for `import a.b.c`, "*" for `from m import *`
  std::string asname;  // empty when absent
};

struct WithItem {
  Expr* context_expr = nullptr;
  Expr* optional_vars = nullptr;  // Store context target or nullptr
};

struct Stmt;

struct ExceptHandler : Located {
  Expr* type = nullptr;  // nullptr for bare `except:`
  std::string name;      // empty when no `as name`
  std::vector<Stmt*> body;
};

struct Comprehension {
  Expr* target = nullptr;
  Expr* iter = nullptr;
  std::vector<Expr*> ifs;
  bool is_async = false;
};

// ---------------------------------------------------------------------------------------------
// Patterns (match statement).

enum class PatternKind : uint8_t {
  MatchValue, MatchSingleton, MatchSequence, MatchMapping, MatchClass, MatchStar, MatchAs, MatchOr
};
const char* name(PatternKind);

struct Pattern : Located {
  PatternKind kind;
  explicit Pattern(PatternKind k) : kind(k) {}
  template <class T>
  T* as() { assert(T::matches(kind)); return static_cast<T*>(this); }
  template <class T>
  const T* as() const { assert(T::matches(kind)); return static_cast<const T*>(this); }
};

#define WEFT_AST_PATTERN(Name_)                                          \
  static constexpr PatternKind kKind = PatternKind::Name_;               \
  static bool matches(PatternKind k) { return k == kKind; }              \
  Name_() : Pattern(kKind) {}

struct MatchValue : Pattern { WEFT_AST_PATTERN(MatchValue) Expr* value = nullptr; };
struct MatchSingleton : Pattern { WEFT_AST_PATTERN(MatchSingleton) ConstantValue value; };  // None/True/False
struct MatchSequence : Pattern { WEFT_AST_PATTERN(MatchSequence) std::vector<Pattern*> patterns; };
struct MatchMapping : Pattern {
  WEFT_AST_PATTERN(MatchMapping)
  std::vector<Expr*> keys;
  std::vector<Pattern*> patterns;
  std::string rest;  // empty when no **rest
};
struct MatchClass : Pattern {
  WEFT_AST_PATTERN(MatchClass)
  Expr* cls = nullptr;
  std::vector<Pattern*> patterns;
  std::vector<std::string> kwd_attrs;
  std::vector<Pattern*> kwd_patterns;
};
struct MatchStar : Pattern { WEFT_AST_PATTERN(MatchStar) std::string name; };  // empty: *_
struct MatchAs : Pattern { WEFT_AST_PATTERN(MatchAs) Pattern* pattern = nullptr; std::string name; };  // both empty: _
struct MatchOr : Pattern { WEFT_AST_PATTERN(MatchOr) std::vector<Pattern*> patterns; };

#undef WEFT_AST_PATTERN

struct MatchCase {
  Pattern* pattern = nullptr;
  Expr* guard = nullptr;
  std::vector<Stmt*> body;
};

// PEP 695 type parameters (def f[T](), class C[T], type X[T] = ...) and PEP 696 defaults.
// The symbol table does not model their annotation scopes; a code generator that does not
// support them should reject a non-empty type_params / TypeAlias with a clear error.
enum class TypeParamKind : uint8_t { TypeVar, ParamSpec, TypeVarTuple };
struct TypeParam : Located {
  TypeParamKind kind = TypeParamKind::TypeVar;
  std::string name;
  Expr* bound = nullptr;          // TypeVar only: `T: int` or `T: (int, str)` (a Tuple = constraints)
  Expr* default_value = nullptr;  // `T = int` (3.13)
};

// ---------------------------------------------------------------------------------------------
// Statements.

enum class StmtKind : uint8_t {
  FunctionDef, AsyncFunctionDef, ClassDef, Return, Delete, Assign, AugAssign, AnnAssign, For,
  AsyncFor, While, If, With, AsyncWith, Match, Raise, Try, TryStar, Assert, Import, ImportFrom,
  Global, Nonlocal, Expr, Pass, Break, Continue,
  TypeAlias  // added after the first version: kept last so the values above do not change
};
const char* name(StmtKind);

struct Stmt : Located {
  StmtKind kind;
  explicit Stmt(StmtKind k) : kind(k) {}
  template <class T>
  T* as() { assert(T::matches(kind)); return static_cast<T*>(this); }
  template <class T>
  const T* as() const { assert(T::matches(kind)); return static_cast<const T*>(this); }
};

#define WEFT_AST_STMT(Name_)                                             \
  static constexpr StmtKind kKind = StmtKind::Name_;                     \
  static bool matches(StmtKind k) { return k == kKind; }                 \
  Name_() : Stmt(kKind) {}

// Structs shared by a sync and an async kind: construct with the kind.
#define WEFT_AST_STMT2(Name_, Async_)                                                \
  static bool matches(StmtKind k) { return k == StmtKind::Name_ || k == StmtKind::Async_; } \
  explicit Name_(StmtKind k = StmtKind::Name_) : Stmt(k) {}                          \
  bool is_async() const { return kind == StmtKind::Async_; }

// FunctionDef and AsyncFunctionDef. Positions: lineno/col_offset of `def`/`async` (CPython 3.8+:
// not of the first decorator).
struct FunctionDef : Stmt {
  WEFT_AST_STMT2(FunctionDef, AsyncFunctionDef)
  std::string name;
  Arguments* args = nullptr;
  std::vector<Stmt*> body;
  std::vector<Expr*> decorator_list;
  Expr* returns = nullptr;
  std::vector<TypeParam*> type_params;  // PEP 695, usually empty
};
struct ClassDef : Stmt {
  WEFT_AST_STMT(ClassDef)
  std::string name;
  std::vector<Expr*> bases;
  std::vector<Keyword*> keywords;
  std::vector<Stmt*> body;
  std::vector<Expr*> decorator_list;
  std::vector<TypeParam*> type_params;  // PEP 695, usually empty
};
struct Return : Stmt { WEFT_AST_STMT(Return) Expr* value = nullptr; };
struct Delete : Stmt { WEFT_AST_STMT(Delete) std::vector<Expr*> targets; };
struct Assign : Stmt { WEFT_AST_STMT(Assign) std::vector<Expr*> targets; Expr* value = nullptr; };  // a = b = v: 2 targets
struct AugAssign : Stmt { WEFT_AST_STMT(AugAssign) Expr* target = nullptr; Operator op = Operator::Add; Expr* value = nullptr; };
struct AnnAssign : Stmt {
  WEFT_AST_STMT(AnnAssign)
  Expr* target = nullptr;
  Expr* annotation = nullptr;
  Expr* value = nullptr;
  bool simple = false;  // target is a plain Name not in parentheses
};
struct For : Stmt {
  WEFT_AST_STMT2(For, AsyncFor)
  Expr* target = nullptr;
  Expr* iter = nullptr;
  std::vector<Stmt*> body;
  std::vector<Stmt*> orelse;
};
struct While : Stmt { WEFT_AST_STMT(While) Expr* test = nullptr; std::vector<Stmt*> body; std::vector<Stmt*> orelse; };
struct If : Stmt { WEFT_AST_STMT(If) Expr* test = nullptr; std::vector<Stmt*> body; std::vector<Stmt*> orelse; };  // elif: orelse = {If}
struct With : Stmt {
  WEFT_AST_STMT2(With, AsyncWith)
  std::vector<WithItem*> items;
  std::vector<Stmt*> body;
};
struct Match : Stmt { WEFT_AST_STMT(Match) Expr* subject = nullptr; std::vector<MatchCase*> cases; };
struct Raise : Stmt { WEFT_AST_STMT(Raise) Expr* exc = nullptr; Expr* cause = nullptr; };
struct Try : Stmt {
  WEFT_AST_STMT2(Try, TryStar)
  std::vector<Stmt*> body;
  std::vector<ExceptHandler*> handlers;
  std::vector<Stmt*> orelse;
  std::vector<Stmt*> finalbody;
  bool is_star() const { return kind == StmtKind::TryStar; }
};
struct Assert : Stmt { WEFT_AST_STMT(Assert) Expr* test = nullptr; Expr* msg = nullptr; };
struct Import : Stmt { WEFT_AST_STMT(Import) std::vector<Alias*> names; };
struct ImportFrom : Stmt {
  WEFT_AST_STMT(ImportFrom)
  std::string module;  // empty for `from . import x`
  std::vector<Alias*> names;
  int level = 0;       // number of leading dots
};
struct Global : Stmt { WEFT_AST_STMT(Global) std::vector<std::string> names; };
struct Nonlocal : Stmt { WEFT_AST_STMT(Nonlocal) std::vector<std::string> names; };
struct ExprStmt : Stmt {
  static constexpr StmtKind kKind = StmtKind::Expr;
  static bool matches(StmtKind k) { return k == kKind; }
  ExprStmt() : Stmt(kKind) {}
  Expr* value = nullptr;
};
struct Pass : Stmt { WEFT_AST_STMT(Pass) };
// `type X[T] = value` (PEP 695). name is a Name in Store context.
struct TypeAlias : Stmt {
  WEFT_AST_STMT(TypeAlias)
  Expr* name = nullptr;
  std::vector<TypeParam*> type_params;
  Expr* value = nullptr;
};
struct Break : Stmt { WEFT_AST_STMT(Break) };
struct Continue : Stmt { WEFT_AST_STMT(Continue) };

#undef WEFT_AST_STMT
#undef WEFT_AST_STMT2

// ---------------------------------------------------------------------------------------------
// The root. Owns the arena that holds every node of the tree.

enum class ModKind : uint8_t { Module, Interactive, Expression };

// A warning found while parsing, e.g. SyntaxWarning "invalid escape sequence '\\d'". CPython
// reports it through the warnings module at compile time (stderr: "<file>:<lineno>: SyntaxWarning:
// invalid escape sequence '\\d'"); the caller decides how to issue it.
struct CompileWarning {
  int lineno = 0;
  int col_offset = 0;
  const char* category = "SyntaxWarning";  // Python class name
  std::string msg;
};

struct Module {
  ModKind kind = ModKind::Module;
  std::vector<Stmt*> body;  // Module and Interactive
  Expr* expr = nullptr;     // Expression (eval mode)
  std::string filename;
  std::string source;       // a copy of the (decoded, UTF-8) source, for error lines
  std::vector<CompileWarning> warnings;  // in source order
  Arena arena;

  template <class T, class... A>
  T* make(A&&... a) { return arena.make<T>(std::forward<A>(a)...); }

  // The text of 1-based line `lineno` without its newline ("" when out of range). Used to fill
  // SyntaxErrorInfo::text for errors found after parsing (symtable, code generator).
  std::string_view line(int lineno) const;
};

// ---------------------------------------------------------------------------------------------
// Dumps in the format of CPython's `ast.dump(node)` (no positions, no indent), e.g.
//   Module(body=[Expr(value=BinOp(left=Constant(value=1), op=Add(), right=Name(id='x', ctx=Load())))])
// Constants are printed as Python reprs. With include_attributes, positions are appended like
// ast.dump(..., include_attributes=True).
std::string dump(const Module& m, bool include_attributes = false);
std::string dump(const Stmt* s, bool include_attributes = false);
std::string dump(const Expr* e, bool include_attributes = false);
std::string dump(const Pattern* p, bool include_attributes = false);
// Python's repr() of a constant (e.g. for messages such as "mapping pattern checks duplicate key ('a')").
std::string constant_repr(const ConstantValue& v);

}  // namespace weft::ast
