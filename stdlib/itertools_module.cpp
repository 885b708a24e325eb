// The itertools module: every iterator type of CPython 3.13's itertools, in C++ because scripts
// and benchmarks use them in their inner loops. Each type is one struct, its new_ and its next;
// the types are subclassable like CPython's.
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "modules.h"
#include "objects/abstract.h"
#include "objects/args.h"
#include "objects/exceptions.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"

namespace weft {

namespace {

TypeObject CountType, CycleType, RepeatType, AccumulateType, ChainType, CompressType, DropWhileType,
    TakeWhileType, FilterFalseType, GroupByType, GrouperType, ISliceType, PairwiseType, StarMapType,
    TeeType, ZipLongestType, ProductType, PermutationsType, CombinationsType, CwrType, BatchedType;

Result<Ref> self_iter(Value v) { return Ref::borrow(v); }

template <class T>
void dealloc_of(Object* o) { delete_object(static_cast<T*>(o)); }

std::string quoted_type(Value v) { return std::string("'") + type_name(v) + "'"; }

// Items of an iterable as a vector (product/permutations/combinations pools).
Result<std::vector<Ref>> to_vector(Value iterable) {
  Ref it = TRY(get_iter(iterable));
  std::vector<Ref> out;
  for (;;) {
    Ref x = TRY(iter_next(it));
    if (!x) break;
    out.push_back(std::move(x));
  }
  return out;
}

Ref tuple_of(const std::vector<Ref>& pool, const std::vector<size_t>& idx, size_t r) {
  Ref t = make_tuple(r);
  for (size_t i = 0; i < r; ++i) tuple_init_item(t.as<Tuple>(), i, pool[idx[i]]);
  return t;
}

// A non-negative int argument r ("r must be non-negative").
Result<int64_t> r_arg(Value v) {
  if (!is_int(v)) return raise(exc::TypeError, quoted_type(v) + " object cannot be interpreted as an integer");
  int64_t r = TRY(index_to_int64(v));
  if (r < 0) return raise(exc::ValueError, "r must be non-negative");
  return r;
}

// ---- count(start=0, step=1) ----
struct Count : Object {
  int64_t fast = 0;  // used while `slow` is null
  Ref slow;          // the current value when not a small int (or step is not a small int)
  Ref step;
  bool fast_mode = true;
};

bool is_number(Value v) {
  TypeObject* t = v.type();
  return is_int(v) || is_float(v) || t->to_float || t->index || t->to_int;
}

Result<Ref> count_new(TypeObject* type, CallArgs args) {
  Value start, step;
  TRY(parse_args(args, "count", {"start", "step"}, 0, {&start, &step}));
  if (start && !is_number(start)) return raise(exc::TypeError, "a number is required");
  if (step && !is_number(step)) return raise(exc::TypeError, "a number is required");
  Count* c = new_object<Count>(type);
  Ref r = Ref::steal(Value(c));
  c->step = step ? Ref::borrow(step) : Ref::small_int(1);
  Value s = start ? start : Value::small_int(0);
  if (s.is_small_int() && c->step.get().is_small_int() && is_instance_exact(s, &IntType)) {
    c->fast = s.as_small_int();
  } else {
    c->fast_mode = false;
    c->slow = Ref::borrow(s);
  }
  return r;
}

Result<Ref> count_next(Value v) {
  Count* c = as<Count>(v);
  if (c->fast_mode) {
    int64_t cur = c->fast, nxt = cur + c->step.get().as_small_int();
    if (Value::fits_small(nxt)) {
      c->fast = nxt;
      return Ref::small_int(cur);
    }
    c->fast_mode = false;
    c->slow = make_int(cur);
  }
  Ref cur = c->slow;
  c->slow = TRY(binary_op(cur, c->step, BinOp::Add));
  return cur;
}

Result<Ref> count_repr(Value v) {
  Count* c = as<Count>(v);
  Ref cur = c->fast_mode ? make_int(c->fast) : c->slow;
  std::string s = std::string(v.type() == &CountType ? "count" : type_name(v)) + "(" + TRY(repr_utf8(cur));
  Value st = c->step;
  bool one = st.is_small_int() && st.as_small_int() == 1;
  if (!one) s += ", " + TRY(repr_utf8(st));
  return make_str(s + ")");
}

// ---- cycle(iterable) ----
struct Cycle : Object {
  Ref it;
  std::vector<Ref> saved;
  size_t index = 0;
  bool replay = false;
};

Result<Ref> cycle_new(TypeObject* type, CallArgs args) {
  if (type == &CycleType) TRY(check_no_kwargs(args, "cycle"));
  TRY(check_nargs(args, "cycle", 1, 1));
  Ref it = TRY(get_iter(args[0]));
  Cycle* c = new_object<Cycle>(type);
  c->it = std::move(it);
  return Ref::steal(Value(c));
}

Result<Ref> cycle_next(Value v) {
  Cycle* c = as<Cycle>(v);
  if (!c->replay) {
    Ref x = TRY(iter_next(c->it));
    if (x) {
      c->saved.push_back(x);
      return x;
    }
    c->replay = true;
    c->it.reset();
  }
  if (c->saved.empty()) return Ref();
  Ref x = c->saved[c->index];
  if (++c->index == c->saved.size()) c->index = 0;
  return x;
}

// ---- repeat(object[, times]) ----
struct Repeat : Object {
  Ref elem;
  int64_t count = -1;  // -1: forever
};

Result<Ref> repeat_new(TypeObject* type, CallArgs args) {
  Value elem, times;
  TRY(parse_args(args, "repeat", {"object", "times"}, 1, {&elem, &times}));
  int64_t n = -1;
  if (times) {
    if (!is_int(times)) return raise(exc::TypeError, quoted_type(times) + " object cannot be interpreted as an integer");
    n = TRY(index_to_int64(times));
    if (n < 0) n = 0;
  }
  Repeat* r = new_object<Repeat>(type);
  r->elem = Ref::borrow(elem);
  r->count = n;
  return Ref::steal(Value(r));
}

Result<Ref> repeat_next(Value v) {
  Repeat* r = as<Repeat>(v);
  if (r->count == 0) return Ref();
  if (r->count > 0) --r->count;
  return r->elem;
}

Result<Ref> repeat_repr(Value v) {
  Repeat* r = as<Repeat>(v);
  std::string s = "repeat(" + TRY(repr_utf8(r->elem));
  if (r->count >= 0) s += ", " + std::to_string(r->count);
  return make_str(s + ")");
}

Result<Ref> repeat_length_hint(Value self, CallArgs) {
  Repeat* r = as<Repeat>(self);
  if (r->count < 0) return raise(exc::TypeError, "len() of unsized object");
  return make_int(r->count);
}

const MethodDef kRepeatMethods[] = {
    {"__length_hint__", repeat_length_hint},
    {nullptr},
};

// ---- accumulate(iterable[, func], *, initial=None) ----
struct Accumulate : Object {
  Ref it, func, total, initial;
};

Result<Ref> accumulate_new(TypeObject* type, CallArgs args) {
  Value iterable, func, initial;
  TRY(parse_args(args, "accumulate", {"iterable", "func", "$initial"}, 1, {&iterable, &func, &initial}));
  Ref it = TRY(get_iter(iterable));
  Accumulate* a = new_object<Accumulate>(type);
  a->it = std::move(it);
  if (func && !is_none(func)) a->func = Ref::borrow(func);
  if (initial && !is_none(initial)) a->initial = Ref::borrow(initial);
  return Ref::steal(Value(a));
}

Result<Ref> accumulate_next(Value v) {
  Accumulate* a = as<Accumulate>(v);
  if (a->initial) {
    a->total = std::move(a->initial);
    return a->total;
  }
  Ref x = TRY(iter_next(a->it));
  if (!x) return Ref();
  if (!a->total) {
    a->total = x;
  } else if (a->func) {
    a->total = TRY(call(a->func, {a->total.get(), x.get()}));
  } else {
    a->total = TRY(binary_op(a->total, x, BinOp::Add));
  }
  return a->total;
}

// ---- chain(*iterables), chain.from_iterable(iterable) ----
struct Chain : Object {
  Ref source;  // iterator over the iterables; null when done
  Ref active;  // current iterator
};

Result<Ref> chain_new(TypeObject* type, CallArgs args) {
  if (type == &ChainType) TRY(check_no_kwargs(args, "chain"));
  Ref t = tuple_from_array(args.args, args.nargs);
  Ref src = TRY(get_iter(t));
  Chain* c = new_object<Chain>(type);
  c->source = std::move(src);
  return Ref::steal(Value(c));
}

Result<Ref> chain_from_iterable(Value cls, CallArgs args) {
  TRY(check_nargs(args, "chain.from_iterable()", 1, 1));
  Ref src = TRY(get_iter(args[0]));
  Chain* c = new_object<Chain>(static_cast<TypeObject*>(cls.obj()));
  c->source = std::move(src);
  return Ref::steal(Value(c));
}

Result<Ref> chain_next(Value v) {
  Chain* c = as<Chain>(v);
  for (;;) {
    if (!c->active) {
      if (!c->source) return Ref();
      Ref nxt = TRY(iter_next(c->source));
      if (!nxt) {
        c->source.reset();
        return Ref();
      }
      c->active = TRY(get_iter(nxt));
    }
    Ref x = TRY(iter_next(c->active));
    if (x) return x;
    c->active.reset();
  }
}

const MethodDef kChainMethods[] = {
    {"from_iterable", chain_from_iterable, MethodDef::kClassMethod,
     "Alternative chain() constructor taking a single iterable argument that evaluates lazily."},
    {nullptr},
};

// ---- compress(data, selectors) ----
struct Compress : Object {
  Ref data, selectors;
};

Result<Ref> compress_new(TypeObject* type, CallArgs args) {
  Value data, sel;
  TRY(parse_args(args, "compress", {"data", "selectors"}, 2, {&data, &sel}));
  Ref d = TRY(get_iter(data));
  Ref s = TRY(get_iter(sel));
  Compress* c = new_object<Compress>(type);
  c->data = std::move(d);
  c->selectors = std::move(s);
  return Ref::steal(Value(c));
}

Result<Ref> compress_next(Value v) {
  Compress* c = as<Compress>(v);
  for (;;) {
    Ref x = TRY(iter_next(c->data));
    if (!x) return Ref();
    Ref s = TRY(iter_next(c->selectors));
    if (!s) return Ref();
    if (TRY(truthy(s))) return x;
  }
}

// ---- dropwhile / takewhile / filterfalse (predicate, iterable) ----
struct PredIter : Object {
  Ref func, it;
  bool flag = false;  // dropwhile: done dropping; takewhile: stopped
};

Result<Ref> prediter_make(TypeObject* type, CallArgs args, const char* name) {
  if (!(type->flags & kTypeHeapType)) TRY(check_no_kwargs(args, name));
  TRY(check_nargs(args, name, 2, 2));
  Ref it = TRY(get_iter(args[1]));
  PredIter* p = new_object<PredIter>(type);
  p->func = Ref::borrow(args[0]);
  p->it = std::move(it);
  return Ref::steal(Value(p));
}
Result<Ref> dropwhile_new(TypeObject* t, CallArgs a) { return prediter_make(t, a, "dropwhile"); }
Result<Ref> takewhile_new(TypeObject* t, CallArgs a) { return prediter_make(t, a, "takewhile"); }
Result<Ref> filterfalse_new(TypeObject* t, CallArgs a) { return prediter_make(t, a, "filterfalse"); }

Result<bool> pred(PredIter* p, Value x) {
  if (is_none(p->func)) return truthy(x);
  Ref r = TRY(call(p->func, {x}));
  return truthy(r);
}

Result<Ref> dropwhile_next(Value v) {
  PredIter* p = as<PredIter>(v);
  for (;;) {
    Ref x = TRY(iter_next(p->it));
    if (!x) return Ref();
    if (p->flag) return x;
    Ref r = TRY(call(p->func, {x.get()}));
    if (!TRY(truthy(r))) {
      p->flag = true;
      return x;
    }
  }
}

Result<Ref> takewhile_next(Value v) {
  PredIter* p = as<PredIter>(v);
  if (p->flag) return Ref();
  Ref x = TRY(iter_next(p->it));
  if (!x) return Ref();
  Ref r = TRY(call(p->func, {x.get()}));
  if (TRY(truthy(r))) return x;
  p->flag = true;
  return Ref();
}

Result<Ref> filterfalse_next(Value v) {
  PredIter* p = as<PredIter>(v);
  for (;;) {
    Ref x = TRY(iter_next(p->it));
    if (!x) return Ref();
    if (!TRY(pred(p, x))) return x;
  }
}

// ---- groupby(iterable, key=None) and its _grouper ----
struct GroupBy : Object {
  Ref it, keyfunc, tgtkey, currkey, currvalue;
  Object* currgrouper = nullptr;  // identity only: the live grouper (older ones stop)
};

struct Grouper : Object {
  Ref parent;  // GroupBy
  Ref tgtkey;
};

Result<Ref> groupby_new(TypeObject* type, CallArgs args) {
  Value iterable, key;
  TRY(parse_args(args, "groupby", {"iterable", "key"}, 1, {&iterable, &key}));
  Ref it = TRY(get_iter(iterable));
  GroupBy* g = new_object<GroupBy>(type);
  g->it = std::move(it);
  if (key && !is_none(key)) g->keyfunc = Ref::borrow(key);
  return Ref::steal(Value(g));
}

// Advances to the next item: false at the end.
Result<bool> groupby_step(GroupBy* g) {
  Ref x = TRY(iter_next(g->it));
  if (!x) return false;
  Ref k = g->keyfunc ? TRY(call(g->keyfunc, {x.get()})) : x;
  g->currvalue = std::move(x);
  g->currkey = std::move(k);
  return true;
}

Result<Ref> groupby_next(Value v) {
  GroupBy* g = as<GroupBy>(v);
  g->currgrouper = nullptr;
  for (;;) {
    if (!g->currkey) {
    } else if (!g->tgtkey) {
      break;
    } else if (!TRY(equals(g->tgtkey, g->currkey))) {
      break;
    }
    if (!TRY(groupby_step(g))) return Ref();
  }
  g->tgtkey = g->currkey;
  Grouper* gr = new_object<Grouper>(&GrouperType);
  Ref grr = Ref::steal(Value(gr));
  gr->parent = Ref::borrow(v);
  gr->tgtkey = g->tgtkey;
  g->currgrouper = gr;
  return make_tuple({g->currkey.get(), grr.get()});
}

Result<Ref> grouper_next(Value v) {
  Grouper* gr = as<Grouper>(v);
  GroupBy* g = gr->parent.as<GroupBy>();
  if (g->currgrouper != gr) return Ref();
  if (!g->currvalue) {
    if (!TRY(groupby_step(g))) return Ref();
  }
  if (!TRY(equals(gr->tgtkey, g->currkey))) return Ref();
  return std::move(g->currvalue);
}

// ---- islice(iterable, stop) / islice(iterable, start, stop[, step]) ----
struct ISlice : Object {
  Ref it;
  int64_t next = 0, stop = -1, step = 1, cnt = 0;
};

// An islice index: None -> -1. Non-integers and values past sys.maxsize raise `bad`, negative
// values raise `neg` (CPython words the two cases differently for the stop argument).
Result<int64_t> islice_index(Value v, const char* bad, const char* neg) {
  if (is_none(v)) return int64_t(-1);
  Ref i;
  if (is_int(v)) i = Ref::borrow(v);
  else if (v.type()->index) i = TRY(index(v));
  else return raise(exc::ValueError, bad);
  int64_t x;
  if (!int_to_int64(i, &x)) return raise(exc::ValueError, int_sign(i) < 0 ? neg : bad);
  if (x < 0) return raise(exc::ValueError, neg);
  return x;
}

Result<Ref> islice_new(TypeObject* type, CallArgs args) {
  if (type == &ISliceType) TRY(check_no_kwargs(args, "islice"));
  TRY(check_nargs(args, "islice", 2, 4));
  int64_t start = 0, stop = -1, step = 1;
  const char* stop_msg = "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
  const char* idx_msg = "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
  if (args.nargs == 2) {
    stop = TRY(islice_index(args[1], stop_msg, stop_msg));
  } else {
    int64_t b = TRY(islice_index(args[2], stop_msg, idx_msg));  // stop is checked first, as CPython
    int64_t a = TRY(islice_index(args[1], idx_msg, idx_msg));
    start = a < 0 ? 0 : a;
    stop = b;
    if (args.nargs == 4) {
      int64_t s;
      if (is_none(args[3])) s = 1;
      else {
        Result<int64_t> r = islice_index(args[3], "", "");
        if (!r.ok()) {
          clear_error();
          return raise(exc::ValueError, "Step for islice() must be a positive integer or None.");
        }
        s = *r;
      }
      if (s < 1) return raise(exc::ValueError, "Step for islice() must be a positive integer or None.");
      step = s;
    }
  }
  Ref it = TRY(get_iter(args[0]));
  ISlice* s = new_object<ISlice>(type);
  s->it = std::move(it);
  s->next = start;
  s->stop = stop;
  s->step = step;
  return Ref::steal(Value(s));
}

Result<Ref> islice_next(Value v) {
  ISlice* s = as<ISlice>(v);
  if (!s->it) return Ref();
  while (s->cnt < s->next) {
    Ref x = TRY(iter_next(s->it));
    if (!x) {
      s->it.reset();
      return Ref();
    }
    ++s->cnt;
  }
  if (s->stop != -1 && s->cnt >= s->stop) {
    s->it.reset();
    return Ref();
  }
  Ref x = TRY(iter_next(s->it));
  if (!x) {
    s->it.reset();
    return Ref();
  }
  ++s->cnt;
  int64_t old = s->next;
  s->next += s->step;
  if (s->next < old || (s->stop != -1 && s->next > s->stop)) s->next = s->stop;
  return x;
}

// ---- pairwise(iterable) ----
struct Pairwise : Object {
  Ref it, old;
};

Result<Ref> pairwise_new(TypeObject* type, CallArgs args) {
  if (type == &PairwiseType) TRY(check_no_kwargs(args, "pairwise"));
  TRY(check_nargs(args, "pairwise", 1, 1));
  Ref it = TRY(get_iter(args[0]));
  Pairwise* p = new_object<Pairwise>(type);
  p->it = std::move(it);
  return Ref::steal(Value(p));
}

Result<Ref> pairwise_next(Value v) {
  Pairwise* p = as<Pairwise>(v);
  if (!p->it) return Ref();
  if (!p->old) {
    p->old = TRY(iter_next(p->it));
    if (!p->old) {
      p->it.reset();
      return Ref();
    }
  }
  Ref x = TRY(iter_next(p->it));
  if (!x) {
    p->it.reset();
    p->old.reset();
    return Ref();
  }
  Ref r = make_tuple({p->old.get(), x.get()});
  p->old = std::move(x);
  return r;
}

// ---- starmap(function, iterable) ----
struct StarMap : Object {
  Ref func, it;
};

Result<Ref> starmap_new(TypeObject* type, CallArgs args) {
  if (type == &StarMapType) TRY(check_no_kwargs(args, "starmap"));
  TRY(check_nargs(args, "starmap", 2, 2));
  Ref it = TRY(get_iter(args[1]));
  StarMap* s = new_object<StarMap>(type);
  s->func = Ref::borrow(args[0]);
  s->it = std::move(it);
  return Ref::steal(Value(s));
}

Result<Ref> starmap_next(Value v) {
  StarMap* s = as<StarMap>(v);
  Ref x = TRY(iter_next(s->it));
  if (!x) return Ref();
  Ref t;
  if (is_tuple(x)) {
    t = std::move(x);
  } else {
    Result<Ref> r = tuple_from_iterable(x);
    if (!r.ok()) {
      if (error_matches(exc::TypeError)) {
        clear_error();
        return raise(exc::TypeError, "'" + std::string(type_name(x)) + "' object is not iterable");
      }
      return kError;
    }
    t = r.take();
  }
  CallArgs ca;
  ca.args = as<Tuple>(t)->items;
  ca.nargs = tuple_size(t);
  return call(s->func, ca);
}

// ---- tee(iterable, n=2): tee objects share a linked list of chunks of buffered items ----
constexpr size_t kTeeChunk = 57;
struct TeeSource {
  Ref it;
};
struct TeeNode {
  std::vector<Ref> vals;
  std::shared_ptr<TeeNode> next;
};
struct Tee : Object {
  std::shared_ptr<TeeSource> src;
  std::shared_ptr<TeeNode> node;
  size_t idx = 0;
};

Ref make_tee(std::shared_ptr<TeeSource> src, std::shared_ptr<TeeNode> node, size_t idx) {
  Tee* t = new_object<Tee>(&TeeType);
  t->src = std::move(src);
  t->node = std::move(node);
  t->idx = idx;
  return Ref::steal(Value(t));
}

Result<Ref> tee_next(Value v) {
  Tee* t = as<Tee>(v);
  if (t->idx == kTeeChunk) {
    if (!t->node->next) t->node->next = std::make_shared<TeeNode>();
    t->node = t->node->next;
    t->idx = 0;
  }
  TeeNode* n = t->node.get();
  if (t->idx < n->vals.size()) return n->vals[t->idx++];
  if (!t->src->it) return Ref();
  Ref x = TRY(iter_next(t->src->it));
  if (!x) return Ref();
  if (n->vals.empty()) n->vals.reserve(kTeeChunk);
  n->vals.push_back(x);
  ++t->idx;
  return x;
}

Result<Ref> tee_copy(Value self, CallArgs) {
  Tee* t = as<Tee>(self);
  return make_tee(t->src, t->node, t->idx);
}

Result<Ref> tee_type_new(TypeObject*, CallArgs args) {
  TRY(check_no_kwargs(args, "_tee"));
  TRY(check_nargs(args, "_tee", 1, 1));
  if (args[0].type() == &TeeType) return tee_copy(args[0], CallArgs{});
  Ref it = TRY(get_iter(args[0]));
  auto src = std::make_shared<TeeSource>();
  src->it = std::move(it);
  return make_tee(src, std::make_shared<TeeNode>(), 0);
}

const MethodDef kTeeMethods[] = {
    {"__copy__", tee_copy, 0, "Returns an independent iterator."},
    {nullptr},
};

Result<Ref> it_tee(Value, CallArgs args) {
  TRY(check_no_kwargs(args, "tee"));
  TRY(check_nargs(args, "tee", 1, 2));
  int64_t n = 2;
  if (args.nargs == 2) {
    if (!is_int(args[1]))
      return raise(exc::TypeError, quoted_type(args[1]) + " object cannot be interpreted as an integer");
    n = TRY(index_to_int64(args[1]));
  }
  if (n < 0) return raise(exc::ValueError, "n must be >= 0");
  Ref result = make_tuple(size_t(n));
  if (n == 0) return result;
  Ref first;
  Ref it = TRY(get_iter(args[0]));
  Ref copier = TRY(getattr_opt(it, intern("__copy__")));
  if (copier) {
    first = it;
  } else {
    auto src = std::make_shared<TeeSource>();
    src->it = std::move(it);
    first = make_tee(src, std::make_shared<TeeNode>(), 0);
  }
  tuple_init_item(result.as<Tuple>(), 0, first);
  for (int64_t i = 1; i < n; ++i) {
    Ref c = TRY(call_method(first, intern("__copy__"), {}));
    tuple_init_item(result.as<Tuple>(), size_t(i), std::move(c));
  }
  return result;
}

// ---- zip_longest(*iterables, fillvalue=None) ----
struct ZipLongest : Object {
  std::vector<Ref> iters;  // null entries: exhausted
  size_t active = 0;
  Ref fill;
};

Result<Ref> zip_longest_new(TypeObject* type, CallArgs args) {
  Ref fill = none();
  for (size_t k = 0; k < args.nkw(); ++k) {
    std::string_view name = str_view(tuple_item(Value(args.kwnames), k));
    if (name != "fillvalue")
      return raise(exc::TypeError, "zip_longest() got an unexpected keyword argument");
    fill = Ref::borrow(args.kwvalue(k));
  }
  std::vector<Ref> iters;
  for (size_t i = 0; i < args.nargs; ++i) {
    Ref it = TRY(get_iter(args[i]));
    iters.push_back(std::move(it));
  }
  ZipLongest* z = new_object<ZipLongest>(type);
  z->active = iters.size();
  z->iters = std::move(iters);
  z->fill = std::move(fill);
  return Ref::steal(Value(z));
}

Result<Ref> zip_longest_next(Value v) {
  ZipLongest* z = as<ZipLongest>(v);
  size_t n = z->iters.size();
  if (n == 0 || z->active == 0) return Ref();
  std::vector<Ref> items(n);
  for (size_t i = 0; i < n; ++i) {
    if (z->iters[i]) {
      Ref x = TRY(iter_next(z->iters[i]));
      if (!x) {
        z->iters[i].reset();
        if (--z->active == 0) return Ref();
        x = z->fill;
      }
      items[i] = std::move(x);
    } else {
      items[i] = z->fill;
    }
  }
  Ref t = make_tuple(n);
  for (size_t i = 0; i < n; ++i) tuple_init_item(t.as<Tuple>(), i, std::move(items[i]));
  return t;
}

// ---- product(*iterables, repeat=1) ----
struct Product : Object {
  std::vector<std::vector<Ref>> pools;
  std::vector<size_t> idx;
  bool started = false, done = false;
};

Result<Ref> product_new(TypeObject* type, CallArgs args) {
  int64_t repeat = 1;
  for (size_t k = 0; k < args.nkw(); ++k) {
    std::string_view name = str_view(tuple_item(Value(args.kwnames), k));
    if (name != "repeat")
      return raise(exc::TypeError, "product() got an unexpected keyword argument '" + std::string(name) + "'");
    Value r = args.kwvalue(k);
    if (!is_int(r)) return raise(exc::TypeError, quoted_type(r) + " object cannot be interpreted as an integer");
    repeat = TRY(index_to_int64(r));
    if (repeat < 0) return raise(exc::ValueError, "repeat argument cannot be negative");
  }
  std::vector<std::vector<Ref>> base;
  for (size_t i = 0; i < args.nargs; ++i) {
    std::vector<Ref> pool = TRY(to_vector(args[i]));
    base.push_back(std::move(pool));
  }
  Product* p = new_object<Product>(type);
  Ref r = Ref::steal(Value(p));
  for (int64_t k = 0; k < repeat; ++k)
    for (auto& pool : base) p->pools.push_back(pool);
  p->idx.assign(p->pools.size(), 0);
  for (auto& pool : p->pools)
    if (pool.empty()) p->done = true;
  return r;
}

Result<Ref> product_next(Value v) {
  Product* p = as<Product>(v);
  if (p->done) return Ref();
  size_t n = p->pools.size();
  if (p->started) {
    size_t i = n;
    for (;;) {
      if (i == 0) {
        p->done = true;
        return Ref();
      }
      --i;
      if (++p->idx[i] < p->pools[i].size()) break;
      p->idx[i] = 0;
    }
  }
  p->started = true;
  Ref t = make_tuple(n);
  for (size_t i = 0; i < n; ++i) tuple_init_item(t.as<Tuple>(), i, p->pools[i][p->idx[i]]);
  return t;
}

// ---- permutations(iterable, r=None) ----
struct Permutations : Object {
  std::vector<Ref> pool;
  std::vector<size_t> idx, cycles;
  size_t r = 0;
  bool started = false, done = false;
};

Result<Ref> permutations_new(TypeObject* type, CallArgs args) {
  Value iterable, rv;
  TRY(parse_args(args, "permutations", {"iterable", "r"}, 1, {&iterable, &rv}));
  std::vector<Ref> pool = TRY(to_vector(iterable));
  size_t n = pool.size();
  int64_t r = int64_t(n);
  if (rv && !is_none(rv)) r = TRY(r_arg(rv));
  Permutations* p = new_object<Permutations>(type);
  Ref res = Ref::steal(Value(p));
  p->pool = std::move(pool);
  p->r = size_t(r);
  if (size_t(r) > n) {
    p->done = true;
    return res;
  }
  for (size_t i = 0; i < n; ++i) p->idx.push_back(i);
  for (size_t i = 0; i < size_t(r); ++i) p->cycles.push_back(n - i);
  return res;
}

Result<Ref> permutations_next(Value v) {
  Permutations* p = as<Permutations>(v);
  if (p->done) return Ref();
  size_t n = p->pool.size(), r = p->r;
  if (p->started) {
    if (n == 0) {
      p->done = true;
      return Ref();
    }
    size_t i = r;
    for (;;) {
      if (i == 0) {
        p->done = true;
        return Ref();
      }
      --i;
      if (--p->cycles[i] == 0) {
        size_t first = p->idx[i];
        for (size_t k = i; k + 1 < n; ++k) p->idx[k] = p->idx[k + 1];
        p->idx[n - 1] = first;
        p->cycles[i] = n - i;
      } else {
        size_t j = p->cycles[i];
        std::swap(p->idx[i], p->idx[n - j]);
        break;
      }
    }
  }
  p->started = true;
  return tuple_of(p->pool, p->idx, r);
}

// ---- combinations(iterable, r) and combinations_with_replacement(iterable, r) ----
struct Combinations : Object {
  std::vector<Ref> pool;
  std::vector<size_t> idx;
  size_t r = 0;
  bool started = false, done = false;
};

Result<Ref> comb_make(TypeObject* type, CallArgs args, const char* name, bool repl) {
  Value iterable, rv;
  TRY(parse_args(args, name, {"iterable", "r"}, 2, {&iterable, &rv}));
  std::vector<Ref> pool = TRY(to_vector(iterable));
  int64_t r = TRY(r_arg(rv));
  Combinations* c = new_object<Combinations>(type);
  Ref res = Ref::steal(Value(c));
  size_t n = pool.size();
  c->pool = std::move(pool);
  c->r = size_t(r);
  if (repl) {
    if (n == 0 && r > 0) c->done = true;
    c->idx.assign(size_t(r), 0);
  } else {
    if (size_t(r) > n) c->done = true;
    for (size_t i = 0; i < size_t(r) && !c->done; ++i) c->idx.push_back(i);
  }
  return res;
}
Result<Ref> combinations_new(TypeObject* t, CallArgs a) { return comb_make(t, a, "combinations", false); }
Result<Ref> cwr_new(TypeObject* t, CallArgs a) { return comb_make(t, a, "combinations_with_replacement", true); }

Result<Ref> combinations_next(Value v) {
  Combinations* c = as<Combinations>(v);
  if (c->done) return Ref();
  size_t n = c->pool.size(), r = c->r;
  if (c->started) {
    size_t i = r;
    for (;;) {
      if (i == 0) {
        c->done = true;
        return Ref();
      }
      --i;
      if (c->idx[i] != i + n - r) break;
    }
    ++c->idx[i];
    for (size_t j = i + 1; j < r; ++j) c->idx[j] = c->idx[j - 1] + 1;
  }
  c->started = true;
  return tuple_of(c->pool, c->idx, r);
}

Result<Ref> cwr_next(Value v) {
  Combinations* c = as<Combinations>(v);
  if (c->done) return Ref();
  size_t n = c->pool.size(), r = c->r;
  if (c->started) {
    size_t i = r;
    for (;;) {
      if (i == 0) {
        c->done = true;
        return Ref();
      }
      --i;
      if (c->idx[i] != n - 1) break;
    }
    size_t val = c->idx[i] + 1;
    for (size_t j = i; j < r; ++j) c->idx[j] = val;
  }
  c->started = true;
  return tuple_of(c->pool, c->idx, r);
}

// ---- batched(iterable, n, *, strict=False) ----
struct Batched : Object {
  Ref it;
  int64_t n = 1;
  bool strict = false;
};

Result<Ref> batched_new(TypeObject* type, CallArgs args) {
  Value iterable, nv, strict;
  TRY(parse_args(args, "batched", {"iterable", "n", "$strict"}, 2, {&iterable, &nv, &strict}));
  if (!is_int(nv)) return raise(exc::TypeError, quoted_type(nv) + " object cannot be interpreted as an integer");
  int64_t n = TRY(index_to_int64(nv));
  if (n < 1) return raise(exc::ValueError, "n must be at least one");
  Ref it = TRY(get_iter(iterable));
  Batched* b = new_object<Batched>(type);
  b->it = std::move(it);
  b->n = n;
  if (strict) b->strict = TRY(truthy(strict));
  return Ref::steal(Value(b));
}

Result<Ref> batched_next(Value v) {
  Batched* b = as<Batched>(v);
  if (!b->it) return Ref();
  std::vector<Ref> items;
  while (int64_t(items.size()) < b->n) {
    Ref x = TRY(iter_next(b->it));
    if (!x) break;
    items.push_back(std::move(x));
  }
  if (int64_t(items.size()) < b->n) {
    b->it.reset();
    if (items.empty()) return Ref();
    if (b->strict) return raise(exc::ValueError, "batched(): incomplete batch");
  }
  Ref t = make_tuple(items.size());
  for (size_t i = 0; i < items.size(); ++i) tuple_init_item(t.as<Tuple>(), i, std::move(items[i]));
  return t;
}

// ---- type set-up ----
template <class T>
void setup(TypeObject& t, const char* name, Result<Ref> (*next)(Value), Result<Ref> (*new_)(TypeObject*, CallArgs),
           const char* doc, bool base = true) {
  t.name = name;
  t.flags = base ? uint32_t(kTypeBaseType) : 0u;
  t.basic_size = sizeof(T);
  t.dealloc = dealloc_of<T>;
  t.iter = self_iter;
  t.iternext = next;
  t.new_ = new_;
  t.doc = doc;
}

void ready_types() {
  setup<Count>(CountType, "itertools.count", count_next, count_new,
               "Return a count object whose .__next__() method returns consecutive values.");
  CountType.repr = count_repr;
  setup<Cycle>(CycleType, "itertools.cycle", cycle_next, cycle_new,
               "Return elements from the iterable until it is exhausted. Then repeat the sequence indefinitely.");
  setup<Repeat>(RepeatType, "itertools.repeat", repeat_next, repeat_new,
                "repeat(object [,times]) -> create an iterator which returns the object\nfor the specified "
                "number of times.  If not specified, returns the object\nendlessly.");
  RepeatType.repr = repeat_repr;
  RepeatType.methods = kRepeatMethods;
  setup<Accumulate>(AccumulateType, "itertools.accumulate", accumulate_next, accumulate_new,
                    "Return series of accumulated sums (or other binary function results).");
  setup<Chain>(ChainType, "itertools.chain", chain_next, chain_new,
               "Return a chain object whose .__next__() method returns elements from the\nfirst iterable "
               "until it is exhausted, then elements from the next\niterable, until all of the iterables are "
               "exhausted.");
  ChainType.methods = kChainMethods;
  setup<Compress>(CompressType, "itertools.compress", compress_next, compress_new,
                  "Return data elements corresponding to true selector elements.");
  setup<PredIter>(DropWhileType, "itertools.dropwhile", dropwhile_next, dropwhile_new,
                  "Drop items from the iterable while predicate(item) is true.");
  setup<PredIter>(TakeWhileType, "itertools.takewhile", takewhile_next, takewhile_new,
                  "Return successive entries from an iterable as long as the predicate evaluates to true for each entry.");
  setup<PredIter>(FilterFalseType, "itertools.filterfalse", filterfalse_next, filterfalse_new,
                  "Return those items of iterable for which function(item) is false.");
  setup<GroupBy>(GroupByType, "itertools.groupby", groupby_next, groupby_new,
                 "make an iterator that returns consecutive keys and groups from the iterable");
  setup<Grouper>(GrouperType, "itertools._grouper", grouper_next, nullptr, nullptr, false);
  setup<ISlice>(ISliceType, "itertools.islice", islice_next, islice_new,
                "islice(iterable, stop) --> islice object\nislice(iterable, start, stop[, step]) --> islice object");
  setup<Pairwise>(PairwiseType, "itertools.pairwise", pairwise_next, pairwise_new,
                  "Return an iterator of overlapping pairs taken from the input iterator.");
  setup<StarMap>(StarMapType, "itertools.starmap", starmap_next, starmap_new,
                 "Return an iterator whose values are returned from the function evaluated with an argument tuple taken from the given sequence.");
  setup<Tee>(TeeType, "itertools._tee", tee_next, tee_type_new, "Iterator wrapped to make it copyable.", false);
  TeeType.methods = kTeeMethods;
  setup<ZipLongest>(ZipLongestType, "itertools.zip_longest", zip_longest_next, zip_longest_new,
                    "Return a zip_longest object whose .__next__() method returns a tuple where\nthe i-th "
                    "element comes from the i-th iterable argument.");
  setup<Product>(ProductType, "itertools.product", product_next, product_new,
                 "Cartesian product of input iterables.  Equivalent to nested for-loops.");
  setup<Permutations>(PermutationsType, "itertools.permutations", permutations_next, permutations_new,
                      "Return successive r-length permutations of elements in the iterable.");
  setup<Combinations>(CombinationsType, "itertools.combinations", combinations_next, combinations_new,
                      "Return successive r-length combinations of elements in the iterable.");
  setup<Combinations>(CwrType, "itertools.combinations_with_replacement", cwr_next, cwr_new,
                      "Return successive r-length combinations of elements in the iterable allowing individual "
                      "elements to have successive repeats.");
  setup<Batched>(BatchedType, "itertools.batched", batched_next, batched_new,
                 "Batch data into tuples of length n. The last batch may be shorter than n.");
  for (TypeObject* t : {&CountType, &CycleType, &RepeatType, &AccumulateType, &ChainType, &CompressType,
                        &DropWhileType, &TakeWhileType, &FilterFalseType, &GroupByType, &GrouperType, &ISliceType,
                        &PairwiseType, &StarMapType, &TeeType, &ZipLongestType, &ProductType, &PermutationsType,
                        &CombinationsType, &CwrType, &BatchedType})
    type_ready(t);
}

const MethodDef kItertoolsFunctions[] = {
    {"tee", it_tee, 0, "Returns a tuple of n independent iterators."},
    {nullptr, nullptr},
};

}  // namespace

Result<Ref> init_itertools_module() {
  static std::once_flag once;
  std::call_once(once, ready_types);
  Ref m = make_module("itertools");
  TRY(module_add_functions(m, kItertoolsFunctions));
  const std::pair<const char*, TypeObject*> types[] = {
      {"count", &CountType}, {"cycle", &CycleType}, {"repeat", &RepeatType},
      {"accumulate", &AccumulateType}, {"chain", &ChainType}, {"compress", &CompressType},
      {"dropwhile", &DropWhileType}, {"takewhile", &TakeWhileType}, {"filterfalse", &FilterFalseType},
      {"groupby", &GroupByType}, {"_grouper", &GrouperType}, {"islice", &ISliceType},
      {"pairwise", &PairwiseType}, {"starmap", &StarMapType}, {"_tee", &TeeType},
      {"zip_longest", &ZipLongestType}, {"product", &ProductType}, {"permutations", &PermutationsType},
      {"combinations", &CombinationsType}, {"combinations_with_replacement", &CwrType},
      {"batched", &BatchedType},
  };
  for (auto& [name, t] : types) TRY(module_add(m, name, Value(static_cast<Object*>(t))));
  return m;
}

}  // namespace weft
