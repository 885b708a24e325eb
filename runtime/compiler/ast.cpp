// AST support: the arena, enum names and ast.dump-compatible printing (for tests and debugging).
#include "compiler/ast.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>

#include "compiler/lexer.h"

namespace weft::ast {

// ---------------------------------------------------------------------------------------------
// Arena.

Arena::~Arena() {
  for (size_t i = dtors_.size(); i-- > 0;) dtors_[i].fn(dtors_[i].p);
}

void* Arena::allocate_slow(size_t n, size_t align) {
  size_t block = n + align > 32 * 1024 ? n + align : 32 * 1024;
  blocks_.emplace_back(new char[block]);
  cur_ = blocks_.back().get();
  end_ = cur_ + block;
  uintptr_t p = (reinterpret_cast<uintptr_t>(cur_) + (align - 1)) & ~uintptr_t(align - 1);
  cur_ = reinterpret_cast<char*>(p + n);
  return reinterpret_cast<void*>(p);
}

std::string_view Module::line(int lineno) const { return source_line(source, lineno); }

// ---------------------------------------------------------------------------------------------
// Names.

const char* name(ExprContext c) {
  switch (c) {
    case ExprContext::Load: return "Load";
    case ExprContext::Store: return "Store";
    case ExprContext::Del: return "Del";
  }
  return "?";
}
const char* name(BoolOpKind k) { return k == BoolOpKind::And ? "And" : "Or"; }
const char* name(Operator o) {
  static const char* const n[] = {"Add", "Sub", "Mult", "MatMult", "Div", "Mod", "Pow",
                                  "LShift", "RShift", "BitOr", "BitXor", "BitAnd", "FloorDiv"};
  return n[static_cast<int>(o)];
}
const char* symbol(Operator o) {
  static const char* const n[] = {"+", "-", "*", "@", "/", "%", "**", "<<", ">>", "|", "^", "&", "//"};
  return n[static_cast<int>(o)];
}
const char* name(UnaryOpKind k) {
  static const char* const n[] = {"Invert", "Not", "UAdd", "USub"};
  return n[static_cast<int>(k)];
}
const char* symbol(UnaryOpKind k) {
  static const char* const n[] = {"~", "not", "+", "-"};
  return n[static_cast<int>(k)];
}
const char* name(CmpOp o) {
  static const char* const n[] = {"Eq", "NotEq", "Lt", "LtE", "Gt", "GtE", "Is", "IsNot", "In", "NotIn"};
  return n[static_cast<int>(o)];
}
const char* symbol(CmpOp o) {
  static const char* const n[] = {"==", "!=", "<", "<=", ">", ">=", "is", "is not", "in", "not in"};
  return n[static_cast<int>(o)];
}
const char* name(ExprKind k) {
  static const char* const n[] = {
      "BoolOp", "NamedExpr", "BinOp", "UnaryOp", "Lambda", "IfExp", "Dict", "Set", "ListComp", "SetComp",
      "DictComp", "GeneratorExp", "Await", "Yield", "YieldFrom", "Compare", "Call", "FormattedValue",
      "JoinedStr", "Constant", "Attribute", "Subscript", "Starred", "Name", "List", "Tuple", "Slice"};
  return n[static_cast<int>(k)];
}
const char* name(StmtKind k) {
  static const char* const n[] = {
      "FunctionDef", "AsyncFunctionDef", "ClassDef", "Return", "Delete", "Assign", "AugAssign", "AnnAssign",
      "For", "AsyncFor", "While", "If", "With", "AsyncWith", "Match", "Raise", "Try", "TryStar", "Assert",
      "Import", "ImportFrom", "Global", "Nonlocal", "Expr", "Pass", "Break", "Continue", "TypeAlias"};
  return n[static_cast<int>(k)];
}
const char* name(PatternKind k) {
  static const char* const n[] = {"MatchValue", "MatchSingleton", "MatchSequence", "MatchMapping",
                                  "MatchClass", "MatchStar", "MatchAs", "MatchOr"};
  return n[static_cast<int>(k)];
}

// ---------------------------------------------------------------------------------------------
// Python reprs of constants.

void constant_repr_to(std::string& out, const ConstantValue& v);

namespace {

// repr(float) as Python: shortest round-trip digits, exponent form outside [1e-4, 1e16).
std::string float_repr(double d, bool imag = false) {
  if (std::isnan(d)) return "nan";
  if (std::isinf(d)) return d > 0 ? "inf" : "-inf";
  char buf[64];
  int prec;
  for (prec = 1; prec <= 17; prec++) {
    std::snprintf(buf, sizeof buf, "%.*e", prec - 1, d);
    if (std::strtod(buf, nullptr) == d) break;
  }
  // buf = [-]d.ddde[+-]XX
  std::string s(buf);
  bool neg = s[0] == '-';
  if (neg) s.erase(0, 1);
  size_t epos = s.find('e');
  int exp = std::atoi(s.c_str() + epos + 1);
  std::string digits;
  for (size_t i = 0; i < epos; i++)
    if (s[i] != '.') digits.push_back(s[i]);
  while (digits.size() > 1 && digits.back() == '0') digits.pop_back();
  std::string out;
  if (exp >= -5 && exp < 16) {
    int point = exp + 1;  // digits before the decimal point
    if (point <= 0) {
      out = "0." + std::string(static_cast<size_t>(-point), '0') + digits;
    } else if (static_cast<size_t>(point) >= digits.size()) {
      out = digits + std::string(static_cast<size_t>(point) - digits.size(), '0');
      if (!imag) out += ".0";
    } else {
      out = digits.substr(0, static_cast<size_t>(point)) + "." + digits.substr(static_cast<size_t>(point));
    }
    if (exp == -5) {
      // Python switches to exponent form below 1e-4.
      out.clear();
    }
  }
  if (out.empty()) {
    out = digits.substr(0, 1);
    if (digits.size() > 1) out += "." + digits.substr(1);
    char eb[16];
    std::snprintf(eb, sizeof eb, "e%c%02d", exp < 0 ? '-' : '+', exp < 0 ? -exp : exp);
    out += eb;
  }
  return neg ? "-" + out : out;
}

void str_repr(std::string& out, const std::string& s) {
  bool has_sq = s.find('\'') != std::string::npos;
  bool has_dq = s.find('"') != std::string::npos;
  char q = has_sq && !has_dq ? '"' : '\'';
  out.push_back(q);
  for (size_t i = 0; i < s.size();) {
    uint32_t cp;
    int len = weft::utf8_decode(s.data() + i, s.data() + s.size(), cp);
    if (!len) {
      // A lone surrogate (generalized UTF-8, 3 bytes) or stray byte.
      auto b0 = static_cast<unsigned char>(s[i]);
      if (b0 == 0xED && i + 2 < s.size()) {
        cp = ((b0 & 0x0Fu) << 12) | ((static_cast<unsigned char>(s[i + 1]) & 0x3Fu) << 6) |
             (static_cast<unsigned char>(s[i + 2]) & 0x3Fu);
        len = 3;
      } else {
        cp = b0;
        len = 1;
      }
      char b[16];
      std::snprintf(b, sizeof b, "\\u%04x", cp);
      out += b;
      i += static_cast<size_t>(len);
      continue;
    }
    i += static_cast<size_t>(len);
    if (cp == static_cast<uint32_t>(q) || cp == '\\') {
      out.push_back('\\');
      out.push_back(static_cast<char>(cp));
    } else if (cp == '\n') out += "\\n";
    else if (cp == '\r') out += "\\r";
    else if (cp == '\t') out += "\\t";
    else if (cp < 0x20 || cp == 0x7F) {
      char b[8];
      std::snprintf(b, sizeof b, "\\x%02x", cp);
      out += b;
    } else if (cp < 0x80 || weft::is_printable(cp)) {
      weft::utf8_append(out, cp);
    } else {
      char b[16];
      if (cp <= 0xFF) std::snprintf(b, sizeof b, "\\x%02x", cp);
      else if (cp <= 0xFFFF) std::snprintf(b, sizeof b, "\\u%04x", cp);
      else std::snprintf(b, sizeof b, "\\U%08x", cp);
      out += b;
    }
  }
  out.push_back(q);
}

void bytes_repr(std::string& out, const std::string& s) {
  bool has_sq = s.find('\'') != std::string::npos;
  bool has_dq = s.find('"') != std::string::npos;
  char q = has_sq && !has_dq ? '"' : '\'';
  out.push_back('b');
  out.push_back(q);
  for (unsigned char c : s) {
    if (c == q || c == '\\') {
      out.push_back('\\');
      out.push_back(static_cast<char>(c));
    } else if (c == '\n') out += "\\n";
    else if (c == '\r') out += "\\r";
    else if (c == '\t') out += "\\t";
    else if (c < 0x20 || c >= 0x7F) {
      char b[8];
      std::snprintf(b, sizeof b, "\\x%02x", c);
      out += b;
    } else out.push_back(static_cast<char>(c));
  }
  out.push_back(q);
}

}  // namespace
void constant_repr_to(std::string& out, const ConstantValue& v) {
  switch (v.kind) {
    case ConstantValue::Kind::None: out += "None"; break;
    case ConstantValue::Kind::True: out += "True"; break;
    case ConstantValue::Kind::False: out += "False"; break;
    case ConstantValue::Kind::Ellipsis: out += "Ellipsis"; break;
    case ConstantValue::Kind::Int: out += v.text; break;
    case ConstantValue::Kind::Float: out += float_repr(v.num); break;
    case ConstantValue::Kind::Complex: out += float_repr(v.num, true) + "j"; break;
    case ConstantValue::Kind::Str: str_repr(out, v.text); break;
    case ConstantValue::Kind::Bytes: bytes_repr(out, v.text); break;
  }
}

namespace {

// ---------------------------------------------------------------------------------------------
// The dumper: fields in CPython's order; None and [] omitted (Python 3.13's ast.dump default).

class Dumper {
 public:
  explicit Dumper(bool attrs) : attrs_(attrs) {}
  std::string out;

