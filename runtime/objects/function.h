// Python functions and bound methods.
#pragma once
#include "objects/init.h"
#include "objects/object.h"

namespace weft {

extern TypeObject FunctionType;  // function
extern TypeObject MethodType;    // method (bound method)

struct Code;

struct Function : Object {
  Ref code;         // Code
  Ref globals;      // Dict
  Ref builtins;     // Dict (the globals' __builtins__, resolved when the function is made)
  Ref name;         // str
  Ref qualname;     // str
  Ref module;       // globals['__name__'] or None
  Ref doc;          // None or the docstring
  Ref defaults;     // tuple or null
  Ref kwdefaults;   // dict or null
  Ref closure;      // tuple of cells or null
  Ref annotations;  // dict or null (created on first access)
  Ref dict;         // __dict__, null until used
  Code* code_ptr() const { return reinterpret_cast<Code*>(code.get().obj()); }  // Code derives from Object
};

struct Method : Object {
  Ref func;
  Ref self;
};

inline bool is_function(Value v) { return v.is_object() && v.type() == &FunctionType; }
inline bool is_method(Value v) { return v.is_object() && v.type() == &MethodType; }

// A new function for `code` in `globals` (qualname from the code object).
Ref make_function(Value code, Value globals);
Ref make_method(Value func, Value self);

// Calls a Python function (vm/eval.cpp): binds the arguments into a new frame and runs it, or
// returns a generator for generator code.
Result<Ref> function_call(Function* f, const Value* args, size_t nargs, Tuple* kwnames);

// The builtins dict to use for a globals dict: globals['__builtins__'] (a module or a dict),
// else the interpreter's builtins. Borrowed.
Value builtins_for_globals(Value globals);

void init_function_types(TypeList& out);  // called by init_vm_types

}  // namespace weft
