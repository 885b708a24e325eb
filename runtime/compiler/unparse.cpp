// Expression unparser (PEP 563 annotations). Parentheses are added only where the precedence of
// the context requires them, with CPython's levels (tuple < test < or < and < not < comparison <
// | < ^ < & < shifts < + - < * / // % @ < unary < ** < await < atom).
#include "compiler/unparse.h"

namespace weft {

namespace {

using namespace ast;

enum Prec : int {
  kTuple, kTest, kOr, kAnd, kNot, kCmp, kBor, kBxor, kBand, kShift, kArith, kTerm, kFactor, kPower,
  kAwait, kAtom
};

class Unparser {
 public:
  explicit Unparser(const std::function<std::string(const ConstantValue&)>& cr) : const_repr_(cr) {}

  void expr(const Expr* e, int level) {
    switch (e->kind) {
      case ExprKind::BoolOp: {
        const auto* b = e->as<BoolOp>();
        int pr = b->op == BoolOpKind::And ? kAnd : kOr;
        open(level > pr);
        for (size_t i = 0; i < b->values.size(); i++) {
          if (i) out_ += b->op == BoolOpKind::And ? " and " : " or ";
          expr(b->values[i], pr + 1);
        }
        close(level > pr);
        break;
      }
      case ExprKind::BinOp: {
        const auto* b = e->as<BinOp>();
        int pr = binop_prec(b->op);
        bool rassoc = b->op == Operator::Pow;
        open(level > pr);
        expr(b->left, pr + (rassoc ? 1 : 0));
        out_ += " ";
        out_ += symbol(b->op);
        out_ += " ";
        expr(b->right, pr + (rassoc ? 0 : 1));
        close(level > pr);
        break;
      }
      case ExprKind::UnaryOp: {
        const auto* u = e->as<UnaryOp>();
        int pr = u->op == UnaryOpKind::Not ? kNot : kFactor;
        open(level > pr);
        out_ += u->op == UnaryOpKind::Not ? "not " : symbol(u->op);
        expr(u->operand, pr);
        close(level > pr);
        break;
      }
      case ExprKind::Lambda: {
        const auto* l = e->as<Lambda>();
        open(level > kTest);
        out_ += "lambda";
        if (has_args(l->args)) {
          out_ += " ";
          args(l->args);
        }
        out_ += ": ";
        expr(l->body, kTest);
        close(level > kTest);
        break;
      }
      case ExprKind::IfExp: {
        const auto* i = e->as<IfExp>();
        open(level > kTest);
        expr(i->body, kTest + 1);
        out_ += " if ";
        expr(i->test, kTest + 1);
        out_ += " else ";
        expr(i->orelse, kTest);
        close(level > kTest);
        break;
      }
      case ExprKind::Dict: {
        const auto* d = e->as<Dict>();
        out_ += "{";
        for (size_t i = 0; i < d->values.size(); i++) {
          if (i) out_ += ", ";
          if (d->keys[i]) {
            expr(d->keys[i], kTest);
            out_ += ": ";
            expr(d->values[i], kTest);
          } else {
            out_ += "**";
            expr(d->values[i], kBor);
          }
        }
        out_ += "}";
        break;
      }
      case ExprKind::Set: {
        const auto* s = e->as<Set>();
        if (s->elts.empty()) {
          out_ += "{*()}";
          break;
        }
        out_ += "{";
        seq(s->elts);
        out_ += "}";
        break;
      }
      case ExprKind::ListComp:
        out_ += "[";
        expr(e->as<ListComp>()->elt, kTest);
        comprehensions(e->as<ListComp>()->generators);
        out_ += "]";
        break;
      case ExprKind::SetComp:
        out_ += "{";
        expr(e->as<SetComp>()->elt, kTest);
        comprehensions(e->as<SetComp>()->generators);
        out_ += "}";
        break;
      case ExprKind::DictComp:
        out_ += "{";
        expr(e->as<DictComp>()->key, kTest);
        out_ += ": ";
        expr(e->as<DictComp>()->value, kTest);
        comprehensions(e->as<DictComp>()->generators);
        out_ += "}";
        break;
      case ExprKind::GeneratorExp:
        out_ += "(";
        expr(e->as<GeneratorExp>()->elt, kTest);
        comprehensions(e->as<GeneratorExp>()->generators);
        out_ += ")";
        break;
      case ExprKind::Await:
        open(level > kAwait);
        out_ += "await ";
        expr(e->as<Await>()->value, kAtom);
        close(level > kAwait);
        break;
      case ExprKind::Yield:
        if (!e->as<Yield>()->value) {
          out_ += "(yield)";
        } else {
          out_ += "(yield ";
          expr(e->as<Yield>()->value, kTest);
          out_ += ")";
        }
        break;
      case ExprKind::YieldFrom:
        out_ += "(yield from ";
        expr(e->as<YieldFrom>()->value, kTest);
        out_ += ")";
        break;
      case ExprKind::Compare: {
        const auto* c = e->as<Compare>();
        open(level > kCmp);
        expr(c->left, kCmp + 1);
        for (size_t i = 0; i < c->ops.size(); i++) {
          out_ += " ";
          out_ += symbol(c->ops[i]);
          out_ += " ";
          expr(c->comparators[i], kCmp + 1);
        }
        close(level > kCmp);
        break;
      }
      case ExprKind::Call: {
        const auto* c = e->as<Call>();
        expr(c->func, kAtom);
        if (c->args.size() == 1 && c->keywords.empty() && c->args[0]->kind == ExprKind::GeneratorExp) {
          expr(c->args[0], kTest);  // f(x for x in y): the generator's parentheses suffice
          break;
        }
        out_ += "(";
        bool first = true;
        for (const Expr* a : c->args) {
          if (!first) out_ += ", ";
          first = false;
          expr(a, kTest);
        }
        for (const Keyword* k : c->keywords) {
          if (!first) out_ += ", ";
          first = false;
          if (k->arg.empty()) out_ += "**";
          else out_ += k->arg + "=";
          expr(k->value, kTest);
        }
        out_ += ")";
        break;
      }
      case ExprKind::FormattedValue:
      case ExprKind::JoinedStr:
        joined_str(e, false);
        break;
      case ExprKind::Constant: {
        const ConstantValue& v = e->as<Constant>()->value;
        if (v.kind == ConstantValue::Kind::Ellipsis) {
          out_ += "...";
          break;
        }
        if (e->as<Constant>()->u_prefix) out_ += "u";
        std::string r = const_repr_(v);
        if (v.kind == ConstantValue::Kind::Float || v.kind == ConstantValue::Kind::Complex) {
          // An infinite literal (1e999) is written so that it parses back to infinity.
          for (size_t p = r.find("inf"); p != std::string::npos; p = r.find("inf", p + 5)) r.replace(p, 3, "1e309");
        }
        out_ += r;
        break;
      }
      case ExprKind::Attribute: {
        const auto* a = e->as<Attribute>();
        expr(a->value, kAtom);
        bool int_value = a->value->kind == ExprKind::Constant &&
                         a->value->as<Constant>()->value.kind == ConstantValue::Kind::Int;
        out_ += int_value ? " ." : ".";
        out_ += a->attr;
        break;
      }
      case ExprKind::Subscript: {
        const auto* s = e->as<Subscript>();
        expr(s->value, kAtom);
        out_ += "[";
        expr(s->slice, kTuple);
        out_ += "]";
        break;
      }
      case ExprKind::Starred:
        out_ += "*";
        expr(e->as<Starred>()->value, kBor);
        break;
      case ExprKind::Name:
        out_ += e->as<Name>()->id;
        break;
      case ExprKind::List:
        out_ += "[";
        seq(e->as<List>()->elts);
        out_ += "]";
        break;
      case ExprKind::Tuple: {
        const auto& elts = e->as<Tuple>()->elts;
        if (elts.empty()) {
          out_ += "()";
          break;
        }
        open(level > kTuple);
        seq(elts);
        if (elts.size() == 1) out_ += ",";
        close(level > kTuple);
        break;
      }
      case ExprKind::Slice: {
        const auto* s = e->as<Slice>();
        if (s->lower) expr(s->lower, kTest);
        out_ += ":";
        if (s->upper) expr(s->upper, kTest);
        if (s->step) {
          out_ += ":";
          expr(s->step, kTest);
        }
        break;
      }
      case ExprKind::NamedExpr: {
        const auto* n = e->as<NamedExpr>();
        open(level > kTuple);
        expr(n->target, kAtom);
        out_ += " := ";
        expr(n->value, kAtom);
        close(level > kTuple);
        break;
      }
    }
  }

