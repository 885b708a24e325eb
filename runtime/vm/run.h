// Source to running code: the entry points the command line, import, exec/eval/compile use.
#pragma once
#include <string_view>

#include "objects/object.h"

namespace weft {

enum class CompileMode { Exec, Eval, Single };

// Lexes, parses and compiles source into a code object. Errors raise SyntaxError (or
// IndentationError/TabError) with filename, lineno, offset, text, end_lineno, end_offset set as
// CPython sets them, so the top level can print the caret line.
Result<Ref> compile_source(std::string_view source, std::string_view filename, CompileMode mode);
// Runs a code object with the given globals (a dict; __builtins__ is added if missing) and
// locals (a mapping, or null to use globals). Returns the value (Eval mode) or None.
Result<Ref> eval_code(Value code, Value globals, Value locals);

}  // namespace weft
