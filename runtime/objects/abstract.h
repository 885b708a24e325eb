// The object protocol: what the VM, the builtins and the modules call instead of touching slots
// directly. Each function dispatches through the type's slots exactly as CPython does (reflected
// operands, NotImplemented, rich-comparison fallbacks, __len__ truthiness, ...) and raises the
// TypeError CPython raises when nothing applies, with CPython's message, e.g.
//   unsupported operand type(s) for +: 'int' and 'str'
//   '<' not supported between instances of 'int' and 'str'
//   'int' object is not iterable / not subscriptable / not callable
#pragma once
#include <initializer_list>

#include "objects/object.h"

namespace weft {

// Singletons (objects/none.cpp, objects/bool.cpp). Immortal; Value(None) etc.
extern Object NoneObject;
extern Object NotImplementedObject;
extern Object EllipsisObject;
extern TypeObject NoneType, NotImplementedType, EllipsisType, BoolType;
struct BoolObject;
extern Object* const True;
extern Object* const False;
inline Value None() { return Value(&NoneObject); }
inline Ref none() { return Ref::steal(Value(&NoneObject)); }  // immortal: no count needed
inline Value NotImplemented() { return Value(&NotImplementedObject); }
inline Ref not_implemented() { return Ref::steal(Value(&NotImplementedObject)); }
inline Ref make_bool(bool b) { return Ref::steal(Value(b ? True : False)); }
inline bool is_none(Value v) { return v.raw() == reinterpret_cast<uintptr_t>(&NoneObject); }

// Text
Result<Ref> repr(Value v);      // -> str
Result<Ref> str(Value v);       // -> str
Result<Ref> ascii(Value v);     // -> str
Result<Ref> format(Value v, Value spec);  // format(v, spec); spec is a str
Result<std::string> repr_utf8(Value v);   // convenience for messages
Result<std::string> str_utf8(Value v);

// Hashing and truth
Result<int64_t> hash(Value v);  // TypeError: unhashable type: 'list'
Result<bool> truthy(Value v);

// Attributes (name must be a str; use ids:: or intern())
Result<Ref> getattr(Value obj, Str* name);
Result<Ref> getattr_opt(Value obj, Str* name);  // null Ref, no error, on AttributeError
Status setattr(Value obj, Str* name, Value v);
Status delattr(Value obj, Str* name);
Result<bool> hasattr(Value obj, Str* name);
// object.__getattribute__ / __setattr__ (descriptors, instance dict, type dict via MRO).
Result<Ref> generic_getattr(Value obj, Str* name);
Status generic_setattr(Value obj, Str* name, Value v);
// Finds name along type's MRO without invoking descriptors; null if absent. Borrowed.
Value type_lookup(TypeObject* type, Str* name);

// Calls
Result<Ref> call(Value callable, CallArgs args);
Result<Ref> call(Value callable, std::initializer_list<Value> args);
Result<Ref> call_method(Value obj, Str* name, std::initializer_list<Value> args);
// Calls obj.name(*args) only if type(obj) defines name; null Ref, no error, if it does not.
Result<Ref> call_special_opt(Value obj, Str* name, std::initializer_list<Value> args);
bool is_callable(Value v);

// Operators
Result<Ref> binary_op(Value a, Value b, BinOp op);
Result<Ref> inplace_op(Value a, Value b, BinOp op);
Result<Ref> unary_op(Value a, UnaryOp op);
Result<Ref> compare(Value a, Value b, CmpOp op);
Result<bool> compare_bool(Value a, Value b, CmpOp op);
Result<bool> equals(Value a, Value b);  // identity first, as CPython's containers do
Result<Ref> power(Value a, Value b, Value mod);  // pow(a, b, mod); mod may be None

// Iteration
Result<Ref> get_iter(Value v);
Result<Ref> iter_next(Value it);  // null Ref without error = exhausted

// Containers
Result<Ref> getitem(Value obj, Value key);
Status setitem(Value obj, Value key, Value v);
Status delitem(Value obj, Value key);
Result<bool> contains(Value container, Value item);
Result<int64_t> length(Value v);  // TypeError: object of type 'int' has no len()

// Numbers
Result<int64_t> index_to_int64(Value v);  // __index__; OverflowError past int64
Result<Ref> index(Value v);               // operator.index
Result<Ref> number_to_int(Value v);       // int(v)
Result<double> number_to_double(Value v); // float(v) for int/float/__float__/__index__

// Types
bool is_subtype(TypeObject* a, TypeObject* b);  // via MRO
inline bool is_instance_exact(Value v, TypeObject* t) { return v.type() == t; }
inline bool is_instance_of(Value v, TypeObject* t) { return v.type() == t || is_subtype(v.type(), t); }
Result<bool> isinstance(Value v, Value classinfo);   // tuple, __instancecheck__
Result<bool> issubclass(Value cls, Value classinfo);

// Recursion guard for native recursion (repr of nested containers, comparisons, ...):
//   NativeRecursionGuard g; if (!g.ok()) return kError;   // RecursionError raised
class NativeRecursionGuard {
 public:
  NativeRecursionGuard();
  // Added by types: `where` completes the message, e.g. " while getting the repr of an object".
  explicit NativeRecursionGuard(const char* where);
  ~NativeRecursionGuard();
  bool ok() const { return ok_; }

 private:
  bool ok_;
};

// Py_ReprEnter/Py_ReprLeave for containers whose repr may recurse into themselves (dict "{...}",
// list "[...]"): repr_enter returns true if `o` is already being repr'd on this thread (print the
// placeholder and do NOT call repr_leave); otherwise it marks `o` and the caller must call
// repr_leave(o) when done. Implemented in objects/dict.cpp (state in ThreadState::repr_stack).
bool repr_enter(Object* o);
void repr_leave(Object* o);

}  // namespace weft
