// list: a growable array of references. Every mutation runs inside CriticalSection(list), and
// nothing that can call back into Python code (comparisons, repr, decref of removed items) runs
// while the section is held: items are fetched with a new reference, the section ends, then we
// call out. Sorting lives in list_sort.cpp.
#include "objects/list.h"

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

#include "objects/abstract.h"
#include "objects/args.h"
#include "objects/dict.h"
#include "objects/exceptions.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/iterobject.h"
#include "objects/slice.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "concurrency/qsbr.h"
#include "vm/state.h"

namespace weft {

TypeObject ListType;
TypeObject ListIterType;
TypeObject ListRevIterType;

// ---------------------------------------------------------------------------------------------
// Trashcan: bounded-depth deallocation of nested containers.

namespace {
constexpr int kTrashcanDepth = 500;
}

bool trashcan_begin(Object* o) {
  ThreadState* ts = ThreadState::current();
  if (!ts) return true;
  if (ts->dealloc_depth >= kTrashcanDepth) {
    ts->dealloc_pending.push_back(o);
    return false;
  }
  ++ts->dealloc_depth;
  return true;
}

void trashcan_end() {
  ThreadState* ts = ThreadState::current();
  if (!ts) return;
  if (--ts->dealloc_depth == 0 && !ts->dealloc_pending.empty()) {
    // Free the deferred objects from a shallow depth; hold the depth at 1 so that these nested
    // frees queue again instead of draining recursively.
    ts->dealloc_depth = 1;
    while (!ts->dealloc_pending.empty()) {
      Object* o = ts->dealloc_pending.back();
      ts->dealloc_pending.pop_back();
      dealloc_object(o);
    }
    ts->dealloc_depth = 0;
  }
}

// ---------------------------------------------------------------------------------------------
// Storage (callers hold the critical section)

// Item arrays: [capacity][items...]; l->items points at items[0].
Value* list_array_alloc(size_t capacity) {
  auto* base = static_cast<uintptr_t*>(std::calloc(capacity + 1, sizeof(Value)));
  if (!base) return nullptr;
  base[0] = capacity;
  return reinterpret_cast<Value*>(base + 1);
}

void list_array_free(Value* items) {
  if (items) std::free(reinterpret_cast<uintptr_t*>(items) - 1);
}

void list_array_retire(Value* items) {
  if (items) qsbr_retire(reinterpret_cast<uintptr_t*>(items) - 1, std::free);
}

namespace {

inline size_t array_capacity(Value* items) { return reinterpret_cast<uintptr_t*>(items)[-1]; }

// Stores that optimistic readers may observe (ft build: atomic; the gil build: plain). Writers
// hold the list's critical section.
inline void set_items(List* l, Value* p) {
  if constexpr (kFreeThreading) std::atomic_ref<Value*>(l->items).store(p, std::memory_order_release);
  else l->items = p;
}
inline void set_size(List* l, size_t n) {
  if constexpr (kFreeThreading) std::atomic_ref<size_t>(l->size).store(n, std::memory_order_release);
  else l->size = n;
}
inline void set_item(Value* items, size_t i, Value v) {
  if constexpr (kFreeThreading) std::atomic_ref<Value>(items[i]).store(v, std::memory_order_release);
  else items[i] = v;
}
// memmove of n items inside one array, item by item in the ft build.
inline void move_items(Value* items, size_t dst, size_t src, size_t n) {
  if constexpr (kFreeThreading) {
    if (dst < src) {
      for (size_t k = 0; k < n; ++k) set_item(items, dst + k, items[src + k]);
    } else {
      for (size_t k = n; k-- > 0;) set_item(items, dst + k, items[src + k]);
    }
  } else {
    std::memmove(items + dst, items + src, n * sizeof(Value));
  }
}
// Clears slots [from, to) that no longer hold items, so an optimistic reader that saw an older
// (larger) size finds null there instead of a stale pointer.
inline void clear_items(Value* items, size_t from, size_t to) {
  if constexpr (kFreeThreading) {
    for (size_t k = from; k < to; ++k) set_item(items, k, Value());
  }
}

// Replaces the array by one of capacity `cap` holding the first `keep` items; the old array is
// retired (readers may still hold it).
bool reallocate_locked(List* l, size_t cap, size_t keep) {
  Value* old = l->items;
  Value* p = nullptr;
  if (cap) {
    p = list_array_alloc(cap);
    if (!p) return false;
    if (keep) std::memcpy(static_cast<void*>(p), old, keep * sizeof(Value));
  }
  set_items(l, p);
  l->capacity = cap;
  list_array_retire(old);
  return true;
}

bool list_resize_locked(List* l, size_t newsize) {
  if (newsize <= l->capacity && newsize >= l->capacity / 2) {
    set_size(l, newsize);
    return true;
  }
  size_t cap = (newsize + (newsize >> 3) + 6) & ~size_t(3);
  if (newsize == 0) cap = 0;
  if (cap < newsize) cap = newsize;
  size_t keep = std::min(newsize, l->size);
  if (newsize < l->size) set_size(l, newsize);  // shrink: size first, then the array
  if (!reallocate_locked(l, cap, keep)) return false;
  set_size(l, newsize);
  return true;
}

bool list_reserve_locked(List* l, size_t n) {
  if (n <= l->capacity) return true;
  return reallocate_locked(l, n, l->size);
}

// Item i with a new reference, or null if out of range (the list may have changed).
inline Ref list_get(List* l, size_t i) { return list_get_item(l, i); }

// Snapshot of all items (new references).
std::vector<Ref> list_snapshot(List* l) {
  CriticalSection cs(l);
  std::vector<Ref> v;
  v.reserve(l->size);
  for (size_t i = 0; i < l->size; ++i) v.push_back(Ref::borrow(l->items[i]));
  return v;
}

// Snapshot of any iterable's items (list/tuple fast paths).
Result<std::vector<Ref>> items_of(Value iterable) {
  std::vector<Ref> v;
  if (is_list(iterable)) return list_snapshot(as<List>(iterable));
  if (is_tuple(iterable)) {
    size_t n = tuple_size(iterable);
    v.reserve(n);
    for (size_t i = 0; i < n; ++i) v.push_back(Ref::borrow(tuple_item(iterable, i)));
    return v;
  }
  if (iterable.type() == &DictType) {
    // list(d), lst.extend(d): the keys at one moment, as CPython (one lock hold, no
    // "changed size during iteration" when another thread writes the dict).
    Dict* d = as<Dict>(iterable);
    CriticalSection cs(d);
    v.reserve(d->size);
    size_t pos = 0;
    Value k;
    while (dict_next(d, &pos, &k, nullptr)) v.push_back(Ref::borrow(k));
    return v;
  }
  Ref it = TRY(get_iter(iterable));
  for (;;) {
    Ref x = TRY(iter_next(it));
    if (!x) break;
    v.push_back(std::move(x));
  }
  return v;
}

}  // namespace

// ---------------------------------------------------------------------------------------------
// Public helpers

Ref make_list(size_t reserve) {
  List* l = new_object<List>(&ListType);
  if (reserve) {
    l->items = list_array_alloc(reserve);
    if (l->items) l->capacity = reserve;
  }
  return Ref::steal(Value(l));
}

Ref list_get_item(List* l, size_t i) {
  if constexpr (kFreeThreading) {
    // Optimistic read (DESIGN §5). The array cannot be freed under us (QSBR: this thread is not
    // quiescent until the instruction ends), and neither can the item's memory; try_incref
    // refuses an item that may be dying. The re-checks make sure the item really was in the list.
    if (qsbr_register()) {
      Value* items = std::atomic_ref<Value*>(l->items).load(std::memory_order_acquire);
      size_t n = std::atomic_ref<size_t>(l->size).load(std::memory_order_acquire);
      if (items && i < n && i < array_capacity(items)) {
        Value v = std::atomic_ref<Value>(items[i]).load(std::memory_order_acquire);
        if (v.is_small_int() || (v.is_object() && header_try_incref(&v.obj()->header))) {
          if (std::atomic_ref<Value*>(l->items).load(std::memory_order_acquire) == items &&
              std::atomic_ref<Value>(items[i]).load(std::memory_order_acquire) == v)
            return Ref::steal(v);
          decref(v);
        }
      }
    }
  }
  CriticalSection cs(l);
  if (i < l->size) return Ref::borrow(l->items[i]);
  return Ref();
}

Ref make_list_steal(Value* items, size_t n) {
  Ref r = make_list(n);
  List* l = r.as<List>();
  for (size_t i = 0; i < n; ++i) l->items[i] = items[i];
  l->size = n;
  return r;
}

Status list_append(List* l, Value v) {
  CriticalSection cs(l);
  if (l->size == l->capacity) {
    size_t n = l->size + 1;
    size_t cap = (n + (n >> 3) + 6) & ~size_t(3);
    if (!list_reserve_locked(l, cap)) return raise(exc::MemoryError);
  }
  incref(v);
  set_item(l->items, l->size, v);
  set_size(l, l->size + 1);
  return ok();
}

Status list_insert(List* l, int64_t i, Value v) {
  CriticalSection cs(l);
  int64_t n = int64_t(l->size);
  if (i < 0) { i += n; if (i < 0) i = 0; }
  if (i > n) i = n;
  if (l->size == l->capacity) {
    size_t m = l->size + 1;
    if (!list_reserve_locked(l, (m + (m >> 3) + 6) & ~size_t(3))) return raise(exc::MemoryError);
  }
  move_items(l->items, size_t(i) + 1, size_t(i), size_t(n - i));
  incref(v);
  set_item(l->items, size_t(i), v);
  set_size(l, l->size + 1);
  return ok();
}

Result<Ref> list_pop(List* l, int64_t i) {
  Ref item;
  {
    CriticalSection cs(l);
    int64_t n = int64_t(l->size);
    if (n == 0) return raise(exc::IndexError, "pop from empty list");
    if (i < 0) i += n;
    if (i < 0 || i >= n) return raise(exc::IndexError, "pop index out of range");
    item = Ref::steal(l->items[i]);
    move_items(l->items, size_t(i), size_t(i) + 1, size_t(n - i - 1));
    clear_items(l->items, size_t(n - 1), size_t(n));
    list_resize_locked(l, size_t(n - 1));
  }
  return item;
}

Status list_extend(List* l, Value iterable) {
  std::vector<Ref> items = TRY(items_of(iterable));
  CriticalSection cs(l);
  if (!list_reserve_locked(l, l->size + items.size())) return raise(exc::MemoryError);
  size_t n = l->size;
  for (Ref& r : items) set_item(l->items, n++, r.release());
  set_size(l, n);
  return ok();
}

Status list_reverse(List* l) {
  CriticalSection cs(l);
  for (size_t i = 0, j = l->size; i + 1 < j; ++i, --j) {
    Value a = l->items[i];
    set_item(l->items, i, l->items[j - 1]);
    set_item(l->items, j - 1, a);
  }
  return ok();
}

Ref list_as_tuple(List* l) {
  CriticalSection cs(l);
  return tuple_from_array(l->items, l->size);
}

Result<Ref> list_from_iterable(Value iterable) {
  std::vector<Ref> items = TRY(items_of(iterable));
  Ref r = make_list(items.size());
  List* l = r.as<List>();
  for (Ref& x : items) l->items[l->size++] = x.release();
  return r;
}

namespace {

// Replaces items [lo, hi) with `repl` (step 1). Removed items are returned for release outside
// the critical section.
Status list_ass_slice(List* l, int64_t lo, int64_t hi, std::vector<Ref>& repl, std::vector<Ref>& removed) {
  CriticalSection cs(l);
  int64_t n = int64_t(l->size);
  if (lo < 0) lo = 0; else if (lo > n) lo = n;
  if (hi < lo) hi = lo; else if (hi > n) hi = n;
  size_t d = size_t(hi - lo);
  for (int64_t i = lo; i < hi; ++i) removed.push_back(Ref::steal(l->items[i]));
  size_t k = repl.size();
  size_t newsize = size_t(n) - d + k;
  if (k > d) {
    if (!list_reserve_locked(l, newsize)) return raise(exc::MemoryError);
  }
  move_items(l->items, size_t(lo) + k, size_t(hi), size_t(n - hi));
  for (size_t i = 0; i < k; ++i) set_item(l->items, size_t(lo) + i, repl[i].release());
  if (k < d) clear_items(l->items, newsize, size_t(n));
  set_size(l, newsize);
  if (k < d) list_resize_locked(l, newsize);
  return ok();
}

// ---------------------------------------------------------------------------------------------
// Slots

void list_dealloc(Object* o) {
  if (!trashcan_begin(o)) return;
  List* l = static_cast<List*>(o);
  Value* items = l->items;
  size_t n = l->size;
  l->items = nullptr;
  l->size = l->capacity = 0;
  for (size_t i = n; i-- > 0;) xdecref(items[i]);
  list_array_free(items);  // no reader: one would hold a reference to the list
  delete_object(l);
  trashcan_end();
}

Result<Ref> list_repr(Value v) {
  List* l = as<List>(v);
  if (list_size(v) == 0) return make_str("[]");
  if (repr_enter(l)) return make_str("[...]");
  NativeRecursionGuard guard(" while getting the repr of an object");
  if (!guard.ok()) {
    repr_leave(l);
    return kError;
  }
  std::string out = "[";
  for (size_t i = 0;; ++i) {
    Ref item = list_get(l, i);
    if (!item) break;
    if (i) out += ", ";
    Result<Ref> r = repr(item);
    if (!r.ok()) {
      repr_leave(l);
      return kError;
    }
    out.append(str_view(*r));
  }
  out += ']';
  repr_leave(l);
  return make_str(out);
}

Result<int64_t> list_hash(Value v) {
  return raise(exc::TypeError, std::string("unhashable type: '") + type_name(v) + "'");
}

Result<Ref> list_richcompare(Value a, Value b, CmpOp op) {
  if (!is_list(a) || !is_list(b)) return not_implemented();
  List* v = as<List>(a);
  List* w = as<List>(b);
  if ((op == CmpOp::Eq || op == CmpOp::Ne) && list_size(a) != list_size(b)) return make_bool(op == CmpOp::Ne);
  NativeRecursionGuard guard(" in comparison");
  if (!guard.ok()) return kError;
  size_t i = 0;
  Ref x, y;
  for (;; ++i) {
    x = list_get(v, i);
    y = list_get(w, i);
    if (!x || !y) break;
    bool eq = TRY(equals(x, y));
    if (!eq) break;
  }
  if (!x || !y) {
    size_t vs = list_size(a), ws = list_size(b);
    bool r = false;
    switch (op) {
      case CmpOp::Lt: r = vs < ws; break;
      case CmpOp::Le: r = vs <= ws; break;
      case CmpOp::Eq: r = vs == ws; break;
      case CmpOp::Ne: r = vs != ws; break;
      case CmpOp::Gt: r = vs > ws; break;
      case CmpOp::Ge: r = vs >= ws; break;
    }
    return make_bool(r);
  }
  if (op == CmpOp::Eq) return make_bool(false);
  if (op == CmpOp::Ne) return make_bool(true);
  return compare(x, y, op);
}

Result<int64_t> list_len(Value v) { return int64_t(list_size(v)); }

Result<Ref> list_getitem(Value v, Value key) {
  List* l = as<List>(v);
  if (key.is_small_int() || is_index_like(key)) {
    int64_t i = TRY(seq_index_value(key));
    if (seq_norm_index(&i, int64_t(list_size(v)))) {
      Ref r = list_get_item(l, size_t(i));  // null if the list shrank meanwhile
      if (r) return r;
    }
    return raise(exc::IndexError, "list index out of range");
  }
  if (is_slice(key)) {
    SliceIndices si;
    TRY(slice_compute(key, int64_t(list_size(v)), &si));
    CriticalSection cs(l);
    // Recompute against the current size (the slice's __index__ calls ran unlocked).
    if (si.length > 0) {
      int64_t n = int64_t(l->size);
      int64_t last = si.start + (si.length - 1) * si.step;
      if (si.start >= n || last >= n || last < 0) {
        si.length = 0;
      }
    }
    Ref r = make_list(size_t(si.length > 0 ? si.length : 0));
    List* out = r.as<List>();
    for (int64_t k = 0, i = si.start; k < si.length; ++k, i += si.step) {
      incref(l->items[i]);
      out->items[out->size++] = l->items[i];
    }
    return r;
  }
  return raise(exc::TypeError, std::string("list indices must be integers or slices, not ") + type_name(key));
}

Status list_setitem(Value v, Value key, Value value) {
  List* l = as<List>(v);
  if (key.is_small_int() || is_index_like(key)) {
    int64_t i = TRY(seq_index_value(key));
    Ref old;
    {
      CriticalSection cs(l);
      if (!seq_norm_index(&i, int64_t(l->size))) {
        return raise(exc::IndexError, "list assignment index out of range");
      }
      if (value) {
        incref(value);
        old = Ref::steal(l->items[i]);
        set_item(l->items, size_t(i), value);
      } else {
        old = Ref::steal(l->items[i]);
        move_items(l->items, size_t(i), size_t(i) + 1, l->size - size_t(i) - 1);
        clear_items(l->items, l->size - 1, l->size);
        list_resize_locked(l, l->size - 1);
      }
    }
    return ok();  // `old` released here, outside the section
  }
  if (!is_slice(key)) {
    return raise(exc::TypeError, std::string("list indices must be integers or slices, not ") + type_name(key));
  }
  SliceIndices si;
  TRY(slice_compute(key, int64_t(list_size(v)), &si));
  std::vector<Ref> repl;
  if (value) {
    if (value.is(v)) {
      repl = list_snapshot(l);
    } else {
      Result<std::vector<Ref>> r = items_of(value);
      if (!r.ok()) {
        if (error_matches(&exc::TypeError) && !(value.is_object() && value.type()->iter)) {
          clear_error();
          return raise(exc::TypeError, "must assign iterable to extended slice");
        }
        return kError;
      }
      repl = r.take();
    }
  }
  std::vector<Ref> removed;
  if (si.step == 1) {
    TRY(list_ass_slice(l, si.start, si.start + si.length, repl, removed));
    return ok();
  }
  // Extended slice.
  if (si.step < 0) {
    // Normalise to a positive step over the same positions (reversed order of assignment).
    int64_t len = si.length;
    if (len > 0) {
      si.start = si.start + (len - 1) * si.step;
      si.step = -si.step;
      if (value) std::reverse(repl.begin(), repl.end());
    }
  }
  if (!value) {
    if (si.length <= 0) return ok();
    CriticalSection cs(l);
    int64_t n = int64_t(l->size);
    size_t w = size_t(si.start);
    int64_t next = si.start;
    int64_t removed_count = 0;
    for (int64_t i = si.start; i < n; ++i) {
      if (i == next && removed_count < si.length) {
        removed.push_back(Ref::steal(l->items[i]));
        ++removed_count;
        next += si.step;
      } else {
        set_item(l->items, w++, l->items[i]);
      }
    }
    clear_items(l->items, w, size_t(n));
    list_resize_locked(l, w);
    return ok();
  }
  if (int64_t(repl.size()) != si.length) {
    return raise(exc::ValueError, "attempt to assign sequence of size " + std::to_string(repl.size()) +
                                      " to extended slice of size " + std::to_string(si.length));
  }
  CriticalSection cs(l);
  int64_t n = int64_t(l->size);
  for (int64_t k = 0, i = si.start; k < si.length; ++k, i += si.step) {
    if (i >= n) break;
    removed.push_back(Ref::steal(l->items[i]));
    set_item(l->items, size_t(i), repl[size_t(k)].release());
  }
  return ok();
}

Result<bool> list_contains(Value v, Value item) {
  List* l = as<List>(v);
  for (size_t i = 0;; ++i) {
    Ref x = list_get(l, i);
    if (!x) return false;
    bool eq = TRY(equals(x, item));
    if (eq) return true;
  }
}

Result<Ref> list_add(Value a, Value b) {
  if (!is_list(a)) return not_implemented();
  if (!is_list(b)) {
    if (defers_to_reflected(b, "__radd__")) return not_implemented();
    return raise(exc::TypeError, std::string("can only concatenate list (not \"") + type_name(b) + "\") to list");
  }
  std::vector<Ref> x = list_snapshot(as<List>(a));
  std::vector<Ref> y = list_snapshot(as<List>(b));
  Ref r = make_list(x.size() + y.size());
  List* out = r.as<List>();
  for (Ref& e : x) out->items[out->size++] = e.release();
  for (Ref& e : y) out->items[out->size++] = e.release();
  return r;
}

Result<Ref> list_iadd(Value a, Value b) {
  if (!is_list(a)) return not_implemented();
  TRY(list_extend(as<List>(a), b));
  return Ref::borrow(a);
}

Result<int64_t> repeat_count_for(Value n) {
  if (!(n.is_small_int() || is_index_like(n))) {
    return raise(exc::TypeError, std::string("can't multiply sequence by non-int of type '") + type_name(n) + "'");
  }
  return seq_repeat_count(n);
}

Result<Ref> list_mul(Value a, Value b) {
  Value s = is_list(a) ? a : b;
  Value n = is_list(a) ? b : a;
  if (!is_list(s)) return not_implemented();
  if (is_list(a) && defers_to_reflected(n, "__rmul__")) return not_implemented();
  int64_t count = TRY(repeat_count_for(n));
  std::vector<Ref> items = list_snapshot(as<List>(s));
  if (count <= 0 || items.empty()) return make_list();
  if (uint64_t(count) > (uint64_t(1) << 36) / items.size()) return raise(exc::MemoryError);
  size_t total = items.size() * size_t(count);
  Ref r = make_list(total);
  List* out = r.as<List>();
  for (size_t k = 0; k < total; ++k) {
    Value v = items[k % items.size()];
    incref(v);
    out->items[out->size++] = v;
  }
  return r;
}

Result<Ref> list_imul(Value a, Value b) {
  if (!is_list(a)) return not_implemented();
  int64_t count = TRY(repeat_count_for(b));
  List* l = as<List>(a);
  std::vector<Ref> removed;
  {
    CriticalSection cs(l);
    size_t n = l->size;
    if (count <= 0 || n == 0) {
      for (size_t i = 0; i < n; ++i) removed.push_back(Ref::steal(l->items[i]));
      list_resize_locked(l, 0);
    } else if (count > 1) {
      if (uint64_t(count) > (uint64_t(1) << 36) / n) return raise(exc::MemoryError);
      size_t total = n * size_t(count);
      if (!list_reserve_locked(l, total)) return raise(exc::MemoryError);
      for (size_t k = n; k < total; ++k) {
        incref(l->items[k % n]);
        set_item(l->items, k, l->items[k % n]);
      }
      set_size(l, total);
    }
  }
  return Ref::borrow(a);
}

// --- iterators ---
struct ListIter : Object {
  Ref seq;  // null once exhausted
  size_t index = 0;
};

void listiter_dealloc(Object* o) { delete_object(static_cast<ListIter*>(o)); }

Result<Ref> list_iter(Value v) {
  ListIter* it = new_object<ListIter>(&ListIterType);
  it->seq = Ref::borrow(v);
  return Ref::steal(Value(it));
}

Result<Ref> self_iter(Value v) { return Ref::borrow(v); }

Result<Ref> listiter_next(Value v) {
  ListIter* it = as<ListIter>(v);
  if (!it->seq) return Ref();
  Ref x = list_get(it->seq.as<List>(), it->index);
  if (x) {
    ++it->index;
    return x;
  }
  it->seq.reset();
  return Ref();
}

Result<Ref> listiter_length_hint(Value self, CallArgs) {
  ListIter* it = as<ListIter>(self);
  if (!it->seq) return make_int(0);
  size_t n = list_size(it->seq);
  return make_int(it->index < n ? int64_t(n - it->index) : 0);
}

const MethodDef kListIterMethods[] = {
    {"__length_hint__", listiter_length_hint},
    {nullptr},
};

struct ListRevIter : Object {
  Ref seq;
  int64_t index = -1;  // next index to return
};

void listreviter_dealloc(Object* o) { delete_object(static_cast<ListRevIter*>(o)); }

Result<Ref> listreviter_next(Value v) {
  ListRevIter* it = as<ListRevIter>(v);
  if (!it->seq || it->index < 0) {
    it->seq.reset();
    return Ref();
  }
  Ref x = list_get(it->seq.as<List>(), size_t(it->index));
  if (x) {
    --it->index;
    return x;
  }
  it->seq.reset();
  it->index = -1;
  return Ref();
}

Result<Ref> listreviter_length_hint(Value self, CallArgs) {
  ListRevIter* it = as<ListRevIter>(self);
  if (!it->seq || it->index < 0) return make_int(0);
  int64_t n = int64_t(list_size(it->seq));
  return make_int(it->index < n ? it->index + 1 : 0);
}

const MethodDef kListRevIterMethods[] = {
    {"__length_hint__", listreviter_length_hint},
    {nullptr},
};

// --- construction ---
Result<Ref> list_new(TypeObject* type, CallArgs args) {
  List* l = new_object<List>(type);
  return Ref::steal(Value(l));
}

Status list_init(Value self, CallArgs args) {
  if (self.type() == &ListType || args.nkw()) TRY(check_no_kwargs(args, "list"));
  if (args.nargs > 1) {
    return raise(exc::TypeError, "list expected at most 1 argument, got " + std::to_string(args.nargs));
  }
  List* l = as<List>(self);
  std::vector<Ref> removed;
  {
    CriticalSection cs(l);
    for (size_t i = 0; i < l->size; ++i) removed.push_back(Ref::steal(l->items[i]));
    list_resize_locked(l, 0);
  }
  if (args.nargs) TRY(list_extend(l, args[0]));
  return ok();
}

// --- methods ---
Status meth_o(CallArgs a, const char* qual) {
  if (a.nkw()) return raise(exc::TypeError, std::string(qual) + "() takes no keyword arguments");
  if (a.nargs != 1) {
    return raise(exc::TypeError, std::string(qual) + "() takes exactly one argument (" + std::to_string(a.nargs) +
                                     " given)");
  }
  return ok();
}

Status meth_noargs(CallArgs a, const char* qual) {
  if (a.nkw()) return raise(exc::TypeError, std::string(qual) + "() takes no keyword arguments");
  if (a.nargs) {
    return raise(exc::TypeError, std::string(qual) + "() takes no arguments (" + std::to_string(a.nargs) + " given)");
  }
  return ok();
}

Result<Ref> m_append(Value self, CallArgs a) {
  TRY(meth_o(a, "list.append"));
  TRY(list_append(as<List>(self), a[0]));
  return none();
}

Result<Ref> m_extend(Value self, CallArgs a) {
  TRY(meth_o(a, "list.extend"));
  TRY(list_extend(as<List>(self), a[0]));
  return none();
}

Result<Ref> m_insert(Value self, CallArgs a) {
  TRY(check_no_kwargs(a, "insert"));
  TRY(check_nargs(a, "insert", 2, 2));
  int64_t i = TRY(index_to_int64(a[0]));
  TRY(list_insert(as<List>(self), i, a[1]));
  return none();
}

Result<Ref> m_pop(Value self, CallArgs a) {
  TRY(check_no_kwargs(a, "pop"));
  TRY(check_nargs(a, "pop", 0, 1));
  int64_t i = -1;
  if (a.nargs) i = TRY(index_to_int64(a[0]));
  return list_pop(as<List>(self), i);
}

Result<Ref> m_remove(Value self, CallArgs a) {
  TRY(meth_o(a, "list.remove"));
  List* l = as<List>(self);
  for (size_t i = 0;; ++i) {
    Ref x = list_get(l, i);
    if (!x) break;
    bool eq = TRY(equals(x, a[0]));
    if (eq) {
      Ref removed;
      CriticalSection cs(l);
      if (i < l->size && l->items[i] == x.get()) {
        removed = Ref::steal(l->items[i]);
        move_items(l->items, i, i + 1, l->size - i - 1);
        clear_items(l->items, l->size - 1, l->size);
        list_resize_locked(l, l->size - 1);
      }
      return none();
    }
  }
  return raise(exc::ValueError, "list.remove(x): x not in list");
}

Result<Ref> m_index(Value self, CallArgs a) {
  TRY(check_no_kwargs(a, "index"));
  TRY(check_nargs(a, "index", 1, 3));
  List* l = as<List>(self);
  int64_t n = int64_t(list_size(self));
  int64_t start = 0, stop = INT64_MAX;
  if (a.nargs > 1 && !is_none(a[1])) start = TRY(index_to_int64(a[1]));
  if (a.nargs > 2 && !is_none(a[2])) stop = TRY(index_to_int64(a[2]));
  if (start < 0) { start += n; if (start < 0) start = 0; }
  if (stop < 0) { stop += n; if (stop < 0) stop = 0; }
  for (int64_t i = start; i < stop; ++i) {
    Ref x = list_get(l, size_t(i));
    if (!x) break;
    bool eq = TRY(equals(x, a[0]));
    if (eq) return make_int(i);
  }
  std::string r = TRY(repr_utf8(a[0]));
  return raise(exc::ValueError, r + " is not in list");
}

Result<Ref> m_count(Value self, CallArgs a) {
  TRY(meth_o(a, "list.count"));
  List* l = as<List>(self);
  int64_t c = 0;
  for (size_t i = 0;; ++i) {
    Ref x = list_get(l, i);
    if (!x) break;
    bool eq = TRY(equals(x, a[0]));
    if (eq) ++c;
  }
  return make_int(c);
}

Result<Ref> m_reverse(Value self, CallArgs a) {
  TRY(meth_noargs(a, "list.reverse"));
  TRY(list_reverse(as<List>(self)));
  return none();
}

Result<Ref> m_sort(Value self, CallArgs a) {
  if (a.nargs) return raise(exc::TypeError, "sort() takes no positional arguments");
  Value key, reverse;
  TRY(parse_args(a, "sort", {"$key", "$reverse"}, 0, {&key, &reverse}));
  bool rev = false;
  if (reverse) {
    if (!is_int(reverse)) {
      if (is_float(reverse)) return raise(exc::TypeError, "'float' object cannot be interpreted as an integer");
      rev = TRY(truthy(reverse));
    } else {
      rev = int_sign(reverse) != 0;
    }
  }
  if (key && is_none(key)) key = Value();
  TRY(list_sort(as<List>(self), key, rev));
  return none();
}

Result<Ref> m_copy(Value self, CallArgs a) {
  TRY(meth_noargs(a, "list.copy"));
  std::vector<Ref> items = list_snapshot(as<List>(self));
  Ref r = make_list(items.size());
  for (Ref& e : items) r.as<List>()->items[r.as<List>()->size++] = e.release();
  return r;
}

Result<Ref> m_clear(Value self, CallArgs a) {
  TRY(meth_noargs(a, "list.clear"));
  List* l = as<List>(self);
  std::vector<Ref> removed;
  {
    CriticalSection cs(l);
    for (size_t i = 0; i < l->size; ++i) removed.push_back(Ref::steal(l->items[i]));
    list_resize_locked(l, 0);
  }
  return none();
}

Result<Ref> m_reversed(Value self, CallArgs a) {
  TRY(meth_noargs(a, "list.__reversed__"));
  ListRevIter* it = new_object<ListRevIter>(&ListRevIterType);
  it->seq = Ref::borrow(self);
  it->index = int64_t(list_size(self)) - 1;
  return Ref::steal(Value(it));
}

Result<Ref> m_sizeof(Value self, CallArgs a) {
  TRY(meth_noargs(a, "list.__sizeof__"));
  return make_int(int64_t(40 + as<List>(self)->capacity * sizeof(Value)));
}

Result<Ref> m_class_getitem(Value cls, CallArgs a) {
  TRY(meth_o(a, "list.__class_getitem__"));
  return Ref::borrow(cls);  // minimal: list[int] is list (no GenericAlias yet)
}

const MethodDef kListMethods[] = {
    {"append", m_append, 0, "Append object to the end of the list."},
    {"extend", m_extend, 0, "Extend list by appending elements from the iterable."},
    {"insert", m_insert, 0, "Insert object before index."},
    {"pop", m_pop, 0, "Remove and return item at index (default last).\n\nRaises IndexError if list is empty or index is out of range."},
    {"remove", m_remove, 0, "Remove first occurrence of value.\n\nRaises ValueError if the value is not present."},
    {"index", m_index, 0, "Return first index of value.\n\nRaises ValueError if the value is not present."},
    {"count", m_count, 0, "Return number of occurrences of value."},
    {"reverse", m_reverse, 0, "Reverse *IN PLACE*."},
    {"sort", m_sort, 0, "Sort the list in ascending order and return None."},
    {"copy", m_copy, 0, "Return a shallow copy of the list."},
    {"clear", m_clear, 0, "Remove all items from list."},
    {"__reversed__", m_reversed, 0, "Return a reverse iterator over the list."},
    {"__sizeof__", m_sizeof, 0, "Return the size of the list in memory, in bytes."},
    {"__class_getitem__", m_class_getitem, MethodDef::kClassMethod, "See PEP 585"},
    {nullptr},
};

}  // namespace

void init_list_types(TypeList& out) {
  ListType.name = "list";
  ListType.flags = kTypeBaseType | kTypeListSubclass;
  ListType.basic_size = sizeof(List);
  ListType.dealloc = list_dealloc;
  ListType.repr = list_repr;
  ListType.hash = list_hash;
  ListType.richcompare = list_richcompare;
  ListType.iter = list_iter;
  ListType.binop[size_t(BinOp::Add)] = list_add;
  ListType.binop[size_t(BinOp::Mul)] = list_mul;
  ListType.inplace[size_t(BinOp::Add)] = list_iadd;
  ListType.inplace[size_t(BinOp::Mul)] = list_imul;
  ListType.len = list_len;
  ListType.getitem = list_getitem;
  ListType.setitem = list_setitem;
  ListType.contains = list_contains;
  ListType.new_ = list_new;
  ListType.init = list_init;
  ListType.methods = kListMethods;
  ListType.doc =
      "Built-in mutable sequence.\n\nIf no argument is given, the constructor creates a new empty list.\n"
      "The argument must be an iterable if specified.";
  out.push_back(&ListType);

  ListIterType.name = "list_iterator";
  ListIterType.basic_size = sizeof(ListIter);
  ListIterType.dealloc = listiter_dealloc;
  ListIterType.iter = self_iter;
  ListIterType.iternext = listiter_next;
  ListIterType.methods = kListIterMethods;
  out.push_back(&ListIterType);

  ListRevIterType.name = "list_reverseiterator";
  ListRevIterType.basic_size = sizeof(ListRevIter);
  ListRevIterType.dealloc = listreviter_dealloc;
  ListRevIterType.iter = self_iter;
  ListRevIterType.iternext = listreviter_next;
  ListRevIterType.methods = kListRevIterMethods;
  out.push_back(&ListRevIterType);
}

}  // namespace weft
