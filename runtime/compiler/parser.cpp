// The parser (see parser.h): recursive descent over the token vector, precedence climbing for the
// binary operators, Python 3.12's grammar.
//
// Errors: a parse error aborts the whole parse, so it is thrown as a C++ exception (ParseError)
// and caught once in parse(); nothing else in the front end throws. CPython's PEG parser finds a
// better message for many errors in a second pass over "invalid_*" rules; this parser checks the
// same situations at the point where it notices them (see the invalid_* helpers), and otherwise
// reports "invalid syntax" at the furthest token it looked at, as CPython does.
#include "compiler/parser.h"

#include <cmath>
#include <cstdlib>
#include <cstring>

#include "compiler/lexer.h"

namespace weft {

namespace {

using namespace ast;

struct ParseError {
  SyntaxErrorInfo info;
  bool fatal = false;  // a tokenizer-level error: no backtracking past it
  int furthest_line = 0;  // line of the furthest token the parser had looked at
};

constexpr int kMaxDepth = 6000;  // CPython's MAXSTACK: deeper gives "too complex to parse"
constexpr int kEndZero = -1000;   // an end column that CPython reports as end_offset 0

// Expression names used in messages, as CPython's _PyPegen_get_expr_name.
const char* expr_name(const Expr* e) {
  switch (e->kind) {
    case ExprKind::Attribute: return "attribute";
    case ExprKind::Subscript: return "subscript";
    case ExprKind::Starred: return "starred";
    case ExprKind::Name: return "name";
    case ExprKind::List: return "list";
    case ExprKind::Tuple: return "tuple";
    case ExprKind::Lambda: return "lambda";
    case ExprKind::Call: return "function call";
    case ExprKind::BoolOp: case ExprKind::BinOp: case ExprKind::UnaryOp: return "expression";
    case ExprKind::GeneratorExp: return "generator expression";
    case ExprKind::Yield: case ExprKind::YieldFrom: return "yield expression";
    case ExprKind::Await: return "await expression";
    case ExprKind::ListComp: return "list comprehension";
    case ExprKind::SetComp: return "set comprehension";
    case ExprKind::DictComp: return "dict comprehension";
    case ExprKind::Dict: return "dict literal";
    case ExprKind::Set: return "set display";
    case ExprKind::JoinedStr: case ExprKind::FormattedValue: return "f-string expression";
    case ExprKind::Constant: {
      switch (e->as<Constant>()->value.kind) {
        case ConstantValue::Kind::None: return "None";
        case ConstantValue::Kind::True: return "True";
        case ConstantValue::Kind::False: return "False";
        case ConstantValue::Kind::Ellipsis: return "ellipsis";
        default: return "literal";
      }
    }
    case ExprKind::Compare: return "comparison";
    case ExprKind::IfExp: return "conditional expression";
    case ExprKind::NamedExpr: return "named expression";
    default: return "expression";
  }
}

enum class TargetsType { Star, Del, For };

// CPython's _PyPegen_get_invalid_target: the first sub-expression that cannot be a target.
const Expr* invalid_target(const Expr* e, TargetsType type) {
  switch (e->kind) {
    case ExprKind::List:
      for (const Expr* x : e->as<List>()->elts)
        if (const Expr* bad = invalid_target(x, type)) return bad;
      return nullptr;
    case ExprKind::Tuple:
      for (const Expr* x : e->as<Tuple>()->elts)
        if (const Expr* bad = invalid_target(x, type)) return bad;
      return nullptr;
    case ExprKind::Starred:
      if (type == TargetsType::Del) return e;
      return invalid_target(e->as<Starred>()->value, type);
    case ExprKind::Compare:
      if (type == TargetsType::For) {
        auto* c = e->as<Compare>();
        if (c->ops[0] == CmpOp::In) return invalid_target(c->left, type);
        return nullptr;
      }
      return e;
    case ExprKind::Name: case ExprKind::Subscript: case ExprKind::Attribute:
      return nullptr;
    default:
      return e;
  }
}

// True when `e` is produced by CPython's bitwise_or rule (no comparison/not/and/or/ternary...).
bool is_bitwise_or_level(const Expr* e, bool parenthesized) {
  if (parenthesized) return true;
  switch (e->kind) {
    case ExprKind::Compare: case ExprKind::BoolOp: case ExprKind::IfExp: case ExprKind::Lambda:
    case ExprKind::NamedExpr: case ExprKind::Starred: case ExprKind::Yield: case ExprKind::YieldFrom:
      return false;
    case ExprKind::UnaryOp: return e->as<UnaryOp>()->op != UnaryOpKind::Not;
    default: return true;
  }
}

class Parser {
 public:
  Parser(std::string_view src, const LexResult& lx, Module* mod, ParseMode mode)
      : src_(src), toks_(lx.tokens), lex_(lx), mod_(mod), mode_(mode) {
    eof_index_ = toks_.size();
    while (eof_index_ > 0) {
      Tok t = toks_[eof_index_ - 1].type;
      if (t != Tok::NEWLINE && t != Tok::DEDENT && t != Tok::ENDMARKER) break;
      eof_index_--;
    }
  }

  void parse_file();
  void parse_eval();
  void parse_single();

 private:
  // ---- tokens ------------------------------------------------------------------------------
  const Token& la(size_t k = 0) {
    size_t i = p_ + k;
    if (i >= toks_.size()) i = toks_.size() - 1;
    if (i > furthest_) furthest_ = i;
    // CPython's tokenizer fails as soon as the parser asks for the end of input while a bracket
    // is open: "'(' was never closed", whatever the parser was trying.
    if (i >= eof_index_ && !lex_.open_at_eof.empty()) unclosed_bracket();
    return toks_[i];
  }
  [[noreturn]] void unclosed_bracket() {
    const OpenBracket& b = lex_.open_at_eof.back();
    std::string msg = "'";
    msg += b.c;
    msg += "' was never closed";
    try {
      fail_range(b.lineno, b.col, b.lineno, kEndZero, msg);
    } catch (ParseError& e) {
      e.fatal = true;
      throw;
    }
  }
  Tok type(size_t k = 0) { return la(k).type; }
  bool at(Tok t) { return type() == t; }
  const Token& next() {
    const Token& t = la();
    if (p_ < toks_.size() - 1) p_++;
    return t;
  }
  bool accept(Tok t) {
    if (at(t)) { next(); return true; }
    return false;
  }
  const Token& prev() const { return toks_[p_ > 0 ? p_ - 1 : 0]; }
  std::string_view text(const Token& t) const { return src_.substr(t.start, t.end - t.start); }
  std::string ident(const Token& t) const { return normalize_identifier(text(t)); }
  bool at_name(std::string_view s) { return at(Tok::NAME) && text(la()) == s; }
  const Token& expect(Tok t) {
    if (!at(t)) invalid_syntax();
    return next();
  }
  // `&&':'` in CPython's grammar: a forced token with its own message.
  const Token& expect_forced(Tok t, const char* spelled) {
    if (!at(t)) fail_tok(la(), std::string("expected '") + spelled + "'");
    return next();
  }

  // ---- positions ---------------------------------------------------------------------------
  template <class T, class... A>
  T* make(const Token& start, A&&... a) {
    T* n = mod_->make<T>(std::forward<A>(a)...);
    n->lineno = start.lineno;
    n->col_offset = start.col;
    return n;
  }
  template <class T, class... A>
  T* make_at(const Located* start, A&&... a) {
    T* n = mod_->make<T>(std::forward<A>(a)...);
    n->lineno = start->lineno;
    n->col_offset = start->col_offset;
    return n;
  }
  template <class T>
  T* end(T* n) {  // ends at the last consumed token
    const Token& t = prev();
    n->end_lineno = t.end_lineno;
    n->end_col_offset = t.end_col;
    return n;
  }
  // A compound statement ends at the last real token of its block (a trailing ';' counts).
  template <class T>
  T* end_block(T* n) {
    size_t i = p_;
    while (i > 0) {
      Tok t = toks_[i - 1].type;
      if (t != Tok::NEWLINE && t != Tok::DEDENT && t != Tok::INDENT) break;
      i--;
    }
    const Token& t = toks_[i > 0 ? i - 1 : 0];
    n->end_lineno = t.end_lineno;
    n->end_col_offset = t.end_col;
    return n;
  }
  template <class T>
  T* end_as(T* n, const Located* last) {
    n->end_lineno = last->end_lineno;
    n->end_col_offset = last->end_col_offset;
    return n;
  }

  // ---- errors ------------------------------------------------------------------------------
  [[noreturn]] void fail_range(int l1, int c1, int l2, int c2, std::string msg,
                               SyntaxErrorInfo::Kind kind = SyntaxErrorInfo::Syntax) {
    ParseError e;
    e.info.kind = kind;
    e.info.msg = std::move(msg);
    std::string_view line = source_line(src_, l1);
    e.info.lineno = l1;
    e.info.offset = char_offset(line, c1);
    e.info.end_lineno = l2;
    e.info.end_offset = c2 == kEndZero ? 0 : c2 < 0 ? c2 : char_offset(l2 == l1 ? line : source_line(src_, l2), c2);
    e.info.text = std::string(line);
    // CPython takes the text from the tokenizer's buffer (with its '\n') when the error is on
    // the last line it has read, and from the source without the '\n' otherwise.
    if (l1 >= tokenizer_line()) e.info.text += "\n";
    e.info.has_text = true;
    e.furthest_line = toks_[furthest_ < toks_.size() ? furthest_ : toks_.size() - 1].lineno;
    throw e;
  }
  [[noreturn]] void fail_tok(const Token& t, std::string msg, SyntaxErrorInfo::Kind kind = SyntaxErrorInfo::Syntax) {
    fail_range(t.lineno, t.col, t.end_lineno, t.end_col, std::move(msg), kind);
  }
  [[noreturn]] void fail_node(const Located* n, std::string msg) {
    fail_range(n->lineno, n->col_offset, n->end_lineno, n->end_col_offset, std::move(msg));
  }
  [[noreturn]] void fail_nodes(const Located* a, const Located* b, std::string msg) {
    fail_range(a->lineno, a->col_offset, b->end_lineno, b->end_col_offset, std::move(msg));
  }
  [[noreturn]] void invalid_syntax();
  // The last line CPython's tokenizer would have read: that of the furthest token, or the last
  // line of the source when that token is at the end of input.
  int tokenizer_line() {
    size_t i = furthest_ < toks_.size() ? furthest_ : toks_.size() - 1;
    if (at_eof(i)) return last_line();
    return toks_[i].lineno;
  }
  bool at_eof(size_t i) const {
    for (size_t k = i; k < toks_.size(); k++) {
      Tok t = toks_[k].type;
      if (t != Tok::NEWLINE && t != Tok::DEDENT && t != Tok::ENDMARKER) return false;
    }
    return true;
  }
  int last_line() const {
    int n = 0;
    for (char c : src_) n += c == '\n';
    return n > 0 ? n : 1;
  }
  // Errors CPython reports at the end of input point just past the last line's text.
  [[noreturn]] void fail_eof_or_tok(const Token& t, std::string msg, SyntaxErrorInfo::Kind kind) {
    if (at_eof(static_cast<size_t>(&t - toks_.data()))) {
      int l = last_line();
      std::string_view line = source_line(src_, l);
      fail_range(l, static_cast<int>(line.size()), l, -1, std::move(msg), kind);
    }
    fail_range(t.lineno, t.col, t.end_lineno, t.end_col, std::move(msg), kind);
  }

  struct DepthGuard {
    Parser* p;
    explicit DepthGuard(Parser* pp, int n = 1) : p(pp) {
      p->depth_ += n;
      if (p->depth_ > kMaxDepth) {
        ParseError e;
        e.info.kind = SyntaxErrorInfo::Memory;
        e.info.msg = "Parser stack overflowed - Python source too complex to parse";
        throw e;
      }
      inc = n;
    }
    ~DepthGuard() { p->depth_ -= inc; }
    int inc;
  };

  // ---- statements --------------------------------------------------------------------------
  void statements_until(std::vector<Stmt*>& out, Tok stop);
  void statement(std::vector<Stmt*>& out);
  void simple_stmts(std::vector<Stmt*>& out);
  Stmt* simple_stmt();
  Stmt* expr_or_assign_stmt();
  Stmt* compound_stmt();
  void block(std::vector<Stmt*>& out, const std::string& what, int line);
  Stmt* if_stmt(bool elif);
  Stmt* while_stmt();
  Stmt* for_stmt(const Token* async_tok);
  Stmt* with_stmt(const Token* async_tok);
  Stmt* try_stmt();
  Stmt* funcdef(std::vector<Expr*> decorators, const Token* async_tok, const Token& start);
  Stmt* classdef(std::vector<Expr*> decorators, const Token& start);
  Stmt* decorated();
  Stmt* match_stmt();
  Stmt* import_stmt();
  Stmt* from_import_stmt();
  Stmt* return_stmt();
  Stmt* raise_stmt();
  Stmt* global_stmt(bool nonlocal);
  Stmt* del_stmt();
  Stmt* assert_stmt();
  WithItem* with_item();

