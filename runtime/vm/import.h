// The import system: native modules (stdlib/modules.def), embedded Python modules (stdlib/lib),
// then .py files and packages on sys.path (the script's directory first).
#pragma once
#include <string>

#include "objects/object.h"

namespace weft {

// __import__(name, globals, locals, fromlist, level) semantics: returns the top-level package
// for `import a.b` (fromlist empty) or the module itself when fromlist is non-empty.
Result<Ref> import_module_level(Value name, Value globals, Value fromlist, int level);
// Imports a dotted name and returns the named module itself (importlib.import_module).
Result<Ref> import_module(std::string_view name);
// `from module import name`: the attribute, or the submodule module.name; ImportError
// "cannot import name 'x' from 'm' (path)" otherwise.
Result<Ref> import_from(Value module, Str* name);
// `from module import *` (added by cli): binds every public name — module.__all__ if defined,
// else every name in the module's dict not starting with '_' — in `locals` (a dict or mapping).
// TypeError "Item in module.__all__ must be str, not int" as CPython.
Status import_star(Value module, Value locals);

// `weft -m NAME` (added by tools): the code to run as __main__, found as runpy does: NAME's
// parent packages are imported, a package is replaced by its __main__ submodule. A failure that
// python reports as "prog: MESSAGE" (status 1) is returned in `error`; other exceptions raise.
struct MainModuleSource {
  std::string filename;  // the .py path, or "<frozen NAME>" for an embedded module
  bool is_file = false;
  std::string source;
  std::string package;   // __package__
  std::string error;     // "No module named x", ...
};
Result<MainModuleSource> find_main_module(std::string_view name);

}  // namespace weft
