// The _collections module: collections.deque (a ring buffer, atomic per operation: every mutation
// runs inside CriticalSection(deque)), its iterators, and _count_elements (Counter's fast path).
// No Python code runs while the section is held: items to drop are released after it ends, and
// comparisons run on references taken out under the lock.
#include <mutex>
#include <string>
#include <vector>

#include "modules.h"
#include "objects/abstract.h"
#include "objects/args.h"
#include "objects/dict.h"
#include "objects/exceptions.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/slice.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"

namespace weft {

namespace {

TypeObject DequeType, DequeIterType, DequeRevIterType;

struct Deque : Object {
  Value* buf = nullptr;  // ring buffer of owned references
  size_t cap = 0;        // power of two (or 0)
  size_t head = 0;
  size_t size = 0;
  int64_t maxlen = -1;   // -1: unbounded
  uint64_t state = 0;    // bumped by every mutation (iterators detect changes)

  Value& at(size_t i) { return buf[(head + i) & (cap - 1)]; }
};

bool is_deque(Value v) { return v.is_object() && is_instance_of(v, &DequeType); }

void grow(Deque* d) {
  size_t ncap = d->cap ? d->cap * 2 : 8;
  Value* nb = new Value[ncap];
  for (size_t i = 0; i < d->size; ++i) nb[i] = d->at(i);
  delete[] d->buf;
  d->buf = nb;
  d->cap = ncap;
  d->head = 0;
}

// The raw operations below expect the caller to hold the critical section; they return the
// references the caller must release after leaving it.
Value push_back(Deque* d, Value v) {  // v already owned
  if (d->maxlen == 0) return v;
  Value dropped;
  if (d->maxlen > 0 && int64_t(d->size) == d->maxlen) {
    dropped = d->at(0);
    d->head = (d->head + 1) & (d->cap - 1);
    --d->size;
  }
  if (d->size == d->cap) grow(d);
  d->at(d->size) = v;
  ++d->size;
  ++d->state;
  return dropped;
}

Value push_front(Deque* d, Value v) {
  if (d->maxlen == 0) return v;
  Value dropped;
  if (d->maxlen > 0 && int64_t(d->size) == d->maxlen) {
    dropped = d->at(d->size - 1);
    --d->size;
  }
  if (d->size == d->cap) grow(d);
  d->head = (d->head + d->cap - 1) & (d->cap - 1);
  d->at(0) = v;
  ++d->size;
  ++d->state;
  return dropped;
}

Value pop_back(Deque* d) {
  Value v = d->at(d->size - 1);
  --d->size;
  ++d->state;
  return v;
}

Value pop_front(Deque* d) {
  Value v = d->at(0);
  d->head = (d->head + 1) & (d->cap - 1);
  --d->size;
  ++d->state;
  return v;
}

// A new reference to item i, or null if i is out of range now.
Ref item_ref(Deque* d, size_t i) {
  CriticalSection cs(d);
  if (i >= d->size) return Ref();
  return Ref::borrow(d->at(i));
}

std::vector<Ref> snapshot(Deque* d) {
  CriticalSection cs(d);
  std::vector<Ref> out;
  out.reserve(d->size);
  for (size_t i = 0; i < d->size; ++i) out.push_back(Ref::borrow(d->at(i)));
  return out;
}

void clear_all(Deque* d) {
  std::vector<Ref> old;
  {
    CriticalSection cs(d);
    old.reserve(d->size);
    for (size_t i = 0; i < d->size; ++i) old.push_back(Ref::steal(d->at(i)));
    d->size = 0;
    d->head = 0;
    ++d->state;
  }
}

void deque_dealloc(Object* o) {
  Deque* d = static_cast<Deque*>(o);
  if (!trashcan_begin(o)) return;
  for (size_t i = 0; i < d->size; ++i) decref(d->at(i));
  delete[] d->buf;
  d->buf = nullptr;
  d->size = 0;
  delete_object(d);
  trashcan_end();
}

Result<Ref> deque_new(TypeObject* type, CallArgs) {
  Deque* d = new_object<Deque>(type);
  return Ref::steal(Value(d));
}

Status append_value(Deque* d, Value v) {
  Value dropped;
  {
    CriticalSection cs(d);
    incref(v);
    dropped = push_back(d, v);
  }
  decref(dropped);
  return ok();
}

Status extend_right(Deque* d, Value iterable) {
  if (iterable.is(Value(d))) {
    std::vector<Ref> items = snapshot(d);
    for (Ref& x : items) TRY(append_value(d, x));
    return ok();
  }
  Ref it = TRY(get_iter(iterable));
  for (;;) {
    Ref x = TRY(iter_next(it));
    if (!x) return ok();
    Value dropped;
    {
      CriticalSection cs(d);
      dropped = push_back(d, x.release());
    }
    decref(dropped);
  }
}

Status extend_left(Deque* d, Value iterable) {
  if (iterable.is(Value(d))) {
    std::vector<Ref> items = snapshot(d);
    for (Ref& x : items) {
      Value dropped;
      {
        CriticalSection cs(d);
        dropped = push_front(d, x.release());
      }
      decref(dropped);
    }
    return ok();
  }
  Ref it = TRY(get_iter(iterable));
  for (;;) {
    Ref x = TRY(iter_next(it));
    if (!x) return ok();
    Value dropped;
    {
      CriticalSection cs(d);
      dropped = push_front(d, x.release());
    }
    decref(dropped);
  }
}

Status deque_init(Value self, CallArgs args) {
  Value iterable, maxlen;
  TRY(parse_args(args, "deque", {"iterable", "maxlen"}, 0, {&iterable, &maxlen}));
  Deque* d = as<Deque>(self);
  int64_t ml = -1;
  if (maxlen && !is_none(maxlen)) {
    if (!is_int(maxlen) && !maxlen.type()->index) return raise(exc::TypeError, "an integer is required");
    ml = TRY(index_to_int64(maxlen));
    if (ml < 0) return raise(exc::ValueError, "maxlen must be non-negative");
  }
  d->maxlen = ml;
  if (d->size) clear_all(d);
  if (iterable) TRY(extend_right(d, iterable));
  return ok();
}

// ---- methods ----
Result<Ref> d_append(Value self, CallArgs args) {
  TRY(check_nargs(args, "append", 1, 1));
  TRY(append_value(as<Deque>(self), args[0]));
  return none();
}

Result<Ref> d_appendleft(Value self, CallArgs args) {
  TRY(check_nargs(args, "appendleft", 1, 1));
  Deque* d = as<Deque>(self);
  Value dropped;
  {
    CriticalSection cs(d);
    incref(args[0]);
    dropped = push_front(d, args[0]);
  }
  decref(dropped);
  return none();
}

Result<Ref> d_pop(Value self, CallArgs args) {
  TRY(check_nargs(args, "pop", 0, 0));
  Deque* d = as<Deque>(self);
  CriticalSection cs(d);
  if (d->size == 0) return raise(exc::IndexError, "pop from an empty deque");
  return Ref::steal(pop_back(d));
}

Result<Ref> d_popleft(Value self, CallArgs args) {
  TRY(check_nargs(args, "popleft", 0, 0));
  Deque* d = as<Deque>(self);
  CriticalSection cs(d);
  if (d->size == 0) return raise(exc::IndexError, "pop from an empty deque");
  return Ref::steal(pop_front(d));
}

Result<Ref> d_extend(Value self, CallArgs args) {
  TRY(check_nargs(args, "extend", 1, 1));
  TRY(extend_right(as<Deque>(self), args[0]));
  return none();
}

Result<Ref> d_extendleft(Value self, CallArgs args) {
  TRY(check_nargs(args, "extendleft", 1, 1));
  TRY(extend_left(as<Deque>(self), args[0]));
  return none();
}

Result<Ref> d_clear(Value self, CallArgs args) {
  TRY(check_nargs(args, "clear", 0, 0));
  clear_all(as<Deque>(self));
  return none();
}

Result<Ref> make_like(Value self, Value iterable) {
  Deque* d = as<Deque>(self);
  if (self.type() == &DequeType) {
    Deque* n = new_object<Deque>(&DequeType);
    Ref r = Ref::steal(Value(n));
    n->maxlen = d->maxlen;
    TRY(extend_right(n, iterable));
    return r;
  }
  if (d->maxlen < 0) return call(Value(self.type()), {iterable});
  Ref ml = make_int(d->maxlen);
  return call(Value(self.type()), {iterable, ml.get()});
}

Result<Ref> d_copy(Value self, CallArgs args) {
  TRY(check_nargs(args, "copy", 0, 0));
  return make_like(self, self);
}

Result<Ref> d_count(Value self, CallArgs args) {
  TRY(check_nargs(args, "count", 1, 1));
  Deque* d = as<Deque>(self);
  uint64_t state = d->state;
  int64_t n = 0;
  for (size_t i = 0;; ++i) {
    Ref x = item_ref(d, i);
    if (!x) break;
    if (TRY(equals(x, args[0]))) ++n;
    if (d->state != state) return raise(exc::RuntimeError, "deque mutated during iteration");
  }
  return make_int(n);
}

// Normalises a start/stop argument of index() against size n.
Result<int64_t> clamp_index(Value v, int64_t n) {
  int64_t i;
  if (!is_int(v) && !v.type()->index)
    return raise(exc::TypeError, "slice indices must be integers or have an __index__ method");
  Ref iv = TRY(index(v));
  if (!int_to_int64(iv, &i)) i = int_sign(iv) < 0 ? INT64_MIN / 2 : INT64_MAX / 2;
  if (i < 0) {
    i += n;
    if (i < 0) i = 0;
  }
  if (i > n) i = n;
  return i;
}

Result<Ref> d_index(Value self, CallArgs args) {
  TRY(check_nargs(args, "index", 1, 3));
  Deque* d = as<Deque>(self);
  int64_t n = int64_t(d->size);
  int64_t start = args.nargs > 1 ? TRY(clamp_index(args[1], n)) : 0;
  int64_t stop = args.nargs > 2 ? TRY(clamp_index(args[2], n)) : n;
  uint64_t state = d->state;
  for (int64_t i = start; i < stop; ++i) {
    Ref x = item_ref(d, size_t(i));
    if (!x) break;
    bool eq = TRY(equals(x, args[0]));
    if (d->state != state) return raise(exc::RuntimeError, "deque mutated during iteration");
    if (eq) return make_int(i);
  }
  std::string r = TRY(repr_utf8(args[0]));
  return raise(exc::ValueError, r + " is not in deque");
}

// Removes the item at position i (caller holds the section); returns it.
Value del_at(Deque* d, size_t i) {
  Value v = d->at(i);
  if (i < d->size / 2) {
    for (size_t k = i; k > 0; --k) d->at(k) = d->at(k - 1);
    d->head = (d->head + 1) & (d->cap - 1);
  } else {
    for (size_t k = i; k + 1 < d->size; ++k) d->at(k) = d->at(k + 1);
  }
  --d->size;
  ++d->state;
  return v;
}

Result<Ref> d_insert(Value self, CallArgs args) {
  TRY(check_nargs(args, "insert", 2, 2));
  Deque* d = as<Deque>(self);
  if (!is_int(args[0]) && !args[0].type()->index)
    return raise(exc::TypeError, std::string("'") + type_name(args[0]) + "' object cannot be interpreted as an integer");
  int64_t i = TRY(index_to_int64(args[0]));
  CriticalSection cs(d);
  int64_t n = int64_t(d->size);
  if (d->maxlen >= 0 && n >= d->maxlen) return raise(exc::IndexError, "deque already at its maximum size");
  if (i < 0) {
    i += n;
    if (i < 0) i = 0;
  }
  if (i > n) i = n;
  if (d->size == d->cap) grow(d);
  incref(args[1]);
  // Make room at position i by moving the tail right.
  ++d->size;
  for (size_t k = d->size - 1; k > size_t(i); --k) d->at(k) = d->at(k - 1);
  d->at(size_t(i)) = args[1];
  ++d->state;
  return none();
}

Result<Ref> d_remove(Value self, CallArgs args) {
  TRY(check_nargs(args, "remove", 1, 1));
  Deque* d = as<Deque>(self);
  uint64_t state = d->state;
  for (size_t i = 0;; ++i) {
    Ref x = item_ref(d, i);
    if (!x) break;
    bool eq = TRY(equals(x, args[0]));
    if (d->state != state) return raise(exc::IndexError, "deque mutated during iteration");
    if (eq) {
      Value old;
      {
        CriticalSection cs(d);
        if (i >= d->size || !d->at(i).is(x)) return raise(exc::IndexError, "deque mutated during iteration");
        old = del_at(d, i);
      }
      decref(old);
      return none();
    }
  }
  std::string r = TRY(repr_utf8(args[0]));
  return raise(exc::ValueError, r + " is not in deque");
}

Result<Ref> d_reverse(Value self, CallArgs args) {
  TRY(check_nargs(args, "reverse", 0, 0));
  Deque* d = as<Deque>(self);
  CriticalSection cs(d);
  for (size_t i = 0, j = d->size; i + 1 < j; ++i, --j) std::swap(d->at(i), d->at(j - 1));
  ++d->state;
  return none();
}

Result<Ref> d_rotate(Value self, CallArgs args) {
  TRY(check_nargs(args, "rotate", 0, 1));
  int64_t n = 1;
  if (args.nargs == 1) {
    if (!is_int(args[0]) && !args[0].type()->index)
      return raise(exc::TypeError, std::string("'") + type_name(args[0]) + "' object cannot be interpreted as an integer");
    n = TRY(index_to_int64(args[0]));
  }
  Deque* d = as<Deque>(self);
  CriticalSection cs(d);
  int64_t len = int64_t(d->size);
  if (len <= 1) return none();
  n %= len;
  if (n < 0) n += len;
  if (n == 0) return none();
  // Rotating right by n: the last n items move to the front.
  for (int64_t k = 0; k < n; ++k) {
    Value v = d->at(d->size - 1);
    d->head = (d->head + d->cap - 1) & (d->cap - 1);
    d->at(0) = v;
  }
  ++d->state;
  return none();
}

Result<Ref> d_reversed(Value self, CallArgs);
Result<Ref> d_reduce(Value self, CallArgs) {
  Deque* d = as<Deque>(self);
  Ref lst = make_list();
  for (Ref& x : snapshot(d)) TRY(list_append(lst.as<List>(), x));
  Ref args = d->maxlen < 0 ? make_tuple({lst.get()}) : make_tuple({lst.get(), make_int(d->maxlen).get()});
  Value dict = instance_dict(self, false);
  return make_tuple({Value(self.type()), args.get(), dict ? dict : None()});
}

Result<Ref> d_class_getitem(Value cls, CallArgs args) {
  TRY(check_nargs(args, "__class_getitem__", 1, 1));
  return make_generic_alias(cls, args[0]);
}

Result<Ref> d_sizeof(Value self, CallArgs) {
  return make_int(int64_t(sizeof(Deque) + as<Deque>(self)->cap * sizeof(Value)));
}

const MethodDef kDequeMethods[] = {
    {"append", d_append, 0, "Add an element to the right side of the deque."},
    {"appendleft", d_appendleft, 0, "Add an element to the left side of the deque."},
    {"clear", d_clear, 0, "Remove all elements from the deque."},
    {"copy", d_copy, 0, "Return a shallow copy of a deque."},
    {"__copy__", d_copy, 0, "Return a shallow copy of a deque."},
    {"count", d_count, 0, "Return number of occurrences of value."},
    {"extend", d_extend, 0, "Extend the right side of the deque with elements from the iterable."},
    {"extendleft", d_extendleft, 0, "Extend the left side of the deque with elements from the iterable."},
    {"index", d_index, 0, "Return first index of value."},
    {"insert", d_insert, 0, "Insert value before index."},
    {"pop", d_pop, 0, "Remove and return the rightmost element."},
    {"popleft", d_popleft, 0, "Remove and return the leftmost element."},
    {"remove", d_remove, 0, "Remove first occurrence of value."},
    {"reverse", d_reverse, 0, "Reverse *IN PLACE*."},
    {"rotate", d_rotate, 0, "Rotate the deque n steps to the right.  If n is negative, rotates left."},
    {"__reversed__", d_reversed, 0, "Return a reverse iterator over the deque."},
    {"__reduce__", d_reduce, 0, "Return state information for pickling."},
    {"__sizeof__", d_sizeof, 0, "Size of the deque in memory, in bytes."},
    {"__class_getitem__", d_class_getitem, MethodDef::kClassMethod, "See PEP 585"},
    {nullptr},
};

Result<Ref> d_maxlen(Value self) {
  Deque* d = as<Deque>(self);
  if (d->maxlen < 0) return none();
  return make_int(d->maxlen);
}

const GetSetDef kDequeGetSets[] = {
    {"maxlen", d_maxlen, nullptr, "maximum size of a deque or None if unbounded"},
    {nullptr},
};

// ---- slots ----
Result<int64_t> deque_len(Value self) { return int64_t(as<Deque>(self)->size); }

Result<int64_t> index_arg(Value key) {
  if (!is_int(key) && !key.type()->index)
    return raise(exc::TypeError, std::string("sequence index must be integer, not '") + type_name(key) + "'");
  Ref iv = TRY(index(key));
  int64_t i;
  if (!int_to_int64(iv, &i))
    return raise(exc::IndexError, std::string("cannot fit '") + type_name(key) + "' into an index-sized integer");
  return i;
}

Result<Ref> deque_getitem(Value self, Value key) {
  int64_t i = TRY(index_arg(key));
  Deque* d = as<Deque>(self);
  CriticalSection cs(d);
  int64_t n = int64_t(d->size);
  if (i < 0) i += n;
  if (i < 0 || i >= n) return raise(exc::IndexError, "deque index out of range");
  return Ref::borrow(d->at(size_t(i)));
}

Status deque_setitem(Value self, Value key, Value v) {
  int64_t i = TRY(index_arg(key));
  Deque* d = as<Deque>(self);
  Value old;
  {
    CriticalSection cs(d);
    int64_t n = int64_t(d->size);
    if (i < 0) i += n;
    if (i < 0 || i >= n) return raise(exc::IndexError, "deque index out of range");
    if (v) {
      incref(v);
      old = d->at(size_t(i));
      d->at(size_t(i)) = v;
    } else {
      old = del_at(d, size_t(i));
    }
  }
  decref(old);
  return ok();
}

Result<bool> deque_contains(Value self, Value item) {
  Deque* d = as<Deque>(self);
  uint64_t state = d->state;
  for (size_t i = 0;; ++i) {
    Ref x = item_ref(d, i);
    if (!x) return false;
    bool eq = TRY(equals(x, item));
    if (d->state != state) return raise(exc::RuntimeError, "deque mutated during iteration");
    if (eq) return true;
  }
}

Result<Ref> deque_repr(Value self) {
  Deque* d = as<Deque>(self);
  std::string name = self.type() == &DequeType ? "deque" : type_name(self);
  if (repr_enter(d)) return make_str("[...]");
  NativeRecursionGuard guard(" while getting the repr of an object");
  if (!guard.ok()) {
    repr_leave(d);
    return kError;
  }
  std::string out = name + "([";
  std::vector<Ref> items = snapshot(d);
  for (size_t i = 0; i < items.size(); ++i) {
    if (i) out += ", ";
    Result<std::string> r = repr_utf8(items[i]);
    if (!r.ok()) {
      repr_leave(d);
      return kError;
    }
    out += *r;
  }
  repr_leave(d);
  out += "]";
  if (d->maxlen >= 0) out += ", maxlen=" + std::to_string(d->maxlen);
  return make_str(out + ")");
}

Result<Ref> deque_richcompare(Value a, Value b, CmpOp op) {
  if (!is_deque(a) || !is_deque(b)) return not_implemented();
  std::vector<Ref> x = snapshot(as<Deque>(a)), y = snapshot(as<Deque>(b));
  if ((op == CmpOp::Eq || op == CmpOp::Ne) && x.size() != y.size()) return make_bool(op == CmpOp::Ne);
  size_t i = 0;
  for (; i < x.size() && i < y.size(); ++i) {
    if (!TRY(equals(x[i], y[i]))) break;
  }
  if (i >= x.size() || i >= y.size()) {
    int c = x.size() < y.size() ? -1 : (x.size() > y.size() ? 1 : 0);
    return make_bool(cmp_result(c, op));
  }
  if (op == CmpOp::Eq) return make_bool(false);
  if (op == CmpOp::Ne) return make_bool(true);
  return compare(x[i], y[i], op);
}

Result<Ref> deque_add(Value a, Value b) {
  if (!is_deque(a)) return not_implemented();
  if (!is_deque(b))
    return raise(exc::TypeError, std::string("can only concatenate deque (not \"") + type_name(b) + "\") to deque");
  Ref r = TRY(make_like(a, a));
  TRY(extend_right(r.as<Deque>(), b));
  return r;
}

Status repeat_inplace(Deque* d, int64_t n) {
  if (n <= 0) {
    clear_all(d);
    return ok();
  }
  std::vector<Ref> items = snapshot(d);
  for (int64_t k = 1; k < n; ++k) {
    for (Ref& x : items) TRY(append_value(d, x));
    if (d->maxlen >= 0 && int64_t(d->size) == d->maxlen && k * int64_t(items.size()) > d->maxlen) break;
  }
  return ok();
}

Result<Ref> deque_mul(Value a, Value b) {
  Value d = a, n = b;
  if (!is_deque(d)) std::swap(d, n);
  if (!is_deque(d) || (!is_int(n) && !n.type()->index)) return not_implemented();
  int64_t k = TRY(index_to_int64(n));
  Ref r = TRY(make_like(d, d));
  TRY(repeat_inplace(r.as<Deque>(), k));
  return r;
}

Result<Ref> deque_iadd(Value a, Value b) {
  TRY(extend_right(as<Deque>(a), b));
  return Ref::borrow(a);
}

Result<Ref> deque_imul(Value a, Value b) {
  if (!is_int(b) && !b.type()->index) return not_implemented();
  int64_t k = TRY(index_to_int64(b));
  TRY(repeat_inplace(as<Deque>(a), k));
  return Ref::borrow(a);
}

// ---- iterators ----
struct DequeIter : Object {
  Ref deque;
  size_t index = 0;  // forward: next position; reverse: items left
  uint64_t state = 0;
  size_t len = 0;
};

void dequeiter_dealloc(Object* o) { delete_object(static_cast<DequeIter*>(o)); }

Result<Ref> deque_iter(Value self) {
  Deque* d = as<Deque>(self);
  DequeIter* it = new_object<DequeIter>(&DequeIterType);
  it->deque = Ref::borrow(self);
  it->state = d->state;
  it->len = d->size;
  return Ref::steal(Value(it));
}

Result<Ref> d_reversed(Value self, CallArgs) {
  Deque* d = as<Deque>(self);
  DequeIter* it = new_object<DequeIter>(&DequeRevIterType);
  it->deque = Ref::borrow(self);
  it->state = d->state;
  it->index = d->size;
  it->len = d->size;
  return Ref::steal(Value(it));
}

Result<Ref> dequeiter_next(Value v) {
  DequeIter* it = as<DequeIter>(v);
  if (!it->deque) return Ref();
  Deque* d = it->deque.as<Deque>();
  CriticalSection cs(d);
  if (d->state != it->state) {
    it->len = 0;
    return raise(exc::RuntimeError, "deque mutated during iteration");
  }
  if (it->index >= d->size) return Ref();
  return Ref::borrow(d->at(it->index++));
}

Result<Ref> dequereviter_next(Value v) {
  DequeIter* it = as<DequeIter>(v);
  if (!it->deque) return Ref();
  Deque* d = it->deque.as<Deque>();
  CriticalSection cs(d);
  if (d->state != it->state) {
    it->len = 0;
    return raise(exc::RuntimeError, "deque mutated during iteration");
  }
  if (it->index == 0) return Ref();
  return Ref::borrow(d->at(--it->index));
}

Result<Ref> self_iter(Value v) { return Ref::borrow(v); }

Result<Ref> dequeiter_length_hint(Value self, CallArgs) {
  DequeIter* it = as<DequeIter>(self);
  if (self.type() == &DequeRevIterType) return make_int(int64_t(it->index));
  return make_int(int64_t(it->len > it->index ? it->len - it->index : 0));
}

const MethodDef kDequeIterMethods[] = {
    {"__length_hint__", dequeiter_length_hint, 0, "Private method returning an estimate of len(list(it))."},
    {nullptr},
};

// ---- _count_elements(mapping, iterable) ----
Result<Ref> count_elements(Value, CallArgs args) {
  TRY(check_nargs(args, "_count_elements", 2, 2));
  Value mapping = args[0];
  Ref it = TRY(get_iter(args[1]));
  Ref one = Ref::small_int(1);
  bool fast = is_dict(mapping) && mapping.type()->getitem == DictType.getitem &&
              mapping.type()->setitem == DictType.setitem;
  Ref get = fast ? Ref() : TRY(getattr(mapping, intern("get")));
  Ref zero = Ref::small_int(0);
  for (;;) {
    Ref x = TRY(iter_next(it));
    if (!x) break;
    Ref cur;
    if (fast) {
      cur = TRY(dict_get(as<Dict>(mapping), x));
      if (!cur) cur = zero;
    } else {
      cur = TRY(call(get, {x.get(), zero.get()}));
    }
    Ref n = TRY(binary_op(cur, one, BinOp::Add));
    if (fast) TRY(dict_set(as<Dict>(mapping), x, n));
    else TRY(setitem(mapping, x, n));
  }
  return none();
}

const MethodDef kCollectionsFunctions[] = {
    {"_count_elements", count_elements, 0, "Count elements in the iterable, updating the mapping"},
    {nullptr, nullptr},
};

void ready_types() {
  DequeType.name = "collections.deque";
  DequeType.flags = kTypeBaseType;
  DequeType.basic_size = sizeof(Deque);
  DequeType.dealloc = deque_dealloc;
  DequeType.new_ = deque_new;
  DequeType.init = deque_init;
  DequeType.repr = deque_repr;
  DequeType.richcompare = deque_richcompare;
  DequeType.iter = deque_iter;
  DequeType.len = deque_len;
  DequeType.getitem = deque_getitem;
  DequeType.setitem = deque_setitem;
  DequeType.contains = deque_contains;
  DequeType.binop[size_t(BinOp::Add)] = deque_add;
  DequeType.binop[size_t(BinOp::Mul)] = deque_mul;
  DequeType.inplace[size_t(BinOp::Add)] = deque_iadd;
  DequeType.inplace[size_t(BinOp::Mul)] = deque_imul;
  DequeType.methods = kDequeMethods;
  DequeType.getsets = kDequeGetSets;
  DequeType.doc = "A list-like sequence optimized for data accesses near its endpoints.";

  DequeIterType.name = "_collections._deque_iterator";
  DequeIterType.basic_size = sizeof(DequeIter);
  DequeIterType.dealloc = dequeiter_dealloc;
  DequeIterType.iter = self_iter;
  DequeIterType.iternext = dequeiter_next;
  DequeIterType.methods = kDequeIterMethods;

  DequeRevIterType.name = "_collections._deque_reverse_iterator";
  DequeRevIterType.basic_size = sizeof(DequeIter);
  DequeRevIterType.dealloc = dequeiter_dealloc;
  DequeRevIterType.iter = self_iter;
  DequeRevIterType.iternext = dequereviter_next;
  DequeRevIterType.methods = kDequeIterMethods;

  for (TypeObject* t : {&DequeType, &DequeIterType, &DequeRevIterType}) type_ready(t);
}

}  // namespace

Result<Ref> init__collections_module() {
  static std::once_flag once;
  std::call_once(once, ready_types);
  Ref m = make_module("_collections");
  TRY(module_add_functions(m, kCollectionsFunctions));
  TRY(module_add(m, "deque", Value(static_cast<Object*>(&DequeType))));
  TRY(module_add(m, "_deque_iterator", Value(static_cast<Object*>(&DequeIterType))));
  TRY(module_add(m, "_deque_reverse_iterator", Value(static_cast<Object*>(&DequeRevIterType))));
  return m;
}

}  // namespace weft
