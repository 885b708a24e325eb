// Type objects: readying built-in types, creating classes, MRO, slot wrappers for user dunders.
#pragma once
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

}  // namespace weft
