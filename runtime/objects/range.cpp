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

Result<Ref> op(Value a, Value b, BinOp o) { return binary_op(a, b, o); }
Result<bool> lt(Value a, Value b) { return compare_bool(a, b, CmpOp::Lt); }

// len(range(start, stop, step)) with Python ints.
Result<Ref> big_length(Value start, Value stop, Value step) {
  Ref zero = make_int(0), one = make_int(1);
  bool pos = int_sign(step) > 0;
  Value lo = pos ? start : stop, hi = pos ? stop : start;
  bool nonempty = TRY(lt(lo, hi));
  if (!nonempty) return zero;
  Ref diff = TRY(op(hi, lo, BinOp::Sub));
  diff = TRY(op(diff, one, BinOp::Sub));
  Ref st = pos ? Ref::borrow(step) : TRY(unary_op(step, UnaryOp::Neg));
  Ref q = TRY(op(diff, st, BinOp::FloorDiv));
  return op(q, one, BinOp::Add);
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
  Ref bnext, bstep, bremaining;  // big ranges
};

Result<Ref> make_big_range(Value start, Value stop, Value step) {
  int64_t a, b, c;
  if (int_to_int64(start, &a) && int_to_int64(stop, &b) && int_to_int64(step, &c)) {
    __int128 lo = a, hi = b, st = c;
    __int128 len = st > 0 ? (lo < hi ? (hi - lo - 1) / st + 1 : 0) : (lo > hi ? (lo - hi - 1) / (-st) + 1 : 0);
    if (len <= INT64_MAX) return make_range(a, b, c);
  }
  Ref len = TRY(big_length(start, stop, step));
  Range* r = new_object<Range>(&RangeType);
  r->bstart = Ref::borrow(start);
  r->bstop = Ref::borrow(stop);
  r->bstep = Ref::borrow(step);
  r->blength = std::move(len);
  return Ref::steal(Value(r));
}

// The i-th item of a big range (i is a Python int).
Result<Ref> big_item(Range* r, Value i) {
  Ref off = TRY(op(i, r->bstep, BinOp::Mul));
  return op(r->bstart, off, BinOp::Add);
}

Ref r_start(Range* r) { return r->big() ? r->bstart : make_int(r->start); }
Ref r_stop(Range* r) { return r->big() ? r->bstop : make_int(r->stop); }
Ref r_step(Range* r) { return r->big() ? r->bstep : make_int(r->step); }
Ref r_len(Range* r) { return r->big() ? r->blength : make_int(r->length); }

void range_dealloc(Object* o) { delete_object(static_cast<Range*>(o)); }
void rangeiter_dealloc(Object* o) { delete_object(static_cast<RangeIter*>(o)); }

Result<Ref> range_arg(Value v) {
  if (is_int(v)) return Ref::borrow(v);
  if (v.is_object() && v.type()->index) return index(v);
  return raise(exc::TypeError, std::string("'") + type_name(v) + "' object cannot be interpreted as an integer");
}

Result<Ref> range_new(TypeObject*, CallArgs args) {
  TRY(check_no_kwargs(args, "range"));
  if (args.nargs < 1) return raise(exc::TypeError, "range expected at least 1 argument, got 0");
  if (args.nargs > 3) {
    return raise(exc::TypeError, "range expected at most 3 arguments, got " + std::to_string(args.nargs));
  }
  if (args.nargs == 1 && args[0].is_small_int()) return make_range(0, args[0].as_small_int(), 1);
  Ref start = make_int(0), stop, step = make_int(1);
  if (args.nargs == 1) {
    stop = TRY(range_arg(args[0]));
  } else {
    start = TRY(range_arg(args[0]));
    stop = TRY(range_arg(args[1]));
    if (args.nargs == 3) {
      step = TRY(range_arg(args[2]));
      if (int_sign(step) == 0) return raise(exc::ValueError, "range() arg 3 must not be zero");
    }
  }
  return make_big_range(start, stop, step);
}

Result<Ref> range_repr(Value v) {
  Range* r = as<Range>(v);
  if (r->big()) {
    std::string s = "range(" + int_to_string(r->bstart) + ", " + int_to_string(r->bstop);
    if (!(r->bstep.get().is_small_int() && r->bstep.get().as_small_int() == 1)) s += ", " + int_to_string(r->bstep);
    return make_str(s + ")");
  }
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
  if (x->big() || y->big()) {
    Ref lx = r_len(x), ly = r_len(y), sx = r_start(x), sy = r_start(y), tx = r_step(x), ty = r_step(y);
    Ref one = make_int(1), zero = make_int(0);
    bool same_len = TRY(equals(lx, ly));
    if (!same_len) eq = false;
    else if (TRY(equals(lx, zero))) eq = true;
    else if (!TRY(equals(sx, sy))) eq = false;
    else if (TRY(equals(lx, one))) eq = true;
    else eq = TRY(equals(tx, ty));
    return make_bool(op == CmpOp::Eq ? eq : !eq);
  }
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
  Ref len = r_len(r);
  Ref t;
  Ref zero = make_int(0), one = make_int(1);
  if (TRY(equals(len, zero))) {
    t = make_tuple({len.get(), None(), None()});
  } else if (TRY(equals(len, one))) {
    Ref s = r_start(r);
    t = make_tuple({len.get(), s.get(), None()});
  } else {
    Ref s = r_start(r), st = r_step(r);
    t = make_tuple({len.get(), s.get(), st.get()});
  }
  return hash(t);
}