  // ---- expressions -------------------------------------------------------------------------
  Expr* expression();           // ternary | lambda
  Expr* expression_no_check();  // without the invalid_expression checks
  Expr* named_expression();
  Expr* star_expressions();     // a, *b, c -> Tuple
  Expr* star_expression();
  Expr* star_named_expression();
  Expr* yield_expr();
  Expr* disjunction();
  Expr* conjunction();
  Expr* inversion();
  Expr* comparison();
  Expr* bitwise_or();
  Expr* binary(int min_prec);
  Expr* factor();
  Expr* power();
  Expr* await_primary();
  Expr* primary();
  Expr* atom();
  Expr* paren_atom();
  Expr* list_atom();
  Expr* brace_atom();
  Expr* slices();
  Expr* slice_item();
  Expr* lambdef();
  Expr* strings();
  Expr* number(const Token& t);
  void call_args(Call* call);
  std::vector<Comprehension*> for_if_clauses();
  bool at_comprehension() { return at(Tok::KW_FOR) || (at(Tok::KW_ASYNC) && type(1) == Tok::KW_FOR); }
  bool starts_expression(Tok t);
  void check_invalid_named(Expr* a, bool parenthesized);
  void check_juxtaposed(Expr* a, size_t a_start);
  Arguments* parameters(bool lambda);
  std::vector<TypeParam*> type_params(bool alias = false);
  Stmt* type_alias();
  Arg* param(bool lambda, bool allow_star_annotation);

  // f-strings
  struct Pending;
  void fstring(std::vector<Expr*>& parts, Pending& pend, const Token& first);
  Expr* fstring_field(const Token& lbrace, Pending& pend);
  Expr* fstring_spec(const Token& colon);
  void flush_pending(std::vector<Expr*>& parts, Pending& pend);
  void add_warnings(const std::vector<DecodeWarning>& warns, const Token& t);

  // targets
  void set_ctx(Expr* e, ExprContext ctx);

  // patterns
  Pattern* patterns();
  Pattern* pattern();
  Pattern* or_pattern();
  Pattern* closed_pattern();
  Pattern* sequence_pattern_items(Tok close, const Token& open);
  Pattern* mapping_pattern();
  Pattern* class_pattern(Expr* cls);
  Expr* literal_expr_for_pattern(bool& is_singleton, ConstantValue& single);
  Expr* signed_number();
  Pattern* star_pattern();

  std::string_view src_;
  const std::vector<Token>& toks_;
  const LexResult& lex_;
  Module* mod_;
  ParseMode mode_;
  size_t p_ = 0;
  size_t furthest_ = 0;
  size_t eof_index_ = 0;  // first token of the NEWLINE/DEDENT/ENDMARKER run at the end
  int depth_ = 33;  // CPython's parser is ~33 levels deep before the first expression
  // Expressions that came out of a parenthesised group (`(x)`), for AnnAssign.simple and the
  // messages that CPython words differently for them.
  std::vector<const Expr*> parenthesized_;
  bool is_parenthesized(const Expr* e) const {
    for (auto* x : parenthesized_) if (x == e) return true;
    return false;
  }

