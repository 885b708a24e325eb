// The bridge between type slots and dunder methods (objects/slots.cpp).
//
// Built-in types: type_ready() exposes every slot a type defines itself as a wrapper_descriptor
// (int.__add__, list.__len__, object.__repr__ ...), so Python code can call them explicitly.
// Heap types: each slot is set from the dunders found along the MRO. When the dunder found is the
// wrapper_descriptor of the same slot, the wrapped native function is used directly (no
// dispatch cost for a class that only inherits from list); otherwise a generic function that
// looks the dunder up on every call is installed, so run-time changes to a class take effect.
#pragma once
#include <string>
#include <vector>

#include "objects/object.h"

namespace weft {

// The object behind a class statement / type(name, bases, dict).
struct HeapType : TypeObject {
  std::string name_storage;                // TypeObject::name points here
  std::vector<TypeObject*> subclasses;     // heap subclasses (for slot updates, __subclasses__)
  std::vector<size_t> ref_offsets;         // __slots__ members and inline __dict__ (this + heap bases)
  TypeObject* static_base = nullptr;       // nearest built-in base: its dealloc frees instances
  Ref slot_names;                          // tuple of the __slots__ names or null
  bool has_weakref = false;                // instances have a __weakref__ slot (this or a heap base)
  bool has_del = false;                    // __del__ somewhere on the MRO (heap_dealloc calls it)
};

// One Python-visible name for a slot.
enum class SlotKind : uint8_t {
  Repr, Str, Hash, Call, Iter, Next, Len, Bool, GetItem, SetItem, DelItem, Contains,
  Index, Int, Float, Neg, Pos, Invert, Abs, Get, Set, Delete, Init, New,
  GetAttribute, GetAttr, SetAttr, DelAttr, Lt, Le, Eq, Ne, Gt, Ge, BinL, BinR, InPlace,
};

// Slots that are filled together (e.g. __setitem__ and __delitem__ share setitem).
enum class SlotGroup : uint8_t {
  Repr, Str, Hash, Call, Iter, Next, Len, Bool, GetItem, SetItem, Contains, Index, Int, Float,
  Neg, Pos, Invert, Abs, DescrGet, DescrSet, Init, New, GetAttr, SetAttr, RichCmp, Bin, InPlace,
};

struct SlotDef {
  const char* name;  // "__add__"
  Str** id;          // the ids:: string of the name
  SlotKind kind;
  SlotGroup group;
  BinOp op;  // for Bin*/InPlace
};

// The full table, ended by {nullptr}.
extern const SlotDef kSlotDefs[];

// Dunder names of binary operators ("__add__", "__radd__", "__iadd__").
Str* binop_dunder(BinOp op);
Str* binop_rdunder(BinOp op);
Str* binop_idunder(BinOp op);

// type_ready: adds wrapper_descriptors for the slots `type` sets itself (before inheritance);
// names already present in the dict (from the method table) win.
void add_slot_wrappers(TypeObject* type);
// type_new / attribute assignment: recompute every dunder-governed slot of a heap type.
void fixup_heap_slots(TypeObject* type);
// Calls a wrapper_descriptor's slot function for `self` with the remaining arguments.
Result<Ref> call_slot_wrapper(Value descr, Value self, CallArgs args);

// The native function behind T.__new__ (a builtin method bound to the type T).
extern const MethodDef kTpNewDef;

// Calls the dunder `descr` (found on type(self)) with self prepended, binding as needed.
Result<Ref> call_unbound(Value descr, Value self, std::initializer_list<Value> args);

}  // namespace weft
