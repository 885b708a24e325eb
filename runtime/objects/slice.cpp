// slice objects and the index arithmetic shared by the sequence types.
#include "objects/slice.h"

#include <string>

#include "objects/abstract.h"
#include "objects/args.h"
#include "objects/exceptions.h"
#include "objects/int.h"
#include "objects/iterobject.h"
#include "objects/str.h"
#include "objects/tuple.h"

namespace weft {

TypeObject SliceType;

Ref make_slice(Value start, Value stop, Value step) {
  Slice* s = new_object<Slice>(&SliceType);
  s->start = Ref::borrow(start ? start : None());
  s->stop = Ref::borrow(stop ? stop : None());
  s->step = Ref::borrow(step ? step : None());
  return Ref::steal(Value(s));
}

bool is_index_like(Value key) {
  return key.is_small_int() || is_int(key) || (key.is_object() && key.type()->index != nullptr);
}

bool defers_to_reflected(Value other, const char* reflected) {
  if (!other.is_object() || !(other.type()->flags & kTypeHeapType)) return false;
  return bool(type_lookup(other.type(), intern(reflected)));
}

namespace {

ErrorMarker cannot_fit(TypeObject* exc_type) {
  return raise(exc_type, "cannot fit 'int' into an index-sized integer");
}

// An index-like value as int64; out-of-range values are clamped (slice semantics).
Result<int64_t> clamp_index(Value v) {
  if (v.is_small_int()) return v.as_small_int();
  Ref i;
  if (!is_int(v)) {
    if (!(v.is_object() && v.type()->index)) {
      return raise(exc::TypeError, "slice indices must be integers or None or have an __index__ method");
    }
    i = TRY(index(v));
    v = i;
  }
  int64_t x;
  if (int_to_int64(v, &x)) return x;
  return int_sign(v) < 0 ? INT64_MIN : INT64_MAX;
}

}  // namespace

Result<int64_t> seq_index_value(Value key) {
  if (key.is_small_int()) return key.as_small_int();
  Ref i;
  if (!is_int(key)) {
    i = TRY(index(key));
    key = i;
  }
  int64_t x;
  if (int_to_int64(key, &x)) return x;
  return cannot_fit(&exc::IndexError);
}

Result<int64_t> seq_repeat_count(Value n) {
  if (n.is_small_int()) return n.as_small_int();
  Ref i;
  if (!is_int(n)) {
    i = TRY(index(n));
    n = i;
  }
  int64_t x;
  if (int_to_int64(n, &x)) return x;
  return cannot_fit(&exc::OverflowError);
}

Status slice_compute(Value slice, int64_t length, SliceIndices* out) {
  Slice* s = as<Slice>(slice);
  int64_t step = 1;
  if (!is_none(s->step)) {
    step = TRY(clamp_index(s->step));
    if (step == 0) return raise(exc::ValueError, "slice step cannot be zero");
    if (step < -INT64_MAX) step = -INT64_MAX;
  }
  int64_t start, stop;
  if (is_none(s->start)) start = step < 0 ? INT64_MAX : 0;
  else start = TRY(clamp_index(s->start));
  if (is_none(s->stop)) stop = step < 0 ? INT64_MIN : INT64_MAX;
  else stop = TRY(clamp_index(s->stop));

  if (start < 0) {
    start = start < INT64_MIN + length ? -1 : start + length;
    if (start < 0) start = step < 0 ? -1 : 0;
  } else if (start >= length) {
    start = step < 0 ? length - 1 : length;
  }
  if (stop < 0) {
    stop = stop < INT64_MIN + length ? -1 : stop + length;
    if (stop < 0) stop = step < 0 ? -1 : 0;
  } else if (stop >= length) {
    stop = step < 0 ? length - 1 : length;
  }
  int64_t len = 0;
  if (step < 0) {
    if (stop < start) len = (start - stop - 1) / (-step) + 1;
  } else {
    if (start < stop) len = (stop - start - 1) / step + 1;
  }
  out->start = start;
  out->stop = stop;
  out->step = step;
  out->length = len;
  return ok();
}

namespace {

void slice_dealloc(Object* o) { delete_object(static_cast<Slice*>(o)); }

Result<Ref> slice_repr(Value v) {
  Slice* s = as<Slice>(v);
  std::string a = TRY(repr_utf8(s->start));
  std::string b = TRY(repr_utf8(s->stop));
  std::string c = TRY(repr_utf8(s->step));
  return make_str("slice(" + a + ", " + b + ", " + c + ")");
}

Ref as_tuple(Value v) {
  Slice* s = as<Slice>(v);
  return make_tuple({s->start.get(), s->stop.get(), s->step.get()});
}

Result<Ref> slice_richcompare(Value a, Value b, CmpOp op) {
  if (!is_slice(a) || !is_slice(b)) return not_implemented();
  if (a.is(b) && (op == CmpOp::Eq || op == CmpOp::Ne)) return make_bool(op == CmpOp::Eq);
  Ref x = as_tuple(a), y = as_tuple(b);
  return compare(x, y, op);
}

Result<int64_t> slice_hash(Value v) {
  Ref t = as_tuple(v);
  return hash(t);
}

Result<Ref> slice_new(TypeObject*, CallArgs args) {
  TRY(check_no_kwargs(args, "slice"));
  if (args.nargs < 1) return raise(exc::TypeError, "slice expected at least 1 argument, got 0");
  if (args.nargs > 3) {
    return raise(exc::TypeError, "slice expected at most 3 arguments, got " + std::to_string(args.nargs));
  }
  if (args.nargs == 1) return make_slice(None(), args[0], None());
  return make_slice(args[0], args[1], args.nargs > 2 ? args[2] : None());
}

Result<Ref> get_start(Value v) { return as<Slice>(v)->start; }
Result<Ref> get_stop(Value v) { return as<Slice>(v)->stop; }
Result<Ref> get_step(Value v) { return as<Slice>(v)->step; }

const GetSetDef kSliceGetSets[] = {
    {"start", get_start},
    {"stop", get_stop},
    {"step", get_step},
    {nullptr},
};

Result<Ref> slice_indices(Value self, CallArgs args) {
  TRY(check_no_kwargs(args, "indices"));
  if (args.nargs != 1) {
    return raise(exc::TypeError, "slice.indices() takes exactly one argument (" + std::to_string(args.nargs) +
                                     " given)");
  }
  int64_t len = TRY(index_to_int64(args[0]));
  if (len < 0) return raise(exc::ValueError, "length should not be negative");
  SliceIndices si;
  TRY(slice_compute(self, len, &si));
  Ref a = make_int(si.start), b = make_int(si.stop), c = make_int(si.step);
  return make_tuple({a.get(), b.get(), c.get()});
}

Result<Ref> slice_reduce(Value self, CallArgs) {
  Slice* s = as<Slice>(self);
  Ref args = make_tuple({s->start.get(), s->stop.get(), s->step.get()});
  return make_tuple({Value(&SliceType), args.get()});
}

const MethodDef kSliceMethods[] = {
    {"indices", slice_indices, 0,
     "S.indices(len) -> (start, stop, stride)\n\nAssuming a sequence of length len, calculate the start and "
     "stop\nindices, and the stride length of the extended slice described by\nS. Out of bounds indices are "
     "clipped in a manner consistent with the\nhandling of normal slices."},
    {"__reduce__", slice_reduce, 0, "Return state information for pickling."},
    {nullptr},
};

}  // namespace

void init_slice_types(TypeList& out) {
  SliceType.name = "slice";
  SliceType.basic_size = sizeof(Slice);
  SliceType.dealloc = slice_dealloc;
  SliceType.repr = slice_repr;
  SliceType.richcompare = slice_richcompare;
  SliceType.hash = slice_hash;
  SliceType.new_ = slice_new;
  SliceType.methods = kSliceMethods;
  SliceType.getsets = kSliceGetSets;
  SliceType.doc =
      "slice(stop)\nslice(start, stop[, step])\n\nCreate a slice object.  This is used for extended slicing "
      "(e.g. a[0:10:2]).";
  out.push_back(&SliceType);
}

}  // namespace weft
