// The object protocol (abstract.h): dispatch through type slots with CPython's rules and messages.
#include "objects/abstract.h"

#include <cstring>
#include <string>
#include <vector>

#include "objects/descriptors.h"
#include "objects/dict.h"
#include "objects/exceptions.h"
#include "bytecode/code.h"  // function.h needs Code complete
#include "objects/float.h"
#include "objects/function.h"
#include "objects/int.h"
#include "objects/iterobject.h"
#include "objects/slots.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "vm/state.h"

namespace weft {

bool is_union(Value v);      // type.cpp
Value union_args(Value v);   // type.cpp

namespace {

const char* const kBinSymbols[] = {"+", "-", "*", "@", "/", "//", "%", "**", "<<", ">>", "&", "|", "^"};
const char* const kInplaceSymbols[] = {"+=", "-=", "*=", "@=", "/=", "//=", "%=", "**=",
                                       "<<=", ">>=", "&=", "|=", "^="};
const char* const kCmpSymbols[] = {"<", "<=", "==", "!=", ">", ">="};

inline bool is_ni(const Ref& r) { return r.get() == NotImplemented(); }

std::string tn(Value v) { return type_name(v); }

}  // namespace

const char* binop_symbol(BinOp op) { return kBinSymbols[size_t(op)]; }

// ---- text ------------------------------------------------------------------------------------

Result<Ref> repr(Value v) {
  if (is_str_exact(v)) {
    // Fast path only avoids the guard; the str type's repr slot does the work.
  }
  NativeRecursionGuard g(" while getting the repr of an object");
  if (!g.ok()) return kError;
  TypeObject* t = v.type();
  Ref r;
  if (t->repr) {
    r = TRY(t->repr(v));
  } else {
    char buf[64];
    std::snprintf(buf, sizeof buf, " object at %p>", static_cast<void*>(v.obj()));
    r = make_str(std::string("<") + t->name + buf);
  }
  if (!is_str(r)) return raise(exc::TypeError, "__repr__ returned non-string (type " + tn(r) + ")");
  return r;
}

Result<Ref> str(Value v) {
  if (is_str_exact(v)) return Ref::borrow(v);
  NativeRecursionGuard g(" while getting the str of an object");
  if (!g.ok()) return kError;
  TypeObject* t = v.type();
  Ref r;
  if (t->str) r = TRY(t->str(v));
  else return repr(v);
  if (!is_str(r)) return raise(exc::TypeError, "__str__ returned non-string (type " + tn(r) + ")");
  return r;
}

namespace {

// Decodes one UTF-8 code point starting at s[i]; advances i.
uint32_t decode_utf8(std::string_view s, size_t& i) {
  unsigned char c = s[i];
  if (c < 0x80) { ++i; return c; }
  int n = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : 1;
  uint32_t cp = c & (0x3F >> n);
  ++i;
  for (int k = 0; k < n && i < s.size(); ++k, ++i) cp = (cp << 6) | (uint8_t(s[i]) & 0x3F);
  return cp;
}

}  // namespace

Result<Ref> ascii(Value v) {
  Ref r = TRY(repr(v));
  std::string_view s = str_view(r);
  bool all_ascii = true;
  for (char c : s) all_ascii &= (unsigned char)c < 0x80;
  if (all_ascii) return r;
  std::string out;
  char buf[16];
  for (size_t i = 0; i < s.size();) {
    uint32_t cp = decode_utf8(s, i);
    if (cp < 0x80) out += char(cp);
    else if (cp < 0x100) { std::snprintf(buf, sizeof buf, "\\x%02x", cp); out += buf; }
    else if (cp < 0x10000) { std::snprintf(buf, sizeof buf, "\\u%04x", cp); out += buf; }
    else { std::snprintf(buf, sizeof buf, "\\U%08x", cp); out += buf; }
  }
  return make_str(out);
}

Result<Ref> format(Value v, Value spec) {
  Ref empty;
  if (!spec) spec = ids::empty;
  if (is_str_exact(spec) && str_view(spec).empty()) {
    if (is_str_exact(v)) return Ref::borrow(v);
    if (v.is_small_int()) return str(v);
  }
  Value m = type_lookup(v.type(), ids::dunder_format);
  if (!m)
    return raise(exc::TypeError, std::string("Type ") + tn(v) + " doesn't define __format__");
  Ref keep = Ref::borrow(m);
  Ref r = TRY(call_unbound(m, v, {spec}));
  if (!is_str(r)) return raise(exc::TypeError, "__format__ must return a str, not " + tn(r));
  return r;
}

Result<std::string> repr_utf8(Value v) {
  Ref r = TRY(repr(v));
  return std::string(str_view(r));
}

Result<std::string> str_utf8(Value v) {
  Ref r = TRY(str(v));
  return std::string(str_view(r));
}

// ---- hashing and truth ---------------------------------------------------------------------------

Result<int64_t> hash(Value v) {
  if (v.is_small_int()) return hash_int(v);
  TypeObject* t = v.type();
  if (!t->hash) return raise(exc::TypeError, "unhashable type: '" + tn(v) + "'");
  return t->hash(v);
}

Result<bool> truthy(Value v) {
  if (v.is_small_int()) return v.as_small_int() != 0;
  if (v == Value(True)) return true;
  if (v == Value(False) || is_none(v)) return false;
  TypeObject* t = v.type();
  if (t->truth) return t->truth(v);
  if (t->len) {
    int64_t n = TRY(t->len(v));
    return n != 0;
  }
  return true;
}

// ---- attributes --------------------------------------------------------------------------------

Result<Ref> getattr(Value obj, Str* name) {
  TypeObject* t = obj.type();
  if (t->getattr) return t->getattr(obj, name);
  return generic_getattr(obj, name);
}

Result<Ref> getattr_opt(Value obj, Str* name) {
  Result<Ref> r = getattr(obj, name);
  if (r.ok()) return r;
  if (!error_matches(&exc::AttributeError)) return kError;
  clear_error();
  return Ref();
}

Status setattr(Value obj, Str* name, Value v) {
  TypeObject* t = obj.type();
  if (t->setattr) return t->setattr(obj, name, v);
  return generic_setattr(obj, name, v);
}

Status delattr(Value obj, Str* name) { return setattr(obj, name, Value()); }

Result<bool> hasattr(Value obj, Str* name) {
  Ref r = TRY(getattr_opt(obj, name));
  return bool(r);
}

// ---- calls ----------------------------------------------------------------------------------

Result<Ref> call(Value callable, CallArgs args) {
  TypeObject* t = callable.type();
  if (!t->call) return raise(exc::TypeError, "'" + tn(callable) + "' object is not callable");
  return t->call(callable, args);
}

Result<Ref> call(Value callable, std::initializer_list<Value> args) {
  return call(callable, CallArgs{args.begin(), args.size(), nullptr});
}

Result<Ref> call_method(Value obj, Str* name, std::initializer_list<Value> args) {
  // Unbound fast path: a plain method found on the type and not shadowed by the instance.
  Value d = type_lookup(obj.type(), name);
  if (d && (d.type() == &FunctionType || (d.type()->flags & kTypeMethodDescriptor))) {
    Value idict = instance_dict(obj, false);
    TypeObject* t = obj.type();
    bool default_getattr = t->getattr == ObjectType.getattr;
    if (default_getattr && (!idict || !dict_get_str(as<Dict>(idict), name))) {
      Ref keep = Ref::borrow(d);
      return call_unbound(d, obj, args);
    }
  }
  Ref m = TRY(getattr(obj, name));
  return call(m, args);
}

Result<Ref> call_special_opt(Value obj, Str* name, std::initializer_list<Value> args) {
  Value d = type_lookup(obj.type(), name);
  if (!d) return Ref();
  Ref keep = Ref::borrow(d);
  return call_unbound(d, obj, args);
}

bool is_callable(Value v) { return v.type()->call != nullptr; }

// ---- operators ---------------------------------------------------------------------------------

namespace {

// binary_op1: the left operand's slot, the right's (first when its type is a subclass).
Result<Ref> binary_op1(Value a, Value b, BinOp op) {
  size_t i = size_t(op);
  BinaryFn slota = a.type()->binop[i];
  BinaryFn slotb = nullptr;
  if (a.type() != b.type()) {
    slotb = b.type()->binop[i];
    if (slotb == slota) slotb = nullptr;
  }
  if (slota) {
    if (slotb && is_subtype(b.type(), a.type())) {
      Ref r = TRY(slotb(a, b));
      if (!is_ni(r)) return r;
      slotb = nullptr;
    }
    Ref r = TRY(slota(a, b));
    if (!is_ni(r)) return r;
  }
  if (slotb) {
    Ref r = TRY(slotb(a, b));
    if (!is_ni(r)) return r;
  }
  return not_implemented();
}

ErrorMarker binop_type_error(Value a, Value b, const char* sym) {
  return raise(exc::TypeError, std::string("unsupported operand type(s) for ") + sym + ": '" + tn(a) +
                                   "' and '" + tn(b) + "'");
}

// Exact floats mixed with floats or small ints under + - * /: the result float directly, without
// the slot dispatch (the float slots compute the same IEEE results). False: take the slow path.
inline bool float_fast_operand(Value v, double* out) {
  if (v.is_small_int()) {
    *out = double(v.as_small_int());
    return true;
  }
  if (v.obj()->type == &FloatType) {
    *out = as<Float>(v)->value;
    return true;
  }
  return false;
}

inline bool float_binop_fast(Value a, Value b, BinOp op, Ref* out) {
  if (!((a.is_object() && a.obj()->type == &FloatType) || (b.is_object() && b.obj()->type == &FloatType)))
    return false;
  double x, y;
  if (!float_fast_operand(a, &x) || !float_fast_operand(b, &y)) return false;
  switch (op) {
    case BinOp::Add: *out = make_float(x + y); return true;
    case BinOp::Sub: *out = make_float(x - y); return true;
    case BinOp::Mul: *out = make_float(x * y); return true;
    case BinOp::TrueDiv:
      if (y == 0.0) return false;  // ZeroDivisionError from the slot
      *out = make_float(x / y);
      return true;
    default: return false;
  }
}

}  // namespace

Result<Ref> binary_op(Value a, Value b, BinOp op) {
  if (Ref f; float_binop_fast(a, b, op, &f)) return f;
  Ref r = TRY(binary_op1(a, b, op));
  if (!is_ni(r)) return r;
  if (op == BinOp::RShift && is_native_function(a) &&
      std::strcmp(as<NativeFunction>(a)->def->name, "print") == 0) {
    return raise(exc::TypeError, std::string("unsupported operand type(s) for >>: '") + tn(a) + "' and '" +
                                     tn(b) + "'. Did you mean \"print(<message>, file=<output_stream>)\"?");
  }
  return binop_type_error(a, b, op == BinOp::Pow ? "** or pow()" : kBinSymbols[size_t(op)]);
}

Result<Ref> inplace_op(Value a, Value b, BinOp op) {
  if (Ref f; float_binop_fast(a, b, op, &f)) return f;  // float has no in-place slots
  if (BinaryFn f = a.type()->inplace[size_t(op)]) {
    Ref r = TRY(f(a, b));
    if (!is_ni(r)) return r;
  }
  Ref r = TRY(binary_op1(a, b, op));
  if (!is_ni(r)) return r;
  return binop_type_error(a, b, kInplaceSymbols[size_t(op)]);
}

Result<Ref> unary_op(Value a, UnaryOp op) {
  TypeObject* t = a.type();
  UnaryFn f = op == UnaryOp::Neg ? t->neg : op == UnaryOp::Pos ? t->pos : t->invert;
  if (f) return f(a);
  const char* sym = op == UnaryOp::Neg ? "unary -" : op == UnaryOp::Pos ? "unary +" : "unary ~";
  return raise(exc::TypeError, std::string("bad operand type for ") + sym + ": '" + tn(a) + "'");
}

Result<Ref> power(Value a, Value b, Value mod) {
  if (!mod || is_none(mod)) return binary_op(a, b, BinOp::Pow);
  // Three-argument pow: the left operand's __pow__(b, mod) (num types define it natively).
  Value m = type_lookup(a.type(), ids::dunder_pow);
  if (m && !(m.type() == &WrapperDescrType)) {
    Ref keep = Ref::borrow(m);
    Ref r = TRY(call_unbound(m, a, {b, mod}));
    if (!is_ni(r)) return r;
  }
  return raise(exc::TypeError, std::string("unsupported operand type(s) for ** or pow(): '") + tn(a) + "', '" +
                                   tn(b) + "', '" + tn(mod) + "'");
}

namespace {

CmpOp swapped(CmpOp op) {
  switch (op) {
    case CmpOp::Lt: return CmpOp::Gt;
    case CmpOp::Le: return CmpOp::Ge;
    case CmpOp::Gt: return CmpOp::Lt;
    case CmpOp::Ge: return CmpOp::Le;
    default: return op;
  }
}

}  // namespace

Result<Ref> compare(Value a, Value b, CmpOp op) {
  NativeRecursionGuard g(" in comparison");
  if (!g.ok()) return kError;
  TypeObject* ta = a.type();
  TypeObject* tb = b.type();
  bool checked_reverse = false;
  if (ta != tb && tb->richcompare && is_subtype(tb, ta)) {
    checked_reverse = true;
    Ref r = TRY(tb->richcompare(b, a, swapped(op)));
    if (!is_ni(r)) return r;
  }
  if (ta->richcompare) {
    Ref r = TRY(ta->richcompare(a, b, op));
    if (!is_ni(r)) return r;
  }
  if (!checked_reverse && tb->richcompare) {
    Ref r = TRY(tb->richcompare(b, a, swapped(op)));
    if (!is_ni(r)) return r;
  }
  if (op == CmpOp::Eq) return make_bool(a.is(b));
  if (op == CmpOp::Ne) return make_bool(!a.is(b));
  return raise(exc::TypeError, std::string("'") + kCmpSymbols[size_t(op)] +
                                   "' not supported between instances of '" + tn(a) + "' and '" + tn(b) + "'");
}

Result<bool> compare_bool(Value a, Value b, CmpOp op) {
  if (a.is_small_int() && b.is_small_int()) {
    int64_t x = a.as_small_int(), y = b.as_small_int();
    switch (op) {
      case CmpOp::Lt: return x < y;
      case CmpOp::Le: return x <= y;
      case CmpOp::Eq: return x == y;
      case CmpOp::Ne: return x != y;
      case CmpOp::Gt: return x > y;
      case CmpOp::Ge: return x >= y;
    }
  }
  Ref r = TRY(compare(a, b, op));
  if (r.get() == Value(True)) return true;
  if (r.get() == Value(False)) return false;
  return truthy(r);
}

Result<bool> equals(Value a, Value b) {
  if (a.is(b)) return true;
  if (a.is_small_int() && b.is_small_int()) return false;
  return compare_bool(a, b, CmpOp::Eq);
}

// ---- iteration -------------------------------------------------------------------------------

Result<Ref> get_iter(Value v) {
  TypeObject* t = v.type();
  if (t->iter) {
    Ref it = TRY(t->iter(v));
    if (!it.type()->iternext)
      return raise(exc::TypeError, "iter() returned non-iterator of type '" + tn(it) + "'");
    return it;
  }
  if (t->getitem && !is_dict(v)) return make_seq_iter(v);
  return raise(exc::TypeError, "'" + tn(v) + "' object is not iterable");
}

Result<Ref> iter_next(Value it) {
  TypeObject* t = it.type();
  if (!t->iternext) return raise(exc::TypeError, "'" + tn(it) + "' object is not an iterator");
  return t->iternext(it);
}

// ---- containers --------------------------------------------------------------------------------

Result<Ref> getitem(Value obj, Value key) {
  TypeObject* t = obj.type();
  if (t->getitem) return t->getitem(obj, key);
  if (is_type(obj)) {
    Value cg = type_lookup(as<TypeObject>(obj), ids::dunder_class_getitem);
    if (cg) {
      Ref keep = Ref::borrow(cg);
      Ref bound = cg.type()->descr_get ? TRY(cg.type()->descr_get(cg, Value(), obj)) : Ref::borrow(cg);
      return call(bound, {key});
    }
    return raise(exc::TypeError, "type '" + type_qualname(as<TypeObject>(obj)) + "' is not subscriptable");
  }
  return raise(exc::TypeError, "'" + tn(obj) + "' object is not subscriptable");
}

Status setitem(Value obj, Value key, Value v) {
  TypeObject* t = obj.type();
  if (t->setitem) return t->setitem(obj, key, v);
  return raise(exc::TypeError, "'" + tn(obj) + "' object does not support item assignment");
}

Status delitem(Value obj, Value key) {
  TypeObject* t = obj.type();
  if (t->setitem) return t->setitem(obj, key, Value());
  return raise(exc::TypeError, "'" + tn(obj) + "' object does not support item deletion");
}

Result<bool> contains(Value container, Value item) {
  TypeObject* t = container.type();
  if (t->contains) return t->contains(container, item);
  if (!t->iter && !t->getitem)
    return raise(exc::TypeError, "argument of type '" + tn(container) + "' is not iterable");
  Ref it = TRY(get_iter(container));
  for (;;) {
    Ref x = TRY(iter_next(it));
    if (!x) return false;
    bool eq = TRY(equals(x, item));
    if (eq) return true;
  }
}

Result<int64_t> length(Value v) {
  TypeObject* t = v.type();
  if (t->len) return t->len(v);
  return raise(exc::TypeError, "object of type '" + tn(v) + "' has no len()");
}

// ---- numbers -----------------------------------------------------------------------------------

Result<Ref> index(Value v) {
  if (is_int(v)) {
    if (v.is_small_int() || v.type() == &IntType || v.type() == &BoolType) return Ref::borrow(v);
  }
  TypeObject* t = v.type();
  if (!t->index)
    return raise(exc::TypeError, "'" + tn(v) + "' object cannot be interpreted as an integer");
  Ref r = TRY(t->index(v));
  if (!is_int(r)) return raise(exc::TypeError, "__index__ returned non-int (type " + tn(r) + ")");
  return r;
}

Result<int64_t> index_to_int64(Value v) {
  if (v.is_small_int()) return v.as_small_int();
  Ref i = TRY(index(v));
  int64_t out;
  if (!int_to_int64(i, &out))
    return raise(exc::OverflowError, "Python int too large to convert to C ssize_t");
  return out;
}

Result<Ref> number_to_int(Value v) {
  if (v.is_small_int() || v.type() == &IntType) return Ref::borrow(v);
  TypeObject* t = v.type();
  if (t->to_int) {
    Ref r = TRY(t->to_int(v));
    if (!is_int(r)) return raise(exc::TypeError, "__int__ returned non-int (type " + tn(r) + ")");
    return r;
  }
  if (t->index) return index(v);
  if (Value tr = type_lookup(t, ids::dunder_trunc)) {
    Ref keep = Ref::borrow(tr);
    Ref r = TRY(call_unbound(tr, v, {}));
    if (!is_int(r)) {
      if (r.type()->index) return index(r);
      return raise(exc::TypeError, "__trunc__ returned non-Integral (type " + tn(r) + ")");
    }
    return r;
  }
  if (is_str(v)) return int_from_string(str_view(v), 10);
  return raise(exc::TypeError,
               "int() argument must be a string, a bytes-like object or a real number, not '" + tn(v) + "'");
}

Result<double> number_to_double(Value v) {
  if (v.is_small_int()) return double(v.as_small_int());
  if (is_float(v)) return float_value(v);
  TypeObject* t = v.type();
  if (t == &FloatType || (t->to_float == FloatType.to_float && is_instance_of(v, &FloatType)))
    return as<Float>(v)->value;
  if (is_int(v) && !t->to_float) return int_to_double(v);
  if (t->to_float) {
    Ref r = TRY(t->to_float(v));
    if (!is_instance_of(r, &FloatType))
      return raise(exc::TypeError, std::string(t->name) + ".__float__ returned non-float (type " + tn(r) + ")");
    return as<Float>(r)->value;
  }
  if (t->index) {
    Ref i = TRY(index(v));
    return int_to_double(i);
  }
  return raise(exc::TypeError, "must be real number, not " + tn(v));
}

// ---- types ---------------------------------------------------------------------------------------

bool is_subtype(TypeObject* a, TypeObject* b) {
  if (a == b) return true;
  Value mro = a->mro;
  if (!mro) {
    for (TypeObject* t = a; t; t = t->base)
      if (t == b) return true;
    return b == &ObjectType;
  }
  Tuple* m = as<Tuple>(mro);
  for (size_t i = 0; i < m->size; ++i)
    if (m->items[i].obj() == b) return true;
  return false;
}

namespace {

bool default_check(Value checker, Str* name) {
  // True when type(checker).__instancecheck__ is type's own (no metaclass override).
  Value m = type_lookup(checker.type(), name);
  Value base = dict_get_str(as<Dict>(TypeType.dict), name);
  return !m || m.is(base);
}

}  // namespace

Result<bool> isinstance(Value v, Value cls) {
  if (v.type() == cls.obj() && cls.is_object()) return true;
  if (is_type(cls) && cls.type() == &TypeType) return is_instance_of(v, as<TypeObject>(cls));
  if (is_union(cls)) cls = union_args(cls);
  if (is_tuple(cls)) {
    NativeRecursionGuard g(" in __instancecheck__");
    if (!g.ok()) return kError;
    for (size_t i = 0; i < tuple_size(cls); ++i) {
      bool r = TRY(isinstance(v, tuple_item(cls, i)));
      if (r) return true;
    }
    return false;
  }
  if (is_type(cls) && default_check(cls, ids::dunder_instancecheck))
    return is_instance_of(v, as<TypeObject>(cls));
  Value m = type_lookup(cls.type(), ids::dunder_instancecheck);
  if (m) {
    Ref keep = Ref::borrow(m);
    Ref r = TRY(call_unbound(m, cls, {v}));
    return truthy(r);
  }
  return raise(exc::TypeError, "isinstance() arg 2 must be a type, a tuple of types, or a union");
}

Result<bool> issubclass(Value cls, Value classinfo) {
  if (is_type(classinfo) && classinfo.type() == &TypeType) {
    if (!is_type(cls)) return raise(exc::TypeError, "issubclass() arg 1 must be a class");
    return is_subtype(as<TypeObject>(cls), as<TypeObject>(classinfo));
  }
  if (is_union(classinfo)) classinfo = union_args(classinfo);
  if (is_tuple(classinfo)) {
    NativeRecursionGuard g(" in __subclasscheck__");
    if (!g.ok()) return kError;
    for (size_t i = 0; i < tuple_size(classinfo); ++i) {
      bool r = TRY(issubclass(cls, tuple_item(classinfo, i)));
      if (r) return true;
    }
    return false;
  }
  if (is_type(classinfo) && default_check(classinfo, ids::dunder_subclasscheck)) {
    if (!is_type(cls)) return raise(exc::TypeError, "issubclass() arg 1 must be a class");
    return is_subtype(as<TypeObject>(cls), as<TypeObject>(classinfo));
  }
  Value m = type_lookup(classinfo.type(), ids::dunder_subclasscheck);
  if (m) {
    Ref keep = Ref::borrow(m);
    Ref r = TRY(call_unbound(m, classinfo, {cls}));
    return truthy(r);
  }
  if (!is_type(cls)) return raise(exc::TypeError, "issubclass() arg 1 must be a class");
  return raise(exc::TypeError, "issubclass() arg 2 must be a class, a tuple of classes, or a union");
}

// ---- native recursion guard --------------------------------------------------------------------

namespace {
// CPython 3.13 bounds C recursion separately from Python recursion (Py_C_RECURSION_LIMIT).
constexpr int kNativeRecursionLimit = 10000;
}  // namespace

NativeRecursionGuard::NativeRecursionGuard() : NativeRecursionGuard("") {}

NativeRecursionGuard::NativeRecursionGuard(const char* where) : ok_(true) {
  ThreadState* ts = ThreadState::current();
  if (!ts) return;
  if (++ts->native_depth > kNativeRecursionLimit) {
    --ts->native_depth;
    ok_ = false;
    raise(exc::RecursionError, std::string("maximum recursion depth exceeded") + where);
  }
}

NativeRecursionGuard::~NativeRecursionGuard() {
  if (!ok_) return;
  if (ThreadState* ts = ThreadState::current()) --ts->native_depth;
}

}  // namespace weft
