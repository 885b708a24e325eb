// Values, the object header, owning references and the type object with its slots.
//
// A Value is one machine word: either a small integer stored inline (low bit 1) or a pointer to
// an Object (low bit 0, 8-byte aligned), or null (0: "no value", used for unset slots/locals).
// Small-int arithmetic allocates nothing and touches no reference count. Integers outside
// [kSmallIntMin, kSmallIntMax] are BigInt objects (objects/int.h) — there is exactly one
// representation for each integer value, so equality of two small ints is equality of words.
#pragma once
#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>

#include "concurrency/object_lock.h"
#include "concurrency/refcount.h"
#include "objects/result.h"

namespace weft {

struct Object;
struct TypeObject;
struct Str;
struct Tuple;
struct Dict;

inline constexpr int64_t kSmallIntMax = (int64_t(1) << 61) - 1;
inline constexpr int64_t kSmallIntMin = -(int64_t(1) << 61);

class Value {
 public:
  constexpr Value() : bits_(0) {}
  Value(Object* o) : bits_(reinterpret_cast<uintptr_t>(o)) {}  // NOLINT: implicit by design
  static Value from_raw(uintptr_t bits) { Value v; v.bits_ = bits; return v; }
  static Value small_int(int64_t i) { return from_raw((uint64_t(i) << 1) | 1); }
  static bool fits_small(int64_t i) { return i >= kSmallIntMin && i <= kSmallIntMax; }

  bool is_null() const { return bits_ == 0; }
  bool is_small_int() const { return bits_ & 1; }
  bool is_object() const { return bits_ != 0 && !(bits_ & 1); }
  int64_t as_small_int() const { return int64_t(bits_) >> 1; }
  Object* obj() const { return reinterpret_cast<Object*>(bits_); }
  uintptr_t raw() const { return bits_; }
  inline TypeObject* type() const;  // below; small ints report int's type
  bool is(Value o) const { return bits_ == o.bits_; }
  explicit operator bool() const { return bits_ != 0; }
  bool operator==(const Value& o) const { return bits_ == o.bits_; }  // identity

 private:
  uintptr_t bits_;
};

struct Object {
  ObjectHeader header;
  TypeObject* type;
};

inline ObjectHeader* object_header(Object* o) { return &o->header; }

inline void incref(Object* o) { header_incref(&o->header); }
inline void decref(Object* o) { header_decref(o, &o->header); }
inline void incref(Value v) { if (v.is_object()) incref(v.obj()); }
inline void decref(Value v) { if (v.is_object()) decref(v.obj()); }
inline void xdecref(Value v) { decref(v); }  // null-safe (decref already is)

// Owning reference. Copy increments, destruction decrements, move transfers.
class Ref {
 public:
  Ref() = default;
  Ref(std::nullptr_t) {}
  Ref(const Ref& o) : v_(o.v_) { incref(v_); }
  Ref(Ref&& o) noexcept : v_(o.v_) { o.v_ = Value(); }
  ~Ref() { decref(v_); }
  Ref& operator=(const Ref& o) { Value old = v_; v_ = o.v_; incref(v_); decref(old); return *this; }
  Ref& operator=(Ref&& o) noexcept {
    if (this != &o) { Value old = v_; v_ = o.v_; o.v_ = Value(); decref(old); }
    return *this;
  }

  static Ref steal(Value v) { Ref r; r.v_ = v; return r; }        // takes over a reference
  static Ref borrow(Value v) { incref(v); return steal(v); }      // adds a reference
  static Ref small_int(int64_t i) { return steal(Value::small_int(i)); }

  Value get() const { return v_; }
  operator Value() const { return v_; }  // NOLINT: implicit by design
  Value release() { Value v = v_; v_ = Value(); return v; }
  void reset() { Value old = v_; v_ = Value(); decref(old); }
  explicit operator bool() const { return !v_.is_null(); }
  Object* obj() const { return v_.obj(); }
  TypeObject* type() const { return v_.type(); }
  template <class T>
  T* as() const { return static_cast<T*>(v_.obj()); }

