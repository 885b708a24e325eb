// The evaluation loop's services to the rest of the runtime (implemented in vm/).
#pragma once
#include "objects/object.h"

namespace weft {

// builtins.__build_class__(func, name, *bases, metaclass=..., **kwds)
Result<Ref> builtin_build_class(Value self, CallArgs args);
// Zero-argument super(): the __class__ cell and first argument of the calling Python frame.
// RuntimeError "super(): no arguments" / "super(): __class__ cell not found" otherwise.
Status super_args_from_frame(Ref* type_out, Ref* self_out);
// globals() / locals() of the innermost Python frame (globals borrowed; locals a new dict or
// the frame's mapping).
Value current_globals();
Result<Ref> current_locals();
// Line number of the innermost Python frame (warnings, tests); 0 if none.
int current_line();

}  // namespace weft
