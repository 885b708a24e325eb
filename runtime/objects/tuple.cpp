// tuple: an immutable array of references allocated with the object. The empty tuple is shared.
#include "objects/tuple.h"

#include <cstddef>
#include <string>
#include <vector>

#include "objects/abstract.h"
#include "objects/args.h"
#include "objects/exceptions.h"
#include "objects/int.h"
#include "objects/iterobject.h"
#include "objects/list.h"
#include "objects/slice.h"
#include "objects/str.h"
#include "objects/type.h"

namespace weft {

TypeObject TupleType;
TypeObject TupleIterType;

size_t CallArgs::nkw() const { return kwnames ? kwnames->size : 0; }

namespace {

#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Winvalid-offsetof"
constexpr size_t kItemsOffset = offsetof(Tuple, items);
#pragma GCC diagnostic pop

Tuple* alloc_tuple(TypeObject* type, size_t n) {
  size_t size = kItemsOffset + n * sizeof(Value);
  if (size < sizeof(Tuple)) size = sizeof(Tuple);
  if (type != &TupleType && type->basic_size > kItemsOffset) size += type->basic_size - kItemsOffset;
  Tuple* t = new_object_sized<Tuple>(type, size);
  t->size = n;
  for (size_t i = 0; i < n; ++i) t->items[i] = Value();
  return t;
}

Tuple* make_empty() {
  Tuple* t = alloc_tuple(&TupleType, 0);
  make_immortal(t);
  return t;
}

}  // namespace

Ref empty_tuple() {
  static Tuple* const empty = make_empty();  // thread-safe one-time initialisation
  return Ref::steal(Value(empty));           // immortal: no count needed
}

Ref make_tuple(size_t n) {
  if (n == 0) return empty_tuple();
  return Ref::steal(Value(alloc_tuple(&TupleType, n)));
}

Ref make_tuple(std::initializer_list<Value> items) {
  if (items.size() == 0) return empty_tuple();
  Tuple* t = alloc_tuple(&TupleType, items.size());
  size_t i = 0;
  for (Value v : items) {
    incref(v);
    t->items[i++] = v;
  }
  return Ref::steal(Value(t));
}

Ref tuple_from_array(const Value* items, size_t n) {
  if (n == 0) return empty_tuple();
  Tuple* t = alloc_tuple(&TupleType, n);
  for (size_t i = 0; i < n; ++i) {
    incref(items[i]);
    t->items[i] = items[i];
  }
  return Ref::steal(Value(t));
}

Result<Ref> tuple_from_iterable(Value iterable) {
  if (iterable.is_object() && iterable.type() == &TupleType) return Ref::borrow(iterable);
  if (is_list(iterable)) return list_as_tuple(as<List>(iterable));
  Ref l = TRY(list_from_iterable(iterable));
  return list_as_tuple(l.as<List>());
}

Result<int64_t> hash_items(const Value* items, size_t n) {
  // CPython's tuplehash (xxHash-based), so hash((1, 2)) matches.
  const uint64_t p1 = 11400714785074694791ULL, p2 = 14029467366897019727ULL, p5 = 2870177450012600261ULL;
  uint64_t acc = p5;
  for (size_t i = 0; i < n; ++i) {
    int64_t h = TRY(hash(items[i]));
    uint64_t lane = uint64_t(h);
    acc += lane * p2;
    acc = (acc << 31) | (acc >> 33);
    acc *= p1;
  }
  acc += uint64_t(n) ^ (p5 ^ 3527539ULL);
  if (acc == uint64_t(-1)) return int64_t(1546275796);
  return int64_t(acc);
}

namespace {

void tuple_dealloc(Object* o) {
  if (!trashcan_begin(o)) return;
  Tuple* t = static_cast<Tuple*>(o);
  for (size_t i = 0; i < t->size; ++i) xdecref(t->items[i]);
  delete_object(t);
  trashcan_end();
}

Result<Ref> tuple_repr(Value v) {
  Tuple* t = as<Tuple>(v);
  if (t->size == 0) return make_str("()");
  if (repr_enter(t)) return make_str("(...)");
  NativeRecursionGuard guard(" while getting the repr of an object");
  if (!guard.ok()) {
    repr_leave(t);
    return kError;
  }
  std::string out = "(";
  for (size_t i = 0; i < t->size; ++i) {
    if (i) out += ", ";
    Result<Ref> r = repr(t->items[i]);
    if (!r.ok()) {
      repr_leave(t);
      return kError;
    }
    out.append(str_view(*r));
  }
  if (t->size == 1) out += ',';
  out += ')';
  repr_leave(t);
  return make_str(out);
}

Result<int64_t> tuple_hash(Value v) {
  Tuple* t = as<Tuple>(v);
  NativeRecursionGuard guard(" in comparison");
  if (!guard.ok()) return kError;
  return hash_items(t->items, t->size);
}

Result<Ref> tuple_richcompare(Value a, Value b, CmpOp op) {
  if (!is_tuple(a) || !is_tuple(b)) return not_implemented();
  Tuple* v = as<Tuple>(a);
  Tuple* w = as<Tuple>(b);
  NativeRecursionGuard guard(" in comparison");
  if (!guard.ok()) return kError;
  size_t i = 0;
  for (; i < v->size && i < w->size; ++i) {
    bool eq = TRY(equals(v->items[i], w->items[i]));
    if (!eq) break;
  }
  if (i >= v->size || i >= w->size) {
    size_t x = v->size, y = w->size;
    bool r = false;
    switch (op) {
      case CmpOp::Lt: r = x < y; break;
      case CmpOp::Le: r = x <= y; break;
      case CmpOp::Eq: r = x == y; break;
      case CmpOp::Ne: r = x != y; break;
      case CmpOp::Gt: r = x > y; break;
      case CmpOp::Ge: r = x >= y; break;
    }
    return make_bool(r);
  }
  if (op == CmpOp::Eq) return make_bool(false);
  if (op == CmpOp::Ne) return make_bool(true);
  return compare(v->items[i], w->items[i], op);
}

Result<int64_t> tuple_len(Value v) { return int64_t(as<Tuple>(v)->size); }

Result<Ref> tuple_getitem(Value v, Value key) {
  Tuple* t = as<Tuple>(v);
  if (key.is_small_int() || is_index_like(key)) {
    int64_t i = TRY(seq_index_value(key));
    if (!seq_norm_index(&i, int64_t(t->size))) return raise(exc::IndexError, "tuple index out of range");
    return Ref::borrow(t->items[i]);
  }
  if (is_slice(key)) {
    SliceIndices si;
    TRY(slice_compute(key, int64_t(t->size), &si));
    if (si.step == 1 && si.start == 0 && si.length == int64_t(t->size) && v.type() == &TupleType) {
      return Ref::borrow(v);
    }
    if (si.length <= 0) return empty_tuple();
    Ref r = make_tuple(size_t(si.length));
    Tuple* out = r.as<Tuple>();
    for (int64_t k = 0, i = si.start; k < si.length; ++k, i += si.step) {
      incref(t->items[i]);
      out->items[k] = t->items[i];
    }
    return r;
  }
  return raise(exc::TypeError, std::string("tuple indices must be integers or slices, not ") + type_name(key));
}

Result<bool> tuple_contains(Value v, Value item) {
  Tuple* t = as<Tuple>(v);
  for (size_t i = 0; i < t->size; ++i) {
    bool eq = TRY(equals(t->items[i], item));
    if (eq) return true;
  }
  return false;
}

Result<Ref> tuple_add(Value a, Value b) {
  if (!is_tuple(a)) return not_implemented();
  if (!is_tuple(b)) {
    if (defers_to_reflected(b, "__radd__")) return not_implemented();
    return raise(exc::TypeError, std::string("can only concatenate tuple (not \"") + type_name(b) + "\") to tuple");
  }
  Tuple* x = as<Tuple>(a);
  Tuple* y = as<Tuple>(b);
  if (y->size == 0 && a.type() == &TupleType) return Ref::borrow(a);
  if (x->size == 0 && b.type() == &TupleType) return Ref::borrow(b);
  Ref r = make_tuple(x->size + y->size);
  Tuple* t = r.as<Tuple>();
  for (size_t i = 0; i < x->size; ++i) { incref(x->items[i]); t->items[i] = x->items[i]; }
  for (size_t i = 0; i < y->size; ++i) { incref(y->items[i]); t->items[x->size + i] = y->items[i]; }
  return r;
}

Result<Ref> tuple_mul(Value a, Value b) {
  Value s = is_tuple(a) ? a : b;
  Value n = is_tuple(a) ? b : a;
  if (!is_tuple(s)) return not_implemented();
  if (is_tuple(a) && defers_to_reflected(n, "__rmul__")) return not_implemented();
  if (!(n.is_small_int() || is_index_like(n))) {
    return raise(exc::TypeError, std::string("can't multiply sequence by non-int of type '") + type_name(n) + "'");
  }
  int64_t count = TRY(seq_repeat_count(n));
  Tuple* t = as<Tuple>(s);
  if (count <= 0 || t->size == 0) return empty_tuple();
  if (count == 1 && s.type() == &TupleType) return Ref::borrow(s);
  if (uint64_t(count) > (uint64_t(1) << 36) / t->size) return raise(exc::MemoryError);
  size_t total = t->size * size_t(count);
  Ref r = make_tuple(total);
  Tuple* out = r.as<Tuple>();
  for (size_t k = 0; k < total; ++k) {
    Value v = t->items[k % t->size];
    incref(v);
    out->items[k] = v;
  }
  return r;
}

// --- iterator ---
struct TupleIter : Object {
  Ref seq;  // null once exhausted
  size_t index = 0;
};

void tupleiter_dealloc(Object* o) { delete_object(static_cast<TupleIter*>(o)); }

Result<Ref> tuple_iter(Value v) {
  TupleIter* it = new_object<TupleIter>(&TupleIterType);
  it->seq = Ref::borrow(v);
  return Ref::steal(Value(it));
}

Result<Ref> self_iter(Value v) { return Ref::borrow(v); }

Result<Ref> tupleiter_next(Value v) {
  TupleIter* it = as<TupleIter>(v);
  if (!it->seq) return Ref();
  Tuple* t = it->seq.as<Tuple>();
  if (it->index < t->size) return Ref::borrow(t->items[it->index++]);
  it->seq.reset();
  return Ref();
}

Result<Ref> tupleiter_length_hint(Value self, CallArgs) {
  TupleIter* it = as<TupleIter>(self);
  if (!it->seq) return make_int(0);
  return make_int(int64_t(it->seq.as<Tuple>()->size - it->index));
}

const MethodDef kTupleIterMethods[] = {
    {"__length_hint__", tupleiter_length_hint},
    {nullptr},
};

// tuple(iterable=(), /)
Result<Ref> tuple_new(TypeObject* type, CallArgs args) {
  if (type == &TupleType) TRY(check_no_kwargs(args, "tuple"));
  if (args.nargs > 1) {
    return raise(exc::TypeError, "tuple expected at most 1 argument, got " + std::to_string(args.nargs));
  }
  Ref items = args.nargs ? TRY(tuple_from_iterable(args[0])) : empty_tuple();
  if (type == &TupleType) return items;
  Tuple* src = items.as<Tuple>();
  Tuple* t = alloc_tuple(type, src->size);
  for (size_t i = 0; i < src->size; ++i) {
    incref(src->items[i]);
    t->items[i] = src->items[i];
  }
  return Ref::steal(Value(t));
}

// --- methods ---
Result<Ref> tuple_index(Value self, CallArgs args) {
  TRY(check_no_kwargs(args, "index"));
  TRY(check_nargs(args, "index", 1, 3));
  Tuple* t = as<Tuple>(self);
  int64_t n = int64_t(t->size);
  int64_t start = 0, stop = n;
  if (args.nargs > 1) {
    Value s = args[1];
    if (!is_none(s)) start = TRY(index_to_int64(s));
  }
  if (args.nargs > 2) {
    Value s = args[2];
    if (!is_none(s)) stop = TRY(index_to_int64(s));
  }
  if (start < 0) { start += n; if (start < 0) start = 0; }
  if (stop < 0) { stop += n; if (stop < 0) stop = 0; }
  for (int64_t i = start; i < stop && i < n; ++i) {
    bool eq = TRY(equals(t->items[i], args[0]));
    if (eq) return make_int(i);
  }
  return raise(exc::ValueError, "tuple.index(x): x not in tuple");
}

Result<Ref> tuple_count(Value self, CallArgs args) {
  TRY(check_no_kwargs(args, "count"));
  if (args.nargs != 1) {
    return raise(exc::TypeError, "tuple.count() takes exactly one argument (" + std::to_string(args.nargs) + " given)");
  }
  Tuple* t = as<Tuple>(self);
  int64_t c = 0;
  for (size_t i = 0; i < t->size; ++i) {
    bool eq = TRY(equals(t->items[i], args[0]));
    if (eq) ++c;
  }
  return make_int(c);
}

Result<Ref> tuple_getnewargs(Value self, CallArgs) {
  Tuple* t = as<Tuple>(self);
  Ref copy = tuple_from_array(t->items, t->size);
  return make_tuple({copy.get()});
}

const MethodDef kTupleMethods[] = {
    {"index", tuple_index, 0, "Return first index of value.\n\nRaises ValueError if the value is not present."},
    {"count", tuple_count, 0, "Return number of occurrences of value."},
    {"__getnewargs__", tuple_getnewargs},
    {nullptr},
};

}  // namespace

void init_tuple_types(TypeList& out) {
  TupleType.name = "tuple";
  TupleType.flags = kTypeBaseType | kTypeTupleSubclass;
  TupleType.basic_size = kItemsOffset;
  TupleType.dealloc = tuple_dealloc;
  TupleType.repr = tuple_repr;
  TupleType.hash = tuple_hash;
  TupleType.richcompare = tuple_richcompare;
  TupleType.iter = tuple_iter;
  TupleType.binop[size_t(BinOp::Add)] = tuple_add;
  TupleType.binop[size_t(BinOp::Mul)] = tuple_mul;
  TupleType.len = tuple_len;
  TupleType.getitem = tuple_getitem;
  TupleType.contains = tuple_contains;
  TupleType.new_ = tuple_new;
  TupleType.methods = kTupleMethods;
  TupleType.doc =
      "Built-in immutable sequence.\n\nIf no argument is given, the constructor returns an empty tuple.\n"
      "If iterable is specified the tuple is initialized from iterable's items.\n\n"
      "If the argument is a tuple, the return value is the same object.";
  out.push_back(&TupleType);

  TupleIterType.name = "tuple_iterator";
  TupleIterType.basic_size = sizeof(TupleIter);
  TupleIterType.dealloc = tupleiter_dealloc;
  TupleIterType.iter = self_iter;
  TupleIterType.iternext = tupleiter_next;
  TupleIterType.methods = kTupleIterMethods;
  out.push_back(&TupleIterType);
}

}  // namespace weft
