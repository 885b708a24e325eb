#pragma once
#include "concurrency/ft_atomic.h"
#include "objects/object.h"

namespace weft {

extern TypeObject ListType;

// Mutations take CriticalSection(list). The item array is a separate allocation so that the
// ft build can later read without the lock and reclaim old arrays safely (DESIGN §5).
struct List : Object {
  Value* items = nullptr;
  size_t size = 0;
  size_t capacity = 0;
};

inline bool is_list(Value v) { return v.is_object() && (v.type()->flags & kTypeListSubclass); }
Ref make_list(size_t reserve = 0);
Status list_append(List* l, Value v);  // increfs v
// ft build: `size` and `items` are read by other threads without the lock, so they are read
// (and, under the lock, written) with atomic accesses; a plain word in the gil build.
inline size_t list_size(Value l) {
  if constexpr (kFreeThreading) {
    return std::atomic_ref<size_t>(as<List>(l)->size).load(std::memory_order_relaxed);
  } else {
    return as<List>(l)->size;
  }
}
// Borrowed item, no bounds check: only for a list no other thread can see (just built).
inline Value list_item(Value l, size_t i) { return as<List>(l)->items[i]; }
// Item i with a new reference, or null if out of range; safe while other threads mutate the
// list. ft build: an optimistic read without the lock (try-incref, then validate that the array
// and slot are unchanged; old arrays are freed through QSBR), falling back to the lock.
Ref list_get_item(List* l, size_t i);
// Item arrays. A hidden word before items[0] holds the capacity, so that an optimistic reader can
// bound-check an array it loaded together with a newer size. Arrays come zero-filled.
Value* list_array_alloc(size_t capacity);
void list_array_free(Value* items);    // now: nobody else can hold the array
void list_array_retire(Value* items);  // once no optimistic reader can hold it (concurrency/qsbr.h)
Result<Ref> list_from_iterable(Value iterable);
Status list_sort(List* l, Value key, bool reverse);  // stable (timsort-like), key may be null

// ---- Added by seq ----
// Bounded-depth deallocation of containers (CPython's trashcan), so that freeing a list nested
// 100000 deep does not overflow the C++ stack:
//   void foo_dealloc(Object* o) { if (!trashcan_begin(o)) return; ...release, delete...; trashcan_end(); }
// trashcan_begin returns false when the object was queued to be freed later (at a shallower depth).
bool trashcan_begin(Object* o);
void trashcan_end();
// A new list holding n items taken over from `items` (references stolen).
Ref make_list_steal(Value* items, size_t n);
// Removes and returns the item at index i (negative allowed); IndexError as list.pop.
Result<Ref> list_pop(List* l, int64_t i);
Status list_insert(List* l, int64_t i, Value v);
Status list_extend(List* l, Value iterable);
Status list_reverse(List* l);
// A new tuple with the list's items (snapshot).
Ref list_as_tuple(List* l);

}  // namespace weft