Result<int64_t> range_len(Value v) {
  Range* r = as<Range>(v);
  if (!r->big()) return r->length;
  int64_t n;
  if (!int_to_int64(r->blength, &n)) return raise(exc::OverflowError, "Python int too large to convert to C ssize_t");
  return n;
}

Result<bool> big_contains_int(Range* r, Value x) {
  // start <= x < stop (or stop < x <= start) and (x - start) % step == 0
  bool pos = int_sign(r->bstep) > 0;
  if (pos) {
    if (TRY(lt(x, r->bstart)) || !TRY(lt(x, r->bstop))) return false;
  } else {
    if (TRY(lt(r->bstart, x)) || !TRY(lt(r->bstop, x))) return false;
  }
  Ref d = TRY(op(x, r->bstart, BinOp::Sub));
  Ref m = TRY(op(d, r->bstep, BinOp::Mod));
  return int_sign(m) == 0;
}

Result<Ref> range_getitem(Value v, Value key) {
  Range* r = as<Range>(v);
  if (r->big()) {
    if (key.is_small_int() || is_index_like(key)) {
      Ref i = is_int(key) ? Ref::borrow(key) : TRY(index(key));
      if (int_sign(i) < 0) i = TRY(op(i, r->blength, BinOp::Add));
      bool in = int_sign(i) >= 0 && TRY(lt(i, r->blength));
      if (!in) return raise(exc::IndexError, "range object index out of range");
      return big_item(r, i);
    }
    if (is_slice(key)) {
      int64_t n = TRY(range_len(v));
      SliceIndices si;
      TRY(slice_compute(key, n, &si));
      Ref a = make_int(si.start), b = make_int(si.stop), c = make_int(si.step);
      Ref start = TRY(big_item(r, a));
      Ref stop = TRY(big_item(r, b));
      Ref step = TRY(op(r->bstep, c, BinOp::Mul));
      return make_big_range(start, stop, step);
    }
    return raise(exc::TypeError, std::string("range indices must be integers or slices, not ") + type_name(key));
  }
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
  if (r->big()) {
    if (is_int(item)) return big_contains_int(r, item);
    Ref it = TRY(get_iter(v));
    for (;;) {
      Ref e = TRY(iter_next(it));
      if (!e) return false;
      if (TRY(equals(e, item))) return true;
    }
  }
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

Ref new_big_rangeiter(Value next, Value step, Value remaining) {
  RangeIter* it = new_object<RangeIter>(&RangeIterType);
  it->bnext = Ref::borrow(next);
  it->bstep = Ref::borrow(step);
  it->bremaining = Ref::borrow(remaining);
  return Ref::steal(Value(it));
}

Result<Ref> range_iter(Value v) {
  Range* r = as<Range>(v);
  if (r->big()) return new_big_rangeiter(r->bstart, r->bstep, r->blength);
  return new_rangeiter(r->start, r->step, r->length);
}

Result<Ref> self_iter(Value v) { return Ref::borrow(v); }

Result<Ref> rangeiter_next(Value v) {
  RangeIter* it = as<RangeIter>(v);
  if (it->bnext) {
    if (int_sign(it->bremaining) <= 0) return Ref();
    Ref x = it->bnext;
    Ref one = make_int(1);
    it->bnext = TRY(op(it->bnext, it->bstep, BinOp::Add));
    it->bremaining = TRY(op(it->bremaining, one, BinOp::Sub));
    return x;
  }
  if (it->remaining <= 0) return Ref();
  int64_t x = it->next;
  it->next += it->step;
  --it->remaining;
  return make_int(x);
}

Result<Ref> rangeiter_length_hint(Value self, CallArgs) {
  RangeIter* it = as<RangeIter>(self);
  if (it->bnext) return it->bremaining;
  return make_int(it->remaining);
}

const MethodDef kRangeIterMethods[] = {
    {"__length_hint__", rangeiter_length_hint},
    {nullptr},
};

Result<Ref> range_reversed(Value self, CallArgs) {
  Range* r = as<Range>(self);
  if (r->big()) {
    Ref one = make_int(1);
    Ref last_i = TRY(op(r->blength, one, BinOp::Sub));
    Ref last = TRY(big_item(r, last_i));
    Ref neg = TRY(unary_op(r->bstep, UnaryOp::Neg));
    return new_big_rangeiter(last, neg, r->blength);
  }
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
  if (r->big() && is_int(item)) return make_int(TRY(big_contains_int(r, item)) ? 1 : 0);
  if (r->big()) return make_int(TRY(range_contains(self, item)) ? 1 : 0);
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
  if (r->big()) {
    if (is_int(item) && TRY(big_contains_int(r, item))) {
      Ref d = TRY(op(item, r->bstart, BinOp::Sub));
      return op(d, r->bstep, BinOp::FloorDiv);
    }
    if (!is_int(item)) {
      Ref it = TRY(get_iter(self));
      for (int64_t i = 0;; ++i) {
        Ref e = TRY(iter_next(it));
        if (!e) break;
        if (TRY(equals(e, item))) return make_int(i);
      }
    }
    std::string rep = TRY(repr_utf8(item));
    return raise(exc::ValueError, rep + " is not in range");
  }
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
  Ref a = r_start(r), b = r_stop(r), c = r_step(r);
  Ref args = make_tuple({a.get(), b.get(), c.get()});
  return make_tuple({Value(&RangeType), args.get()});
}

Result<Ref> get_start(Value v) { return r_start(as<Range>(v)); }
Result<Ref> get_stop(Value v) { return r_stop(as<Range>(v)); }
Result<Ref> get_step(Value v) { return r_step(as<Range>(v)); }

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
