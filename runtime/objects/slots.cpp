// Slot <-> dunder bridge: slot wrappers for built-in types, dunder dispatch for heap types.
#include "objects/slots.h"

#include <array>
#include <cstring>
#include <utility>
#include <string>
#include <vector>

#include "objects/abstract.h"
#include "objects/descriptors.h"
#include "objects/dict.h"
#include "objects/exceptions.h"
#include "bytecode/code.h"  // function.h needs Code complete
#include "objects/function.h"
#include "objects/int.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"

namespace weft {

namespace {

#define OPS(X) X(add) X(sub) X(mul) X(matmul) X(truediv) X(floordiv) X(mod) X(pow) \
  X(lshift) X(rshift) X(and) X(or) X(xor)
#define L(o) &ids::dunder_##o,
#define R(o) &ids::dunder_r##o,
#define I(o) &ids::dunder_i##o,
Str** const kBinDunder[] = {OPS(L)};
Str** const kBinRDunder[] = {OPS(R)};
Str** const kBinIDunder[] = {OPS(I)};
#undef L
#undef R
#undef I
#undef OPS
const char* const kBinNames[] = {"__add__", "__sub__", "__mul__", "__matmul__", "__truediv__",
                                 "__floordiv__", "__mod__", "__pow__", "__lshift__", "__rshift__",
                                 "__and__", "__or__", "__xor__"};
const char* const kBinRNames[] = {"__radd__", "__rsub__", "__rmul__", "__rmatmul__",
                                  "__rtruediv__", "__rfloordiv__", "__rmod__", "__rpow__",
                                  "__rlshift__", "__rrshift__", "__rand__", "__ror__", "__rxor__"};
const char* const kBinINames[] = {"__iadd__", "__isub__", "__imul__", "__imatmul__",
                                  "__itruediv__", "__ifloordiv__", "__imod__", "__ipow__",
                                  "__ilshift__", "__irshift__", "__iand__", "__ior__", "__ixor__"};

}  // namespace

Str* binop_dunder(BinOp op) { return *kBinDunder[size_t(op)]; }
Str* binop_rdunder(BinOp op) { return *kBinRDunder[size_t(op)]; }
Str* binop_idunder(BinOp op) { return *kBinIDunder[size_t(op)]; }

#define S(id, kind, group) {"__" #id "__", &ids::dunder_##id, SlotKind::kind, SlotGroup::group, BinOp::Add}
#define B(i, op) \
  {kBinNames[i], kBinDunder[i], SlotKind::BinL, SlotGroup::Bin, BinOp::op}, \
  {kBinRNames[i], kBinRDunder[i], SlotKind::BinR, SlotGroup::Bin, BinOp::op}
#define IB(i, op) {kBinINames[i], kBinIDunder[i], SlotKind::InPlace, SlotGroup::InPlace, BinOp::op}

const SlotDef kSlotDefs[] = {
    S(getattribute, GetAttribute, GetAttr),
    S(getattr, GetAttr, GetAttr),
    S(setattr, SetAttr, SetAttr),
    S(delattr, DelAttr, SetAttr),
    S(repr, Repr, Repr),
    S(hash, Hash, Hash),
    S(call, Call, Call),
    S(str, Str, Str),
    S(lt, Lt, RichCmp),
    S(le, Le, RichCmp),
    S(eq, Eq, RichCmp),
    S(ne, Ne, RichCmp),
    S(gt, Gt, RichCmp),
    S(ge, Ge, RichCmp),
    S(iter, Iter, Iter),
    S(next, Next, Next),
    S(get, Get, DescrGet),
    S(set, Set, DescrSet),
    S(delete, Delete, DescrSet),
    S(init, Init, Init),
    B(0, Add), B(1, Sub), B(2, Mul), B(3, MatMul), B(4, TrueDiv), B(5, FloorDiv), B(6, Mod),
    B(7, Pow), B(8, LShift), B(9, RShift), B(10, And), B(11, Or), B(12, Xor),
    S(neg, Neg, Neg),
    S(pos, Pos, Pos),
    S(abs, Abs, Abs),
    S(bool, Bool, Bool),
    S(invert, Invert, Invert),
    S(int, Int, Int),
    S(float, Float, Float),
    IB(0, Add), IB(1, Sub), IB(2, Mul), IB(3, MatMul), IB(4, TrueDiv), IB(5, FloorDiv),
    IB(6, Mod), IB(7, Pow), IB(8, LShift), IB(9, RShift), IB(10, And), IB(11, Or), IB(12, Xor),
    S(index, Index, Index),
    S(len, Len, Len),
    S(getitem, GetItem, GetItem),
    S(setitem, SetItem, SetItem),
    S(delitem, DelItem, SetItem),
    S(contains, Contains, Contains),
    {nullptr, nullptr, SlotKind::Repr, SlotGroup::Repr, BinOp::Add},
};

#undef S
#undef B
#undef IB

namespace {

using ReprFn = Result<Ref> (*)(Value);
using HashFn = Result<int64_t> (*)(Value);
using CmpFn = Result<Ref> (*)(Value, Value, CmpOp);
using GetAttrFn = Result<Ref> (*)(Value, Str*);
using SetAttrFn = Status (*)(Value, Str*, Value);
using CallFn = Result<Ref> (*)(Value, CallArgs);
using BoolFn = Result<bool> (*)(Value);
using LenFn = Result<int64_t> (*)(Value);
using GetItemFn = Result<Ref> (*)(Value, Value);
using SetItemFn = Status (*)(Value, Value, Value);
using ContainsFn = Result<bool> (*)(Value, Value);
using DescrGetFn = Result<Ref> (*)(Value, Value, Value);
using DescrSetFn = Status (*)(Value, Value, Value);
using InitFn = Status (*)(Value, CallArgs);
using NewFn = Result<Ref> (*)(TypeObject*, CallArgs);

template <class F>
void* to_void(F f) { return reinterpret_cast<void*>(f); }
template <class F>
F from_void(void* p) { return reinterpret_cast<F>(p); }

// The slot function a type holds for a group (null if none).
void* get_group_slot(TypeObject* t, SlotGroup g, BinOp op) {
  switch (g) {
    case SlotGroup::Repr: return to_void(t->repr);
    case SlotGroup::Str: return to_void(t->str);
    case SlotGroup::Hash: return to_void(t->hash);
    case SlotGroup::Call: return to_void(t->call);
    case SlotGroup::Iter: return to_void(t->iter);
    case SlotGroup::Next: return to_void(t->iternext);
    case SlotGroup::Len: return to_void(t->len);
    case SlotGroup::Bool: return to_void(t->truth);
    case SlotGroup::GetItem: return to_void(t->getitem);
    case SlotGroup::SetItem: return to_void(t->setitem);
    case SlotGroup::Contains: return to_void(t->contains);
    case SlotGroup::Index: return to_void(t->index);
    case SlotGroup::Int: return to_void(t->to_int);
    case SlotGroup::Float: return to_void(t->to_float);
    case SlotGroup::Neg: return to_void(t->neg);
    case SlotGroup::Pos: return to_void(t->pos);
    case SlotGroup::Invert: return to_void(t->invert);
    case SlotGroup::Abs: return to_void(t->abs);
    case SlotGroup::DescrGet: return to_void(t->descr_get);
    case SlotGroup::DescrSet: return to_void(t->descr_set);
    case SlotGroup::Init: return to_void(t->init);
    case SlotGroup::New: return to_void(t->new_);
    case SlotGroup::GetAttr: return to_void(t->getattr);
    case SlotGroup::SetAttr: return to_void(t->setattr);
    case SlotGroup::RichCmp: return to_void(t->richcompare);
    case SlotGroup::Bin: return to_void(t->binop[size_t(op)]);
    case SlotGroup::InPlace: return to_void(t->inplace[size_t(op)]);
  }
  return nullptr;
}

void set_group_slot(TypeObject* t, SlotGroup g, BinOp op, void* fn) {
  switch (g) {
    case SlotGroup::Repr: t->repr = from_void<ReprFn>(fn); break;
    case SlotGroup::Str: t->str = from_void<ReprFn>(fn); break;
    case SlotGroup::Hash: t->hash = from_void<HashFn>(fn); break;
    case SlotGroup::Call: t->call = from_void<CallFn>(fn); break;
    case SlotGroup::Iter: t->iter = from_void<ReprFn>(fn); break;
    case SlotGroup::Next: t->iternext = from_void<ReprFn>(fn); break;
    case SlotGroup::Len: t->len = from_void<LenFn>(fn); break;
    case SlotGroup::Bool: t->truth = from_void<BoolFn>(fn); break;
    case SlotGroup::GetItem: t->getitem = from_void<GetItemFn>(fn); break;
    case SlotGroup::SetItem: t->setitem = from_void<SetItemFn>(fn); break;
    case SlotGroup::Contains: t->contains = from_void<ContainsFn>(fn); break;
    case SlotGroup::Index: t->index = from_void<UnaryFn>(fn); break;
    case SlotGroup::Int: t->to_int = from_void<UnaryFn>(fn); break;
    case SlotGroup::Float: t->to_float = from_void<UnaryFn>(fn); break;
    case SlotGroup::Neg: t->neg = from_void<UnaryFn>(fn); break;
    case SlotGroup::Pos: t->pos = from_void<UnaryFn>(fn); break;
    case SlotGroup::Invert: t->invert = from_void<UnaryFn>(fn); break;
    case SlotGroup::Abs: t->abs = from_void<UnaryFn>(fn); break;
    case SlotGroup::DescrGet: t->descr_get = from_void<DescrGetFn>(fn); break;
    case SlotGroup::DescrSet: t->descr_set = from_void<DescrSetFn>(fn); break;
    case SlotGroup::Init: t->init = from_void<InitFn>(fn); break;
    case SlotGroup::New: t->new_ = from_void<NewFn>(fn); break;
    case SlotGroup::GetAttr: t->getattr = from_void<GetAttrFn>(fn); break;
    case SlotGroup::SetAttr: t->setattr = from_void<SetAttrFn>(fn); break;
    case SlotGroup::RichCmp: t->richcompare = from_void<CmpFn>(fn); break;
    case SlotGroup::Bin: t->binop[size_t(op)] = from_void<BinaryFn>(fn); break;
    case SlotGroup::InPlace: t->inplace[size_t(op)] = from_void<BinaryFn>(fn); break;
  }
}

Str* slot_name(const SlotDef* d) { return *d->id; }

// ---- generic dispatchers for heap types --------------------------------------------------------

std::string tname(Value v) { return type_name(v); }

Value lookup(Value self, Str* name) { return type_lookup(self.type(), name); }

// Calls type(self).name(self, args...) ; `found` false (no error) when the type lacks it.
Result<Ref> call_method_maybe(Value self, Str* name, std::initializer_list<Value> args,
                             bool* found) {
  Value d = lookup(self, name);
  if (!d) {
    *found = false;
    return Ref();
  }
  *found = true;
  Ref keep = Ref::borrow(d);
  return call_unbound(d, self, args);
}

Result<Ref> call_required(Value self, Str* name, std::initializer_list<Value> args) {
  bool found;
  Ref r = TRY(call_method_maybe(self, name, args, &found));
  if (!found)
    return raise(exc::AttributeError, "'" + tname(self) + "' object has no attribute '" + std::string(name->view()) + "'");
  return r;
}

Result<Ref> slot_repr(Value self) { return call_required(self, ids::dunder_repr, {}); }
Result<Ref> slot_str(Value self) { return call_required(self, ids::dunder_str, {}); }

Result<int64_t> slot_hash(Value self) {
  Value d = lookup(self, ids::dunder_hash);
  if (!d || is_none(d)) return raise(exc::TypeError, "unhashable type: '" + tname(self) + "'");
  Ref keep = Ref::borrow(d);
  Ref r = TRY(call_unbound(d, self, {}));
  if (!is_int(r)) return raise(exc::TypeError, "__hash__ method should return an integer");
  int64_t h;
  if (!int_to_int64(r, &h) || r.type() != &IntType) h = hash_int(r);
  if (h == -1) h = -2;
  return h;
}

Str** const kCmpNames[] = {&ids::dunder_lt, &ids::dunder_le, &ids::dunder_eq,
                           &ids::dunder_ne, &ids::dunder_gt, &ids::dunder_ge};

Result<Ref> slot_richcompare(Value self, Value other, CmpOp op) {
  bool found;
  Ref r = TRY(call_method_maybe(self, *kCmpNames[size_t(op)], {other}, &found));
  if (!found) return not_implemented();
  return r;
}

bool is_generic_getattr_wrapper(Value d) {
  if (!d.is_object() || d.type() != &WrapperDescrType) return false;
  GetAttrFn fn = generic_getattr;
  return as<WrapperDescr>(d)->fn == to_void(fn);
}

Result<Ref> slot_getattr_hook(Value self, Str* name) {
  Value getattribute = lookup(self, ids::dunder_getattribute);
  Value getattr_ = lookup(self, ids::dunder_getattr);
  Ref k1 = Ref::borrow(getattribute), k2 = Ref::borrow(getattr_);
  Result<Ref> r = (!getattribute || is_generic_getattr_wrapper(getattribute))
                      ? generic_getattr(self, name)
                  : (getattribute.type() == &WrapperDescrType)
                      ? from_void<GetAttrFn>(as<WrapperDescr>(getattribute)->fn)(self, name)
                      : call_unbound(getattribute, self, {Value(name)});
  if (r.ok() || !getattr_) return r;
  if (!error_matches(&exc::AttributeError)) return kError;
  clear_error();
  return call_unbound(getattr_, self, {Value(name)});
}

Status slot_setattr(Value self, Str* name, Value v) {
  if (v) TRY(call_required(self, ids::dunder_setattr, {Value(name), v}));
  else TRY(call_required(self, ids::dunder_delattr, {Value(name)}));
  return ok();
}

Result<Ref> slot_call(Value self, CallArgs args) {
  Value d = lookup(self, ids::dunder_call);
  if (!d) return raise(exc::TypeError, "'" + tname(self) + "' object is not callable");
  Ref keep = Ref::borrow(d);
  size_t total = args.nargs + args.nkw();
  std::vector<Value> argv(total + 1);
  argv[0] = self;
  for (size_t i = 0; i < total; ++i) argv[i + 1] = args.args[i];
  TypeObject* dt = d.type();
  if (dt == &FunctionType || (dt->flags & kTypeMethodDescriptor))
    return call(d, CallArgs{argv.data(), args.nargs + 1, args.kwnames});
  Ref bound = dt->descr_get ? TRY(dt->descr_get(d, self, Value(self.type()))) : Ref::borrow(d);
  return call(bound, args);
}

Result<Ref> slot_iter(Value self) {
  Value d = lookup(self, ids::dunder_iter);
  if (!d || is_none(d)) return raise(exc::TypeError, "'" + tname(self) + "' object is not iterable");
  Ref keep = Ref::borrow(d);
  return call_unbound(d, self, {});
}

Result<Ref> slot_iternext(Value self) {
  Result<Ref> r = call_required(self, ids::dunder_next, {});
  if (r.ok()) return r;
  if (error_matches(&exc::StopIteration)) {
    clear_error();
    return Ref();
  }
  return kError;
}

Result<int64_t> slot_len(Value self) {
  Ref r = TRY(call_required(self, ids::dunder_len, {}));
  if (!is_int(r)) {
    if (r.type()->index) {
      Ref i = TRY(index(r));
      r = std::move(i);
    } else {
      return raise(exc::TypeError, "'" + tname(r) + "' object cannot be interpreted as an integer");
    }
  }
  int64_t n;
  if (!int_to_int64(r, &n)) {
    if (int_sign(r) < 0) return raise(exc::ValueError, "__len__() should return >= 0");
    return raise(exc::OverflowError, "cannot fit 'int' into an index-sized integer");
  }
  if (n < 0) return raise(exc::ValueError, "__len__() should return >= 0");
  return n;
}

Result<bool> slot_bool(Value self) {
  Value d = lookup(self, ids::dunder_bool);
  if (!d) {
    // __bool__ was removed at run time: fall back to __len__, then true.
    Value l = lookup(self, ids::dunder_len);
    if (!l) return true;
    int64_t n = TRY(slot_len(self));
    return n != 0;
  }
  Ref keep = Ref::borrow(d);
  Ref r = TRY(call_unbound(d, self, {}));
  if (r.type() != &BoolType)
    return raise(exc::TypeError, "__bool__ should return bool, returned " + tname(r));
  return r.get() == Value(True);
}

Result<Ref> slot_getitem(Value self, Value key) { return call_required(self, ids::dunder_getitem, {key}); }

Status slot_setitem(Value self, Value key, Value v) {
  bool found;
  if (v) {
    TRY(call_method_maybe(self, ids::dunder_setitem, {key, v}, &found));
    if (!found) return raise(exc::TypeError, "'" + tname(self) + "' object does not support item assignment");
  } else {
    TRY(call_method_maybe(self, ids::dunder_delitem, {key}, &found));
    if (!found) return raise(exc::TypeError, "'" + tname(self) + "' object does not support item deletion");
  }
  return ok();
}

Result<bool> slot_contains(Value self, Value item) {
  Value d = lookup(self, ids::dunder_contains);
  if (!d || is_none(d)) {
    // Fall back to iteration.
    Ref it = TRY(get_iter(self));
    for (;;) {
      Ref x = TRY(iter_next(it));
      if (!x) return false;
      bool eq = TRY(equals(x, item));
      if (eq) return true;
    }
  }
  Ref keep = Ref::borrow(d);
  Ref r = TRY(call_unbound(d, self, {item}));
  return truthy(r);
}

Result<Ref> slot_index(Value self) { return call_required(self, ids::dunder_index, {}); }
Result<Ref> slot_int(Value self) { return call_required(self, ids::dunder_int, {}); }
Result<Ref> slot_float(Value self) { return call_required(self, ids::dunder_float, {}); }
Result<Ref> slot_neg(Value self) { return call_required(self, ids::dunder_neg, {}); }
Result<Ref> slot_pos(Value self) { return call_required(self, ids::dunder_pos, {}); }
Result<Ref> slot_invert(Value self) { return call_required(self, ids::dunder_invert, {}); }
Result<Ref> slot_abs(Value self) { return call_required(self, ids::dunder_abs, {}); }

Result<Ref> slot_descr_get(Value self, Value obj, Value type) {
  Value d = lookup(self, ids::dunder_get);
  if (!d) return Ref::borrow(self);
  Ref keep = Ref::borrow(d);
  return call_unbound(d, self, {obj ? obj : None(), type ? type : None()});
}

Status slot_descr_set(Value self, Value obj, Value v) {
  if (v) TRY(call_required(self, ids::dunder_set, {obj, v}));
  else TRY(call_required(self, ids::dunder_delete, {obj}));
  return ok();
}

Status slot_init(Value self, CallArgs args) {
  Value d = lookup(self, ids::dunder_init);
  if (!d) return ok();
  Ref keep = Ref::borrow(d);
  size_t total = args.nargs + args.nkw();
  std::vector<Value> argv(total + 1);
  argv[0] = self;
  for (size_t i = 0; i < total; ++i) argv[i + 1] = args.args[i];
  Ref r;
  if (d.type() == &FunctionType || (d.type()->flags & kTypeMethodDescriptor)) {
    r = TRY(call(d, CallArgs{argv.data(), args.nargs + 1, args.kwnames}));
  } else {
    Ref bound = d.type()->descr_get ? TRY(d.type()->descr_get(d, self, Value(self.type()))) : Ref::borrow(d);
    r = TRY(call(bound, args));
  }
  if (!is_none(r))
    return raise(exc::TypeError, "__init__() should return None, not '" + tname(r) + "'");
  return ok();
}

Result<Ref> slot_new(TypeObject* type, CallArgs args) {
  Value d = type_lookup(type, ids::dunder_new);
  if (!d) return raise(exc::TypeError, std::string("cannot create '") + type->name + "' instances");
  Ref keep = Ref::borrow(d);
  Ref func = d.type()->descr_get ? TRY(d.type()->descr_get(d, Value(), Value(type))) : Ref::borrow(d);
  size_t total = args.nargs + args.nkw();
  std::vector<Value> argv(total + 1);
  argv[0] = Value(type);
  for (size_t i = 0; i < total; ++i) argv[i + 1] = args.args[i];
  return call(func, CallArgs{argv.data(), args.nargs + 1, args.kwnames});
}

template <size_t I>
Result<Ref> slot_binop(Value self, Value other) {
  constexpr BinOp op = BinOp(I);
  BinaryFn me = slot_binop<I>;
  TypeObject* st = self.type();
  TypeObject* ot = other.type();
  bool do_other = st != ot && ot->binop[I] == me && lookup(other, *kBinRDunder[I]);
  if (st->binop[I] == me) {
    if (do_other && is_subtype(ot, st)) {
      bool found;
      Ref r = TRY(call_method_maybe(other, *kBinRDunder[I], {self}, &found));
      if (found && r.get() != NotImplemented()) return r;
      do_other = false;
    }
    bool found;
    Ref r = TRY(call_method_maybe(self, *kBinDunder[I], {other}, &found));
    if (found && (r.get() != NotImplemented() || ot == st)) return r;
  }
  if (do_other) {
    bool found;
    Ref r = TRY(call_method_maybe(other, *kBinRDunder[I], {self}, &found));
    if (found) return r;
  }
  (void)op;
  return not_implemented();
}

template <size_t I>
Result<Ref> slot_inplace(Value self, Value other) {
  bool found;
  Ref r = TRY(call_method_maybe(self, *kBinIDunder[I], {other}, &found));
  if (!found) return not_implemented();
  return r;
}

template <size_t... I>
constexpr std::array<BinaryFn, sizeof...(I)> make_bin_table(std::index_sequence<I...>) {
  return {slot_binop<I>...};
}
template <size_t... I>
constexpr std::array<BinaryFn, sizeof...(I)> make_ibin_table(std::index_sequence<I...>) {
  return {slot_inplace<I>...};
}
constexpr auto kSlotBin = make_bin_table(std::make_index_sequence<size_t(BinOp::kCount)>());
constexpr auto kSlotIBin = make_ibin_table(std::make_index_sequence<size_t(BinOp::kCount)>());

void* generic_for(SlotGroup g, BinOp op) {
  switch (g) {
    case SlotGroup::Repr: return to_void(slot_repr);
    case SlotGroup::Str: return to_void(slot_str);
    case SlotGroup::Hash: return to_void(slot_hash);
    case SlotGroup::Call: return to_void(slot_call);
    case SlotGroup::Iter: return to_void(slot_iter);
    case SlotGroup::Next: return to_void(slot_iternext);
    case SlotGroup::Len: return to_void(slot_len);
    case SlotGroup::Bool: return to_void(slot_bool);
    case SlotGroup::GetItem: return to_void(slot_getitem);
    case SlotGroup::SetItem: return to_void(slot_setitem);
    case SlotGroup::Contains: return to_void(slot_contains);
    case SlotGroup::Index: return to_void(slot_index);
    case SlotGroup::Int: return to_void(slot_int);
    case SlotGroup::Float: return to_void(slot_float);
    case SlotGroup::Neg: return to_void(slot_neg);
    case SlotGroup::Pos: return to_void(slot_pos);
    case SlotGroup::Invert: return to_void(slot_invert);
    case SlotGroup::Abs: return to_void(slot_abs);
    case SlotGroup::DescrGet: return to_void(slot_descr_get);
    case SlotGroup::DescrSet: return to_void(slot_descr_set);
    case SlotGroup::Init: return to_void(slot_init);
    case SlotGroup::New: return to_void(slot_new);
    case SlotGroup::GetAttr: return to_void(slot_getattr_hook);
    case SlotGroup::SetAttr: return to_void(slot_setattr);
    case SlotGroup::RichCmp: return to_void(slot_richcompare);
    case SlotGroup::Bin: return to_void(kSlotBin[size_t(op)]);
    case SlotGroup::InPlace: return to_void(kSlotIBin[size_t(op)]);
  }
  return nullptr;
}

// Recomputes one slot group of a heap type from the dunders visible along its MRO.
void update_group(TypeObject* t, SlotGroup g, BinOp op) {
  bool any = false, all_wrappers = true, has_none = false;
  void* fn = nullptr;
  bool getattr_hook = false;
  for (const SlotDef* d = kSlotDefs; d->name; ++d) {
    if (d->group != g) continue;
    if ((g == SlotGroup::Bin || g == SlotGroup::InPlace) && d->op != op) continue;
    Value v = type_lookup(t, slot_name(d));
    if (!v) continue;
    any = true;
    if (is_none(v)) { has_none = true; all_wrappers = false; continue; }
    if (d->kind == SlotKind::GetAttr) { getattr_hook = true; all_wrappers = false; continue; }
    if (v.type() == &WrapperDescrType && as<WrapperDescr>(v)->slot->group == g) {
      void* f = as<WrapperDescr>(v)->fn;
      if (fn && f != fn) all_wrappers = false;
      fn = f;
    } else {
      all_wrappers = false;
    }
  }
  (void)getattr_hook;
  if (g == SlotGroup::New) {
    Value v = type_lookup(t, ids::dunder_new);
    if (v && is_native_function(v) && as<NativeFunction>(v)->def == &kTpNewDef &&
        is_type(as<NativeFunction>(v)->self)) {
      set_group_slot(t, g, op, to_void(as<TypeObject>(as<NativeFunction>(v)->self.get())->new_));
    } else if (v) {
      set_group_slot(t, g, op, generic_for(g, op));
    }
    return;
  }
  if (!any) {
    set_group_slot(t, g, op, nullptr);
    return;
  }
  if (g == SlotGroup::Hash && has_none) {
    Value v = type_lookup(t, ids::dunder_hash);
    if (is_none(v)) {
      set_group_slot(t, g, op, nullptr);
      return;
    }
  }
  if (all_wrappers && fn) set_group_slot(t, g, op, fn);
  else set_group_slot(t, g, op, generic_for(g, op));
}

void update_all(TypeObject* t) {
  for (size_t g = 0; g <= size_t(SlotGroup::InPlace); ++g) {
    SlotGroup sg = SlotGroup(g);
    if (sg == SlotGroup::Bin || sg == SlotGroup::InPlace) {
      for (size_t i = 0; i < size_t(BinOp::kCount); ++i) update_group(t, sg, BinOp(i));
    } else {
      update_group(t, sg, BinOp::Add);
    }
  }
  update_group(t, SlotGroup::New, BinOp::Add);
  static_cast<HeapType*>(t)->has_del = bool(type_lookup(t, ids::dunder_del));
}

std::vector<TypeObject*> subclasses_of(TypeObject* t) {
  if (!(t->flags & kTypeHeapType)) return {};
  CriticalSection cs(t);
  return static_cast<HeapType*>(t)->subclasses;
}

void update_del(TypeObject* t) {
  if (!(t->flags & kTypeHeapType)) return;
  auto* h = static_cast<HeapType*>(t);
  h->has_del = bool(type_lookup(t, ids::dunder_del));
  for (TypeObject* s : subclasses_of(t)) update_del(s);
}

void update_recursive(TypeObject* t, const SlotDef* d) {
  update_group(t, d->group, d->op);
  for (TypeObject* s : subclasses_of(t)) update_recursive(s, d);
}

}  // namespace

void fixup_heap_slots(TypeObject* type) { update_all(type); }

void type_update_slot(TypeObject* type, Str* name) {
  std::string_view n = name->view();
  if (n == "__del__") {
    update_del(type);
    return;
  }
  if (n == "__new__") {
    std::vector<TypeObject*> todo{type};
    while (!todo.empty()) {
      TypeObject* t = todo.back();
      todo.pop_back();
      update_group(t, SlotGroup::New, BinOp::Add);
      for (TypeObject* s : subclasses_of(t)) todo.push_back(s);
    }
    return;
  }
  for (const SlotDef* d = kSlotDefs; d->name; ++d)
    if (n == d->name) update_recursive(type, d);
}

// ---- wrapper descriptors for built-in types ------------------------------------------------------

void add_slot_wrappers(TypeObject* t) {
  Dict* dict = as<Dict>(t->dict);
  for (const SlotDef* d = kSlotDefs; d->name; ++d) {
    if (d->kind == SlotKind::GetAttr) continue;  // __getattr__ is never a slot of its own
    void* fn = get_group_slot(t, d->group, d->op);
    if (!fn) continue;
    if (d->group == SlotGroup::Hash && !t->hash) continue;
    Ref key;
    // The ids:: string: lookups by interned names compare pointers.
    key = Ref::borrow(Value(*d->id));
    if (dict_get_str(dict, as<Str>(key))) continue;
    WrapperDescr* w = new_object<WrapperDescr>(&WrapperDescrType);
    w->slot = d;
    w->owner = t;
    w->fn = fn;
    make_immortal(w);
    (void)dict_set_str(dict, as<Str>(key), Value(w));
  }
}

namespace {

Status want_args(CallArgs args, size_t n) {
  if (args.nkw()) return raise(exc::TypeError, "wrapper takes no keyword arguments");
  if (args.nargs != n)
    return raise(exc::TypeError, "expected " + std::to_string(n) + " argument" + (n == 1 ? "" : "s") +
                                     ", got " + std::to_string(args.nargs));
  return ok();
}

}  // namespace

Result<Ref> call_slot_wrapper(Value descr, Value self, CallArgs args) {
  auto* w = as<WrapperDescr>(descr);
  const SlotDef* d = w->slot;
  void* fn = w->fn;
  switch (d->kind) {
    case SlotKind::Repr:
    case SlotKind::Str:
    case SlotKind::Iter:
      TRY(want_args(args, 0));
      return from_void<ReprFn>(fn)(self);
    case SlotKind::Next: {
      TRY(want_args(args, 0));
      Ref r = TRY(from_void<ReprFn>(fn)(self));
      if (!r) {
        if (error_occurred()) return kError;
        return raise(exc::StopIteration);
      }
      return r;
    }
    case SlotKind::Hash: {
      TRY(want_args(args, 0));
      int64_t h = TRY(from_void<HashFn>(fn)(self));
      return make_int(h);
    }
    case SlotKind::Call:
      return from_void<CallFn>(fn)(self, args);
    case SlotKind::Len: {
      TRY(want_args(args, 0));
      int64_t n = TRY(from_void<LenFn>(fn)(self));
      return make_int(n);
    }
    case SlotKind::Bool: {
      TRY(want_args(args, 0));
      bool b = TRY(from_void<BoolFn>(fn)(self));
      return make_bool(b);
    }
    case SlotKind::GetItem:
      TRY(want_args(args, 1));
      return from_void<GetItemFn>(fn)(self, args[0]);
    case SlotKind::SetItem:
      TRY(want_args(args, 2));
      TRY(from_void<SetItemFn>(fn)(self, args[0], args[1]));
      return none();
    case SlotKind::DelItem:
      TRY(want_args(args, 1));
      TRY(from_void<SetItemFn>(fn)(self, args[0], Value()));
      return none();
    case SlotKind::Contains: {
      TRY(want_args(args, 1));
      bool b = TRY(from_void<ContainsFn>(fn)(self, args[0]));
      return make_bool(b);
    }
    case SlotKind::Index:
    case SlotKind::Int:
    case SlotKind::Float:
    case SlotKind::Neg:
    case SlotKind::Pos:
    case SlotKind::Invert:
    case SlotKind::Abs:
      TRY(want_args(args, 0));
      return from_void<UnaryFn>(fn)(self);
    case SlotKind::Get: {
      if (args.nkw()) return raise(exc::TypeError, "wrapper takes no keyword arguments");
      if (args.nargs < 1 || args.nargs > 2)
        return raise(exc::TypeError, args.nargs < 1 ? "expected at least 1 argument, got 0"
                                                    : "expected at most 2 arguments, got " + std::to_string(args.nargs));
      Value obj = args[0], type = args.nargs > 1 ? args[1] : Value();
      if (is_none(obj)) obj = Value();
      if (type && is_none(type)) type = Value();
      if (!obj && !type) return raise(exc::TypeError, "__get__(None, None) is invalid");
      return from_void<DescrGetFn>(fn)(self, obj, type);
    }
    case SlotKind::Set:
      TRY(want_args(args, 2));
      TRY(from_void<DescrSetFn>(fn)(self, args[0], args[1]));
      return none();
    case SlotKind::Delete:
      TRY(want_args(args, 1));
      TRY(from_void<DescrSetFn>(fn)(self, args[0], Value()));
      return none();
    case SlotKind::Init:
      TRY(from_void<InitFn>(fn)(self, args));
      return none();
    case SlotKind::New:
      return raise(exc::TypeError, "__new__ wrapper");
    case SlotKind::GetAttribute:
    case SlotKind::GetAttr: {
      TRY(want_args(args, 1));
      if (!is_str(args[0]))
        return raise(exc::TypeError, std::string("attribute name must be string, not '") + type_name(args[0]) + "'");
      return from_void<GetAttrFn>(fn)(self, as<Str>(args[0]));
    }
    case SlotKind::SetAttr:
      TRY(want_args(args, 2));
      if (!is_str(args[0]))
        return raise(exc::TypeError, std::string("attribute name must be string, not '") + type_name(args[0]) + "'");
      TRY(from_void<SetAttrFn>(fn)(self, as<Str>(args[0]), args[1]));
      return none();
    case SlotKind::DelAttr:
      TRY(want_args(args, 1));
      if (!is_str(args[0]))
        return raise(exc::TypeError, std::string("attribute name must be string, not '") + type_name(args[0]) + "'");
      TRY(from_void<SetAttrFn>(fn)(self, as<Str>(args[0]), Value()));
      return none();
    case SlotKind::Lt: case SlotKind::Le: case SlotKind::Eq:
    case SlotKind::Ne: case SlotKind::Gt: case SlotKind::Ge: {
      TRY(want_args(args, 1));
      CmpOp op = CmpOp(size_t(d->kind) - size_t(SlotKind::Lt));
      return from_void<CmpFn>(fn)(self, args[0], op);
    }
    case SlotKind::BinL:
      if (d->op == BinOp::Pow && args.nargs == 2 && !args.nkw()) {
        if (!is_none(args[1]))
          return raise(exc::TypeError, std::string("unsupported operand type(s) for ** or pow(): '") +
                                           type_name(self) + "', '" + type_name(args[0]) + "', '" +
                                           type_name(args[1]) + "'");
        return from_void<BinaryFn>(fn)(self, args[0]);
      }
      TRY(want_args(args, 1));
      return from_void<BinaryFn>(fn)(self, args[0]);
    case SlotKind::BinR:
      if (d->op == BinOp::Pow && args.nargs == 2 && !args.nkw()) {
        if (!is_none(args[1])) return not_implemented();
        return from_void<BinaryFn>(fn)(args[0], self);
      }
      TRY(want_args(args, 1));
      return from_void<BinaryFn>(fn)(args[0], self);
    case SlotKind::InPlace:
      if (d->op == BinOp::Pow && args.nargs == 2) return from_void<BinaryFn>(fn)(self, args[0]);
      TRY(want_args(args, 1));
      return from_void<BinaryFn>(fn)(self, args[0]);
  }
  return raise(exc::SystemError, "bad slot wrapper");
}

// T.__new__(S, ...): S must be a subtype of T, and T's new_ must be the one S's layout uses.
namespace {

Result<Ref> tp_new_wrapper(Value self, CallArgs args) {
  TypeObject* type = as<TypeObject>(self);
  std::string tn = type->name;
  if (args.nargs < 1) return raise(exc::TypeError, tn + ".__new__(): not enough arguments");
  Value arg0 = args[0];
  if (!is_type(arg0))
    return raise(exc::TypeError, tn + ".__new__(X): X is not a type object (" + type_name(arg0) + ")");
  TypeObject* subtype = as<TypeObject>(arg0);
  if (!is_subtype(subtype, type))
    return raise(exc::TypeError, tn + ".__new__(" + subtype->name + "): " + subtype->name +
                                     " is not a subtype of " + tn);
  // The most derived base that is not a heap type with a Python __new__ must use type's new_.
  TypeObject* staticbase = subtype;
  NewFn heap_new = slot_new;
  while (staticbase && staticbase->new_ == heap_new) staticbase = staticbase->base;
  if (staticbase && staticbase->new_ != type->new_)
    return raise(exc::TypeError, tn + ".__new__(" + subtype->name + ") is not safe, use " +
                                     staticbase->name + ".__new__()");
  CallArgs rest{args.args + 1, args.nargs - 1, args.kwnames};
  return type->new_(subtype, rest);
}

}  // namespace

const MethodDef kTpNewDef = {"__new__", tp_new_wrapper, 0,
                             "Create and return a new object.  See help(type) for accurate signature."};

Result<Ref> call_unbound(Value descr, Value self, std::initializer_list<Value> args) {
  Value buf[8];
  size_t n = args.size();
  Value* argv = buf;
  std::vector<Value> big;
  if (n + 1 > 8) {
    big.resize(n + 1);
    argv = big.data();
  }
  argv[0] = self;
  size_t i = 1;
  for (Value v : args) argv[i++] = v;
  TypeObject* dt = descr.type();
  if (dt == &FunctionType) return function_call(as<Function>(descr), argv, n + 1, nullptr);
  if (dt->flags & kTypeMethodDescriptor) return call(descr, CallArgs{argv, n + 1, nullptr});
  if (dt->descr_get) {
    Ref bound = TRY(dt->descr_get(descr, self, Value(self.type())));
    return call(bound, CallArgs{argv + 1, n, nullptr});
  }
  return call(descr, CallArgs{argv + 1, n, nullptr});
}

}  // namespace weft
