// range: start/stop/step/length as int64 (range() of values beyond int64 raises OverflowError).
#include "objects/range.h"

#include <string>

#include "objects/abstract.h"
#include "objects/args.h"
#include "objects/exceptions.h"
#include "objects/int.h"
#include "objects/iterobject.h"
#include "objects/slice.h"
#include "objects/str.h"
#include "objects/tuple.h"

namespace weft {

TypeObject RangeType;
TypeObject RangeIterType;

namespace {

int64_t compute_length(int64_t start, int64_t stop, int64_t step) {
  __int128 lo = start, hi = stop, st = step;
  if (st > 0) {
    if (lo >= hi) return 0;
    return int64_t((hi - lo - 1) / st + 1);
  }
  if (lo <= hi) return 0;
  return int64_t((lo - hi - 1) / (-st) + 1);
}

}  // namespace

Ref make_range(int64_t start, int64_t stop, int64_t step) {
  Range* r = new_object<Range>(&RangeType);
  r->start = start;
  r->stop = stop;
  r->step = step;
  r->length = compute_length(start, stop, step);
  return Ref::steal(Value(r));
}

namespace {

struct RangeIter : Object {
  int64_t next = 0, step = 1, remaining = 0;
};

void range_dealloc(Object* o) { delete_object(static_cast<Range*>(o)); }
void rangeiter_dealloc(Object* o) { delete_object(static_cast<RangeIter*>(o)); }

Result<int64_t> range_arg(Value v) {
  if (v.is_small_int()) return v.as_small_int();
  return index_to_int64(v);
}

Result<Ref> range_new(TypeObject*, CallArgs args) {
  TRY(check_no_kwargs(args, "range"));
  if (args.nargs < 1) return raise(exc::TypeError, "range expected at least 1 argument, got 0");
  if (args.nargs > 3) {
    return raise(exc::TypeError, "range expected at most 3 arguments, got " + std::to_string(args.nargs));
  }
  int64_t start = 0, stop, step = 1;
  if (args.nargs == 1) {
    stop = TRY(range_arg(args[0]));
  } else {
    start = TRY(range_arg(args[0]));
    stop = TRY(range_arg(args[1]));
    if (args.nargs == 3) {
      step = TRY(range_arg(args[2]));
      if (step == 0) return raise(exc::ValueError, "range() arg 3 must not be zero");
    }
  }
  return make_range(start, stop, step);
}

Result<Ref> range_repr(Value v) {
  Range* r = as<Range>(v);
  std::string s = "range(" + std::to_string(r->start) + ", " + std::to_string(r->stop);
  if (r->step != 1) s += ", " + std::to_string(r->step);
  s += ")";
  return make_str(s);
}

Result<Ref> range_richcompare(Value a, Value b, CmpOp op) {
  if (!is_range(a) || !is_range(b) || (op != CmpOp::Eq && op != CmpOp::Ne)) return not_implemented();
  Range* x = as<Range>(a);
  Range* y = as<Range>(b);
  bool eq;
  if (x == y) eq = true;
  else if (x->length != y->length) eq = false;
  else if (x->length == 0) eq = true;
  else if (x->start != y->start) eq = false;
  else if (x->length == 1) eq = true;
  else eq = x->step == y->step;
  return make_bool(op == CmpOp::Eq ? eq : !eq);
}

Result<int64_t> range_hash(Value v) {
  Range* r = as<Range>(v);
  Ref len = make_int(r->length);
  Ref t;
  if (r->length == 0) {
    t = make_tuple({len.get(), None(), None()});
  } else if (r->length == 1) {
    Ref s = make_int(r->start);
    t = make_tuple({len.get(), s.get(), None()});
  } else {
    Ref s = make_int(r->start), st = make_int(r->step);
    t = make_tuple({len.get(), s.get(), st.get()});
  }
  return hash(t);
}

Result<int64_t> range_len(Value v) { return as<Range>(v)->length; }

Result<Ref> range_getitem(Value v, Value key) {
  Range* r = as<Range>(v);
  if (key.is_small_int() || is_index_like(key)) {
    int64_t i = TRY(seq_index_value(key));
    if (!seq_norm_index(&i, r->length)) return raise(exc::IndexError, "range object index out of range");
    return make_int(range_item(r, i));
  }
  if (is_slice(key)) {
    SliceIndices si;
    TRY(slice_compute(key, r->length, &si));
    int64_t step = r->step * si.step;
    int64_t start = r->start + si.start * r->step;
    int64_t stop = r->start + si.stop * r->step;  // CPython's bounds, e.g. range(0, 10, 3)[1:] == range(3, 12, 3)
    return make_range(start, stop, step);
  }
  return raise(exc::TypeError, std::string("range indices must be integers or slices, not ") + type_name(key));
}

bool range_has(Range* r, int64_t x) {
  if (r->length == 0) return false;
  if (r->step > 0) {
    if (x < r->start || x >= r->stop) return false;
  } else {
    if (x > r->start || x <= r->stop) return false;
  }
  return ((__int128)x - r->start) % r->step == 0;
}

Result<bool> range_contains(Value v, Value item) {
  Range* r = as<Range>(v);
  if (item.is_small_int() || (is_int(item))) {
    int64_t x;
    if (!int_to_int64(item, &x)) return false;
    return range_has(r, x);
  }
  for (int64_t i = 0; i < r->length; ++i) {
    Ref e = make_int(range_item(r, i));
    bool eq = TRY(equals(e, item));
    if (eq) return true;
  }
  return false;
}

Ref new_rangeiter(int64_t next, int64_t step, int64_t remaining) {
  RangeIter* it = new_object<RangeIter>(&RangeIterType);
  it->next = next;
  it->step = step;
  it->remaining = remaining;
  return Ref::steal(Value(it));
}

Result<Ref> range_iter(Value v) {
  Range* r = as<Range>(v);
  return new_rangeiter(r->start, r->step, r->length);
}

Result<Ref> self_iter(Value v) { return Ref::borrow(v); }

Result<Ref> rangeiter_next(Value v) {
  RangeIter* it = as<RangeIter>(v);
  if (it->remaining <= 0) return Ref();
  int64_t x = it->next;
  it->next += it->step;
  --it->remaining;
  return make_int(x);
}

Result<Ref> rangeiter_length_hint(Value self, CallArgs) { return make_int(as<RangeIter>(self)->remaining); }

const MethodDef kRangeIterMethods[] = {
    {"__length_hint__", rangeiter_length_hint},
    {nullptr},
};

Result<Ref> range_reversed(Value self, CallArgs) {
  Range* r = as<Range>(self);
  if (r->length == 0) return new_rangeiter(r->start, -r->step, 0);
  return new_rangeiter(range_item(r, r->length - 1), -r->step, r->length);
}

Result<Ref> range_count(Value self, CallArgs args) {
  TRY(check_no_kwargs(args, "count"));
  if (args.nargs != 1) {
    return raise(exc::TypeError, "range.count() takes exactly one argument (" + std::to_string(args.nargs) + " given)");
  }
  Range* r = as<Range>(self);
  Value item = args[0];
  if (item.is_small_int() || is_int(item)) {
    int64_t x;
    return make_int(int_to_int64(item, &x) && range_has(r, x) ? 1 : 0);
  }
  int64_t c = 0;
  for (int64_t i = 0; i < r->length; ++i) {
    Ref e = make_int(range_item(r, i));
    bool eq = TRY(equals(e, item));
    if (eq) ++c;
  }
  return make_int(c);
}

Result<Ref> range_index(Value self, CallArgs args) {
  TRY(check_no_kwargs(args, "index"));
  if (args.nargs != 1) {
    return raise(exc::TypeError, "range.index() takes exactly one argument (" + std::to_string(args.nargs) + " given)");
  }
  Range* r = as<Range>(self);
  Value item = args[0];
  if (item.is_small_int() || is_int(item)) {
    int64_t x;
    if (int_to_int64(item, &x) && range_has(r, x)) return make_int(int64_t(((__int128)x - r->start) / r->step));
  } else {
    for (int64_t i = 0; i < r->length; ++i) {
      Ref e = make_int(range_item(r, i));
      bool eq = TRY(equals(e, item));
      if (eq) return make_int(i);
    }
  }
  std::string rep = TRY(repr_utf8(item));
  return raise(exc::ValueError, rep + " is not in range");
}

Result<Ref> range_reduce(Value self, CallArgs) {
  Range* r = as<Range>(self);
  Ref a = make_int(r->start), b = make_int(r->stop), c = make_int(r->step);
  Ref args = make_tuple({a.get(), b.get(), c.get()});
  return make_tuple({Value(&RangeType), args.get()});
}

Result<Ref> get_start(Value v) { return make_int(as<Range>(v)->start); }
Result<Ref> get_stop(Value v) { return make_int(as<Range>(v)->stop); }
Result<Ref> get_step(Value v) { return make_int(as<Range>(v)->step); }

const GetSetDef kRangeGetSets[] = {
    {"start", get_start},
    {"stop", get_stop},
    {"step", get_step},
    {nullptr},
};

const MethodDef kRangeMethods[] = {
    {"__reversed__", range_reversed, 0, "Return a reverse iterator."},
    {"count", range_count, 0, "rangeobject.count(value) -> integer -- return number of occurrences of value"},
    {"index", range_index, 0,
     "rangeobject.index(value) -> integer -- return index of value.\nRaise ValueError if the value is not present."},
    {"__reduce__", range_reduce},
    {nullptr},
};

}  // namespace

void init_range_types(TypeList& out) {
  RangeType.name = "range";
  RangeType.basic_size = sizeof(Range);
  RangeType.dealloc = range_dealloc;
  RangeType.repr = range_repr;
  RangeType.richcompare = range_richcompare;
  RangeType.hash = range_hash;
  RangeType.iter = range_iter;
  RangeType.len = range_len;
  RangeType.getitem = range_getitem;
  RangeType.contains = range_contains;
  RangeType.new_ = range_new;
  RangeType.methods = kRangeMethods;
  RangeType.getsets = kRangeGetSets;
  RangeType.doc =
      "range(stop) -> range object\nrange(start, stop[, step]) -> range object\n\nReturn an object that produces "
      "a sequence of integers from start (inclusive)\nto stop (exclusive) by step.";
  out.push_back(&RangeType);

  RangeIterType.name = "range_iterator";
  RangeIterType.basic_size = sizeof(RangeIter);
  RangeIterType.dealloc = rangeiter_dealloc;
  RangeIterType.iter = self_iter;
  RangeIterType.iternext = rangeiter_next;
  RangeIterType.methods = kRangeIterMethods;
  out.push_back(&RangeIterType);
}

}  // namespace weft
