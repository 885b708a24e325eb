// super(type, obj), super(type, type2), super(type) and zero-argument super().
#include "objects/super.h"

#include <string>

#include "objects/abstract.h"
#include "objects/args.h"
#include "objects/dict.h"
#include "objects/exceptions.h"
#include "objects/init.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "vm/interpreter.h"

namespace weft {

TypeObject SuperType;

namespace {

void super_dealloc(Object* o) { delete_object(static_cast<SuperObject*>(o)); }

Result<Ref> super_new(TypeObject* type, CallArgs) {
  size_t size = type->basic_size > sizeof(SuperObject) ? type->basic_size : sizeof(SuperObject);
  return Ref::steal(Value(new_object_sized<SuperObject>(type, size)));
}

// The type to search after: obj's type if obj is an instance of type, obj if it is a subclass.
Result<Ref> supercheck(TypeObject* type, Value obj) {
  if (is_type(obj) && is_subtype(as<TypeObject>(obj), type)) return Ref::borrow(obj);
  if (is_instance_of(obj, type)) return Ref::borrow(Value(obj.type()));
  // obj.__class__ may differ from type(obj) (proxies).
  Ref cls = TRY(getattr_opt(obj, ids::dunder_class));
  if (cls && is_type(cls) && cls.get() != Value(obj.type()) && is_subtype(as<TypeObject>(cls), type))
    return cls;
  std::string kind = is_type(obj) ? "type" : "instance of";
  std::string oname = is_type(obj) ? type_qualname(as<TypeObject>(obj)) : std::string(type_name(obj));
  return raise(exc::TypeError, "super(type, obj): obj (" + kind + " " + oname +
                                   ") is not an instance or subtype of type (" + type_qualname(type) + ").");
}

Status super_init(Value self, CallArgs args) {
  TRY(check_no_kwargs(args, "super()"));
  TRY(check_nargs(args, "super", 0, 2));
  Ref type, obj;
  if (args.nargs == 0) {
    TRY(super_args_from_frame(&type, &obj));
  } else {
    type = Ref::borrow(args[0]);
    if (args.nargs == 2 && !is_none(args[1])) obj = Ref::borrow(args[1]);
  }
  if (!is_type(type))
    return raise(exc::TypeError, std::string("super() argument 1 must be a type, not ") + type_name(type));
  Ref obj_type;
  if (obj) obj_type = TRY(supercheck(as<TypeObject>(type), obj));
  auto* s = as<SuperObject>(self);
  s->thisclass = std::move(type);
  s->obj = std::move(obj);
  s->obj_type = std::move(obj_type);
  return ok();
}

Result<Ref> super_getattro(Value self, Str* name) {
  auto* s = as<SuperObject>(self);
  if (s->obj_type && name != ids::dunder_class) {
    Value mro = as<TypeObject>(s->obj_type)->mro;
    size_t n = tuple_size(mro), i = 0;
    while (i < n && tuple_item(mro, i) != s->thisclass.get()) ++i;
    for (++i; i < n; ++i) {
      TypeObject* t = as<TypeObject>(tuple_item(mro, i));
      Value res = dict_get_str(as<Dict>(t->dict), name);
      if (!res) continue;
      Ref keep = Ref::borrow(res);
      if (auto f = res.type()->descr_get) {
        Value obj = s->obj.get() == s->obj_type.get() ? Value() : s->obj.get();
        return f(res, obj, s->obj_type);
      }
      return keep;
    }
  }
  return generic_getattr(self, name);
}

Result<Ref> super_descr_get(Value self, Value obj, Value type) {
  auto* s = as<SuperObject>(self);
  if (!obj || s->obj) return Ref::borrow(self);
  Ref ns = TRY(super_new(self.type(), CallArgs{}));
  Value argv[2] = {s->thisclass, obj};
  TRY(super_init(ns, CallArgs{argv, 2, nullptr}));
  return ns;
}

Result<Ref> super_repr(Value v) {
  auto* s = as<SuperObject>(v);
  std::string r = "<super: <class '";
  r += s->thisclass ? as<TypeObject>(s->thisclass)->name : "NULL";
  r += "'>, ";
  if (s->obj_type) r += std::string("<") + as<TypeObject>(s->obj_type)->name + " object>";
  else r += "NULL";
  r += ">";
  return make_str(r);
}

Result<Ref> super_get_thisclass(Value v) {
  auto* s = as<SuperObject>(v);
  return s->thisclass ? s->thisclass : none();
}
Result<Ref> super_get_self(Value v) {
  auto* s = as<SuperObject>(v);
  return s->obj ? s->obj : none();
}
Result<Ref> super_get_self_class(Value v) {
  auto* s = as<SuperObject>(v);
  return s->obj_type ? s->obj_type : none();
}

const GetSetDef kSuperGetSets[] = {
    {"__thisclass__", super_get_thisclass, nullptr, "the class invoking super()"},
    {"__self__", super_get_self, nullptr, "the instance invoking super(); may be None"},
    {"__self_class__", super_get_self_class, nullptr, "the type of the instance invoking super(); may be None"},
    {nullptr, nullptr},
};

}  // namespace

void init_super_type(TypeList& out) {
  SuperType.name = "super";
  SuperType.flags = kTypeBaseType;
  SuperType.basic_size = sizeof(SuperObject);
  SuperType.dealloc = super_dealloc;
  SuperType.new_ = super_new;
  SuperType.init = super_init;
  SuperType.getattr = super_getattro;
  SuperType.descr_get = super_descr_get;
  SuperType.repr = super_repr;
  SuperType.getsets = kSuperGetSets;
  SuperType.doc = "super() -> same as super(__class__, <first argument>)";
  out.push_back(&SuperType);
}

}  // namespace weft
