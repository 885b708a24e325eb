// The code generator (see codegen.h). One Unit per code object being built; statements and
// expressions are visited recursively (the parser bounds the nesting depth).
#include "compiler/codegen.h"
#include "compiler/unparse.h"

#include <cstring>
#include <memory>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

#include "bytecode/code.h"
#include "objects/abstract.h"
#include "objects/bytes.h"
#include "objects/dict.h"
#include "objects/exceptions.h"
#include "objects/float.h"
#include "objects/generator.h"
#include "objects/int.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "vm/state.h"

namespace weft {

namespace {

using namespace ast;

struct CodegenError {
  SyntaxErrorInfo info;
};

// A Python error raised while building constants (e.g. MemoryError): already set.
struct PythonError {};

// A source range as CPython's code positions: 1-based lines, 0-based UTF-8 byte columns; col -1
// means unknown (only the line is recorded).
struct Loc {
  int line = 0;
  int col = -1;
  int end_line = 0;
  int end_col = -1;
};

struct Instr {
  Op op;
  uint32_t arg;
  int target;   // label id for jumps, -1 otherwise
  Loc loc;
  int handler;  // innermost active handler id, -1 none
};

struct HandlerInfo {
  int label;
  bool lasti;
  int adjust;
  int setup_index;
  int depth = -1;
};

enum class FBlockKind {
  WhileLoop, ForLoop, TryExcept, FinallyTry, FinallyEnd, With, AsyncWith, HandlerCleanup, PopValue,
  ExceptionHandler
};

struct FBlock {
  FBlockKind kind = FBlockKind::WhileLoop;
  int continue_label = -1;  // loops
  int break_label = -1;     // loops
  const std::vector<Stmt*>* finalbody = nullptr;  // FinallyTry
  std::string name;         // HandlerCleanup: the `as` name
  std::vector<int> handlers;  // handler ids to pop when unwinding (innermost first)
  Loc loc;
};

struct Unit {
  const Scope* scope = nullptr;
  std::string name;
  std::string qualname;
  std::string private_name;  // innermost enclosing class name, for mangling
  std::vector<Instr> instrs;
  std::vector<int> label_pos;
  std::vector<HandlerInfo> handlers;
  std::vector<int> handler_stack;
  std::vector<FBlock> fblocks;
  std::vector<Ref> consts;
  std::unordered_map<std::string, uint32_t> const_index;
  std::vector<std::string> names;
  std::unordered_map<std::string, uint32_t> name_index;
  std::vector<std::string> varnames;
  std::unordered_map<std::string, uint32_t> varname_index;
  std::vector<std::string> cellvars;
  std::vector<std::string> freevars;
  int firstlineno = 1;
  Loc loc{1, -1, 1, -1};
  uint32_t flags = 0;
  int argcount = 0, posonlyargcount = 0, kwonlyargcount = 0;
  Ref doc;
  bool in_async = false;
  bool is_class = false;
  std::set<std::string> static_attributes;  // class: names assigned as self.<name> in methods
};

// A unique key for a constant, so equal constants share one slot (0.0 and -0.0 differ, as do
// 1 and 1.0 and True).
std::string const_key(const ConstantValue& c) {
  using K = ConstantValue::Kind;
  switch (c.kind) {
    case K::None: return "N";
    case K::True: return "T";
    case K::False: return "F";
    case K::Ellipsis: return "E";
    case K::Int: return "i" + c.text;
    case K::Float: {
      char buf[32];
      uint64_t bits;
      std::memcpy(&bits, &c.num, sizeof bits);
      snprintf(buf, sizeof buf, "f%016llx", (unsigned long long)bits);
      return buf;
    }
    case K::Complex: {
      char buf[32];
      uint64_t bits;
      std::memcpy(&bits, &c.num, sizeof bits);
      snprintf(buf, sizeof buf, "c%016llx", (unsigned long long)bits);
      return buf;
    }
    case K::Str: return "s" + c.text;
    case K::Bytes: return "b" + c.text;
  }
  return "?";
}

bool is_identifier_like(std::string_view s) {
  if (s.empty() || s.size() > 64) return false;
  for (char ch : s) {
    if (!(isalnum(static_cast<unsigned char>(ch)) || ch == '_')) return false;
  }
  return true;
}

class Codegen {
 public:
  Codegen(const Module& mod, const SymbolTable& st, std::string_view filename)
      : mod_(mod), st_(st), filename_(filename) {
    filename_ref_ = make_str(filename_);
  }

  Ref compile(CompileMode mode);

 private:
  const Module& mod_;
  const SymbolTable& st_;
  std::string filename_;
  Ref filename_ref_;
  std::vector<std::unique_ptr<Unit>> units_;
  Unit* u = nullptr;
  bool future_annotations_ = false;  // `from __future__ import annotations` (PEP 563)

  // Under PEP 563 an annotation is not evaluated: it is stored as its source text.
  void visit_annotation(Expr* e) {
    if (!future_annotations_) {
      visit_expr(e);
      return;
    }
    std::string text = unparse_expr(e, [this](const ConstantValue& c) {
      Result<Ref> r = repr(const_object(c));
      if (!r.ok()) throw PythonError{};
      return std::string(str_view(*r));
    });
    emit(Op::LOAD_CONST, add_const_str(text));
  }
  static bool has_future_annotations(const std::vector<Stmt*>& body) {
    size_t i = is_docstring(body) ? 1 : 0;
    for (; i < body.size(); i++) {
      if (body[i]->kind != StmtKind::ImportFrom) break;
      const ImportFrom* f = body[i]->as<ImportFrom>();
      if (f->module != "__future__" || f->level != 0) break;
      for (const Alias* a : f->names) {
        if (a->name == "annotations") return true;
      }
    }
    return false;
  }

  // ---- errors ----
  [[noreturn]] void error(const std::string& msg, const Located* node) {
    SyntaxErrorInfo info;
    info.kind = SyntaxErrorInfo::Syntax;
    info.msg = msg;
    if (node) {
      info.lineno = node->lineno;
      info.offset = node->col_offset + 1;
      info.end_lineno = node->end_lineno;
      info.end_offset = node->end_col_offset + 1;
      std::string_view l = mod_.line(node->lineno);
      info.text = std::string(l) + "\n";
      info.has_text = !l.empty();
      // offsets are in characters; convert from UTF-8 byte columns
      auto chars = [&](std::string_view line, int bytecol) {
        int n = 0;
        for (int i = 0; i < bytecol && i < int(line.size()); i++) {
          if ((static_cast<unsigned char>(line[size_t(i)]) & 0xC0) != 0x80) n++;
        }
        return n;
      };
      info.offset = chars(l, node->col_offset) + 1;
      if (node->end_lineno == node->lineno) info.end_offset = chars(l, node->end_col_offset) + 1;
    }
    throw CodegenError{info};
  }

  // ---- units ----
  void enter_unit(const Scope* scope, const std::string& name, const std::string& qualname, int firstlineno) {
    auto nu = std::make_unique<Unit>();
    nu->scope = scope;
    nu->name = name;
    nu->qualname = qualname;
    nu->firstlineno = firstlineno;
    nu->loc = Loc{firstlineno, -1, firstlineno, -1};
    if (u) nu->private_name = u->private_name;
    if (scope) {
      if (scope->is_function_like()) {
        for (auto& v : scope->varnames) {
          nu->varname_index[v] = uint32_t(nu->varnames.size());
          nu->varnames.push_back(v);
        }
      }
      nu->cellvars = scope->cellvars;
      nu->freevars = scope->freevars;
    }
    units_.push_back(std::move(nu));
    u = units_.back().get();
  }

  Ref leave_unit() {
    Ref code = assemble();
    units_.pop_back();
    u = units_.empty() ? nullptr : units_.back().get();
    return code;
  }

  // ---- positions ----
  static Loc loc_of(const Located* n) { return Loc{n->lineno, n->col_offset, n->end_lineno, n->end_col_offset}; }
  void set_loc(const Located* n) { u->loc = loc_of(n); }
  void set_loc(Loc l) { u->loc = l; }
  // A multi-line `x.attr` access or method call is located from the attribute name on (CPython
  // does the same, so a traceback names the line of `.attr`).
  static Loc attr_loc(Loc l, const Attribute* a) {
    if (l.line != a->end_lineno) {
      l.line = a->end_lineno;
      int len = int(a->attr.size());
      if (len <= a->end_col_offset) {
        l.col = a->end_col_offset - len;
      } else {
        l.col = l.end_col = -1;
      }
      if (l.end_line < l.line) l.end_line = l.line;
      if (l.line == l.end_line && l.end_col < l.col) l.end_col = l.col;
    }
    return l;
  }

  // ---- emission ----
  int new_label() {
    u->label_pos.push_back(-1);
    return int(u->label_pos.size()) - 1;
  }
  void bind(int label) { u->label_pos[size_t(label)] = int(u->instrs.size()); }
  void emit(Op op, uint32_t arg = 0) {
    int h = u->handler_stack.empty() ? -1 : u->handler_stack.back();
    u->instrs.push_back(Instr{op, arg, -1, u->loc, h});
  }
  void emit_jump(Op op, int label) {
    int h = u->handler_stack.empty() ? -1 : u->handler_stack.back();
    u->instrs.push_back(Instr{op, 0, label, u->loc, h});
  }
  int push_handler(int label, bool lasti, int adjust = 0) {
    u->handlers.push_back(HandlerInfo{label, lasti, adjust, int(u->instrs.size())});
    int id = int(u->handlers.size()) - 1;
    u->handler_stack.push_back(id);
    return id;
  }
  void pop_handler() { u->handler_stack.pop_back(); }

  uint32_t add_const_ref(const std::string& key, Ref v) {
    auto it = u->const_index.find(key);
    if (it != u->const_index.end()) return it->second;
    uint32_t i = uint32_t(u->consts.size());
    u->consts.push_back(std::move(v));
    u->const_index.emplace(key, i);
    return i;
  }
  Ref const_object(const ConstantValue& c) {
    using K = ConstantValue::Kind;
    switch (c.kind) {
      case K::None: return none();
      case K::True: return make_bool(true);
      case K::False: return make_bool(false);
      case K::Ellipsis: return Ref::borrow(Value(&EllipsisObject));
      case K::Int: {
        Result<Ref> r = int_from_string(c.text, 10);
        if (!r.ok()) throw PythonError{};
        return r.take();
      }
      case K::Float: return make_float(c.num);
      case K::Complex: {
        Value b = dict_get_str(as<weft::Dict>(current_interp()->builtins), intern("complex"));
        if (b.is_null()) {
          (void)raise(&exc::NotImplementedError, "complex numbers are not supported");
          throw PythonError{};
        }
        Ref zero = make_float(0.0), im = make_float(c.num);
        Result<Ref> r = call(b, {zero.get(), im.get()});
        if (!r.ok()) throw PythonError{};
        return r.take();
      }
      case K::Str:
        if (is_identifier_like(c.text)) return intern_ref(c.text);
        return make_str(c.text);
      case K::Bytes: return make_bytes(c.text);
    }
    return none();
  }
  uint32_t add_const(const ConstantValue& c) { return add_const_ref(const_key(c), const_object(c)); }
  uint32_t add_const_none() { return add_const(ConstantValue::none()); }
  uint32_t add_const_str(const std::string& s) { return add_const(ConstantValue::str(s)); }
  uint32_t add_const_int(int64_t v) { return add_const(ConstantValue::integer(std::to_string(v))); }
  void load_const(const ConstantValue& c) { emit(Op::LOAD_CONST, add_const(c)); }
  void load_none() { emit(Op::LOAD_CONST, add_const_none()); }

  uint32_t add_name(const std::string& n) {
    auto it = u->name_index.find(n);
    if (it != u->name_index.end()) return it->second;
    uint32_t i = uint32_t(u->names.size());
    u->names.push_back(n);
    u->name_index.emplace(n, i);
    return i;
  }

  std::string mangle_name(const std::string& name) { return mangle(u->private_name, name); }

  // ---- assembly ----
  Ref assemble();

  // ---- names ----
  enum class Ctx { Load, Store, Del };
  void nameop(const std::string& raw, Ctx ctx);
  int deref_index(const std::string& name) {
    for (size_t i = 0; i < u->cellvars.size(); i++) {
      if (u->cellvars[i] == name) return int(i);
    }
    for (size_t i = 0; i < u->freevars.size(); i++) {
      if (u->freevars[i] == name) return int(u->cellvars.size() + i);
    }
    return -1;
  }

