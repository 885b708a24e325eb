// The `function` and `method` (bound method) types.
#include "objects/function.h"

#include <cstdio>
#include <vector>

#include "bytecode/code.h"
#include "objects/abstract.h"
#include "objects/dict.h"
#include "objects/exceptions.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "vm/state.h"

namespace weft {

TypeObject FunctionType;
TypeObject MethodType;

Value builtins_for_globals(Value globals) {
  if (!globals.is_null() && is_dict(globals)) {
    Value b = dict_get_str(as<Dict>(globals), ids::dunder_builtins);
    if (!b.is_null()) {
      if (is_dict(b)) return b;
      if (b.is_object() && (b.type() == &ModuleType || is_subtype(b.type(), &ModuleType))) return module_dict(b);
    }
  }
  return current_interp()->builtins;
}

Ref make_function(Value code, Value globals) {
  Code* co = as<Code>(code);
  Function* f = new_object<Function>(&FunctionType);
  f->code = Ref::borrow(code);
  f->globals = Ref::borrow(globals);
  f->builtins = Ref::borrow(builtins_for_globals(globals));
  f->name = co->name;
  f->qualname = co->qualname;
  Value mod = is_dict(globals) ? dict_get_str(as<Dict>(globals), ids::dunder_name) : Value();
  f->module = mod.is_null() ? none() : Ref::borrow(mod);
  f->doc = co->doc ? co->doc : none();
  return Ref::steal(Value(f));
}

Ref make_method(Value func, Value self) {
  Method* m = new_object<Method>(&MethodType);
  m->func = Ref::borrow(func);
  m->self = Ref::borrow(self);
  return Ref::steal(Value(m));
}

Result<Ref> getattr_opt_generic_then(Value obj, Str* name);

namespace {

// ---- function -------------------------------------------------------------------------------

void function_dealloc(Object* o) { delete_object(static_cast<Function*>(o)); }

Result<Ref> function_repr(Value v) {
  Function* f = as<Function>(v);
  char buf[48];
  snprintf(buf, sizeof buf, "%p", static_cast<void*>(f));
  return make_str("<function " + std::string(str_view(f->qualname)) + " at " + buf + ">");
}

Result<Ref> function_call_slot(Value callable, CallArgs args) {
  return function_call(as<Function>(callable), args.args, args.nargs, args.kwnames);
}

Result<Ref> function_descr_get(Value descr, Value obj, Value type) {
  if (obj.is_null() || is_none(obj)) return Ref::borrow(descr);
  return make_method(descr, obj);
}

Result<Ref> fn_get_code(Value v) { return as<Function>(v)->code; }
Status fn_set_code(Value v, Value x) {
  if (x.is_null() || !is_code(x)) return raise(&exc::TypeError, "__code__ must be set to a code object");
  Function* f = as<Function>(v);
  Code* co = as<Code>(x);
  size_t nclosure = f->closure ? tuple_size(f->closure) : 0;
  if (size_t(co->nfree) != nclosure) {
    return raise(&exc::ValueError, std::string(str_view(f->name)) + "() requires a code object with " +
                                       std::to_string(nclosure) + " free vars, not " + std::to_string(co->nfree));
  }
  f->code = Ref::borrow(x);
  return ok();
}
Result<Ref> fn_get_globals(Value v) { return as<Function>(v)->globals; }
Result<Ref> fn_get_builtins(Value v) { return as<Function>(v)->builtins; }
Result<Ref> fn_get_closure(Value v) {
  Function* f = as<Function>(v);
  return f->closure ? f->closure : none();
}
Result<Ref> fn_get_name(Value v) { return as<Function>(v)->name; }
Status fn_set_name(Value v, Value x) {
  if (x.is_null() || !is_str(x)) return raise(&exc::TypeError, "__name__ must be set to a string object");
  as<Function>(v)->name = Ref::borrow(x);
  return ok();
}
Result<Ref> fn_get_qualname(Value v) { return as<Function>(v)->qualname; }
Status fn_set_qualname(Value v, Value x) {
  if (x.is_null() || !is_str(x)) return raise(&exc::TypeError, "__qualname__ must be set to a string object");
  as<Function>(v)->qualname = Ref::borrow(x);
  return ok();
}
Result<Ref> fn_get_module(Value v) { return as<Function>(v)->module; }
Status fn_set_module(Value v, Value x) {
  as<Function>(v)->module = x.is_null() ? none() : Ref::borrow(x);
  return ok();
}
Result<Ref> fn_get_doc(Value v) { return as<Function>(v)->doc; }
Status fn_set_doc(Value v, Value x) {
  as<Function>(v)->doc = x.is_null() ? none() : Ref::borrow(x);
  return ok();
}
Result<Ref> fn_get_defaults(Value v) {
  Function* f = as<Function>(v);
  return f->defaults ? f->defaults : none();
}
Status fn_set_defaults(Value v, Value x) {
  Function* f = as<Function>(v);
  if (x.is_null() || is_none(x)) {
    f->defaults.reset();
    return ok();
  }
  if (!is_tuple(x)) return raise(&exc::TypeError, "__defaults__ must be set to a tuple object");
  f->defaults = Ref::borrow(x);
  return ok();
}
Result<Ref> fn_get_kwdefaults(Value v) {
  Function* f = as<Function>(v);
  return f->kwdefaults ? f->kwdefaults : none();
}
Status fn_set_kwdefaults(Value v, Value x) {
  Function* f = as<Function>(v);
  if (x.is_null() || is_none(x)) {
    f->kwdefaults.reset();
    return ok();
  }
  if (!is_dict(x)) return raise(&exc::TypeError, "__kwdefaults__ must be set to a dict object");
  f->kwdefaults = Ref::borrow(x);
  return ok();
}
Result<Ref> fn_get_annotations(Value v) {
  Function* f = as<Function>(v);
  if (!f->annotations) f->annotations = make_dict();
  return f->annotations;
}
Status fn_set_annotations(Value v, Value x) {
  Function* f = as<Function>(v);
  if (x.is_null() || is_none(x)) {
    f->annotations.reset();
    return ok();
  }
  if (!is_dict(x)) return raise(&exc::TypeError, "__annotations__ must be set to a dict object");
  f->annotations = Ref::borrow(x);
  return ok();
}
Result<Ref> fn_get_dict(Value v) {
  Function* f = as<Function>(v);
  if (!f->dict) f->dict = make_dict();
  return f->dict;
}
Status fn_set_dict(Value v, Value x) {
  if (x.is_null()) return raise(&exc::TypeError, "cannot delete __dict__");
  if (!is_dict(x)) return raise(&exc::TypeError, "__dict__ must be set to a dictionary, not a '" +
                                                     std::string(type_name(x)) + "'");
  as<Function>(v)->dict = Ref::borrow(x);
  return ok();
}
Result<Ref> fn_get_type_params(Value v) { return empty_tuple(); }

Result<Ref> fn_get(Value self, CallArgs args) {
  if (args.nargs < 1 || args.nargs > 2) return raise(&exc::TypeError, "expected 1 or 2 arguments");
  return function_descr_get(self, args[0], args.nargs > 1 ? args[1] : Value());
}

const GetSetDef kFunctionGetSets[] = {
    {"__code__", fn_get_code, fn_set_code},
    {"__globals__", fn_get_globals},
    {"__builtins__", fn_get_builtins},
    {"__closure__", fn_get_closure},
    {"__name__", fn_get_name, fn_set_name},
    {"__qualname__", fn_get_qualname, fn_set_qualname},
    {"__module__", fn_get_module, fn_set_module},
    {"__doc__", fn_get_doc, fn_set_doc},
    {"__defaults__", fn_get_defaults, fn_set_defaults},
    {"__kwdefaults__", fn_get_kwdefaults, fn_set_kwdefaults},
    {"__annotations__", fn_get_annotations, fn_set_annotations},
    {"__dict__", fn_get_dict, fn_set_dict},
    {"__type_params__", fn_get_type_params},
    {nullptr},
};

const MethodDef kFunctionMethods[] = {
    {"__get__", fn_get, 0, "Return an attribute of instance, which is of type owner."},
    {nullptr},
};

// ---- method ---------------------------------------------------------------------------------

void method_dealloc(Object* o) { delete_object(static_cast<Method*>(o)); }

Result<Ref> method_repr(Value v) {
  Method* m = as<Method>(v);
  Ref name = TRY(getattr_opt(m->func, ids::dunder_qualname));
  if (!name) name = TRY(getattr_opt(m->func, ids::dunder_name));
  std::string n = name && is_str(name) ? std::string(str_view(name)) : "?";
  std::string self = TRY(repr_utf8(m->self));
  return make_str("<bound method " + n + " of " + self + ">");
}

Result<Ref> method_call(Value callable, CallArgs args) {
  Method* m = as<Method>(callable);
  size_t total = args.nargs + args.nkw();
  Value small[8];
  std::vector<Value> big;
  Value* buf = small;
  if (total + 1 > 8) {
    big.resize(total + 1);
    buf = big.data();
  }
  buf[0] = m->self;
  for (size_t i = 0; i < total; i++) buf[i + 1] = args.args[i];
  if (is_function(m->func)) return function_call(m->func.as<Function>(), buf, args.nargs + 1, args.kwnames);
  CallArgs a{buf, args.nargs + 1, args.kwnames};
  return call(m->func, a);
}

Result<Ref> method_getattr(Value obj, Str* name) { return getattr_opt_generic_then(obj, name); }

Result<Ref> method_richcompare(Value a, Value b, CmpOp op) {
  if ((op != CmpOp::Eq && op != CmpOp::Ne) || !is_method(b)) return not_implemented();
  Method* x = as<Method>(a);
  Method* y = as<Method>(b);
  bool eq = x->self.get() == y->self.get();
  if (eq) eq = TRY(equals(x->func, y->func));
  return make_bool(op == CmpOp::Eq ? eq : !eq);
}

Result<int64_t> method_hash(Value v) {
  Method* m = as<Method>(v);
  int64_t h1 = int64_t(m->self.get().raw() >> 4);
  int64_t h2 = TRY(hash(m->func));
  int64_t h = h1 ^ h2;
  return h == -1 ? -2 : h;
}

Result<Ref> method_descr_get(Value descr, Value obj, Value type) { return Ref::borrow(descr); }

Result<Ref> m_get_func(Value v) { return as<Method>(v)->func; }
Result<Ref> m_get_self(Value v) { return as<Method>(v)->self; }
Result<Ref> m_get_doc(Value v) { return getattr(as<Method>(v)->func, ids::dunder_doc); }

const GetSetDef kMethodGetSets[] = {
    {"__func__", m_get_func},
    {"__self__", m_get_self},
    {"__doc__", m_get_doc},
    {nullptr},
};

}  // namespace

// Attribute lookup of a bound method: its own attributes, then the function's (as CPython).
Result<Ref> getattr_opt_generic_then(Value obj, Str* name) {
  Result<Ref> r = generic_getattr(obj, name);
  if (r.ok()) return r;
  if (!error_matches(&exc::AttributeError)) return kError;
  Ref saved = fetch_error();
  Result<Ref> r2 = getattr(as<Method>(obj)->func, name);
  if (r2.ok()) return r2;
  if (error_matches(&exc::AttributeError)) {
    clear_error();
    restore_error(std::move(saved));
  }
  return kError;
}

void init_function_types(TypeList& out) {
  FunctionType.name = "function";
  FunctionType.basic_size = sizeof(Function);
  FunctionType.dealloc = function_dealloc;
  FunctionType.repr = function_repr;
  FunctionType.call = function_call_slot;
  FunctionType.descr_get = function_descr_get;
  FunctionType.getattr = generic_getattr;
  FunctionType.setattr = generic_setattr;
  FunctionType.flags = kTypeHasDict;
  FunctionType.dict_offset = offsetof(Function, dict);
  FunctionType.getsets = kFunctionGetSets;
  FunctionType.methods = kFunctionMethods;
  FunctionType.doc = "Create a function object.";
  out.push_back(&FunctionType);

  MethodType.name = "method";
  // types.MethodType(function, instance) (added by dm).
  MethodType.new_ = [](TypeObject*, CallArgs args) -> Result<Ref> {
    if (args.nkw()) return raise(&exc::TypeError, "method() takes no keyword arguments");
    if (args.nargs != 2) {
      return raise(&exc::TypeError, "method expected 2 arguments, got " + std::to_string(args.nargs));
    }
    if (!is_callable(args[0])) return raise(&exc::TypeError, "first argument must be callable");
    if (is_none(args[1])) return raise(&exc::TypeError, "instance must not be None");
    return make_method(args[0], args[1]);
  };
  MethodType.basic_size = sizeof(Method);
  MethodType.dealloc = method_dealloc;
  MethodType.repr = method_repr;
  MethodType.call = method_call;
  MethodType.getattr = method_getattr;
  MethodType.richcompare = method_richcompare;
  MethodType.hash = method_hash;
  MethodType.descr_get = method_descr_get;
  MethodType.getsets = kMethodGetSets;
  MethodType.doc = "Create a bound instance method object.";
  out.push_back(&MethodType);
}

}  // namespace weft
