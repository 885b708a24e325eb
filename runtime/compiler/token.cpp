#include "compiler/token.h"

#include <cstring>

namespace weft {

namespace {
const char* const kNames[] = {
#define TOKEN(name, text) #name,
#define KEYWORD(name, text) #name,
#include "compiler/tokens.def"
};
const char* const kTexts[] = {
#define TOKEN(name, text) text,
#define KEYWORD(name, text) text,
#include "compiler/tokens.def"
};
}  // namespace

const char* token_name(Tok t) { return kNames[static_cast<int>(t)]; }
const char* token_text(Tok t) { return kTexts[static_cast<int>(t)]; }

Tok keyword_kind(std::string_view s) {
  // Keywords are 2..8 lowercase letters or one of False/None/True: a switch on the first
  // letter keeps this to a couple of comparisons (it runs for every identifier).
  if (s.size() < 2 || s.size() > 8) return Tok::NAME;
  auto is = [&](const char* k) { return s == k; };
  switch (s[0]) {
    case 'F': return is("False") ? Tok::KW_FALSE : Tok::NAME;
    case 'N': return is("None") ? Tok::KW_NONE : Tok::NAME;
    case 'T': return is("True") ? Tok::KW_TRUE : Tok::NAME;
    case 'a':
      if (is("and")) return Tok::KW_AND;
      if (is("as")) return Tok::KW_AS;
      if (is("assert")) return Tok::KW_ASSERT;
      if (is("async")) return Tok::KW_ASYNC;
      if (is("await")) return Tok::KW_AWAIT;
      return Tok::NAME;
    case 'b': return is("break") ? Tok::KW_BREAK : Tok::NAME;
    case 'c':
      if (is("class")) return Tok::KW_CLASS;
      if (is("continue")) return Tok::KW_CONTINUE;
      return Tok::NAME;
    case 'd':
      if (is("def")) return Tok::KW_DEF;
      if (is("del")) return Tok::KW_DEL;
      return Tok::NAME;
    case 'e':
      if (is("elif")) return Tok::KW_ELIF;
      if (is("else")) return Tok::KW_ELSE;
      if (is("except")) return Tok::KW_EXCEPT;
      return Tok::NAME;
    case 'f':
      if (is("finally")) return Tok::KW_FINALLY;
      if (is("for")) return Tok::KW_FOR;
      if (is("from")) return Tok::KW_FROM;
      return Tok::NAME;
    case 'g': return is("global") ? Tok::KW_GLOBAL : Tok::NAME;
    case 'i':
      if (is("if")) return Tok::KW_IF;
      if (is("import")) return Tok::KW_IMPORT;
      if (is("in")) return Tok::KW_IN;
      if (is("is")) return Tok::KW_IS;
      return Tok::NAME;
    case 'l': return is("lambda") ? Tok::KW_LAMBDA : Tok::NAME;
    case 'n':
      if (is("nonlocal")) return Tok::KW_NONLOCAL;
      if (is("not")) return Tok::KW_NOT;
      return Tok::NAME;
    case 'o': return is("or") ? Tok::KW_OR : Tok::NAME;
    case 'p': return is("pass") ? Tok::KW_PASS : Tok::NAME;
    case 'r':
      if (is("raise")) return Tok::KW_RAISE;
      if (is("return")) return Tok::KW_RETURN;
      return Tok::NAME;
    case 't': return is("try") ? Tok::KW_TRY : Tok::NAME;
    case 'w':
      if (is("while")) return Tok::KW_WHILE;
      if (is("with")) return Tok::KW_WITH;
      return Tok::NAME;
    case 'y': return is("yield") ? Tok::KW_YIELD : Tok::NAME;
    default: return Tok::NAME;
  }
}

}  // namespace weft
