// The parser: source text to AST (compiler/ast.h). Hand-written recursive descent with precedence
// climbing for binary operators; it runs the lexer (compiler/lexer.h) itself.
//
//   auto r = weft::parse(source, "<string>", weft::ParseMode::Exec);
//   if (auto* err = std::get_if<weft::SyntaxErrorInfo>(&r)) { ...raise... }
//   std::unique_ptr<weft::ast::Module> mod = std::move(std::get<0>(r));
//
// `source` is the raw bytes of the file/string: a UTF-8 BOM and a coding cookie are handled
// (utf-8 / latin-1 / ascii cookies; anything else is a SyntaxError "unknown encoding: X").
// Invalid UTF-8 is a SyntaxError as in CPython. Parsing allocates no Python object and touches
// no interpreter state, so it may run on any thread without the GIL.
//
// Modes: Exec -> Module (ModKind::Module), Eval -> Expression (Module::expr set, `source` is one
// expression possibly surrounded by blank lines/comments), Single -> Interactive (one statement
// as typed at the REPL; a compound statement must end with a blank line or end of input).
//
// Errors are SyntaxErrorInfo (compiler/syntax_error.h). Nesting deeper than the parser's limit
// gives kind Recursion with msg "maximum recursion depth exceeded during compilation"; the
// caller raises RecursionError.
//
// The parser does *not* report errors that CPython finds in its symbol table or compiler
// ("'return' outside function", "'break' outside loop", "no binding for nonlocal", ...):
// build_symtable (symtable.h) reports those.
#pragma once
#include <memory>
#include <string_view>
#include <variant>

#include "compiler/ast.h"
#include "compiler/syntax_error.h"

namespace weft {

enum class ParseMode { Exec, Eval, Single };

using ParseResult = std::variant<std::unique_ptr<ast::Module>, SyntaxErrorInfo>;

ParseResult parse(std::string_view source, std::string_view filename, ParseMode mode);

// For the REPL: true when `source` (Single mode) is an incomplete statement that needs more
// lines (an open bracket, a trailing backslash, an unterminated triple-quoted string, or a
// compound statement not yet ended by a blank line). False when it is complete or has an error
// that more input cannot fix.
bool is_incomplete_input(std::string_view source);

}  // namespace weft
