// The symbol table (see symtable.h): CPython 3.11's symtable.c in two passes.
//   1. Visit the tree, open a Scope per function/class/lambda/comprehension and record, for each
//      name, how it is used there (flags: assigned, parameter, used, global/nonlocal declared...).
//   2. analyze(): resolve every name to Local/Cell/Free/GlobalExplicit/GlobalImplicit by walking
//      the scopes top-down with the sets of names bound in enclosing functions, then bottom-up
//      turning captured locals into cells and propagating free names to their parents.
// Errors abort the build; they are thrown internally (SymtableError) and returned as a value.
#include "compiler/symtable.h"

#include <algorithm>
#include <set>

#include "compiler/lexer.h"

namespace weft {

using namespace ast;

const char* name(SymScope s) {
  switch (s) {
    case SymScope::Local: return "local";
    case SymScope::GlobalExplicit: return "global_explicit";
    case SymScope::GlobalImplicit: return "global_implicit";
    case SymScope::Free: return "free";
    case SymScope::Cell: return "cell";
  }
  return "?";
}

const Symbol* Scope::find(std::string_view n) const {
  auto it = index_.find(std::string(n));
  return it == index_.end() ? nullptr : &symbols[it->second];
}

SymScope Scope::scope_of_name(std::string_view n) const {
  if (const Symbol* s = find(n)) return s->scope;
  return is_function_like() ? SymScope::GlobalImplicit : SymScope::Local;
}

Scope* SymbolTable::new_scope() {
  scopes_.push_back(std::make_unique<Scope>());
  return scopes_.back().get();
}

std::string mangle(std::string_view class_name, std::string_view n) {
  if (class_name.empty() || n.size() < 2 || n[0] != '_' || n[1] != '_') return std::string(n);
  if (n.size() >= 4 && n[n.size() - 1] == '_' && n[n.size() - 2] == '_') return std::string(n);
  if (n.find('.') != std::string_view::npos) return std::string(n);
  size_t i = 0;
  while (i < class_name.size() && class_name[i] == '_') i++;
  if (i == class_name.size()) return std::string(n);
  std::string out = "_";
  out.append(class_name.substr(i));
  out.append(n);
  return out;
}

namespace {

// Internal flags (pass 1) beyond the public SymFlag ones.
enum : uint32_t {
  kDefLocal = kAssigned,
  kDefParam = kParam,
  kUse = kUsed,
  kDefGlobal = kGlobalDecl,
  kDefNonlocal = kNonlocalDecl,
  kDefImport = kImported,
  kDefAnnot = kAnnotated,
  kDefBound = kAssigned | kParam | kImported,
  kStored = 1u << 20,  // bound by something other than a bare annotation (`x: int`)
};

struct SymtableError {
  SyntaxErrorInfo info;
};

constexpr int kMaxDepth = 10000;  // C++ recursion bound (the parser already stops at 6000 levels)

// Per-scope state used only while building.
struct BuildInfo {
  int loop_depth = 0;
  int comp_iter_expr = 0;    // inside a comprehension's (outermost) iterable
  bool comp_iter_target = false;
  const char* comprehension = nullptr;  // "list comprehension", ... when a comprehension scope
  std::vector<std::pair<std::string, const Located*>> directives;  // global/nonlocal statements
  std::vector<const Located*> returns_with_value;
  std::string private_name;  // enclosing class name for mangling
};

class Builder {
 public:
  Builder(const Module& mod, SymbolTable& st) : mod_(mod), st_(st) {}

  void run();

 private:
  // ---- errors ---------------------------------------------------------------------------
  [[noreturn]] void fail(const Located* at, std::string msg) {
    SymtableError e;
    e.info.kind = SyntaxErrorInfo::Syntax;
    e.info.msg = std::move(msg);
    if (at) {
      // CPython: offsets are byte columns + 1 here, and text is None.
      e.info.lineno = at->lineno;
      e.info.offset = at->col_offset + 1;
      e.info.end_lineno = at->end_lineno;
      e.info.end_offset = at->end_col_offset + 1;
    }
    e.info.has_text = false;
    throw e;
  }
  [[noreturn]] void fail_range(int l1, int c1, int l2, int c2, std::string msg) {
    Located loc;
    loc.lineno = l1;
    loc.col_offset = c1;
    loc.end_lineno = l2;
    loc.end_col_offset = c2;
    fail(&loc, std::move(msg));
  }

  // ---- scopes -----------------------------------------------------------------------------
  Scope* enter(ScopeKind kind, std::string name, const void* node, int lineno) {
    Scope* s = st_.new_scope();
    s->kind = kind;
    s->name = std::move(name);
    s->node = node;
    s->lineno = lineno;
    s->parent = cur_;
    if (cur_) {
      cur_->children.push_back(s);
      s->is_nested = cur_->is_function_like() || cur_->is_nested;
    }
    st_.by_node_[node] = s;
    std::string priv = infos_.empty() ? std::string() : infos_.back().private_name;
    infos_.emplace_back();
    infos_.back().private_name = std::move(priv);
    stack_.push_back(s);
    cur_ = s;
    return s;
  }
  void leave() {
    finish_scope(cur_, info());
    stack_.pop_back();
    infos_.pop_back();
    cur_ = stack_.empty() ? nullptr : stack_.back();
  }
  BuildInfo& info() { return infos_.back(); }

