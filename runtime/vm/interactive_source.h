// The text of statements typed at the REPL, so that tracebacks show their source lines as
// CPython 3.13 does (File "<stdin>", line 2, in f / the line / ...). Every input is named
// "<stdin>" but has its own text, so lines are looked up by code object (the input's module code
// and every code object nested in it), not by file name.
#pragma once
#include <string>

#include "objects/object.h"

namespace weft {

// Remembers `source` for `code` and the code objects in its constants (kept alive: a REPL
// session's inputs).
void register_interactive_source(Value code, const std::string& source);
// Line `lineno` (1-based, without its line end) of the input `code` was compiled from.
bool interactive_source_line(const Object* code, int lineno, std::string* out);

}  // namespace weft
