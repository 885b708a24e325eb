// A compile-time error as a plain C++ value. The front end never creates Python objects; the
// caller (vm/compile) turns this into SyntaxError / IndentationError / TabError (all with
// filename, lineno, offset, text, end_lineno, end_offset set), or RecursionError / MemoryError
// (msg only).
#pragma once
#include <string>

namespace weft {

struct SyntaxErrorInfo {
  enum Kind {
    Syntax, Indentation, Tab, Recursion,
    Memory,  // CPython: MemoryError "Parser stack overflowed - Python source too complex to parse"
  } kind = Syntax;
  std::string msg;    // CPython 3.13's message, e.g. "invalid syntax", "expected ':'"
  int lineno = 0;     // 1-based; 0 when the error has no location: then lineno, end_lineno,
                      // end_offset and text are None in CPython, and offset is None when 0 here
                      // ("source code string cannot contain null bytes") or -1 when -1 here
                      // ("unknown encoding: foo")
  int offset = 0;     // 1-based column in *characters* (code points) of the line; 0 = none
  int end_lineno = 0;
  int end_offset = 0;
  std::string text;   // the source line, as CPython sets it (usually with its trailing '\n')
  bool has_text = false;  // false: CPython's text is None (e.g. errors from the symbol table)

  // Python exception class name for the kind: "SyntaxError", "IndentationError", "TabError",
  // "RecursionError".
  const char* type_name() const {
    switch (kind) {
      case Indentation: return "IndentationError";
      case Tab: return "TabError";
      case Recursion: return "RecursionError";
      case Memory: return "MemoryError";
      default: return "SyntaxError";
    }
  }
};

}  // namespace weft