  std::string take() { return std::move(out_); }

 private:
  const std::function<std::string(const ConstantValue&)>& const_repr_;
  std::string out_;

  void open(bool b) {
    if (b) out_ += "(";
  }
  void close(bool b) {
    if (b) out_ += ")";
  }
  void seq(const std::vector<Expr*>& v) {
    for (size_t i = 0; i < v.size(); i++) {
      if (i) out_ += ", ";
      expr(v[i], kTest);
    }
  }

  static int binop_prec(Operator op) {
    switch (op) {
      case Operator::Add:
      case Operator::Sub: return kArith;
      case Operator::Mult:
      case Operator::MatMult:
      case Operator::Div:
      case Operator::Mod:
      case Operator::FloorDiv: return kTerm;
      case Operator::LShift:
      case Operator::RShift: return kShift;
      case Operator::BitOr: return kBor;
      case Operator::BitXor: return kBxor;
      case Operator::BitAnd: return kBand;
      case Operator::Pow: return kPower;
    }
    return kTerm;
  }

  void comprehensions(const std::vector<Comprehension*>& gens) {
    for (const Comprehension* g : gens) {
      out_ += g->is_async ? " async for " : " for ";
      expr(g->target, kTuple);
      out_ += " in ";
      expr(g->iter, kTest + 1);
      for (const Expr* i : g->ifs) {
        out_ += " if ";
        expr(i, kTest + 1);
      }
    }
  }