 private:
  Value v_;
};

template <class T>
inline T* as(Value v) { return static_cast<T*>(v.obj()); }

// Arguments of a call, vectorcall style: args[0..nargs) are positional; when kwnames (a tuple of
// str) is given, the keyword values follow in args[nargs..nargs+len(kwnames)).
struct CallArgs {
  const Value* args = nullptr;
  size_t nargs = 0;
  Tuple* kwnames = nullptr;

  size_t nkw() const;  // objects/tuple.h
  Value operator[](size_t i) const { return args[i]; }
  Value kwvalue(size_t i) const { return args[nargs + i]; }
};

enum class BinOp : uint8_t {
  Add, Sub, Mul, MatMul, TrueDiv, FloorDiv, Mod, Pow, LShift, RShift, And, Or, Xor, kCount
};
enum class UnaryOp : uint8_t { Neg, Pos, Invert };
enum class CmpOp : uint8_t { Lt, Le, Eq, Ne, Gt, Ge };

// Whether `op` holds for a three-way comparison result c (<0, 0, >0).
inline bool cmp_result(int c, CmpOp op) {
  switch (op) {
    case CmpOp::Lt: return c < 0;
    case CmpOp::Le: return c <= 0;
    case CmpOp::Eq: return c == 0;
    case CmpOp::Ne: return c != 0;
    case CmpOp::Gt: return c > 0;
    case CmpOp::Ge: return c >= 0;
  }
  return false;
}

// "+", "__add__", "__radd__", "__iadd__" for each BinOp (objects/abstract.cpp).
const char* binop_symbol(BinOp op);

using NativeFn = Result<Ref> (*)(Value self, CallArgs args);
using BinaryFn = Result<Ref> (*)(Value a, Value b);  // may return NotImplemented
using UnaryFn = Result<Ref> (*)(Value a);

// A native method in a type's method table. `self` is the instance (or the type for
// kClassMethod, nothing for kStaticMethod).
struct MethodDef {
  const char* name;
  NativeFn fn;
  uint32_t flags = 0;
  const char* doc = nullptr;
  enum : uint32_t { kClassMethod = 1, kStaticMethod = 2 };
};

// A computed attribute (property implemented in C++). set may be null (read-only).
struct GetSetDef {
  const char* name;
  Result<Ref> (*get)(Value self);
  Status (*set)(Value self, Value v) = nullptr;  // v null = delete
  const char* doc = nullptr;
};

enum TypeFlags : uint32_t {
  kTypeHeapType = 1u << 0,      // created by a class statement or type(); attributes writable
  kTypeBaseType = 1u << 1,      // may be subclassed
  kTypeHasDict = 1u << 2,       // instances carry a __dict__
  kTypeIntSubclass = 1u << 3,   // fast subtype checks, as CPython's tp_flags
  kTypeStrSubclass = 1u << 4,
  kTypeListSubclass = 1u << 5,
  kTypeTupleSubclass = 1u << 6,
  kTypeDictSubclass = 1u << 7,
  kTypeExceptionSubclass = 1u << 8,
  kTypeTypeSubclass = 1u << 9,
  kTypeReady = 1u << 10,
  // Added by types: instances are unbound methods (function, method_descriptor, wrapper_descriptor):
  // obj.name(...) may call the attribute with obj prepended instead of binding (LOAD_METHOD).
  kTypeMethodDescriptor = 1u << 11,
  // Added by typecache: never give this type an attribute-cache version (its MRO comes from a
  // metaclass mro() and may hold classes whose changes would not reach it).
  kTypeNoAttrCache = 1u << 12,
};

// The type object. Behaviour lives in slots; a user class fills its slots with wrappers that
// dispatch to its dunder methods (objects/type.cpp), so run-time changes to a class take effect.
// type_ready() (objects/type.h) builds dict/mro and inherits unset slots from the base.
struct TypeObject : Object {
  const char* name = nullptr;  // tp_name, e.g. "int", "collections.deque"
  TypeObject* base = nullptr;
  Ref bases;      // tuple
  Ref mro;        // tuple
  Ref dict;       // Dict: the type's namespace
  Ref name_str;   // __name__ (str)
  Ref qualname;   // __qualname__ (str)
  uint32_t flags = 0;
  // Attribute-cache version (objects/type.cpp, added by typecache): 0 = none yet; reset when this
  // type's or a base's dict or MRO changes. ft: accessed with atomic_ref.
  uint32_t version_tag = 0;
  size_t basic_size = sizeof(Object);
  ptrdiff_t dict_offset = 0;  // where the instance __dict__ pointer lives, 0 = none

