// Lexer tests: token kinds and positions (CPython's tokenize module is the reference), INDENT /
// DEDENT with tabs, numbers, strings and f-strings (PEP 701 token sequence), the encoding step,
// and tokenizer errors with CPython 3.13's messages and offsets.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "compiler/lexer.h"

using namespace weft;

namespace {

struct Lexed {
  std::string src;
  LexResult r;
};

Lexed lex_source(const std::string& raw) {
  Lexed l;
  SyntaxErrorInfo err;
  REQUIRE(prepare_source(raw, l.src, err));
  l.r = lex(l.src);
  return l;
}

// "NAME:x NEWLINE ..." — kinds with the text of value-carrying tokens.
std::string kinds(const std::string& raw) {
  Lexed l = lex_source(raw);
  std::string out;
  for (const Token& t : l.r.tokens) {
    if (!out.empty()) out += ' ';
    out += token_name(t.type);
    if (t.type == Tok::NAME || t.type == Tok::NUMBER || t.type == Tok::STRING || t.type == Tok::FSTRING_MIDDLE ||
        t.type == Tok::FSTRING_START)
      out += ":" + l.src.substr(t.start, t.end - t.start);
  }
  if (!l.r.ok) out += " ERROR:" + l.r.error.msg;
  return out;
}

SyntaxErrorInfo lex_error(const std::string& raw) {
  Lexed l = lex_source(raw);
  if (l.r.ok) {
    SyntaxErrorInfo none;
    none.msg = "<no error>";
    return none;
  }
  return l.r.error;
}

}  // namespace

TEST_CASE("lexer: simple statements and operators", "[lexer]") {
  CHECK(kinds("x = 1\n") == "NAME:x EQUAL NUMBER:1 NEWLINE ENDMARKER");
  CHECK(kinds("a**=b//c->d...e:=f!=g") ==
        "NAME:a DOUBLESTAREQUAL NAME:b DOUBLESLASH NAME:c RARROW NAME:d ELLIPSIS NAME:e COLONEQUAL NAME:f "
        "NOTEQUAL NAME:g NEWLINE ENDMARKER");
  CHECK(kinds("if not x: pass") == "KW_IF KW_NOT NAME:x COLON KW_PASS NEWLINE ENDMARKER");
  CHECK(kinds("match case _ type") == "NAME:match NAME:case NAME:_ NAME:type NEWLINE ENDMARKER");
  CHECK(kinds("x $ y") == "NAME:x ERRORTOKEN NAME:y NEWLINE ENDMARKER");
}

TEST_CASE("lexer: positions are 1-based lines and 0-based byte columns", "[lexer]") {
  Lexed l = lex_source("x = 'é' + y\n");
  const Token& y = l.r.tokens[4];
  CHECK(y.type == Tok::NAME);
  CHECK(y.lineno == 1);
  CHECK(y.col == 11);  // 'é' is two bytes
  CHECK(y.end_col == 12);
  Lexed m = lex_source("s = '''a\nb'''\n");
  const Token& s = m.r.tokens[2];
  CHECK(s.type == Tok::STRING);
  CHECK(s.lineno == 1);
  CHECK(s.col == 4);
  CHECK(s.end_lineno == 2);
  CHECK(s.end_col == 4);
}

TEST_CASE("lexer: indentation", "[lexer]") {
  CHECK(kinds("if x:\n    y\n    z\nw\n") ==
        "KW_IF NAME:x COLON NEWLINE INDENT NAME:y NEWLINE NAME:z NEWLINE DEDENT NAME:w NEWLINE ENDMARKER");
  CHECK(kinds("if x:\n  if y:\n    z\n") ==
        "KW_IF NAME:x COLON NEWLINE INDENT KW_IF NAME:y COLON NEWLINE INDENT NAME:z NEWLINE DEDENT DEDENT "
        "ENDMARKER");
  // Blank lines and comment lines do not count; brackets join lines; backslash continues.
  CHECK(kinds("if x:\n\n   # c\n    y\n") == "KW_IF NAME:x COLON NEWLINE INDENT NAME:y NEWLINE DEDENT ENDMARKER");
  CHECK(kinds("x = (1,\n  2)\n") == "NAME:x EQUAL LPAR NUMBER:1 COMMA NUMBER:2 RPAR NEWLINE ENDMARKER");
  CHECK(kinds("x = 1 + \\\n  2\n") == "NAME:x EQUAL NUMBER:1 PLUS NUMBER:2 NEWLINE ENDMARKER");
  // A tab goes to the next multiple of 8 and matches 8 spaces only when consistent.
  CHECK(kinds("if x:\n\ty\n\tz\n") == "KW_IF NAME:x COLON NEWLINE INDENT NAME:y NEWLINE NAME:z NEWLINE DEDENT ENDMARKER");
}

