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

}  // namespace weft