  friend struct DepthGuard;
};

// ---------------------------------------------------------------------------------------------
// Generic errors.

void Parser::invalid_syntax() {
  const Token& t = toks_[furthest_ < toks_.size() ? furthest_ : toks_.size() - 1];
  if (t.type == Tok::INDENT) {
    // CPython: offset = the width of the indentation in characters, end_offset -1.
    std::string_view line = source_line(src_, t.lineno);
    fail_range(t.lineno, t.end_col > 0 ? t.end_col - 1 : 0, t.lineno, -1, "unexpected indent",
               SyntaxErrorInfo::Indentation);
    (void)line;
  }
  if (t.type == Tok::DEDENT && furthest_ + 1 < toks_.size()) {
    const Token& n = toks_[furthest_ + 1];
    if (n.type != Tok::ENDMARKER)
      fail_range(n.lineno, n.col, n.lineno, -1, "unindent does not match any outer indentation level",
                 SyntaxErrorInfo::Indentation);
  }
  if (at_eof(furthest_) && !lex_.open_at_eof.empty()) {
    const OpenBracket& b = lex_.open_at_eof.back();
    std::string msg = "'";
    msg += b.c;
    msg += "' was never closed";
    fail_range(b.lineno, b.col, b.lineno, kEndZero, msg);
  }
  if (t.type == Tok::ENDMARKER) {
    // CPython: "unexpected EOF while parsing" is only for a few cases; at end of input the
    // error points just past the last line.
    fail_range(t.lineno, t.col, t.lineno, t.col + 1, "invalid syntax");
  }
  fail_tok(t, "invalid syntax");
}

bool Parser::starts_expression(Tok t) {
  switch (t) {
    case Tok::NAME: case Tok::NUMBER: case Tok::STRING: case Tok::FSTRING_START: case Tok::LPAR:
    case Tok::LSQB: case Tok::LBRACE: case Tok::MINUS: case Tok::PLUS: case Tok::TILDE: case Tok::KW_NOT:
    case Tok::KW_LAMBDA: case Tok::KW_AWAIT: case Tok::KW_NONE: case Tok::KW_TRUE: case Tok::KW_FALSE:
    case Tok::ELLIPSIS:
      return true;
    default:
      return false;
  }
}

// CPython's invalid_named_expression: `a = b` where a named expression was expected.
void Parser::check_invalid_named(Expr* a, bool parenthesized) {
  if (!at(Tok::EQUAL)) return;
  size_t save = p_;
  size_t save_f = furthest_;
  next();
  Expr* b = nullptr;
  try {
    if (starts_expression(type()) && type() != Tok::KW_NOT && type() != Tok::KW_LAMBDA) b = bitwise_or();
  } catch (ParseError& e) {
    if (e.fatal) throw;
    b = nullptr;
  }
  bool ok = b && !at(Tok::EQUAL) && !at(Tok::COLONEQUAL);
  p_ = save;
  furthest_ = save_f;
  if (!ok) return;
  if (a->kind == ExprKind::Name && !parenthesized)
    fail_nodes(a, b, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
  bool excluded = a->kind == ExprKind::List || a->kind == ExprKind::Tuple || a->kind == ExprKind::GeneratorExp ||
                  (a->kind == ExprKind::Constant && (a->as<Constant>()->value.kind == ConstantValue::Kind::True ||
                                                     a->as<Constant>()->value.kind == ConstantValue::Kind::False ||
                                                     a->as<Constant>()->value.kind == ConstantValue::Kind::None));
  if (!excluded && is_bitwise_or_level(a, parenthesized))
    fail_node(a, std::string("cannot assign to ") + expr_name(a) + " here. Maybe you meant '==' instead of '='?");
}

// CPython's invalid_expression / invalid_legacy_expression: two expressions side by side.
void Parser::check_juxtaposed(Expr* a, size_t a_start) {
  Tok t = type();
  if (!starts_expression(t)) return;
  const Token& first = toks_[a_start];
  bool legacy = a->kind == ExprKind::Name && (a->as<Name>()->id == "print" || a->as<Name>()->id == "exec") &&
                a_start + 1 == p_;
  if (legacy && t != Tok::LPAR) {
    size_t save = p_;
    Expr* b = nullptr;
    try {
      b = star_expressions();
    } catch (ParseError& e) {
      if (e.fatal) throw;
      b = nullptr;
    }
    if (b) {
      const std::string& id = a->as<Name>()->id;
      fail_nodes(a, b, "Missing parentheses in call to '" + id + "'. Did you mean " + id + "(...)?");
    }
    p_ = save;
    return;
  }
  if (first.type == Tok::NAME && a_start + 1 < toks_.size() &&
      (toks_[a_start + 1].type == Tok::STRING || toks_[a_start + 1].type == Tok::FSTRING_START))
    return;
  if (first.type == Tok::NAME) {
    std::string_view s = text(first);
    if (s == "match" || s == "case" || s == "_" || s == "type") return;
  }
  size_t save = p_;
  size_t save_f = furthest_;
  Expr* b = nullptr;
  try {
    b = expression_no_check();
  } catch (ParseError& e) {
    if (e.fatal) throw;
    b = nullptr;
  }
  if (b && prev().level > 0) fail_nodes(a, b, "invalid syntax. Perhaps you forgot a comma?");
  p_ = save;
  furthest_ = save_f;
}

// ---------------------------------------------------------------------------------------------
// Files, blocks, statements.

void Parser::parse_file() {
  statements_until(mod_->body, Tok::ENDMARKER);
}

void Parser::parse_eval() {
  while (accept(Tok::NEWLINE)) {}
  Expr* e;
  const Token& start = la();
  e = expression();
  if (at(Tok::COMMA)) {
    auto* t = make<Tuple>(start);
    t->elts.push_back(e);
    while (accept(Tok::COMMA)) {
      if (!starts_expression(type()) && !at(Tok::STAR)) break;
      t->elts.push_back(at(Tok::STAR) ? star_expression() : expression());
    }
    end(t);
    e = t;
  }
  while (accept(Tok::NEWLINE)) {}
  if (!at(Tok::ENDMARKER)) invalid_syntax();
  mod_->expr = e;
}

void Parser::parse_single() {
  while (accept(Tok::NEWLINE)) {}
  if (at(Tok::ENDMARKER)) return;
  statement(mod_->body);
  while (accept(Tok::NEWLINE)) {}
  if (!at(Tok::ENDMARKER)) {
    const Token& t = la();
    fail_tok(t, "multiple statements found while compiling a single statement");
  }
}

void Parser::statements_until(std::vector<Stmt*>& out, Tok stop) {
  while (!at(stop)) {
    if (at(Tok::ENDMARKER)) invalid_syntax();
    statement(out);
  }
}

void Parser::statement(std::vector<Stmt*>& out) {
  if (Stmt* s = compound_stmt()) {
    out.push_back(s);
    return;
  }
  simple_stmts(out);
}

void Parser::simple_stmts(std::vector<Stmt*>& out) {
  while (true) {
    out.push_back(simple_stmt());
    if (accept(Tok::SEMI)) {
      if (at(Tok::NEWLINE)) break;
      continue;
    }
    break;
  }
  if (!at(Tok::NEWLINE)) invalid_syntax();
  next();
}

Stmt* Parser::simple_stmt() {
  const Token& t = la();
  switch (t.type) {
    case Tok::KW_PASS: next(); return end(make<Pass>(t));
    case Tok::KW_BREAK: next(); return end(make<Break>(t));
    case Tok::KW_CONTINUE: next(); return end(make<Continue>(t));
    case Tok::KW_RETURN: return return_stmt();
    case Tok::KW_IMPORT: return import_stmt();
    case Tok::KW_FROM: return from_import_stmt();
    case Tok::KW_RAISE: return raise_stmt();
    case Tok::KW_GLOBAL: return global_stmt(false);
    case Tok::KW_NONLOCAL: return global_stmt(true);
    case Tok::KW_DEL: return del_stmt();
    case Tok::KW_ASSERT: return assert_stmt();
    case Tok::INDENT: invalid_syntax();
    case Tok::NAME:
      // `type X = ...` / `type X[T] = ...`: soft keyword followed by a name.
      if (text(t) == "type" && type(1) == Tok::NAME && (type(2) == Tok::EQUAL || type(2) == Tok::LSQB))
        return type_alias();
      return expr_or_assign_stmt();
    default: return expr_or_assign_stmt();
  }
}

static bool is_aug(Tok t, Operator& op) {
  switch (t) {
    case Tok::PLUSEQUAL: op = Operator::Add; return true;
    case Tok::MINEQUAL: op = Operator::Sub; return true;
    case Tok::STAREQUAL: op = Operator::Mult; return true;
    case Tok::ATEQUAL: op = Operator::MatMult; return true;
    case Tok::SLASHEQUAL: op = Operator::Div; return true;
    case Tok::PERCENTEQUAL: op = Operator::Mod; return true;
    case Tok::AMPEREQUAL: op = Operator::BitAnd; return true;
    case Tok::VBAREQUAL: op = Operator::BitOr; return true;
    case Tok::CIRCUMFLEXEQUAL: op = Operator::BitXor; return true;
    case Tok::LEFTSHIFTEQUAL: op = Operator::LShift; return true;
    case Tok::RIGHTSHIFTEQUAL: op = Operator::RShift; return true;
    case Tok::DOUBLESTAREQUAL: op = Operator::Pow; return true;
    case Tok::DOUBLESLASHEQUAL: op = Operator::FloorDiv; return true;
    default: return false;
  }
}

Stmt* Parser::expr_or_assign_stmt() {
  const Token& start = la();
  size_t start_idx = p_;
  Expr* first = at(Tok::KW_YIELD) ? yield_expr() : star_expressions();

  // Annotated assignment.
  if (at(Tok::COLON)) {
    const Token& colon = la();
    if (first->kind == ExprKind::Tuple && !is_parenthesized(first) && start.type != Tok::LPAR) {
      fail_node(first->as<Tuple>()->elts[0], "only single target (not tuple) can be annotated");
    }
    if (first->kind == ExprKind::Tuple || first->kind == ExprKind::List)
      fail_node(first, std::string("only single target (not ") + (first->kind == ExprKind::Tuple ? "tuple" : "list") +
                           ") can be annotated");
    if (first->kind != ExprKind::Name && first->kind != ExprKind::Attribute && first->kind != ExprKind::Subscript) {
      next();
      if (starts_expression(type())) {
        expression();
        fail_node(first, "illegal target for annotation");
      }
      invalid_syntax();
    }
    (void)colon;
    next();
    auto* s = make<AnnAssign>(start);
    s->target = first;
    set_ctx(first, ExprContext::Store);
    s->simple = first->kind == ExprKind::Name && start.type != Tok::LPAR;
    s->annotation = expression();
    if (accept(Tok::EQUAL)) s->value = at(Tok::KW_YIELD) ? yield_expr() : star_expressions();
    return end(s);
  }

  Operator op;
  if (is_aug(type(), op)) {
    if (first->kind != ExprKind::Name && first->kind != ExprKind::Attribute && first->kind != ExprKind::Subscript)
      fail_node(first, std::string("'") + expr_name(first) + "' is an illegal expression for augmented assignment");
    next();
    auto* s = make<AugAssign>(start);
    s->target = first;
    set_ctx(first, ExprContext::Store);
    s->op = op;
    s->value = at(Tok::KW_YIELD) ? yield_expr() : star_expressions();
    return end(s);
  }

  if (at(Tok::EQUAL)) {
    std::vector<Expr*> chain{first};
    std::vector<size_t> starts{start_idx};
    while (accept(Tok::EQUAL)) {
      starts.push_back(p_);
      chain.push_back(at(Tok::KW_YIELD) ? yield_expr() : star_expressions());
    }
    Expr* value = chain.back();
    chain.pop_back();
    // Valid targets?
    bool bad = false;
    for (Expr* t : chain)
      if (t->kind == ExprKind::Yield || t->kind == ExprKind::YieldFrom || invalid_target(t, TargetsType::Star))
        bad = true;
    if (bad) {
      // CPython's invalid_assignment, in its order. First: the named-expression check on the
      // last element of the first target, against what follows its '='.
      Expr* e1 = chain[0];
      Expr* cand = e1;
      bool cand_paren = is_parenthesized(e1) || toks_[start_idx].type == Tok::LPAR;
      if (e1->kind == ExprKind::Tuple && !is_parenthesized(e1) && toks_[start_idx].type != Tok::LPAR) {
        cand = e1->as<Tuple>()->elts.back();
        cand_paren = is_parenthesized(cand);
      }
      Expr* e2 = chain.size() > 1 ? chain[1] : value;
      bool e2_is_last = chain.size() == 1;
      if (cand->kind != ExprKind::Starred && e2->kind != ExprKind::Yield && e2->kind != ExprKind::YieldFrom &&
          e2->kind != ExprKind::Starred) {
        Expr* b = e2;
        bool stops = true;  // is the bitwise_or prefix of e2 followed by something other than '='?
        if (e2->kind == ExprKind::Tuple && !is_parenthesized(e2) && toks_[starts[1]].type != Tok::LPAR) {
          b = e2->as<Tuple>()->elts[0];
          if (b->kind == ExprKind::Starred) b = nullptr;
        } else if (is_bitwise_or_level(e2, is_parenthesized(e2))) {
          stops = e2_is_last;
        }
        // The bitwise_or prefix of a non-bitwise_or expression is its leftmost operand.
        while (b && !is_bitwise_or_level(b, is_parenthesized(b))) {
          if (b->kind == ExprKind::Compare) b = b->as<Compare>()->left;
          else if (b->kind == ExprKind::BoolOp) b = b->as<BoolOp>()->values[0];
          else if (b->kind == ExprKind::IfExp) b = b->as<IfExp>()->body;
          else b = nullptr;
        }
        if (b && stops) {
          if (cand->kind == ExprKind::Name && !cand_paren)
            fail_nodes(cand, b, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
          bool excluded =
              cand->kind == ExprKind::List || cand->kind == ExprKind::Tuple || cand->kind == ExprKind::GeneratorExp ||
              (cand->kind == ExprKind::Constant &&
               (cand->as<Constant>()->value.kind == ConstantValue::Kind::True ||
                cand->as<Constant>()->value.kind == ConstantValue::Kind::False ||
                cand->as<Constant>()->value.kind == ConstantValue::Kind::None));
          if (!excluded && is_bitwise_or_level(cand, cand_paren))
            fail_node(cand, std::string("cannot assign to ") + expr_name(cand) +
                                " here. Maybe you meant '==' instead of '='?");
        }
      }
      for (Expr* t : chain) {
        if ((t->kind == ExprKind::Yield || t->kind == ExprKind::YieldFrom) && !is_parenthesized(t))
          fail_node(t, "assignment to yield expression not possible");
        if (const Expr* inv = invalid_target(t, TargetsType::Star))
          fail_node(inv, std::string("cannot assign to ") + expr_name(inv));
      }
    }
    auto* s = make<Assign>(start);
    for (Expr* t : chain) set_ctx(t, ExprContext::Store);
    s->targets = std::move(chain);
    s->value = value;
    return end(s);
  }

  if (first->kind == ExprKind::Yield || first->kind == ExprKind::YieldFrom || true) {
    auto* s = make<ExprStmt>(start);
    s->value = first;
    end(s);
    if (!at(Tok::NEWLINE) && !at(Tok::SEMI)) {
      // `x := 1` at statement level, juxtaposed expressions, print "x", ...
      check_juxtaposed(first, start_idx);
      invalid_syntax();
    }
    return s;
  }
}

void Parser::block(std::vector<Stmt*>& out, const std::string& what, int line) {
  if (accept(Tok::NEWLINE)) {
    if (!at(Tok::INDENT)) {
      fail_eof_or_tok(la(), "expected an indented block after " + what + " on line " + std::to_string(line),
                      SyntaxErrorInfo::Indentation);
    }
    next();
    statements_until(out, Tok::DEDENT);
    next();
    return;
  }
  simple_stmts(out);
}

Stmt* Parser::compound_stmt() {
  const Token& t = la();
  switch (t.type) {
    case Tok::KW_IF: return if_stmt(false);
    case Tok::KW_WHILE: return while_stmt();
    case Tok::KW_FOR: return for_stmt(nullptr);
    case Tok::KW_WITH: return with_stmt(nullptr);
    case Tok::KW_TRY: return try_stmt();
    case Tok::KW_DEF: return funcdef({}, nullptr, t);
    case Tok::KW_CLASS: return classdef({}, t);
    case Tok::AT: return decorated();
    case Tok::KW_ASYNC: {
      Tok n = type(1);
      if (n == Tok::KW_DEF) { next(); return funcdef({}, &t, t); }
      if (n == Tok::KW_FOR) { next(); return for_stmt(&t); }
      if (n == Tok::KW_WITH) { next(); return with_stmt(&t); }
      next();
      invalid_syntax();
    }
    case Tok::NAME:
      if (text(t) == "match") return match_stmt();
      return nullptr;
    default:
      return nullptr;
  }
}

// The ':' after a compound statement header: CPython says "expected ':'" when the line ends.
static const char* kExpectedColon = "expected ':'";

Stmt* Parser::if_stmt(bool elif) {
  const Token& kw = next();
  auto* s = make<If>(kw);
  s->test = named_expression();
  if (!at(Tok::COLON)) {
    if (at(Tok::NEWLINE)) fail_tok(la(), kExpectedColon);
    invalid_syntax();
  }
  next();
  block(s->body, elif ? "'elif' statement" : "'if' statement", kw.lineno);
  if (at(Tok::KW_ELIF)) {
    s->orelse.push_back(if_stmt(true));
  } else if (at(Tok::KW_ELSE)) {
    const Token& e = next();
    expect_forced(Tok::COLON, ":");
    block(s->orelse, "'else' statement", e.lineno);
  }
  if (s->orelse.empty()) return end_block(s);
  return end_block(s);
}

Stmt* Parser::while_stmt() {
  const Token& kw = next();
  auto* s = make<While>(kw);
  s->test = named_expression();
  if (!at(Tok::COLON)) {
    if (at(Tok::NEWLINE)) fail_tok(la(), kExpectedColon);
    invalid_syntax();
  }
  next();
  block(s->body, "'while' statement", kw.lineno);
  if (at(Tok::KW_ELSE)) {
    const Token& e = next();
    expect_forced(Tok::COLON, ":");
    block(s->orelse, "'else' statement", e.lineno);
    return end_block(s);
  }
  return end_block(s);
}

Stmt* Parser::for_stmt(const Token* async_tok) {
  const Token& kw = next();
  auto* s = make<For>(async_tok ? *async_tok : kw, async_tok ? StmtKind::AsyncFor : StmtKind::For);
  // Targets: star_targets, parsed as expressions and checked. The 'in' of a comparison must not
  // be swallowed, so parse at bitwise_or level per element.
  const Token& tstart = la();
  Expr* target;
  {
    std::vector<Expr*> elts;
    bool trailing = false;
    do {
      if (at(Tok::KW_IN)) { trailing = true; break; }
      if (at(Tok::STAR)) {
        const Token& st = next();
        auto* e = make<Starred>(st);
        e->value = bitwise_or();
        elts.push_back(end(e));
      } else {
        elts.push_back(bitwise_or());
      }
    } while (accept(Tok::COMMA));
    if (elts.empty()) invalid_syntax();
    if (elts.size() == 1 && !trailing && prev().type != Tok::COMMA) {
      target = elts[0];
    } else {
      auto* t = make<Tuple>(tstart);
      t->elts = std::move(elts);
      target = end(t);
    }
  }
  if (!at(Tok::KW_IN)) {
    // `for x y`, `for f() = ...`: CPython checks the target first.
    if (const Expr* bad = invalid_target(target, TargetsType::For))
      fail_node(bad, std::string("cannot assign to ") + expr_name(bad));
    invalid_syntax();
  }
  if (const Expr* bad = invalid_target(target, TargetsType::For))
    fail_node(bad, std::string("cannot assign to ") + expr_name(bad));
  set_ctx(target, ExprContext::Store);
  s->target = target;
  next();
  s->iter = star_expressions();
  expect_forced(Tok::COLON, ":");
  block(s->body, "'for' statement", kw.lineno);
  if (at(Tok::KW_ELSE)) {
    const Token& e = next();
    expect_forced(Tok::COLON, ":");
    block(s->orelse, "'else' statement", e.lineno);
    return end_block(s);
  }
  return end_block(s);
}

WithItem* Parser::with_item() {
  auto* w = mod_->make<WithItem>();
  w->context_expr = expression();
  if (accept(Tok::KW_AS)) {
    Expr* t = star_expression();
    // The target is a star_target; `with a as b, c:` has two items, so no tuple here.
    if (const Expr* bad = invalid_target(t, TargetsType::Star))
      fail_node(bad, std::string("cannot assign to ") + expr_name(bad));
    set_ctx(t, ExprContext::Store);
    w->optional_vars = t;
  }
  return w;
}

Stmt* Parser::with_stmt(const Token* async_tok) {
  const Token& kw = next();
  auto* s = make<With>(async_tok ? *async_tok : kw, async_tok ? StmtKind::AsyncWith : StmtKind::With);
  bool done = false;
  if (at(Tok::LPAR)) {
    // `with (a as b, c as d):` — try the parenthesised item list first, as CPython.
    size_t save = p_;
    size_t save_f = furthest_;
    try {
      next();
      std::vector<WithItem*> items;
      while (true) {
        items.push_back(with_item());
        if (!accept(Tok::COMMA)) break;
        if (at(Tok::RPAR)) break;
      }
      expect(Tok::RPAR);
      if (!at(Tok::COLON)) throw ParseError{};
      s->items = std::move(items);
      done = true;
    } catch (ParseError& e) {
      if (e.fatal) throw;
      p_ = save;
      furthest_ = save_f;
    }
  }
  if (!done) {
    while (true) {
      s->items.push_back(with_item());
      if (!accept(Tok::COMMA)) break;
    }
  }
  if (!at(Tok::COLON)) {
    if (at(Tok::NEWLINE)) fail_tok(la(), kExpectedColon);
    invalid_syntax();
  }
  next();
  block(s->body, "'with' statement", kw.lineno);
  return end_block(s);
}

Stmt* Parser::try_stmt() {
  const Token& kw = next();
  auto* s = make<Try>(kw);
  expect_forced(Tok::COLON, ":");
  block(s->body, "'try' statement", kw.lineno);
  bool star = false, plain = false;
  while (at(Tok::KW_EXCEPT)) {
    const Token& ex = next();
    bool is_star = accept(Tok::STAR);
    if (is_star) star = true; else plain = true;
    if (star && plain) fail_tok(ex, "cannot have both 'except' and 'except*' on the same 'try'");
    auto* h = make<ExceptHandler>(ex);
    if (!at(Tok::COLON)) {
      if (at(Tok::NEWLINE)) fail_tok(la(), kExpectedColon);
      const Token& tstart = la();
      Expr* t = expression();
      if (at(Tok::COMMA)) {
        // `except A, B:` needs parentheses.
        auto* tup = make<Tuple>(tstart);
        tup->elts.push_back(t);
        while (accept(Tok::COMMA)) tup->elts.push_back(expression());
        end(tup);
        if (at(Tok::COLON) || at(Tok::KW_AS))
          fail_node(tup, "multiple exception types must be parenthesized");
        invalid_syntax();
      }
      h->type = t;
      if (accept(Tok::KW_AS)) {
        if (!at(Tok::NAME)) {
          if (starts_expression(type())) {
            Expr* bad = expression();
            fail_node(bad, std::string("cannot use ") + expr_name(bad) + " as except target");
          }
          invalid_syntax();
        }
        h->name = ident(next());
        if (at(Tok::DOT) || at(Tok::LSQB) || at(Tok::LPAR)) {
          // `except E as a.b:` — CPython: "cannot use attribute as except target"
          p_--;
          Expr* bad = expression();
          fail_node(bad, std::string("cannot use ") + expr_name(bad) + " as except target");
        }
      }
      if (!at(Tok::COLON)) {
        if (at(Tok::NEWLINE)) fail_tok(la(), kExpectedColon);
        invalid_syntax();
      }
    } else if (is_star) {
      fail_tok(la(), "expected one or more exception types");
    }
    next();
    block(h->body, is_star ? "'except*' statement" : "'except' statement", ex.lineno);
    end_block(h);
    s->handlers.push_back(h);
  }
  if (star) s->kind = StmtKind::TryStar;
  if (at(Tok::KW_ELSE)) {
    if (s->handlers.empty()) invalid_syntax();
    const Token& e = next();
    expect_forced(Tok::COLON, ":");
    block(s->orelse, "'else' statement", e.lineno);
  }
  if (at(Tok::KW_FINALLY)) {
    const Token& f = next();
    expect_forced(Tok::COLON, ":");
    block(s->finalbody, "'finally' statement", f.lineno);
  }
  if (s->handlers.empty() && s->finalbody.empty())
    fail_eof_or_tok(la(), "expected 'except' or 'finally' block", SyntaxErrorInfo::Syntax);
  // A bare `except:` must be last.
  for (size_t i = 0; i + 1 < s->handlers.size(); i++)
    if (!s->handlers[i]->type) fail_node(s->handlers[i], "default 'except:' must be last");
  return end_block(s);
}

Stmt* Parser::decorated() {
  std::vector<Expr*> decos;
  while (at(Tok::AT)) {
    next();
    decos.push_back(named_expression());
    expect(Tok::NEWLINE);
  }
  const Token& t = la();
  if (t.type == Tok::KW_DEF) return funcdef(std::move(decos), nullptr, t);
  if (t.type == Tok::KW_ASYNC && type(1) == Tok::KW_DEF) {
    next();
    return funcdef(std::move(decos), &t, t);
  }
  if (t.type == Tok::KW_CLASS) return classdef(std::move(decos), t);
  invalid_syntax();
}

Arg* Parser::param(bool lambda, bool allow_star_annotation) {
  const Token& n = la();
  if (n.type != Tok::NAME) invalid_syntax();
  next();
  auto* a = make<Arg>(n);
  a->arg = ident(n);
  if (!lambda && accept(Tok::COLON)) {
    if (allow_star_annotation && at(Tok::STAR)) {
      a->annotation = star_expression();
    } else {
      a->annotation = expression();
    }
  }
  return end(a);
}

// Parameters of def (up to ')') or lambda (up to ':').
Arguments* Parser::parameters(bool lambda) {
  auto* args = mod_->make<Arguments>();
  Tok close = lambda ? Tok::COLON : Tok::RPAR;
  bool seen_default = false;
  bool seen_slash = false;
  bool seen_star = false;  // '*' or '*args'
  const Token* bare_star = nullptr;
  std::vector<Arg*> positional;
  while (!at(close)) {
    const Token& t = la();
    if (t.type == Tok::SLASH) {
      if (seen_slash) fail_tok(t, "/ may appear only once");
      if (seen_star) fail_tok(t, "/ must be ahead of *");
      if (positional.empty()) fail_tok(t, "invalid syntax");
      next();
      seen_slash = true;
      args->posonlyargs = std::move(positional);
      positional.clear();
    } else if (t.type == Tok::STAR) {
      if (seen_star) {
        next();
        fail_tok(t, "* argument may appear only once");
      }
      if (args->kwarg) fail_tok(t, "arguments cannot follow var-keyword argument");
      next();
      seen_star = true;
      if (at(Tok::COMMA) || at(close)) {
        bare_star = &t;
        if (at(close)) fail_tok(lambda ? la() : t, "named arguments must follow bare *");
        if (at(Tok::COMMA) && (type(1) == close || type(1) == Tok::DOUBLESTAR))
          fail_tok(t, "named arguments must follow bare *");
      } else {
        if (at(Tok::DOUBLESTAR)) fail_tok(t, "named arguments must follow bare *");
        if (!at(Tok::NAME)) invalid_syntax();
        args->vararg = param(lambda, true);
        if (at(Tok::EQUAL)) fail_tok(la(), lambda ? "var-positional argument cannot have default value"
                                                  : "var-positional argument cannot have default value");
      }
    } else if (t.type == Tok::DOUBLESTAR) {
      next();
      args->kwarg = param(lambda, false);
      if (at(Tok::EQUAL)) fail_tok(la(), "var-keyword argument cannot have default value");
      if (accept(Tok::COMMA) && !at(close)) {
        const Token& bad = la();
        fail_tok(bad, "arguments cannot follow var-keyword argument");
      }
      break;
    } else if (t.type == Tok::NAME) {
      Arg* a = param(lambda, false);
      Expr* def = nullptr;
      if (accept(Tok::EQUAL)) def = expression();
      if (seen_star) {
        args->kwonlyargs.push_back(a);
        args->kw_defaults.push_back(def);
      } else {
        if (def) {
          seen_default = true;
          args->defaults.push_back(def);
        } else if (seen_default) {
          fail_node(a, "parameter without a default follows parameter with a default");
        }
        positional.push_back(a);
      }
    } else {
      if (t.type == Tok::LPAR && !lambda) {
        // def f((a, b)): ...
        invalid_syntax();
      }
      invalid_syntax();
    }
    if (!accept(Tok::COMMA)) break;
  }
  (void)bare_star;
  if (!at(close)) invalid_syntax();
  args->args = std::move(positional);
  return args;
}

Stmt* Parser::funcdef(std::vector<Expr*> decorators, const Token* async_tok, const Token& start) {
  const Token& kw = next();  // 'def'
  auto* f = make<FunctionDef>(start, async_tok ? StmtKind::AsyncFunctionDef : StmtKind::FunctionDef);
  f->decorator_list = std::move(decorators);
  if (!at(Tok::NAME)) invalid_syntax();
  f->name = ident(next());
  if (at(Tok::LSQB)) f->type_params = type_params();
  expect_forced(Tok::LPAR, "(");
  f->args = parameters(false);
  expect(Tok::RPAR);
  if (accept(Tok::RARROW)) f->returns = expression();
  expect_forced(Tok::COLON, ":");
  block(f->body, "function definition", kw.lineno);
  return end_block(f);
}

Stmt* Parser::classdef(std::vector<Expr*> decorators, const Token& start) {
  const Token& kw = next();  // 'class'
  auto* c = make<ClassDef>(start);
  c->decorator_list = std::move(decorators);
  if (!at(Tok::NAME)) invalid_syntax();
  c->name = ident(next());
  if (at(Tok::LSQB)) c->type_params = type_params();
  if (at(Tok::LPAR)) {
    const Token& lp = next();
    auto* call = make<Call>(lp);  // reuse the argument parser
    call_args(call);
    expect(Tok::RPAR);
    for (Expr* a : call->args)
      if (a->kind == ExprKind::GeneratorExp && call->args.size() == 1 && call->keywords.empty()) {
        // class A(x for x in y): "invalid syntax" at the 'for'.
        const Expr* elt = a->as<GeneratorExp>()->elt;
        for (size_t i = 0; i < toks_.size(); i++)
          if (toks_[i].type == Tok::KW_FOR && (toks_[i].lineno > elt->end_lineno ||
                                               (toks_[i].lineno == elt->end_lineno && toks_[i].col >= elt->end_col_offset)))
            fail_tok(toks_[i], "invalid syntax");
      }
    c->bases = std::move(call->args);
    c->keywords = std::move(call->keywords);
  }
  if (!at(Tok::COLON)) {
    if (at(Tok::NEWLINE)) fail_tok(la(), kExpectedColon);
    invalid_syntax();
  }
  next();
  block(c->body, "class definition", kw.lineno);
  return end_block(c);
}

std::vector<TypeParam*> Parser::type_params(bool alias) {
  next();  // [
  std::vector<TypeParam*> out;
  if (at(Tok::RSQB)) {
    // CPython: at the ']'; a type alias's range runs to the next token.
    const Token& rb = la();
    const Token& nx = la(1);
    fail_range(rb.lineno, rb.col, rb.lineno, alias ? nx.col : rb.col, "Type parameter list cannot be empty");
  }
  while (!at(Tok::RSQB)) {
    const Token& st = la();
    auto* tp = make<TypeParam>(st);
    if (accept(Tok::STAR)) tp->kind = TypeParamKind::TypeVarTuple;
    else if (accept(Tok::DOUBLESTAR)) tp->kind = TypeParamKind::ParamSpec;
    if (!at(Tok::NAME)) invalid_syntax();
    tp->name = ident(next());
    if (at(Tok::COLON)) {
      const Token& colon = next();
      Expr* b = expression();
      if (tp->kind != TypeParamKind::TypeVar)
        fail_range(colon.lineno, colon.col, b->end_lineno, b->end_col_offset,
                   tp->kind == TypeParamKind::TypeVarTuple ? "cannot use bound with TypeVarTuple"
                                                          : "cannot use bound with ParamSpec");
      tp->bound = b;
    }
    if (accept(Tok::EQUAL)) tp->default_value = tp->kind == TypeParamKind::TypeVarTuple ? star_expression() : expression();
    out.push_back(end(tp));
    if (!accept(Tok::COMMA)) break;
  }
  expect(Tok::RSQB);
  return out;
}

Stmt* Parser::type_alias() {
  const Token& kw = next();  // 'type'
  auto* s = make<TypeAlias>(kw);
  const Token& n = next();
  auto* name = make<Name>(n);
  name->id = ident(n);
  name->ctx = ExprContext::Store;
  s->name = end(name);
  if (at(Tok::LSQB)) s->type_params = type_params(true);
  expect(Tok::EQUAL);
  s->value = expression();
  return end(s);
}

Stmt* Parser::return_stmt() {
  const Token& kw = next();
  auto* s = make<Return>(kw);
  if (!at(Tok::NEWLINE) && !at(Tok::SEMI)) s->value = star_expressions();
  return end(s);
}

Stmt* Parser::raise_stmt() {
  const Token& kw = next();
  auto* s = make<Raise>(kw);
  if (!at(Tok::NEWLINE) && !at(Tok::SEMI)) {
    s->exc = expression();
    if (accept(Tok::KW_FROM)) s->cause = expression();
  }
  return end(s);
}

Stmt* Parser::global_stmt(bool nonlocal) {
  const Token& kw = next();
  Stmt* s;
  std::vector<std::string>* names;
  if (nonlocal) {
    auto* n = make<Nonlocal>(kw);
    names = &n->names;
    s = n;
  } else {
    auto* g = make<Global>(kw);
    names = &g->names;
    s = g;
  }
  do {
    if (!at(Tok::NAME)) invalid_syntax();
    names->emplace_back(text(next()));
  } while (accept(Tok::COMMA));
  return end(s);
}

Stmt* Parser::del_stmt() {
  const Token& kw = next();
  auto* s = make<Delete>(kw);
  if (at(Tok::NEWLINE) || at(Tok::SEMI)) invalid_syntax();
  // del_targets: ','.del_target+ [','] — each element is its own target.
  const Token& first = la();
  std::vector<Expr*> elts;
  while (true) {
    elts.push_back(star_expression());
    if (!accept(Tok::COMMA)) break;
    if (at(Tok::NEWLINE) || at(Tok::SEMI)) break;
  }
  if (!at(Tok::NEWLINE) && !at(Tok::SEMI)) invalid_syntax();
  for (Expr* e : elts)
    if (const Expr* bad = invalid_target(e, TargetsType::Del))
      fail_node(bad, std::string("cannot delete ") + expr_name(bad));
  (void)first;
  for (Expr* e : elts) {
    set_ctx(e, ExprContext::Del);
    s->targets.push_back(e);
  }
  return end(s);
}

Stmt* Parser::assert_stmt() {
  const Token& kw = next();
  auto* s = make<Assert>(kw);
  s->test = expression();
  if (accept(Tok::COMMA)) s->msg = expression();
  return end(s);
}

Stmt* Parser::import_stmt() {
  const Token& kw = next();
  auto* s = make<Import>(kw);
  if (at(Tok::NEWLINE)) fail_range(la().lineno, la().col, la().lineno, la().col, "Expected one or more names after 'import'");
  do {
    const Token& n = la();
    if (n.type != Tok::NAME) invalid_syntax();
    auto* a = make<Alias>(n);
    std::string name(text(next()));
    while (at(Tok::DOT)) {
      next();
      if (!at(Tok::NAME)) invalid_syntax();
      name += ".";
      name += text(next());
    }
    a->name = std::move(name);
    if (accept(Tok::KW_AS)) {
      if (!at(Tok::NAME)) invalid_syntax();
      a->asname = ident(next());
    }
    s->names.push_back(end(a));
  } while (accept(Tok::COMMA));
  if (at(Tok::KW_FROM)) {
    // import a from b
    next();
    const Token* last = &la();
    while (at(Tok::NAME) || at(Tok::DOT)) last = &next();
    fail_range(kw.lineno, kw.col, last->end_lineno, last->end_col,
               "Did you mean to use 'from ... import ...' instead?");
  }
  return end(s);
}

Stmt* Parser::from_import_stmt() {
  const Token& kw = next();
  auto* s = make<ImportFrom>(kw);
  int level = 0;
  while (at(Tok::DOT) || at(Tok::ELLIPSIS)) level += at(Tok::DOT) ? (next(), 1) : (next(), 3);
  if (at(Tok::NAME)) {
    std::string name(text(next()));
    while (at(Tok::DOT)) {
      next();
      if (!at(Tok::NAME)) invalid_syntax();
      name += ".";
      name += text(next());
    }
    s->module = std::move(name);
  } else if (level == 0) {
    invalid_syntax();
  }
  s->level = level;
  if (!at(Tok::KW_IMPORT)) invalid_syntax();
  next();
  if (at(Tok::NEWLINE)) fail_range(la().lineno, la().col, la().lineno, la().col, "Expected one or more names after 'import'");
  if (at(Tok::STAR)) {
    const Token& st = next();
    auto* a = make<Alias>(st);
    a->name = "*";
    s->names.push_back(end(a));
    return end(s);
  }
  bool paren = accept(Tok::LPAR);
  while (true) {
    const Token& n = la();
    if (n.type != Tok::NAME) invalid_syntax();
    auto* a = make<Alias>(n);
    a->name = ident(next());
    if (accept(Tok::KW_AS)) {
      if (!at(Tok::NAME)) invalid_syntax();
      a->asname = ident(next());
    }
    s->names.push_back(end(a));
    if (!at(Tok::COMMA)) break;
    next();
    if (paren && at(Tok::RPAR)) break;
    if (!paren && (at(Tok::NEWLINE) || at(Tok::SEMI)))
      fail_tok(la(), "trailing comma not allowed without surrounding parentheses");
  }
  if (paren) expect(Tok::RPAR);
  return end(s);
}

// ---------------------------------------------------------------------------------------------
// Expressions.

Expr* Parser::expression() {
  size_t start = p_;
  Expr* e = expression_no_check();
  if (starts_expression(type())) check_juxtaposed(e, start);
  return e;
}

Expr* Parser::expression_no_check() {
  DepthGuard g(this);
  if (at(Tok::KW_LAMBDA)) return lambdef();
  const Token& st = la();
  Expr* body = disjunction();
  if (at(Tok::KW_IF)) {
    next();
    Expr* test = disjunction();
    if (!at(Tok::KW_ELSE)) {
      if (!at(Tok::COLON)) fail_nodes(body, test, "expected 'else' after 'if' expression");
      invalid_syntax();
    }
    next();
    auto* e = make<IfExp>(st);
    e->body = body;
    e->test = test;
    if (!starts_expression(type())) invalid_syntax();
    e->orelse = expression_no_check();
    return end(e);
  }
  return body;
}

Expr* Parser::named_expression() {
  const Token& t = la();
  if (t.type == Tok::NAME && type(1) == Tok::COLONEQUAL) {
    next();
    next();
    auto* n = make<NamedExpr>(t);
    auto* target = make<Name>(t);
    target->id = ident(t);
    target->ctx = ExprContext::Store;
    target->end_lineno = t.end_lineno;
    target->end_col_offset = t.end_col;
    n->target = target;
    n->value = expression();
    return end(n);
  }
  size_t before = parenthesized_.size();
  Expr* e = expression();
  if (at(Tok::COLONEQUAL)) fail_node(e, std::string("cannot use assignment expressions with ") + expr_name(e));
  if (at(Tok::EQUAL)) {
    bool paren = parenthesized_.size() > before && is_parenthesized(e);
    check_invalid_named(e, paren);
  }
  return e;
}

Expr* Parser::star_expression() {
  if (at(Tok::STAR)) {
    const Token& st = next();
    auto* s = make<Starred>(st);
    s->value = bitwise_or();
    return end(s);
  }
  return expression();
}

Expr* Parser::star_named_expression() {
  if (at(Tok::STAR)) {
    const Token& st = next();
    auto* s = make<Starred>(st);
    s->value = bitwise_or();
    return end(s);
  }
  return named_expression();
}

Expr* Parser::star_expressions() {
  const Token& start = la();
  if (!starts_expression(type()) && !at(Tok::STAR)) invalid_syntax();
  Expr* first = star_expression();
  if (!at(Tok::COMMA)) return first;
  auto* t = make<Tuple>(start);
  t->elts.push_back(first);
  while (accept(Tok::COMMA)) {
    if (!starts_expression(type()) && !at(Tok::STAR)) break;
    t->elts.push_back(star_expression());
  }
  return end(t);
}

Expr* Parser::yield_expr() {
  const Token& kw = next();
  if (accept(Tok::KW_FROM)) {
    auto* y = make<YieldFrom>(kw);
    y->value = expression();
    return end(y);
  }
  auto* y = make<Yield>(kw);
  if (starts_expression(type()) || at(Tok::STAR)) y->value = star_expressions();
  return end(y);
}

Expr* Parser::disjunction() {
  const Token& st = la();
  Expr* first = conjunction();
  if (!at(Tok::KW_OR)) return first;
  auto* b = make<BoolOp>(st);
  b->op = BoolOpKind::Or;
  b->values.push_back(first);
  while (accept(Tok::KW_OR)) b->values.push_back(conjunction());
  return end(b);
}

Expr* Parser::conjunction() {
  const Token& st = la();
  Expr* first = inversion();
  if (!at(Tok::KW_AND)) return first;
  auto* b = make<BoolOp>(st);
  b->op = BoolOpKind::And;
  b->values.push_back(first);
  while (accept(Tok::KW_AND)) b->values.push_back(inversion());
  return end(b);
}

Expr* Parser::inversion() {
  if (at(Tok::KW_NOT)) {
    DepthGuard g(this);
    const Token& t = next();
    auto* u = make<UnaryOp>(t);
    u->op = UnaryOpKind::Not;
    u->operand = inversion();
    return end(u);
  }
  return comparison();
}

Expr* Parser::comparison() {
  const Token& st = la();
  Expr* left = bitwise_or();
  Compare* c = nullptr;
  while (true) {
    CmpOp op;
    switch (type()) {
      case Tok::EQEQUAL: op = CmpOp::Eq; break;
      case Tok::NOTEQUAL:
        if (text(la()) == "<>") invalid_syntax();
        op = CmpOp::NotEq;
        break;
      case Tok::LESS: op = CmpOp::Lt; break;
      case Tok::LESSEQUAL: op = CmpOp::LtE; break;
      case Tok::GREATER: op = CmpOp::Gt; break;
      case Tok::GREATEREQUAL: op = CmpOp::GtE; break;
      case Tok::KW_IN: op = CmpOp::In; break;
      case Tok::KW_NOT:
        if (type(1) != Tok::KW_IN) goto done;
        next();
        op = CmpOp::NotIn;
        break;
      case Tok::KW_IS:
        if (type(1) == Tok::KW_NOT) {
          next();
          op = CmpOp::IsNot;
        } else {
          op = CmpOp::Is;
        }
        break;
      default: goto done;
    }
    next();
    if (!c) {
      c = make<Compare>(st);
      c->left = left;
    }
    c->ops.push_back(op);
    c->comparators.push_back(bitwise_or());
  }
done:
  if (!c) return left;
  return end(c);
}

// Binary operator precedence (higher binds tighter); 0 = not a binary operator here.
static int binary_prec(Tok t, Operator& op) {
  switch (t) {
    case Tok::VBAR: op = Operator::BitOr; return 1;
    case Tok::CIRCUMFLEX: op = Operator::BitXor; return 2;
    case Tok::AMPER: op = Operator::BitAnd; return 3;
    case Tok::LEFTSHIFT: op = Operator::LShift; return 4;
    case Tok::RIGHTSHIFT: op = Operator::RShift; return 4;
    case Tok::PLUS: op = Operator::Add; return 5;
    case Tok::MINUS: op = Operator::Sub; return 5;
    case Tok::STAR: op = Operator::Mult; return 6;
    case Tok::SLASH: op = Operator::Div; return 6;
    case Tok::DOUBLESLASH: op = Operator::FloorDiv; return 6;
    case Tok::PERCENT: op = Operator::Mod; return 6;
    case Tok::AT: op = Operator::MatMult; return 6;
    default: return 0;
  }
}

Expr* Parser::bitwise_or() { return binary(1); }

// Precedence climbing: all these operators are left-associative.
Expr* Parser::binary(int min_prec) {
  const Token& st = la();
  Expr* left = factor();
  while (true) {
    Operator op;
    int prec = binary_prec(type(), op);
    if (prec < min_prec || prec == 0) return left;
    next();
    Expr* right = binary(prec + 1);
    auto* b = make<BinOp>(st);
    b->left = left;
    b->op = op;
    b->right = right;
    end(b);  // the last token: includes a ')' closing a parenthesised right operand
    left = b;
  }
}

Expr* Parser::factor() {
  Tok t = type();
  if (t == Tok::PLUS || t == Tok::MINUS || t == Tok::TILDE) {
    DepthGuard g(this);
    const Token& tok = next();
    auto* u = make<UnaryOp>(tok);
    u->op = t == Tok::PLUS ? UnaryOpKind::UAdd : t == Tok::MINUS ? UnaryOpKind::USub : UnaryOpKind::Invert;
    u->operand = factor();
    return end(u);
  }
  return power();
}

Expr* Parser::power() {
  const Token& st = la();
  Expr* base = await_primary();
  if (at(Tok::DOUBLESTAR)) {
    DepthGuard g(this, 2);
    next();
    auto* b = make<BinOp>(st);
    b->left = base;
    b->op = Operator::Pow;
    b->right = factor();
    return end(b);
  }
  return base;
}

Expr* Parser::await_primary() {
  if (at(Tok::KW_AWAIT)) {
    const Token& t = next();
    auto* a = make<Await>(t);
    a->value = primary();
    return end(a);
  }
  return primary();
}

Expr* Parser::primary() {
  const Token& st = la();
  Expr* e = atom();
  while (true) {
    switch (type()) {
      case Tok::DOT: {
        next();
        if (!at(Tok::NAME)) invalid_syntax();
        const Token& n = next();
        auto* a = make<Attribute>(st);
        a->value = e;
        a->attr = ident(n);
        e = end(a);
        break;
      }
      case Tok::LPAR: {
        DepthGuard g(this);
        next();
        auto* c = make<Call>(st);
        c->func = e;
        call_args(c);
        expect(Tok::RPAR);
        e = end(c);
        break;
      }
      case Tok::LSQB: {
        DepthGuard g(this);
        next();
        auto* s = make<Subscript>(st);
        s->value = e;
        s->slice = slices();
        expect(Tok::RSQB);
        e = end(s);
        break;
      }
      default:
        return e;
    }
  }
}

Expr* Parser::slice_item() {
  // slice: [expression] ':' [expression] [':' [expression]] | named_expression
  const Token& start = la();
  Expr* lower = nullptr;
  if (!at(Tok::COLON)) {
    if (at(Tok::STAR)) return star_named_expression();
    lower = named_expression();
    if (!at(Tok::COLON)) return lower;
  }
  auto* s = make<Slice>(start);
  s->lower = lower;
  next();  // ':'
  if (!at(Tok::COLON) && !at(Tok::COMMA) && !at(Tok::RSQB)) s->upper = expression();
  if (accept(Tok::COLON)) {
    if (!at(Tok::COMMA) && !at(Tok::RSQB)) s->step = expression();
  }
  return end(s);
}

Expr* Parser::slices() {
  const Token& start = la();
  Expr* first = slice_item();
  if (!at(Tok::COMMA) && first->kind != ExprKind::Starred) return first;
  auto* t = make<Tuple>(start);
  t->elts.push_back(first);
  while (accept(Tok::COMMA)) {
    if (at(Tok::RSQB)) break;
    t->elts.push_back(slice_item());
  }
  return end(t);
}

void Parser::call_args(Call* call) {
  bool seen_keyword = false;      // name=value
  bool seen_kw_unpack = false;    // **x
  const char* late_error = nullptr;  // CPython reports these at the token after the arguments
  const Token* unpack_comma = nullptr;  // `**k, *a`: the comma before the first such *a
  const Expr* unpack_last = nullptr;    // ... and the last *x of that run
  while (!at(Tok::RPAR)) {
    const Token& t = la();
    if (t.type == Tok::DOUBLESTAR) {
      next();
      auto* k = make<Keyword>(t);
      k->value = expression();
      if (at(Tok::EQUAL)) {
        next();
        Expr* b = expression();
        fail_range(t.lineno, t.col, b->end_lineno, b->end_col_offset, "cannot assign to keyword argument unpacking");
      }
      call->keywords.push_back(end(k));
      seen_kw_unpack = true;
    } else if (t.type == Tok::STAR) {
      next();
      auto* s = make<Starred>(t);
      if (!starts_expression(type())) fail_tok(la(), "Invalid star expression");
      s->value = expression();
      end(s);
      if (seen_kw_unpack && (!unpack_comma || unpack_last)) {
        if (!unpack_comma) unpack_comma = &toks_[&t - toks_.data() - 1];
        unpack_last = s;
      }
      call->args.push_back(s);
    } else if ((t.type == Tok::NAME || t.type == Tok::KW_TRUE || t.type == Tok::KW_FALSE || t.type == Tok::KW_NONE) &&
               type(1) == Tok::EQUAL) {
      if (t.type != Tok::NAME) fail_tok(t, std::string("cannot assign to ") + ident(t));
      next();
      next();
      auto* k = make<Keyword>(t);
      k->arg = ident(t);
      k->value = expression();
      if (at_comprehension()) {
        fail_nodes(call->keywords.empty() ? static_cast<Located*>(k) : static_cast<Located*>(k), k->value,
                   "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
      }
      call->keywords.push_back(end(k));
      seen_keyword = true;
    } else {
      Expr* e = nullptr;
      if (t.type == Tok::NAME && type(1) == Tok::COLONEQUAL) {
        e = named_expression();
      } else {
        e = expression();
        if (at(Tok::EQUAL)) {
          const Token& eq = la();
          fail_range(e->lineno, e->col_offset, eq.end_lineno, eq.end_col,
                     "expression cannot contain assignment, perhaps you meant \"==\"?");
        }
      }
      if (at_comprehension()) {
        auto* g = make_at<GeneratorExp>(e);
        g->elt = e;
        g->generators = for_if_clauses();
        end(g);
        // A bare generator expression must be the only argument: f(x for x in y).
        if (!call->args.empty() || !call->keywords.empty() || at(Tok::COMMA)) {
          if (at(Tok::COMMA) && type(1) == Tok::RPAR && call->args.empty() && call->keywords.empty()) {
            next();  // f(x for x in y,) is fine
            call->args.push_back(g);
            continue;
          }
          fail_node(g, "Generator expression must be parenthesized");
        }
        // Its position spans the call's parentheses, as CPython.
        const Token& lp = toks_[&t - toks_.data() - 1];
        g->lineno = lp.lineno;
        g->col_offset = lp.col;
        if (at(Tok::RPAR)) {
          g->end_lineno = la().end_lineno;
          g->end_col_offset = la().end_col;
        }
        call->args.push_back(g);
        continue;
      }
      if (unpack_comma) unpack_last = unpack_last ? unpack_last : nullptr;
      if (!late_error && seen_kw_unpack) late_error = "positional argument follows keyword argument unpacking";
      if (!late_error && seen_keyword) late_error = "positional argument follows keyword argument";
      call->args.push_back(e);
    }
    if (!accept(Tok::COMMA)) break;
  }
  if (!at(Tok::RPAR)) invalid_syntax();
  if (unpack_comma)
    fail_range(unpack_comma->lineno, unpack_comma->col, unpack_last->end_lineno, unpack_last->end_col_offset,
               "iterable argument unpacking follows keyword argument unpacking");
  if (late_error) fail_tok(la(), late_error);
}

std::vector<Comprehension*> Parser::for_if_clauses() {
  std::vector<Comprehension*> out;
  while (at_comprehension()) {
    auto* c = mod_->make<Comprehension>();
    if (accept(Tok::KW_ASYNC)) c->is_async = true;
    next();  // for
    const Token& tstart = la();
    std::vector<Expr*> elts;
    bool trailing = false;
    do {
      if (at(Tok::KW_IN)) { trailing = true; break; }
      if (at(Tok::STAR)) {
        const Token& st = next();
        auto* e = make<Starred>(st);
        e->value = bitwise_or();
        elts.push_back(end(e));
      } else {
        elts.push_back(bitwise_or());
      }
    } while (accept(Tok::COMMA));
    if (elts.empty()) invalid_syntax();
    Expr* target;
    if (elts.size() == 1 && !trailing && prev().type != Tok::COMMA) {
      target = elts[0];
    } else {
      auto* t = make<Tuple>(tstart);
      t->elts = std::move(elts);
      target = end(t);
    }
    if (const Expr* bad = invalid_target(target, TargetsType::For))
      fail_node(bad, std::string("cannot assign to ") + expr_name(bad));
    if (!at(Tok::KW_IN)) {
      invalid_syntax();
    }
    next();
    set_ctx(target, ExprContext::Store);
    c->target = target;
    c->iter = disjunction();
    while (at(Tok::KW_IF)) {
      next();
      c->ifs.push_back(disjunction());
    }
    out.push_back(c);
  }
  return out;
}

Expr* Parser::lambdef() {
  DepthGuard g(this, 1);
  const Token& kw = next();
  auto* l = make<Lambda>(kw);
  l->args = parameters(true);
  expect(Tok::COLON);
  l->body = expression();
  return end(l);
}

Expr* Parser::atom() {
  const Token& t = la();
  switch (t.type) {
    case Tok::NAME: {
      next();
      auto* n = make<Name>(t);
      n->id = ident(t);
      return end(n);
    }
    case Tok::NUMBER: next(); return number(t);
    case Tok::STRING: case Tok::FSTRING_START: return strings();
    case Tok::KW_NONE: case Tok::KW_TRUE: case Tok::KW_FALSE: {
      next();
      auto* c = make<Constant>(t);
      c->value = t.type == Tok::KW_NONE ? ConstantValue::none() : ConstantValue::boolean(t.type == Tok::KW_TRUE);
      return end(c);
    }
    case Tok::ELLIPSIS: {
      next();
      auto* c = make<Constant>(t);
      c->value = ConstantValue::ellipsis();
      return end(c);
    }
    case Tok::LPAR: return paren_atom();
    case Tok::LSQB: return list_atom();
    case Tok::LBRACE: return brace_atom();
    case Tok::STAR: {
      // A starred expression where one is not allowed (e.g. `x = *a` is caught by the compiler;
      // here `(*a)` and friends).
      invalid_syntax();
    }
    default:
      invalid_syntax();
  }
}

Expr* Parser::paren_atom() {
  DepthGuard g(this);
  const Token& lp = next();
  if (at(Tok::RPAR)) {
    next();
    auto* t = make<Tuple>(lp);
    return end(t);
  }
  if (at(Tok::KW_YIELD)) {
    Expr* y = yield_expr();
    expect(Tok::RPAR);
    parenthesized_.push_back(y);
    return y;
  }
  Expr* first = star_named_expression();
  if (at_comprehension()) {
    auto* g2 = make<GeneratorExp>(lp);
    g2->elt = first;
    if (first->kind == ExprKind::Starred) fail_node(first, "iterable unpacking cannot be used in comprehension");
    g2->generators = for_if_clauses();
    expect(Tok::RPAR);
    return end(g2);
  }
  if (at(Tok::RPAR)) {
    next();
    if (first->kind == ExprKind::Starred) {
      // `(*a)`: CPython: "cannot use starred expression here"
      fail_node(first, "cannot use starred expression here");
    }
    parenthesized_.push_back(first);
    return first;
  }
  if (!at(Tok::COMMA)) invalid_syntax();
  auto* t = make<Tuple>(lp);
  t->elts.push_back(first);
  while (accept(Tok::COMMA)) {
    if (at(Tok::RPAR)) break;
    t->elts.push_back(star_named_expression());
    if (at_comprehension()) {
      fail_nodes(t->elts.front(), t->elts.back(), "did you forget parentheses around the comprehension target?");
    }
  }
  expect(Tok::RPAR);
  return end(t);
}

Expr* Parser::list_atom() {
  DepthGuard g(this);
  const Token& lb = next();
  if (at(Tok::RSQB)) {
    next();
    return end(make<List>(lb));
  }
  Expr* first = star_named_expression();
  if (at_comprehension()) {
    if (first->kind == ExprKind::Starred) fail_node(first, "iterable unpacking cannot be used in comprehension");
    auto* c = make<ListComp>(lb);
    c->elt = first;
    c->generators = for_if_clauses();
    expect(Tok::RSQB);
    return end(c);
  }
  auto* l = make<List>(lb);
  l->elts.push_back(first);
  while (accept(Tok::COMMA)) {
    if (at(Tok::RSQB)) break;
    l->elts.push_back(star_named_expression());
    if (at_comprehension())
      fail_nodes(l->elts.front(), l->elts.back(), "did you forget parentheses around the comprehension target?");
  }
  expect(Tok::RSQB);
  return end(l);
}

Expr* Parser::brace_atom() {
  DepthGuard g(this);
  const Token& lb = next();
  if (at(Tok::RBRACE)) {
    next();
    return end(make<Dict>(lb));
  }
  // Dict: key ':' value | '**' expr.  Set: star_named_expression.
  if (at(Tok::DOUBLESTAR) || true) {
    Expr* key = nullptr;
    Expr* value = nullptr;
    bool is_dict;
    if (at(Tok::DOUBLESTAR)) {
      next();
      value = bitwise_or();
      is_dict = true;
    } else {
      key = star_named_expression();
      is_dict = at(Tok::COLON);
      if (is_dict) {
        if (key->kind == ExprKind::Starred) invalid_syntax();
        next();
        if (at(Tok::STAR)) {
          const Token& st = la();
          next();
          Expr* v = bitwise_or();
          fail_range(st.lineno, st.col, v->end_lineno, v->end_col_offset,
                     "cannot use a starred expression in a dictionary value");
        }
        if (at(Tok::RBRACE) || at(Tok::COMMA)) {
          const Token& c = prev();
          fail_range(c.lineno, c.col, c.lineno, -1, "expression expected after dictionary key and ':'");
        }
        value = expression();
      }
    }
    if (is_dict) {
      if (at_comprehension()) {
        if (!key) fail_range(lb.lineno, lb.col, value->end_lineno, value->end_col_offset,
                             "dict unpacking cannot be used in dict comprehension");
        auto* c = make<DictComp>(lb);
        c->key = key;
        c->value = value;
        c->generators = for_if_clauses();
        expect(Tok::RBRACE);
        return end(c);
      }
      auto* d = make<Dict>(lb);
      d->keys.push_back(key);
      d->values.push_back(value);
      while (accept(Tok::COMMA)) {
        if (at(Tok::RBRACE)) break;
        if (accept(Tok::DOUBLESTAR)) {
          d->keys.push_back(nullptr);
          d->values.push_back(bitwise_or());
          continue;
        }
        Expr* k = expression();
        if (!at(Tok::COLON)) {
          if (at(Tok::COMMA) || at(Tok::RBRACE)) {
            const Token& c = la();
            (void)c;
            fail_range(k->end_lineno, k->end_col_offset - 1, k->end_lineno, kEndZero, "':' expected after dictionary key");
          }
          invalid_syntax();
        }
        next();
        if (at(Tok::STAR)) {
          const Token& st = la();
          next();
          Expr* v = bitwise_or();
          fail_range(st.lineno, st.col, v->end_lineno, v->end_col_offset,
                     "cannot use a starred expression in a dictionary value");
        }
        if (at(Tok::RBRACE) || at(Tok::COMMA)) {
          const Token& c = prev();
          fail_range(c.lineno, c.col, c.lineno, -1, "expression expected after dictionary key and ':'");
        }
        d->keys.push_back(k);
        d->values.push_back(expression());
      }
      expect(Tok::RBRACE);
      return end(d);
    }
    // A set.
    if (at_comprehension()) {
      if (key->kind == ExprKind::Starred) fail_node(key, "iterable unpacking cannot be used in comprehension");
      auto* c = make<SetComp>(lb);
      c->elt = key;
      c->generators = for_if_clauses();
      expect(Tok::RBRACE);
      return end(c);
    }
    auto* s = make<Set>(lb);
    s->elts.push_back(key);
    while (accept(Tok::COMMA)) {
      if (at(Tok::RBRACE)) break;
      s->elts.push_back(star_named_expression());
    }
    expect(Tok::RBRACE);
    return end(s);
  }
  return nullptr;
}

// ---------------------------------------------------------------------------------------------
// Numbers.

// Digits in base 2/8/16 to a decimal digit string.
static std::string to_decimal(std::string_view digits, int base) {
  std::vector<uint32_t> limbs;  // little-endian, base 1e9
  for (char ch : digits) {
    int d = ch >= '0' && ch <= '9' ? ch - '0' : (ch | 0x20) - 'a' + 10;
    uint64_t carry = static_cast<uint64_t>(d);
    for (auto& l : limbs) {
      uint64_t v = static_cast<uint64_t>(l) * base + carry;
      l = static_cast<uint32_t>(v % 1000000000u);
      carry = v / 1000000000u;
    }
    while (carry) {
      limbs.push_back(static_cast<uint32_t>(carry % 1000000000u));
      carry /= 1000000000u;
    }
  }
  if (limbs.empty()) return "0";
  std::string out = std::to_string(limbs.back());
  char buf[16];
  for (size_t i = limbs.size() - 1; i-- > 0;) {
    std::snprintf(buf, sizeof buf, "%09u", limbs[i]);
    out += buf;
  }
  return out;
}

Expr* Parser::number(const Token& t) {
  std::string s;
  for (char c : text(t))
    if (c != '_') s.push_back(c);
  auto* c = make<Constant>(t);
  end(c);
  char last = s.back();
  if (last == 'j' || last == 'J') {
    s.pop_back();
    c->value = ConstantValue::imaginary(std::strtod(s.c_str(), nullptr));
    return c;
  }
  if (s.size() > 1 && s[0] == '0' && (s[1] == 'x' || s[1] == 'X' || s[1] == 'o' || s[1] == 'O' || s[1] == 'b' || s[1] == 'B')) {
    int base = (s[1] | 0x20) == 'x' ? 16 : (s[1] | 0x20) == 'o' ? 8 : 2;
    std::string_view d = std::string_view(s).substr(2);
    while (d.size() > 1 && d[0] == '0') d.remove_prefix(1);
    c->value = ConstantValue::integer(to_decimal(d, base));
    return c;
  }
  if (s.find_first_of(".eE") != std::string::npos) {
    c->value = ConstantValue::floating(std::strtod(s.c_str(), nullptr));
    return c;
  }
  size_t nz = s.find_first_not_of('0');
  c->value = ConstantValue::integer(nz == std::string::npos ? "0" : s.substr(nz));
  return c;
}

// ---------------------------------------------------------------------------------------------
// Strings and f-strings.

// Constant text of a JoinedStr being assembled, with the span of the pieces it came from.
struct Parser::Pending {
  std::string text;
  bool set = false;
  int l1 = 0, c1 = 0, l2 = 0, c2 = 0;
  void add(const std::string& t, int al1, int ac1, int al2, int ac2) {
    if (!set) {
      l1 = al1;
      c1 = ac1;
      set = true;
    }
    text += t;
    l2 = al2;
    c2 = ac2;
  }
};

void Parser::flush_pending(std::vector<Expr*>& parts, Pending& pend) {
  if (pend.set && !pend.text.empty()) {
    auto* c = mod_->make<Constant>();
    c->value = ConstantValue::str(std::move(pend.text));
    c->lineno = pend.l1;
    c->col_offset = pend.c1;
    c->end_lineno = pend.l2;
    c->end_col_offset = pend.c2;
    parts.push_back(c);
  }
  pend = Pending{};
}

Expr* Parser::strings() {
  const Token& first = la();
  bool any_f = false, any_bytes = false, any_str = false, u_prefix = false, mixed = false;
  std::vector<Expr*> parts;  // for f-strings
  Pending pend;
  bool first_tok = true;
  while (at(Tok::STRING) || at(Tok::FSTRING_START)) {
    const Token& t = la();
    if (t.type == Tok::FSTRING_START) {
      if (any_bytes) mixed = true;
      any_f = true;
      any_str = true;
      next();
      fstring(parts, pend, t);
    } else {
      next();
      std::string_view lit = text(t);
      StringPrefix pre = parse_prefix(lit);
      if (first_tok && lit[0] == 'u') u_prefix = true;  // CPython: kind='u' for a lowercase u only
      if (pre.bytes) {
        if (any_str) mixed = true;
        any_bytes = true;
      } else {
        if (any_bytes) mixed = true;
        any_str = true;
      }
      StringDecodeError err;
      std::string decoded;
      std::vector<DecodeWarning> warns;
      if (!decode_string_literal(lit, decoded, err, warns))
        fail_range(t.lineno, t.col, t.end_lineno, t.end_col, err.msg);
      add_warnings(warns, t);
      pend.add(decoded, t.lineno, t.col, t.end_lineno, t.end_col);
    }
    first_tok = false;
  }
  // CPython reports this one at the token after the literals.
  if (mixed) fail_tok(la(), "cannot mix bytes and nonbytes literals");
  if (!any_f) {
    auto* c = make<Constant>(first);
    c->value = any_bytes ? ConstantValue::bytes(std::move(pend.text)) : ConstantValue::str(std::move(pend.text));
    c->u_prefix = u_prefix;
    return end(c);
  }
  auto* j = make<JoinedStr>(first);
  end(j);
  flush_pending(parts, pend);
  j->values = std::move(parts);
  return j;
}

void Parser::add_warnings(const std::vector<DecodeWarning>& warns, const Token& t) {
  for (auto& w : warns) {
    CompileWarning cw;
    cw.lineno = t.lineno + w.line_delta;
    cw.col_offset = t.col;
    cw.msg = w.msg;
    mod_->warnings.push_back(std::move(cw));
  }
}

// One f-string (after FSTRING_START): appends its parts; adjacent constant text accumulates in
// `pend` so "a" f"b{x}" gives one Constant "ab".
void Parser::fstring(std::vector<Expr*>& parts, Pending& pend, const Token& start) {
  StringPrefix pre = parse_prefix(text(start));
  while (true) {
    const Token& t = la();
    if (t.type == Tok::FSTRING_END) {
      next();
      return;
    }
    if (t.type == Tok::FSTRING_MIDDLE) {
      next();
      StringDecodeError err;
      std::string decoded;
      std::vector<DecodeWarning> warns;
      if (!decode_fstring_middle(text(t), pre.raw, decoded, err, warns))
        fail_range(t.lineno, t.col, t.end_lineno, t.end_col, err.msg);
      add_warnings(warns, t);
      pend.add(decoded, t.lineno, t.col, t.end_lineno, t.end_col);
      continue;
    }
    if (t.type == Tok::LBRACE) {
      next();
      Expr* fv = fstring_field(t, pend);
      flush_pending(parts, pend);
      parts.push_back(fv);
      continue;
    }
    invalid_syntax();
  }
}

// A replacement field, after its '{'. The `=` form adds its text to `pend`.
Expr* Parser::fstring_field(const Token& lbrace, Pending& pend) {
  DepthGuard g(this);
  const Token& first = la();
  if (first.type == Tok::RBRACE || first.type == Tok::EXCLAMATION || first.type == Tok::COLON ||
      first.type == Tok::EQUAL) {
    std::string what = first.type == Tok::RBRACE ? "}" : first.type == Tok::EXCLAMATION ? "!" : first.type == Tok::COLON ? ":" : "=";
    fail_tok(first, "f-string: valid expression required before '" + what + "'");
  }
  if (first.type == Tok::FSTRING_END) fail_tok(first, "f-string: expecting '}'");
  if (at_eof(p_)) invalid_syntax();
  if (at(Tok::KW_LAMBDA)) {
    // The lexer took the lambda's ':' for the start of a format spec.
    size_t i = p_;
    while (i + 1 < toks_.size() && toks_[i].type != Tok::COLON && toks_[i].type != Tok::RBRACE) i++;
    const Token& colon = toks_[i];
    fail_range(first.lineno, first.col, colon.end_lineno, colon.end_col,
               "f-string: lambda expressions are not allowed without parentheses");
  }
  Expr* value;
  if (at(Tok::KW_YIELD)) value = yield_expr();
  else value = star_expressions();
  auto expecting = [&](const char* what) {
    const Token& t = la();
    if (t.type == Tok::RBRACE || t.type == Tok::COLON || t.type == Tok::EXCLAMATION || t.type == Tok::EQUAL) return;
    if (at_eof(p_)) invalid_syntax();
    if (t.type == Tok::FSTRING_END || t.type == Tok::FSTRING_MIDDLE) fail_tok(t, "f-string: expecting '}'");
    fail_tok(t, what);
  };
  expecting("f-string: expecting '=', or '!', or ':', or '}'");
  auto* fv = make<FormattedValue>(lbrace);
  fv->value = value;
  bool is_debug = false;
  if (at(Tok::EQUAL)) {
    next();
    is_debug = true;
    // Text from after '{' through '=' and the whitespace after it.
    const Token& nx = la();
    std::string debug(src_.substr(lbrace.end, nx.start - lbrace.end));
    pend.add(debug, lbrace.end_lineno, lbrace.end_col, nx.lineno, nx.col);
    if (!at(Tok::EXCLAMATION) && !at(Tok::COLON) && !at(Tok::RBRACE)) {
      if (at_eof(p_)) invalid_syntax();
      if (at(Tok::FSTRING_END)) fail_tok(la(), "f-string: expecting '}'");
      fail_tok(la(), "f-string: expecting '!', or ':', or '}'");
    }
  }
  if (at(Tok::EXCLAMATION)) {
    const Token& bang = next();
    if (!at(Tok::NAME)) {
      fail_tok(la(), "f-string: missing conversion character");
    }
    const Token& n = la();
    if (n.start != bang.end)
      fail_range(bang.lineno, bang.col, n.end_lineno, n.end_col,
                 "f-string: conversion type must come right after the exclamanation mark");
    std::string_view conv = text(n);
    if (conv != "s" && conv != "r" && conv != "a")
      fail_tok(n, "f-string: invalid conversion character '" + std::string(conv) + "': expected 's', 'r', or 'a'");
    next();
    fv->conversion = conv[0];
    if (!at(Tok::COLON) && !at(Tok::RBRACE)) {
      if (at_eof(p_)) invalid_syntax();
      if (at(Tok::FSTRING_END)) fail_tok(la(), "f-string: expecting '}'");
      fail_tok(la(), "f-string: expecting ':' or '}'");
    }
  }
  if (at(Tok::COLON)) {
    const Token& colon = next();
    fv->format_spec = fstring_spec(colon);
  }
  if (!at(Tok::RBRACE)) {
    const Token& t = la();
    if (at_eof(p_)) invalid_syntax();
    if (t.type == Tok::FSTRING_END) fail_tok(t, "f-string: expecting '}'");
    if (t.type == Tok::FSTRING_MIDDLE || t.type == Tok::FSTRING_START) fail_tok(t, "f-string: expecting '}'");
    invalid_syntax();
  }
  next();
  end(fv);
  if (is_debug && fv->conversion == -1 && !fv->format_spec) fv->conversion = 'r';
  return fv;
}

// The format spec after ':' up to (not including) the closing '}' of the field.
Expr* Parser::fstring_spec(const Token& colon) {
  auto* j = make<JoinedStr>(colon);
  Pending pend;
  while (true) {
    const Token& t = la();
    if (t.type == Tok::FSTRING_MIDDLE) {
      next();
      StringDecodeError err;
      std::string decoded;
      std::vector<DecodeWarning> warns;
      if (!decode_fstring_middle(text(t), false, decoded, err, warns))
        fail_range(t.lineno, t.col, t.end_lineno, t.end_col, err.msg);
      pend.add(decoded, t.lineno, t.col, t.end_lineno, t.end_col);
      continue;
    }
    if (t.type == Tok::LBRACE) {
      next();
      Expr* fv = fstring_field(t, pend);
      flush_pending(j->values, pend);
      j->values.push_back(fv);
      continue;
    }
    break;
  }
  flush_pending(j->values, pend);
  end(j);
  return j;
}

// ---------------------------------------------------------------------------------------------
// Targets.

void Parser::set_ctx(Expr* e, ExprContext ctx) {
  e->ctx = ctx;
  switch (e->kind) {
    case ExprKind::Tuple: for (Expr* x : e->as<Tuple>()->elts) set_ctx(x, ctx); break;
    case ExprKind::List: for (Expr* x : e->as<List>()->elts) set_ctx(x, ctx); break;
    case ExprKind::Starred: set_ctx(e->as<Starred>()->value, ctx); break;
    default: break;
  }
}


// ---------------------------------------------------------------------------------------------
// match statements.

Stmt* Parser::match_stmt() {
  // `match` is a soft keyword: try the match statement, fall back to a simple statement.
  size_t save = p_;
  size_t save_f = furthest_;
  const Token& kw = la();
  Expr* subject = nullptr;
  Tok n1 = type(1);
  if (!starts_expression(n1) && n1 != Tok::STAR) return nullptr;
  if (n1 == Tok::NAME && (type(2) == Tok::EQUAL || type(2) == Tok::NEWLINE)) {}  // keep trying
  try {
    next();
    const Token& sstart = la();
    Expr* first = star_named_expression();
    if (at(Tok::COMMA)) {
      auto* t = make<Tuple>(sstart);
      t->elts.push_back(first);
      while (accept(Tok::COMMA)) {
        if (at(Tok::COLON)) break;
        t->elts.push_back(star_named_expression());
      }
      subject = end(t);
    } else {
      if (first->kind == ExprKind::Starred) throw ParseError{};
      subject = first;
    }
    if (!at(Tok::COLON)) {
      if (at(Tok::NEWLINE)) {
        // `match x` alone on a line: "expected ':'" unless the line is a valid simple statement
        // (`match(x)`), which the caller parses after we back off.
        const Token& nl = la();
        size_t save2 = p_;
        p_ = save;
        try {
          std::vector<Stmt*> tmp;
          simple_stmts(tmp);
        } catch (ParseError& e) {
          if (e.fatal) throw;
          fail_tok(nl, kExpectedColon);
        }
        p_ = save2;
      }
      throw ParseError{};
    }
  } catch (ParseError& e) {
    if (e.fatal || e.info.msg == kExpectedColon) throw;
    p_ = save;
    furthest_ = save_f;
    return nullptr;
  }
  next();  // ':'
  auto* m = make<Match>(kw);
  m->subject = subject;
  if (!accept(Tok::NEWLINE)) invalid_syntax();
  if (!at(Tok::INDENT)) {
    fail_eof_or_tok(la(), "expected an indented block after 'match' statement on line " + std::to_string(kw.lineno),
                    SyntaxErrorInfo::Indentation);
  }
  next();
  while (!at(Tok::DEDENT)) {
    if (!at_name("case")) invalid_syntax();
    const Token& ck = next();
    auto* c = mod_->make<MatchCase>();
    c->pattern = patterns();
    if (at(Tok::KW_IF)) {
      next();
      c->guard = named_expression();
    }
    if (!at(Tok::COLON)) {
      if (at(Tok::NEWLINE)) fail_tok(la(), kExpectedColon);
      invalid_syntax();
    }
    next();
    block(c->body, "'case' statement", ck.lineno);
    m->cases.push_back(c);
  }
  next();
  return end_block(m);
}

Pattern* Parser::patterns() {
  // open_sequence_pattern | pattern
  const Token& start = la();
  Pattern* first = at(Tok::STAR) ? star_pattern() : pattern();
  if (!at(Tok::COMMA)) {
    if (first->kind == PatternKind::MatchStar) {
      auto* s = make<MatchSequence>(start);
      s->patterns.push_back(first);
      return end(s);
    }
    return first;
  }
  auto* s = make<MatchSequence>(start);
  s->patterns.push_back(first);
  while (accept(Tok::COMMA)) {
    if (at(Tok::COLON) || at(Tok::KW_IF)) break;
    s->patterns.push_back(at(Tok::STAR) ? star_pattern() : pattern());
  }
  return end(s);
}

Pattern* Parser::star_pattern() {
  const Token& st = next();
  auto* s = make<MatchStar>(st);
  if (!at(Tok::NAME)) invalid_syntax();
  std::string_view n = text(next());
  if (n != "_") s->name = std::string(n);
  return end(s);
}

Pattern* Parser::pattern() {
  DepthGuard g(this);
  const Token& st = la();
  Pattern* p = or_pattern();
  if (at(Tok::KW_AS)) {
    next();
    if (!at(Tok::NAME)) {
      if (starts_expression(type())) {
        Expr* bad = expression();
        fail_node(bad, "invalid pattern target");
      }
      invalid_syntax();
    }
    const Token& n = next();
    if (text(n) == "_") fail_tok(n, "cannot use '_' as a target");
    auto* a = make<MatchAs>(st);
    a->pattern = p;
    a->name = ident(n);
    return end(a);
  }
  return p;
}

Pattern* Parser::or_pattern() {
  const Token& st = la();
  Pattern* first = closed_pattern();
  if (!at(Tok::VBAR)) return first;
  auto* o = make<MatchOr>(st);
  o->patterns.push_back(first);
  while (accept(Tok::VBAR)) o->patterns.push_back(closed_pattern());
  return end(o);
}

Expr* Parser::signed_number() {
  const Token& t = la();
  if (t.type == Tok::MINUS) {
    next();
    if (!at(Tok::NUMBER)) invalid_syntax();
    const Token& n = next();
    auto* u = make<UnaryOp>(t);
    u->op = UnaryOpKind::USub;
    u->operand = number(n);
    return end(u);
  }
  if (!at(Tok::NUMBER)) invalid_syntax();
  return number(next());
}

// literal_pattern / literal_expr: numbers (incl. complex a+bj), strings, None/True/False.
Expr* Parser::literal_expr_for_pattern(bool& is_singleton, ConstantValue& single) {
  is_singleton = false;
  const Token& t = la();
  if (t.type == Tok::KW_NONE || t.type == Tok::KW_TRUE || t.type == Tok::KW_FALSE) {
    next();
    is_singleton = true;
    single = t.type == Tok::KW_NONE ? ConstantValue::none() : ConstantValue::boolean(t.type == Tok::KW_TRUE);
    return nullptr;
  }
  if (t.type == Tok::STRING || t.type == Tok::FSTRING_START) {
    Expr* s = strings();
    if (s->kind == ExprKind::JoinedStr) fail_node(s, "patterns may only match literals and attribute lookups");
    return s;
  }
  Expr* left = signed_number();
  if (at(Tok::PLUS) || at(Tok::MINUS)) {
    Tok op = next().type;
    const Token& n = la();
    if (n.type != Tok::NUMBER) invalid_syntax();
    next();
    Expr* right = number(n);
    auto* b = make_at<BinOp>(left);
    b->left = left;
    b->op = op == Tok::PLUS ? Operator::Add : Operator::Sub;
    b->right = right;
    if (right->as<Constant>()->value.kind != ConstantValue::Kind::Complex)
      fail_node(right, "imaginary number required in complex literal");
    return end(b);
  }
  return left;
}

Pattern* Parser::closed_pattern() {
  DepthGuard g(this);
  const Token& t = la();
  switch (t.type) {
    case Tok::NUMBER: case Tok::MINUS: case Tok::STRING: case Tok::FSTRING_START: case Tok::KW_NONE:
    case Tok::KW_TRUE: case Tok::KW_FALSE: {
      bool single;
      ConstantValue sv;
      Expr* v = literal_expr_for_pattern(single, sv);
      if (single) {
        auto* s = make<MatchSingleton>(t);
        s->value = sv;
        return end(s);
      }
      auto* mv = make<MatchValue>(t);
      mv->value = v;
      return end(mv);
    }
    case Tok::NAME: {
      // capture, wildcard, value (dotted), or class pattern
      next();
      Expr* e;
      {
        auto* n = make<Name>(t);
        n->id = ident(t);
        e = end(n);
      }
      bool dotted = false;
      while (at(Tok::DOT)) {
        next();
        if (!at(Tok::NAME)) invalid_syntax();
        const Token& a = next();
        auto* at_ = make_at<Attribute>(e);
        at_->value = e;
        at_->attr = ident(a);
        e = end(at_);
        dotted = true;
      }
      if (at(Tok::LPAR)) return class_pattern(e);
      if (dotted) {
        auto* mv = make<MatchValue>(t);
        mv->value = e;
        return end(mv);
      }
      auto* as = make<MatchAs>(t);
      if (text(t) != "_") as->name = ident(t);
      return end(as);
    }
    case Tok::LPAR: {
      const Token& lp = next();
      if (at(Tok::RPAR)) {
        next();
        return end(make<MatchSequence>(lp));
      }
      Pattern* first = at(Tok::STAR) ? star_pattern() : pattern();
      if (at(Tok::RPAR) && first->kind != PatternKind::MatchStar) {
        next();
        return first;  // group pattern
      }
      auto* s = make<MatchSequence>(lp);
      s->patterns.push_back(first);
      if (!at(Tok::COMMA)) {
        if (at(Tok::RPAR)) {
          next();
          return end(s);
        }
        invalid_syntax();
      }
      while (accept(Tok::COMMA)) {
        if (at(Tok::RPAR)) break;
        s->patterns.push_back(at(Tok::STAR) ? star_pattern() : pattern());
      }
      expect(Tok::RPAR);
      return end(s);
    }
    case Tok::LSQB: {
      const Token& lb = next();
      auto* s = make<MatchSequence>(lb);
      while (!at(Tok::RSQB)) {
        s->patterns.push_back(at(Tok::STAR) ? star_pattern() : pattern());
        if (!accept(Tok::COMMA)) break;
      }
      expect(Tok::RSQB);
      return end(s);
    }
    case Tok::LBRACE: return mapping_pattern();
    default:
      invalid_syntax();
  }
}

Pattern* Parser::mapping_pattern() {
  const Token& lb = next();
  auto* m = make<MatchMapping>(lb);
  while (!at(Tok::RBRACE)) {
    if (at(Tok::DOUBLESTAR)) {
      next();
      if (!at(Tok::NAME) || text(la()) == "_") invalid_syntax();
      m->rest = ident(next());
      accept(Tok::COMMA);
      if (!at(Tok::RBRACE)) invalid_syntax();
      break;
    }
    // key: literal or dotted value
    const Token& kt = la();
    Expr* key;
    if (kt.type == Tok::NAME) {
      next();
      auto* n = make<Name>(kt);
      n->id = ident(kt);
      Expr* e = end(n);
      if (!at(Tok::DOT)) invalid_syntax();
      while (at(Tok::DOT)) {
        next();
        if (!at(Tok::NAME)) invalid_syntax();
        const Token& a = next();
        auto* at_ = make_at<Attribute>(e);
        at_->value = e;
        at_->attr = ident(a);
        e = end(at_);
      }
      key = e;
    } else {
      bool single;
      ConstantValue sv;
      key = literal_expr_for_pattern(single, sv);
      if (single) {
        auto* c = make<Constant>(kt);
        c->value = sv;
        key = end(c);
      }
    }
    m->keys.push_back(key);
    expect(Tok::COLON);
    m->patterns.push_back(pattern());
    if (!accept(Tok::COMMA)) break;
  }
  expect(Tok::RBRACE);
  return end(m);
}

Pattern* Parser::class_pattern(Expr* cls) {
  next();  // '('
  auto* c = make_at<MatchClass>(cls);
  c->cls = cls;
  bool seen_kw = false;
  while (!at(Tok::RPAR)) {
    if (at(Tok::NAME) && type(1) == Tok::EQUAL) {
      const Token& n = next();
      next();
      c->kwd_attrs.emplace_back(text(n));
      c->kwd_patterns.push_back(pattern());
      seen_kw = true;
    } else {
      Pattern* p = pattern();
      if (seen_kw) fail_node(p, "positional patterns follow keyword patterns");
      c->patterns.push_back(p);
    }
    if (!accept(Tok::COMMA)) break;
  }
  expect(Tok::RPAR);
  return end(c);
}

}  // namespace

// ---------------------------------------------------------------------------------------------

ParseResult parse(std::string_view source, std::string_view filename, ParseMode mode) {
  auto mod = std::make_unique<Module>();
  mod->filename = std::string(filename);
  mod->kind = mode == ParseMode::Exec ? ModKind::Module : mode == ParseMode::Eval ? ModKind::Expression
                                                                                  : ModKind::Interactive;
  SyntaxErrorInfo err;
  if (!prepare_source(source, mod->source, err)) return err;
  LexResult lx = lex(mod->source);
  if (!lx.ok) {
    // A tokenizer error wins over parser errors, except "unexpected indent" before it (CPython
    // reads tokens lazily and does not look further after an indentation error).
    Token stop;
    stop.type = Tok::ENDMARKER;
    if (!lx.tokens.empty()) {
      const Token& last = lx.tokens.back();
      stop.start = stop.end = last.end;
      stop.lineno = stop.end_lineno = last.end_lineno;
      stop.col = stop.end_col = last.end_col;
    }
    lx.tokens.push_back(stop);
    Parser p(mod->source, lx, mod.get(), mode);
    try {
      switch (mode) {
        case ParseMode::Exec: p.parse_file(); break;
        case ParseMode::Eval: p.parse_eval(); break;
        case ParseMode::Single: p.parse_single(); break;
      }
    } catch (ParseError& e) {
      if (e.info.kind == SyntaxErrorInfo::Indentation && e.info.msg == "unexpected indent" &&
          e.info.lineno <= lx.error.lineno)
        return std::move(e.info);
    }
    return lx.error;
  }
  Parser p(mod->source, lx, mod.get(), mode);
  try {
    switch (mode) {
      case ParseMode::Exec: p.parse_file(); break;
      case ParseMode::Eval: p.parse_eval(); break;
      case ParseMode::Single: p.parse_single(); break;
    }
  } catch (ParseError& e) {
    // CPython then tokenizes the rest of the file: reaching the end inside a bracket opened on an
    // earlier line than the error's replaces the error with "'(' was never closed".
    if (!e.fatal && !lx.open_at_eof.empty() && e.info.msg != "unexpected indent" &&
        e.furthest_line > lx.open_at_eof.back().lineno) {
      const OpenBracket& b = lx.open_at_eof.back();
      SyntaxErrorInfo info;
      info.msg = std::string("'") + b.c + "' was never closed";
      std::string_view line = source_line(mod->source, b.lineno);
      info.lineno = info.end_lineno = b.lineno;
      info.offset = char_offset(line, b.col);
      info.end_offset = 0;
      info.text = std::string(line);
      // (newline only when the bracket is on the last line read, as for other parser errors)
      int last = 0;
      for (char c : mod->source) last += c == '\n';
      if (b.lineno >= last) info.text += "\n";
      info.has_text = true;
      return info;
    }
    return std::move(e.info);
  }
  return mod;
}

bool is_incomplete_input(std::string_view source) {
  std::string src;
  SyntaxErrorInfo err;
  if (!prepare_source(source, src, err)) return false;
  LexResult lx = lex(src);
  if (!lx.ok) {
    const std::string& m = lx.error.msg;
    return m.rfind("unterminated triple-quoted", 0) == 0 || m == "unexpected EOF while parsing";
  }
  if (!lx.open_at_eof.empty()) return true;
  auto r = parse(source, "<stdin>", ParseMode::Single);
  if (auto* e = std::get_if<SyntaxErrorInfo>(&r)) {
    // "expected an indented block" at the end of input: the body has not been typed yet.
    if (e->msg.rfind("expected an indented block", 0) == 0) {
      int lines = 0;
      for (char c : src) lines += c == '\n';
      return e->lineno >= lines;
    }
    return false;
  }
  // A compound statement is complete only after a blank line.
  if (lx.tokens.empty()) return false;
  Tok first = lx.tokens[0].type;
  bool compound = first == Tok::KW_IF || first == Tok::KW_WHILE || first == Tok::KW_FOR || first == Tok::KW_TRY ||
                  first == Tok::KW_WITH || first == Tok::KW_DEF || first == Tok::KW_CLASS || first == Tok::AT ||
                  first == Tok::KW_ASYNC ||
                  (first == Tok::NAME && src.compare(lx.tokens[0].start, 5, "match") == 0 &&
                   lx.tokens[0].end - lx.tokens[0].start == 5);
  if (!compound) return false;
  // Ends with an empty line?
  size_t n = src.size();
  return !(n >= 2 && src[n - 1] == '\n' && src[n - 2] == '\n');
}

}  // namespace weft