  void (*dealloc)(Object*) = nullptr;
  Result<Ref> (*repr)(Value) = nullptr;
  Result<Ref> (*str)(Value) = nullptr;
  Result<int64_t> (*hash)(Value) = nullptr;  // null: unhashable when eq is overridden
  Result<Ref> (*richcompare)(Value a, Value b, CmpOp op) = nullptr;  // may return NotImplemented
  Result<Ref> (*getattr)(Value obj, Str* name) = nullptr;
  Status (*setattr)(Value obj, Str* name, Value v) = nullptr;  // v null = delete
  Result<Ref> (*call)(Value callable, CallArgs args) = nullptr;
  Result<Ref> (*iter)(Value) = nullptr;
  Result<Ref> (*iternext)(Value) = nullptr;  // null Ref without error = exhausted
  BinaryFn binop[size_t(BinOp::kCount)] = {};
  BinaryFn inplace[size_t(BinOp::kCount)] = {};  // null = fall back to binop
  UnaryFn neg = nullptr, pos = nullptr, invert = nullptr, abs = nullptr;
  Result<bool> (*truth)(Value) = nullptr;       // null: use len, else true
  Result<int64_t> (*len)(Value) = nullptr;
  Result<Ref> (*getitem)(Value obj, Value key) = nullptr;
  Status (*setitem)(Value obj, Value key, Value v) = nullptr;  // v null = delete
  Result<bool> (*contains)(Value obj, Value item) = nullptr;
  UnaryFn index = nullptr;  // __index__ -> int
  UnaryFn to_int = nullptr;  // __int__
  UnaryFn to_float = nullptr;  // __float__
  Result<Ref> (*descr_get)(Value descr, Value obj, Value type) = nullptr;  // obj null: via class
  Status (*descr_set)(Value descr, Value obj, Value v) = nullptr;          // v null = delete
  Result<Ref> (*new_)(TypeObject* type, CallArgs args) = nullptr;
  Status (*init)(Value self, CallArgs args) = nullptr;

  const MethodDef* methods = nullptr;   // terminated by {nullptr}
  const GetSetDef* getsets = nullptr;   // terminated by {nullptr}
  const char* doc = nullptr;
};

// The int type (objects/int.cpp); small ints are ints without a header.
extern TypeObject IntType;

inline TypeObject* Value::type() const {
  return is_small_int() ? &IntType : obj()->type;
}

// Allocation: every object comes from here (memory/alloc.h uses mimalloc). The header is
// initialised (count 1, owned by the calling thread) and `type` set.
void* alloc_object_memory(size_t size);
void free_object_memory(void* p);

template <class T, class... Args>
T* new_object(TypeObject* type, Args&&... args) {
  void* mem = alloc_object_memory(sizeof(T));
  T* o = new (mem) T(std::forward<Args>(args)...);
  header_init(&o->header);
  o->type = type;
  if (type->flags & kTypeHeapType) incref(type);
  return o;
}

// Same for objects with trailing variable-size storage (Str, Tuple): `size` bytes in all.
template <class T>
T* new_object_sized(TypeObject* type, size_t size) {
  void* mem = alloc_object_memory(size);
  T* o = new (mem) T();
  header_init(&o->header);
  o->type = type;
  if (type->flags & kTypeHeapType) incref(type);
  return o;
}

// Destroys an object built by new_object (runs its C++ destructor, releases its heap type).
template <class T>
void delete_object(T* o) {
  TypeObject* type = o->type;
  o->~T();
  free_object_memory(o);
  if (type->flags & kTypeHeapType) decref(type);
}

// Makes an object immortal: never counted, never freed (None, True, built-in types, ...).
inline void make_immortal(Object* o) { header_make_immortal(&o->header); }

}  // namespace weft