TEST_CASE("lexer: indentation errors", "[lexer]") {
  SyntaxErrorInfo e = lex_error("if 1:\n  a\n b\n");
  CHECK(e.kind == SyntaxErrorInfo::Indentation);
  CHECK(e.msg == "unindent does not match any outer indentation level");
  CHECK(e.lineno == 3);
  CHECK(e.offset == 3);
  e = lex_error("if 1:\n\ta\n        b\n");
  CHECK(e.kind == SyntaxErrorInfo::Tab);
  CHECK(e.msg == "inconsistent use of tabs and spaces in indentation");
  CHECK(e.lineno == 3);
  e = lex_error("if 1:\n        a\n\tb\n");
  CHECK(e.kind == SyntaxErrorInfo::Tab);
}

TEST_CASE("lexer: numbers", "[lexer]") {
  CHECK(kinds("0 12 1_000 0x_FF 0o17 0b1_01 1.5 .5 5. 1e10 1E-5 1.5e+3 3j 1.5J 0_0 00") ==
        "NUMBER:0 NUMBER:12 NUMBER:1_000 NUMBER:0x_FF NUMBER:0o17 NUMBER:0b1_01 NUMBER:1.5 NUMBER:.5 NUMBER:5. "
        "NUMBER:1e10 NUMBER:1E-5 NUMBER:1.5e+3 NUMBER:3j NUMBER:1.5J NUMBER:0_0 NUMBER:00 NEWLINE ENDMARKER");
  // Keywords right after a number are tolerated (CPython warns).
  CHECK(kinds("1if x else 2") == "NUMBER:1 KW_IF NAME:x KW_ELSE NUMBER:2 NEWLINE ENDMARKER");
  CHECK(kinds("0x1for") == "NUMBER:0x1f KW_OR NEWLINE ENDMARKER");
  CHECK(kinds("1or 2") == "NUMBER:1 KW_OR NUMBER:2 NEWLINE ENDMARKER");
}

TEST_CASE("lexer: number errors", "[lexer]") {
  struct C {
    const char* src;
    const char* msg;
    int offset, end_offset;
  } cases[] = {
      {"1_\n", "invalid decimal literal", 2, 2},
      {"1__0\n", "invalid decimal literal", 2, 2},
      {"0x\n", "invalid hexadecimal literal", 2, 2},
      {"0x1g\n", "invalid hexadecimal literal", 3, 3},
      {"0b2\n", "invalid digit '2' in binary literal", 3, 3},
      {"0o8\n", "invalid digit '8' in octal literal", 3, 3},
      {"012\n", "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", 1, 2},
      {"x = 0_7\n", "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", 5, 7},
      {"1e\n", "invalid decimal literal", 1, 1},
      {"x = 1e+\n", "invalid decimal literal", 7, 7},
      {"1.5jj\n", "invalid imaginary literal", 4, 4},
      {"3abc\n", "invalid decimal literal", 1, 1},
  };
  for (const C& c : cases) {
    INFO(c.src);
    SyntaxErrorInfo e = lex_error(c.src);
    CHECK(e.msg == c.msg);
    CHECK(e.offset == c.offset);
    CHECK(e.end_offset == c.end_offset);
  }
}

TEST_CASE("lexer: strings", "[lexer]") {
  CHECK(kinds("'a' \"b\" '''c''' \"\"\"d\"\"\" r'\\d' b'x' Rb'y' u'z' BR\"w\"") ==
        "STRING:'a' STRING:\"b\" STRING:'''c''' STRING:\"\"\"d\"\"\" STRING:r'\\d' STRING:b'x' STRING:Rb'y' "
        "STRING:u'z' STRING:BR\"w\" NEWLINE ENDMARKER");
  CHECK(kinds("'a\\'b' 'c\\\nd'") == "STRING:'a\\'b' STRING:'c\\\nd' NEWLINE ENDMARKER");
  // A prefix that is not a string prefix is a name.
  CHECK(kinds("ub'x'") == "NAME:ub STRING:'x' NEWLINE ENDMARKER");
}

TEST_CASE("lexer: string errors", "[lexer]") {
  SyntaxErrorInfo e = lex_error("x = \"abc\n");
  CHECK(e.msg == "unterminated string literal (detected at line 1)");
  CHECK(e.lineno == 1);
  CHECK(e.offset == 5);
  e = lex_error("x = \"\"\"abc\n\n");
  CHECK(e.msg == "unterminated triple-quoted string literal (detected at line 2)");
  CHECK(e.offset == 5);
  e = lex_error("x = \"\xff\"\n");
  CHECK(e.msg == "(unicode error) 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte");
}

