// module objects: a namespace dict plus a name. Attribute reads go straight to the dict for
// ordinary names (math.sqrt is one str-keyed dict probe), fall back to object.__getattribute__ for
// dunders and descriptors, then to a module-level __getattr__ (PEP 562).
#include "objects/module.h"

#include <cstring>

#include "objects/abstract.h"
#include "objects/args.h"
#include "objects/descriptors.h"
#include "objects/dict.h"
#include "objects/dictview.h"
#include "objects/exceptions.h"
#include "objects/list.h"
#include "objects/str.h"
#include "objects/type.h"

namespace weft {

TypeObject ModuleType;

namespace {

inline Module* M(Value v) { return as<Module>(v); }

Module* alloc_module(TypeObject* type) {
  size_t size = type->basic_size < sizeof(Module) ? sizeof(Module) : type->basic_size;
  Module* m = new_object_sized<Module>(type, size);
  if (size > sizeof(Module)) std::memset(reinterpret_cast<char*>(m) + sizeof(Module), 0, size - sizeof(Module));
  m->dict = make_dict();
  return m;
}

void module_dealloc(Object* o) { delete_object(static_cast<Module*>(o)); }

// The module's __name__ as text, for messages and repr; empty if unset or not a str.
std::string module_name_text(Value self) {
  Module* m = M(self);
  if (m->dict) {
    Value n = dict_get_str(as<Dict>(m->dict.get()), ids::dunder_name);
    if (n && is_str(n)) return std::string(str_view(n));
  }
  return "";
}

bool has_name(Value self) {
  Module* m = M(self);
  if (!m->dict) return false;
  Value n = dict_get_str(as<Dict>(m->dict.get()), ids::dunder_name);
  return n && is_str(n);
}

Result<Ref> module_getattr(Value self, Str* name) {
  Module* m = M(self);
  Dict* d = m->dict ? as<Dict>(m->dict.get()) : nullptr;
  // Ordinary names: no data descriptor of the module type can shadow them.
  if (d && !(name->byte_length >= 2 && name->data[0] == '_' && name->data[1] == '_')) {
    Value v = dict_get_str(d, name);
    if (v) return Ref::borrow(v);
  }
  Result<Ref> r = generic_getattr(self, name);
  if (r.ok()) return r;
  if (!error_matches(&exc::AttributeError)) return kError;
  if (d) {
    Value ga = dict_get_str(d, ids::dunder_getattr);
    if (ga) {
      clear_error();
      Ref hold = Ref::borrow(ga);
      return call(hold, {Value(name)});
    }
  }
  clear_error();
  if (has_name(self))
    return raise_attribute_error(self, name, "module '" + module_name_text(self) +
                                                 "' has no attribute '" + std::string(name->view()) + "'");
  return raise_attribute_error(self, name, "module has no attribute '" + std::string(name->view()) + "'");
}

Status module_setattr(Value self, Str* name, Value v) { return generic_setattr(self, name, v); }

Result<Ref> module_repr(Value self) {
  Module* m = M(self);
  std::string name = has_name(self) ? module_name_text(self) : "?";
  Dict* d = m->dict ? as<Dict>(m->dict.get()) : nullptr;
  if (d) {
    Value file = dict_get_str(d, ids::dunder_file);
    if (file && is_str(file)) return make_str("<module '" + name + "' from '" + std::string(str_view(file)) + "'>");
    Value loader = dict_get_str(d, ids::dunder_loader);
    if (!loader) return make_str("<module '" + name + "' (built-in)>");
  }
  return make_str("<module '" + name + "'>");
}

Result<Ref> module_new(TypeObject* type, CallArgs args) { return Ref::steal(alloc_module(type)); }

Status module_init(Value self, CallArgs args) {
  Value name, doc;
  TRY(parse_args(args, "module", {"name", "doc"}, 1, {&name, &doc}));
  if (!is_str(name))
    return raise(exc::TypeError, std::string("module() argument 'name' must be str, not ") +
                                     type_name(name));
  Module* m = M(self);
  Dict* d = as<Dict>(m->dict.get());
  m->name = Ref::borrow(name);
  TRY(dict_set_str(d, ids::dunder_name, name));
  TRY(dict_set_str(d, ids::dunder_doc, doc ? doc : None()));
  TRY(dict_set_str(d, ids::dunder_package, None()));
  TRY(dict_set_str(d, ids::dunder_loader, None()));
  TRY(dict_set_str(d, ids::dunder_spec, None()));
  return ok();
}

Result<Ref> m_dir(Value self, CallArgs args) {
  TRY(check_nargs(args, "__dir__", 0, 0));
  Module* m = M(self);
  Dict* d = as<Dict>(m->dict.get());
  Value f = dict_get_str(d, ids::dunder_dir);
  if (f) {
    Ref hold = Ref::borrow(f);
    return call(hold, {});
  }
  return list_from_iterable(m->dict);
}

Result<Ref> get_dict(Value self) { return Ref::borrow(M(self)->dict.get()); }

const MethodDef kModuleMethods[] = {
    {"__dir__", m_dir, 0, "Specialized __dir__ implementation for module objects."},
    {nullptr, nullptr},
};

const GetSetDef kModuleGetSets[] = {
    {"__dict__", get_dict, nullptr, nullptr},
    {nullptr, nullptr},
};

}  // namespace

Ref make_module(std::string_view name) {
  Module* m = alloc_module(&ModuleType);
  Ref r = Ref::steal(m);
  Ref n = make_str(name);
  m->name = n;
  Dict* d = as<Dict>(m->dict.get());
  // Only allocation can fail here; the dict is fresh and the keys are str.
  (void)dict_set_str(d, ids::dunder_name, n);
  (void)dict_set_str(d, ids::dunder_doc, None());
  return r;
}

Status module_add_functions(Value module, const MethodDef* defs) {
  Module* m = M(module);
  for (const MethodDef* def = defs; def->name; def++) {
    Ref f = make_native_function(def, module, m->name.get());
    TRY(dict_set_str(as<Dict>(m->dict.get()), intern(def->name), f));
  }
  return ok();
}

Status module_add(Value module, std::string_view name, Value v) {
  return dict_set_str(as<Dict>(M(module)->dict.get()), intern(name), v);
}

void init_module_type(TypeList& out) {
  ModuleType.name = "module";
  ModuleType.type = &TypeType;
  ModuleType.flags = kTypeBaseType | kTypeHasDict;
  ModuleType.basic_size = sizeof(Module);
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Winvalid-offsetof"
  ModuleType.dict_offset = offsetof(Module, dict);
#pragma GCC diagnostic pop
  ModuleType.dealloc = module_dealloc;
  ModuleType.repr = module_repr;
  ModuleType.getattr = module_getattr;
  ModuleType.setattr = module_setattr;
  ModuleType.new_ = module_new;
  ModuleType.init = module_init;
  ModuleType.methods = kModuleMethods;
  ModuleType.getsets = kModuleGetSets;
  ModuleType.doc = "Create a module object.\n\nThe name must be a string; the optional doc argument can have any type.";
  out.push_back(&ModuleType);
}

}  // namespace weft
