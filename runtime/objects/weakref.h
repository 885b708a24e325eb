// Weak references: weakref.ref / proxy objects (the _weakref module).
//
// No object header grows: a weak reference's referent is found through a side table (referent
// address -> its weak references) guarded by one mutex. A type whose instances have (had) weak
// references carries kTypeWeakrefable; dealloc_object (memory/alloc.cpp) calls
// weakref_object_dying() only for those types, and that returns at once while no weak reference
// is alive anywhere. So objects that never had a weak reference pay one flag test.
//
// Thread safety (ft build): a weakref is dereferenced under the table mutex with a try-incref
// that fails once the referent's count has reached zero; the dying object's memory stays valid
// until its dealloc has taken the same mutex and detached the references, so a concurrent
// dereference returns None, never a dangling pointer.
#pragma once
#include "objects/init.h"
#include "objects/object.h"

namespace weft {

// Type flag (TypeObject::flags): instances may be weakly referenced and are looked up in the
// side table when they die. Set on built-in types at start-up, on heap types lazily.
inline constexpr uint32_t kTypeWeakrefable = 1u << 24;

extern TypeObject WeakrefType;              // weakref.ReferenceType
extern TypeObject WeakProxyType;            // weakref.ProxyType
extern TypeObject WeakCallableProxyType;    // weakref.CallableProxyType

struct WeakRef : Object {
  Object* referent = nullptr;  // null once the referent died (guarded by the table mutex)
  Ref callback;                // or null
  int64_t hash = -1;           // cached hash of the referent (-1: not computed)
};

// Called by dealloc_object for objects of kTypeWeakrefable types.
void weakref_object_dying(Object* o);

// A new reference to the referent, or None when it is gone.
Ref weakref_get(WeakRef* w);

// weakref.ref(obj, callback) / weakref.proxy(obj, callback).
Result<Ref> weakref_new(Value obj, Value callback, TypeObject* kind);
size_t weakref_count(Value obj);
Result<Ref> weakref_list(Value obj);  // list of the weak references to obj

void init_weakref_types(TypeList& out);

}  // namespace weft