TEST_CASE("lexer: f-strings (PEP 701 tokens)", "[lexer]") {
  CHECK(kinds("f'a{b!r:>{w}} {{c}}'") ==
        "FSTRING_START:f' FSTRING_MIDDLE:a LBRACE NAME:b EXCLAMATION NAME:r COLON FSTRING_MIDDLE:> LBRACE NAME:w "
        "RBRACE RBRACE FSTRING_MIDDLE: {{c}} FSTRING_END NEWLINE ENDMARKER");
  // Nested quotes of the same kind (3.12).
  CHECK(kinds("f\"{d[\"k\"]}\"") ==
        "FSTRING_START:f\" LBRACE NAME:d LSQB STRING:\"k\" RSQB RBRACE FSTRING_END NEWLINE ENDMARKER");
  // `=` debug form and the top-level ':' that starts a format spec even before '='.
  CHECK(kinds("f'{x=}{y:=5}'") ==
        "FSTRING_START:f' LBRACE NAME:x EQUAL RBRACE LBRACE NAME:y COLON FSTRING_MIDDLE:=5 RBRACE FSTRING_END "
        "NEWLINE ENDMARKER");
  CHECK(kinds("rf'\\d{x}'") == "FSTRING_START:rf' FSTRING_MIDDLE:\\d LBRACE NAME:x RBRACE FSTRING_END NEWLINE ENDMARKER");
}

TEST_CASE("lexer: f-string errors", "[lexer]") {
  CHECK(lex_error("x = f'}'\n").msg == "f-string: single '}' is not allowed");
  CHECK(lex_error("x = f'abc\n").msg == "unterminated f-string literal (detected at line 1)");
  CHECK(lex_error("x = f\"{a\"\n").msg == "f-string: expecting '}'");
}

TEST_CASE("lexer: brackets", "[lexer]") {
  SyntaxErrorInfo e = lex_error("x = 1)\n");
  CHECK(e.msg == "unmatched ')'");
  CHECK(e.offset == 6);
  e = lex_error("x = (1]\n");
  CHECK(e.msg == "closing parenthesis ']' does not match opening parenthesis '('");
  e = lex_error("x = (1,\n2]\n");
  CHECK(e.msg == "closing parenthesis ']' does not match opening parenthesis '(' on line 1");
  CHECK(lex_error("x = " + std::string(201, '(') + "\n").msg == "too many nested parentheses");
  Lexed l = lex_source("x = (1,\n");
  REQUIRE(l.r.open_at_eof.size() == 1);
  CHECK(l.r.open_at_eof[0].c == '(');
}

TEST_CASE("lexer: characters", "[lexer]") {
  CHECK(lex_error("x = €\n").msg == "invalid character '€' (U+20AC)");
  CHECK(lex_error("x = \xc2\xa0\n").msg == "invalid non-printable character U+00A0");
  CHECK(kinds("été = 1") == "NAME:été EQUAL NUMBER:1 NEWLINE ENDMARKER");
  SyntaxErrorInfo e = lex_error("x = 1 \\ 2\n");
  CHECK(e.msg == "unexpected character after line continuation character");
  e = lex_error("x = 1\\");
  CHECK(e.msg == "unexpected EOF while parsing");
}

TEST_CASE("lexer: encoding", "[lexer]") {
  std::string out;
  SyntaxErrorInfo err;
  REQUIRE(prepare_source("\xEF\xBB\xBFx = 1", out, err));
  CHECK(out == "x = 1\n");
  REQUIRE(prepare_source("# -*- coding: latin-1 -*-\nx = '\xe9'\r\n", out, err));
  CHECK(out == "# -*- coding: latin-1 -*-\nx = '\xc3\xa9'\n");
  CHECK_FALSE(prepare_source("# coding: foo\nx = 1\n", out, err));
  CHECK(err.msg == "unknown encoding: foo");
  CHECK_FALSE(prepare_source("\xEF\xBB\xBF# coding: latin-1\n", out, err));
  CHECK(err.msg == "encoding problem: iso-8859-1 with BOM");
}

TEST_CASE("lexer: string literal values", "[lexer]") {
  auto value = [](const char* lit) {
    std::string out;
    StringDecodeError err;
    std::vector<DecodeWarning> w;
    if (!decode_string_literal(lit, out, err, w)) return "error: " + err.msg;
    return out;
  };
  CHECK(value("'a\\nb\\tc\\\\'") == "a\nb\tc\\");
  CHECK(value("'\\x41\\101\\u00e9\\U0001F600'") == "AA\xc3\xa9\xf0\x9f\x98\x80");
  CHECK(value("'\\N{BULLET}\\N{greek small letter alpha}'") == "\xe2\x80\xa2\xce\xb1");
  CHECK(value("b'\\xff\\x00'") == std::string("\xff\x00", 2));
  CHECK(value("r'\\n'") == "\\n");
  CHECK(value("'\\ud800'") == "\xed\xa0\x80");  // lone surrogate, generalized UTF-8
  CHECK(value("'\\xZ'") ==
        "error: (unicode error) 'unicodeescape' codec can't decode bytes in position 0-1: truncated \\xXX escape");
  CHECK(value("'\\N{no such name}'") ==
        "error: (unicode error) 'unicodeescape' codec can't decode bytes in position 0-15: unknown Unicode character name");
  std::string out;
  StringDecodeError err;
  std::vector<DecodeWarning> w;
  REQUIRE(decode_string_literal("'\\d'", out, err, w));
  CHECK(out == "\\d");
  REQUIRE(w.size() == 1);
  CHECK(w[0].msg == "invalid escape sequence '\\d'");
}
