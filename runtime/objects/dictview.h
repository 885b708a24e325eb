// dict views (keys/values/items), the dict iterators, and the internal entry points the mapping
// area shares between its files (dict.cpp, dictview.cpp, set.cpp, module.cpp).
#pragma once
#include "objects/dict.h"
#include "objects/init.h"
#include "objects/set.h"

namespace weft {

extern TypeObject DictKeysType, DictValuesType, DictItemsType;
extern TypeObject DictKeyIterType, DictValueIterType, DictItemIterType;
extern TypeObject DictRevKeyIterType, DictRevValueIterType, DictRevItemIterType;

// A view of `d` (type is one of the three view types).
Ref make_dict_view(TypeObject* type, Dict* d);
// An iterator over `d` (one of the six iterator types).
Ref make_dict_iter(TypeObject* type, Dict* d);

// Lookup with a precomputed hash (sets use it for dict arguments). Borrowed value or null.
Result<Ref> dict_get_known_hash(Dict* d, Value key, int64_t hash);
// Iterates live entries with their stored hashes (borrowed).
bool dict_next_hash(Dict* d, size_t* pos, Value* key, Value* value, int64_t* hash);
// Key hash as dicts and sets compute it (str and small-int fast paths).
Result<int64_t> object_hash_for_key(Value key);
// The dict.update argument protocol: a mapping (keys()) or an iterable of pairs.
Status dict_update_arg(Dict* d, Value arg);

// set.update / difference_update / symmetric_difference_update with one argument (set.cpp),
// used by the set-like views.
Status set_update_from(Set* s, Value iterable);
Status set_difference_update_from(Set* s, Value other);
Status set_symmetric_difference_update_from(Set* s, Value other);

// Phase-1 type set-up of the other files of this area (called by init_mapping_types).
void init_dictview_types(TypeList& out);
void init_set_types(TypeList& out);
void init_module_type(TypeList& out);

}  // namespace weft
