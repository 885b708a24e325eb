// Descriptor and native-callable objects (objects/descriptors.cpp, objects/property.cpp):
//   builtin_function_or_method  a native function bound to a module or to self (len, [].append)
//   method_descriptor           an unbound native method in a type's dict (list.append)
//   classmethod_descriptor      a native class method in a type's dict (dict.fromkeys)
//   getset_descriptor           a computed attribute implemented in C++ (int.real)
//   member_descriptor           a __slots__ entry (a Ref stored at a fixed offset in the instance)
//   wrapper_descriptor          a slot exposed as a dunder (int.__add__), see slots.h
//   method-wrapper              a wrapper_descriptor bound to an instance ((1).__add__)
//   staticmethod, classmethod, property
#pragma once
#include "objects/object.h"

namespace weft {

extern TypeObject BuiltinFunctionType;   // builtin_function_or_method
extern TypeObject MethodDescrType;       // method_descriptor
extern TypeObject ClassMethodDescrType;  // classmethod_descriptor
extern TypeObject GetSetDescrType;       // getset_descriptor
extern TypeObject MemberDescrType;       // member_descriptor
extern TypeObject WrapperDescrType;      // wrapper_descriptor
extern TypeObject MethodWrapperType;     // method-wrapper
extern TypeObject StaticMethodType;      // staticmethod
extern TypeObject ClassMethodType;       // classmethod
extern TypeObject PropertyType;          // property

struct NativeFunction : Object {
  const MethodDef* def = nullptr;
  Ref self;    // bound instance / type / module; null for a plain function
  Ref module;  // __module__ (a str or a module), may be null
};

// A builtin_function_or_method calling def->fn(self, args). `self` is the module for module
// functions (repr "<built-in function len>") or the instance for bound methods ("<built-in
// method append of list object at 0x...>"). `module` may be a module object, a str or null.
Ref make_native_function(const MethodDef* def, Value self, Value module);
inline bool is_native_function(Value v) {
  return v.is_object() && v.type() == &BuiltinFunctionType;
}

struct MethodDescr : Object {
  const MethodDef* def = nullptr;
  TypeObject* owner = nullptr;
};

struct GetSetDescr : Object {
  const GetSetDef* def = nullptr;
  TypeObject* owner = nullptr;
};

// A __slots__ slot: a Value (owned reference, null = unset) at `offset` bytes into the object.
struct MemberDescr : Object {
  Ref name;  // str
  TypeObject* owner = nullptr;
  size_t offset = 0;
};

struct SlotDef;  // objects/slots.h
struct WrapperDescr : Object {
  const SlotDef* slot = nullptr;
  TypeObject* owner = nullptr;
  void* fn = nullptr;  // the owner's slot function this wrapper calls (type depends on slot)
};

struct MethodWrapper : Object {
  Ref descr;  // WrapperDescr
  Ref self;
};

struct StaticMethod : Object {
  Ref func;
  Ref dict;
};
struct ClassMethod : Object {
  Ref func;
  Ref dict;
};

struct Property : Object {
  Ref fget, fset, fdel, doc;
  Ref name;  // set by __set_name__; used in error messages
};

Ref make_method_descr(TypeObject* owner, const MethodDef* def);
Ref make_getset_descr(TypeObject* owner, const GetSetDef* def);
Ref make_member_descr(TypeObject* owner, Str* name, size_t offset);
Ref make_staticmethod(Value func);
Ref make_classmethod(Value func);
Ref make_property(Value fget, Value fset, Value fdel, Value doc);

}  // namespace weft
