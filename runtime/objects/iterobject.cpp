// The generic iterators (sequence iterator, callable iterator) and the builtin iterator types
// enumerate, zip, map, filter and reversed. Also init_sequence_types, the seq area's phase-1 entry.
#include "objects/iterobject.h"

#include <string>
#include <vector>

#include "objects/abstract.h"
#include "objects/args.h"
#include "objects/dict.h"
#include "objects/exceptions.h"
#include "objects/int.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"

namespace weft {

TypeObject SeqIterType;
TypeObject CallableIterType;
TypeObject EnumerateType;
TypeObject ZipType;
TypeObject MapType;
TypeObject FilterType;
TypeObject ReversedType;

namespace {

Result<Ref> self_iter(Value v) { return Ref::borrow(v); }

// True (and the error cleared) if the pending error ends an iteration by index.
bool clear_if_end_of_sequence() {
  if (error_matches(&exc::IndexError) || error_matches(&exc::StopIteration)) {
    clear_error();
    return true;
  }
  return false;
}

// --- sequence iterator ---
struct SeqIter : Object {
  Ref seq;  // null once exhausted
  int64_t index = 0;
};

void seqiter_dealloc(Object* o) { delete_object(static_cast<SeqIter*>(o)); }

Result<Ref> seqiter_next(Value v) {
  SeqIter* it = as<SeqIter>(v);
  if (!it->seq) return Ref();
  Ref idx = make_int(it->index);
  Result<Ref> r = getitem(it->seq, idx);
  if (!r.ok()) {
    if (clear_if_end_of_sequence()) {
      it->seq.reset();
      return Ref();
    }
    return kError;
  }
  ++it->index;
  return r;
}

Result<Ref> seqiter_length_hint(Value self, CallArgs) {
  SeqIter* it = as<SeqIter>(self);
  if (!it->seq) return make_int(0);
  Result<int64_t> n = length(it->seq);
  if (!n.ok()) {
    clear_error();
    return not_implemented();
  }
  return make_int(*n > it->index ? *n - it->index : 0);
}

const MethodDef kSeqIterMethods[] = {
    {"__length_hint__", seqiter_length_hint},
    {nullptr},
};

// --- callable iterator: iter(callable, sentinel) ---
struct CallableIter : Object {
  Ref callable;  // null once exhausted
  Ref sentinel;
};

void calliter_dealloc(Object* o) { delete_object(static_cast<CallableIter*>(o)); }

Result<Ref> calliter_next(Value v) {
  CallableIter* it = as<CallableIter>(v);
  if (!it->callable) return Ref();
  Result<Ref> r = call(it->callable, std::initializer_list<Value>{});
  if (!r.ok()) {
    if (error_matches(&exc::StopIteration)) {
      clear_error();
      it->callable.reset();
      it->sentinel.reset();
      return Ref();
    }
    return kError;
  }
  Ref x = r.take();
  bool eq = TRY(equals(x, it->sentinel));
  if (eq) {
    it->callable.reset();
    it->sentinel.reset();
    return Ref();
  }
  return x;
}

// --- enumerate ---
struct Enumerate : Object {
  Ref it;
  int64_t index = 0;
  Ref big_index;  // used once the count leaves the small range (or started as a big int)
};

void enumerate_dealloc(Object* o) { delete_object(static_cast<Enumerate*>(o)); }

Result<Ref> enumerate_new(TypeObject* type, CallArgs args) {
  Value iterable, start;
  TRY(parse_args(args, "enumerate", {"iterable", "start"}, 0, {&iterable, &start}));
  if (!iterable) return raise(exc::TypeError, "enumerate() missing required argument 'iterable'");
  Ref it = TRY(get_iter(iterable));
  Enumerate* e = new_object<Enumerate>(type);
  Ref result = Ref::steal(Value(e));
  e->it = std::move(it);
  if (start) {
    Ref s;
    if (!is_int(start)) {
      if (!(start.is_object() && start.type()->index)) {
        return raise(exc::TypeError, std::string("'") + type_name(start) + "' object cannot be interpreted as an integer");
      }
      s = TRY(index(start));
    } else {
      s = Ref::borrow(start);
    }
    int64_t x;
    if (int_to_int64(s, &x) && x < kSmallIntMax) e->index = x;
    else e->big_index = s;
  }
  return result;
}

Result<Ref> enumerate_next(Value v) {
  Enumerate* e = as<Enumerate>(v);
  Ref item = TRY(iter_next(e->it));
  if (!item) return Ref();
  Ref idx;
  if (!e->big_index) {
    idx = make_int(e->index);
    if (++e->index >= kSmallIntMax) e->big_index = make_int(e->index);
  } else {
    idx = e->big_index;
    Ref one = make_int(1);
    e->big_index = TRY(binary_op(e->big_index, one, BinOp::Add));
  }
  return make_tuple({idx.get(), item.get()});
}

// --- zip ---
struct Zip : Object {
  std::vector<Ref> iters;
  bool strict = false;
  bool done = false;
};

void zip_dealloc(Object* o) { delete_object(static_cast<Zip*>(o)); }

Result<Ref> zip_new(TypeObject* type, CallArgs args) {
  bool strict = false;
  for (size_t k = 0; k < args.nkw(); ++k) {
    Value name = tuple_item(Value(args.kwnames), k);
    if (str_view(name) != "strict") {
      return raise(exc::TypeError, "zip() got an unexpected keyword argument '" + std::string(str_view(name)) + "'");
    }
    strict = TRY(truthy(args.kwvalue(k)));
  }
  std::vector<Ref> iters;
  iters.reserve(args.nargs);
  for (size_t i = 0; i < args.nargs; ++i) {
    Result<Ref> it = get_iter(args[i]);
    if (!it.ok()) return kError;
    iters.push_back(it.take());
  }
  Zip* z = new_object<Zip>(type);
  z->iters = std::move(iters);
  z->strict = strict;
  return Ref::steal(Value(z));
}

std::string zip_args_text(size_t i) {
  // "argument 1" or "arguments 1-3"
  return i == 1 ? "argument 1" : "arguments 1-" + std::to_string(i);
}

Result<Ref> zip_next(Value v) {
  Zip* z = as<Zip>(v);
  size_t n = z->iters.size();
  if (n == 0 || z->done) return Ref();
  Ref result = make_tuple(n);
  Tuple* t = result.as<Tuple>();
  for (size_t i = 0; i < n; ++i) {
    Ref item = TRY(iter_next(z->iters[i]));
    if (!item) {
      z->done = true;
      for (size_t k = i; k < n; ++k) tuple_init_item(t, k, none());  // keep the tuple valid
      if (!z->strict) return Ref();
      if (i) {
        return raise(exc::ValueError, "zip() argument " + std::to_string(i + 1) + " is shorter than " +
                                          zip_args_text(i));
      }
      for (size_t k = 1; k < n; ++k) {
        Ref extra = TRY(iter_next(z->iters[k]));
        if (extra) {
          return raise(exc::ValueError, "zip() argument " + std::to_string(k + 1) + " is longer than " +
                                            zip_args_text(k));
        }
      }
      return Ref();
    }
    tuple_init_item(t, i, std::move(item));
  }
  return result;
}

// --- map ---
struct Map : Object {
  Ref func;
  std::vector<Ref> iters;
};

void map_dealloc(Object* o) { delete_object(static_cast<Map*>(o)); }

Result<Ref> map_new(TypeObject* type, CallArgs args) {
  if (type == &MapType) TRY(check_no_kwargs(args, "map"));
  if (args.nargs < 2) return raise(exc::TypeError, "map() must have at least two arguments.");
  std::vector<Ref> iters;
  for (size_t i = 1; i < args.nargs; ++i) {
    Ref it = TRY(get_iter(args[i]));
    iters.push_back(std::move(it));
  }
  Map* m = new_object<Map>(type);
  m->func = Ref::borrow(args[0]);
  m->iters = std::move(iters);
  return Ref::steal(Value(m));
}

Result<Ref> map_next(Value v) {
  Map* m = as<Map>(v);
  std::vector<Ref> items;
  items.reserve(m->iters.size());
  for (Ref& it : m->iters) {
    Ref x = TRY(iter_next(it));
    if (!x) return Ref();
    items.push_back(std::move(x));
  }
  std::vector<Value> argv(items.begin(), items.end());
  CallArgs ca;
  ca.args = argv.data();
  ca.nargs = argv.size();
  return call(m->func, ca);
}

// --- filter ---
struct Filter : Object {
  Ref func;  // None: truth of the item
  Ref it;
};

void filter_dealloc(Object* o) { delete_object(static_cast<Filter*>(o)); }

Result<Ref> filter_new(TypeObject* type, CallArgs args) {
  if (type == &FilterType) TRY(check_no_kwargs(args, "filter"));
  if (args.nargs != 2) {
    return raise(exc::TypeError, "filter expected 2 arguments, got " + std::to_string(args.nargs));
  }
  Ref it = TRY(get_iter(args[1]));
  Filter* f = new_object<Filter>(type);
  f->func = Ref::borrow(args[0]);
  f->it = std::move(it);
  return Ref::steal(Value(f));
}

Result<Ref> filter_next(Value v) {
  Filter* f = as<Filter>(v);
  for (;;) {
    Ref x = TRY(iter_next(f->it));
    if (!x) return Ref();
    bool keep;
    if (is_none(f->func) || f->func.get().is(Value(&BoolType))) {
      keep = TRY(truthy(x));
    } else {
      Ref r = TRY(call(f->func, {x.get()}));
      keep = TRY(truthy(r));
    }
    if (keep) return x;
  }
}

// --- reversed ---
struct Reversed : Object {
  Ref seq;  // null once exhausted
  int64_t index = -1;
};

void reversed_dealloc(Object* o) { delete_object(static_cast<Reversed*>(o)); }

Result<Ref> reversed_new(TypeObject* type, CallArgs args) {
  if (type == &ReversedType) TRY(check_no_kwargs(args, "reversed"));
  if (args.nargs != 1) {
    return raise(exc::TypeError, "reversed expected 1 argument, got " + std::to_string(args.nargs));
  }
  if (type == &ReversedType) return make_reversed(args[0]);
  Value seq = args[0];
  int64_t n = TRY(length(seq));
  Reversed* r = new_object<Reversed>(type);
  r->seq = Ref::borrow(seq);
  r->index = n - 1;
  return Ref::steal(Value(r));
}

Result<Ref> reversed_next(Value v) {
  Reversed* r = as<Reversed>(v);
  if (!r->seq || r->index < 0) {
    r->seq.reset();
    return Ref();
  }
  Ref idx = make_int(r->index);
  Result<Ref> x = getitem(r->seq, idx);
  if (!x.ok()) {
    if (clear_if_end_of_sequence()) {
      r->seq.reset();
      return Ref();
    }
    return kError;
  }
  --r->index;
  return x;
}

Result<Ref> reversed_length_hint(Value self, CallArgs) {
  Reversed* r = as<Reversed>(self);
  if (!r->seq) return make_int(0);
  return make_int(r->index + 1);
}

const MethodDef kReversedMethods[] = {
    {"__length_hint__", reversed_length_hint},
    {nullptr},
};

}  // namespace

Ref make_seq_iter(Value seq) {
  SeqIter* it = new_object<SeqIter>(&SeqIterType);
  it->seq = Ref::borrow(seq);
  return Ref::steal(Value(it));
}

Ref make_callable_iter(Value callable, Value sentinel) {
  CallableIter* it = new_object<CallableIter>(&CallableIterType);
  it->callable = Ref::borrow(callable);
  it->sentinel = Ref::borrow(sentinel);
  return Ref::steal(Value(it));
}

Result<Ref> make_reversed(Value seq) {
  Value method = type_lookup(seq.type(), ids::dunder_reversed);
  if (method) {
    if (is_none(method)) {
      return raise(exc::TypeError, std::string("'") + type_name(seq) + "' object is not reversible");
    }
    Ref r = TRY(call_special_opt(seq, ids::dunder_reversed, {}));
    if (r) return r;
  }
  TypeObject* t = seq.type();
  bool sequence = t->getitem && !(t->flags & kTypeDictSubclass) && t->len;
  if (!sequence) return raise(exc::TypeError, std::string("'") + type_name(seq) + "' object is not reversible");
  int64_t n = TRY(length(seq));
  Reversed* r = new_object<Reversed>(&ReversedType);
  r->seq = Ref::borrow(seq);
  r->index = n - 1;
  return Ref::steal(Value(r));
}

void init_sequence_types(TypeList& out) {
  init_str_types(out);
  init_bytes_types(out);
  init_tuple_types(out);
  init_list_types(out);
  init_range_types(out);
  init_slice_types(out);

  SeqIterType.name = "iterator";
  SeqIterType.basic_size = sizeof(SeqIter);
  SeqIterType.dealloc = seqiter_dealloc;
  SeqIterType.iter = self_iter;
  SeqIterType.iternext = seqiter_next;
  SeqIterType.methods = kSeqIterMethods;
  out.push_back(&SeqIterType);

  CallableIterType.name = "callable_iterator";
  CallableIterType.basic_size = sizeof(CallableIter);
  CallableIterType.dealloc = calliter_dealloc;
  CallableIterType.iter = self_iter;
  CallableIterType.iternext = calliter_next;
  out.push_back(&CallableIterType);

  EnumerateType.name = "enumerate";
  EnumerateType.flags = kTypeBaseType;
  EnumerateType.basic_size = sizeof(Enumerate);
  EnumerateType.dealloc = enumerate_dealloc;
  EnumerateType.iter = self_iter;
  EnumerateType.iternext = enumerate_next;
  EnumerateType.new_ = enumerate_new;
  EnumerateType.doc =
      "Return an enumerate object.\n\n  iterable\n    an object supporting iteration\n\nThe enumerate object "
      "yields pairs containing a count (from start, which\ndefaults to zero) and a value yielded by the "
      "iterable argument.";
  out.push_back(&EnumerateType);

  ZipType.name = "zip";
  ZipType.flags = kTypeBaseType;
  ZipType.basic_size = sizeof(Zip);
  ZipType.dealloc = zip_dealloc;
  ZipType.iter = self_iter;
  ZipType.iternext = zip_next;
  ZipType.new_ = zip_new;
  ZipType.doc =
      "zip(*iterables, strict=False)\n--\n\nThe zip object yields n-length tuples, where n is the number of "
      "iterables\npassed as positional arguments to zip().";
  out.push_back(&ZipType);

  MapType.name = "map";
  MapType.flags = kTypeBaseType;
  MapType.basic_size = sizeof(Map);
  MapType.dealloc = map_dealloc;
  MapType.iter = self_iter;
  MapType.iternext = map_next;
  MapType.new_ = map_new;
  MapType.doc =
      "map(function, iterable, /, *iterables)\n--\n\nMake an iterator that computes the function using "
      "arguments from\neach of the iterables.  Stops when the shortest iterable is exhausted.";
  out.push_back(&MapType);

  FilterType.name = "filter";
  FilterType.flags = kTypeBaseType;
  FilterType.basic_size = sizeof(Filter);
  FilterType.dealloc = filter_dealloc;
  FilterType.iter = self_iter;
  FilterType.iternext = filter_next;
  FilterType.new_ = filter_new;
  FilterType.doc =
      "filter(function, iterable, /)\n--\n\nReturn an iterator yielding those items of iterable for which "
      "function(item)\nis true. If function is None, return the items that are true.";
  out.push_back(&FilterType);

  ReversedType.name = "reversed";
  ReversedType.flags = kTypeBaseType;
  ReversedType.basic_size = sizeof(Reversed);
  ReversedType.dealloc = reversed_dealloc;
  ReversedType.iter = self_iter;
  ReversedType.iternext = reversed_next;
  ReversedType.new_ = reversed_new;
  ReversedType.methods = kReversedMethods;
  ReversedType.doc = "Return a reverse iterator over the values of the given sequence.";
  out.push_back(&ReversedType);
}

}  // namespace weft
