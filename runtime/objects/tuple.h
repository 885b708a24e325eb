#pragma once
#include <initializer_list>

#include "objects/object.h"

namespace weft {

extern TypeObject TupleType;

struct Tuple : Object {
  size_t size = 0;
  Value items[1];  // size owned references (allocated with the object)
};

inline bool is_tuple(Value v) { return v.is_object() && (v.type()->flags & kTypeTupleSubclass); }
// A new tuple of n null items; fill every item with tuple_init_item before it escapes.
Ref make_tuple(size_t n);
Ref make_tuple(std::initializer_list<Value> items);  // increfs the items
inline void tuple_init_item(Tuple* t, size_t i, Ref v) { t->items[i] = v.release(); }
Ref empty_tuple();  // the shared ()
inline size_t tuple_size(Value t) { return as<Tuple>(t)->size; }
inline Value tuple_item(Value t, size_t i) { return as<Tuple>(t)->items[i]; }

// ---- Added by seq ----
// tuple(iterable) (returns the argument itself for an exact tuple).
Result<Ref> tuple_from_iterable(Value iterable);
// A new tuple of n items copied from items (increfs).
Ref tuple_from_array(const Value* items, size_t n);
// CPython's xxHash-based tuple hash of the given items.
Result<int64_t> hash_items(const Value* items, size_t n);

}  // namespace weft
