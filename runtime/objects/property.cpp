// property(fget=None, fset=None, fdel=None, doc=None) and its getter/setter/deleter decorators.
#include <string>

#include "objects/abstract.h"
#include "objects/args.h"
#include "objects/descriptors.h"
#include "objects/exceptions.h"
#include "objects/init.h"
#include "objects/str.h"
#include "objects/type.h"

namespace weft {

TypeObject PropertyType;

namespace {

void prop_dealloc(Object* o) { delete_object(static_cast<Property*>(o)); }

Result<Ref> prop_new(TypeObject* type, CallArgs) {
  size_t size = type->basic_size > sizeof(Property) ? type->basic_size : sizeof(Property);
  Property* p = new_object_sized<Property>(type, size);
  return Ref::steal(Value(p));
}

Status prop_init(Value self, CallArgs args) {
  Value fget, fset, fdel, doc;
  TRY(parse_args(args, "property", {"fget", "fset", "fdel", "doc"}, 0, {&fget, &fset, &fdel, &doc}));
  auto* p = as<Property>(self);
  auto norm = [](Value v) { return (v && !is_none(v)) ? Ref::borrow(v) : Ref(); };
  p->fget = norm(fget);
  p->fset = norm(fset);
  p->fdel = norm(fdel);
  p->doc = norm(doc);
  if (!p->doc && p->fget) {
    Ref d = TRY(getattr_opt(p->fget, ids::dunder_doc));
    if (d && !is_none(d)) p->doc = std::move(d);
  }
  if (p->fget && !p->name) {
    Ref n = TRY(getattr_opt(p->fget, ids::dunder_name));
    if (n && is_str(n)) p->name = std::move(n);
  }
  return ok();
}

std::string prop_desc(Property* p, Value obj) {
  std::string s = "property ";
  if (p->name) s += "'" + std::string(str_view(p->name)) + "' ";
  s += "of '" + std::string(type_name(obj)) + "' object";
  return s;
}

Result<Ref> prop_get(Value descr, Value obj, Value type) {
  auto* p = as<Property>(descr);
  if (!obj) return Ref::borrow(descr);
  if (!p->fget) return raise(exc::AttributeError, prop_desc(p, obj) + " has no getter");
  return call(p->fget, {obj});
}

Status prop_set(Value descr, Value obj, Value v) {
  auto* p = as<Property>(descr);
  if (v) {
    if (!p->fset) return raise(exc::AttributeError, prop_desc(p, obj) + " has no setter");
    TRY(call(p->fset, {obj, v}));
  } else {
    if (!p->fdel) return raise(exc::AttributeError, prop_desc(p, obj) + " has no deleter");
    TRY(call(p->fdel, {obj}));
  }
  return ok();
}

// getter/setter/deleter: a copy of the property with one function replaced (type(self)(...)).
Result<Ref> prop_copy(Value self, Value get, Value set, Value del) {
  auto* p = as<Property>(self);
  auto pick = [](Value nv, const Ref& old) { return nv ? (is_none(nv) ? None() : nv) : (old ? old.get() : None()); };
  Value g = pick(get, p->fget), s = pick(set, p->fset), d = pick(del, p->fdel);
  // A doc taken from the old getter follows the new getter.
  Value doc = p->doc ? p->doc.get() : None();
  bool doc_from_getter = false;
  if (get && p->fget && p->doc) {
    Ref old_doc = TRY(getattr_opt(p->fget, ids::dunder_doc));
    doc_from_getter = old_doc && old_doc.get() == p->doc.get();
  }
  if (doc_from_getter) doc = None();
  Ref np = TRY(call(Value(self.type()), {g, s, d, doc}));
  if (np.type() == &PropertyType || is_instance_of(np, &PropertyType)) {
    auto* q = as<Property>(np);
    if (p->name) q->name = p->name;
  }
  return np;
}

Result<Ref> prop_getter(Value self, CallArgs args) {
  TRY(check_nargs(args, "getter", 1, 1));
  return prop_copy(self, args[0], Value(), Value());
}
Result<Ref> prop_setter(Value self, CallArgs args) {
  TRY(check_nargs(args, "setter", 1, 1));
  return prop_copy(self, Value(), args[0], Value());
}
Result<Ref> prop_deleter(Value self, CallArgs args) {
  TRY(check_nargs(args, "deleter", 1, 1));
  return prop_copy(self, Value(), Value(), args[0]);
}
Result<Ref> prop_set_name(Value self, CallArgs args) {
  TRY(check_nargs(args, "__set_name__", 2, 2));
  if (is_str(args[1])) as<Property>(self)->name = Ref::borrow(args[1]);
  return none();
}

Result<Ref> or_none(const Ref& r) { return r ? r : none(); }
Result<Ref> prop_get_fget(Value v) { return or_none(as<Property>(v)->fget); }
Result<Ref> prop_get_fset(Value v) { return or_none(as<Property>(v)->fset); }
Result<Ref> prop_get_fdel(Value v) { return or_none(as<Property>(v)->fdel); }
Result<Ref> prop_get_doc(Value v) { return or_none(as<Property>(v)->doc); }
Status prop_set_doc(Value self, Value v) {
  as<Property>(self)->doc = (v && !is_none(v)) ? Ref::borrow(v) : Ref();
  return ok();
}
Result<Ref> prop_get_name(Value v) {
  auto* p = as<Property>(v);
  if (p->name) return p->name;
  if (p->fget) return getattr(p->fget, ids::dunder_name);
  return raise(exc::AttributeError, "'property' object has no attribute '__name__'");
}
Status prop_set_name_attr(Value self, Value v) {
  as<Property>(self)->name = v ? Ref::borrow(v) : Ref();
  return ok();
}
Result<Ref> prop_get_abstract(Value v) {
  auto* p = as<Property>(v);
  for (const Ref* f : {&p->fget, &p->fset, &p->fdel}) {
    if (!*f) continue;
    Ref r = TRY(getattr_opt(*f, intern("__isabstractmethod__")));
    if (r) {
      bool b = TRY(truthy(r));
      if (b) return make_bool(true);
    }
  }
  return make_bool(false);
}

const MethodDef kPropertyMethods[] = {
    {"getter", prop_getter, 0, "Descriptor to obtain a copy of the property with a different getter."},
    {"setter", prop_setter, 0, "Descriptor to obtain a copy of the property with a different setter."},
    {"deleter", prop_deleter, 0, "Descriptor to obtain a copy of the property with a different deleter."},
    {"__set_name__", prop_set_name, 0, "Method to set name of a property."},
    {nullptr, nullptr},
};

const GetSetDef kPropertyGetSets[] = {
    {"fget", prop_get_fget},
    {"fset", prop_get_fset},
    {"fdel", prop_get_fdel},
    {"__doc__", prop_get_doc, prop_set_doc},
    {"__name__", prop_get_name, prop_set_name_attr},
    {"__isabstractmethod__", prop_get_abstract},
    {nullptr, nullptr},
};

}  // namespace

Ref make_property(Value fget, Value fset, Value fdel, Value doc) {
  Property* p = new_object<Property>(&PropertyType);
  auto norm = [](Value v) { return (v && !is_none(v)) ? Ref::borrow(v) : Ref(); };
  p->fget = norm(fget);
  p->fset = norm(fset);
  p->fdel = norm(fdel);
  p->doc = norm(doc);
  return Ref::steal(Value(p));
}

void init_property_type(TypeList& out) {
  PropertyType.name = "property";
  PropertyType.flags = kTypeBaseType;
  PropertyType.basic_size = sizeof(Property);
  PropertyType.dealloc = prop_dealloc;
  PropertyType.new_ = prop_new;
  PropertyType.init = prop_init;
  PropertyType.descr_get = prop_get;
  PropertyType.descr_set = prop_set;
  PropertyType.methods = kPropertyMethods;
  PropertyType.getsets = kPropertyGetSets;
  PropertyType.doc = "Property attribute.";
  out.push_back(&PropertyType);
}

}  // namespace weft