  static bool has_args(const Arguments* a) {
    return a && (!a->posonlyargs.empty() || !a->args.empty() || a->vararg || !a->kwonlyargs.empty() || a->kwarg);
  }

  void arg(const Arg* a) {
    out_ += a->arg;
    if (a->annotation) {
      out_ += ": ";
      expr(a->annotation, kTest);
    }
  }

  void args(const Arguments* a) {
    bool first = true;
    auto sep = [&]() {
      if (!first) out_ += ", ";
      first = false;
    };
    size_t npos = a->posonlyargs.size() + a->args.size();
    size_t ndef = a->defaults.size();
    for (size_t i = 0; i < npos; i++) {
      sep();
      const Arg* x = i < a->posonlyargs.size() ? a->posonlyargs[i] : a->args[i - a->posonlyargs.size()];
      arg(x);
      if (i + ndef >= npos) {
        out_ += "=";
        expr(a->defaults[i + ndef - npos], kTest);
      }
      if (i + 1 == a->posonlyargs.size()) out_ += ", /";
    }
    if (a->vararg || !a->kwonlyargs.empty()) {
      sep();
      out_ += "*";
      if (a->vararg) arg(a->vararg);
    }
    for (size_t i = 0; i < a->kwonlyargs.size(); i++) {
      sep();
      arg(a->kwonlyargs[i]);
      if (i < a->kw_defaults.size() && a->kw_defaults[i]) {
        out_ += "=";
        expr(a->kw_defaults[i], kTest);
      }
    }
    if (a->kwarg) {
      sep();
      out_ += "**";
      arg(a->kwarg);
    }
  }

  // f-strings: the body is built (literal braces doubled) and written as the repr() of a str.
  void joined_str(const Expr* e, bool is_spec) {
    std::string body;
    fstring_element(e, is_spec, body);
    if (is_spec) {
      out_ += body;
    } else {
      out_ += "f";
      ConstantValue v = ConstantValue::str(body);
      out_ += const_repr_(v);
    }
  }

  void fstring_element(const Expr* e, bool is_spec, std::string& body) {
    if (e->kind == ExprKind::Constant) {
      const std::string& t = e->as<Constant>()->value.text;
      for (char c : t) {
        body += c;
        if (c == '{' || c == '}') body += c;
      }
    } else if (e->kind == ExprKind::JoinedStr) {
      for (const Expr* v : e->as<JoinedStr>()->values) fstring_element(v, is_spec, body);
    } else if (e->kind == ExprKind::FormattedValue) {
      const auto* f = e->as<FormattedValue>();
      Unparser inner(const_repr_);
      inner.expr(f->value, kTest + 1);
      std::string text = inner.take();
      body += !text.empty() && text[0] == '{' ? "{ " : "{";
      body += text;
      if (f->conversion > 0) {
        body += "!";
        body += char(f->conversion);
      }
      if (f->format_spec) {
        body += ":";
        fstring_element(f->format_spec, true, body);
      }
      body += "}";
    }
  }
};

}  // namespace

std::string unparse_expr(const ast::Expr* e, const std::function<std::string(const ast::ConstantValue&)>& const_repr) {
  Unparser u(const_repr);
  u.expr(e, kTest);
  return u.take();
}

}  // namespace weft
