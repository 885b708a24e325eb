// A `dis`-like listing of a code object and, recursively, the code objects in its constants
// (weft -X dis). Columns: source line (when it changes), instruction index, opcode, operand and
// its meaning; then the exception table.
#pragma once
#include <string>

#include "objects/object.h"

namespace weft {

Result<std::string> disassemble(Value code, bool recursive = true);
// Writes disassemble(code) to sys.stdout (fd 1 when sys is not available).
Status print_disassembly(Value code);

}  // namespace weft