  uint32_t lookup(Scope* s, const std::string& mangled) {
    auto it = s->index_.find(mangled);
    return it == s->index_.end() ? 0 : s->symbols[it->second].flags;
  }

  void add_def_in(Scope* s, const std::string& raw, uint32_t flag, const Located* at, bool mangle_it = true) {
    std::string n = mangle_it ? mangle(info().private_name, raw) : raw;
    auto it = s->index_.find(n);
    if (it == s->index_.end()) {
      s->index_.emplace(n, s->symbols.size());
      Symbol sym;
      sym.name = n;
      sym.flags = flag;
      s->symbols.push_back(std::move(sym));
    } else {
      uint32_t& f = s->symbols[it->second].flags;
      if ((flag & kDefParam) && (f & kDefParam))
        fail(at, "duplicate argument '" + n + "' in function definition");
      f |= flag;
    }
    if (flag & kDefParam) s->varnames.push_back(n);
  }
  void add_def(const std::string& raw, uint32_t flag, const Located* at) {
    if ((flag & kDefLocal) && info().comp_iter_target) flag |= kCompIter;
    if ((flag & (kDefLocal | kDefImport)) && !(flag & kDefAnnot)) flag |= kStored;
    add_def_in(cur_, raw, flag, at);
  }

  void finish_scope(Scope* s, BuildInfo& bi);

  // ---- visitors ---------------------------------------------------------------------------
  void stmts(const std::vector<Stmt*>& v) {
    for (const Stmt* s : v) stmt(s);
  }
  void stmt(const Stmt* s);
  void expr(const Expr* e);
  void exprs(const std::vector<Expr*>& v) {
    for (const Expr* e : v)
      if (e) expr(e);
  }
  void pattern(const Pattern* p);
  void check_match(const Match* m);
  void check_pattern(const Pattern* p, bool allow_irrefutable, std::vector<std::string>& stores);
  void arguments_defaults(const Arguments* a);
  void arguments_annotations(const Arguments* a);
  void params(const Arguments* a);
  void comprehension(const Expr* e, const char* scope_name, const char* kind_name,
                     const std::vector<Comprehension*>& gens, const Expr* elt, const Expr* value, bool is_genexp);
  void named_expr(const NamedExpr* e);
  void check_star_targets(const Expr* target);
  void check_starred_load(const Expr* e);

  // ---- pass 2 ------------------------------------------------------------------------------
  void analyze();
  void analyze_block(Scope* s, const std::set<std::string>* bound, std::set<std::string>& free,
                     std::set<std::string>& global);

  const Module& mod_;
  SymbolTable& st_;
  Scope* cur_ = nullptr;
  std::vector<Scope*> stack_;
  std::vector<BuildInfo> infos_;
  int depth_ = 0;
  // Directive positions by scope, kept after the scope is left (for errors found in pass 2).
  std::vector<std::pair<const Scope*, std::vector<std::pair<std::string, const Located*>>>> directives_;