  void stmt(const Stmt* s);
  void expr(const Expr* e);
  void pattern(const Pattern* p);

 private:
  bool attrs_;
  bool first_ = true;

  // Field helpers: each writes ", name=" (or "name=" first) then the value.
  void open(const char* type) {
    out += type;
    out += "(";
    first_ = true;
  }
  void close(const Located* pos) {
    if (attrs_ && pos) {
      key("lineno"); out += std::to_string(pos->lineno);
      key("col_offset"); out += std::to_string(pos->col_offset);
      key("end_lineno"); out += std::to_string(pos->end_lineno);
      key("end_col_offset"); out += std::to_string(pos->end_col_offset);
    }
    out += ")";
    first_ = false;
  }
  void key(const char* k) {
    if (!first_) out += ", ";
    first_ = false;
    out += k;
    out += "=";
  }
  void f_expr(const char* k, const Expr* e) {
    if (!e) return;
    key(k);
    bool f = first_;
    expr(e);
    first_ = f;
  }
  void f_str(const char* k, const std::string& s, bool omit_empty = true) {
    if (omit_empty && s.empty()) return;
    key(k);
    str_repr(out, s);
  }
  void f_raw(const char* k, const std::string& s) {
    key(k);
    out += s;
  }
  template <class T, class F>
  void f_list(const char* k, const std::vector<T>& v, F each) {
    if (v.empty()) return;
    key(k);
    out += "[";
    for (size_t i = 0; i < v.size(); i++) {
      if (i) out += ", ";
      bool f = first_;
      each(v[i]);
      first_ = f;
    }
    out += "]";
  }
  void f_exprs(const char* k, const std::vector<Expr*>& v) {
    f_list(k, v, [&](const Expr* e) {
      if (e) expr(e);
      else out += "None";
    });
  }
  void f_stmts(const char* k, const std::vector<Stmt*>& v) {
    f_list(k, v, [&](const Stmt* s) { stmt(s); });
  }
  void f_names(const char* k, const std::vector<std::string>& v) {
    f_list(k, v, [&](const std::string& s) { str_repr(out, s); });
  }
  void f_ctx(ExprContext c) {
    key("ctx");
    out += name(c);
    out += "()";
  }
  void arg(const Arg* a) {
    bool f = first_;
    open("arg");
    f_str("arg", a->arg);
    f_expr("annotation", a->annotation);
    close(a);
    first_ = f;
  }
  void f_arg(const char* k, const Arg* a) {
    if (!a) return;
    key(k);
    arg(a);
  }
  void arguments(const Arguments* a) {
    bool f = first_;
    open("arguments");
    f_list("posonlyargs", a->posonlyargs, [&](const Arg* x) { arg(x); });
    f_list("args", a->args, [&](const Arg* x) { arg(x); });
    f_arg("vararg", a->vararg);
    f_list("kwonlyargs", a->kwonlyargs, [&](const Arg* x) { arg(x); });
    f_exprs("kw_defaults", a->kw_defaults);
    f_arg("kwarg", a->kwarg);
    f_exprs("defaults", a->defaults);
    close(nullptr);
    first_ = f;
  }
  void keyword(const Keyword* k) {
    bool f = first_;
    open("keyword");
    f_str("arg", k->arg);
    f_expr("value", k->value);
    close(k);
    first_ = f;
  }
  void comprehensions(const std::vector<Comprehension*>& gens) {
    f_list("generators", gens, [&](const Comprehension* c) {
      open("comprehension");
      f_expr("target", c->target);
      f_expr("iter", c->iter);
      f_exprs("ifs", c->ifs);
      f_raw("is_async", c->is_async ? "1" : "0");
      close(nullptr);
    });
  }
  void f_patterns(const char* k, const std::vector<Pattern*>& v) {
    f_list(k, v, [&](const Pattern* p) { pattern(p); });
  }
  void f_type_params(const std::vector<TypeParam*>& v) {
    f_list("type_params", v, [&](const TypeParam* t) {
      static const char* const kinds[] = {"TypeVar", "ParamSpec", "TypeVarTuple"};
      open(kinds[static_cast<int>(t->kind)]);
      f_str("name", t->name);
      f_expr("bound", t->bound);
      f_expr("default_value", t->default_value);
      close(t);
    });
  }
};

void Dumper::expr(const Expr* e) {
  open(name(e->kind));
  switch (e->kind) {
    case ExprKind::BoolOp: {
      auto* x = e->as<BoolOp>();
      f_raw("op", std::string(name(x->op)) + "()");
      f_exprs("values", x->values);
      break;
    }
    case ExprKind::NamedExpr: {
      auto* x = e->as<NamedExpr>();
      f_expr("target", x->target);
      f_expr("value", x->value);
      break;
    }
    case ExprKind::BinOp: {
      auto* x = e->as<BinOp>();
      f_expr("left", x->left);
      f_raw("op", std::string(name(x->op)) + "()");
      f_expr("right", x->right);
      break;
    }
    case ExprKind::UnaryOp: {
      auto* x = e->as<UnaryOp>();
      f_raw("op", std::string(name(x->op)) + "()");
      f_expr("operand", x->operand);
      break;
    }
    case ExprKind::Lambda: {
      auto* x = e->as<Lambda>();
      key("args");
      arguments(x->args);
      f_expr("body", x->body);
      break;
    }
    case ExprKind::IfExp: {
      auto* x = e->as<IfExp>();
      f_expr("test", x->test);
      f_expr("body", x->body);
      f_expr("orelse", x->orelse);
      break;
    }
    case ExprKind::Dict: {
      auto* x = e->as<Dict>();
      f_exprs("keys", x->keys);
      f_exprs("values", x->values);
      break;
    }
    case ExprKind::Set: f_exprs("elts", e->as<Set>()->elts); break;
    case ExprKind::ListComp: {
      auto* x = e->as<ListComp>();
      f_expr("elt", x->elt);
      comprehensions(x->generators);
      break;
    }
    case ExprKind::SetComp: {
      auto* x = e->as<SetComp>();
      f_expr("elt", x->elt);
      comprehensions(x->generators);
      break;
    }
    case ExprKind::DictComp: {
      auto* x = e->as<DictComp>();
      f_expr("key", x->key);
      f_expr("value", x->value);
      comprehensions(x->generators);
      break;
    }
    case ExprKind::GeneratorExp: {
      auto* x = e->as<GeneratorExp>();
      f_expr("elt", x->elt);
      comprehensions(x->generators);
      break;
    }
    case ExprKind::Await: f_expr("value", e->as<Await>()->value); break;
    case ExprKind::Yield: f_expr("value", e->as<Yield>()->value); break;
    case ExprKind::YieldFrom: f_expr("value", e->as<YieldFrom>()->value); break;
    case ExprKind::Compare: {
      auto* x = e->as<Compare>();
      f_expr("left", x->left);
      f_list("ops", x->ops, [&](CmpOp o) {
        out += name(o);
        out += "()";
      });
      f_exprs("comparators", x->comparators);
      break;
    }
    case ExprKind::Call: {
      auto* x = e->as<Call>();
      f_expr("func", x->func);
      f_exprs("args", x->args);
      f_list("keywords", x->keywords, [&](const Keyword* k) { keyword(k); });
      break;
    }
    case ExprKind::FormattedValue: {
      auto* x = e->as<FormattedValue>();
      f_expr("value", x->value);
      f_raw("conversion", std::to_string(x->conversion));
      f_expr("format_spec", x->format_spec);
      break;
    }
    case ExprKind::JoinedStr: f_exprs("values", e->as<JoinedStr>()->values); break;
    case ExprKind::Constant: {
      auto* x = e->as<Constant>();
      key("value");
      constant_repr_to(out, x->value);
      if (x->u_prefix) f_raw("kind", "'u'");
      break;
    }
    case ExprKind::Attribute: {
      auto* x = e->as<Attribute>();
      f_expr("value", x->value);
      f_str("attr", x->attr);
      f_ctx(e->ctx);
      break;
    }
    case ExprKind::Subscript: {
      auto* x = e->as<Subscript>();
      f_expr("value", x->value);
      f_expr("slice", x->slice);
      f_ctx(e->ctx);
      break;
    }
    case ExprKind::Starred:
      f_expr("value", e->as<Starred>()->value);
      f_ctx(e->ctx);
      break;
    case ExprKind::Name:
      f_str("id", e->as<Name>()->id);
      f_ctx(e->ctx);
      break;
    case ExprKind::List:
      f_exprs("elts", e->as<List>()->elts);
      f_ctx(e->ctx);
      break;
    case ExprKind::Tuple:
      f_exprs("elts", e->as<Tuple>()->elts);
      f_ctx(e->ctx);
      break;
    case ExprKind::Slice: {
      auto* x = e->as<Slice>();
      f_expr("lower", x->lower);
      f_expr("upper", x->upper);
      f_expr("step", x->step);
      break;
    }
  }
  close(e);
}

void Dumper::pattern(const Pattern* p) {
  open(name(p->kind));
  switch (p->kind) {
    case PatternKind::MatchValue: f_expr("value", p->as<MatchValue>()->value); break;
    case PatternKind::MatchSingleton:
      key("value");
      constant_repr_to(out, p->as<MatchSingleton>()->value);
      break;
    case PatternKind::MatchSequence: f_patterns("patterns", p->as<MatchSequence>()->patterns); break;
    case PatternKind::MatchMapping: {
      auto* x = p->as<MatchMapping>();
      f_exprs("keys", x->keys);
      f_patterns("patterns", x->patterns);
      f_str("rest", x->rest);
      break;
    }
    case PatternKind::MatchClass: {
      auto* x = p->as<MatchClass>();
      f_expr("cls", x->cls);
      f_patterns("patterns", x->patterns);
      f_names("kwd_attrs", x->kwd_attrs);
      f_patterns("kwd_patterns", x->kwd_patterns);
      break;
    }
    case PatternKind::MatchStar: f_str("name", p->as<MatchStar>()->name); break;
    case PatternKind::MatchAs: {
      auto* x = p->as<MatchAs>();
      if (x->pattern) {
        key("pattern");
        bool f = first_;
        pattern(x->pattern);
        first_ = f;
      }
      f_str("name", x->name);
      break;
    }
    case PatternKind::MatchOr: f_patterns("patterns", p->as<MatchOr>()->patterns); break;
  }
  close(p);
}

void Dumper::stmt(const Stmt* s) {
  open(name(s->kind));
  switch (s->kind) {
    case StmtKind::FunctionDef: case StmtKind::AsyncFunctionDef: {
      auto* x = s->as<FunctionDef>();
      f_str("name", x->name);
      key("args");
      arguments(x->args);
      f_stmts("body", x->body);
      f_exprs("decorator_list", x->decorator_list);
      f_expr("returns", x->returns);
      f_type_params(x->type_params);
      break;
    }
    case StmtKind::ClassDef: {
      auto* x = s->as<ClassDef>();
      f_str("name", x->name);
      f_exprs("bases", x->bases);
      f_list("keywords", x->keywords, [&](const Keyword* k) { keyword(k); });
      f_stmts("body", x->body);
      f_exprs("decorator_list", x->decorator_list);
      f_type_params(x->type_params);
      break;
    }
    case StmtKind::Return: f_expr("value", s->as<Return>()->value); break;
    case StmtKind::Delete: f_exprs("targets", s->as<Delete>()->targets); break;
    case StmtKind::Assign: {
      auto* x = s->as<Assign>();
      f_exprs("targets", x->targets);
      f_expr("value", x->value);
      break;
    }
    case StmtKind::AugAssign: {
      auto* x = s->as<AugAssign>();
      f_expr("target", x->target);
      f_raw("op", std::string(name(x->op)) + "()");
      f_expr("value", x->value);
      break;
    }
    case StmtKind::AnnAssign: {
      auto* x = s->as<AnnAssign>();
      f_expr("target", x->target);
      f_expr("annotation", x->annotation);
      f_expr("value", x->value);
      f_raw("simple", x->simple ? "1" : "0");
      break;
    }
    case StmtKind::For: case StmtKind::AsyncFor: {
      auto* x = s->as<For>();
      f_expr("target", x->target);
      f_expr("iter", x->iter);
      f_stmts("body", x->body);
      f_stmts("orelse", x->orelse);
      break;
    }
    case StmtKind::While: {
      auto* x = s->as<While>();
      f_expr("test", x->test);
      f_stmts("body", x->body);
      f_stmts("orelse", x->orelse);
      break;
    }
    case StmtKind::If: {
      auto* x = s->as<If>();
      f_expr("test", x->test);
      f_stmts("body", x->body);
      f_stmts("orelse", x->orelse);
      break;
    }
    case StmtKind::With: case StmtKind::AsyncWith: {
      auto* x = s->as<With>();
      f_list("items", x->items, [&](const WithItem* w) {
        open("withitem");
        f_expr("context_expr", w->context_expr);
        f_expr("optional_vars", w->optional_vars);
        close(nullptr);
      });
      f_stmts("body", x->body);
      break;
    }
    case StmtKind::Match: {
      auto* x = s->as<Match>();
      f_expr("subject", x->subject);
      f_list("cases", x->cases, [&](const MatchCase* c) {
        open("match_case");
        key("pattern");
        bool f = first_;
        pattern(c->pattern);
        first_ = f;
        f_expr("guard", c->guard);
        f_stmts("body", c->body);
        close(nullptr);
      });
      break;
    }
    case StmtKind::Raise: {
      auto* x = s->as<Raise>();
      f_expr("exc", x->exc);
      f_expr("cause", x->cause);
      break;
    }
    case StmtKind::Try: case StmtKind::TryStar: {
      auto* x = s->as<Try>();
      f_stmts("body", x->body);
      f_list("handlers", x->handlers, [&](const ExceptHandler* h) {
        open("ExceptHandler");
        f_expr("type", h->type);
        f_str("name", h->name);
        f_stmts("body", h->body);
        close(h);
      });
      f_stmts("orelse", x->orelse);
      f_stmts("finalbody", x->finalbody);
      break;
    }
    case StmtKind::Assert: {
      auto* x = s->as<Assert>();
      f_expr("test", x->test);
      f_expr("msg", x->msg);
      break;
    }
    case StmtKind::Import: case StmtKind::ImportFrom: {
      const std::vector<Alias*>& names = s->kind == StmtKind::Import ? s->as<Import>()->names : s->as<ImportFrom>()->names;
      if (s->kind == StmtKind::ImportFrom) f_str("module", s->as<ImportFrom>()->module);
      f_list("names", names, [&](const Alias* a) {
        open("alias");
        f_str("name", a->name);
        f_str("asname", a->asname);
        close(a);
      });
      if (s->kind == StmtKind::ImportFrom) f_raw("level", std::to_string(s->as<ImportFrom>()->level));
      break;
    }
    case StmtKind::Global: f_names("names", s->as<Global>()->names); break;
    case StmtKind::Nonlocal: f_names("names", s->as<Nonlocal>()->names); break;
    case StmtKind::Expr: f_expr("value", s->as<ExprStmt>()->value); break;
    case StmtKind::Pass: case StmtKind::Break: case StmtKind::Continue: break;
    case StmtKind::TypeAlias: {
      auto* x = s->as<TypeAlias>();
      f_expr("name", x->name);
      f_type_params(x->type_params);
      f_expr("value", x->value);
      break;
    }
  }
  close(s);
}

}  // namespace

std::string dump(const Module& m, bool include_attributes) {
  Dumper d(include_attributes);
  switch (m.kind) {
    case ModKind::Module:
    case ModKind::Interactive: {
      d.out += m.kind == ModKind::Module ? "Module(" : "Interactive(";
      if (!m.body.empty()) {
        d.out += "body=[";
        for (size_t i = 0; i < m.body.size(); i++) {
          if (i) d.out += ", ";
          d.stmt(m.body[i]);
        }
        d.out += "]";
      }
      d.out += ")";
      break;
    }
    case ModKind::Expression:
      d.out += "Expression(body=";
      if (m.expr) d.expr(m.expr);
      d.out += ")";
      break;
  }
  return d.out;
}

std::string dump(const Stmt* s, bool include_attributes) {
  Dumper d(include_attributes);
  d.stmt(s);
  return d.out;
}

std::string dump(const Expr* e, bool include_attributes) {
  Dumper d(include_attributes);
  d.expr(e);
  return d.out;
}

std::string constant_repr(const ConstantValue& v) {
  std::string out;
  ::weft::ast::constant_repr_to(out, v);
  return out;
}

std::string dump(const Pattern* p, bool include_attributes) {
  Dumper d(include_attributes);
  d.pattern(p);
  return d.out;
}

}  // namespace weft::ast
