// The lexer: source bytes to tokens (compiler/token.h), CPython 3.12 tokenizer rules.
//
// Two steps:
//   1. prepare_source(): strips a UTF-8 BOM, applies a coding cookie (utf-8, latin-1, ascii),
//      normalises \r\n and \r to \n and makes sure the text ends with '\n'. UTF-8 validity is
//      checked while lexing (CPython reports bad bytes in a string literal relative to it).
//   2. lex(): the whole token list at once (NEWLINE, INDENT/DEDENT, f-string parts, ENDMARKER).
//      Tokenizing eagerly is what CPython effectively does on errors: a tokenizer error anywhere
//      in the file takes priority over a parser error, so the parser looks at LexResult::error
//      first.
//
// F-strings follow PEP 701: FSTRING_START, then FSTRING_MIDDLE (literal text, undecoded),
// LBRACE <expression tokens> [EQUAL] [EXCLAMATION NAME] [COLON <spec: FSTRING_MIDDLE and nested
// fields>] RBRACE, ..., FSTRING_END.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "compiler/syntax_error.h"
#include "compiler/token.h"

namespace weft {

// Step 1. Returns false and fills `err` on an encoding problem ("unknown encoding: foo",
// "encoding problem: iso-8859-1 with BOM", ascii decode errors).
bool prepare_source(std::string_view raw, std::string& out, SyntaxErrorInfo& err);

struct OpenBracket {
  char c;
  int lineno;
  int col;  // byte column
};

struct LexResult {
  std::vector<Token> tokens;          // up to the error when !ok; always ends with ENDMARKER when ok
  bool ok = true;
  SyntaxErrorInfo error;              // a tokenizer error (valid when !ok)
  std::vector<OpenBracket> open_at_eof;  // brackets still open at end of input (innermost last)
};

// Step 2. `src` must come from prepare_source (ends with '\n').
LexResult lex(std::string_view src);

// ---- Helpers shared with the parser and symbol table -------------------------------------

// Source line `lineno` (1-based) without its '\n'.
std::string_view source_line(std::string_view src, int lineno);
// 1-based character (code point) offset of byte column `col` in `line`; invalid bytes count as
// one character each. Columns past the end count the excess bytes one for one.
int char_offset(std::string_view line, int col);
// Decodes one UTF-8 sequence at p (< end). Returns its length (1..4) and sets cp; returns 0 for
// an invalid sequence.
int utf8_decode(const char* p, const char* end, uint32_t& cp);
void utf8_append(std::string& out, uint32_t cp);  // lone surrogates as 3-byte sequences
// Python's identifier rule, approximated without the Unicode database (ASCII exact; non-ASCII:
// letters of every script are accepted, common symbol/punctuation/space blocks rejected).
bool is_identifier_start(uint32_t cp);
bool is_identifier_char(uint32_t cp);
bool is_printable(uint32_t cp);  // str.isprintable's rule, approximated the same way
// Identifiers are NFKC-normalised (PEP 3131). Without the Unicode tables this folds the common
// compatibility forms only: full-width ASCII letters/digits/underscore. ASCII input is returned as is.
std::string normalize_identifier(std::string_view ident);

// ---- String literal values (used by the parser) ---------------------------------------------

struct StringPrefix {
  bool raw = false, bytes = false, u = false, f = false;
  size_t len = 0;  // number of prefix letters
};
StringPrefix parse_prefix(std::string_view literal);

struct StringDecodeError {
  std::string msg;  // CPython's, e.g. "(unicode error) 'unicodeescape' codec can't decode bytes in
                    // position 0-1: truncated \xXX escape"
  int end_extra = 0;
};
struct DecodeWarning {
  int line_delta = 0;  // line of the escape relative to the token's first line
  std::string msg;     // "invalid escape sequence '\d'" (a SyntaxWarning)
};

// The value of a whole STRING token (prefix, quotes and body): UTF-8 for str (lone surrogates
// as generalized UTF-8, see ast.h), raw bytes for bytes literals.
bool decode_string_literal(std::string_view literal, std::string& out, StringDecodeError& err,
                           std::vector<DecodeWarning>& warnings);
// The value of an FSTRING_MIDDLE token: escapes (unless raw), "{{" -> "{", "}}" -> "}".
bool decode_fstring_middle(std::string_view text, bool raw, std::string& out, StringDecodeError& err,
                           std::vector<DecodeWarning>& warnings);
// \N{NAME}: the code point for a Unicode character name (case-insensitive), from a table of
// about 2000 common names plus CJK UNIFIED IDEOGRAPH-XXXX; false when unknown.
bool lookup_unicode_name(std::string_view name, uint32_t& cp);

}  // namespace weft
