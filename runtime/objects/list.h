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
inline size_t list_size(Value l) { return as<List>(l)->size; }
inline Value list_item(Value l, size_t i) { return as<List>(l)->items[i]; }  // borrowed
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
