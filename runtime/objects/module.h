#pragma once
#include "objects/object.h"

namespace weft {

extern TypeObject ModuleType;

struct Module : Object {
  Ref dict;  // the module's globals
  Ref name;  // str
};

Ref make_module(std::string_view name);  // __name__ set, __doc__ None
inline Value module_dict(Value m) { return as<Module>(m)->dict; }
// Adds a native function (MethodDef with self = the module) to a module.
Status module_add_functions(Value module, const MethodDef* defs);
Status module_add(Value module, std::string_view name, Value v);

}  // namespace weft
