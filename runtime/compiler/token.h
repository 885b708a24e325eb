// Tokens produced by the lexer (compiler/lexer.h). The kinds come from tokens.def.
#pragma once
#include <cstdint>
#include <string_view>

namespace weft {

enum class Tok : uint8_t {
#define TOKEN(name, text) name,
#define KEYWORD(name, text) name,
#include "compiler/tokens.def"
  COUNT_
};

// "NAME", "LPAR", "KW_IF", ...
const char* token_name(Tok t);
// The spelling of an operator/keyword ("(", "**=", "if"); "" for NAME, NUMBER, STRING, ...
const char* token_text(Tok t);
// The keyword kind for an identifier, or Tok::NAME when it is not a hard keyword.
Tok keyword_kind(std::string_view ident);
inline bool is_keyword(Tok t) { return t >= Tok::KW_FALSE && t < Tok::COUNT_; }

// One token. Positions as CPython: lineno 1-based, col 0-based UTF-8 byte offset in its line;
// [start, end) are byte offsets into the lexer's source buffer (text = source.substr(...)).
// For a STRING token the text is the whole literal with prefix and quotes, undecoded.
struct Token {
  Tok type = Tok::ENDMARKER;
  uint32_t start = 0;
  uint32_t end = 0;
  int lineno = 0;
  int col = 0;
  int end_lineno = 0;
  int end_col = 0;
  int level = 0;  // bracket nesting depth at this token (before it, for an opening bracket)
};

}  // namespace weft
