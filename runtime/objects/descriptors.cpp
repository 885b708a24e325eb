// builtin_function_or_method, method/classmethod/getset/member/wrapper descriptors,
// method-wrapper, staticmethod and classmethod.
#include "objects/descriptors.h"

#include <cstdio>
#include <string>
#include <vector>

#include "objects/abstract.h"
#include "objects/args.h"
#include "objects/dict.h"
#include "objects/exceptions.h"
#include "bytecode/code.h"  // function.h needs Code complete
#include "objects/function.h"
#include "objects/init.h"
#include "objects/int.h"
#include "objects/module.h"
#include "objects/slots.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"

namespace weft {

TypeObject BuiltinFunctionType, MethodDescrType, ClassMethodDescrType, GetSetDescrType,
    MemberDescrType, WrapperDescrType, MethodWrapperType, StaticMethodType, ClassMethodType;

namespace {

std::string addr(Value v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%p", static_cast<void*>(v.obj()));
  return buf;
}

std::string owner_name(TypeObject* t) { return type_qualname(t); }

Result<Ref> doc_or_none(const char* doc) { return doc ? make_str(doc) : none(); }

bool is_module(Value v) { return v.is_object() && is_instance_of(v, &ModuleType); }

}  // namespace

// ---- builtin_function_or_method ------------------------------------------------------------------

Ref make_native_function(const MethodDef* def, Value self, Value module) {
  NativeFunction* f = new_object<NativeFunction>(&BuiltinFunctionType);
  f->def = def;
  f->self = Ref::borrow(self);
  f->module = Ref::borrow(module);
  return Ref::steal(Value(f));
}

namespace {

void nf_dealloc(Object* o) { delete_object(static_cast<NativeFunction*>(o)); }

Result<Ref> nf_call(Value callable, CallArgs args) {
  auto* f = as<NativeFunction>(callable);
  return f->def->fn(f->self, args);
}

bool nf_is_function(NativeFunction* f) { return !f->self || is_module(f->self); }

Result<Ref> nf_repr(Value v) {
  auto* f = as<NativeFunction>(v);
  if (nf_is_function(f)) return make_str(std::string("<built-in function ") + f->def->name + ">");
  Value s = f->self;
  std::string tn = is_type(s) ? "type" : type_name(s);
  return make_str(std::string("<built-in method ") + f->def->name + " of " + tn + " object at " + addr(s) + ">");
}

Result<Ref> nf_get_name(Value v) { return make_str(as<NativeFunction>(v)->def->name); }
Result<Ref> nf_get_qualname(Value v) {
  auto* f = as<NativeFunction>(v);
  if (nf_is_function(f)) return make_str(f->def->name);
  Value s = f->self;
  std::string q = is_type(s) ? type_qualname(as<TypeObject>(s)) : type_qualname(s.type());
  return make_str(q + "." + f->def->name);
}
Result<Ref> nf_get_self(Value v) {
  auto* f = as<NativeFunction>(v);
  if (f->self) return f->self;
  if (f->module && is_module(f->module)) return f->module;
  return none();
}
Result<Ref> nf_get_module(Value v) {
  auto* f = as<NativeFunction>(v);
  Value m = f->module ? f->module.get() : (f->self && is_module(f->self) ? f->self.get() : Value());
  if (!m) return none();
  if (is_module(m)) return Ref::borrow(as<Module>(m)->name);
  return Ref::borrow(m);
}
Result<Ref> nf_get_doc(Value v) { return doc_or_none(as<NativeFunction>(v)->def->doc); }
Result<Ref> nf_get_text_signature(Value) { return none(); }

Result<Ref> nf_richcompare(Value a, Value b, CmpOp op) {
  if ((op != CmpOp::Eq && op != CmpOp::Ne) || b.type() != &BuiltinFunctionType) return not_implemented();
  auto* x = as<NativeFunction>(a);
  auto* y = as<NativeFunction>(b);
  bool eq = x->def->fn == y->def->fn && x->self.get() == y->self.get();
  return make_bool(op == CmpOp::Eq ? eq : !eq);
}

Result<int64_t> nf_hash(Value v) {
  auto* f = as<NativeFunction>(v);
  int64_t h = int64_t(reinterpret_cast<uintptr_t>(f->def->fn) >> 4) ^ int64_t(f->self.get().raw() >> 4);
  return h == -1 ? -2 : h;
}

Result<Ref> nf_reduce(Value self, CallArgs) {
  auto* f = as<NativeFunction>(self);
  return make_str(f->def->name);
}

const GetSetDef kNativeFunctionGetSets[] = {
    {"__name__", nf_get_name},
    {"__qualname__", nf_get_qualname},
    {"__self__", nf_get_self},
    {"__module__", nf_get_module},
    {"__doc__", nf_get_doc},
    {"__text_signature__", nf_get_text_signature},
    {nullptr, nullptr},
};

const MethodDef kNativeFunctionMethods[] = {
    {"__reduce__", nf_reduce},
    {nullptr, nullptr},
};

// ---- method_descriptor / classmethod_descriptor ------------------------------------------------

void md_dealloc(Object* o) { delete_object(static_cast<MethodDescr*>(o)); }

Status check_descr_self(const char* name, TypeObject* owner, Value obj) {
  if (is_instance_of(obj, owner)) return ok();
  return raise(exc::TypeError, std::string("descriptor '") + name + "' for '" + owner_name(owner) +
                                   "' objects doesn't apply to a '" + type_name(obj) + "' object");
}

Result<Ref> md_call(Value callable, CallArgs args) {
  auto* d = as<MethodDescr>(callable);
  if (args.nargs < 1)
    return raise(exc::TypeError, "unbound method " + owner_name(d->owner) + "." + d->def->name +
                                     "() needs an argument");
  TRY(check_descr_self(d->def->name, d->owner, args[0]));
  return d->def->fn(args[0], CallArgs{args.args + 1, args.nargs - 1, args.kwnames});
}

Result<Ref> md_get(Value descr, Value obj, Value type) {
  auto* d = as<MethodDescr>(descr);
  if (!obj) return Ref::borrow(descr);
  TRY(check_descr_self(d->def->name, d->owner, obj));
  return make_native_function(d->def, obj, Value());
}

Result<Ref> md_repr(Value v) {
  auto* d = as<MethodDescr>(v);
  return make_str(std::string("<method '") + d->def->name + "' of '" + owner_name(d->owner) + "' objects>");
}

Result<Ref> md_get_name(Value v) { return make_str(as<MethodDescr>(v)->def->name); }
Result<Ref> md_get_qualname(Value v) {
  auto* d = as<MethodDescr>(v);
  return make_str(owner_name(d->owner) + "." + d->def->name);
}
Result<Ref> md_get_objclass(Value v) { return Ref::borrow(Value(as<MethodDescr>(v)->owner)); }
Result<Ref> md_get_doc(Value v) { return doc_or_none(as<MethodDescr>(v)->def->doc); }

const GetSetDef kMethodDescrGetSets[] = {
    {"__name__", md_get_name},
    {"__qualname__", md_get_qualname},
    {"__objclass__", md_get_objclass},
    {"__doc__", md_get_doc},
    {"__text_signature__", nf_get_text_signature},
    {nullptr, nullptr},
};

Result<Ref> cmd_get(Value descr, Value obj, Value type) {
  auto* d = as<MethodDescr>(descr);
  Value t = type ? type : Value(obj.type());
  if (!is_type(t) || !is_subtype(as<TypeObject>(t), d->owner))
    return raise(exc::TypeError, std::string("descriptor '") + d->def->name + "' for type '" +
                                     owner_name(d->owner) + "' needs a subtype of '" + owner_name(d->owner) + "'");
  return make_native_function(d->def, t, Value());
}

Result<Ref> cmd_call(Value callable, CallArgs args) {
  auto* d = as<MethodDescr>(callable);
  if (args.nargs < 1 || !is_type(args[0]) || !is_subtype(as<TypeObject>(args[0]), d->owner))
    return raise(exc::TypeError, std::string("descriptor '") + d->def->name + "' for type '" +
                                     owner_name(d->owner) + "' needs a type, not a '" +
                                     (args.nargs ? type_name(args[0]) : "NoneType") + "' as arg 1");
  return d->def->fn(args[0], CallArgs{args.args + 1, args.nargs - 1, args.kwnames});
}

// ---- getset_descriptor ---------------------------------------------------------------------------

void gs_dealloc(Object* o) { delete_object(static_cast<GetSetDescr*>(o)); }

Result<Ref> gs_get(Value descr, Value obj, Value type) {
  auto* d = as<GetSetDescr>(descr);
  if (!obj) return Ref::borrow(descr);
  TRY(check_descr_self(d->def->name, d->owner, obj));
  if (!d->def->get)
    return raise(exc::AttributeError, std::string("attribute '") + d->def->name + "' of '" +
                                          owner_name(d->owner) + "' objects is not readable");
  return d->def->get(obj);
}

Status gs_set(Value descr, Value obj, Value v) {
  auto* d = as<GetSetDescr>(descr);
  TRY(check_descr_self(d->def->name, d->owner, obj));
  if (!d->def->set)
    return raise(exc::AttributeError, std::string("attribute '") + d->def->name + "' of '" +
                                          owner_name(d->owner) + "' objects is not writable");
  return d->def->set(obj, v);
}

Result<Ref> gs_repr(Value v) {
  auto* d = as<GetSetDescr>(v);
  return make_str(std::string("<attribute '") + d->def->name + "' of '" + owner_name(d->owner) + "' objects>");
}
Result<Ref> gs_get_name(Value v) { return make_str(as<GetSetDescr>(v)->def->name); }
Result<Ref> gs_get_qualname(Value v) {
  auto* d = as<GetSetDescr>(v);
  return make_str(owner_name(d->owner) + "." + d->def->name);
}
Result<Ref> gs_get_objclass(Value v) { return Ref::borrow(Value(as<GetSetDescr>(v)->owner)); }
Result<Ref> gs_get_doc(Value v) { return doc_or_none(as<GetSetDescr>(v)->def->doc); }

const GetSetDef kGetSetDescrGetSets[] = {
    {"__name__", gs_get_name},
    {"__qualname__", gs_get_qualname},
    {"__objclass__", gs_get_objclass},
    {"__doc__", gs_get_doc},
    {nullptr, nullptr},
};

// ---- member_descriptor (__slots__) ---------------------------------------------------------------

void mem_dealloc(Object* o) { delete_object(static_cast<MemberDescr*>(o)); }

Value* member_slot(MemberDescr* d, Value obj) {
  return reinterpret_cast<Value*>(reinterpret_cast<char*>(obj.obj()) + d->offset);
}

Status check_member_self(MemberDescr* d, Value obj) {
  if (is_instance_of(obj, d->owner)) return ok();
  return raise(exc::TypeError, "descriptor '" + std::string(str_view(d->name)) + "' for '" +
                                   owner_name(d->owner) + "' objects doesn't apply to a '" +
                                   type_name(obj) + "' object");
}

Result<Ref> mem_get(Value descr, Value obj, Value type) {
  auto* d = as<MemberDescr>(descr);
  if (!obj) return Ref::borrow(descr);
  TRY(check_member_self(d, obj));
  Value v = *member_slot(d, obj);
  if (!v)
    return raise(exc::AttributeError, std::string("'") + type_name(obj) + "' object has no attribute '" +
                                          std::string(str_view(d->name)) + "'");
  return Ref::borrow(v);
}

Status mem_set(Value descr, Value obj, Value v) {
  auto* d = as<MemberDescr>(descr);
  TRY(check_member_self(d, obj));
  Value* slot = member_slot(d, obj);
  if (!v && !*slot) return raise(exc::AttributeError, std::string(str_view(d->name)));
  CriticalSection cs(obj.obj());
  Value old = *slot;
  incref(v);
  *slot = v;
  decref(old);
  return ok();
}

Result<Ref> mem_repr(Value v) {
  auto* d = as<MemberDescr>(v);
  return make_str("<member '" + std::string(str_view(d->name)) + "' of '" + owner_name(d->owner) + "' objects>");
}
Result<Ref> mem_get_name(Value v) { return as<MemberDescr>(v)->name; }
Result<Ref> mem_get_qualname(Value v) {
  auto* d = as<MemberDescr>(v);
  return make_str(owner_name(d->owner) + "." + std::string(str_view(d->name)));
}
Result<Ref> mem_get_objclass(Value v) { return Ref::borrow(Value(as<MemberDescr>(v)->owner)); }
Result<Ref> mem_get_doc(Value) { return none(); }

const GetSetDef kMemberDescrGetSets[] = {
    {"__name__", mem_get_name},
    {"__qualname__", mem_get_qualname},
    {"__objclass__", mem_get_objclass},
    {"__doc__", mem_get_doc},
    {nullptr, nullptr},
};

// ---- wrapper_descriptor / method-wrapper ----------------------------------------------------------

void wd_dealloc(Object* o) { delete_object(static_cast<WrapperDescr*>(o)); }

Result<Ref> wd_call(Value callable, CallArgs args) {
  auto* w = as<WrapperDescr>(callable);
  if (args.nargs < 1)
    return raise(exc::TypeError, std::string("descriptor '") + w->slot->name + "' of '" +
                                     owner_name(w->owner) + "' object needs an argument");
  Value self = args[0];
  if (!is_instance_of(self, w->owner))
    return raise(exc::TypeError, std::string("descriptor '") + w->slot->name + "' requires a '" +
                                     owner_name(w->owner) + "' object but received a '" + type_name(self) + "'");
  return call_slot_wrapper(callable, self, CallArgs{args.args + 1, args.nargs - 1, args.kwnames});
}

Result<Ref> wd_get(Value descr, Value obj, Value type) {
  auto* w = as<WrapperDescr>(descr);
  if (!obj) return Ref::borrow(descr);
  TRY(check_descr_self(w->slot->name, w->owner, obj));
  MethodWrapper* m = new_object<MethodWrapper>(&MethodWrapperType);
  m->descr = Ref::borrow(descr);
  m->self = Ref::borrow(obj);
  return Ref::steal(Value(m));
}

Result<Ref> wd_repr(Value v) {
  auto* w = as<WrapperDescr>(v);
  return make_str(std::string("<slot wrapper '") + w->slot->name + "' of '" + owner_name(w->owner) + "' objects>");
}
Result<Ref> wd_get_name(Value v) { return make_str(as<WrapperDescr>(v)->slot->name); }
Result<Ref> wd_get_qualname(Value v) {
  auto* w = as<WrapperDescr>(v);
  return make_str(owner_name(w->owner) + "." + w->slot->name);
}
Result<Ref> wd_get_objclass(Value v) { return Ref::borrow(Value(as<WrapperDescr>(v)->owner)); }

const GetSetDef kWrapperDescrGetSets[] = {
    {"__name__", wd_get_name},
    {"__qualname__", wd_get_qualname},
    {"__objclass__", wd_get_objclass},
    {"__doc__", mem_get_doc},
    {"__text_signature__", nf_get_text_signature},
    {nullptr, nullptr},
};

void mw_dealloc(Object* o) { delete_object(static_cast<MethodWrapper*>(o)); }

Result<Ref> mw_call(Value callable, CallArgs args) {
  auto* m = as<MethodWrapper>(callable);
  return call_slot_wrapper(m->descr, m->self, args);
}

Result<Ref> mw_repr(Value v) {
  auto* m = as<MethodWrapper>(v);
  auto* w = as<WrapperDescr>(m->descr);
  return make_str(std::string("<method-wrapper '") + w->slot->name + "' of " + type_name(m->self) +
                  " object at " + addr(m->self) + ">");
}
Result<Ref> mw_get_self(Value v) { return as<MethodWrapper>(v)->self; }
Result<Ref> mw_get_name(Value v) { return make_str(as<WrapperDescr>(as<MethodWrapper>(v)->descr)->slot->name); }
Result<Ref> mw_get_qualname(Value v) {
  auto* w = as<WrapperDescr>(as<MethodWrapper>(v)->descr);
  return make_str(owner_name(w->owner) + "." + w->slot->name);
}
Result<Ref> mw_get_objclass(Value v) { return Ref::borrow(Value(as<WrapperDescr>(as<MethodWrapper>(v)->descr)->owner)); }

Result<Ref> mw_richcompare(Value a, Value b, CmpOp op) {
  if ((op != CmpOp::Eq && op != CmpOp::Ne) || b.type() != &MethodWrapperType) return not_implemented();
  auto* x = as<MethodWrapper>(a);
  auto* y = as<MethodWrapper>(b);
  bool eq = x->descr.get() == y->descr.get() && x->self.get() == y->self.get();
  return make_bool(op == CmpOp::Eq ? eq : !eq);
}
Result<int64_t> mw_hash(Value v) {
  auto* m = as<MethodWrapper>(v);
  int64_t h = int64_t(m->descr.get().raw() >> 4) ^ int64_t(m->self.get().raw() >> 4);
  return h == -1 ? -2 : h;
}

const GetSetDef kMethodWrapperGetSets[] = {
    {"__self__", mw_get_self},
    {"__name__", mw_get_name},
    {"__qualname__", mw_get_qualname},
    {"__objclass__", mw_get_objclass},
    {"__doc__", mem_get_doc},
    {"__text_signature__", nf_get_text_signature},
    {nullptr, nullptr},
};

// ---- staticmethod / classmethod ------------------------------------------------------------------

template <class T>
ptrdiff_t dict_member_offset() {
  T* p = reinterpret_cast<T*>(uintptr_t(4096));
  return ptrdiff_t(reinterpret_cast<uintptr_t>(&p->dict) - uintptr_t(4096));
}

// staticmethod/classmethod copy the wrapped function's identity (functools.wraps-like).
Status copy_wrapper_attrs(Value self, Value func) {
  static const char* const kNames[] = {"__module__", "__name__", "__qualname__", "__doc__"};
  Value d = instance_dict(self, true);
  for (const char* n : kNames) {
    Ref v = TRY(getattr_opt(func, intern(n)));
    if (v) TRY(dict_set_str(as<Dict>(d), intern(n), v));
  }
  TRY(dict_set_str(as<Dict>(d), intern("__wrapped__"), func));
  return ok();
}

void sm_dealloc(Object* o) { delete_object(static_cast<StaticMethod*>(o)); }
void cm_dealloc(Object* o) { delete_object(static_cast<ClassMethod*>(o)); }

Result<Ref> sm_new(TypeObject* type, CallArgs args) {
  StaticMethod* s = new_object_sized<StaticMethod>(type, type->basic_size > sizeof(StaticMethod)
                                                             ? type->basic_size
                                                             : sizeof(StaticMethod));
  return Ref::steal(Value(s));
}
Status sm_init(Value self, CallArgs args) {
  Value f;
  TRY(check_no_kwargs(args, "staticmethod()"));
  TRY(check_nargs(args, "staticmethod", 1, 1));
  f = args[0];
  as<StaticMethod>(self)->func = Ref::borrow(f);
  return copy_wrapper_attrs(self, f);
}
Result<Ref> sm_get(Value descr, Value obj, Value type) { return as<StaticMethod>(descr)->func; }
Result<Ref> sm_call(Value callable, CallArgs args) { return call(as<StaticMethod>(callable)->func, args); }
Result<Ref> sm_repr(Value v) {
  std::string r = "<staticmethod(" + TRY(repr_utf8(as<StaticMethod>(v)->func)) + ")>";
  return make_str(r);
}
Result<Ref> sm_get_func(Value v) { return as<StaticMethod>(v)->func; }
Result<Ref> sm_get_abstract(Value v) {
  Ref r = TRY(getattr_opt(as<StaticMethod>(v)->func, intern("__isabstractmethod__")));
  if (!r) return make_bool(false);
  bool b = TRY(truthy(r));
  return make_bool(b);
}

Result<Ref> cm_new(TypeObject* type, CallArgs args) {
  ClassMethod* c = new_object_sized<ClassMethod>(type, type->basic_size > sizeof(ClassMethod)
                                                            ? type->basic_size
                                                            : sizeof(ClassMethod));
  return Ref::steal(Value(c));
}
Status cm_init(Value self, CallArgs args) {
  TRY(check_no_kwargs(args, "classmethod()"));
  TRY(check_nargs(args, "classmethod", 1, 1));
  as<ClassMethod>(self)->func = Ref::borrow(args[0]);
  return copy_wrapper_attrs(self, args[0]);
}
Result<Ref> cm_get(Value descr, Value obj, Value type) {
  Value t = type ? type : Value(obj.type());
  return make_method(as<ClassMethod>(descr)->func, t);
}
Result<Ref> cm_repr(Value v) {
  std::string r = "<classmethod(" + TRY(repr_utf8(as<ClassMethod>(v)->func)) + ")>";
  return make_str(r);
}
Result<Ref> cm_get_func(Value v) { return as<ClassMethod>(v)->func; }
Result<Ref> cm_get_abstract(Value v) {
  Ref r = TRY(getattr_opt(as<ClassMethod>(v)->func, intern("__isabstractmethod__")));
  if (!r) return make_bool(false);
  bool b = TRY(truthy(r));
  return make_bool(b);
}

const GetSetDef kStaticMethodGetSets[] = {
    {"__func__", sm_get_func},
    {"__isabstractmethod__", sm_get_abstract},
    {nullptr, nullptr},
};
const GetSetDef kClassMethodGetSets[] = {
    {"__func__", cm_get_func},
    {"__isabstractmethod__", cm_get_abstract},
    {nullptr, nullptr},
};

}  // namespace

Ref make_method_descr(TypeObject* owner, const MethodDef* def) {
  MethodDescr* d = new_object<MethodDescr>(&MethodDescrType);
  d->def = def;
  d->owner = owner;
  return Ref::steal(Value(d));
}

Ref make_getset_descr(TypeObject* owner, const GetSetDef* def) {
  GetSetDescr* d = new_object<GetSetDescr>(&GetSetDescrType);
  d->def = def;
  d->owner = owner;
  return Ref::steal(Value(d));
}

Ref make_member_descr(TypeObject* owner, Str* name, size_t offset) {
  MemberDescr* d = new_object<MemberDescr>(&MemberDescrType);
  d->name = Ref::borrow(Value(name));
  d->owner = owner;
  d->offset = offset;
  return Ref::steal(Value(d));
}

Ref make_staticmethod(Value func) {
  StaticMethod* s = new_object<StaticMethod>(&StaticMethodType);
  s->func = Ref::borrow(func);
  return Ref::steal(Value(s));
}

Ref make_classmethod(Value func) {
  ClassMethod* c = new_object<ClassMethod>(&ClassMethodType);
  c->func = Ref::borrow(func);
  return Ref::steal(Value(c));
}

void init_descriptor_types(TypeList& out) {
  BuiltinFunctionType.name = "builtin_function_or_method";
  BuiltinFunctionType.basic_size = sizeof(NativeFunction);
  BuiltinFunctionType.dealloc = nf_dealloc;
  BuiltinFunctionType.call = nf_call;
  BuiltinFunctionType.repr = nf_repr;
  BuiltinFunctionType.richcompare = nf_richcompare;
  BuiltinFunctionType.hash = nf_hash;
  BuiltinFunctionType.getsets = kNativeFunctionGetSets;
  BuiltinFunctionType.methods = kNativeFunctionMethods;
  out.push_back(&BuiltinFunctionType);

  MethodDescrType.name = "method_descriptor";
  MethodDescrType.flags = kTypeMethodDescriptor;
  MethodDescrType.basic_size = sizeof(MethodDescr);
  MethodDescrType.dealloc = md_dealloc;
  MethodDescrType.call = md_call;
  MethodDescrType.descr_get = md_get;
  MethodDescrType.repr = md_repr;
  MethodDescrType.getsets = kMethodDescrGetSets;
  out.push_back(&MethodDescrType);

  ClassMethodDescrType.name = "classmethod_descriptor";
  ClassMethodDescrType.basic_size = sizeof(MethodDescr);
  ClassMethodDescrType.dealloc = md_dealloc;
  ClassMethodDescrType.call = cmd_call;
  ClassMethodDescrType.descr_get = cmd_get;
  ClassMethodDescrType.repr = md_repr;
  ClassMethodDescrType.getsets = kMethodDescrGetSets;
  out.push_back(&ClassMethodDescrType);

  GetSetDescrType.name = "getset_descriptor";
  GetSetDescrType.basic_size = sizeof(GetSetDescr);
  GetSetDescrType.dealloc = gs_dealloc;
  GetSetDescrType.descr_get = gs_get;
  GetSetDescrType.descr_set = gs_set;
  GetSetDescrType.repr = gs_repr;
  GetSetDescrType.getsets = kGetSetDescrGetSets;
  out.push_back(&GetSetDescrType);

  MemberDescrType.name = "member_descriptor";
  MemberDescrType.basic_size = sizeof(MemberDescr);
  MemberDescrType.dealloc = mem_dealloc;
  MemberDescrType.descr_get = mem_get;
  MemberDescrType.descr_set = mem_set;
  MemberDescrType.repr = mem_repr;
  MemberDescrType.getsets = kMemberDescrGetSets;
  out.push_back(&MemberDescrType);

  WrapperDescrType.name = "wrapper_descriptor";
  WrapperDescrType.flags = kTypeMethodDescriptor;
  WrapperDescrType.basic_size = sizeof(WrapperDescr);
  WrapperDescrType.dealloc = wd_dealloc;
  WrapperDescrType.call = wd_call;
  WrapperDescrType.descr_get = wd_get;
  WrapperDescrType.repr = wd_repr;
  WrapperDescrType.getsets = kWrapperDescrGetSets;
  out.push_back(&WrapperDescrType);

  MethodWrapperType.name = "method-wrapper";
  MethodWrapperType.basic_size = sizeof(MethodWrapper);
  MethodWrapperType.dealloc = mw_dealloc;
  MethodWrapperType.call = mw_call;
  MethodWrapperType.repr = mw_repr;
  MethodWrapperType.richcompare = mw_richcompare;
  MethodWrapperType.hash = mw_hash;
  MethodWrapperType.getsets = kMethodWrapperGetSets;
  out.push_back(&MethodWrapperType);

  StaticMethodType.name = "staticmethod";
  StaticMethodType.flags = kTypeBaseType;
  StaticMethodType.basic_size = sizeof(StaticMethod);
  StaticMethodType.dict_offset = dict_member_offset<StaticMethod>();
  StaticMethodType.dealloc = sm_dealloc;
  StaticMethodType.new_ = sm_new;
  StaticMethodType.init = sm_init;
  StaticMethodType.descr_get = sm_get;
  StaticMethodType.call = sm_call;
  StaticMethodType.repr = sm_repr;
  StaticMethodType.getsets = kStaticMethodGetSets;
  StaticMethodType.doc = "Convert a function to be a static method.";
  out.push_back(&StaticMethodType);

  ClassMethodType.name = "classmethod";
  ClassMethodType.flags = kTypeBaseType;
  ClassMethodType.basic_size = sizeof(ClassMethod);
  ClassMethodType.dict_offset = dict_member_offset<ClassMethod>();
  ClassMethodType.dealloc = cm_dealloc;
  ClassMethodType.new_ = cm_new;
  ClassMethodType.init = cm_init;
  ClassMethodType.descr_get = cm_get;
  ClassMethodType.repr = cm_repr;
  ClassMethodType.getsets = kClassMethodGetSets;
  ClassMethodType.doc = "Convert a function to be a class method.";
  out.push_back(&ClassMethodType);
}

}  // namespace weft
