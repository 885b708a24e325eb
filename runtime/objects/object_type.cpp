// The type `object`: default construction, repr, identity comparison and hashing, the generic
// attribute protocol (object.__getattribute__/__setattr__), instance dicts and heap-type dealloc.
#include <cstdio>
#include <cstring>
#include <mutex>
#include <string>
#include <unordered_map>

#include "objects/abstract.h"
#include "objects/args.h"
#include "objects/descriptors.h"
#include "objects/dict.h"
#include "objects/exceptions.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/slots.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "vm/import.h"
#include "vm/state.h"

namespace weft {

TypeObject ObjectType;

// Instance dicts of heap subclasses of built-in types other than object (dict_offset < 0).
struct SideDictTable {
  std::mutex lock;
  std::unordered_map<Object*, Value> dicts;  // owned references
};

namespace {

SideDictTable* side_table(bool create) {
  ThreadState* ts = ThreadState::current();
  if (!ts || !ts->interp) return nullptr;
  InterpreterState* is = ts->interp;
  if (!is->side_dicts && create) {
    std::lock_guard<std::mutex> g(ProcessState::get().lock);
    if (!is->side_dicts) is->side_dicts = new SideDictTable();
  }
  return is->side_dicts;
}

}  // namespace

Value instance_dict(Value obj, bool create) {
  if (!obj.is_object()) return Value();
  TypeObject* t = obj.type();
  if (t->dict_offset > 0) {
    Value* slot = reinterpret_cast<Value*>(reinterpret_cast<char*>(obj.obj()) + t->dict_offset);
    if (!*slot && create) {
      CriticalSection cs(obj.obj());
      if (!*slot) *slot = make_dict().release();
    }
    return *slot;
  }
  if (t->dict_offset < 0) {
    SideDictTable* st = side_table(create);
    if (!st) return Value();
    std::lock_guard<std::mutex> g(st->lock);
    auto it = st->dicts.find(obj.obj());
    if (it != st->dicts.end()) return it->second;
    if (!create) return Value();
    Value d = make_dict().release();
    st->dicts.emplace(obj.obj(), d);
    return d;
  }
  return Value();
}

// Frees an instance of a heap type: releases what the heap classes added (__slots__ values, the
// instance dict), then lets the nearest built-in base free the rest.
void heap_dealloc(Object* o) {
  auto* t = static_cast<HeapType*>(o->type);
  if (t->has_del && ThreadState::current()) {
    // Resurrect for the call; if __del__ stored a reference somewhere, the object lives on.
    header_init(&o->header);
    Ref saved = fetch_error();
    Value del = type_lookup(t, ids::dunder_del);
    if (del) {
      Ref keep = Ref::borrow(del);
      Result<Ref> r = call_unbound(del, Value(o), {});
      if (!r.ok()) {
        Ref exc = fetch_error();
        Result<std::string> d = repr_utf8(del);
        std::string msg = "Exception ignored in: " + (d.ok() ? *d : std::string("__del__")) + "\n";
        if (!d.ok()) clear_error();
        std::fputs(msg.c_str(), stderr);
        print_exception(exc);
      }
    }
    restore_error(std::move(saved));
    if (header_refcount(&o->header) > 1) {
      decref(o);  // resurrected: someone else holds it now
      return;
    }
  }
  for (size_t off : t->ref_offsets) {
    Value* slot = reinterpret_cast<Value*>(reinterpret_cast<char*>(o) + off);
    Value v = *slot;
    *slot = Value();
    decref(v);
  }
  if (t->dict_offset < 0) {
    Value d;
    if (SideDictTable* st = side_table(false)) {
      std::lock_guard<std::mutex> g(st->lock);
      auto it = st->dicts.find(o);
      if (it != st->dicts.end()) {
        d = it->second;
        st->dicts.erase(it);
      }
    }
    decref(d);
  }
  TypeObject* base = t->static_base ? t->static_base : &ObjectType;
  base->dealloc(o);
}

// type_lookup: objects/type.cpp (with the attribute cache).

namespace {

std::string attr_error_prefix(Value obj) { return std::string("'") + type_name(obj) + "' object"; }

}  // namespace

Result<Ref> generic_getattr(Value obj, Str* name) {
  TypeObject* t = obj.type();
  // References are taken only where needed: a descriptor's __get__ may run code that drops the
  // class attribute (keep), the instance dict lookup runs none.
  Value descr = type_lookup(t, name);
  if (descr) {
    TypeObject* dt = descr.type();
    if (dt->descr_get && dt->descr_set) {
      Ref keep = type_lookup_ref(t, name);
      if (!keep.get().is(descr)) return generic_getattr(obj, name);  // replaced meanwhile (ft)
      return dt->descr_get(keep, obj, Value(t));
    }
  }
  if (t->dict_offset) {
    Value d = t->dict_offset > 0 ? *reinterpret_cast<Value*>(reinterpret_cast<char*>(obj.obj()) + t->dict_offset)
                                 : instance_dict(obj, false);
    if (d) {
      if constexpr (kFreeThreading) {
        if (Ref v = dict_get_str_ref(as<Dict>(d), name)) return v;
      } else {
        if (Value v = dict_get_str(as<Dict>(d), name)) return Ref::borrow(v);
      }
    }
    if (!descr && name == ids::dunder_dict) return Ref::borrow(instance_dict(obj, true));
  }
  if (descr) {
    Ref keep;
    if constexpr (kFreeThreading) {
      keep = type_lookup_ref(t, name);
      if (!keep.get().is(descr)) return generic_getattr(obj, name);  // replaced meanwhile
    } else {
      keep = Ref::borrow(descr);
    }
    TypeObject* dt = descr.type();
    if (dt->descr_get) return dt->descr_get(descr, obj, Value(t));
    return keep;
  }
  return raise(exc::AttributeError,
               attr_error_prefix(obj) + " has no attribute '" + std::string(name->view()) + "'");
}

Status generic_setattr(Value obj, Str* name, Value v) {
  TypeObject* t = obj.type();
  Value descr = type_lookup(t, name);
  Ref keep;
  if (descr) {
    keep = Ref::borrow(descr);
    if (descr.type()->descr_set) return descr.type()->descr_set(descr, obj, v);
  }
  if (t->dict_offset) {
    if (name == ids::dunder_dict && !descr) {
      if (!v) return raise(exc::TypeError, "cannot delete __dict__");
      if (!is_dict(v))
        return raise(exc::TypeError, std::string("__dict__ must be set to a dictionary, not a '") +
                                         type_name(v) + "'");
      if (t->dict_offset > 0) {
        Value* slot = reinterpret_cast<Value*>(reinterpret_cast<char*>(obj.obj()) + t->dict_offset);
        incref(v);
        Value old = *slot;
        *slot = v;
        decref(old);
        return ok();
      }
    }
    Value d = instance_dict(obj, v ? true : false);
    if (v) return dict_set_str(as<Dict>(d), name, v);
    if (d) {
      bool removed = TRY(dict_del(as<Dict>(d), Value(name)));
      if (removed) return ok();
    }
    return raise(exc::AttributeError,
                 attr_error_prefix(obj) + " has no attribute '" + std::string(name->view()) + "'");
  }
  if (descr)
    return raise(exc::AttributeError,
                 attr_error_prefix(obj) + " attribute '" + std::string(name->view()) + "' is read-only");
  return raise(exc::AttributeError, attr_error_prefix(obj) + " has no attribute '" +
                                        std::string(name->view()) +
                                        "' and no __dict__ for setting new attributes");
}

// ---- object's slots ----------------------------------------------------------------------------

Status object_init(Value self, CallArgs args);

namespace {

bool excess_args(CallArgs args) { return args.nargs > 0 || args.nkw() > 0; }

Status check_abstract(TypeObject* type) {
  if (!(type->flags & kTypeHeapType)) return ok();
  Value am = dict_get_str(as<Dict>(type->dict), ids::dunder_abstractmethods);
  if (!am) return ok();
  bool t = TRY(truthy(am));
  if (!t) return ok();
  Ref sorted = TRY(list_from_iterable(am));
  TRY(list_sort(as<List>(sorted), Value(), false));
  size_t n = list_size(sorted);
  std::string names;
  for (size_t i = 0; i < n; ++i) {
    if (i) names += ", ";
    names += "'";
    names += TRY(str_utf8(list_item(sorted, i)));
    names += "'";
  }
  return raise(exc::TypeError, "Can't instantiate abstract class " + type_qualname(type) +
                                   " without an implementation for abstract method" +
                                   (n > 1 ? "s " : " ") + names);
}

}  // namespace

Result<Ref> object_new(TypeObject* type, CallArgs args) {
  if (excess_args(args)) {
    Result<Ref> (*self_fn)(TypeObject*, CallArgs) = object_new;
    Status (*init_fn)(Value, CallArgs) = object_init;
    if (type->new_ != self_fn)
      return raise(exc::TypeError, "object.__new__() takes exactly one argument (the type to instantiate)");
    if (type->init == init_fn)
      return raise(exc::TypeError, type_qualname(type) + "() takes no arguments");
  }
  TRY(check_abstract(type));
  size_t size = type->basic_size < sizeof(Object) ? sizeof(Object) : type->basic_size;
  Object* o = new_object_sized<Object>(type, size);
  if (size > sizeof(Object)) std::memset(reinterpret_cast<char*>(o) + sizeof(Object), 0, size - sizeof(Object));
  return Ref::steal(Value(o));
}

Status object_init(Value self, CallArgs args) {
  if (excess_args(args)) {
    TypeObject* type = self.type();
    Result<Ref> (*new_fn)(TypeObject*, CallArgs) = object_new;
    Status (*self_fn)(Value, CallArgs) = object_init;
    if (type->init != self_fn)
      return raise(exc::TypeError, "object.__init__() takes exactly one argument (the instance to initialize)");
    if (type->new_ == new_fn)
      return raise(exc::TypeError, type_qualname(type) + ".__init__() takes exactly one argument (the instance to initialize)");
  }
  return ok();
}

namespace {

void object_dealloc(Object* o) { delete_object(o); }

Result<Ref> object_repr(Value v) {
  TypeObject* t = v.type();
  Value mod = type_module(t);
  std::string s = "<";
  if (mod && is_str(mod) && str_view(mod) != "builtins") {
    s += str_view(mod);
    s += '.';
  }
  s += type_qualname(t);
  char buf[64];
  std::snprintf(buf, sizeof buf, " object at %p>", static_cast<void*>(v.obj()));
  s += buf;
  return make_str(s);
}

Result<Ref> object_str(Value v) {
  TypeObject* t = v.type();
  if (t->repr) return t->repr(v);
  return object_repr(v);
}

Result<int64_t> object_hash(Value v) {
  uint64_t y = v.raw();
  y = (y >> 4) | (y << 60);
  int64_t h = int64_t(y);
  return h == -1 ? -2 : h;
}

Result<Ref> object_richcompare(Value a, Value b, CmpOp op) {
  switch (op) {
    case CmpOp::Eq:
      return a.is(b) ? make_bool(true) : not_implemented();
    case CmpOp::Ne: {
      auto rc = a.type()->richcompare;
      if (!rc) return not_implemented();
      Ref r = TRY(rc(a, b, CmpOp::Eq));
      if (r.get() == NotImplemented()) return r;
      bool t = TRY(truthy(r));
      return make_bool(!t);
    }
    default:
      return not_implemented();
  }
}

// object's methods
Result<Ref> object_dir(Value self, CallArgs args) {
  TRY(check_nargs(args, "__dir__()", 0, 0));
  Ref result = make_dict();
  if (Value d = instance_dict(self, false)) TRY(dict_update(as<Dict>(result), d));
  // The class attributes, along type(self)'s MRO.
  Value mro = self.type()->mro;
  for (size_t i = tuple_size(mro); i-- > 0;)
    TRY(dict_update(as<Dict>(result), as<TypeObject>(tuple_item(mro, i))->dict));
  Ref l = make_list(dict_size(result));
  size_t pos = 0;
  Value k, v;
  while (dict_next(as<Dict>(result), &pos, &k, &v)) TRY(list_append(as<List>(l), k));
  return l;
}

Result<Ref> object_format(Value self, CallArgs args) {
  TRY(check_nargs(args, "__format__()", 1, 1));
  Value spec = args[0];
  if (!is_str(spec))
    return raise(exc::TypeError, std::string("__format__() argument must be str, not ") + type_name(spec));
  if (str_view(spec).size() > 0)
    return raise(exc::TypeError, std::string("unsupported format string passed to ") + self.type()->name + ".__format__");
  return str(self);
}

Result<Ref> object_init_subclass(Value cls, CallArgs args) {
  if (args.nkw())
    return raise(exc::TypeError, type_qualname(as<TypeObject>(cls)) + ".__init_subclass__() takes no keyword arguments");
  if (args.nargs)
    return raise(exc::TypeError, type_qualname(as<TypeObject>(cls)) + ".__init_subclass__() takes no arguments (" +
                                     std::to_string(args.nargs) + " given)");
  return none();
}

Result<Ref> object_subclasshook(Value, CallArgs args) {
  TRY(check_nargs(args, "object.__subclasshook__()", 1, 1));
  return not_implemented();
}

Result<Ref> object_sizeof(Value self, CallArgs args) {
  TRY(check_nargs(args, "__sizeof__()", 0, 0));
  return make_int(int64_t(self.is_object() ? self.type()->basic_size : 28));
}

// True when a heap class (or a heap base) declares __slots__ members: their values are state too.
static bool has_slot_members(TypeObject* t) {
  for (; t && (t->flags & kTypeHeapType); t = t->base) {
    Value names = static_cast<HeapType*>(t)->slot_names.get();
    if (names && tuple_size(names) > 0) return true;
  }
  return false;
}

static Result<Ref> copyreg_call(const char* fn, std::initializer_list<Value> args) {
  Ref copyreg = TRY(import_module("copyreg"));
  Ref f = TRY(getattr(copyreg, intern(fn)));
  return call(f, args);
}

Result<Ref> object_getstate(Value self, CallArgs args) {
  TRY(check_nargs(args, "__getstate__()", 0, 0));
  if (has_slot_members(self.type())) return copyreg_call("_getstate_slots", {self});
  Value d = instance_dict(self, false);
  if (!d || dict_size(d) == 0) return none();
  return dict_copy(as<Dict>(d));
}

// object.__reduce_ex__(proto) / object.__reduce__(): copyreg builds the value as pickle expects
// it: copyreg._reduce_ex for protocols 0 and 1, copyreg._reduce_newobj for 2 and above.
static Result<Ref> object_common_reduce(Value self, int64_t proto) {
  TypeObject* t = self.type();
  TypeObject* base = t;
  while (base && (base->flags & kTypeHeapType)) base = base->base;
  if (!base) base = &ObjectType;
  // Instances of built-in types with hidden native state cannot be rebuilt from __dict__.
  bool plain_base = base == &ObjectType || base == &ListType || base == &DictType;
  if (!t->new_ || (!plain_base && !type_lookup(t, intern("__getnewargs__")) &&
                   !type_lookup(t, intern("__getnewargs_ex__")) && proto >= 2))
    return raise(exc::TypeError, std::string("cannot pickle '") + t->name + "' object");
  Ref p = make_int(proto);
  if (proto >= 2) return copyreg_call("_reduce_newobj", {self, p.get()});
  return copyreg_call("_reduce_ex", {self, p.get(), Value(base)});
}

Result<Ref> object_reduce_ex(Value self, CallArgs args) {
  TRY(check_nargs(args, "__reduce_ex__", 1, 1));
  int64_t proto = 0;
  if (!is_int(args[0]) || !int_to_int64(args[0], &proto))
    return raise(exc::TypeError, std::string("'") + type_name(args[0]) +
                                     "' object cannot be interpreted as an integer");
  // A class that defines its own __reduce__ is reduced by it.
  Str* reduce_name = intern("__reduce__");
  Value own = type_lookup(self.type(), reduce_name);
  if (own && !own.is(type_lookup(&ObjectType, reduce_name)))
    return call_method(self, reduce_name, {});
  return object_common_reduce(self, proto);
}

Result<Ref> object_reduce(Value self, CallArgs args) {
  TRY(check_nargs(args, "__reduce__()", 0, 0));
  return object_common_reduce(self, 0);
}

Result<Ref> object_get_class(Value self) { return Ref::borrow(Value(self.type())); }

Status object_set_class(Value self, Value v) {
  if (!v) return raise(exc::TypeError, "can't delete __class__ attribute");
  if (!is_type(v))
    return raise(exc::TypeError, std::string("__class__ must be set to a class, not '") + type_name(v) + "' object");
  TypeObject* nt = as<TypeObject>(v);
  TypeObject* ot = self.type();
  if (!(nt->flags & kTypeHeapType) || !(ot->flags & kTypeHeapType))
    return raise(exc::TypeError, "__class__ assignment only supported for mutable types or ModuleType subclasses");
  auto* nh = static_cast<HeapType*>(nt);
  auto* oh = static_cast<HeapType*>(ot);
  if (nt->basic_size != ot->basic_size || nt->dict_offset != ot->dict_offset ||
      nh->static_base != oh->static_base || nh->ref_offsets != oh->ref_offsets)
    return raise(exc::TypeError, "__class__ assignment: '" + std::string(nt->name) +
                                     "' object layout differs from '" + ot->name + "'");
  incref(Value(nt));
  self.obj()->type = nt;
  decref(Value(ot));
  return ok();
}

const MethodDef kObjectMethods[] = {
    {"__dir__", object_dir, 0, "Default dir() implementation."},
    {"__format__", object_format, 0, "Default object formatter."},
    {"__init_subclass__", object_init_subclass, MethodDef::kClassMethod,
     "This method is called when a class is subclassed."},
    {"__subclasshook__", object_subclasshook, MethodDef::kClassMethod, "Abstract classes can override this to customize issubclass()."},
    {"__sizeof__", object_sizeof, 0, "Size of object in memory, in bytes."},
    {"__getstate__", object_getstate, 0, "Helper for pickle."},
    {"__reduce_ex__", object_reduce_ex, 0, "Helper for pickle."},
    {"__reduce__", object_reduce, 0, "Helper for pickle."},
    {nullptr, nullptr},
};

const GetSetDef kObjectGetSets[] = {
    {"__class__", object_get_class, object_set_class, "the object's class"},
    {nullptr, nullptr},
};

}  // namespace

void init_object_type() {
  ObjectType.name = "object";
  ObjectType.flags = kTypeBaseType;
  ObjectType.basic_size = sizeof(Object);
  ObjectType.dealloc = object_dealloc;
  ObjectType.repr = object_repr;
  ObjectType.str = object_str;
  ObjectType.hash = object_hash;
  ObjectType.richcompare = object_richcompare;
  ObjectType.getattr = generic_getattr;
  ObjectType.setattr = generic_setattr;
  ObjectType.new_ = object_new;
  ObjectType.init = object_init;
  ObjectType.methods = kObjectMethods;
  ObjectType.getsets = kObjectGetSets;
  ObjectType.doc = "The base class of the class hierarchy.\n\nWhen called, it accepts no arguments and returns a new featureless\ninstance that has no instance attributes and cannot be given any.\n";
}

}  // namespace weft
