// Frames: the per-thread arena, argument binding with CPython's messages, the `frame` type.
#include "vm/frame.h"

#include <cstdlib>
#include <cstring>
#include <string>

#include "objects/abstract.h"
#include "objects/cell.h"
#include "objects/dict.h"
#include "objects/exceptions.h"
#include "objects/function.h"
#include "objects/int.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "vm/state.h"

namespace weft {

// ---------------------------------------------------------------------------------------------
// The arena: a linked stack of chunks; frames are bump-allocated and freed in LIFO order.

struct FrameArena {
  struct Chunk {
    Chunk* prev;
    char* top;
    char* end;
    alignas(16) char data[];
  };
  Chunk* cur = nullptr;
  Chunk* spare = nullptr;  // one empty chunk kept for reuse (avoids malloc churn at a boundary)
};

namespace {
constexpr size_t kChunkSize = 256 * 1024;

FrameArena::Chunk* new_chunk(size_t need) {
  size_t size = std::max(kChunkSize, need + sizeof(FrameArena::Chunk) + 64);
  auto* c = static_cast<FrameArena::Chunk*>(std::malloc(size));
  if (!c) return nullptr;
  c->prev = nullptr;
  c->top = c->data;
  c->end = reinterpret_cast<char*>(c) + size;
  return c;
}

size_t frame_size(Code* code) {
  size_t n = size_t(code->nlocalsplus() + code->stacksize);
  size_t bytes = offsetof(Frame, fast) + (n ? n : 1) * sizeof(Value);
  return (bytes + 15) & ~size_t(15);
}
}  // namespace

void frame_arena_delete(FrameArena* a) {
  if (!a) return;
  while (a->cur) {
    FrameArena::Chunk* p = a->cur->prev;
    std::free(a->cur);
    a->cur = p;
  }
  std::free(a->spare);
  delete a;
}

Frame* frame_alloc(ThreadState* ts, Code* code, bool heap) {
  size_t size = frame_size(code);
  void* mem;
  if (heap) {
    mem = std::malloc(size);
  } else {
    if (!ts->frame_arena) {
      ts->frame_arena = std::unique_ptr<FrameArena, void (*)(FrameArena*)>(new FrameArena, frame_arena_delete);
    }
    FrameArena* a = ts->frame_arena.get();
    FrameArena::Chunk* c = a->cur;
    if (!c || size_t(c->end - c->top) < size) {
      FrameArena::Chunk* n;
      if (a->spare && size_t(a->spare->end - a->spare->data) >= size) {
        n = a->spare;
        a->spare = nullptr;
      } else {
        n = new_chunk(size);
      }
      if (!n) return nullptr;
      n->prev = c;
      n->top = n->data;
      a->cur = c = n;
    }
    mem = c->top;
    c->top += size;
  }
  if (!mem) return nullptr;
  Frame* f = static_cast<Frame*>(mem);
  new (f) Frame();
  f->heap = heap;
  incref(code);
  f->code = code;
  size_t n = size_t(code->nlocalsplus() + code->stacksize);
  std::memset(static_cast<void*>(f->fast), 0, n * sizeof(Value));
  f->sp = f->stack_base();
  f->ip = code->code.data();
  return f;
}

void frame_clear_values(Frame* f) {
  if (!f->code) return;
  int n = f->code->nlocalsplus();
  for (int i = 0; i < n; i++) {
    Value v = f->fast[i];
    f->fast[i] = Value();
    decref(v);
  }
  Value* base = f->stack_base();
  while (f->sp > base) {
    Value v = *--f->sp;
    decref(v);
  }
  Value l = f->locals;
  f->locals = Value();
  decref(l);
}

void frame_free(ThreadState* ts, Frame* f) {
  if (f->frame_obj) {
    FrameObject* fo = f->frame_obj;
    fo->lineno = f->line();
    fo->lasti = f->lasti();
    // Keep the locals for tracebacks (NameError suggestions, f_locals of a finished frame).
    Ref saved = fetch_error();
    Result<Ref> l = frame_locals_dict(f);
    if (l.ok()) fo->locals = l.take();
    else clear_error();
    if (saved) restore_error(std::move(saved));
    fo->frame = nullptr;
    f->frame_obj = nullptr;
    decref(fo);
  }
  frame_clear_values(f);
  Code* code = f->code;
  Function* func = f->func;
  f->code = nullptr;
  f->func = nullptr;
  bool heap = f->heap;
  size_t size = code ? frame_size(code) : 0;
  f->~Frame();
  if (heap) {
    std::free(f);
  } else {
    FrameArena* a = ts->frame_arena.get();
    FrameArena::Chunk* c = a->cur;
    c->top = reinterpret_cast<char*>(f);
    (void)size;
    if (c->top == c->data && c->prev) {
      a->cur = c->prev;
      std::free(a->spare);
      a->spare = c;
    }
  }
  if (func) decref(func);
  if (code) decref(code);
}

// ---------------------------------------------------------------------------------------------
// Argument binding (CPython's initialize_locals and its messages).

namespace {

std::string qualname_of(Function* func) { return std::string(str_view(func->qualname)); }

std::string quoted_list(const std::vector<std::string>& names) {
  // 'a'  /  'a' and 'b'  /  'a', 'b', and 'c'
  std::string s;
  size_t n = names.size();
  for (size_t i = 0; i < n; i++) {
    if (i > 0) {
      if (n == 2) s += " and ";
      else if (i == n - 1) s += ", and ";
      else s += ", ";
    }
    s += "'" + names[i] + "'";
  }
  return s;
}

ErrorMarker missing_arguments(Frame* f, Function* func, bool kwonly, int start, int end) {
  Code* co = f->code;
  std::vector<std::string> missing;
  for (int i = start; i < end; i++) {
    if (f->fast[i].is_null()) missing.push_back(std::string(str_view(tuple_item(co->varnames, i))));
  }
  size_t n = missing.size();
  std::string msg = qualname_of(func) + "() missing " + std::to_string(n) + " required " +
                    (kwonly ? "keyword-only" : "positional") + " argument" + (n == 1 ? "" : "s") +
                    ": " + quoted_list(missing);
  return raise(&exc::TypeError, msg);
}

ErrorMarker too_many_positional(Frame* f, Function* func, size_t given) {
  Code* co = f->code;
  size_t defcount = func->defaults ? tuple_size(func->defaults) : 0;
  size_t kwonly_given = 0;
  for (int i = co->argcount; i < co->argcount + co->kwonlyargcount; i++) {
    if (!f->fast[i].is_null()) kwonly_given++;
  }
  std::string sig;
  bool plural;
  if (defcount) {
    plural = true;
    sig = "from " + std::to_string(co->argcount - int(defcount)) + " to " + std::to_string(co->argcount);
  } else {
    plural = co->argcount != 1;
    sig = std::to_string(co->argcount);
  }
  std::string kwonly_sig;
  if (kwonly_given) {
    kwonly_sig = std::string(" positional argument") + (given != 1 ? "s" : "") + " (and " +
                 std::to_string(kwonly_given) + " keyword-only argument" + (kwonly_given != 1 ? "s" : "") + ")";
  }
  std::string msg = qualname_of(func) + "() takes " + sig + " positional argument" + (plural ? "s" : "") +
                    " but " + std::to_string(given) + kwonly_sig + " " +
                    (given == 1 && !kwonly_given ? "was" : "were") + " given";
  return raise(&exc::TypeError, msg);
}

}  // namespace

Status frame_bind_args(Frame* f, Function* func, const Value* args, size_t nargs, Tuple* kwnames) {
  Code* co = f->code;
  Value* fast = f->fast;
  const size_t n = size_t(co->argcount);
  const int total = co->argcount + co->kwonlyargcount;
  Dict* kwdict = nullptr;
  if (co->flags & kCoVarkeywords) {
    Ref d = make_dict();
    kwdict = d.as<Dict>();
    int i = total + ((co->flags & kCoVarargs) ? 1 : 0);
    fast[i] = d.release();
  }
  size_t ncopy = nargs < n ? nargs : n;
  for (size_t i = 0; i < ncopy; i++) {
    incref(args[i]);
    fast[i] = args[i];
  }
  if (co->flags & kCoVarargs) {
    Ref t;
    if (nargs > n) {
      t = make_tuple(nargs - n);
      for (size_t i = n; i < nargs; i++) tuple_init_item(t.as<Tuple>(), i - n, Ref::borrow(args[i]));
    } else {
      t = empty_tuple();
    }
    fast[total] = t.release();
  }
  size_t nkw = kwnames ? kwnames->size : 0;
  std::vector<std::string> posonly_as_kw;
  for (size_t k = 0; k < nkw; k++) {
    Value name = kwnames->items[k];
    Value value = args[nargs + k];
    if (!is_str(name)) return raise(&exc::TypeError, qualname_of(func) + "() keywords must be strings");
    int j = -1;
    // Identity first (names are interned), then equality.
    for (int i = co->posonlyargcount; i < total; i++) {
      if (tuple_item(co->varnames, i) == name) { j = i; break; }
    }
    if (j < 0) {
      for (int i = co->posonlyargcount; i < total; i++) {
        if (str_equal(as<Str>(tuple_item(co->varnames, i)), as<Str>(name))) { j = i; break; }
      }
    }
    if (j < 0) {
      if (kwdict) {
        TRY(dict_set(kwdict, name, value));
        continue;
      }
      bool is_posonly = false;
      for (int i = 0; i < co->posonlyargcount; i++) {
        if (str_equal(as<Str>(tuple_item(co->varnames, i)), as<Str>(name))) { is_posonly = true; break; }
      }
      if (is_posonly) {
        posonly_as_kw.push_back(std::string(str_view(name)));
        continue;
      }
      return raise(&exc::TypeError, qualname_of(func) + "() got an unexpected keyword argument '" +
                                        std::string(str_view(name)) + "'");
    }
    if (!fast[j].is_null()) {
      return raise(&exc::TypeError, qualname_of(func) + "() got multiple values for argument '" +
                                        std::string(str_view(name)) + "'");
    }
    incref(value);
    fast[j] = value;
  }
  if (!posonly_as_kw.empty()) {
    std::string list;
    for (size_t i = 0; i < posonly_as_kw.size(); i++) {
      if (i) list += ", ";
      list += posonly_as_kw[i];
    }
    return raise(&exc::TypeError, qualname_of(func) +
                                      "() got some positional-only arguments passed as keyword arguments: '" +
                                      list + "'");
  }
  if (nargs > n && !(co->flags & kCoVarargs)) return too_many_positional(f, func, nargs);
  if (nargs < n) {
    size_t defcount = func->defaults ? tuple_size(func->defaults) : 0;
    size_t m = n - defcount;
    for (size_t i = nargs; i < m; i++) {
      if (fast[i].is_null()) return missing_arguments(f, func, false, int(nargs), int(m));
    }
    for (size_t i = (nargs > m ? nargs : m); i < n; i++) {
      if (fast[i].is_null()) {
        Value d = tuple_item(func->defaults, i - m);
        incref(d);
        fast[i] = d;
      }
    }
  }
  if (co->kwonlyargcount > 0) {
    bool missing = false;
    for (int i = co->argcount; i < total; i++) {
      if (!fast[i].is_null()) continue;
      if (func->kwdefaults) {
        Value d = dict_get_str(func->kwdefaults.as<Dict>(), as<Str>(tuple_item(co->varnames, i)));
        if (!d.is_null()) {
          incref(d);
          fast[i] = d;
          continue;
        }
      }
      missing = true;
    }
    if (missing) return missing_arguments(f, func, true, co->argcount, total);
  }
  return ok();
}

void frame_init_cells(Frame* f, Function* func) {
  Code* co = f->code;
  Value* cells = f->fast + co->nlocals;
  for (int i = 0; i < co->ncells; i++) {
    int arg = co->cell2arg.empty() ? -1 : co->cell2arg[i];
    Value init;
    if (arg >= 0) {
      init = f->fast[arg];
      f->fast[arg] = Value();
    }
    Ref c = make_cell(init);
    decref(init);
    cells[i] = c.release();
  }
  if (co->nfree && func && func->closure) {
    Tuple* cl = func->closure.as<Tuple>();
    for (int i = 0; i < co->nfree && size_t(i) < cl->size; i++) {
      incref(cl->items[i]);
      cells[co->ncells + i] = cl->items[i];
    }
  }
}

Result<Ref> frame_locals_dict(Frame* f) {
  if (!f->locals.is_null()) return Ref::borrow(f->locals);
  Code* co = f->code;
  Ref d = make_dict();
  for (int i = 0; i < co->nlocals; i++) {
    Value v = f->fast[i];
    if (!v.is_null()) TRY(dict_set(d.as<Dict>(), tuple_item(co->varnames, i), v));
  }
  for (int i = 0; i < co->ncells + co->nfree; i++) {
    Value c = f->fast[co->nlocals + i];
    if (c.is_null() || !is_cell(c)) continue;
    Value v = as<Cell>(c)->value;
    if (!v.is_null()) TRY(dict_set(d.as<Dict>(), co->deref_name(uint32_t(i)), v));
  }
  return d;
}

// ---------------------------------------------------------------------------------------------
// The `frame` type.

TypeObject FrameType;

Result<Value> frame_object(Frame* f) {
  if (f->frame_obj) return Value(f->frame_obj);
  FrameObject* fo = new_object<FrameObject>(&FrameType);
  fo->frame = f;
  fo->code = Ref::borrow(Value(f->code));
  fo->globals = Ref::borrow(Value(f->globals));
  fo->lineno = f->line();
  f->frame_obj = fo;
  return Value(fo);
}

namespace {

void frameobj_dealloc(Object* o) {
  FrameObject* fo = static_cast<FrameObject*>(o);
  if (fo->frame) fo->frame->frame_obj = nullptr;
  delete_object(fo);
}

Result<Ref> frameobj_repr(Value v) {
  FrameObject* fo = as<FrameObject>(v);
  Code* co = fo->code.as<Code>();
  char buf[64];
  snprintf(buf, sizeof buf, "%p", static_cast<void*>(fo));
  int line = fo->frame ? fo->frame->line() : fo->lineno;
  std::string s = std::string("<frame at ") + buf + ", file " + str_repr(str_view(co->filename)) + ", line " +
                  std::to_string(line) + ", code " + std::string(str_view(co->name)) + ">";
  return make_str(s);
}

Result<Ref> get_f_code(Value v) { return Ref(as<FrameObject>(v)->code); }
Result<Ref> get_f_globals(Value v) { return Ref(as<FrameObject>(v)->globals); }
Result<Ref> get_f_builtins(Value v) {
  FrameObject* fo = as<FrameObject>(v);
  return Ref::borrow(builtins_for_globals(fo->globals));
}
Result<Ref> get_f_lineno(Value v) {
  FrameObject* fo = as<FrameObject>(v);
  return make_int(fo->frame ? fo->frame->line() : fo->lineno);
}
Result<Ref> get_f_lasti(Value v) {
  FrameObject* fo = as<FrameObject>(v);
  return make_int(2 * (fo->frame ? fo->frame->lasti() : fo->lasti));
}
Result<Ref> get_f_locals(Value v) {
  FrameObject* fo = as<FrameObject>(v);
  if (!fo->frame) return fo->locals ? fo->locals : make_dict();
  return frame_locals_dict(fo->frame);
}
Result<Ref> get_f_back(Value v) {
  FrameObject* fo = as<FrameObject>(v);
  if (!fo->frame || !fo->frame->back) return none();
  Value b = TRY(frame_object(fo->frame->back));
  return Ref::borrow(b);
}

const GetSetDef kFrameGetSets[] = {
    {"f_code", get_f_code},       {"f_globals", get_f_globals}, {"f_builtins", get_f_builtins},
    {"f_lineno", get_f_lineno},   {"f_lasti", get_f_lasti},     {"f_locals", get_f_locals},
    {"f_back", get_f_back},       {nullptr},
};

}  // namespace

void init_frame_type(TypeList& out) {
  FrameType.name = "frame";
  FrameType.basic_size = sizeof(FrameObject);
  FrameType.dealloc = frameobj_dealloc;
  FrameType.repr = frameobj_repr;
  FrameType.getattr = generic_getattr;
  FrameType.getsets = kFrameGetSets;
  out.push_back(&FrameType);
}

}  // namespace weft
