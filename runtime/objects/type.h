// Type objects: readying built-in types, creating classes, MRO, slot wrappers for user dunders.
#pragma once
#include <string>

#include "objects/object.h"

namespace weft {

extern TypeObject TypeType;    // type
extern TypeObject ObjectType;  // object

// Completes a built-in type: immortal, base/bases/mro, dict from methods/getsets, inherited
// slots, __name__/__qualname__/__doc__. Called once per process for each built-in type.
void type_ready(TypeObject* type);
// type(name, bases, dict) / class statement: computes the C3 MRO ("Cannot create a consistent
// method resolution order (MRO) for bases A, B"), layout, slots from dunders, __set_name__,
// __init_subclass__.
Result<Ref> type_new(TypeObject* metatype, Value name, Value bases, Value dict, Value kwargs);
inline bool is_type(Value v) { return v.is_object() && (v.type()->flags & kTypeTypeSubclass); }
// After a class attribute is set: refresh the slot that `name` governs (e.g. __add__).
void type_update_slot(TypeObject* type, Str* name);

// The type attribute cache (see type.cpp): type_lookup (objects/abstract.h) answers repeated
// lookups from it. Every change to a type's dict or MRO must be followed by type_modified (after
// the change, before anything looks the name up again): it drops the cached answers of the type
// and of all its subclasses.
void type_modified(TypeObject* type);
// type_lookup with a new reference; ft build: safe against a concurrent replacement of the
// attribute (the borrowed result of type_lookup is only safe to incref while the thread holds
// no newer state).
Ref type_lookup_ref(TypeObject* type, Str* name);
// Per interpreter (InterpreterState::type_cache, vm/state.cpp).
struct TypeCache;
TypeCache* type_cache_new();
void type_cache_free(TypeCache* cache);

// Added by types (objects/object_type.cpp): the instance __dict__ of obj (borrowed), created
// when `create`; null if obj has none. The dict lives at type->dict_offset when > 0; for heap
// subclasses of built-in types other than object (dict_offset < 0) it lives in a per-interpreter
// side table, so those built-in types may allocate their instances with any size.
Value instance_dict(Value obj, bool create);
// type.__repr__ text parts: the __module__ (null if absent) and __qualname__ of a type.
std::string type_qualname(TypeObject* type);
Value type_module(TypeObject* type);  // borrowed str, or null
// types.GenericAlias for cls[item] (PEP 585: list[int], dict[str, int]); what a built-in generic
// class's __class_getitem__ returns. item may be a tuple of arguments.
Ref make_generic_alias(Value origin, Value item);

}  // namespace weft
