// The code generator: AST + symbol table -> code object (bytecode/code.h).
//
// It walks the tree once per code object (module, class body, function, lambda, comprehension),
// emitting instructions with symbolic labels; an assembler then resolves the jumps, computes
// the maximum stack depth by a flow pass, builds the exception table from the handler that was
// active (lexically) at each instruction, and the per-instruction line table.
//
// Control flow follows CPython 3.12's compiler (try/except/finally, with, loops, unwinding of
// break/continue/return through finally and with blocks), so tracebacks and the order of side
// effects match.
#pragma once
#include <string_view>

#include "compiler/ast.h"
#include "compiler/symtable.h"
#include "compiler/syntax_error.h"
#include "objects/object.h"
#include "vm/run.h"

namespace weft {

// Compiles a parsed module. Errors found here (e.g. "multiple starred expressions in
// assignment") are raised as SyntaxError; the result is a code object.
Result<Ref> codegen_module(const ast::Module& mod, const SymbolTable& st, std::string_view filename,
                           CompileMode mode);

// Raises the Python exception described by a front-end error: SyntaxError, IndentationError,
// TabError (args (msg, (filename, lineno, offset, text, end_lineno, end_offset))) or
// RecursionError (vm/run.cpp).
ErrorMarker raise_syntax_error(const SyntaxErrorInfo& info, std::string_view filename);

}  // namespace weft