  // ---- statements ----
  void visit_body(const std::vector<Stmt*>& body) {
    for (Stmt* s : body) visit_stmt(s);
  }
  void visit_stmt(Stmt* s);
  void visit_function_def(FunctionDef* s);
  void visit_class_def(ClassDef* s);
  void visit_return(Return* s);
  void visit_delete(Delete* s);
  void visit_assign(Assign* s);
  void visit_aug_assign(AugAssign* s);
  void visit_ann_assign(AnnAssign* s);
  void visit_for(For* s);
  void visit_async_for(For* s);
  void visit_while(While* s);
  void visit_if(If* s);
  void visit_with(With* s, size_t item);
  void visit_raise(Raise* s);
  void visit_try(Try* s);
  void visit_try_except(Try* s);
  void visit_try_star(Try* s);
  void visit_try_finally(Try* s);
  void visit_assert(Assert* s);
  void visit_import(Import* s);
  void visit_import_from(ImportFrom* s);
  void visit_break(Stmt* s);
  void visit_continue(Stmt* s);
  void visit_match(Match* s);
  void visit_pattern(Pattern* p, std::vector<int>& fails, size_t on_top);
  int fail_label(std::vector<int>& fails, size_t n);
  void emit_fail_pops(std::vector<int>& fails);
  void pattern_store(const std::string& name);

  // fblocks / unwinding
  void push_fblock(FBlock b) { u->fblocks.push_back(std::move(b)); }
  void pop_fblock() { u->fblocks.pop_back(); }
  void unwind_fblock(const FBlock& b, bool preserve_tos);
  // Unwinds every block (return) or up to the innermost loop (copied to *loop_out; false when
  // there is none). *saved_handlers receives the handler stack to restore after the jump.
  bool unwind_fblock_stack(bool preserve_tos, bool stop_at_loop, FBlock* loop_out, std::vector<int>* saved_handlers);
  void with_except_finish(int cleanup);
  void pop_except_and_reraise() {
    emit(Op::COPY, 3);
    emit(Op::POP_EXCEPT);
    emit(Op::RERAISE, 1);
  }

  // ---- expressions ----
  void visit_expr(Expr* e);
  void visit_expr_inner(Expr* e);
  void visit_store(Expr* e);
  void visit_delete_target(Expr* e);
  void jump_if(Expr* e, int label, bool cond);
  void visit_call(Call* e);
  void visit_call_helper(size_t n_pushed, const std::vector<Expr*>& args, const std::vector<Keyword*>& keywords,
                         Loc call_loc);
  void visit_compare(Compare* e);
  void visit_boolop(BoolOp* e);
  void visit_dict(ast::Dict* e);
  void starunpack(const std::vector<Expr*>& elts, Op build, Op add, Op extend, bool tuple);
  void visit_subscript_slice(Expr* slice);
  void visit_lambda(Lambda* e);
  void visit_comprehension(Expr* e, const std::vector<Comprehension*>& gens, const std::string& name);
  void comprehension_generator(Expr* e, const std::vector<Comprehension*>& gens, size_t gen_index, int depth);
  void visit_joined_str(JoinedStr* e);
  void visit_formatted_value(FormattedValue* e);
  void visit_yield_from(Expr* value, bool await);
  void emit_yield_from_tos(bool await);
  void unpack_target(Expr* e, const std::vector<Expr*>& elts);

