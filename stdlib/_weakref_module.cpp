// _weakref: the native half of the weakref module (objects/weakref.h does the work).
#include "modules.h"
#include "objects/abstract.h"
#include "objects/args.h"
#include "objects/exceptions.h"
#include "objects/int.h"
#include "objects/module.h"
#include "objects/weakref.h"

namespace weft {

namespace {

Result<Ref> wr_proxy(Value, CallArgs args) {
  Value obj, cb;
  TRY(parse_args(args, "proxy", {"", ""}, 1, {&obj, &cb}));
  return weakref_new(obj, cb ? cb : None(), &WeakProxyType);
}

Result<Ref> wr_getweakrefcount(Value, CallArgs args) {
  TRY(check_nargs(args, "getweakrefcount", 1, 1));
  return make_int(int64_t(weakref_count(args[0])));
}

Result<Ref> wr_getweakrefs(Value, CallArgs args) {
  TRY(check_nargs(args, "getweakrefs", 1, 1));
  return weakref_list(args[0]);
}

// _remove_dead_weakref(dict, key): deletes dict[key] if it is a dead weak reference.
Result<Ref> wr_remove_dead(Value, CallArgs args) {
  TRY(check_nargs(args, "_remove_dead_weakref", 2, 2));
  Result<Ref> v = getitem(args[0], args[1]);
  if (!v.ok()) {
    clear_error();
    return none();
  }
  if (v->type() == &WeakrefType && is_none(weakref_get(v->as<WeakRef>()))) {
    Status s = delitem(args[0], args[1]);
    if (!s.ok()) clear_error();
  }
  return none();
}

const MethodDef kFunctions[] = {
    {"proxy", wr_proxy},
    {"getweakrefcount", wr_getweakrefcount},
    {"getweakrefs", wr_getweakrefs},
    {"_remove_dead_weakref", wr_remove_dead},
    {nullptr},
};

}  // namespace

Result<Ref> init__weakref_module() {
  Ref m = make_module("_weakref");
  TRY(module_add_functions(m, kFunctions));
  TRY(module_add(m, "ref", Value(static_cast<TypeObject*>(&WeakrefType))));
  TRY(module_add(m, "ReferenceType", Value(static_cast<TypeObject*>(&WeakrefType))));
  TRY(module_add(m, "ProxyType", Value(static_cast<TypeObject*>(&WeakProxyType))));
  TRY(module_add(m, "CallableProxyType", Value(static_cast<TypeObject*>(&WeakCallableProxyType))));
  return m;
}

}  // namespace weft
