// dict: insertion-ordered hash table (compact layout: index table + entry array, as CPython),
// so that iteration order and repr match CPython. Mutations take CriticalSection(dict).
#pragma once
#include "objects/object.h"

namespace weft {

extern TypeObject DictType;

struct DictEntry {
  int64_t hash;
  Value key;    // null = deleted
  Value value;
};

struct Dict : Object {
  int64_t* indices = nullptr;   // -1 empty, -2 dummy, else index into entries
  DictEntry* entries = nullptr;
  size_t index_size = 0;        // power of two
  size_t entries_used = 0;      // entries filled (incl. deleted)
  size_t entries_capacity = 0;
  size_t size = 0;              // live items
  uint64_t version = 0;         // bumped on every mutation (caches, iteration checks)
};

inline bool is_dict(Value v) { return v.is_object() && (v.type()->flags & kTypeDictSubclass); }
Ref make_dict();
// Lookup: null Ref without error when missing; error only if hashing/eq raised.
Result<Ref> dict_get(Dict* d, Value key);
// Fast lookup by str key (no user __eq__ can run); borrowed, null when missing. The borrowed
// value is only safe while no other thread can change the dict: elsewhere use dict_get_str_ref.
Value dict_get_str(Dict* d, Str* key);
// The same with a new reference; ft build: without the lock when possible (GLOBAL lookups).
Ref dict_get_str_ref(Dict* d, Str* key);
Status dict_set(Dict* d, Value key, Value value);
Status dict_set_str(Dict* d, Str* key, Value value);
// True if removed, false if missing (no KeyError raised).
Result<bool> dict_del(Dict* d, Value key);
inline size_t dict_size(Value d) {  // ft build: read without the lock, so atomically
  if constexpr (kFreeThreading) {
    return std::atomic_ref<size_t>(as<Dict>(d)->size).load(std::memory_order_relaxed);
  } else {
    return as<Dict>(d)->size;
  }
}
// Iterates live entries in order: size_t pos = 0; while (dict_next(d, &pos, &k, &v)) ...
// (borrowed key/value).
bool dict_next(Dict* d, size_t* pos, Value* key, Value* value);
Status dict_update(Dict* d, Value other);  // dict.update semantics (mapping or pairs)
Ref dict_copy(Dict* d);

}  // namespace weft