  // functions and classes
  uint32_t make_closure_and_code(Ref code, uint32_t flags);
  void build_function(const Scope* scope, const std::string& name, Arguments* args, Expr* returns,
                      const std::vector<Stmt*>* body, Expr* lambda_body, const Located* node, bool is_async,
                      int firstlineno);
  std::string qualname_for(const std::string& name, const Scope* scope);
  bool has_annotated_assign(const std::vector<Stmt*>& body);
  static bool is_docstring(const std::vector<Stmt*>& body) {
    if (body.empty() || body[0]->kind != StmtKind::Expr) return false;
    Expr* v = body[0]->as<ExprStmt>()->value;
    return v->kind == ExprKind::Constant && v->as<Constant>()->value.kind == ConstantValue::Kind::Str;
  }
  static bool is_const_tuple(const std::vector<Expr*>& elts) {
    for (Expr* e : elts) {
      if (e->kind != ExprKind::Constant) return false;
    }
    return true;
  }
  uint32_t const_tuple(const std::vector<Expr*>& elts) {
    std::string key = "t(";
    Ref t = make_tuple(elts.size());
    for (size_t i = 0; i < elts.size(); i++) {
      const ConstantValue& c = elts[i]->as<Constant>()->value;
      key += const_key(c);
      key += '\x01';
      tuple_init_item(t.as<weft::Tuple>(), i, const_object(c));
    }
    key += ")";
    return add_const_ref(key, std::move(t));
  }
};

// ---------------------------------------------------------------------------------------------
// Assembly

Ref Codegen::assemble() {
  std::vector<Instr>& ins = u->instrs;
  // Every code object ends in a return (the caller emitted one); resolve labels.
  for (Instr& i : ins) {
    if (i.target >= 0) {
      int pos = u->label_pos[size_t(i.target)];
      if (pos < 0) pos = int(ins.size());  // unbound label: points past the end (unreachable)
      i.arg = uint32_t(pos);
    }
  }
  // Handler targets.
  std::vector<int> handler_pos(u->handlers.size());
  for (size_t h = 0; h < u->handlers.size(); h++) {
    int pos = u->label_pos[size_t(u->handlers[h].label)];
    handler_pos[h] = pos < 0 ? int(ins.size()) : pos;
  }
  // Setup points, by instruction index.
  std::unordered_map<int, std::vector<int>> setups;
  for (size_t h = 0; h < u->handlers.size(); h++) setups[u->handlers[h].setup_index].push_back(int(h));

  // Stack depth flow pass.
  size_t n = ins.size();
  std::vector<int> depth(n + 1, -1);
  std::vector<int> work;
  int maxdepth = 0;
  auto push = [&](int idx, int d) {
    if (idx < 0 || size_t(idx) > n) return;
    if (d < 0) d = 0;
    if (depth[size_t(idx)] < 0) {
      depth[size_t(idx)] = d;
      work.push_back(idx);
      if (d > maxdepth) maxdepth = d;
    }
  };
  push(0, 0);
  while (!work.empty()) {
    int i = work.back();
    work.pop_back();
    if (size_t(i) >= n) continue;
    int d = depth[size_t(i)];
    auto it = setups.find(i);
    if (it != setups.end()) {
      for (int h : it->second) {
        HandlerInfo& hi = u->handlers[size_t(h)];
        if (hi.depth < 0) {
          hi.depth = d + hi.adjust;
          if (hi.depth < 0) hi.depth = 0;
          push(handler_pos[size_t(h)], hi.depth + (hi.lasti ? 1 : 0) + 1);
        }
      }
    }
    const Instr& in = ins[size_t(i)];
    int after = d + stack_effect(in.op, in.arg, false);
    if (after > maxdepth) maxdepth = after;
    if (op_is_jump(in.op)) {
      int jd = d + stack_effect(in.op, in.arg, true);
      if (jd > maxdepth) maxdepth = jd;
      push(int(in.arg), jd);
    }
    if (!op_is_terminator(in.op)) push(i + 1, after);
  }
  // Handlers whose setup point is unreachable still need a sane depth.
  for (HandlerInfo& hi : u->handlers) {
    if (hi.depth < 0) hi.depth = 0;
  }

  // The code object.
  Code* co = new_object<Code>(&CodeType);
  Ref code = Ref::steal(Value(co));
  co->code.reserve(n);
  co->lines.reserve(n);
  for (const Instr& i : ins) {
    co->code.push_back(make_unit(i.op, i.arg));
    co->lines.push_back(i.loc.line);
  }
  // Column runs: a new entry whenever the range changes (a column is kept only for an
  // instruction whose range starts on its own line).
  for (size_t k = 0; k < n; k++) {
    const Loc& l = ins[k].loc;
    bool known = l.col >= 0 && l.end_col >= 0 && l.end_line >= l.line && l.line > 0;
    PositionRun r{uint32_t(k), known ? l.end_line : l.line, known ? l.col : -1, known ? l.end_col : -1};
    if (!co->positions.empty()) {
      const PositionRun& p = co->positions.back();
      if (p.end_line == r.end_line && p.col == r.col && p.end_col == r.end_col) continue;
    }
    co->positions.push_back(r);
  }
  // Exception table: runs of instructions with the same innermost handler.
  for (size_t i = 0; i < n;) {
    int h = ins[i].handler;
    size_t j = i + 1;
    while (j < n && ins[j].handler == h) j++;
    if (h >= 0) {
      const HandlerInfo& hi = u->handlers[size_t(h)];
      co->exceptions.push_back(ExceptionEntry{uint32_t(i), uint32_t(j), uint32_t(handler_pos[size_t(h)]),
                                              uint16_t(hi.depth), hi.lasti});
    }
    i = j;
  }
  auto str_tuple = [](const std::vector<std::string>& v) {
    Ref t = make_tuple(v.size());
    for (size_t i = 0; i < v.size(); i++) tuple_init_item(t.as<weft::Tuple>(), i, intern_ref(v[i]));
    return t;
  };
  Ref consts = make_tuple(u->consts.size());
  for (size_t i = 0; i < u->consts.size(); i++) tuple_init_item(consts.as<weft::Tuple>(), i, u->consts[i]);
  co->consts = std::move(consts);
  co->names = str_tuple(u->names);
  co->varnames = str_tuple(u->varnames);
  co->cellvars = str_tuple(u->cellvars);
  co->freevars = str_tuple(u->freevars);
  co->name = intern_ref(u->name);
  co->qualname = make_str(u->qualname);
  co->filename = filename_ref_;
  co->doc = u->doc ? u->doc : none();
  co->firstlineno = u->firstlineno;
  co->argcount = u->argcount;
  co->posonlyargcount = u->posonlyargcount;
  co->kwonlyargcount = u->kwonlyargcount;
  co->flags = u->flags;
  if (u->freevars.empty() && u->cellvars.empty()) co->flags |= kCoNoFree;
  co->nlocals = int(u->varnames.size());
  co->ncells = int(u->cellvars.size());
  co->nfree = int(u->freevars.size());
  co->stacksize = maxdepth + 2;
  co->cell2arg.assign(u->cellvars.size(), -1);
  int nargs = co->total_args();
  for (size_t c = 0; c < u->cellvars.size(); c++) {
    for (int a = 0; a < nargs && a < int(u->varnames.size()); a++) {
      if (u->varnames[size_t(a)] == u->cellvars[c]) {
        co->cell2arg[c] = a;
        break;
      }
    }
  }
  return code;
}

// ---------------------------------------------------------------------------------------------
// Names

void Codegen::nameop(const std::string& raw, Ctx ctx) {
  std::string name = mangle_name(raw);
  const Scope* sc = u->scope;
  SymScope scope = sc ? sc->scope_of_name(name) : SymScope::GlobalImplicit;
  bool fn = sc && sc->is_function_like();
  enum { FAST, DEREF, GLOBAL, NAME } kind = NAME;
  switch (scope) {
    case SymScope::Free:
    case SymScope::Cell:
      kind = DEREF;
      break;
    case SymScope::Local:
      kind = fn ? FAST : NAME;
      break;
    case SymScope::GlobalImplicit:
      kind = fn ? GLOBAL : NAME;
      break;
    case SymScope::GlobalExplicit:
      kind = GLOBAL;
      break;
  }
  if (kind == FAST) {
    auto it = u->varname_index.find(name);
    if (it == u->varname_index.end()) {
      // A local the symbol table did not list (generated names): add it.
      u->varname_index[name] = uint32_t(u->varnames.size());
      u->varnames.push_back(name);
      it = u->varname_index.find(name);
    }
    emit(ctx == Ctx::Load ? Op::LOAD_FAST : ctx == Ctx::Store ? Op::STORE_FAST : Op::DELETE_FAST, it->second);
    return;
  }
  if (kind == DEREF) {
    int idx = deref_index(name);
    if (idx < 0) {
      // Should not happen with a consistent symbol table; fall back to a name lookup.
      kind = fn ? GLOBAL : NAME;
    } else {
      if (ctx == Ctx::Load) {
        const Symbol* sym = sc ? sc->find(name) : nullptr;
        bool classderef = sc && sc->kind == ScopeKind::Class && scope == SymScope::Free;
        (void)sym;
        emit(classderef ? Op::LOAD_CLASSDEREF : Op::LOAD_DEREF, uint32_t(idx));
      } else {
        emit(ctx == Ctx::Store ? Op::STORE_DEREF : Op::DELETE_DEREF, uint32_t(idx));
      }
      return;
    }
  }
  uint32_t ni = add_name(name);
  if (kind == GLOBAL) {
    emit(ctx == Ctx::Load ? Op::LOAD_GLOBAL : ctx == Ctx::Store ? Op::STORE_GLOBAL : Op::DELETE_GLOBAL, ni);
  } else {
    emit(ctx == Ctx::Load ? Op::LOAD_NAME : ctx == Ctx::Store ? Op::STORE_NAME : Op::DELETE_NAME, ni);
  }
}

// ---------------------------------------------------------------------------------------------
// Module

Ref Codegen::compile(CompileMode mode) {
  const Scope* top = st_.top;
  future_annotations_ = mode != CompileMode::Eval && has_future_annotations(mod_.body);
  enter_unit(top, "<module>", "<module>", 1);
  if (mode == CompileMode::Eval) {
    if (mod_.expr) {
      set_loc(mod_.expr);
      visit_expr(mod_.expr);
    } else {
      load_none();
    }
    emit(Op::RETURN_VALUE);
    return leave_unit();
  }
  const std::vector<Stmt*>& body = mod_.body;
  if (!body.empty()) set_loc(body[0]);
  if (has_annotated_assign(body)) emit(Op::SETUP_ANNOTATIONS);
  size_t start = 0;
  if (mode == CompileMode::Exec && is_docstring(body)) {
    set_loc(body[0]);
    load_const(body[0]->as<ExprStmt>()->value->as<Constant>()->value);
    nameop("__doc__", Ctx::Store);
    start = 1;
  }
  for (size_t i = start; i < body.size(); i++) {
    Stmt* s = body[i];
    if (mode == CompileMode::Single && s->kind == StmtKind::Expr) {
      set_loc(s);
      visit_expr(s->as<ExprStmt>()->value);
      emit(Op::PRINT_EXPR);
      continue;
    }
    visit_stmt(s);
  }
  emit(Op::RETURN_CONST, add_const_none());
  return leave_unit();
}

bool Codegen::has_annotated_assign(const std::vector<Stmt*>& body) {
  // CPython: any simple AnnAssign at this level (also inside if/for/while/try/with blocks).
  for (Stmt* s : body) {
    switch (s->kind) {
      case StmtKind::AnnAssign:
        return true;
      case StmtKind::If:
        if (has_annotated_assign(s->as<If>()->body) || has_annotated_assign(s->as<If>()->orelse)) return true;
        break;
      case StmtKind::For:
      case StmtKind::AsyncFor:
        if (has_annotated_assign(s->as<For>()->body) || has_annotated_assign(s->as<For>()->orelse)) return true;
        break;
      case StmtKind::While:
        if (has_annotated_assign(s->as<While>()->body) || has_annotated_assign(s->as<While>()->orelse)) return true;
        break;
      case StmtKind::With:
      case StmtKind::AsyncWith:
        if (has_annotated_assign(s->as<With>()->body)) return true;
        break;
      case StmtKind::Try:
      case StmtKind::TryStar: {
        Try* t = s->as<Try>();
        if (has_annotated_assign(t->body) || has_annotated_assign(t->orelse) || has_annotated_assign(t->finalbody))
          return true;
        for (ExceptHandler* h : t->handlers) {
          if (has_annotated_assign(h->body)) return true;
        }
        break;
      }
      default:
        break;
    }
  }
  return false;
}

// ---------------------------------------------------------------------------------------------
// Statements

void Codegen::visit_stmt(Stmt* s) {
  set_loc(s);
  switch (s->kind) {
    case StmtKind::FunctionDef:
    case StmtKind::AsyncFunctionDef:
      visit_function_def(s->as<FunctionDef>());
      break;
    case StmtKind::ClassDef:
      visit_class_def(s->as<ClassDef>());
      break;
    case StmtKind::Return:
      visit_return(s->as<Return>());
      break;
    case StmtKind::Delete:
      visit_delete(s->as<Delete>());
      break;
    case StmtKind::Assign:
      visit_assign(s->as<Assign>());
      break;
    case StmtKind::AugAssign:
      visit_aug_assign(s->as<AugAssign>());
      break;
    case StmtKind::AnnAssign:
      visit_ann_assign(s->as<AnnAssign>());
      break;
    case StmtKind::For:
      visit_for(s->as<For>());
      break;
    case StmtKind::AsyncFor:
      visit_async_for(s->as<For>());
      break;
    case StmtKind::While:
      visit_while(s->as<While>());
      break;
    case StmtKind::If:
      visit_if(s->as<If>());
      break;
    case StmtKind::With:
    case StmtKind::AsyncWith:
      visit_with(s->as<With>(), 0);
      break;
    case StmtKind::Match:
      visit_match(s->as<Match>());
      break;
    case StmtKind::Raise:
      visit_raise(s->as<Raise>());
      break;
    case StmtKind::Try:
    case StmtKind::TryStar:
      visit_try(s->as<Try>());
      break;
    case StmtKind::Assert:
      visit_assert(s->as<Assert>());
      break;
    case StmtKind::Import:
      visit_import(s->as<Import>());
      break;
    case StmtKind::ImportFrom:
      visit_import_from(s->as<ImportFrom>());
      break;
    case StmtKind::Global:
    case StmtKind::Nonlocal:
      break;
    case StmtKind::Expr: {
      Expr* v = s->as<ExprStmt>()->value;
      if (v->kind == ExprKind::Constant) {
        emit(Op::NOP);  // a bare constant (docstring-like) has no effect
        break;
      }
      visit_expr(v);
      emit(Op::POP_TOP);
      break;
    }
    case StmtKind::Pass:
      emit(Op::NOP);
      break;
    case StmtKind::Break:
      visit_break(s);
      break;
    case StmtKind::Continue:
      visit_continue(s);
      break;
    case StmtKind::TypeAlias:
      error("'type' statements (PEP 695) are not supported by Weft", s);
  }
}

std::string Codegen::qualname_for(const std::string& name, const Scope* scope) {
  // CPython's compiler_set_qualname.
  if (!u || !u->scope || u->scope->kind == ScopeKind::Module) return name;
  const Scope* parent = u->scope;
  if (scope && (scope->kind == ScopeKind::Function || scope->kind == ScopeKind::Class)) {
    std::string mangled = mangle(u->private_name, name);
    if (parent->scope_of_name(mangled) == SymScope::GlobalExplicit) return name;
  }
  if (parent->is_function_like()) return u->qualname + ".<locals>." + name;
  return u->qualname + "." + name;
}

uint32_t Codegen::make_closure_and_code(Ref code, uint32_t flags) {
  Code* co = code.as<Code>();
  if (co->nfree) {
    for (int i = 0; i < co->nfree; i++) {
      std::string name(str_view(tuple_item(co->freevars, size_t(i))));
      int idx = deref_index(name);
      if (idx < 0) {
        // The enclosing scope must provide it (symbol table invariant); a class body that
        // passes a free variable through lists it in its freevars.
        SyntaxErrorInfo info;
        info.msg = "compiler error: free variable '" + name + "' not found in the enclosing scope";
        throw CodegenError{info};
      }
      emit(Op::LOAD_CLOSURE, uint32_t(idx));
    }
    emit(Op::BUILD_TUPLE, uint32_t(co->nfree));
    flags |= kMfClosure;
  }
  std::string key = "code:" + std::to_string(reinterpret_cast<uintptr_t>(co));
  emit(Op::LOAD_CONST, add_const_ref(key, std::move(code)));
  emit(Op::MAKE_FUNCTION, flags);
  return flags;
}

void Codegen::build_function(const Scope* scope, const std::string& name, Arguments* args, Expr* returns,
                             const std::vector<Stmt*>* body, Expr* lambda_body, const Located* node,
                             bool is_async, int firstlineno) {
  uint32_t flags = 0;
  // Defaults.
  if (args && !args->defaults.empty()) {
    for (Expr* d : args->defaults) visit_expr(d);
    emit(Op::BUILD_TUPLE, uint32_t(args->defaults.size()));
    flags |= kMfDefaults;
  }
  if (args) {
    size_t nkw = 0;
    for (size_t i = 0; i < args->kwonlyargs.size(); i++) {
      if (i < args->kw_defaults.size() && args->kw_defaults[i]) {
        emit(Op::LOAD_CONST, add_const_str(mangle_name(args->kwonlyargs[i]->arg)));
        visit_expr(args->kw_defaults[i]);
        nkw++;
      }
    }
    if (nkw) {
      emit(Op::BUILD_MAP, uint32_t(nkw));
      flags |= kMfKwDefaults;
    }
  }
  // Annotations (evaluated now, as CPython 3.12 without `from __future__ import annotations`).
  if (args) {
    size_t nann = 0;
    auto ann = [&](Arg* a) {
      if (a && a->annotation) {
        emit(Op::LOAD_CONST, add_const_str(mangle_name(a->arg)));
        visit_annotation(a->annotation);
        nann++;
      }
    };
    for (Arg* a : args->posonlyargs) ann(a);
    for (Arg* a : args->args) ann(a);
    ann(args->vararg);
    for (Arg* a : args->kwonlyargs) ann(a);
    ann(args->kwarg);
    if (returns) {
      emit(Op::LOAD_CONST, add_const_str("return"));
      visit_annotation(returns);
      nann++;
    }
    if (nann) {
      emit(Op::BUILD_MAP, uint32_t(nann));
      flags |= kMfAnnotations;
    }
  }

  std::string qual = qualname_for(name, scope);
  Loc saved_line = u->loc;
  enter_unit(scope, name, qual, firstlineno);
  if (args) {
    u->argcount = int(args->posonlyargs.size() + args->args.size());
    u->posonlyargcount = int(args->posonlyargs.size());
    u->kwonlyargcount = int(args->kwonlyargs.size());
  }
  u->flags = kCoOptimized | kCoNewLocals;
  if (scope) {
    if (scope->has_varargs) u->flags |= kCoVarargs;
    if (scope->has_varkw) u->flags |= kCoVarkeywords;
    if (scope->is_nested) u->flags |= kCoNested;
    if (scope->is_generator) u->flags |= is_async ? kCoAsyncGenerator : kCoGenerator;
    else if (is_async || scope->is_coroutine) u->flags |= kCoCoroutine;
  }
  u->in_async = is_async;
  if (body) {
    size_t start = 0;
    if (is_docstring(*body)) {
      u->doc = const_object((*body)[0]->as<ExprStmt>()->value->as<Constant>()->value);
      add_const_ref(const_key((*body)[0]->as<ExprStmt>()->value->as<Constant>()->value), u->doc);
      start = 1;
    } else {
      add_const_none();
    }
    for (size_t i = start; i < body->size(); i++) visit_stmt((*body)[i]);
    emit(Op::RETURN_CONST, add_const_none());
  } else {
    set_loc(lambda_body);
    visit_expr(lambda_body);
    if (scope && scope->is_generator) {
      emit(Op::POP_TOP);
      emit(Op::RETURN_CONST, add_const_none());
    } else {
      emit(Op::RETURN_VALUE);
    }
  }
  Ref code = leave_unit();
  u->loc = saved_line;
  make_closure_and_code(std::move(code), flags);
}

void Codegen::visit_function_def(FunctionDef* s) {
  if (!s->type_params.empty()) error("generic functions (PEP 695 type parameters) are not supported by Weft", s);
  for (Expr* d : s->decorator_list) {
    visit_expr(d);
    emit(Op::PUSH_NULL);
  }
  set_loc(s);
  const Scope* scope = st_.scope_of(s);
  int firstlineno = s->decorator_list.empty() ? s->lineno : s->decorator_list[0]->lineno;
  build_function(scope, s->name, s->args, s->returns, &s->body, nullptr, s, s->is_async(), firstlineno);
  // Innermost decorator first, each call located at its decorator (as CPython).
  for (size_t i = s->decorator_list.size(); i-- > 0;) {
    set_loc(s->decorator_list[i]);
    emit(Op::CALL, 1);
  }
  set_loc(s);
  nameop(s->name, Ctx::Store);
}

void Codegen::visit_class_def(ClassDef* s) {
  if (!s->type_params.empty()) error("generic classes (PEP 695 type parameters) are not supported by Weft", s);
  for (Expr* d : s->decorator_list) {
    visit_expr(d);
    emit(Op::PUSH_NULL);
  }
  set_loc(s);
  const Scope* scope = st_.scope_of(s);
  int firstlineno = s->decorator_list.empty() ? s->lineno : s->decorator_list[0]->lineno;
  emit(Op::LOAD_BUILD_CLASS);
  emit(Op::PUSH_NULL);

  std::string qual = qualname_for(s->name, scope);
  enter_unit(scope, s->name, qual, firstlineno);
  u->private_name = s->name;
  set_loc(s);
  nameop("__name__", Ctx::Load);
  nameop("__module__", Ctx::Store);
  emit(Op::LOAD_CONST, add_const_str(qual));
  nameop("__qualname__", Ctx::Store);
  emit(Op::LOAD_CONST, add_const_int(firstlineno));
  nameop("__firstlineno__", Ctx::Store);
  u->is_class = true;
  if (has_annotated_assign(s->body)) emit(Op::SETUP_ANNOTATIONS);
  size_t start = 0;
  if (is_docstring(s->body)) {
    set_loc(s->body[0]);
    load_const(s->body[0]->as<ExprStmt>()->value->as<Constant>()->value);
    nameop("__doc__", Ctx::Store);
    start = 1;
  }
  for (size_t i = start; i < s->body.size(); i++) visit_stmt(s->body[i]);
  {
    // __static_attributes__ (3.13): the names assigned as self.<name> in the class's methods.
    Ref t = make_tuple(u->static_attributes.size());
    std::string key = "static(";
    size_t i = 0;
    for (const std::string& n : u->static_attributes) {
      tuple_init_item(t.as<weft::Tuple>(), i++, intern_ref(n));
      key += n + ",";
    }
    emit(Op::LOAD_CONST, add_const_ref(key, std::move(t)));
    nameop("__static_attributes__", Ctx::Store);
  }
  int cls_idx = -1;
  for (size_t i = 0; i < u->cellvars.size(); i++) {
    if (u->cellvars[i] == "__class__") cls_idx = int(i);
  }
  if (cls_idx >= 0) {
    emit(Op::LOAD_CLOSURE, uint32_t(cls_idx));
    emit(Op::RETURN_VALUE);
  } else {
    emit(Op::RETURN_CONST, add_const_none());
  }
  Ref code = leave_unit();
  set_loc(s);
  make_closure_and_code(std::move(code), 0);
  emit(Op::LOAD_CONST, add_const_str(s->name));
  // Bases and keywords: the call to __build_class__(func, name, *bases, **keywords).
  visit_call_helper(2, s->bases, s->keywords, loc_of(s));
  // Innermost decorator first, each call located at its decorator (as CPython).
  for (size_t i = s->decorator_list.size(); i-- > 0;) {
    set_loc(s->decorator_list[i]);
    emit(Op::CALL, 1);
  }
  set_loc(s);
  nameop(s->name, Ctx::Store);
}

void Codegen::visit_return(Return* s) {
  bool preserve = s->value && s->value->kind != ExprKind::Constant;
  if (preserve) visit_expr(s->value);
  FBlock unused;
  std::vector<int> saved;
  unwind_fblock_stack(preserve, false, &unused, &saved);
  set_loc(s);
  if (!s->value) {
    emit(Op::RETURN_CONST, add_const_none());
  } else if (!preserve) {
    emit(Op::RETURN_CONST, add_const(s->value->as<Constant>()->value));
  } else {
    emit(Op::RETURN_VALUE);
  }
  u->handler_stack = saved;
}

void Codegen::visit_delete(Delete* s) {
  for (Expr* t : s->targets) visit_delete_target(t);
}

void Codegen::visit_delete_target(Expr* e) {
  set_loc(e);
  switch (e->kind) {
    case ExprKind::Name:
      nameop(e->as<ast::Name>()->id, Ctx::Del);
      break;
    case ExprKind::Attribute:
      visit_expr(e->as<Attribute>()->value);
      set_loc(e);
      emit(Op::DELETE_ATTR, add_name(mangle_name(e->as<Attribute>()->attr)));
      break;
    case ExprKind::Subscript:
      visit_expr(e->as<Subscript>()->value);
      visit_subscript_slice(e->as<Subscript>()->slice);
      set_loc(e);
      emit(Op::DELETE_SUBSCR);
      break;
    case ExprKind::Tuple:
      for (Expr* x : e->as<ast::Tuple>()->elts) visit_delete_target(x);
      break;
    case ExprKind::List:
      for (Expr* x : e->as<ast::List>()->elts) visit_delete_target(x);
      break;
    default:
      error("cannot delete expression", e);
  }
}

void Codegen::visit_assign(Assign* s) {
  Expr* v = s->value;
  // a, b = x, y with plain names: no tuple needed (CPython's optimisation keeps the order).
  visit_expr(v);
  for (size_t i = 0; i < s->targets.size(); i++) {
    if (i + 1 < s->targets.size()) emit(Op::COPY, 1);
    visit_store(s->targets[i]);
  }
}

void Codegen::unpack_target(Expr* e, const std::vector<Expr*>& elts) {
  int star = -1;
  for (size_t i = 0; i < elts.size(); i++) {
    if (elts[i]->kind == ExprKind::Starred) {
      if (star >= 0) error("multiple starred expressions in assignment", e);
      star = int(i);
    }
  }
  set_loc(e);
  if (star >= 0) {
    size_t before = size_t(star), after = elts.size() - size_t(star) - 1;
    if (before >= 256 || after >= (1u << 16)) error("too many expressions in star-unpacking assignment", e);
    emit(Op::UNPACK_EX, uint32_t(before | (after << 8)));
  } else {
    emit(Op::UNPACK_SEQUENCE, uint32_t(elts.size()));
  }
  for (Expr* x : elts) {
    if (x->kind == ExprKind::Starred) visit_store(x->as<Starred>()->value);
    else visit_store(x);
  }
}

void Codegen::visit_store(Expr* e) {
  Loc saved = u->loc;
  set_loc(e);
  switch (e->kind) {
    case ExprKind::Name:
      nameop(e->as<ast::Name>()->id, Ctx::Store);
      break;
    case ExprKind::Attribute: {
      Attribute* a = e->as<Attribute>();
      if (a->value->kind == ExprKind::Name && a->value->as<ast::Name>()->id == "self") {
        for (size_t i = units_.size(); i-- > 0;) {
          if (units_[i]->is_class) {
            units_[i]->static_attributes.insert(a->attr);
            break;
          }
        }
      }
      visit_expr(a->value);
      set_loc(e);
      emit(Op::STORE_ATTR, add_name(mangle_name(a->attr)));
      break;
    }
    case ExprKind::Subscript: {
      Subscript* sub = e->as<Subscript>();
      visit_expr(sub->value);
      visit_subscript_slice(sub->slice);
      set_loc(e);
      emit(Op::STORE_SUBSCR);
      break;
    }
    case ExprKind::Tuple:
      unpack_target(e, e->as<ast::Tuple>()->elts);
      break;
    case ExprKind::List:
      unpack_target(e, e->as<ast::List>()->elts);
      break;
    case ExprKind::Starred:
      error("starred assignment target must be in a list or tuple", e);
    default:
      error("cannot assign to expression", e);
  }
  u->loc = saved;
}

weft::BinOp to_binop(Operator op) {
  switch (op) {
    case Operator::Add: return weft::BinOp::Add;
    case Operator::Sub: return weft::BinOp::Sub;
    case Operator::Mult: return weft::BinOp::Mul;
    case Operator::MatMult: return weft::BinOp::MatMul;
    case Operator::Div: return weft::BinOp::TrueDiv;
    case Operator::Mod: return weft::BinOp::Mod;
    case Operator::Pow: return weft::BinOp::Pow;
    case Operator::LShift: return weft::BinOp::LShift;
    case Operator::RShift: return weft::BinOp::RShift;
    case Operator::BitOr: return weft::BinOp::Or;
    case Operator::BitXor: return weft::BinOp::Xor;
    case Operator::BitAnd: return weft::BinOp::And;
    case Operator::FloorDiv: return weft::BinOp::FloorDiv;
  }
  return weft::BinOp::Add;
}

void Codegen::visit_aug_assign(AugAssign* s) {
  Expr* t = s->target;
  uint32_t op = uint32_t(to_binop(s->op)) | kBinOpInplace;
  switch (t->kind) {
    case ExprKind::Name: {
      const std::string& id = t->as<ast::Name>()->id;
      nameop(id, Ctx::Load);
      visit_expr(s->value);
      set_loc(s);
      emit(Op::BINARY_OP, op);
      nameop(id, Ctx::Store);
      break;
    }
    case ExprKind::Attribute: {
      Attribute* a = t->as<Attribute>();
      uint32_t ni = add_name(mangle_name(a->attr));
      visit_expr(a->value);
      set_loc(t);
      emit(Op::COPY, 1);
      emit(Op::LOAD_ATTR, ni);
      visit_expr(s->value);
      set_loc(s);
      emit(Op::BINARY_OP, op);
      emit(Op::SWAP, 2);
      emit(Op::STORE_ATTR, ni);
      break;
    }
    case ExprKind::Subscript: {
      Subscript* sub = t->as<Subscript>();
      visit_expr(sub->value);
      visit_subscript_slice(sub->slice);
      set_loc(t);
      emit(Op::COPY, 2);
      emit(Op::COPY, 2);
      emit(Op::BINARY_SUBSCR);
      visit_expr(s->value);
      set_loc(s);
      emit(Op::BINARY_OP, op);
      emit(Op::SWAP, 3);
      emit(Op::SWAP, 2);
      emit(Op::STORE_SUBSCR);
      break;
    }
    default:
      error("'" + std::string(ast::name(t->kind)) + "' is an illegal expression for augmented assignment", t);
  }
}

void Codegen::visit_ann_assign(AnnAssign* s) {
  Expr* t = s->target;
  if (s->value) {
    visit_expr(s->value);
    visit_store(t);
  }
  set_loc(s);
  if (t->kind == ExprKind::Name && s->simple) {
    // Module and class bodies record the annotation; functions do not evaluate it.
    if (u->scope && (u->scope->kind == ScopeKind::Module || u->scope->kind == ScopeKind::Class)) {
      visit_annotation(s->annotation);
      set_loc(s);
      nameop("__annotations__", Ctx::Load);
      emit(Op::LOAD_CONST, add_const_str(mangle_name(t->as<ast::Name>()->id)));
      emit(Op::STORE_SUBSCR);
    }
  } else if (!s->value) {
    // Non-simple targets without a value: evaluate the target's parts, as CPython.
    if (t->kind == ExprKind::Attribute) {
      visit_expr(t->as<Attribute>()->value);
      emit(Op::POP_TOP);
    } else if (t->kind == ExprKind::Subscript) {
      visit_expr(t->as<Subscript>()->value);
      emit(Op::POP_TOP);
      visit_subscript_slice(t->as<Subscript>()->slice);
      emit(Op::POP_TOP);
    }
    if (u->scope && (u->scope->kind == ScopeKind::Module || u->scope->kind == ScopeKind::Class) &&
        !future_annotations_) {
      visit_expr(s->annotation);
      emit(Op::POP_TOP);
    }
  } else if (u->scope && (u->scope->kind == ScopeKind::Module || u->scope->kind == ScopeKind::Class) &&
             !future_annotations_) {
    visit_expr(s->annotation);
    emit(Op::POP_TOP);
  }
}

void Codegen::visit_for(For* s) {
  int start = new_label(), cleanup = new_label(), end = new_label();
  visit_expr(s->iter);
  set_loc(s->iter);  // as CPython: GET_ITER / FOR_ITER are located at the iterable
  emit(Op::GET_ITER);
  bind(start);
  set_loc(s->iter);
  emit_jump(Op::FOR_ITER, cleanup);
  FBlock b{FBlockKind::ForLoop};
  b.continue_label = start;
  b.break_label = end;
  b.loc = loc_of(s);
  push_fblock(b);
  visit_store(s->target);
  visit_body(s->body);
  pop_fblock();
  set_loc(s);
  emit_jump(Op::JUMP, start);
  bind(cleanup);
  visit_body(s->orelse);
  bind(end);
}

// async for: ait = iter.__aiter__(); loop on `await ait.__anext__()` until StopAsyncIteration
// (attribute lookups and the `await` sequence stand in for CPython's GET_AITER/GET_ANEXT).
void Codegen::visit_async_for(For* s) {
  int start = new_label(), except = new_label(), cleanup = new_label(), nomatch = new_label();
  int orelse = new_label(), end = new_label();
  visit_expr(s->iter);
  set_loc(s);
  emit(Op::LOAD_METHOD, add_name("__aiter__"));
  emit(Op::CALL, 0);
  bind(start);
  set_loc(s);
  push_handler(except, false);
  emit(Op::COPY, 1);
  emit(Op::LOAD_METHOD, add_name("__anext__"));
  emit(Op::CALL, 0);
  emit_yield_from_tos(true);  // ait, value
  pop_handler();
  FBlock b{FBlockKind::ForLoop};
  b.continue_label = start;
  b.break_label = end;
  b.loc = loc_of(s);
  push_fblock(b);
  visit_store(s->target);
  visit_body(s->body);
  pop_fblock();
  set_loc(s);
  emit_jump(Op::JUMP, start);
  // __anext__ raised (stack: ait, exc): StopAsyncIteration ends the loop, others propagate.
  bind(except);
  int hc = push_handler(cleanup, true);
  emit(Op::PUSH_EXC_INFO);
  emit(Op::LOAD_CONST, add_const_ref("exc:StopAsyncIteration",
                                     Ref::borrow(Value(&exc::StopAsyncIteration))));
  emit(Op::CHECK_EXC_MATCH);
  emit_jump(Op::POP_JUMP_IF_FALSE, nomatch);
  emit(Op::POP_TOP);  // exc
  pop_handler();
  emit(Op::POP_EXCEPT);
  emit(Op::POP_TOP);  // ait
  emit_jump(Op::JUMP, orelse);
  u->handler_stack.push_back(hc);
  bind(nomatch);
  emit(Op::RERAISE, 0);
  pop_handler();
  bind(cleanup);
  pop_except_and_reraise();
  bind(orelse);
  visit_body(s->orelse);
  bind(end);
}

bool is_true_constant(Expr* e) {
  if (e->kind != ExprKind::Constant) return false;
  const ConstantValue& c = e->as<Constant>()->value;
  using K = ConstantValue::Kind;
  switch (c.kind) {
    case K::True: case K::Ellipsis: return true;
    case K::Int: return c.text != "0";
    case K::Str: case K::Bytes: return !c.text.empty();
    case K::Float: case K::Complex: return c.num != 0.0;
    default: return false;
  }
}

void Codegen::visit_while(While* s) {
  int loop = new_label(), orelse = new_label(), end = new_label();
  bind(loop);
  set_loc(s);
  if (!is_true_constant(s->test)) jump_if(s->test, orelse, false);
  FBlock b{FBlockKind::WhileLoop};
  b.continue_label = loop;
  b.break_label = end;
  push_fblock(b);
  visit_body(s->body);
  pop_fblock();
  set_loc(s);
  emit_jump(Op::JUMP, loop);
  bind(orelse);
  visit_body(s->orelse);
  bind(end);
}

void Codegen::visit_if(If* s) {
  int end = new_label();
  int next = s->orelse.empty() ? end : new_label();
  jump_if(s->test, next, false);
  visit_body(s->body);
  if (!s->orelse.empty()) {
    emit_jump(Op::JUMP, end);
    bind(next);
    visit_body(s->orelse);
  }
  bind(end);
}

void Codegen::with_except_finish(int cleanup) {
  int suppress = new_label(), exit = new_label();
  emit_jump(Op::POP_JUMP_IF_TRUE, suppress);
  emit(Op::RERAISE, 2);
  bind(suppress);
  emit(Op::POP_TOP);  // exc
  emit(Op::POP_EXCEPT);
  emit(Op::POP_TOP);  // lasti
  emit(Op::POP_TOP);  // exit
  emit_jump(Op::JUMP, exit);
  pop_handler();  // the cleanup handler covers up to here
  bind(cleanup);
  pop_except_and_reraise();
  bind(exit);
}

void Codegen::visit_with(With* s, size_t item) {
  WithItem* it = s->items[item];
  int final_label = new_label(), exit = new_label(), cleanup = new_label();
  bool is_async = s->is_async();
  set_loc(s);
  visit_expr(it->context_expr);
  set_loc(it->context_expr);  // as CPython: entering is located at the context expression
  if (is_async) {
    // mgr -- bound __aexit__, await mgr.__aenter__() (attribute lookups stand in for
    // CPython's BEFORE_ASYNC_WITH; the awaits reuse the `await` sequence).
    emit(Op::COPY, 1);
    emit(Op::LOAD_ATTR, add_name("__aexit__"));
    emit(Op::SWAP, 2);
    emit(Op::LOAD_METHOD, add_name("__aenter__"));
    emit(Op::CALL, 0);
    emit_yield_from_tos(true);
  } else {
    emit(Op::BEFORE_WITH);
  }
  // stack: exit, enter-result. The handler keeps `exit` (depth - 1), pushes lasti and exc.
  int h = push_handler(final_label, true, -1);
  FBlock b{is_async ? FBlockKind::AsyncWith : FBlockKind::With};
  b.handlers = {h};
  b.loc = loc_of(it->context_expr);
  push_fblock(b);
  if (it->optional_vars) {
    visit_store(it->optional_vars);
  } else {
    emit(Op::POP_TOP);
  }
  if (item + 1 < s->items.size()) {
    visit_with(s, item + 1);
  } else {
    visit_body(s->body);
  }
  pop_fblock();
  pop_handler();
  set_loc(it->context_expr);  // the __exit__ call is located at the context expression
  // Normal exit: exit(None, None, None).
  emit(Op::PUSH_NULL);
  load_none();
  load_none();
  load_none();
  emit(Op::CALL, 3);
  if (is_async) emit_yield_from_tos(true);
  emit(Op::POP_TOP);
  emit_jump(Op::JUMP, exit);
  // Exceptional exit.
  bind(final_label);
  push_handler(cleanup, true);
  emit(Op::PUSH_EXC_INFO);
  emit(Op::WITH_EXCEPT_START);
  if (is_async) emit_yield_from_tos(true);
  with_except_finish(cleanup);
  bind(exit);
}

void Codegen::visit_raise(Raise* s) {
  uint32_t n = 0;
  if (s->exc) {
    visit_expr(s->exc);
    n = 1;
    if (s->cause) {
      visit_expr(s->cause);
      n = 2;
    }
  }
  set_loc(s);
  emit(Op::RAISE_VARARGS, n);
}

void Codegen::visit_try(Try* s) {
  if (!s->finalbody.empty()) {
    visit_try_finally(s);
  } else if (s->is_star()) {
    visit_try_star(s);
  } else {
    visit_try_except(s);
  }
}

// try/except* (CPython 3.12's compiler_try_star_except).
void Codegen::visit_try_star(Try* s) {
  int except = new_label(), cleanup = new_label(), end = new_label(), reraise_star = new_label();
  int h = push_handler(except, false);
  FBlock b{FBlockKind::TryExcept};
  b.handlers = {h};
  push_fblock(b);
  visit_body(s->body);
  pop_fblock();
  pop_handler();
  visit_body(s->orelse);
  emit_jump(Op::JUMP, end);

  bind(except);
  int hc = push_handler(cleanup, true);
  emit(Op::PUSH_EXC_INFO);
  FBlock eh{FBlockKind::ExceptionHandler};
  push_fblock(eh);
  size_t n = s->handlers.size();
  for (size_t i = 0; i < n; i++) {
    ExceptHandler* handler = s->handlers[i];
    set_loc(handler);
    int next_except = new_label(), except_with_error = new_label(), no_match = new_label();
    int cleanup_end = new_label();
    if (i == 0) {
      emit(Op::BUILD_LIST, 0);
      emit(Op::COPY, 2);
    }
    if (handler->type) {
      visit_expr(handler->type);
      set_loc(handler);
      emit(Op::CHECK_EG_MATCH);
      emit(Op::COPY, 1);
      emit_jump(Op::POP_JUMP_IF_NONE, no_match);
    }
    if (!handler->name.empty()) {
      nameop(handler->name, Ctx::Store);
    } else {
      emit(Op::POP_TOP);
    }
    push_handler(cleanup_end, true);
    FBlock hb{FBlockKind::HandlerCleanup};
    hb.name = handler->name;
    push_fblock(hb);
    visit_body(handler->body);
    pop_fblock();
    pop_handler();
    if (!handler->name.empty()) {
      load_none();
      nameop(handler->name, Ctx::Store);
      nameop(handler->name, Ctx::Del);
    }
    emit_jump(Op::JUMP, next_except);
    bind(cleanup_end);
    if (!handler->name.empty()) {
      load_none();
      nameop(handler->name, Ctx::Store);
      nameop(handler->name, Ctx::Del);
    }
    emit(Op::LIST_APPEND, 3);
    emit(Op::POP_TOP);
    emit_jump(Op::JUMP, except_with_error);
    bind(next_except);
    emit(Op::NOP);
    emit_jump(Op::JUMP, except_with_error);
    bind(no_match);
    emit(Op::POP_TOP);
    bind(except_with_error);
    if (i == n - 1) {
      emit(Op::LIST_APPEND, 1);
      emit_jump(Op::JUMP, reraise_star);
    }
  }
  pop_fblock();
  int reraise = new_label();
  bind(reraise_star);
  emit(Op::PREP_RERAISE_STAR);
  emit(Op::COPY, 1);
  emit_jump(Op::POP_JUMP_IF_NOT_NONE, reraise);
  emit(Op::POP_TOP);
  pop_handler();
  (void)hc;
  emit(Op::POP_EXCEPT);
  emit_jump(Op::JUMP, end);
  bind(reraise);
  emit(Op::SWAP, 2);
  emit(Op::POP_EXCEPT);
  emit(Op::RERAISE, 0);
  bind(cleanup);
  pop_except_and_reraise();
  bind(end);
}

void Codegen::visit_try_finally(Try* s) {
  int end = new_label(), exit = new_label(), cleanup = new_label();
  int h = push_handler(end, false);
  FBlock b{FBlockKind::FinallyTry};
  b.finalbody = &s->finalbody;
  b.handlers = {h};
  push_fblock(b);
  if (!s->handlers.empty()) {
    if (s->is_star()) visit_try_star(s);
    else visit_try_except(s);
  } else {
    visit_body(s->body);
  }
  pop_fblock();
  pop_handler();
  visit_body(s->finalbody);
  emit_jump(Op::JUMP, exit);
  // Exceptional path.
  bind(end);
  int hc = push_handler(cleanup, true);
  emit(Op::PUSH_EXC_INFO);
  FBlock fe{FBlockKind::FinallyEnd};
  fe.handlers = {hc};
  push_fblock(fe);
  visit_body(s->finalbody);
  pop_fblock();
  emit(Op::RERAISE, 0);
  pop_handler();
  bind(cleanup);
  pop_except_and_reraise();
  bind(exit);
}

void Codegen::visit_try_except(Try* s) {
  int except = new_label(), orelse_end = new_label(), cleanup = new_label(), end = new_label();
  (void)orelse_end;
  int h = push_handler(except, false);
  FBlock b{FBlockKind::TryExcept};
  b.handlers = {h};
  push_fblock(b);
  visit_body(s->body);
  pop_fblock();
  pop_handler();
  visit_body(s->orelse);
  emit_jump(Op::JUMP, end);

  bind(except);
  int hc = push_handler(cleanup, true);
  emit(Op::PUSH_EXC_INFO);
  FBlock eh{FBlockKind::ExceptionHandler};
  push_fblock(eh);
  for (size_t i = 0; i < s->handlers.size(); i++) {
    ExceptHandler* handler = s->handlers[i];
    set_loc(handler);
    int next = new_label();
    if (!handler->type && i + 1 < s->handlers.size()) error("default 'except:' must be last", handler);
    if (handler->type) {
      visit_expr(handler->type);
      set_loc(handler);
      emit(Op::CHECK_EXC_MATCH);
      emit_jump(Op::POP_JUMP_IF_FALSE, next);
    }
    if (!handler->name.empty()) {
      int cleanup_end = new_label();
      nameop(handler->name, Ctx::Store);
      int hn = push_handler(cleanup_end, true);
      FBlock hb{FBlockKind::HandlerCleanup};
      hb.name = handler->name;
      hb.handlers = {hn, hc};
      push_fblock(hb);
      visit_body(handler->body);
      pop_fblock();
      pop_handler();  // cleanup_end
      pop_handler();  // cleanup
      emit(Op::POP_EXCEPT);
      load_none();
      nameop(handler->name, Ctx::Store);
      nameop(handler->name, Ctx::Del);
      emit_jump(Op::JUMP, end);
      u->handler_stack.push_back(hc);  // the remaining handlers are covered again
      bind(cleanup_end);
      load_none();
      nameop(handler->name, Ctx::Store);
      nameop(handler->name, Ctx::Del);
      emit(Op::RERAISE, 1);
    } else {
      emit(Op::POP_TOP);
      FBlock hb{FBlockKind::HandlerCleanup};
      hb.handlers = {hc};
      push_fblock(hb);
      visit_body(handler->body);
      pop_fblock();
      pop_handler();  // cleanup
      emit(Op::POP_EXCEPT);
      emit_jump(Op::JUMP, end);
      u->handler_stack.push_back(hc);
    }
    bind(next);
  }
  pop_fblock();
  emit(Op::RERAISE, 0);
  pop_handler();
  bind(cleanup);
  pop_except_and_reraise();
  bind(end);
}

void Codegen::visit_assert(Assert* s) {
  int end = new_label();
  jump_if(s->test, end, true);
  set_loc(s);
  emit(Op::LOAD_ASSERTION_ERROR);
  if (s->msg) {
    emit(Op::PUSH_NULL);
    visit_expr(s->msg);
    set_loc(s);
    emit(Op::CALL, 1);
  }
  set_loc(s->test);  // CPython locates the raise at the test (markers under it)
  emit(Op::RAISE_VARARGS, 1);
  bind(end);
}

void Codegen::visit_import(Import* s) {
  for (Alias* a : s->names) {
    set_loc(s);
    emit(Op::LOAD_CONST, add_const_int(0));
    load_none();
    emit(Op::IMPORT_NAME, add_name(a->name));
    if (!a->asname.empty()) {
      // import a.b.c as d: walk to the submodule.
      size_t pos = a->name.find('.');
      while (pos != std::string::npos) {
        size_t next = a->name.find('.', pos + 1);
        std::string attr = a->name.substr(pos + 1, next == std::string::npos ? std::string::npos : next - pos - 1);
        emit(Op::IMPORT_FROM, add_name(attr));
        emit(Op::SWAP, 2);
        emit(Op::POP_TOP);
        pos = next;
      }
      nameop(a->asname, Ctx::Store);
    } else {
      std::string top = a->name.substr(0, a->name.find('.'));
      nameop(top, Ctx::Store);
    }
  }
}

void Codegen::visit_import_from(ImportFrom* s) {
  // `from __future__ import x` is also a real import (binds x to its _Feature), as in CPython.
  emit(Op::LOAD_CONST, add_const_int(s->level));
  Ref names = make_tuple(s->names.size());
  std::string key = "from(";
  for (size_t i = 0; i < s->names.size(); i++) {
    tuple_init_item(names.as<weft::Tuple>(), i, intern_ref(s->names[i]->name));
    key += s->names[i]->name + ",";
  }
  emit(Op::LOAD_CONST, add_const_ref(key, std::move(names)));
  emit(Op::IMPORT_NAME, add_name(s->module));
  for (Alias* a : s->names) {
    if (a->name == "*") {
      emit(Op::IMPORT_STAR);
      return;
    }
    emit(Op::IMPORT_FROM, add_name(a->name));
    nameop(a->asname.empty() ? a->name : a->asname, Ctx::Store);
  }
  emit(Op::POP_TOP);
}

void Codegen::unwind_fblock(const FBlock& b, bool preserve_tos) {
  switch (b.kind) {
    case FBlockKind::WhileLoop:
    case FBlockKind::ExceptionHandler:
      return;
    case FBlockKind::ForLoop:
      if (preserve_tos) emit(Op::SWAP, 2);
      emit(Op::POP_TOP);
      return;
    case FBlockKind::TryExcept:
      for (size_t i = 0; i < b.handlers.size(); i++) pop_handler();
      return;
    case FBlockKind::FinallyTry: {
      for (size_t i = 0; i < b.handlers.size(); i++) pop_handler();
      if (preserve_tos) push_fblock(FBlock{FBlockKind::PopValue});
      // The finally body runs with the blocks outside it still in force.
      visit_body(*b.finalbody);
      if (preserve_tos) pop_fblock();
      return;
    }
    case FBlockKind::FinallyEnd:
      if (preserve_tos) emit(Op::SWAP, 2);
      emit(Op::POP_TOP);  // exc
      if (preserve_tos) emit(Op::SWAP, 2);
      for (size_t i = 0; i < b.handlers.size(); i++) pop_handler();
      emit(Op::POP_EXCEPT);
      return;
    case FBlockKind::With:
    case FBlockKind::AsyncWith: {
      Loc saved = u->loc;
      u->loc = b.loc;
      for (size_t i = 0; i < b.handlers.size(); i++) pop_handler();
      if (preserve_tos) emit(Op::SWAP, 2);  // exit, value -> value, exit
      emit(Op::PUSH_NULL);
      load_none();
      load_none();
      load_none();
      emit(Op::CALL, 3);
      if (b.kind == FBlockKind::AsyncWith) emit_yield_from_tos(true);
      emit(Op::POP_TOP);
      u->loc = saved;
      return;
    }
    case FBlockKind::HandlerCleanup:
      for (size_t i = 0; i + 1 < b.handlers.size(); i++) pop_handler();
      if (preserve_tos) emit(Op::SWAP, 2);
      if (!b.handlers.empty()) pop_handler();
      emit(Op::POP_EXCEPT);
      if (!b.name.empty()) {
        load_none();
        nameop(b.name, Ctx::Store);
        nameop(b.name, Ctx::Del);
      }
      return;
    case FBlockKind::PopValue:
      if (preserve_tos) emit(Op::SWAP, 2);
      emit(Op::POP_TOP);
      return;
  }
}

bool Codegen::unwind_fblock_stack(bool preserve_tos, bool stop_at_loop, FBlock* loop_out,
                                  std::vector<int>* saved_handlers) {
  // Unwinding emits code for each block being left. The fblock stack is restored afterwards and
  // the caller restores the handler stack after emitting its jump/return, because the code that
  // follows lexically is still inside those blocks.
  *saved_handlers = u->handler_stack;
  std::vector<FBlock> saved_blocks = u->fblocks;
  bool found = false;
  while (!u->fblocks.empty()) {
    FBlock b = u->fblocks.back();
    if (stop_at_loop && (b.kind == FBlockKind::WhileLoop || b.kind == FBlockKind::ForLoop)) {
      *loop_out = b;
      found = true;
      break;
    }
    u->fblocks.pop_back();
    unwind_fblock(b, preserve_tos);
  }
  u->fblocks = std::move(saved_blocks);
  return found;
}

void Codegen::visit_break(Stmt* s) {
  FBlock loop;
  std::vector<int> saved;
  if (!unwind_fblock_stack(false, true, &loop, &saved)) error("'break' outside loop", s);
  unwind_fblock(loop, false);
  set_loc(s);
  emit_jump(Op::JUMP, loop.break_label);
  u->handler_stack = saved;
}

void Codegen::visit_continue(Stmt* s) {
  FBlock loop;
  std::vector<int> saved;
  if (!unwind_fblock_stack(false, true, &loop, &saved)) error("'continue' not properly in loop", s);
  set_loc(s);
  emit_jump(Op::JUMP, loop.continue_label);
  u->handler_stack = saved;
}

// ---------------------------------------------------------------------------------------------
// Expressions

void Codegen::visit_expr(Expr* e) {
  Loc saved = u->loc;
  set_loc(e);
  visit_expr_inner(e);
  u->loc = saved;
}

weft::CmpOp to_cmpop(ast::CmpOp op) {
  switch (op) {
    case ast::CmpOp::Lt: return weft::CmpOp::Lt;
    case ast::CmpOp::LtE: return weft::CmpOp::Le;
    case ast::CmpOp::Eq: return weft::CmpOp::Eq;
    case ast::CmpOp::NotEq: return weft::CmpOp::Ne;
    case ast::CmpOp::Gt: return weft::CmpOp::Gt;
    case ast::CmpOp::GtE: return weft::CmpOp::Ge;
    default: return weft::CmpOp::Eq;
  }
}

void Codegen::visit_expr_inner(Expr* e) {
  switch (e->kind) {
    case ExprKind::BoolOp:
      visit_boolop(e->as<ast::BoolOp>());
      break;
    case ExprKind::NamedExpr: {
      NamedExpr* n = e->as<NamedExpr>();
      visit_expr(n->value);
      emit(Op::COPY, 1);
      visit_store(n->target);
      break;
    }
    case ExprKind::BinOp: {
      ast::BinOp* b = e->as<ast::BinOp>();
      visit_expr(b->left);
      visit_expr(b->right);
      set_loc(e);
      emit(Op::BINARY_OP, uint32_t(to_binop(b->op)));
      break;
    }
    case ExprKind::UnaryOp: {
      ast::UnaryOp* un = e->as<ast::UnaryOp>();
      // Fold -<number literal> (CPython folds constants; repr of -0.0 etc. depends on it).
      if (un->op == UnaryOpKind::USub && un->operand->kind == ExprKind::Constant) {
        const ConstantValue& c = un->operand->as<Constant>()->value;
        if (c.kind == ConstantValue::Kind::Int && c.text != "0") {
          ConstantValue neg = ConstantValue::integer(c.text);
          Result<Ref> r = int_from_string("-" + c.text, 10);
          if (!r.ok()) throw PythonError{};
          emit(Op::LOAD_CONST, add_const_ref("i-" + c.text, r.take()));
          break;
        }
        if (c.kind == ConstantValue::Kind::Float) {
          load_const(ConstantValue::floating(-c.num));
          break;
        }
      }
      visit_expr(un->operand);
      set_loc(e);
      switch (un->op) {
        case UnaryOpKind::Not: emit(Op::UNARY_NOT); break;
        case UnaryOpKind::USub: emit(Op::UNARY_OP, uint32_t(weft::UnaryOp::Neg)); break;
        case UnaryOpKind::UAdd: emit(Op::UNARY_OP, uint32_t(weft::UnaryOp::Pos)); break;
        case UnaryOpKind::Invert: emit(Op::UNARY_OP, uint32_t(weft::UnaryOp::Invert)); break;
      }
      break;
    }
    case ExprKind::Lambda:
      visit_lambda(e->as<Lambda>());
      break;
    case ExprKind::IfExp: {
      IfExp* i = e->as<IfExp>();
      int orelse = new_label(), end = new_label();
      jump_if(i->test, orelse, false);
      visit_expr(i->body);
      emit_jump(Op::JUMP, end);
      bind(orelse);
      visit_expr(i->orelse);
      bind(end);
      break;
    }
    case ExprKind::Dict:
      visit_dict(e->as<ast::Dict>());
      break;
    case ExprKind::Set:
      starunpack(e->as<ast::Set>()->elts, Op::BUILD_SET, Op::SET_ADD, Op::SET_UPDATE, false);
      break;
    case ExprKind::ListComp:
      visit_comprehension(e, e->as<ListComp>()->generators, "<listcomp>");
      break;
    case ExprKind::SetComp:
      visit_comprehension(e, e->as<SetComp>()->generators, "<setcomp>");
      break;
    case ExprKind::DictComp:
      visit_comprehension(e, e->as<DictComp>()->generators, "<dictcomp>");
      break;
    case ExprKind::GeneratorExp:
      visit_comprehension(e, e->as<GeneratorExp>()->generators, "<genexpr>");
      break;
    case ExprKind::Await:
      visit_yield_from(e->as<Await>()->value, true);
      break;
    case ExprKind::Yield: {
      Yield* y = e->as<Yield>();
      bool wrap = u->flags & kCoAsyncGenerator;  // async generator: yield wrapped(v)
      if (wrap) {
        emit(Op::LOAD_CONST, add_const_ref("type:async_gen_wrap", Ref::borrow(Value(&AsyncGenWrappedType))));
        emit(Op::PUSH_NULL);
      }
      if (y->value) visit_expr(y->value);
      else load_none();
      if (wrap) emit(Op::CALL, 1);
      set_loc(e);
      emit(Op::YIELD_VALUE, 0);
      break;
    }
    case ExprKind::YieldFrom:
      visit_yield_from(e->as<YieldFrom>()->value, false);
      break;
    case ExprKind::Compare:
      visit_compare(e->as<Compare>());
      break;
    case ExprKind::Call:
      visit_call(e->as<Call>());
      break;
    case ExprKind::FormattedValue:
      visit_formatted_value(e->as<FormattedValue>());
      break;
    case ExprKind::JoinedStr:
      visit_joined_str(e->as<JoinedStr>());
      break;
    case ExprKind::Constant:
      load_const(e->as<Constant>()->value);
      break;
    case ExprKind::Attribute: {
      Attribute* a = e->as<Attribute>();
      visit_expr(a->value);
      set_loc(attr_loc(loc_of(e), e->as<Attribute>()));
      emit(Op::LOAD_ATTR, add_name(mangle_name(a->attr)));
      break;
    }
    case ExprKind::Subscript: {
      Subscript* s = e->as<Subscript>();
      visit_expr(s->value);
      visit_subscript_slice(s->slice);
      set_loc(e);
      emit(Op::BINARY_SUBSCR);
      break;
    }
    case ExprKind::Starred:
      error("can't use starred expression here", e);
    case ExprKind::Name:
      nameop(e->as<ast::Name>()->id, Ctx::Load);
      break;
    case ExprKind::List:
      starunpack(e->as<ast::List>()->elts, Op::BUILD_LIST, Op::LIST_APPEND, Op::LIST_EXTEND, false);
      break;
    case ExprKind::Tuple: {
      const std::vector<Expr*>& elts = e->as<ast::Tuple>()->elts;
      if (!elts.empty() && is_const_tuple(elts)) {
        emit(Op::LOAD_CONST, const_tuple(elts));
        break;
      }
      starunpack(elts, Op::BUILD_TUPLE, Op::LIST_APPEND, Op::LIST_EXTEND, true);
      break;
    }
    case ExprKind::Slice: {
      Slice* s = e->as<Slice>();
      if (s->lower) visit_expr(s->lower);
      else load_none();
      if (s->upper) visit_expr(s->upper);
      else load_none();
      if (s->step) {
        visit_expr(s->step);
        emit(Op::BUILD_SLICE, 3);
      } else {
        emit(Op::BUILD_SLICE, 2);
      }
      break;
    }
  }
}

void Codegen::visit_subscript_slice(Expr* slice) { visit_expr(slice); }

void Codegen::visit_boolop(ast::BoolOp* e) {
  int end = new_label();
  Op jop = e->op == BoolOpKind::And ? Op::JUMP_IF_FALSE_OR_POP : Op::JUMP_IF_TRUE_OR_POP;
  for (size_t i = 0; i < e->values.size(); i++) {
    visit_expr(e->values[i]);
    if (i + 1 < e->values.size()) emit_jump(jop, end);
  }
  bind(end);
}

void Codegen::jump_if(Expr* e, int label, bool cond) {
  // Jumps to label when bool(e) == cond; falls through otherwise.
  switch (e->kind) {
    case ExprKind::UnaryOp:
      if (e->as<ast::UnaryOp>()->op == UnaryOpKind::Not) {
        jump_if(e->as<ast::UnaryOp>()->operand, label, !cond);
        return;
      }
      break;
    case ExprKind::BoolOp: {
      ast::BoolOp* b = e->as<ast::BoolOp>();
      bool is_or = b->op == BoolOpKind::Or;
      int next = (is_or == cond) ? label : new_label();
      for (size_t i = 0; i + 1 < b->values.size(); i++) jump_if(b->values[i], next, is_or);
      jump_if(b->values.back(), label, cond);
      if (next != label) bind(next);
      return;
    }
    default:
      break;
  }
  visit_expr(e);
  Loc saved = u->loc;
  set_loc(e);
  emit_jump(cond ? Op::POP_JUMP_IF_TRUE : Op::POP_JUMP_IF_FALSE, label);
  u->loc = saved;
}

void Codegen::visit_compare(Compare* e) {
  auto emit_cmp = [&](ast::CmpOp op) {
    switch (op) {
      case ast::CmpOp::Is: emit(Op::IS_OP, 0); break;
      case ast::CmpOp::IsNot: emit(Op::IS_OP, 1); break;
      case ast::CmpOp::In: emit(Op::CONTAINS_OP, 0); break;
      case ast::CmpOp::NotIn: emit(Op::CONTAINS_OP, 1); break;
      default: emit(Op::COMPARE_OP, uint32_t(to_cmpop(op))); break;
    }
  };
  visit_expr(e->left);
  size_t n = e->ops.size();
  if (n == 1) {
    visit_expr(e->comparators[0]);
    set_loc(e);
    emit_cmp(e->ops[0]);
    return;
  }
  int cleanup = new_label(), end = new_label();
  for (size_t i = 0; i + 1 < n; i++) {
    visit_expr(e->comparators[i]);
    set_loc(e);
    emit(Op::SWAP, 2);
    emit(Op::COPY, 2);
    emit_cmp(e->ops[i]);
    emit_jump(Op::JUMP_IF_FALSE_OR_POP, cleanup);
  }
  visit_expr(e->comparators[n - 1]);
  set_loc(e);
  emit_cmp(e->ops[n - 1]);
  emit_jump(Op::JUMP, end);
  bind(cleanup);
  emit(Op::SWAP, 2);
  emit(Op::POP_TOP);
  bind(end);
}

void Codegen::starunpack(const std::vector<Expr*>& elts, Op build, Op add, Op extend, bool tuple) {
  bool has_star = false;
  for (Expr* x : elts) {
    if (x->kind == ExprKind::Starred) has_star = true;
  }
  if (!has_star) {
    for (Expr* x : elts) visit_expr(x);
    emit(build, uint32_t(elts.size()));
    return;
  }
  // Build a list (or set) incrementally, then convert.
  Op b = tuple ? Op::BUILD_LIST : build;
  size_t prefix = 0;
  while (prefix < elts.size() && elts[prefix]->kind != ExprKind::Starred) {
    visit_expr(elts[prefix]);
    prefix++;
  }
  emit(b, uint32_t(prefix));
  for (size_t i = prefix; i < elts.size(); i++) {
    Expr* x = elts[i];
    if (x->kind == ExprKind::Starred) {
      visit_expr(x->as<Starred>()->value);
      emit(extend, 1);
    } else {
      visit_expr(x);
      emit(add, 1);
    }
  }
  if (tuple) emit(Op::LIST_TO_TUPLE);
}

void Codegen::visit_dict(ast::Dict* e) {
  size_t n = e->keys.size();
  bool has_unpack = false;
  for (Expr* k : e->keys) {
    if (!k) has_unpack = true;
  }
  if (!has_unpack) {
    for (size_t i = 0; i < n; i++) {
      visit_expr(e->keys[i]);
      visit_expr(e->values[i]);
    }
    emit(Op::BUILD_MAP, uint32_t(n));
    return;
  }
  size_t elements = 0;
  bool have_dict = false;
  for (size_t i = 0; i < n; i++) {
    if (!e->keys[i]) {
      if (elements) {
        emit(Op::BUILD_MAP, uint32_t(elements));
        if (have_dict) emit(Op::DICT_UPDATE, 1);
        have_dict = true;
        elements = 0;
      }
      if (!have_dict) {
        emit(Op::BUILD_MAP, 0);
        have_dict = true;
      }
      visit_expr(e->values[i]);
      emit(Op::DICT_UPDATE, 1);
    } else {
      visit_expr(e->keys[i]);
      visit_expr(e->values[i]);
      elements++;
    }
  }
  if (elements) {
    emit(Op::BUILD_MAP, uint32_t(elements));
    if (have_dict) emit(Op::DICT_UPDATE, 1);
    have_dict = true;
  }
  if (!have_dict) emit(Op::BUILD_MAP, 0);
}

void Codegen::visit_call(Call* e) {
  Expr* f = e->func;
  bool simple = true;
  for (Expr* a : e->args) {
    if (a->kind == ExprKind::Starred) simple = false;
  }
  for (Keyword* k : e->keywords) {
    if (k->arg.empty()) simple = false;
  }
  if (f->kind == ExprKind::Attribute && simple) {
    Attribute* a = f->as<Attribute>();
    visit_expr(a->value);
    set_loc(attr_loc(loc_of(f), a));
    emit(Op::LOAD_METHOD, add_name(mangle_name(a->attr)));
    visit_call_helper(0, e->args, e->keywords, attr_loc(loc_of(e), a));
    return;
  }
  visit_expr(f);
  emit(Op::PUSH_NULL);
  visit_call_helper(0, e->args, e->keywords, loc_of(e));
}

// Stack: callable, self_or_null, then n_pushed positional arguments already pushed.
void Codegen::visit_call_helper(size_t n_pushed, const std::vector<Expr*>& args,
                                const std::vector<Keyword*>& keywords, Loc call_loc) {
  bool simple = true;
  for (Expr* a : args) {
    if (a->kind == ExprKind::Starred) simple = false;
  }
  for (Keyword* k : keywords) {
    if (k->arg.empty()) simple = false;
  }
  Loc line = call_loc;
  if (simple) {
    for (Expr* a : args) visit_expr(a);
    for (Keyword* k : keywords) visit_expr(k->value);
    u->loc = line;
    size_t total = n_pushed + args.size() + keywords.size();
    if (!keywords.empty()) {
      Ref names = make_tuple(keywords.size());
      std::string key = "kw(";
      for (size_t i = 0; i < keywords.size(); i++) {
        tuple_init_item(names.as<weft::Tuple>(), i, intern_ref(keywords[i]->arg));
        key += keywords[i]->arg + ",";
      }
      emit(Op::LOAD_CONST, add_const_ref(key, std::move(names)));
      emit(Op::CALL_KW, uint32_t(total));
    } else {
      emit(Op::CALL, uint32_t(total));
    }
    return;
  }
  // The general form: a positional tuple and a keyword dict, CALL_FUNCTION_EX.
  if (n_pushed == 0 && args.size() == 1 && args[0]->kind == ExprKind::Starred) {
    visit_expr(args[0]->as<Starred>()->value);
  } else {
    emit(Op::BUILD_LIST, uint32_t(n_pushed));
    for (Expr* a : args) {
      if (a->kind == ExprKind::Starred) {
        visit_expr(a->as<Starred>()->value);
        emit(Op::LIST_EXTEND, 1);
      } else {
        visit_expr(a);
        emit(Op::LIST_APPEND, 1);
      }
    }
    emit(Op::LIST_TO_TUPLE);
  }
  bool has_kw = !keywords.empty();
  if (has_kw) {
    // Stack: callable, null, args tuple, dict.
    size_t i = 0;
    bool have_dict = false;
    while (i < keywords.size()) {
      if (keywords[i]->arg.empty()) {
        if (!have_dict) {
          emit(Op::BUILD_MAP, 0);
          have_dict = true;
        }
        visit_expr(keywords[i]->value);
        emit(Op::DICT_MERGE, 1);
        i++;
      } else {
        size_t j = i;
        while (j < keywords.size() && !keywords[j]->arg.empty()) {
          emit(Op::LOAD_CONST, add_const_str(keywords[j]->arg));
          visit_expr(keywords[j]->value);
          j++;
        }
        emit(Op::BUILD_MAP, uint32_t(j - i));
        if (have_dict) emit(Op::DICT_MERGE, 1);
        have_dict = true;
        i = j;
      }
    }
  }
  u->loc = line;
  emit(Op::CALL_FUNCTION_EX, has_kw ? 1 : 0);
}

void Codegen::visit_lambda(Lambda* e) {
  const Scope* scope = st_.scope_of(e);
  build_function(scope, "<lambda>", e->args, nullptr, nullptr, e->body, e, false, e->lineno);
}

void Codegen::visit_comprehension(Expr* e, const std::vector<Comprehension*>& gens, const std::string& name) {
  const Scope* scope = st_.scope_of(e);
  bool is_gen = e->kind == ExprKind::GeneratorExp;
  std::string qual = qualname_for(name, scope);
  Loc saved_line = u->loc;
  // The outermost iterable is evaluated here and passed as the argument `.0`.
  enter_unit(scope, name, qual, e->lineno);
  u->argcount = 1;
  u->flags = kCoOptimized | kCoNewLocals;
  if (scope) {
    if (scope->is_nested) u->flags |= kCoNested;
    if (scope->is_generator || is_gen) u->flags |= kCoGenerator;
    if (scope->is_coroutine && !(u->flags & kCoGenerator)) u->flags |= kCoCoroutine;
  }
  if (u->varname_index.find(".0") == u->varname_index.end()) {
    u->varnames.insert(u->varnames.begin(), ".0");
    u->varname_index.clear();
    for (size_t i = 0; i < u->varnames.size(); i++) u->varname_index[u->varnames[i]] = uint32_t(i);
  }
  set_loc(e);
  switch (e->kind) {
    case ExprKind::ListComp: emit(Op::BUILD_LIST, 0); break;
    case ExprKind::SetComp: emit(Op::BUILD_SET, 0); break;
    case ExprKind::DictComp: emit(Op::BUILD_MAP, 0); break;
    default: break;
  }
  comprehension_generator(e, gens, 0, 0);
  set_loc(e);
  if (is_gen) {
    emit(Op::RETURN_CONST, add_const_none());
  } else {
    emit(Op::RETURN_VALUE);
  }
  Ref code = leave_unit();
  u->loc = saved_line;
  make_closure_and_code(std::move(code), 0);
  emit(Op::PUSH_NULL);
  visit_expr(gens[0]->iter);
  set_loc(e);
  if (gens[0]->is_async) {
    emit(Op::LOAD_METHOD, add_name("__aiter__"));  // aiter(iterable)
    emit(Op::CALL, 0);
  } else {
    emit(Op::GET_ITER);
  }
  emit(Op::CALL, 1);
  if (scope && scope->is_coroutine && !is_gen) {
    // an async comprehension: await the coroutine
    emit(Op::GET_AWAITABLE);
    load_none();
    int send = new_label(), exit = new_label();
    bind(send);
    emit_jump(Op::SEND, exit);
    emit(Op::YIELD_VALUE, 1);
    emit_jump(Op::JUMP, send);
    bind(exit);
    emit(Op::END_SEND);
  }
}

void Codegen::comprehension_generator(Expr* e, const std::vector<Comprehension*>& gens, size_t gen_index,
                                      int depth) {
  Comprehension* gen = gens[gen_index];
  int start = new_label(), anchor = new_label(), if_cleanup = new_label();
  if (gen_index == 0) {
    emit(Op::LOAD_FAST, u->varname_index[".0"]);
  } else {
    visit_expr(gen->iter);
    set_loc(e);
    if (gen->is_async) {
      emit(Op::LOAD_METHOD, add_name("__aiter__"));
      emit(Op::CALL, 0);
    } else {
      emit(Op::GET_ITER);
    }
  }
  depth++;
  bind(start);
  set_loc(e);
  int except = -1;
  if (gen->is_async) {
    // `async for` clause: await ait.__anext__(); StopAsyncIteration ends the loop (below).
    except = new_label();
    push_handler(except, false);
    emit(Op::COPY, 1);
    emit(Op::LOAD_METHOD, add_name("__anext__"));
    emit(Op::CALL, 0);
    emit_yield_from_tos(true);
    pop_handler();
  } else {
    emit_jump(Op::FOR_ITER, anchor);
  }
  visit_store(gen->target);
  for (Expr* cond : gen->ifs) jump_if(cond, if_cleanup, false);
  if (gen_index + 1 < gens.size()) {
    comprehension_generator(e, gens, gen_index + 1, depth);
  } else {
    switch (e->kind) {
      case ExprKind::GeneratorExp:
        visit_expr(e->as<GeneratorExp>()->elt);
        emit(Op::YIELD_VALUE, 0);
        emit(Op::POP_TOP);
        break;
      case ExprKind::ListComp:
        visit_expr(e->as<ListComp>()->elt);
        emit(Op::LIST_APPEND, uint32_t(depth + 1));
        break;
      case ExprKind::SetComp:
        visit_expr(e->as<SetComp>()->elt);
        emit(Op::SET_ADD, uint32_t(depth + 1));
        break;
      case ExprKind::DictComp:
        visit_expr(e->as<DictComp>()->key);
        visit_expr(e->as<DictComp>()->value);
        emit(Op::MAP_ADD, uint32_t(depth + 1));
        break;
      default:
        break;
    }
  }
  bind(if_cleanup);
  set_loc(e);
  emit_jump(Op::JUMP, start);
  if (gen->is_async) {
    // __anext__ raised (stack: ..., ait, exc).
    int cleanup = new_label(), nomatch = new_label(), done = new_label();
    bind(except);
    int hc = push_handler(cleanup, true);
    emit(Op::PUSH_EXC_INFO);
    emit(Op::LOAD_CONST, add_const_ref("exc:StopAsyncIteration", Ref::borrow(Value(&exc::StopAsyncIteration))));
    emit(Op::CHECK_EXC_MATCH);
    emit_jump(Op::POP_JUMP_IF_FALSE, nomatch);
    emit(Op::POP_TOP);  // exc
    pop_handler();
    emit(Op::POP_EXCEPT);
    emit(Op::POP_TOP);  // ait
    emit_jump(Op::JUMP, done);
    u->handler_stack.push_back(hc);
    bind(nomatch);
    emit(Op::RERAISE, 0);
    pop_handler();
    bind(cleanup);
    pop_except_and_reraise();
    bind(done);
    return;
  }
  bind(anchor);
}

void Codegen::visit_formatted_value(FormattedValue* e) {
  visit_expr(e->value);
  uint32_t flags = 0;
  switch (e->conversion) {
    case 's': flags = kFvStr; break;
    case 'r': flags = kFvRepr; break;
    case 'a': flags = kFvAscii; break;
    default: flags = kFvNone; break;
  }
  if (e->format_spec) {
    visit_expr(e->format_spec);
    flags |= kFvHasSpec;
  }
  set_loc(e);
  emit(Op::FORMAT_VALUE, flags);
}

void Codegen::visit_joined_str(JoinedStr* e) {
  size_t n = e->values.size();
  if (n == 0) {
    emit(Op::LOAD_CONST, add_const_str(""));
    return;
  }
  for (Expr* v : e->values) visit_expr(v);
  if (n == 1 && e->values[0]->kind == ExprKind::FormattedValue) return;
  if (n == 1 && e->values[0]->kind == ExprKind::Constant) return;
  emit(Op::BUILD_STRING, uint32_t(n));
}

void Codegen::visit_yield_from(Expr* value, bool await) {
  visit_expr(value);
  emit_yield_from_tos(await);
}

// `await TOS` / `yield from TOS`: leaves the result on the stack.
void Codegen::emit_yield_from_tos(bool await) {
  emit(await ? Op::GET_AWAITABLE : Op::GET_YIELD_FROM_ITER);
  load_none();
  int send = new_label(), fail = new_label(), exit = new_label();
  bind(send);
  emit_jump(Op::SEND, exit);
  // stack: iter, value. A throw() delegated to iter that fails lands in CLEANUP_THROW with
  // (iter, exc): the handler depth keeps iter.
  push_handler(fail, false, -1);
  emit(Op::YIELD_VALUE, 1);
  pop_handler();
  emit_jump(Op::JUMP, send);
  bind(fail);
  emit(Op::CLEANUP_THROW);
  bind(exit);
  emit(Op::END_SEND);
}

// ---- match (PEP 634) ------------------------------------------------------------------------
// A pattern consumes the value on top of the stack. `on_top` counts the items above the failure
// baseline; on failure a pattern jumps to fail(on_top at that point), a chain of POP_TOPs that
// ends at the baseline (CPython's fail_pop scheme).

int Codegen::fail_label(std::vector<int>& fails, size_t n) {
  while (fails.size() <= n) fails.push_back(new_label());
  return fails[n];
}

void Codegen::emit_fail_pops(std::vector<int>& fails) {
  if (fails.empty()) fails.push_back(new_label());
  for (size_t k = fails.size() - 1; k >= 1; k--) {
    bind(fails[k]);
    emit(Op::POP_TOP);
  }
  bind(fails[0]);
}

void Codegen::pattern_store(const std::string& name) {
  if (name.empty()) {
    emit(Op::POP_TOP);
  } else {
    nameop(name, Ctx::Store);
  }
}

void Codegen::visit_pattern(Pattern* p, std::vector<int>& fails, size_t on_top) {
  set_loc(p);
  switch (p->kind) {
    case PatternKind::MatchValue: {
      visit_expr(p->as<MatchValue>()->value);
      emit(Op::COMPARE_OP, uint32_t(weft::CmpOp::Eq));
      emit_jump(Op::POP_JUMP_IF_FALSE, fail_label(fails, on_top - 1));
      break;
    }
    case PatternKind::MatchSingleton: {
      load_const(p->as<MatchSingleton>()->value);
      emit(Op::IS_OP, 0);
      emit_jump(Op::POP_JUMP_IF_FALSE, fail_label(fails, on_top - 1));
      break;
    }
    case PatternKind::MatchAs: {
      MatchAs* m = p->as<MatchAs>();
      if (!m->pattern) {
        pattern_store(m->name);
        break;
      }
      emit(Op::COPY, 1);
      visit_pattern(m->pattern, fails, on_top + 1);
      pattern_store(m->name);
      break;
    }
    case PatternKind::MatchOr: {
      MatchOr* m = p->as<MatchOr>();
      int success = new_label();
      for (size_t i = 0; i < m->patterns.size(); i++) {
        std::vector<int> alt_fails;
        emit(Op::COPY, 1);
        visit_pattern(m->patterns[i], alt_fails, 1);
        emit(Op::POP_TOP);
        emit_jump(Op::JUMP, success);
        emit_fail_pops(alt_fails);
      }
      emit_jump(Op::JUMP, fail_label(fails, on_top));
      bind(success);
      // success: the subject copy was consumed and the subject popped above
      emit(Op::NOP);
      break;
    }
    case PatternKind::MatchSequence: {
      MatchSequence* m = p->as<MatchSequence>();
      size_t n = m->patterns.size();
      int star = -1;
      for (size_t i = 0; i < n; i++) {
        if (m->patterns[i]->kind == PatternKind::MatchStar) {
          if (star >= 0) error("multiple starred names in sequence pattern", m->patterns[i]);
          star = int(i);
        }
      }
      emit(Op::MATCH_SEQUENCE);
      emit_jump(Op::POP_JUMP_IF_FALSE, fail_label(fails, on_top));
      emit(Op::GET_LEN);
      emit(Op::LOAD_CONST, add_const_int(int64_t(star >= 0 ? n - 1 : n)));
      emit(Op::COMPARE_OP, uint32_t(star >= 0 ? weft::CmpOp::Ge : weft::CmpOp::Eq));
      emit_jump(Op::POP_JUMP_IF_FALSE, fail_label(fails, on_top));
      if (star >= 0) {
        size_t before = size_t(star), after = n - size_t(star) - 1;
        emit(Op::UNPACK_EX, uint32_t(before | (after << 8)));
      } else {
        emit(Op::UNPACK_SEQUENCE, uint32_t(n));
      }
      size_t top = on_top - 1 + n;
      for (size_t i = 0; i < n; i++) {
        Pattern* sub = m->patterns[i];
        if (sub->kind == PatternKind::MatchStar) {
          pattern_store(sub->as<MatchStar>()->name);
        } else {
          visit_pattern(sub, fails, top);
        }
        top--;
      }
      break;
    }
    case PatternKind::MatchStar:
      error("can't use starred name here", p);
    case PatternKind::MatchMapping: {
      MatchMapping* m = p->as<MatchMapping>();
      size_t n = m->keys.size();
      emit(Op::MATCH_MAPPING);
      emit_jump(Op::POP_JUMP_IF_FALSE, fail_label(fails, on_top));
      if (n == 0 && m->rest.empty()) {
        emit(Op::POP_TOP);
        break;
      }
      if (n) {
        emit(Op::GET_LEN);
        emit(Op::LOAD_CONST, add_const_int(int64_t(n)));
        emit(Op::COMPARE_OP, uint32_t(weft::CmpOp::Ge));
        emit_jump(Op::POP_JUMP_IF_FALSE, fail_label(fails, on_top));
      }
      for (Expr* k : m->keys) visit_expr(k);
      emit(Op::BUILD_TUPLE, uint32_t(n));
      emit(Op::MATCH_KEYS);
      emit(Op::COPY, 1);
      emit_jump(Op::POP_JUMP_IF_NONE, fail_label(fails, on_top + 2));
      emit(Op::UNPACK_SEQUENCE, uint32_t(n));
      size_t top = on_top + 1 + n;
      for (size_t i = 0; i < n; i++) {
        visit_pattern(m->patterns[i], fails, top);
        top--;
      }
      if (!m->rest.empty()) {
        emit(Op::COPY_DICT_WITHOUT_KEYS);
        pattern_store(m->rest);
        emit(Op::POP_TOP);
      } else {
        emit(Op::POP_TOP);
        emit(Op::POP_TOP);
      }
      break;
    }
    case PatternKind::MatchClass: {
      MatchClass* m = p->as<MatchClass>();
      visit_expr(m->cls);
      Ref names = make_tuple(m->kwd_attrs.size());
      std::string key = "kwattrs(";
      for (size_t i = 0; i < m->kwd_attrs.size(); i++) {
        tuple_init_item(names.as<weft::Tuple>(), i, intern_ref(m->kwd_attrs[i]));
        key += m->kwd_attrs[i] + ",";
      }
      emit(Op::LOAD_CONST, add_const_ref(key, std::move(names)));
      emit(Op::MATCH_CLASS, uint32_t(m->patterns.size()));
      emit(Op::COPY, 1);
      emit_jump(Op::POP_JUMP_IF_NONE, fail_label(fails, on_top));
      size_t total = m->patterns.size() + m->kwd_patterns.size();
      emit(Op::UNPACK_SEQUENCE, uint32_t(total));
      size_t top = on_top - 1 + total;
      for (Pattern* sub : m->patterns) {
        visit_pattern(sub, fails, top);
        top--;
      }
      for (Pattern* sub : m->kwd_patterns) {
        visit_pattern(sub, fails, top);
        top--;
      }
      break;
    }
  }
}

void Codegen::visit_match(Match* s) {
  int end = new_label();
  visit_expr(s->subject);
  for (MatchCase* c : s->cases) {
    std::vector<int> fails;
    set_loc(c->pattern);
    emit(Op::COPY, 1);
    visit_pattern(c->pattern, fails, 1);
    if (c->guard) jump_if(c->guard, fail_label(fails, 0), false);
    emit(Op::POP_TOP);
    visit_body(c->body);
    emit_jump(Op::JUMP, end);
    emit_fail_pops(fails);
  }
  emit(Op::POP_TOP);
  bind(end);
}

// ---------------------------------------------------------------------------------------------

}  // namespace

Result<Ref> codegen_module(const ast::Module& mod, const SymbolTable& st, std::string_view filename,
                           CompileMode mode) {
  try {
    Codegen cg(mod, st, filename);
    return cg.compile(mode);
  } catch (const CodegenError& e) {
    return raise_syntax_error(e.info, filename);
  } catch (const PythonError&) {
    return kError;
  }
}

}  // namespace weft