  struct Guard {
    Builder* b;
    explicit Guard(Builder* bb) : b(bb) {
      if (++b->depth_ > kMaxDepth) {
        SymtableError e;
        e.info.kind = SyntaxErrorInfo::Recursion;
        e.info.msg = "maximum recursion depth exceeded during compilation";
        throw e;
      }
    }
    ~Guard() { b->depth_--; }
  };
};

void Builder::run() {
  Scope* top = enter(ScopeKind::Module, "top", &mod_, 0);
  st_.top = top;
  if (mod_.kind == ModKind::Expression) {
    if (mod_.expr) expr(mod_.expr);
  } else {
    stmts(mod_.body);
  }
  leave();
  analyze();
}

// Facts computed when a scope is complete.
void Builder::finish_scope(Scope* s, BuildInfo& bi) {
  if (s->is_coroutine && s->is_generator && s->kind == ScopeKind::Function && !bi.returns_with_value.empty())
    fail(bi.returns_with_value.front(), "'return' with value in async generator");
  directives_.emplace_back(s, std::move(bi.directives));
}

// ---------------------------------------------------------------------------------------------
// Statements.

void Builder::arguments_defaults(const Arguments* a) {
  exprs(a->defaults);
  exprs(a->kw_defaults);
}

void Builder::arguments_annotations(const Arguments* a) {
  auto ann = [&](const Arg* x) {
    if (x && x->annotation) expr(x->annotation);
  };
  for (const Arg* x : a->posonlyargs) ann(x);
  for (const Arg* x : a->args) ann(x);
  ann(a->vararg);
  for (const Arg* x : a->kwonlyargs) ann(x);
  ann(a->kwarg);
}

void Builder::params(const Arguments* a) {
  for (const Arg* x : a->posonlyargs) add_def(x->arg, kDefParam, x);
  for (const Arg* x : a->args) add_def(x->arg, kDefParam, x);
  for (const Arg* x : a->kwonlyargs) add_def(x->arg, kDefParam, x);
  if (a->vararg) {
    add_def(a->vararg->arg, kDefParam, a->vararg);
    cur_->has_varargs = true;
  }
  if (a->kwarg) {
    add_def(a->kwarg->arg, kDefParam, a->kwarg);
    cur_->has_varkw = true;
  }
  cur_->argcount = static_cast<int>(a->posonlyargs.size() + a->args.size());
  cur_->posonlyargcount = static_cast<int>(a->posonlyargs.size());
  cur_->kwonlyargcount = static_cast<int>(a->kwonlyargs.size());
}

static bool is_docstring(const std::vector<Stmt*>& body) {
  if (body.empty() || body[0]->kind != StmtKind::Expr) return false;
  const Expr* v = body[0]->as<ExprStmt>()->value;
  return v->kind == ExprKind::Constant && v->as<Constant>()->value.kind == ConstantValue::Kind::Str;
}

// `*a = 1`, `for *a in x`: a starred target must sit in a list or tuple; at most one per level.
void Builder::check_star_targets(const Expr* t) {
  if (t->kind == ExprKind::Starred) fail(t, "starred assignment target must be in a list or tuple");
  if (t->kind == ExprKind::Tuple || t->kind == ExprKind::List) {
    const auto& elts = t->kind == ExprKind::Tuple ? t->as<Tuple>()->elts : t->as<List>()->elts;
    int stars = 0;
    for (const Expr* x : elts) {
      if (x->kind == ExprKind::Starred) {
        stars++;
        check_star_targets(x->as<Starred>()->value);
      } else {
        check_star_targets(x);
      }
    }
    if (stars > 1) fail(t, "multiple starred expressions in assignment");
  }
}

void Builder::stmt(const Stmt* s) {
  Guard g(this);
  switch (s->kind) {
    case StmtKind::FunctionDef:
    case StmtKind::AsyncFunctionDef: {
      auto* f = s->as<FunctionDef>();
      add_def(f->name, kDefLocal, s);
      arguments_defaults(f->args);
      arguments_annotations(f->args);
      if (f->returns) expr(f->returns);
      exprs(f->decorator_list);
      Scope* sc = enter(ScopeKind::Function, f->name, s, s->lineno);
      sc->is_coroutine = f->is_async();
      sc->has_docstring = is_docstring(f->body);
      params(f->args);
      stmts(f->body);
      leave();
      break;
    }
    case StmtKind::ClassDef: {
      auto* c = s->as<ClassDef>();
      add_def(c->name, kDefLocal, s);
      exprs(c->bases);
      for (const Keyword* k : c->keywords) expr(k->value);
      exprs(c->decorator_list);
      Scope* sc = enter(ScopeKind::Class, c->name, s, s->lineno);
      sc->has_docstring = is_docstring(c->body);
      info().private_name = c->name;
      stmts(c->body);
      leave();
      break;
    }
    case StmtKind::Return: {
      auto* r = s->as<Return>();
      if (!cur_->is_function_like() || info().comprehension) fail(s, "'return' outside function");
      if (r->value) {
        check_starred_load(r->value);
        expr(r->value);
        info().returns_with_value.push_back(s);
      }
      break;
    }
    case StmtKind::Delete:
      exprs(s->as<Delete>()->targets);
      break;
    case StmtKind::Assign: {
      auto* a = s->as<Assign>();
      for (const Expr* t : a->targets) check_star_targets(t);
      check_starred_load(a->value);
      expr(a->value);
      exprs(a->targets);
      break;
    }
    case StmtKind::AugAssign: {
      auto* a = s->as<AugAssign>();
      check_starred_load(a->value);
      expr(a->target);
      expr(a->value);
      break;
    }
    case StmtKind::AnnAssign: {
      auto* a = s->as<AnnAssign>();
      if (a->target->kind == ExprKind::Name) {
        const std::string& id = a->target->as<Name>()->id;
        uint32_t cur = lookup(cur_, mangle(info().private_name, id));
        if ((cur & (kDefGlobal | kDefNonlocal)) && cur_->kind != ScopeKind::Module && a->simple)
          fail(s, std::string("annotated name '") + id + "' can't be " + ((cur & kDefGlobal) ? "global" : "nonlocal"));
        if (a->simple) {
          add_def(id, kDefAnnot | kDefLocal, a->target);
          if (a->value) add_def_in(cur_, id, kStored, a->target);
        } else if (a->value) {
          add_def(id, kDefLocal, a->target);
        }
      } else {
        expr(a->target);
      }
      expr(a->annotation);
      if (a->value) expr(a->value);
      break;
    }
    case StmtKind::For:
    case StmtKind::AsyncFor: {
      auto* f = s->as<For>();
      if (f->is_async() && !cur_->is_coroutine)
        fail(s, cur_->is_function_like() ? "asynchronous for outside async function" : "'async for' outside async function");
      check_star_targets(f->target);
      check_starred_load(f->iter);
      expr(f->target);
      expr(f->iter);
      info().loop_depth++;
      stmts(f->body);
      info().loop_depth--;
      stmts(f->orelse);
      break;
    }
    case StmtKind::While: {
      auto* w = s->as<While>();
      expr(w->test);
      info().loop_depth++;
      stmts(w->body);
      info().loop_depth--;
      stmts(w->orelse);
      break;
    }
    case StmtKind::If: {
      auto* i = s->as<If>();
      expr(i->test);
      stmts(i->body);
      stmts(i->orelse);
      break;
    }
    case StmtKind::With:
    case StmtKind::AsyncWith: {
      auto* w = s->as<With>();
      if (w->is_async() && !cur_->is_coroutine)
        fail(s, cur_->is_function_like() ? "asynchronous with outside async function" : "'async with' outside async function");
      for (const WithItem* it : w->items) {
        expr(it->context_expr);
        if (it->optional_vars) {
          check_star_targets(it->optional_vars);
          expr(it->optional_vars);
        }
      }
      stmts(w->body);
      break;
    }
    case StmtKind::Match: {
      auto* m = s->as<Match>();
      check_match(m);
      expr(m->subject);
      for (const MatchCase* c : m->cases) {
        pattern(c->pattern);
        if (c->guard) expr(c->guard);
        stmts(c->body);
      }
      break;
    }
    case StmtKind::Raise: {
      auto* r = s->as<Raise>();
      if (r->exc) expr(r->exc);
      if (r->cause) expr(r->cause);
      break;
    }
    case StmtKind::Try:
    case StmtKind::TryStar: {
      auto* t = s->as<Try>();
      stmts(t->body);
      for (const ExceptHandler* h : t->handlers) {
        if (h->type) expr(h->type);
        if (!h->name.empty()) add_def(h->name, kDefLocal, h);
        stmts(h->body);
      }
      stmts(t->orelse);
      stmts(t->finalbody);
      break;
    }
    case StmtKind::Assert: {
      auto* a = s->as<Assert>();
      expr(a->test);
      if (a->msg) expr(a->msg);
      break;
    }
    case StmtKind::Import:
    case StmtKind::ImportFrom: {
      const auto& names = s->kind == StmtKind::Import ? s->as<Import>()->names : s->as<ImportFrom>()->names;
      for (const Alias* a : names) {
        if (a->name == "*") {
          if (cur_->kind != ScopeKind::Module) fail(a, "import * only allowed at module level");
          continue;
        }
        std::string store = !a->asname.empty() ? a->asname : a->name.substr(0, a->name.find('.'));
        add_def(store, kDefImport, a);
      }
      break;
    }
    case StmtKind::Global:
    case StmtKind::Nonlocal: {
      bool nl = s->kind == StmtKind::Nonlocal;
      const auto& names = nl ? s->as<Nonlocal>()->names : s->as<Global>()->names;
      if (nl && cur_->kind == ScopeKind::Module) fail(s, "nonlocal declaration not allowed at module level");
      const char* what = nl ? "nonlocal" : "global";
      for (const std::string& n : names) {
        uint32_t cur = lookup(cur_, mangle(info().private_name, n));
        if (cur & (kDefParam | kDefLocal | kUse | kDefAnnot)) {
          std::string msg;
          if (cur & kDefParam) msg = "name '" + n + "' is parameter and " + what;
          else if (cur & kUse) msg = "name '" + n + "' is used prior to " + what + " declaration";
          else if (cur & kDefAnnot) msg = "annotated name '" + n + "' can't be " + what;
          else msg = "name '" + n + "' is assigned to before " + what + " declaration";
          fail(s, msg);
        }
        add_def(n, nl ? kDefNonlocal : kDefGlobal, s);
        info().directives.emplace_back(mangle(info().private_name, n), s);
      }
      break;
    }
    case StmtKind::Expr:
      check_starred_load(s->as<ExprStmt>()->value);
      expr(s->as<ExprStmt>()->value);
      break;
    case StmtKind::Pass:
      break;
    case StmtKind::Break:
      if (info().loop_depth == 0) fail(s, "'break' outside loop");
      break;
    case StmtKind::Continue:
      if (info().loop_depth == 0) fail(s, "'continue' not properly in loop");
      break;
    case StmtKind::TypeAlias:
      // PEP 695 annotation scopes are not modelled (see ast.h): only the bound name.
      add_def(s->as<TypeAlias>()->name->as<Name>()->id, kDefLocal, s);
      break;
  }
}

// ---------------------------------------------------------------------------------------------
// Expressions.

void Builder::named_expr(const NamedExpr* e) {
  if (info().comp_iter_expr > 0)
    fail(e, "assignment expression cannot be used in a comprehension iterable expression");
  const std::string& target = e->target->as<Name>()->id;
  expr(e->value);
  if (!info().comprehension) {
    expr(e->target);
    return;
  }
  // In a comprehension the target binds in the nearest enclosing function (or module) scope.
  for (size_t i = stack_.size(); i-- > 0;) {
    Scope* s = stack_[i];
    BuildInfo& bi = infos_[i];
    if (bi.comprehension) {
      if (lookup(s, target) & kCompIter)
        fail(e->target, "assignment expression cannot rebind comprehension iteration variable '" + target + "'");
      continue;
    }
    if (s->kind == ScopeKind::Function || s->kind == ScopeKind::Lambda) {
      uint32_t f = lookup(s, target);
      add_def_in(cur_, target, (f & kDefGlobal) ? kDefGlobal : kDefNonlocal, e, false);
      info().directives.emplace_back(target, e);
      add_def_in(s, target, kDefLocal | kStored, e, false);
      return;
    }
    if (s->kind == ScopeKind::Module) {
      add_def_in(cur_, target, kDefGlobal, e, false);
      info().directives.emplace_back(target, e);
      add_def_in(s, target, kDefGlobal, e, false);
      return;
    }
    if (s->kind == ScopeKind::Class)
      fail(e->target, "assignment expression within a comprehension cannot be used in a class body");
  }
}

void Builder::comprehension(const Expr* e, const char* scope_name, const char* kind_name,
                            const std::vector<Comprehension*>& gens, const Expr* elt, const Expr* value,
                            bool is_genexp) {
  const Comprehension* outer = gens[0];
  // The outermost iterable is evaluated in the enclosing scope.
  info().comp_iter_expr++;
  expr(outer->iter);
  info().comp_iter_expr--;
  bool enclosing_async = cur_->is_coroutine;
  Scope* sc = enter(ScopeKind::Comprehension, scope_name, e, e->lineno);
  info().comprehension = kind_name;
  if (outer->is_async) sc->is_coroutine = true;
  // Its only parameter: the iterator of the outermost iterable.
  add_def_in(sc, ".0", kDefParam, e, false);
  sc->argcount = 1;
  info().comp_iter_target = true;
  expr(outer->target);
  info().comp_iter_target = false;
  exprs(outer->ifs);
  for (size_t i = 1; i < gens.size(); i++) {
    const Comprehension* c = gens[i];
    info().comp_iter_target = true;
    expr(c->target);
    info().comp_iter_target = false;
    info().comp_iter_expr++;
    expr(c->iter);
    info().comp_iter_expr--;
    exprs(c->ifs);
    if (c->is_async) sc->is_coroutine = true;
  }
  if (value) expr(value);
  expr(elt);
  sc->is_generator = is_genexp;
  bool is_async = sc->is_coroutine && !is_genexp;
  if (sc->is_coroutine && !is_genexp && !enclosing_async) {
    // CPython (compiler): only allowed inside an async function.
    fail(e, "asynchronous comprehension outside of an asynchronous function");
  }
  leave();
  if (is_async) cur_->is_coroutine = cur_->is_coroutine || cur_->kind == ScopeKind::Comprehension;
}

void Builder::check_starred_load(const Expr* e) {
  // `x = *a` / `print((*a))`: a Starred outside a display, call or target list.
  if (e && e->kind == ExprKind::Starred && e->ctx == ExprContext::Load)
    fail(e, "can't use starred expression here");
}

void Builder::expr(const Expr* e) {
  Guard g(this);
  switch (e->kind) {
    case ExprKind::BoolOp: exprs(e->as<BoolOp>()->values); break;
    case ExprKind::NamedExpr: named_expr(e->as<NamedExpr>()); break;
    case ExprKind::BinOp: {
      // Left-deep chains (a + b + c + ...) are walked iteratively: they can be very long.
      const Expr* x = e;
      std::vector<const Expr*> rights;
      while (x->kind == ExprKind::BinOp) {
        rights.push_back(x->as<BinOp>()->right);
        x = x->as<BinOp>()->left;
      }
      expr(x);
      for (size_t i = rights.size(); i-- > 0;) expr(rights[i]);
      break;
    }
    case ExprKind::UnaryOp: {
      // `not not ... x` / `- - - x` chains can be thousands long: walk them without recursing.
      const Expr* x = e;
      while (x->kind == ExprKind::UnaryOp) x = x->as<UnaryOp>()->operand;
      expr(x);
      break;
    }
    case ExprKind::Lambda: {
      auto* l = e->as<Lambda>();
      arguments_defaults(l->args);
      enter(ScopeKind::Lambda, "<lambda>", e, e->lineno);
      params(l->args);
      expr(l->body);
      leave();
      break;
    }
    case ExprKind::IfExp: {
      auto* x = e->as<IfExp>();
      expr(x->test);
      expr(x->body);
      expr(x->orelse);
      break;
    }
    case ExprKind::Dict: {
      auto* d = e->as<Dict>();
      exprs(d->keys);
      exprs(d->values);
      break;
    }
    case ExprKind::Set: exprs(e->as<Set>()->elts); break;
    case ExprKind::ListComp: {
      auto* c = e->as<ListComp>();
      comprehension(e, "<listcomp>", "list comprehension", c->generators, c->elt, nullptr, false);
      break;
    }
    case ExprKind::SetComp: {
      auto* c = e->as<SetComp>();
      comprehension(e, "<setcomp>", "set comprehension", c->generators, c->elt, nullptr, false);
      break;
    }
    case ExprKind::DictComp: {
      auto* c = e->as<DictComp>();
      comprehension(e, "<dictcomp>", "dict comprehension", c->generators, c->key, c->value, false);
      break;
    }
    case ExprKind::GeneratorExp: {
      auto* c = e->as<GeneratorExp>();
      comprehension(e, "<genexpr>", "generator expression", c->generators, c->elt, nullptr, true);
      break;
    }
    case ExprKind::Await: {
      if (!cur_->is_function_like()) fail(e, "'await' outside function");
      if (info().comprehension) {
        // await in a comprehension makes it a coroutine; allowed only inside async functions.
        bool ok = false;
        for (size_t i = stack_.size(); i-- > 0;) {
          if (infos_[i].comprehension) continue;
          ok = stack_[i]->is_coroutine;
          break;
        }
        if (!ok && !cur_->is_generator && info().comprehension != std::string("generator expression"))
          fail(e, "asynchronous comprehension outside of an asynchronous function");
        cur_->is_coroutine = true;
      } else if (!cur_->is_coroutine) {
        fail(e, "'await' outside async function");
      }
      expr(e->as<Await>()->value);
      break;
    }
    case ExprKind::Yield:
    case ExprKind::YieldFrom: {
      if (!cur_->is_function_like()) fail(e, "'yield' outside function");
      if (info().comprehension) fail(e, std::string("'yield' inside ") + info().comprehension);
      if (e->kind == ExprKind::YieldFrom && cur_->is_coroutine) fail(e, "'yield from' inside async function");
      cur_->is_generator = true;
      const Expr* v = e->kind == ExprKind::Yield ? e->as<Yield>()->value : e->as<YieldFrom>()->value;
      check_starred_load(v);
      if (v) expr(v);
      break;
    }
    case ExprKind::Compare: {
      auto* c = e->as<Compare>();
      expr(c->left);
      exprs(c->comparators);
      break;
    }
    case ExprKind::Call: {
      auto* c = e->as<Call>();
      expr(c->func);
      exprs(c->args);
      for (size_t i = 0; i < c->keywords.size(); i++) {
        const Keyword* k = c->keywords[i];
        if (!k->arg.empty())
          for (size_t j = 0; j < i; j++)
            if (c->keywords[j]->arg == k->arg) fail(k, "keyword argument repeated: " + k->arg);
        expr(k->value);
      }
      break;
    }
    case ExprKind::FormattedValue: {
      auto* f = e->as<FormattedValue>();
      check_starred_load(f->value);
      expr(f->value);
      if (f->format_spec) expr(f->format_spec);
      break;
    }
    case ExprKind::JoinedStr: exprs(e->as<JoinedStr>()->values); break;
    case ExprKind::Constant: break;
    case ExprKind::Attribute: expr(e->as<Attribute>()->value); break;
    case ExprKind::Subscript: {
      auto* s = e->as<Subscript>();
      expr(s->value);
      expr(s->slice);
      break;
    }
    case ExprKind::Starred: expr(e->as<Starred>()->value); break;
    case ExprKind::Name: {
      const std::string& id = e->as<Name>()->id;
      add_def(id, e->ctx == ExprContext::Load ? kUse : kDefLocal, e);
      if (e->ctx == ExprContext::Load && cur_->is_function_like() && id == "super")
        add_def_in(cur_, "__class__", kUse, e, false);
      break;
    }
    case ExprKind::List: exprs(e->as<List>()->elts); break;
    case ExprKind::Tuple: exprs(e->as<Tuple>()->elts); break;
    case ExprKind::Slice: {
      auto* s = e->as<Slice>();
      if (s->lower) expr(s->lower);
      if (s->upper) expr(s->upper);
      if (s->step) expr(s->step);
      break;
    }
  }
}

// The checks CPython's compiler makes on patterns (compiler_pattern_*).
void Builder::check_match(const Match* m) {
  for (size_t i = 0; i < m->cases.size(); i++) {
    const MatchCase* c = m->cases[i];
    std::vector<std::string> stores;
    check_pattern(c->pattern, c->guard != nullptr || i + 1 == m->cases.size(), stores);
  }
}

static bool same_key(const ConstantValue& a, const ConstantValue& b) {
  using K = ConstantValue::Kind;
  auto numeric = [](const ConstantValue& v, double& d) {
    switch (v.kind) {
      case K::True: d = 1; return true;
      case K::False: d = 0; return true;
      case K::Float: d = v.num; return true;
      case K::Int:
        if (v.text.size() > 15) return false;
        d = std::stod(v.text);
        return true;
      default: return false;
    }
  };
  double x, y;
  if (numeric(a, x) && numeric(b, y)) return x == y;
  if (a.kind != b.kind) return false;
  if (a.kind == K::Complex) return a.num == b.num;
  return a.text == b.text;
}

void Builder::check_pattern(const Pattern* p, bool allow, std::vector<std::string>& stores) {
  Guard g(this);
  auto store = [&](const std::string& n, const Located* at) {
    for (const std::string& x : stores)
      if (x == n) fail(at, "multiple assignments to name '" + n + "' in pattern");
    stores.push_back(n);
  };
  switch (p->kind) {
    case PatternKind::MatchValue:
    case PatternKind::MatchSingleton:
      break;
    case PatternKind::MatchAs: {
      auto* a = p->as<MatchAs>();
      if (!a->pattern) {
        if (!allow) {
          if (!a->name.empty()) fail(p, "name capture '" + a->name + "' makes remaining patterns unreachable");
          fail(p, "wildcard makes remaining patterns unreachable");
        }
      } else {
        check_pattern(a->pattern, allow, stores);
      }
      if (!a->name.empty()) store(a->name, p);
      break;
    }
    case PatternKind::MatchStar: {
      auto* st = p->as<MatchStar>();
      if (!st->name.empty()) store(st->name, p);
      break;
    }
    case PatternKind::MatchSequence: {
      auto* sq = p->as<MatchSequence>();
      int stars = 0;
      for (const Pattern* x : sq->patterns) stars += x->kind == PatternKind::MatchStar;
      if (stars > 1) fail(p, "multiple starred names in sequence pattern");
      for (const Pattern* x : sq->patterns) check_pattern(x, true, stores);
      break;
    }
    case PatternKind::MatchMapping: {
      auto* mm = p->as<MatchMapping>();
      std::vector<const ConstantValue*> seen;
      for (const Expr* k : mm->keys) {
        if (k->kind == ExprKind::Constant) {
          const ConstantValue& v = k->as<Constant>()->value;
          for (const ConstantValue* s2 : seen)
            if (same_key(*s2, v)) fail(p, "mapping pattern checks duplicate key (" + constant_repr(v) + ")");
          seen.push_back(&v);
        } else if (k->kind != ExprKind::Attribute && k->kind != ExprKind::UnaryOp && k->kind != ExprKind::BinOp) {
          fail(k, "mapping pattern keys may only match literals and attribute lookups");
        }
      }
      for (const Pattern* x : mm->patterns) check_pattern(x, true, stores);
      if (!mm->rest.empty()) store(mm->rest, p);
      break;
    }
    case PatternKind::MatchClass: {
      auto* c = p->as<MatchClass>();
      for (size_t i = 0; i < c->kwd_attrs.size(); i++)
        for (size_t j = 0; j < i; j++)
          if (c->kwd_attrs[i] == c->kwd_attrs[j])
            fail(c->kwd_patterns[i], "attribute name repeated in class pattern: " + c->kwd_attrs[i]);
      for (const Pattern* x : c->patterns) check_pattern(x, true, stores);
      for (const Pattern* x : c->kwd_patterns) check_pattern(x, true, stores);
      break;
    }
    case PatternKind::MatchOr: {
      auto* o = p->as<MatchOr>();
      std::vector<std::string> control;
      for (size_t i = 0; i < o->patterns.size(); i++) {
        std::vector<std::string> alt;
        check_pattern(o->patterns[i], allow && i + 1 == o->patterns.size(), alt);
        if (i == 0) {
          control = alt;
        } else {
          std::vector<std::string> a1 = control, a2 = alt;
          std::sort(a1.begin(), a1.end());
          std::sort(a2.begin(), a2.end());
          if (a1 != a2) fail(p, "alternative patterns bind different names");
        }
      }
      for (const std::string& n : control) store(n, p);
      break;
    }
  }
}

void Builder::pattern(const Pattern* p) {
  Guard g(this);
  switch (p->kind) {
    case PatternKind::MatchValue: expr(p->as<MatchValue>()->value); break;
    case PatternKind::MatchSingleton: break;
    case PatternKind::MatchSequence:
      for (const Pattern* x : p->as<MatchSequence>()->patterns) pattern(x);
      break;
    case PatternKind::MatchMapping: {
      auto* m = p->as<MatchMapping>();
      exprs(m->keys);
      for (const Pattern* x : m->patterns) pattern(x);
      if (!m->rest.empty()) add_def(m->rest, kDefLocal, p);
      break;
    }
    case PatternKind::MatchClass: {
      auto* c = p->as<MatchClass>();
      expr(c->cls);
      for (const Pattern* x : c->patterns) pattern(x);
      for (const Pattern* x : c->kwd_patterns) pattern(x);
      break;
    }
    case PatternKind::MatchStar: {
      auto* s = p->as<MatchStar>();
      if (!s->name.empty()) add_def(s->name, kDefLocal, p);
      break;
    }
    case PatternKind::MatchAs: {
      auto* a = p->as<MatchAs>();
      if (a->pattern) pattern(a->pattern);
      if (!a->name.empty()) add_def(a->name, kDefLocal, p);
      break;
    }
    case PatternKind::MatchOr:
      for (const Pattern* x : p->as<MatchOr>()->patterns) pattern(x);
      break;
  }
}

// ---------------------------------------------------------------------------------------------
// Pass 2: CPython's analyze_block / analyze_name / analyze_cells / update_symbols.

void Builder::analyze() {
  std::set<std::string> free, global;
  analyze_block(st_.top, nullptr, free, global);
}

void Builder::analyze_block(Scope* s, const std::set<std::string>* bound, std::set<std::string>& free,
                            std::set<std::string>& global) {
  std::set<std::string> local, newglobal, newfree, newbound;
  std::vector<SymScope> scopes(s->symbols.size(), SymScope::GlobalImplicit);
  bool is_class = s->kind == ScopeKind::Class;
  if (is_class) {
    newglobal = global;
    if (bound) newbound = *bound;
  }
  // A copy of `bound` that analyze_name may edit (global declarations hide enclosing bindings).
  std::set<std::string> bound_copy;
  if (bound) bound_copy = *bound;
  for (size_t i = 0; i < s->symbols.size(); i++) {
    const Symbol& sym = s->symbols[i];
    uint32_t f = sym.flags;
    const std::string& n = sym.name;
    if (f & kDefGlobal) {
      if (f & kDefNonlocal) {
        const Located* at = nullptr;
        for (auto& d : directives_)
          if (d.first == s)
            for (auto& x : d.second)
              if (x.first == n && !at) at = x.second;
        fail(at, "name '" + n + "' is nonlocal and global");
      }
      scopes[i] = SymScope::GlobalExplicit;
      global.insert(n);
      if (bound) bound_copy.erase(n);
    } else if (f & kDefNonlocal) {
      if (!bound || !bound_copy.count(n)) {
        const Located* at = nullptr;
        for (auto& d : directives_)
          if (d.first == s)
            for (auto& x : d.second)
              if (x.first == n && !at) at = x.second;
        if (!bound) fail(at, "nonlocal declaration not allowed at module level");
        fail(at, "no binding for nonlocal '" + n + "' found");
      }
      scopes[i] = SymScope::Free;
      free.insert(n);
    } else if (f & kDefBound) {
      scopes[i] = SymScope::Local;
      local.insert(n);
      global.erase(n);
    } else if (bound && bound_copy.count(n)) {
      scopes[i] = SymScope::Free;
      free.insert(n);
    } else {
      scopes[i] = SymScope::GlobalImplicit;
    }
  }
  if (!is_class) {
    if (s->is_function_like()) newbound.insert(local.begin(), local.end());
    if (bound) newbound.insert(bound_copy.begin(), bound_copy.end());
    newglobal.insert(global.begin(), global.end());
  } else {
    newbound.insert("__class__");
  }
  for (Scope* c : s->children) {
    std::set<std::string> child_bound = newbound, child_global = newglobal, child_free;
    analyze_block(c, &child_bound, child_free, child_global);
    newfree.insert(child_free.begin(), child_free.end());
  }
  // Locals captured by children become cells.
  if (s->is_function_like()) {
    for (size_t i = 0; i < s->symbols.size(); i++) {
      if (scopes[i] != SymScope::Local) continue;
      if (newfree.count(s->symbols[i].name)) {
        scopes[i] = SymScope::Cell;
        newfree.erase(s->symbols[i].name);
      }
    }
  } else if (is_class) {
    if (newfree.erase("__class__")) s->needs_class_cell = true;
  }
  // Record the results.
  for (size_t i = 0; i < s->symbols.size(); i++) s->symbols[i].scope = scopes[i];
  for (const std::string& n : newfree) {
    auto it = s->index_.find(n);
    if (it != s->index_.end()) {
      Symbol& sym = s->symbols[it->second];
      if (is_class && (sym.flags & (kDefBound | kDefGlobal))) sym.flags |= kFreeClass;
      continue;  // a cell, or already free here
    }
    if (!bound || !bound->count(n)) continue;  // a global
    s->index_.emplace(n, s->symbols.size());
    Symbol sym;
    sym.name = n;
    sym.scope = SymScope::Free;
    s->symbols.push_back(std::move(sym));
  }
  free.insert(newfree.begin(), newfree.end());

  // The lists the code generator wants.
  s->cellvars.clear();
  s->freevars.clear();
  for (const Symbol& sym : s->symbols) {
    if (sym.scope == SymScope::Cell) s->cellvars.push_back(sym.name);
    if (sym.scope == SymScope::Free || (sym.flags & kFreeClass)) s->freevars.push_back(sym.name);
  }
  std::sort(s->cellvars.begin(), s->cellvars.end());
  std::sort(s->freevars.begin(), s->freevars.end());
  if (s->needs_class_cell) s->cellvars.insert(s->cellvars.begin(), "__class__");
  if (s->is_function_like()) {
    // Fast locals: parameters first (already in varnames), then other locals in order.
    // (Cells that are not parameters live only in cellvars, as in CPython 3.11+.)
    for (const Symbol& sym : s->symbols)
      if (sym.scope == SymScope::Local && !(sym.flags & kDefParam) && (sym.flags & kStored))
        s->varnames.push_back(sym.name);
  }
}

}  // namespace

SymtableResult build_symtable(const ast::Module& mod) {
  auto st = std::make_unique<SymbolTable>();
  Builder b(mod, *st);
  try {
    b.run();
  } catch (SymtableError& e) {
    return std::move(e.info);
  }
  return st;
}

std::string dump(const SymbolTable& st) {
  std::string out;
  std::vector<std::pair<const Scope*, int>> work{{st.top, 0}};
  while (!work.empty()) {
    auto [s, depth] = work.back();
    work.pop_back();
    std::string ind(static_cast<size_t>(depth) * 2, ' ');
    static const char* const kinds[] = {"module", "class", "function", "lambda", "comprehension"};
    out += ind + kinds[static_cast<int>(s->kind)] + " " + s->name;
    if (s->is_generator) out += " generator";
    if (s->is_coroutine) out += " coroutine";
    if (s->is_nested) out += " nested";
    if (s->needs_class_cell) out += " class_cell";
    out += "\n";
    std::vector<const Symbol*> syms;
    for (const Symbol& sym : s->symbols) syms.push_back(&sym);
    std::sort(syms.begin(), syms.end(), [](const Symbol* a, const Symbol* b) { return a->name < b->name; });
    for (const Symbol* sym : syms) {
      out += ind + "  " + sym->name + ": " + name(sym->scope);
      if (sym->has(kParam)) out += " param";
      if (sym->has(kAssigned)) out += " assigned";
      if (sym->has(kUsed)) out += " used";
      if (sym->has(kImported)) out += " imported";
      if (sym->has(kAnnotated)) out += " annotated";
      if (sym->has(kFreeClass)) out += " free_class";
      out += "\n";
    }
    auto join = [](const std::vector<std::string>& v) {
      std::string r;
      for (auto& x : v) r += (r.empty() ? "" : ",") + x;
      return r;
    };
    if (s->is_function_like()) out += ind + "  varnames=" + join(s->varnames) + "\n";
    if (!s->cellvars.empty()) out += ind + "  cellvars=" + join(s->cellvars) + "\n";
    if (!s->freevars.empty()) out += ind + "  freevars=" + join(s->freevars) + "\n";
    for (size_t i = s->children.size(); i-- > 0;) work.push_back({s->children[i], depth + 1});
  }
  return out;
}

}  // namespace weft
