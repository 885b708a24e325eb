// set and frozenset: open addressing with CPython's probing (linear probes then perturbation)
// and growth policy, so that iteration order and repr match CPython for the same inserts.
#pragma once
#include "objects/object.h"

namespace weft {

extern TypeObject SetType, FrozenSetType;

struct SetEntry {
  int64_t hash;
  Value key;  // null = empty; dummy marked by a sentinel (set.cpp)
};

struct Set : Object {
  SetEntry* table = nullptr;
  size_t mask = 0;   // table size - 1
  size_t fill = 0;   // active + dummy
  size_t used = 0;   // active
  int64_t hash_cache = -1;  // frozenset
  size_t finger = 0;        // pop() position
};

bool is_set(Value v);        // set, frozenset or subclasses
bool is_frozenset(Value v);
Ref make_set();
Ref make_frozenset();
Status set_add(Set* s, Value key);
Result<bool> set_contains(Set* s, Value key);
bool set_next(Set* s, size_t* pos, Value* key);  // borrowed

}  // namespace weft
