// The lexer (see lexer.h). Hand-written, one pass, no regex; tokens refer to the source buffer by
// offset so nothing is copied.
#include "compiler/lexer.h"

#include <cstdio>
#include <cstring>

namespace weft {

// ---------------------------------------------------------------------------------------------
// UTF-8 and character classes.

int utf8_decode(const char* p, const char* end, uint32_t& cp) {
  auto b0 = static_cast<unsigned char>(p[0]);
  if (b0 < 0x80) { cp = b0; return 1; }
  int n;
  uint32_t c;
  if (b0 >= 0xC2 && b0 <= 0xDF) { n = 2; c = b0 & 0x1F; }
  else if (b0 >= 0xE0 && b0 <= 0xEF) { n = 3; c = b0 & 0x0F; }
  else if (b0 >= 0xF0 && b0 <= 0xF4) { n = 4; c = b0 & 0x07; }
  else return 0;
  if (end - p < n) return 0;
  for (int i = 1; i < n; i++) {
    auto b = static_cast<unsigned char>(p[i]);
    if ((b & 0xC0) != 0x80) return 0;
    if (i == 1) {
      if (b0 == 0xE0 && b < 0xA0) return 0;
      if (b0 == 0xED && b >= 0xA0) return 0;  // surrogates are not valid UTF-8
      if (b0 == 0xF0 && b < 0x90) return 0;
      if (b0 == 0xF4 && b >= 0x90) return 0;
    }
    c = (c << 6) | (b & 0x3F);
  }
  cp = c;
  return n;
}

void utf8_append(std::string& out, uint32_t cp) {
  if (cp < 0x80) {
    out.push_back(char(cp));
  } else if (cp < 0x800) {
    out.push_back(char(0xC0 | (cp >> 6)));
    out.push_back(char(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out.push_back(char(0xE0 | (cp >> 12)));
    out.push_back(char(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(char(0x80 | (cp & 0x3F)));
  } else {
    out.push_back(char(0xF0 | (cp >> 18)));
    out.push_back(char(0x80 | ((cp >> 12) & 0x3F)));
    out.push_back(char(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(char(0x80 | (cp & 0x3F)));
  }
}

bool is_printable(uint32_t cp) {
  if (cp < 0x20 || cp == 0x7F) return false;
  if (cp < 0x7F) return true;
  if (cp <= 0xA0 || cp == 0xAD) return false;
  if (cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200F) || (cp >= 0x2028 && cp <= 0x202F) ||
      (cp >= 0x205F && cp <= 0x206F) || cp == 0x3000 || cp == 0xFEFF ||
      (cp >= 0xFFF9 && cp <= 0xFFFB) || (cp >= 0xD800 && cp <= 0xF8FF) || cp >= 0xE0000 ||
      cp == 0x180E || cp == 0x061C)
    return false;
  return true;
}

// Blocks of symbols/punctuation that are never part of an identifier.
static bool is_symbol_block(uint32_t cp) {
  if (cp <= 0xBF) return !(cp == 0xAA || cp == 0xB5 || cp == 0xB7 || cp == 0xBA);
  if (cp == 0xD7 || cp == 0xF7) return true;
  if (cp >= 0x2000 && cp <= 0x206F) return !(cp == 0x203F || cp == 0x2040 || cp == 0x2054);
  if (cp >= 0x2070 && cp <= 0x209F) return !(cp == 0x2071 || cp == 0x207F || (cp >= 0x2090 && cp <= 0x209C));
  if (cp >= 0x20A0 && cp <= 0x20CF) return true;
  if (cp >= 0x2190 && cp <= 0x2BFF) return true;
  if (cp >= 0x2E00 && cp <= 0x2E7F) return true;
  if ((cp >= 0x3000 && cp <= 0x3004) || (cp >= 0x3008 && cp <= 0x3020) || cp == 0x3030 ||
      (cp >= 0x303D && cp <= 0x303F))
    return true;
  if ((cp >= 0xFE10 && cp <= 0xFE1F) || (cp >= 0xFE30 && cp <= 0xFE32) ||
      (cp >= 0xFE35 && cp <= 0xFE4C) || (cp >= 0xFE50 && cp <= 0xFE6F))
    return true;
  if ((cp >= 0xFF00 && cp <= 0xFF0F) || (cp >= 0xFF1A && cp <= 0xFF20) ||
      (cp >= 0xFF3B && cp <= 0xFF3E) || cp == 0xFF40 || (cp >= 0xFF5B && cp <= 0xFF65))
    return true;
  if (cp >= 0xFFF0 && cp <= 0xFFFF) return true;
  if (cp >= 0x1F000 && cp <= 0x1FAFF) return true;
  if (cp >= 0xE000 && cp <= 0xF8FF) return true;
  if (cp >= 0xF0000) return true;
  return false;
}

bool is_identifier_start(uint32_t cp) {
  if (cp < 0x80) return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || cp == '_';
  if (!is_printable(cp) || is_symbol_block(cp)) return false;
  // Combining marks and non-ASCII digits may continue but not start an identifier.
  if (cp >= 0x300 && cp <= 0x36F) return false;
  if (cp >= 0x660 && cp <= 0x669) return false;
  return true;
}

bool is_identifier_char(uint32_t cp) {
  if (cp < 0x80)
    return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || cp == '_' || (cp >= '0' && cp <= '9');
  return is_printable(cp) && !is_symbol_block(cp);
}

// ---------------------------------------------------------------------------------------------
// Lines and offsets.

std::string_view source_line(std::string_view src, int lineno) {
  if (lineno < 1) return {};
  size_t pos = 0;
  for (int l = 1; l < lineno; l++) {
    size_t nl = src.find('\n', pos);
    if (nl == std::string_view::npos) return {};
    pos = nl + 1;
  }
  if (pos > src.size()) return {};
  size_t nl = src.find('\n', pos);
  if (nl == std::string_view::npos) nl = src.size();
  return src.substr(pos, nl - pos);
}

int char_offset(std::string_view line, int col) {
  int chars = 0;
  int i = 0;
  int n = static_cast<int>(line.size());
  while (i < col && i < n) {
    uint32_t cp;
    int len = utf8_decode(line.data() + i, line.data() + n, cp);
    i += len ? len : 1;
    chars++;
  }
  if (col > n) chars += col - n;
  return chars + 1;
}

// ---------------------------------------------------------------------------------------------
// Step 1: encoding.

static std::string lower_norm(std::string_view s) {
  std::string r;
  for (char c : s) r.push_back(c == '_' ? '-' : static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
  return r;
}

// Finds a PEP 263 cookie in one line: `^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)`.
static bool find_cookie(std::string_view line, std::string& enc) {
  size_t i = 0;
  while (i < line.size() && (line[i] == ' ' || line[i] == '\t' || line[i] == '\f')) i++;
  if (i >= line.size() || line[i] != '#') return false;
  size_t at = line.find("coding", i);
  while (at != std::string_view::npos) {
    size_t j = at + 6;
    if (j < line.size() && (line[j] == ':' || line[j] == '=')) {
      j++;
      while (j < line.size() && (line[j] == ' ' || line[j] == '\t')) j++;
      size_t k = j;
      while (k < line.size() && (std::isalnum(static_cast<unsigned char>(line[k])) || line[k] == '-' ||
                                 line[k] == '_' || line[k] == '.'))
        k++;
      if (k > j) {
        enc = std::string(line.substr(j, k - j));
        return true;
      }
    }
    at = line.find("coding", at + 6);
  }
  return false;
}

static bool is_blank_or_comment(std::string_view line) {
  for (char c : line) {
    if (c == ' ' || c == '\t' || c == '\f' || c == '\r') continue;
    return c == '#';
  }
  return true;
}

bool prepare_source(std::string_view raw, std::string& out, SyntaxErrorInfo& err) {
  bool bom = raw.size() >= 3 && raw.substr(0, 3) == "\xEF\xBB\xBF";
  if (bom) raw.remove_prefix(3);

  // Cookie in line 1, or line 2 when line 1 is blank or a comment.
  std::string enc;
  {
    size_t nl1 = raw.find('\n');
    std::string_view l1 = raw.substr(0, nl1);
    bool found = find_cookie(l1, enc);
    if (!found && nl1 != std::string_view::npos && is_blank_or_comment(l1)) {
      std::string_view rest = raw.substr(nl1 + 1);
      found = find_cookie(rest.substr(0, rest.find('\n')), enc);
    }
  }
  enum { Utf8, Latin1, Ascii } codec = Utf8;
  if (!enc.empty()) {
    std::string n = lower_norm(enc);
    if (n == "utf-8" || n == "utf8" || n.rfind("utf-8-", 0) == 0) {
      codec = Utf8;
    } else if (n == "latin-1" || n == "latin1" || n == "iso-8859-1" || n == "iso8859-1" ||
               n == "l1" || n == "iso-latin-1" || n.rfind("latin-1-", 0) == 0 ||
               n.rfind("iso-8859-1-", 0) == 0) {
      codec = Latin1;
    } else if (n == "ascii" || n == "us-ascii" || n == "646") {
      codec = Ascii;
    } else {
      err = SyntaxErrorInfo{};
      err.msg = "unknown encoding: " + enc;
      err.offset = -1;
      return false;
    }
    if (bom && codec != Utf8) {
      err = SyntaxErrorInfo{};
      err.msg = "encoding problem: " + std::string(codec == Latin1 ? "iso-8859-1" : "ascii") + " with BOM";
      err.offset = -1;
      return false;
    }
  }

  out.clear();
  out.reserve(raw.size() + 1);
  for (size_t i = 0; i < raw.size(); i++) {
    unsigned char c = static_cast<unsigned char>(raw[i]);
    if (c == '\r') {
      out.push_back('\n');
      if (i + 1 < raw.size() && raw[i + 1] == '\n') i++;
    } else if (c >= 0x80 && codec == Latin1) {
      utf8_append(out, c);
    } else if (c >= 0x80 && codec == Ascii) {
      err = SyntaxErrorInfo{};
      char buf[160];
      std::snprintf(buf, sizeof buf, "'ascii' codec can't decode byte 0x%02x in position %zu: ordinal not in range(128)",
                    c, i);
      err.msg = buf;
      err.offset = -1;
      return false;
    } else {
      out.push_back(static_cast<char>(c));
    }
  }
  if (out.empty() || out.back() != '\n') out.push_back('\n');
  return true;
}

// ---------------------------------------------------------------------------------------------
// Step 2: the tokenizer.

namespace {

constexpr int kMaxBrackets = 200;   // CPython's MAXLEVEL
constexpr int kMaxIndent = 100;     // CPython's MAXINDENT

inline bool is_ascii_ident_start(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
}
inline bool is_digit(char c) { return c >= '0' && c <= '9'; }
inline bool is_hex(char c) { return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }

// One open replacement field of an f-string.
struct Field {
  size_t bracket_depth;  // brackets.size() right after its '{' was pushed
  bool in_spec;          // after the top-level ':'
};

struct FString {
  char quote;
  bool triple;
  bool raw;
  int start_line;
  int start_col;
  std::vector<Field> fields;
};

class Lexer {
 public:
  explicit Lexer(std::string_view src, LexResult& r) : s_(src), r_(r) {}
  void run();

 private:
  // Positions.
  int col_of(size_t p) const { return static_cast<int>(p - line_start_); }
  char at(size_t p) const { return p < s_.size() ? s_[p] : '\0'; }
  bool eof(size_t p) const { return p >= s_.size(); }

  void emit(Tok t, size_t start, size_t end) {
    Token k;
    k.type = t;
    k.start = static_cast<uint32_t>(start);
    k.end = static_cast<uint32_t>(end);
    k.lineno = line_;
    k.col = col_of(start);
    k.end_lineno = line_;
    k.end_col = col_of(end);
    k.level = static_cast<int>(brackets_.size());
    r_.tokens.push_back(k);
  }
  void emit_multiline(Tok t, size_t start, int start_line, int start_col, size_t end) {
    Token k;
    k.type = t;
    k.start = static_cast<uint32_t>(start);
    k.end = static_cast<uint32_t>(end);
    k.lineno = start_line;
    k.col = start_col;
    k.end_lineno = line_;
    k.end_col = col_of(end);
    k.level = static_cast<int>(brackets_.size());
    r_.tokens.push_back(k);
  }
  void newline_at(size_t p) {  // p is the index of a '\n'
    line_++;
    line_start_ = p + 1;
  }

  // Errors. Offsets are given as byte columns and converted to 1-based character offsets.
  bool fail(SyntaxErrorInfo::Kind kind, std::string msg, int lineno, int col, int end_lineno, int end_col,
            bool with_newline = false) {
    SyntaxErrorInfo& e = r_.error;
    r_.ok = false;
    e.kind = kind;
    e.msg = std::move(msg);
    std::string_view line = source_line(s_, lineno);
    e.lineno = lineno;
    e.offset = char_offset(line, col);
    e.end_lineno = end_lineno;
    std::string_view eline = end_lineno == lineno ? line : source_line(s_, end_lineno);
    e.end_offset = end_col < 0 ? end_col : char_offset(eline, end_col);
    e.text = std::string(line);
    if (with_newline) e.text.push_back('\n');
    e.has_text = true;
    return false;
  }
  bool fail_here(std::string msg, size_t p) {  // one-character error at byte p on the current line
    int c = col_of(p);
    return fail(SyntaxErrorInfo::Syntax, std::move(msg), line_, c, line_, c);
  }

  bool indentation();
  bool next_token();
  bool name_or_string(size_t start);
  bool number(size_t start);
  bool string(size_t start, size_t quote_pos, bool is_f, bool raw);
  bool fstring_literal();
  bool bad_utf8(size_t tok_start, size_t body_start, size_t body_end, int tok_line, int tok_col);
  bool invalid_char(size_t p);
  bool closing_bracket(char c, size_t p);
  bool check_end_of_number(size_t p, const char* kind, size_t start);
  bool fail_cur(std::string msg, size_t cur);
  bool decimal_tail(size_t& p);

  std::string_view s_;
  LexResult& r_;
  size_t pos_ = 0;
  int line_ = 1;
  size_t line_start_ = 0;
  bool at_bol_ = true;
  bool line_has_tokens_ = false;
  std::vector<int> indents_{0};
  std::vector<int> altindents_{0};
  std::vector<OpenBracket> brackets_;
  std::vector<FString> fstrings_;
  int pending_dedent_checks_ = 0;
};

void Lexer::run() {
  r_.tokens.reserve(s_.size() / 4 + 16);
  while (true) {
    if (!next_token()) return;
    if (!r_.tokens.empty() && r_.tokens.back().type == Tok::ENDMARKER) break;
  }
  r_.open_at_eof = brackets_;
}

// Indentation at the start of a logical line (no open brackets). Emits INDENT/DEDENT tokens.
bool Lexer::indentation() {
  int col = 0, altcol = 0;
  size_t p = pos_;
  while (!eof(p)) {
    char c = s_[p];
    if (c == ' ') { col++; altcol++; }
    else if (c == '\t') { col = (col / 8 + 1) * 8; altcol++; }
    else if (c == '\f') { col = altcol = 0; }
    else break;
    p++;
  }
  pos_ = p;
  char c = at(p);
  if (eof(p) || c == '#' || c == '\n' || c == '\\') {
    // Blank line, comment-only line or a continuation: no indentation change. (A backslash
    // continuation of an otherwise empty line joins with the next line, as in CPython.)
    if (c != '\\') return true;
  }
  if (col == indents_.back()) {
    if (altcol != altindents_.back())
      return fail(SyntaxErrorInfo::Tab, "inconsistent use of tabs and spaces in indentation", line_, 0, line_, -1,
                  true),
             r_.error.end_offset = 0, false;
  } else if (col > indents_.back()) {
    if (static_cast<int>(indents_.size()) >= kMaxIndent)
      return fail(SyntaxErrorInfo::Indentation, "too many levels of indentation", line_, 0, line_, -1, true),
             r_.error.end_offset = 0, false;
    if (altcol <= altindents_.back())
      return fail(SyntaxErrorInfo::Tab, "inconsistent use of tabs and spaces in indentation", line_, 0, line_, -1,
                  true),
             r_.error.end_offset = 0, false;
    indents_.push_back(col);
    altindents_.push_back(altcol);
    Token k;
    k.type = Tok::INDENT;
    k.start = static_cast<uint32_t>(line_start_);
    k.end = static_cast<uint32_t>(p);
    k.lineno = k.end_lineno = line_;
    k.col = 0;
    k.end_col = col_of(p);
    r_.tokens.push_back(k);
  } else {
    while (indents_.size() > 1 && col < indents_.back()) {
      indents_.pop_back();
      altindents_.pop_back();
      emit(Tok::DEDENT, p, p);
    }
    if (col != indents_.back()) {
      std::string_view line = source_line(s_, line_);
      fail(SyntaxErrorInfo::Indentation, "unindent does not match any outer indentation level", line_, 0, line_, -1,
           true);
      r_.error.offset = static_cast<int>(char_offset(line, static_cast<int>(line.size())));
      return false;
    }
    if (altcol != altindents_.back())
      return fail(SyntaxErrorInfo::Tab, "inconsistent use of tabs and spaces in indentation", line_, 0, line_, -1,
                  true),
             r_.error.end_offset = 0, false;
  }
  return true;
}

bool Lexer::invalid_char(size_t p) {
  uint32_t cp = 0;
  int len = utf8_decode(s_.data() + p, s_.data() + s_.size(), cp);
  if (!len) return bad_utf8(p, p, p + 1, line_, col_of(p));
  char buf[64];
  if (!is_printable(cp)) {
    std::snprintf(buf, sizeof buf, "invalid non-printable character U+%04X", cp);
    return fail_here(buf, p);
  }
  std::string msg = "invalid character '";
  msg.append(s_.substr(p, len));
  std::snprintf(buf, sizeof buf, "' (U+%04X)", cp);
  msg += buf;
  return fail_here(msg, p);
}

// CPython decodes each string literal on its own, so the position in the message is relative to
// the literal's body.
bool Lexer::bad_utf8(size_t tok_start, size_t body_start, size_t body_end, int tok_line, int tok_col) {
  size_t p = body_start;
  const char* end = s_.data() + body_end;
  while (p < body_end) {
    uint32_t cp;
    int len = utf8_decode(s_.data() + p, end, cp);
    if (len) { p += len; continue; }
    auto b0 = static_cast<unsigned char>(s_[p]);
    // Classify as CPython's decoder does.
    int need = (b0 >= 0xC2 && b0 <= 0xDF) ? 2 : (b0 >= 0xE0 && b0 <= 0xEF) ? 3 : (b0 >= 0xF0 && b0 <= 0xF4) ? 4 : 0;
    char buf[200];
    size_t rel = p - body_start;
    if (!need) {
      std::snprintf(buf, sizeof buf, "(unicode error) 'utf-8' codec can't decode byte 0x%02x in position %zu: invalid start byte", b0, rel);
    } else {
      // Count valid continuation bytes.
      size_t q = p + 1;
      while (q < body_end && static_cast<int>(q - p) < need && (static_cast<unsigned char>(s_[q]) & 0xC0) == 0x80) q++;
      // Rough second-byte range checks make the sequence invalid at byte 1.
      if (q > p + 1) {
        auto b1 = static_cast<unsigned char>(s_[p + 1]);
        if ((b0 == 0xE0 && b1 < 0xA0) || (b0 == 0xED && b1 >= 0xA0) || (b0 == 0xF0 && b1 < 0x90) ||
            (b0 == 0xF4 && b1 >= 0x90))
          q = p + 1;
      }
      if (q >= body_end && static_cast<int>(q - p) < need) {
        if (q - p == 1)
          std::snprintf(buf, sizeof buf, "(unicode error) 'utf-8' codec can't decode byte 0x%02x in position %zu: unexpected end of data", b0, rel);
        else
          std::snprintf(buf, sizeof buf, "(unicode error) 'utf-8' codec can't decode bytes in position %zu-%zu: unexpected end of data", rel, rel + (q - p) - 1);
      } else if (q - p == 1) {
        std::snprintf(buf, sizeof buf, "(unicode error) 'utf-8' codec can't decode byte 0x%02x in position %zu: invalid continuation byte", b0, rel);
      } else {
        std::snprintf(buf, sizeof buf, "(unicode error) 'utf-8' codec can't decode bytes in position %zu-%zu: invalid continuation byte", rel, rel + (q - p) - 1);
      }
    }
    (void)tok_start;
    int end_col = col_of(body_end) + 1;
    fail(SyntaxErrorInfo::Syntax, buf, tok_line, tok_col, line_, end_col, true);
    // The text shows invalid bytes as U+FFFD.
    std::string fixed;
    std::string_view line = source_line(s_, tok_line);
    for (size_t i = 0; i < line.size();) {
      uint32_t cp2;
      int l2 = utf8_decode(line.data() + i, line.data() + line.size(), cp2);
      if (l2) { fixed.append(line.substr(i, l2)); i += l2; }
      else { fixed += "\xEF\xBF\xBD"; i++; }
    }
    r_.error.text = fixed + "\n";
    return false;
  }
  return true;
}

bool Lexer::closing_bracket(char c, size_t p) {
  char open = c == ')' ? '(' : c == ']' ? '[' : '{';
  if (brackets_.empty()) {
    std::string msg = "unmatched '";
    msg += c;
    msg += "'";
    return fail_here(msg, p);
  }
  const OpenBracket& b = brackets_.back();
  if (b.c != open) {
    std::string msg = "closing parenthesis '";
    msg += c;
    msg += "' does not match opening parenthesis '";
    msg += b.c;
    msg += "'";
    if (b.lineno != line_) msg += " on line " + std::to_string(b.lineno);
    if (!fstrings_.empty() && !fstrings_.back().fields.empty() && c == '}') msg = "f-string: " + msg;
    return fail_here(msg, p);
  }
  brackets_.pop_back();
  return true;
}

// Errors in numbers follow CPython's tokenizer, which reports offset = the number of characters
// before its read position (`cur`), as a 1-based offset.
bool Lexer::fail_cur(std::string msg, size_t cur) {
  int c = col_of(cur);
  std::string_view line = source_line(s_, line_);
  fail(SyntaxErrorInfo::Syntax, std::move(msg), line_, 0, line_, -1);
  r_.error.offset = char_offset(line, c) - 1;
  r_.error.end_offset = r_.error.offset;
  return false;
}

// verify_end_of_number: a letter directly after a number is an error, except the keywords CPython
// tolerates (`1if x else y`, `0x1for`, ...). `p` is the offending character.
bool Lexer::check_end_of_number(size_t p, const char* kind, size_t start) {
  (void)start;
  char c = at(p);
  auto starts = [&](const char* kw) { return s_.substr(p, std::strlen(kw)) == kw; };
  if (c == 'a' && starts("and")) return true;
  if (c == 'e' && starts("else")) return true;
  if (c == 'f' && starts("for")) return true;
  if (c == 'i' && (starts("if") || starts("in") || starts("is"))) return true;
  if (c == 'n' && starts("not")) return true;
  if (c == 'o' && starts("or")) return true;
  if (is_ascii_ident_start(c) || is_digit(c))
    return fail_cur(std::string("invalid ") + kind + " literal", p);
  return true;
}

// tok_decimal_tail: digits with single underscores between them; p at a digit.
bool Lexer::decimal_tail(size_t& p) {
  while (true) {
    while (is_digit(at(p))) p++;
    if (at(p) != '_') return true;
    p++;
    if (!is_digit(at(p))) return fail_cur("invalid decimal literal", p);
  }
}

bool Lexer::number(size_t start) {
  size_t p = start;
  char c = at(p);
  auto finish = [&](size_t end) {
    emit(Tok::NUMBER, start, end);
    pos_ = end;
    return true;
  };
  if (c == '0') {
    char n = at(p + 1);
    if (n == 'x' || n == 'X' || n == 'o' || n == 'O' || n == 'b' || n == 'B') {
      char k = static_cast<char>(n | 0x20);
      const char* kind = k == 'x' ? "hexadecimal" : k == 'o' ? "octal" : "binary";
      auto ok = [k](char ch) {
        return k == 'x' ? is_hex(ch) : k == 'o' ? (ch >= '0' && ch <= '7') : (ch == '0' || ch == '1');
      };
      p += 2;
      do {
        if (at(p) == '_') p++;
        if (!ok(at(p))) {
          if (k != 'x' && is_digit(at(p)))
            return fail_cur(std::string("invalid digit '") + at(p) + "' in " + kind + " literal", p + 1);
          return fail_cur(std::string("invalid ") + kind + " literal", p);
        }
        while (ok(at(p))) p++;
      } while (at(p) == '_');
      if (k != 'x' && is_digit(at(p)))
        return fail_cur(std::string("invalid digit '") + at(p) + "' in " + kind + " literal", p + 1);
      if (!check_end_of_number(p, kind, start)) return false;
      return finish(p);
    }
    // Zeros, maybe followed by more digits (an error unless this is a float).
    p++;
    while (true) {
      if (at(p) == '_') {
        p++;
        if (!is_digit(at(p))) return fail_cur("invalid decimal literal", p);
      }
      if (at(p) != '0') break;
      p++;
    }
    size_t zeros_end = p + 1;  // CPython: cur after reading the first non-zero character
    bool nonzero = false;
    if (is_digit(at(p))) {
      nonzero = true;
      if (!decimal_tail(p)) return false;
    }
    char d = at(p);
    if (d == '.') {
      p++;
      goto fraction;
    }
    if (d == 'e' || d == 'E') goto exponent;
    if (d == 'j' || d == 'J') goto imaginary;
    if (nonzero) {
      int c0 = col_of(start);
      std::string_view line = source_line(s_, line_);
      fail(SyntaxErrorInfo::Syntax,
           "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", line_,
           c0, line_, -1);
      r_.error.end_offset = char_offset(line, col_of(zeros_end)) - 1;
      return false;
    }
    if (!check_end_of_number(p, "decimal", start)) return false;
    return finish(p);
  }
  if (c == '.') {
    p++;
    goto fraction;
  }
  // Decimal integer part.
  if (!decimal_tail(p)) return false;
  if (at(p) == '.') {
    p++;
    goto fraction;
  }
  if (at(p) == 'e' || at(p) == 'E') goto exponent;
  if (at(p) == 'j' || at(p) == 'J') goto imaginary;
  if (!check_end_of_number(p, "decimal", start)) return false;
  return finish(p);

fraction:
  if (is_digit(at(p)) && !decimal_tail(p)) return false;
  if (at(p) == 'e' || at(p) == 'E') goto exponent;
  if (at(p) == 'j' || at(p) == 'J') goto imaginary;
  if (!check_end_of_number(p, "decimal", start)) return false;
  return finish(p);

exponent: {
  size_t e = p;
  p++;
  if (at(p) == '+' || at(p) == '-') {
    p++;
    if (!is_digit(at(p))) return fail_cur("invalid decimal literal", p);
  } else if (!is_digit(at(p))) {
    // `1else`: the number ends before the 'e'; otherwise "invalid decimal literal" at the 'e'.
    if (s_.substr(e, 4) == "else") return finish(e);
    return fail_cur("invalid decimal literal", e);
  }
  if (!decimal_tail(p)) return false;
  if (at(p) == 'j' || at(p) == 'J') goto imaginary;
  if (!check_end_of_number(p, "decimal", start)) return false;
  return finish(p);
}

imaginary:
  p++;
  if (!check_end_of_number(p, "imaginary", start)) return false;
  return finish(p);
}

// A (non-f) string literal or the start of an f-string. `start` is the prefix start.
bool Lexer::string(size_t start, size_t q, bool is_f, bool raw) {
  char quote = s_[q];
  bool triple = at(q + 1) == quote && at(q + 2) == quote;
  size_t qlen = triple ? 3 : 1;
  int start_line = line_;
  int start_col = col_of(start);
  size_t p = q + qlen;
  if (is_f) {
    emit(Tok::FSTRING_START, start, p);
    fstrings_.push_back(FString{quote, triple, raw, start_line, start_col, {}});
    pos_ = p;
    return true;
  }
  size_t body = p;
  while (true) {
    if (eof(p)) {
      // Only a triple-quoted string can reach the end of input (a '\n' ends the others).
      int last_line = line_ - 1;  // the source ends with '\n'
      return fail(SyntaxErrorInfo::Syntax,
                  "unterminated triple-quoted string literal (detected at line " + std::to_string(last_line) + ")",
                  start_line, start_col, start_line, start_col);
    }
    char c = s_[p];
    if (c == quote) {
      if (!triple) break;
      if (at(p + 1) == quote && at(p + 2) == quote) break;
      p++;
      continue;
    }
    if (c == '\\') {
      p++;
      if (at(p) == '\n') newline_at(p);
      if (!eof(p)) p++;
      continue;
    }
    if (c == '\n') {
      if (!triple) {
        // Inside an f-string replacement field, a string that opens with the f-string's own
        // quote and does not close means the field was left open.
        if (!fstrings_.empty() && !fstrings_.back().fields.empty() && fstrings_.back().quote == quote &&
            !fstrings_.back().triple) {
          int c0 = static_cast<int>(q - line_start_);
          return fail(SyntaxErrorInfo::Syntax, "f-string: expecting '}'", line_, c0, line_, c0);
        }
        return fail(SyntaxErrorInfo::Syntax,
                    "unterminated string literal (detected at line " + std::to_string(line_) + ")", start_line,
                    start_col, start_line, start_col);
      }
      newline_at(p);
    }
    p++;
  }
  size_t body_end = p;
  p += qlen;
  if (!bad_utf8(start, body, body_end, start_line, start_col)) return false;
  emit_multiline(Tok::STRING, start, start_line, start_col, p);
  pos_ = p;
  return true;
}

// Literal text of an f-string (or of a format spec), up to a replacement field or the end.
bool Lexer::fstring_literal() {
  FString& f = fstrings_.back();
  bool in_spec = !f.fields.empty();
  size_t p = pos_;
  size_t start = p;
  int start_line = line_;
  int start_col = col_of(p);
  auto flush = [&](size_t end) {
    if (end > start) emit_multiline(Tok::FSTRING_MIDDLE, start, start_line, start_col, end);
  };
  while (true) {
    if (eof(p)) {
      std::string msg = f.triple ? "unterminated triple-quoted f-string literal (detected at line "
                                 : "unterminated f-string literal (detected at line ";
      return fail(SyntaxErrorInfo::Syntax, msg + std::to_string(line_ - 1 > 0 ? line_ - 1 : 1) + ")", f.start_line,
                  f.start_col, f.start_line, f.start_col);
    }
    char c = s_[p];
    if (c == f.quote && (!f.triple || (at(p + 1) == c && at(p + 2) == c))) {
      if (in_spec) {
        flush(p);
        int c0 = col_of(p);
        return fail(SyntaxErrorInfo::Syntax, "f-string: expecting '}'", line_, c0, line_, c0);
      }
      if (!bad_utf8(start, start, p, start_line, start_col)) return false;
      flush(p);
      size_t e = p + (f.triple ? 3 : 1);
      emit(Tok::FSTRING_END, p, e);
      pos_ = e;
      fstrings_.pop_back();
      return true;
    }
    if (c == '\n') {
      if (!f.triple) {
        return fail(SyntaxErrorInfo::Syntax,
                    "unterminated f-string literal (detected at line " + std::to_string(line_) + ")", f.start_line,
                    f.start_col, f.start_line, f.start_col);
      }
      newline_at(p);
      p++;
      continue;
    }
    if (c == '\\') {
      char n = at(p + 1);
      if (!f.raw && (n == 'N') && at(p + 2) == '{') {
        size_t close = s_.find('}', p + 3);
        if (close != std::string_view::npos && s_.substr(p, close - p).find('\n') == std::string_view::npos) {
          p = close + 1;
          continue;
        }
      }
      if (n == '{' || n == '}') { p++; continue; }
      if (n == '\n') newline_at(p + 1);
      p += eof(p + 1) ? 1 : 2;
      continue;
    }
    if (c == '{') {
      if (!in_spec && at(p + 1) == '{') { p += 2; continue; }
      if (!bad_utf8(start, start, p, start_line, start_col)) return false;
      flush(p);
      if (static_cast<int>(brackets_.size()) >= kMaxBrackets) return fail_here("too many nested parentheses", p);
      emit(Tok::LBRACE, p, p + 1);
      brackets_.push_back({'{', line_, col_of(p)});
      f.fields.push_back({brackets_.size(), false});
      pos_ = p + 1;
      return true;
    }
    if (c == '}') {
      if (!in_spec) {
        if (at(p + 1) == '}') { p += 2; continue; }
        return fail_here("f-string: single '}' is not allowed", p);
      }
      if (!bad_utf8(start, start, p, start_line, start_col)) return false;
      flush(p);
      emit(Tok::RBRACE, p, p + 1);
      brackets_.pop_back();
      f.fields.pop_back();
      pos_ = p + 1;
      return true;
    }
    p++;
  }
}

bool Lexer::name_or_string(size_t start) {
  size_t p = start;
  bool ascii = true;
  while (true) {
    char c = at(p);
    if (is_ascii_ident_start(c) || is_digit(c)) { p++; continue; }
    if (static_cast<unsigned char>(c) >= 0x80) {
      ascii = false;
      uint32_t cp;
      int len = utf8_decode(s_.data() + p, s_.data() + s_.size(), cp);
      if (!len) break;
      if (!is_identifier_char(cp)) break;
      p += len;
      continue;
    }
    break;
  }
  size_t len = p - start;
  char q = at(p);
  if ((q == '"' || q == '\'') && len <= 2 && ascii) {
    bool r = false, b = false, u = false, f = false, ok = true;
    for (size_t i = start; i < p; i++) {
      char c = static_cast<char>(std::tolower(static_cast<unsigned char>(s_[i])));
      bool* flag = c == 'r' ? &r : c == 'b' ? &b : c == 'u' ? &u : c == 'f' ? &f : nullptr;
      if (!flag || *flag) { ok = false; break; }
      *flag = true;
    }
    if (ok && !(u && (r || b || f)) && !(b && f)) return string(start, p, f, r);
  }
  if (len == 0) return invalid_char(start);
  if (!ascii) {
    // The first character must be able to start an identifier.
    uint32_t cp;
    utf8_decode(s_.data() + start, s_.data() + s_.size(), cp);
    if (!is_identifier_start(cp)) return invalid_char(start);
  }
  // A non-identifier character right after a non-ASCII name is reported by the next token.
  emit(keyword_kind(s_.substr(start, len)), start, p);
  pos_ = p;
  return true;
}

bool Lexer::next_token() {
  // Literal parts of f-strings are lexed in their own mode.
  if (!fstrings_.empty()) {
    FString& f = fstrings_.back();
    if (f.fields.empty() || f.fields.back().in_spec) return fstring_literal();
  }

  if (at_bol_) {
    at_bol_ = false;
    if (brackets_.empty() && !indentation()) return false;
  }

  // Skip blanks.
  size_t p = pos_;
  while (true) {
    char c = at(p);
    if (c == ' ' || c == '\t' || c == '\f') { p++; continue; }
    if (c == '\\') {
      if (at(p + 1) == '\n') {
        newline_at(p + 1);
        p += 2;
        if (eof(p)) {
          pos_ = p;
          // CPython: the offset is just past the backslash-newline.
          int l = line_ - 1;
          std::string_view line = source_line(s_, l);
          fail(SyntaxErrorInfo::Syntax, "unexpected EOF while parsing", l, static_cast<int>(line.size()), l, -1,
               true);
          return false;
        }
        continue;
      }
      pos_ = p;
      int c0 = col_of(p) + 1;
      return fail(SyntaxErrorInfo::Syntax, "unexpected character after line continuation character", line_, c0,
                  line_, -1, true),
             r_.error.end_offset = 0, false;
    }
    break;
  }
  pos_ = p;

  if (eof(p)) {
    if (line_has_tokens_) {
      emit(Tok::NEWLINE, p, p);
      line_has_tokens_ = false;
    }
    while (indents_.size() > 1) {
      indents_.pop_back();
      altindents_.pop_back();
      emit(Tok::DEDENT, p, p);
    }
    emit(Tok::ENDMARKER, p, p);
    return true;
  }

  char c = s_[p];
  if (c == '#') {
    while (!eof(p) && s_[p] != '\n') p++;
    pos_ = p;
    return true;
  }
  if (c == '\n') {
    bool significant = brackets_.empty() && line_has_tokens_;
    if (significant) {
      emit(Tok::NEWLINE, p, p + 1);
      line_has_tokens_ = false;
    }
    newline_at(p);
    pos_ = p + 1;
    if (brackets_.empty()) at_bol_ = true;
    return true;
  }

  line_has_tokens_ = true;

  // Identifiers, keywords, string prefixes.
  if (is_ascii_ident_start(c) || static_cast<unsigned char>(c) >= 0x80) return name_or_string(p);
  if (is_digit(c) || (c == '.' && is_digit(at(p + 1)))) return number(p);
  if (c == '"' || c == '\'') return string(p, p, false, false);

  // Operators and delimiters.
  char n1 = at(p + 1), n2 = at(p + 2);
  Tok t;
  size_t len = 1;
  switch (c) {
    case '(': case '[': case '{': {
      if (static_cast<int>(brackets_.size()) >= kMaxBrackets) return fail_here("too many nested parentheses", p);
      emit(c == '(' ? Tok::LPAR : c == '[' ? Tok::LSQB : Tok::LBRACE, p, p + 1);
      brackets_.push_back({c, line_, col_of(p)});
      pos_ = p + 1;
      return true;
    }
    case ')': case ']': case '}': {
      if (!closing_bracket(c, p)) return false;
      emit(c == ')' ? Tok::RPAR : c == ']' ? Tok::RSQB : Tok::RBRACE, p, p + 1);
      r_.tokens.back().level = static_cast<int>(brackets_.size());
      pos_ = p + 1;
      // Closing a replacement field of an f-string?
      if (c == '}' && !fstrings_.empty() && !fstrings_.back().fields.empty() &&
          fstrings_.back().fields.back().bracket_depth == brackets_.size() + 1)
        fstrings_.back().fields.pop_back();
      return true;
    }
    case ':':
      if (!fstrings_.empty() && !fstrings_.back().fields.empty() &&
          fstrings_.back().fields.back().bracket_depth == brackets_.size()) {
        // The top-level ':' of a replacement field starts its format spec (even `:=`).
        emit(Tok::COLON, p, p + 1);
        fstrings_.back().fields.back().in_spec = true;
        pos_ = p + 1;
        return true;
      }
      if (n1 == '=') { t = Tok::COLONEQUAL; len = 2; } else t = Tok::COLON;
      break;
    case ',': t = Tok::COMMA; break;
    case ';': t = Tok::SEMI; break;
    case '+': if (n1 == '=') { t = Tok::PLUSEQUAL; len = 2; } else t = Tok::PLUS; break;
    case '-':
      if (n1 == '=') { t = Tok::MINEQUAL; len = 2; }
      else if (n1 == '>') { t = Tok::RARROW; len = 2; }
      else t = Tok::MINUS;
      break;
    case '*':
      if (n1 == '*') {
        if (n2 == '=') { t = Tok::DOUBLESTAREQUAL; len = 3; } else { t = Tok::DOUBLESTAR; len = 2; }
      } else if (n1 == '=') { t = Tok::STAREQUAL; len = 2; }
      else t = Tok::STAR;
      break;
    case '/':
      if (n1 == '/') {
        if (n2 == '=') { t = Tok::DOUBLESLASHEQUAL; len = 3; } else { t = Tok::DOUBLESLASH; len = 2; }
      } else if (n1 == '=') { t = Tok::SLASHEQUAL; len = 2; }
      else t = Tok::SLASH;
      break;
    case '|': if (n1 == '=') { t = Tok::VBAREQUAL; len = 2; } else t = Tok::VBAR; break;
    case '&': if (n1 == '=') { t = Tok::AMPEREQUAL; len = 2; } else t = Tok::AMPER; break;
    case '<':
      if (n1 == '<') {
        if (n2 == '=') { t = Tok::LEFTSHIFTEQUAL; len = 3; } else { t = Tok::LEFTSHIFT; len = 2; }
      } else if (n1 == '=') { t = Tok::LESSEQUAL; len = 2; }
      else if (n1 == '>') { t = Tok::NOTEQUAL; len = 2; }  // `<>`: the parser rejects it
      else t = Tok::LESS;
      break;
    case '>':
      if (n1 == '>') {
        if (n2 == '=') { t = Tok::RIGHTSHIFTEQUAL; len = 3; } else { t = Tok::RIGHTSHIFT; len = 2; }
      } else if (n1 == '=') { t = Tok::GREATEREQUAL; len = 2; }
      else t = Tok::GREATER;
      break;
    case '=': if (n1 == '=') { t = Tok::EQEQUAL; len = 2; } else t = Tok::EQUAL; break;
    case '.':
      if (n1 == '.' && n2 == '.') { t = Tok::ELLIPSIS; len = 3; } else t = Tok::DOT;
      break;
    case '%': if (n1 == '=') { t = Tok::PERCENTEQUAL; len = 2; } else t = Tok::PERCENT; break;
    case '~': t = Tok::TILDE; break;
    case '^': if (n1 == '=') { t = Tok::CIRCUMFLEXEQUAL; len = 2; } else t = Tok::CIRCUMFLEX; break;
    case '@': if (n1 == '=') { t = Tok::ATEQUAL; len = 2; } else t = Tok::AT; break;
    case '!': if (n1 == '=') { t = Tok::NOTEQUAL; len = 2; } else t = Tok::EXCLAMATION; break;
    default:
      if (static_cast<unsigned char>(c) < 0x20 && c != '\t' && c != '\f') {
        char buf[64];
        std::snprintf(buf, sizeof buf, "invalid non-printable character U+%04X", static_cast<unsigned char>(c));
        return fail_here(buf, p);
      }
      // $ ? ` and friends: the parser reports "invalid syntax" at this token.
      t = Tok::ERRORTOKEN;
      break;
  }
  emit(t, p, p + len);
  pos_ = p + len;
  return true;
}

}  // namespace

LexResult lex(std::string_view src) {
  LexResult r;
  Lexer lx(src, r);
  lx.run();
  return r;
}

// ---------------------------------------------------------------------------------------------
// String literal values.

StringPrefix parse_prefix(std::string_view lit) {
  StringPrefix p;
  size_t i = 0;
  while (i < lit.size() && lit[i] != '"' && lit[i] != '\'') {
    switch (lit[i] | 0x20) {
      case 'r': p.raw = true; break;
      case 'b': p.bytes = true; break;
      case 'u': p.u = true; break;
      case 'f': p.f = true; break;
      default: break;
    }
    i++;
  }
  p.len = i;
  return p;
}

namespace {

const struct UnicodeName {
  const char* name;
  uint32_t cp;
} kUnicodeNames[] = {
{"ACCOUNT OF",0x2100},{"ACUTE ACCENT",0xB4},{"ADDRESSED TO THE SUBJECT",0x2101},{"ADI SHAKTI",0x262C},
{"AIRPLANE",0x2708},{"AKTIESELSKAB",0x214D},{"ALEF SYMBOL",0x2135},{"ALEMBIC",0x2697},{"ALERT",0x7},
{"ALL EQUAL TO",0x224C},{"ALMOST EQUAL OR EQUAL TO",0x224A},{"ALMOST EQUAL TO",0x2248},
{"ALTERNATE ONE-WAY LEFT WAY TRAFFIC",0x26D5},{"AMPERSAND",0x26},{"ANCHOR",0x2693},{"ANGLE",0x2220},
{"ANGRY FACE",0x1F620},{"ANGSTROM SIGN",0x212B},{"ANGUISHED FACE",0x1F627},{"ANKH",0x2625},
{"ANTICLOCKWISE CONTOUR INTEGRAL",0x2233},{"ANTICLOCKWISE OPEN CIRCLE ARROW",0x21BA},
{"ANTICLOCKWISE TOP SEMICIRCLE ARROW",0x21B6},{"APOSTROPHE",0x27},{"APPROACHES THE LIMIT",0x2250},
{"APPROXIMATELY BUT NOT ACTUALLY EQUAL TO",0x2246},{"APPROXIMATELY EQUAL TO",0x2245},
{"APPROXIMATELY EQUAL TO OR THE IMAGE OF",0x2252},{"AQUARIUS",0x2652},{"ARABIC LETTER ALEF",0x627},
{"ARIES",0x2648},{"ASCENDING NODE",0x260A},{"ASSERTION",0x22A6},{"ASTERISK",0x2A},
{"ASTERISK OPERATOR",0x2217},{"ASTERISM",0x2042},{"ASTONISHED FACE",0x1F632},
{"ASTRONOMICAL SYMBOL FOR URANUS",0x26E2},{"ASYMPTOTICALLY EQUAL TO",0x2243},{"ATOM SYMBOL",0x269B},
{"AUSTRAL SIGN",0x20B3},{"BACK-TILTED SHADOWED WHITE RIGHTWARDS ARROW",0x27AB},{"BACKSPACE",0x8},
{"BALLOON-SPOKED ASTERISK",0x2749},{"BALLOT BOX",0x2610},{"BALLOT BOX WITH CHECK",0x2611},
{"BALLOT BOX WITH X",0x2612},{"BALLOT X",0x2717},{"BASEBALL",0x26BE},{"BEAMED EIGHTH NOTES",0x266B},
{"BEAMED SIXTEENTH NOTES",0x266C},{"BECAUSE",0x2235},{"BEL",0x7},{"BELL",0x1F514},{"BET SYMBOL",0x2136},
{"BETWEEN",0x226C},{"BIOHAZARD SIGN",0x2623},{"BIRTHDAY CAKE",0x1F382},{"BITCOIN SIGN",0x20BF},
{"BLACK CENTRE WHITE STAR",0x272C},{"BLACK CHESS BISHOP",0x265D},{"BLACK CHESS KING",0x265A},
{"BLACK CHESS KNIGHT",0x265E},{"BLACK CHESS PAWN",0x265F},{"BLACK CHESS QUEEN",0x265B},
{"BLACK CHESS ROOK",0x265C},{"BLACK CIRCLE",0x25CF},{"BLACK CIRCLE WITH TWO WHITE DOTS",0x2689},
{"BLACK CIRCLE WITH WHITE DOT RIGHT",0x2688},{"BLACK CLUB SUIT",0x2663},{"BLACK CROSS ON SHIELD",0x26E8},
{"BLACK DIAMOND",0x25C6},{"BLACK DIAMOND MINUS WHITE X",0x2756},{"BLACK DIAMOND SUIT",0x2666},
{"BLACK DOWN-POINTING SMALL TRIANGLE",0x25BE},{"BLACK DOWN-POINTING TRIANGLE",0x25BC},
{"BLACK DRAUGHTS KING",0x26C3},{"BLACK DRAUGHTS MAN",0x26C2},{"BLACK FLAG",0x2691},{"BLACK FLORETTE",0x273F},
{"BLACK FOUR POINTED STAR",0x2726},{"BLACK HEART SUIT",0x2665},{"BLACK LEFT LANE MERGE",0x26D8},
{"BLACK LEFT POINTING INDEX",0x261A},{"BLACK LEFT-POINTING POINTER",0x25C4},
{"BLACK LEFT-POINTING SMALL TRIANGLE",0x25C2},{"BLACK LEFT-POINTING TRIANGLE",0x25C0},
{"BLACK LEFTWARDS BULLET",0x204C},{"BLACK LOWER LEFT TRIANGLE",0x25E3},{"BLACK LOWER RIGHT TRIANGLE",0x25E2},
{"BLACK MEDIUM SMALL SQUARE",0x25FE},{"BLACK MEDIUM SQUARE",0x25FC},{"BLACK MOON LILITH",0x26B8},
{"BLACK NIB",0x2712},{"BLACK PARALLELOGRAM",0x25B0},{"BLACK QUESTION MARK ORNAMENT",0x2753},
{"BLACK RECTANGLE",0x25AC},{"BLACK RIGHT POINTING INDEX",0x261B},{"BLACK RIGHT-POINTING POINTER",0x25BA},
{"BLACK RIGHT-POINTING SMALL TRIANGLE",0x25B8},{"BLACK RIGHT-POINTING TRIANGLE",0x25B6},
{"BLACK RIGHTWARDS ARROW",0x27A1},{"BLACK RIGHTWARDS ARROWHEAD",0x27A4},{"BLACK RIGHTWARDS BULLET",0x204D},
{"BLACK SAFETY SCISSORS",0x2700},{"BLACK SCISSORS",0x2702},{"BLACK SHOGI PIECE",0x2617},
{"BLACK SMALL SQUARE",0x25AA},{"BLACK SMILING FACE",0x263B},{"BLACK SNOWMAN",0x26C7},
{"BLACK SPADE SUIT",0x2660},{"BLACK SQUARE",0x25A0},{"BLACK STAR",0x2605},{"BLACK SUN WITH RAYS",0x2600},
{"BLACK TELEPHONE",0x260E},{"BLACK TRUCK",0x26DF},{"BLACK TWO-WAY LEFT WAY TRAFFIC",0x26D6},
{"BLACK UNIVERSAL RECYCLING SYMBOL",0x267B},{"BLACK UP-POINTING SMALL TRIANGLE",0x25B4},
{"BLACK UP-POINTING TRIANGLE",0x25B2},{"BLACK UPPER LEFT TRIANGLE",0x25E4},
{"BLACK UPPER RIGHT TRIANGLE",0x25E5},{"BLACK VERTICAL RECTANGLE",0x25AE},
{"BLACK-FEATHERED NORTH EAST ARROW",0x27B6},{"BLACK-FEATHERED RIGHTWARDS ARROW",0x27B5},
{"BLACK-FEATHERED SOUTH EAST ARROW",0x27B4},{"BLACK-LETTER CAPITAL C",0x212D},
{"BLACK-LETTER CAPITAL H",0x210C},{"BLACK-LETTER CAPITAL I",0x2111},{"BLACK-LETTER CAPITAL R",0x211C},
{"BLACK-LETTER CAPITAL Z",0x2128},{"BOM",0xFEFF},{"BOOKS",0x1F4DA},{"BOWTIE",0x22C8},
{"BOX DRAWINGS DOUBLE DOWN AND HORIZONTAL",0x2566},{"BOX DRAWINGS DOUBLE DOWN AND LEFT",0x2557},
{"BOX DRAWINGS DOUBLE DOWN AND RIGHT",0x2554},{"BOX DRAWINGS DOUBLE HORIZONTAL",0x2550},
{"BOX DRAWINGS DOUBLE UP AND HORIZONTAL",0x2569},{"BOX DRAWINGS DOUBLE UP AND LEFT",0x255D},
{"BOX DRAWINGS DOUBLE UP AND RIGHT",0x255A},{"BOX DRAWINGS DOUBLE VERTICAL",0x2551},
{"BOX DRAWINGS DOUBLE VERTICAL AND HORIZONTAL",0x256C},{"BOX DRAWINGS DOUBLE VERTICAL AND LEFT",0x2563},
{"BOX DRAWINGS DOUBLE VERTICAL AND RIGHT",0x2560},{"BOX DRAWINGS DOWN DOUBLE AND HORIZONTAL SINGLE",0x2565},
{"BOX DRAWINGS DOWN DOUBLE AND LEFT SINGLE",0x2556},{"BOX DRAWINGS DOWN DOUBLE AND RIGHT SINGLE",0x2553},
{"BOX DRAWINGS DOWN HEAVY AND HORIZONTAL LIGHT",0x2530},{"BOX DRAWINGS DOWN HEAVY AND LEFT LIGHT",0x2512},
{"BOX DRAWINGS DOWN HEAVY AND LEFT UP LIGHT",0x2527},{"BOX DRAWINGS DOWN HEAVY AND RIGHT LIGHT",0x250E},
{"BOX DRAWINGS DOWN HEAVY AND RIGHT UP LIGHT",0x251F},
{"BOX DRAWINGS DOWN HEAVY AND UP HORIZONTAL LIGHT",0x2541},
{"BOX DRAWINGS DOWN LIGHT AND HORIZONTAL HEAVY",0x252F},{"BOX DRAWINGS DOWN LIGHT AND LEFT HEAVY",0x2511},
{"BOX DRAWINGS DOWN LIGHT AND LEFT UP HEAVY",0x2529},{"BOX DRAWINGS DOWN LIGHT AND RIGHT HEAVY",0x250D},
{"BOX DRAWINGS DOWN LIGHT AND RIGHT UP HEAVY",0x2521},
{"BOX DRAWINGS DOWN LIGHT AND UP HORIZONTAL HEAVY",0x2547},
{"BOX DRAWINGS DOWN SINGLE AND HORIZONTAL DOUBLE",0x2564},{"BOX DRAWINGS DOWN SINGLE AND LEFT DOUBLE",0x2555},
{"BOX DRAWINGS DOWN SINGLE AND RIGHT DOUBLE",0x2552},{"BOX DRAWINGS HEAVY DOUBLE DASH HORIZONTAL",0x254D},
{"BOX DRAWINGS HEAVY DOUBLE DASH VERTICAL",0x254F},{"BOX DRAWINGS HEAVY DOWN",0x257B},
{"BOX DRAWINGS HEAVY DOWN AND HORIZONTAL",0x2533},{"BOX DRAWINGS HEAVY DOWN AND LEFT",0x2513},
{"BOX DRAWINGS HEAVY DOWN AND RIGHT",0x250F},{"BOX DRAWINGS HEAVY HORIZONTAL",0x2501},
{"BOX DRAWINGS HEAVY LEFT",0x2578},{"BOX DRAWINGS HEAVY LEFT AND LIGHT RIGHT",0x257E},
{"BOX DRAWINGS HEAVY QUADRUPLE DASH HORIZONTAL",0x2509},{"BOX DRAWINGS HEAVY QUADRUPLE DASH VERTICAL",0x250B},
{"BOX DRAWINGS HEAVY RIGHT",0x257A},{"BOX DRAWINGS HEAVY TRIPLE DASH HORIZONTAL",0x2505},
{"BOX DRAWINGS HEAVY TRIPLE DASH VERTICAL",0x2507},{"BOX DRAWINGS HEAVY UP",0x2579},
{"BOX DRAWINGS HEAVY UP AND HORIZONTAL",0x253B},{"BOX DRAWINGS HEAVY UP AND LEFT",0x251B},
{"BOX DRAWINGS HEAVY UP AND LIGHT DOWN",0x257F},{"BOX DRAWINGS HEAVY UP AND RIGHT",0x2517},
{"BOX DRAWINGS HEAVY VERTICAL",0x2503},{"BOX DRAWINGS HEAVY VERTICAL AND HORIZONTAL",0x254B},
{"BOX DRAWINGS HEAVY VERTICAL AND LEFT",0x252B},{"BOX DRAWINGS HEAVY VERTICAL AND RIGHT",0x2523},
{"BOX DRAWINGS LEFT DOWN HEAVY AND RIGHT UP LIGHT",0x2545},
{"BOX DRAWINGS LEFT HEAVY AND RIGHT DOWN LIGHT",0x252D},{"BOX DRAWINGS LEFT HEAVY AND RIGHT UP LIGHT",0x2535},
{"BOX DRAWINGS LEFT HEAVY AND RIGHT VERTICAL LIGHT",0x253D},
{"BOX DRAWINGS LEFT LIGHT AND RIGHT DOWN HEAVY",0x2532},{"BOX DRAWINGS LEFT LIGHT AND RIGHT UP HEAVY",0x253A},
{"BOX DRAWINGS LEFT LIGHT AND RIGHT VERTICAL HEAVY",0x254A},
{"BOX DRAWINGS LEFT UP HEAVY AND RIGHT DOWN LIGHT",0x2543},{"BOX DRAWINGS LIGHT ARC DOWN AND LEFT",0x256E},
{"BOX DRAWINGS LIGHT ARC DOWN AND RIGHT",0x256D},{"BOX DRAWINGS LIGHT ARC UP AND LEFT",0x256F},
{"BOX DRAWINGS LIGHT ARC UP AND RIGHT",0x2570},{"BOX DRAWINGS LIGHT DIAGONAL CROSS",0x2573},
{"BOX DRAWINGS LIGHT DIAGONAL UPPER LEFT TO LOWER RIGHT",0x2572},
{"BOX DRAWINGS LIGHT DIAGONAL UPPER RIGHT TO LOWER LEFT",0x2571},
{"BOX DRAWINGS LIGHT DOUBLE DASH HORIZONTAL",0x254C},{"BOX DRAWINGS LIGHT DOUBLE DASH VERTICAL",0x254E},
{"BOX DRAWINGS LIGHT DOWN",0x2577},{"BOX DRAWINGS LIGHT DOWN AND HORIZONTAL",0x252C},
{"BOX DRAWINGS LIGHT DOWN AND LEFT",0x2510},{"BOX DRAWINGS LIGHT DOWN AND RIGHT",0x250C},
{"BOX DRAWINGS LIGHT HORIZONTAL",0x2500},{"BOX DRAWINGS LIGHT LEFT",0x2574},
{"BOX DRAWINGS LIGHT LEFT AND HEAVY RIGHT",0x257C},{"BOX DRAWINGS LIGHT QUADRUPLE DASH HORIZONTAL",0x2508},
{"BOX DRAWINGS LIGHT QUADRUPLE DASH VERTICAL",0x250A},{"BOX DRAWINGS LIGHT RIGHT",0x2576},
{"BOX DRAWINGS LIGHT TRIPLE DASH HORIZONTAL",0x2504},{"BOX DRAWINGS LIGHT TRIPLE DASH VERTICAL",0x2506},
{"BOX DRAWINGS LIGHT UP",0x2575},{"BOX DRAWINGS LIGHT UP AND HEAVY DOWN",0x257D},
{"BOX DRAWINGS LIGHT UP AND HORIZONTAL",0x2534},{"BOX DRAWINGS LIGHT UP AND LEFT",0x2518},
{"BOX DRAWINGS LIGHT UP AND RIGHT",0x2514},{"BOX DRAWINGS LIGHT VERTICAL",0x2502},
{"BOX DRAWINGS LIGHT VERTICAL AND HORIZONTAL",0x253C},{"BOX DRAWINGS LIGHT VERTICAL AND LEFT",0x2524},
{"BOX DRAWINGS LIGHT VERTICAL AND RIGHT",0x251C},{"BOX DRAWINGS RIGHT DOWN HEAVY AND LEFT UP LIGHT",0x2546},
{"BOX DRAWINGS RIGHT HEAVY AND LEFT DOWN LIGHT",0x252E},{"BOX DRAWINGS RIGHT HEAVY AND LEFT UP LIGHT",0x2536},
{"BOX DRAWINGS RIGHT HEAVY AND LEFT VERTICAL LIGHT",0x253E},
{"BOX DRAWINGS RIGHT LIGHT AND LEFT DOWN HEAVY",0x2531},{"BOX DRAWINGS RIGHT LIGHT AND LEFT UP HEAVY",0x2539},
{"BOX DRAWINGS RIGHT LIGHT AND LEFT VERTICAL HEAVY",0x2549},
{"BOX DRAWINGS RIGHT UP HEAVY AND LEFT DOWN LIGHT",0x2544},
{"BOX DRAWINGS UP DOUBLE AND HORIZONTAL SINGLE",0x2568},{"BOX DRAWINGS UP DOUBLE AND LEFT SINGLE",0x255C},
{"BOX DRAWINGS UP DOUBLE AND RIGHT SINGLE",0x2559},{"BOX DRAWINGS UP HEAVY AND DOWN HORIZONTAL LIGHT",0x2540},
{"BOX DRAWINGS UP HEAVY AND HORIZONTAL LIGHT",0x2538},{"BOX DRAWINGS UP HEAVY AND LEFT DOWN LIGHT",0x2526},
{"BOX DRAWINGS UP HEAVY AND LEFT LIGHT",0x251A},{"BOX DRAWINGS UP HEAVY AND RIGHT DOWN LIGHT",0x251E},
{"BOX DRAWINGS UP HEAVY AND RIGHT LIGHT",0x2516},{"BOX DRAWINGS UP LIGHT AND DOWN HORIZONTAL HEAVY",0x2548},
{"BOX DRAWINGS UP LIGHT AND HORIZONTAL HEAVY",0x2537},{"BOX DRAWINGS UP LIGHT AND LEFT DOWN HEAVY",0x252A},
{"BOX DRAWINGS UP LIGHT AND LEFT HEAVY",0x2519},{"BOX DRAWINGS UP LIGHT AND RIGHT DOWN HEAVY",0x2522},
{"BOX DRAWINGS UP LIGHT AND RIGHT HEAVY",0x2515},{"BOX DRAWINGS UP SINGLE AND HORIZONTAL DOUBLE",0x2567},
{"BOX DRAWINGS UP SINGLE AND LEFT DOUBLE",0x255B},{"BOX DRAWINGS UP SINGLE AND RIGHT DOUBLE",0x2558},
{"BOX DRAWINGS VERTICAL DOUBLE AND HORIZONTAL SINGLE",0x256B},
{"BOX DRAWINGS VERTICAL DOUBLE AND LEFT SINGLE",0x2562},
{"BOX DRAWINGS VERTICAL DOUBLE AND RIGHT SINGLE",0x255F},
{"BOX DRAWINGS VERTICAL HEAVY AND HORIZONTAL LIGHT",0x2542},
{"BOX DRAWINGS VERTICAL HEAVY AND LEFT LIGHT",0x2528},{"BOX DRAWINGS VERTICAL HEAVY AND RIGHT LIGHT",0x2520},
{"BOX DRAWINGS VERTICAL LIGHT AND HORIZONTAL HEAVY",0x253F},
{"BOX DRAWINGS VERTICAL LIGHT AND LEFT HEAVY",0x2525},{"BOX DRAWINGS VERTICAL LIGHT AND RIGHT HEAVY",0x251D},
{"BOX DRAWINGS VERTICAL SINGLE AND HORIZONTAL DOUBLE",0x256A},
{"BOX DRAWINGS VERTICAL SINGLE AND LEFT DOUBLE",0x2561},
{"BOX DRAWINGS VERTICAL SINGLE AND RIGHT DOUBLE",0x255E},{"BRAIN",0x1F9E0},{"BROKEN BAR",0xA6},{"BS",0x8},
{"BUG",0x1F41B},{"BULLET",0x2022},{"BULLET OPERATOR",0x2219},{"BULLSEYE",0x25CE},{"BYTE ORDER MARK",0xFEFF},
{"CADA UNA",0x2106},{"CADUCEUS",0x2624},{"CANCER",0x264B},{"CAPRICORN",0x2651},{"CAR SLIDING",0x26D0},
{"CARE OF",0x2105},{"CARET",0x2038},{"CARET INSERTION POINT",0x2041},{"CARRIAGE RETURN",0xD},
{"CASTLE",0x26EB},{"CAT FACE WITH TEARS OF JOY",0x1F639},{"CAT FACE WITH WRY SMILE",0x1F63C},
{"CAUTION SIGN",0x2621},{"CEDI SIGN",0x20B5},{"CEDILLA",0xB8},{"CENT SIGN",0xA2},
{"CENTRE LINE SYMBOL",0x2104},{"CERES",0x26B3},{"CHAINS",0x26D3},{"CHARACTER TABULATION",0x9},
{"CHARACTER TIE",0x2040},{"CHECK MARK",0x2713},{"CHI RHO",0x2627},{"CHIRON",0x26B7},{"CHURCH",0x26EA},
{"CIRCLE WITH ALL BUT UPPER LEFT QUADRANT BLACK",0x25D5},{"CIRCLE WITH LEFT HALF BLACK",0x25D0},
{"CIRCLE WITH LOWER HALF BLACK",0x25D2},{"CIRCLE WITH RIGHT HALF BLACK",0x25D1},
{"CIRCLE WITH UPPER HALF BLACK",0x25D3},{"CIRCLE WITH UPPER RIGHT QUADRANT BLACK",0x25D4},
{"CIRCLE WITH VERTICAL FILL",0x25CD},{"CIRCLED ASTERISK OPERATOR",0x229B},{"CIRCLED CROSSING LANES",0x26D2},
{"CIRCLED DASH",0x229D},{"CIRCLED DIVISION SLASH",0x2298},{"CIRCLED DOT OPERATOR",0x2299},
{"CIRCLED EQUALS",0x229C},{"CIRCLED HEAVY WHITE RIGHTWARDS ARROW",0x27B2},{"CIRCLED MINUS",0x2296},
{"CIRCLED OPEN CENTRE EIGHT POINTED STAR",0x2742},{"CIRCLED PLUS",0x2295},{"CIRCLED RING OPERATOR",0x229A},
{"CIRCLED TIMES",0x2297},{"CIRCLED WHITE STAR",0x272A},{"CIRCUMFLEX ACCENT",0x5E},
{"CLAPPING HANDS SIGN",0x1F44F},{"CLOCKWISE CONTOUR INTEGRAL",0x2232},{"CLOCKWISE INTEGRAL",0x2231},
{"CLOCKWISE OPEN CIRCLE ARROW",0x21BB},{"CLOCKWISE TOP SEMICIRCLE ARROW",0x21B7},{"CLOSE UP",0x2050},
{"CLOUD",0x2601},{"COFFIN",0x26B0},{"COLON",0x3A},{"COLON EQUALS",0x2254},{"COLON SIGN",0x20A1},
{"COMBINING ACUTE ACCENT",0x301},{"COMBINING CEDILLA",0x327},{"COMBINING DIAERESIS",0x308},
{"COMBINING GRAVE ACCENT",0x300},{"COMBINING LONG STROKE OVERLAY",0x336},{"COMBINING TILDE",0x303},
{"COMET",0x2604},{"COMMA",0x2C},{"COMMERCIAL AT",0x40},{"COMMERCIAL MINUS SIGN",0x2052},{"COMPLEMENT",0x2201},
{"CONFOUNDED FACE",0x1F616},{"CONFUSED FACE",0x1F615},{"CONJUNCTION",0x260C},{"CONTAINS AS MEMBER",0x220B},
{"CONTAINS AS NORMAL SUBGROUP",0x22B3},{"CONTAINS AS NORMAL SUBGROUP OR EQUAL TO",0x22B5},
{"CONTAINS WITH LONG HORIZONTAL STROKE",0x22FA},{"CONTAINS WITH OVERBAR",0x22FD},
{"CONTAINS WITH VERTICAL BAR AT END OF HORIZONTAL STROKE",0x22FB},{"CONTOUR INTEGRAL",0x222E},
{"COPYRIGHT SIGN",0xA9},{"CORRESPONDS TO",0x2258},{"CR",0xD},{"CROSS MARK",0x274C},
{"CROSS OF JERUSALEM",0x2629},{"CROSS OF LORRAINE",0x2628},{"CROSSED SWORDS",0x2694},
{"CROSSING LANES",0x26CC},{"CRUZEIRO SIGN",0x20A2},{"CRYING CAT FACE",0x1F63F},{"CRYING FACE",0x1F622},
{"CUBE ROOT",0x221B},{"CUP ON BLACK SQUARE",0x26FE},{"CURLY LOGICAL AND",0x22CF},{"CURLY LOGICAL OR",0x22CE},
{"CURLY LOOP",0x27B0},{"CURRENCY SIGN",0xA4},{"CURVED STEM PARAGRAPH SIGN ORNAMENT",0x2761},
{"CYRILLIC CAPITAL LETTER A",0x410},{"CYRILLIC CAPITAL LETTER BE",0x411},
{"CYRILLIC CAPITAL LETTER BYELORUSSIAN-UKRAINIAN I",0x406},{"CYRILLIC CAPITAL LETTER CHE",0x427},
{"CYRILLIC CAPITAL LETTER DE",0x414},{"CYRILLIC CAPITAL LETTER DJE",0x402},
{"CYRILLIC CAPITAL LETTER DZE",0x405},{"CYRILLIC CAPITAL LETTER DZHE",0x40F},
{"CYRILLIC CAPITAL LETTER E",0x42D},{"CYRILLIC CAPITAL LETTER EF",0x424},{"CYRILLIC CAPITAL LETTER EL",0x41B},
{"CYRILLIC CAPITAL LETTER EM",0x41C},{"CYRILLIC CAPITAL LETTER EN",0x41D},
{"CYRILLIC CAPITAL LETTER ER",0x420},{"CYRILLIC CAPITAL LETTER ES",0x421},
{"CYRILLIC CAPITAL LETTER GHE",0x413},{"CYRILLIC CAPITAL LETTER GJE",0x403},
{"CYRILLIC CAPITAL LETTER HA",0x425},{"CYRILLIC CAPITAL LETTER HARD SIGN",0x42A},
{"CYRILLIC CAPITAL LETTER I",0x418},{"CYRILLIC CAPITAL LETTER I WITH GRAVE",0x40D},
{"CYRILLIC CAPITAL LETTER IE",0x415},{"CYRILLIC CAPITAL LETTER IE WITH GRAVE",0x400},
{"CYRILLIC CAPITAL LETTER IO",0x401},{"CYRILLIC CAPITAL LETTER JE",0x408},
{"CYRILLIC CAPITAL LETTER KA",0x41A},{"CYRILLIC CAPITAL LETTER KJE",0x40C},
{"CYRILLIC CAPITAL LETTER LJE",0x409},{"CYRILLIC CAPITAL LETTER NJE",0x40A},
{"CYRILLIC CAPITAL LETTER O",0x41E},{"CYRILLIC CAPITAL LETTER PE",0x41F},
{"CYRILLIC CAPITAL LETTER SHA",0x428},{"CYRILLIC CAPITAL LETTER SHCHA",0x429},
{"CYRILLIC CAPITAL LETTER SHORT I",0x419},{"CYRILLIC CAPITAL LETTER SHORT U",0x40E},
{"CYRILLIC CAPITAL LETTER SOFT SIGN",0x42C},{"CYRILLIC CAPITAL LETTER TE",0x422},
{"CYRILLIC CAPITAL LETTER TSE",0x426},{"CYRILLIC CAPITAL LETTER TSHE",0x40B},
{"CYRILLIC CAPITAL LETTER U",0x423},{"CYRILLIC CAPITAL LETTER UKRAINIAN IE",0x404},
{"CYRILLIC CAPITAL LETTER VE",0x412},{"CYRILLIC CAPITAL LETTER YA",0x42F},
{"CYRILLIC CAPITAL LETTER YERU",0x42B},{"CYRILLIC CAPITAL LETTER YI",0x407},
{"CYRILLIC CAPITAL LETTER YU",0x42E},{"CYRILLIC CAPITAL LETTER ZE",0x417},
{"CYRILLIC CAPITAL LETTER ZHE",0x416},{"CYRILLIC SMALL LETTER A",0x430},{"CYRILLIC SMALL LETTER BE",0x431},
{"CYRILLIC SMALL LETTER CHE",0x447},{"CYRILLIC SMALL LETTER DE",0x434},{"CYRILLIC SMALL LETTER E",0x44D},
{"CYRILLIC SMALL LETTER EF",0x444},{"CYRILLIC SMALL LETTER EL",0x43B},{"CYRILLIC SMALL LETTER EM",0x43C},
{"CYRILLIC SMALL LETTER EN",0x43D},{"CYRILLIC SMALL LETTER ER",0x440},{"CYRILLIC SMALL LETTER ES",0x441},
{"CYRILLIC SMALL LETTER GHE",0x433},{"CYRILLIC SMALL LETTER HA",0x445},
{"CYRILLIC SMALL LETTER HARD SIGN",0x44A},{"CYRILLIC SMALL LETTER I",0x438},
{"CYRILLIC SMALL LETTER IE",0x435},{"CYRILLIC SMALL LETTER KA",0x43A},{"CYRILLIC SMALL LETTER O",0x43E},
{"CYRILLIC SMALL LETTER PE",0x43F},{"CYRILLIC SMALL LETTER SHA",0x448},{"CYRILLIC SMALL LETTER SHCHA",0x449},
{"CYRILLIC SMALL LETTER SHORT I",0x439},{"CYRILLIC SMALL LETTER SOFT SIGN",0x44C},
{"CYRILLIC SMALL LETTER TE",0x442},{"CYRILLIC SMALL LETTER TSE",0x446},{"CYRILLIC SMALL LETTER U",0x443},
{"CYRILLIC SMALL LETTER VE",0x432},{"CYRILLIC SMALL LETTER YA",0x44F},{"CYRILLIC SMALL LETTER YERU",0x44B},
{"CYRILLIC SMALL LETTER YU",0x44E},{"CYRILLIC SMALL LETTER ZE",0x437},{"CYRILLIC SMALL LETTER ZHE",0x436},
{"DAGGER",0x2020},{"DALET SYMBOL",0x2138},{"DASHED TRIANGLE-HEADED RIGHTWARDS ARROW",0x279F},
{"DEGREE CELSIUS",0x2103},{"DEGREE FAHRENHEIT",0x2109},{"DEGREE SIGN",0xB0},{"DEL",0x7F},{"DELETE",0x7F},
{"DELTA EQUAL TO",0x225C},{"DESCENDING NODE",0x260B},{"DEVANAGARI LETTER A",0x905},{"DIAERESIS",0xA8},
{"DIAMOND OPERATOR",0x22C4},{"DIE FACE-1",0x2680},{"DIE FACE-2",0x2681},{"DIE FACE-3",0x2682},
{"DIE FACE-4",0x2683},{"DIE FACE-5",0x2684},{"DIE FACE-6",0x2685},{"DIFFERENCE BETWEEN",0x224F},
{"DIGIT EIGHT",0x38},{"DIGIT FIVE",0x35},{"DIGIT FOUR",0x34},{"DIGIT NINE",0x39},{"DIGIT ONE",0x31},
{"DIGIT SEVEN",0x37},{"DIGIT SIX",0x36},{"DIGIT THREE",0x33},{"DIGIT TWO",0x32},{"DIGIT ZERO",0x30},
{"DIGRAM FOR GREATER YANG",0x268C},{"DIGRAM FOR GREATER YIN",0x268F},{"DIGRAM FOR LESSER YANG",0x268E},
{"DIGRAM FOR LESSER YIN",0x268D},{"DINGBAT CIRCLED SANS-SERIF DIGIT EIGHT",0x2787},
{"DINGBAT CIRCLED SANS-SERIF DIGIT FIVE",0x2784},{"DINGBAT CIRCLED SANS-SERIF DIGIT FOUR",0x2783},
{"DINGBAT CIRCLED SANS-SERIF DIGIT NINE",0x2788},{"DINGBAT CIRCLED SANS-SERIF DIGIT ONE",0x2780},
{"DINGBAT CIRCLED SANS-SERIF DIGIT SEVEN",0x2786},{"DINGBAT CIRCLED SANS-SERIF DIGIT SIX",0x2785},
{"DINGBAT CIRCLED SANS-SERIF DIGIT THREE",0x2782},{"DINGBAT CIRCLED SANS-SERIF DIGIT TWO",0x2781},
{"DINGBAT CIRCLED SANS-SERIF NUMBER TEN",0x2789},{"DINGBAT NEGATIVE CIRCLED DIGIT EIGHT",0x277D},
{"DINGBAT NEGATIVE CIRCLED DIGIT FIVE",0x277A},{"DINGBAT NEGATIVE CIRCLED DIGIT FOUR",0x2779},
{"DINGBAT NEGATIVE CIRCLED DIGIT NINE",0x277E},{"DINGBAT NEGATIVE CIRCLED DIGIT ONE",0x2776},
{"DINGBAT NEGATIVE CIRCLED DIGIT SEVEN",0x277C},{"DINGBAT NEGATIVE CIRCLED DIGIT SIX",0x277B},
{"DINGBAT NEGATIVE CIRCLED DIGIT THREE",0x2778},{"DINGBAT NEGATIVE CIRCLED DIGIT TWO",0x2777},
{"DINGBAT NEGATIVE CIRCLED NUMBER TEN",0x277F},{"DINGBAT NEGATIVE CIRCLED SANS-SERIF DIGIT EIGHT",0x2791},
{"DINGBAT NEGATIVE CIRCLED SANS-SERIF DIGIT FIVE",0x278E},
{"DINGBAT NEGATIVE CIRCLED SANS-SERIF DIGIT FOUR",0x278D},
{"DINGBAT NEGATIVE CIRCLED SANS-SERIF DIGIT NINE",0x2792},
{"DINGBAT NEGATIVE CIRCLED SANS-SERIF DIGIT ONE",0x278A},
{"DINGBAT NEGATIVE CIRCLED SANS-SERIF DIGIT SEVEN",0x2790},
{"DINGBAT NEGATIVE CIRCLED SANS-SERIF DIGIT SIX",0x278F},
{"DINGBAT NEGATIVE CIRCLED SANS-SERIF DIGIT THREE",0x278C},
{"DINGBAT NEGATIVE CIRCLED SANS-SERIF DIGIT TWO",0x278B},
{"DINGBAT NEGATIVE CIRCLED SANS-SERIF NUMBER TEN",0x2793},{"DISABLED CAR",0x26CD},
{"DISAPPOINTED BUT RELIEVED FACE",0x1F625},{"DISAPPOINTED FACE",0x1F61E},{"DIVIDES",0x2223},
{"DIVISION SIGN",0xF7},{"DIVISION SLASH",0x2215},{"DIVISION TIMES",0x22C7},{"DIVORCE SYMBOL",0x26AE},
{"DIZZY FACE",0x1F635},{"DOES NOT CONTAIN AS MEMBER",0x220C},{"DOES NOT CONTAIN AS NORMAL SUBGROUP",0x22EB},
{"DOES NOT CONTAIN AS NORMAL SUBGROUP OR EQUAL",0x22ED},{"DOES NOT DIVIDE",0x2224},{"DOES NOT FORCE",0x22AE},
{"DOES NOT PRECEDE",0x2280},{"DOES NOT PRECEDE OR EQUAL",0x22E0},{"DOES NOT PROVE",0x22AC},
{"DOES NOT SUCCEED",0x2281},{"DOES NOT SUCCEED OR EQUAL",0x22E1},{"DOLLAR SIGN",0x24},{"DONG SIGN",0x20AB},
{"DOT MINUS",0x2238},{"DOT OPERATOR",0x22C5},{"DOT PLUS",0x2214},{"DOTTED CIRCLE",0x25CC},
{"DOTTED CROSS",0x205C},{"DOUBLE CURLY LOOP",0x27BF},{"DOUBLE DAGGER",0x2021},
{"DOUBLE EXCLAMATION MARK",0x203C},{"DOUBLE HIGH-REVERSED-9 QUOTATION MARK",0x201F},
{"DOUBLE INTEGRAL",0x222C},{"DOUBLE INTERSECTION",0x22D2},{"DOUBLE LOW LINE",0x2017},
{"DOUBLE LOW-9 QUOTATION MARK",0x201E},{"DOUBLE PRIME",0x2033},{"DOUBLE QUESTION MARK",0x2047},
{"DOUBLE SUBSET",0x22D0},{"DOUBLE SUPERSET",0x22D1},{"DOUBLE UNION",0x22D3},
{"DOUBLE VERTICAL BAR DOUBLE RIGHT TURNSTILE",0x22AB},{"DOUBLE VERTICAL LINE",0x2016},
{"DOUBLE-STRUCK CAPITAL C",0x2102},{"DOUBLE-STRUCK CAPITAL GAMMA",0x213E},{"DOUBLE-STRUCK CAPITAL H",0x210D},
{"DOUBLE-STRUCK CAPITAL N",0x2115},{"DOUBLE-STRUCK CAPITAL P",0x2119},{"DOUBLE-STRUCK CAPITAL PI",0x213F},
{"DOUBLE-STRUCK CAPITAL Q",0x211A},{"DOUBLE-STRUCK CAPITAL R",0x211D},{"DOUBLE-STRUCK CAPITAL Z",0x2124},
{"DOUBLE-STRUCK ITALIC CAPITAL D",0x2145},{"DOUBLE-STRUCK ITALIC SMALL D",0x2146},
{"DOUBLE-STRUCK ITALIC SMALL E",0x2147},{"DOUBLE-STRUCK ITALIC SMALL I",0x2148},
{"DOUBLE-STRUCK ITALIC SMALL J",0x2149},{"DOUBLE-STRUCK N-ARY SUMMATION",0x2140},
{"DOUBLE-STRUCK SMALL GAMMA",0x213D},{"DOUBLE-STRUCK SMALL PI",0x213C},{"DOUBLED FEMALE SIGN",0x26A2},
{"DOUBLED MALE SIGN",0x26A3},{"DOWN RIGHT DIAGONAL ELLIPSIS",0x22F1},{"DOWN TACK",0x22A4},
{"DOWNWARDS ARROW",0x2193},{"DOWNWARDS ARROW FROM BAR",0x21A7},
{"DOWNWARDS ARROW LEFTWARDS OF UPWARDS ARROW",0x21F5},{"DOWNWARDS ARROW WITH CORNER LEFTWARDS",0x21B5},
{"DOWNWARDS ARROW WITH DOUBLE STROKE",0x21DF},{"DOWNWARDS ARROW WITH TIP LEFTWARDS",0x21B2},
{"DOWNWARDS ARROW WITH TIP RIGHTWARDS",0x21B3},{"DOWNWARDS DASHED ARROW",0x21E3},
{"DOWNWARDS DOUBLE ARROW",0x21D3},{"DOWNWARDS HARPOON WITH BARB LEFTWARDS",0x21C3},
{"DOWNWARDS HARPOON WITH BARB RIGHTWARDS",0x21C2},{"DOWNWARDS PAIRED ARROWS",0x21CA},
{"DOWNWARDS TWO HEADED ARROW",0x21A1},{"DOWNWARDS WHITE ARROW",0x21E9},{"DOWNWARDS ZIGZAG ARROW",0x21AF},
{"DRACHMA SIGN",0x20AF},{"DRAFTING POINT RIGHTWARDS ARROW",0x279B},{"DRIVE SLOW SIGN",0x26DA},
{"EARTH",0x2641},{"EARTH GLOBE EUROPE-AFRICA",0x1F30D},{"EAST SYRIAC CROSS",0x2671},
{"EIGHT PETALLED OUTLINED BLACK FLORETTE",0x2741},{"EIGHT POINTED BLACK STAR",0x2734},
{"EIGHT POINTED PINWHEEL STAR",0x2735},{"EIGHT POINTED RECTILINEAR BLACK STAR",0x2737},
{"EIGHT SPOKED ASTERISK",0x2733},{"EIGHT TEARDROP-SPOKED PROPELLER ASTERISK",0x274A},{"EIGHTH NOTE",0x266A},
{"ELECTRIC LIGHT BULB",0x1F4A1},{"ELEMENT OF",0x2208},{"ELEMENT OF WITH DOT ABOVE",0x22F5},
{"ELEMENT OF WITH LONG HORIZONTAL STROKE",0x22F2},{"ELEMENT OF WITH OVERBAR",0x22F6},
{"ELEMENT OF WITH TWO HORIZONTAL STROKES",0x22F9},{"ELEMENT OF WITH UNDERBAR",0x22F8},
{"ELEMENT OF WITH VERTICAL BAR AT END OF HORIZONTAL STROKE",0x22F3},{"EM DASH",0x2014},{"EMPTY SET",0x2205},
{"EN DASH",0x2013},{"END OF LINE",0xA},{"END OF PROOF",0x220E},{"ENVELOPE",0x2709},{"EOL",0xA},
{"EQUAL AND PARALLEL TO",0x22D5},{"EQUAL TO BY DEFINITION",0x225D},{"EQUAL TO OR GREATER-THAN",0x22DD},
{"EQUAL TO OR LESS-THAN",0x22DC},{"EQUAL TO OR PRECEDES",0x22DE},{"EQUAL TO OR SUCCEEDS",0x22DF},
{"EQUALS COLON",0x2255},{"EQUALS SIGN",0x3D},{"EQUIANGULAR TO",0x225A},{"EQUIVALENT TO",0x224D},{"ESC",0x1B},
{"ESCAPE",0x1B},{"ESTIMATED SYMBOL",0x212E},{"ESTIMATES",0x2259},{"EULER CONSTANT",0x2107},
{"EURO SIGN",0x20AC},{"EURO-CURRENCY SIGN",0x20A0},{"EXCESS",0x2239},{"EXCLAMATION MARK",0x21},
{"EXCLAMATION QUESTION MARK",0x2049},{"EXPRESSIONLESS FACE",0x1F611},{"EYES",0x1F440},
{"FACE SAVOURING DELICIOUS FOOD",0x1F60B},{"FACE SCREAMING IN FEAR",0x1F631},{"FACE THROWING A KISS",0x1F618},
{"FACE WITH COLD SWEAT",0x1F613},{"FACE WITH LOOK OF TRIUMPH",0x1F624},{"FACE WITH MEDICAL MASK",0x1F637},
{"FACE WITH NO GOOD GESTURE",0x1F645},{"FACE WITH OK GESTURE",0x1F646},{"FACE WITH OPEN MOUTH",0x1F62E},
{"FACE WITH OPEN MOUTH AND COLD SWEAT",0x1F630},{"FACE WITH ROLLING EYES",0x1F644},
{"FACE WITH STUCK-OUT TONGUE",0x1F61B},{"FACE WITH STUCK-OUT TONGUE AND TIGHTLY-CLOSED EYES",0x1F61D},
{"FACE WITH STUCK-OUT TONGUE AND WINKING EYE",0x1F61C},{"FACE WITH TEARS OF JOY",0x1F602},
{"FACE WITHOUT MOUTH",0x1F636},{"FACSIMILE SIGN",0x213B},
{"FALLING DIAGONAL IN WHITE CIRCLE IN BLACK SQUARE",0x26DE},{"FARSI SYMBOL",0x262B},{"FEARFUL FACE",0x1F628},
{"FEMALE SIGN",0x2640},{"FEMININE ORDINAL INDICATOR",0xAA},{"FERRY",0x26F4},{"FF",0xC},{"FIGURE DASH",0x2012},
{"FIRE",0x1F525},{"FIRST QUARTER MOON",0x263D},{"FISHEYE",0x25C9},{"FIVE DOT PUNCTUATION",0x2059},
{"FLAG IN HOLE",0x26F3},{"FLEUR-DE-LIS",0x269C},{"FLORAL HEART",0x2766},{"FLOWER",0x2698},
{"FLOWER PUNCTUATION MARK",0x2055},{"FLUSHED FACE",0x1F633},{"FOR ALL",0x2200},{"FORCES",0x22A9},
{"FORM FEED",0xC},{"FOUNTAIN",0x26F2},{"FOUR BALLOON-SPOKED ASTERISK",0x2723},
{"FOUR CLUB-SPOKED ASTERISK",0x2725},{"FOUR DOT MARK",0x205B},{"FOUR DOT PUNCTUATION",0x2058},
{"FOUR TEARDROP-SPOKED ASTERISK",0x2722},{"FOURTH ROOT",0x221C},{"FRACTION NUMERATOR ONE",0x215F},
{"FRACTION SLASH",0x2044},{"FRENCH FRANC SIGN",0x20A3},
{"FRONT-TILTED SHADOWED WHITE RIGHTWARDS ARROW",0x27AC},{"FROWNING FACE WITH OPEN MOUTH",0x1F626},
{"FUEL PUMP",0x26FD},{"FULL STOP",0x2E},{"FUNERAL URN",0x26B1},{"GEAR",0x2699},{"GEAR WITH HANDLES",0x26EE},
{"GEAR WITHOUT HUB",0x26ED},{"GEMINI",0x264A},{"GEOMETRIC PROPORTION",0x223A},
{"GEOMETRICALLY EQUAL TO",0x2251},{"GEOMETRICALLY EQUIVALENT TO",0x224E},{"GERMAN PENNY SIGN",0x20B0},
{"GIMEL SYMBOL",0x2137},{"GLOBE WITH MERIDIANS",0x1F310},{"GLOWING STAR",0x1F31F},{"GRAVE ACCENT",0x60},
{"GREATER-THAN BUT NOT EQUAL TO",0x2269},{"GREATER-THAN BUT NOT EQUIVALENT TO",0x22E7},
{"GREATER-THAN EQUAL TO OR LESS-THAN",0x22DB},{"GREATER-THAN OR EQUAL TO",0x2265},
{"GREATER-THAN OR EQUIVALENT TO",0x2273},{"GREATER-THAN OR LESS-THAN",0x2277},
{"GREATER-THAN OVER EQUAL TO",0x2267},{"GREATER-THAN SIGN",0x3E},{"GREATER-THAN WITH DOT",0x22D7},
{"GREEK ANO TELEIA",0x387},{"GREEK CAPITAL LETTER ALPHA",0x391},
{"GREEK CAPITAL LETTER ALPHA WITH TONOS",0x386},{"GREEK CAPITAL LETTER ARCHAIC SAMPI",0x372},
{"GREEK CAPITAL LETTER BETA",0x392},{"GREEK CAPITAL LETTER CHI",0x3A7},{"GREEK CAPITAL LETTER DELTA",0x394},
{"GREEK CAPITAL LETTER EPSILON",0x395},{"GREEK CAPITAL LETTER EPSILON WITH TONOS",0x388},
{"GREEK CAPITAL LETTER ETA",0x397},{"GREEK CAPITAL LETTER ETA WITH TONOS",0x389},
{"GREEK CAPITAL LETTER GAMMA",0x393},{"GREEK CAPITAL LETTER HETA",0x370},{"GREEK CAPITAL LETTER IOTA",0x399},
{"GREEK CAPITAL LETTER IOTA WITH DIALYTIKA",0x3AA},{"GREEK CAPITAL LETTER IOTA WITH TONOS",0x38A},
{"GREEK CAPITAL LETTER KAPPA",0x39A},{"GREEK CAPITAL LETTER LAMDA",0x39B},{"GREEK CAPITAL LETTER MU",0x39C},
{"GREEK CAPITAL LETTER NU",0x39D},{"GREEK CAPITAL LETTER OMEGA",0x3A9},
{"GREEK CAPITAL LETTER OMEGA WITH TONOS",0x38F},{"GREEK CAPITAL LETTER OMICRON",0x39F},
{"GREEK CAPITAL LETTER OMICRON WITH TONOS",0x38C},{"GREEK CAPITAL LETTER PAMPHYLIAN DIGAMMA",0x376},
{"GREEK CAPITAL LETTER PHI",0x3A6},{"GREEK CAPITAL LETTER PI",0x3A0},{"GREEK CAPITAL LETTER PSI",0x3A8},
{"GREEK CAPITAL LETTER RHO",0x3A1},{"GREEK CAPITAL LETTER SIGMA",0x3A3},{"GREEK CAPITAL LETTER TAU",0x3A4},
{"GREEK CAPITAL LETTER THETA",0x398},{"GREEK CAPITAL LETTER UPSILON",0x3A5},
{"GREEK CAPITAL LETTER UPSILON WITH DIALYTIKA",0x3AB},{"GREEK CAPITAL LETTER UPSILON WITH TONOS",0x38E},
{"GREEK CAPITAL LETTER XI",0x39E},{"GREEK CAPITAL LETTER YOT",0x37F},{"GREEK CAPITAL LETTER ZETA",0x396},
{"GREEK DIALYTIKA TONOS",0x385},{"GREEK LOWER NUMERAL SIGN",0x375},{"GREEK NUMERAL SIGN",0x374},
{"GREEK QUESTION MARK",0x37E},{"GREEK SMALL DOTTED LUNATE SIGMA SYMBOL",0x37C},
{"GREEK SMALL LETTER ALPHA",0x3B1},{"GREEK SMALL LETTER ALPHA WITH TONOS",0x3AC},
{"GREEK SMALL LETTER ARCHAIC SAMPI",0x373},{"GREEK SMALL LETTER BETA",0x3B2},{"GREEK SMALL LETTER CHI",0x3C7},
{"GREEK SMALL LETTER DELTA",0x3B4},{"GREEK SMALL LETTER EPSILON",0x3B5},
{"GREEK SMALL LETTER EPSILON WITH TONOS",0x3AD},{"GREEK SMALL LETTER ETA",0x3B7},
{"GREEK SMALL LETTER ETA WITH TONOS",0x3AE},{"GREEK SMALL LETTER FINAL SIGMA",0x3C2},
{"GREEK SMALL LETTER GAMMA",0x3B3},{"GREEK SMALL LETTER HETA",0x371},{"GREEK SMALL LETTER IOTA",0x3B9},
{"GREEK SMALL LETTER IOTA WITH DIALYTIKA",0x3CA},{"GREEK SMALL LETTER IOTA WITH DIALYTIKA AND TONOS",0x390},
{"GREEK SMALL LETTER IOTA WITH TONOS",0x3AF},{"GREEK SMALL LETTER KAPPA",0x3BA},
{"GREEK SMALL LETTER LAMDA",0x3BB},{"GREEK SMALL LETTER MU",0x3BC},{"GREEK SMALL LETTER NU",0x3BD},
{"GREEK SMALL LETTER OMEGA",0x3C9},{"GREEK SMALL LETTER OMEGA WITH TONOS",0x3CE},
{"GREEK SMALL LETTER OMICRON",0x3BF},{"GREEK SMALL LETTER OMICRON WITH TONOS",0x3CC},
{"GREEK SMALL LETTER PAMPHYLIAN DIGAMMA",0x377},{"GREEK SMALL LETTER PHI",0x3C6},
{"GREEK SMALL LETTER PI",0x3C0},{"GREEK SMALL LETTER PSI",0x3C8},{"GREEK SMALL LETTER RHO",0x3C1},
{"GREEK SMALL LETTER SIGMA",0x3C3},{"GREEK SMALL LETTER TAU",0x3C4},{"GREEK SMALL LETTER THETA",0x3B8},
{"GREEK SMALL LETTER UPSILON",0x3C5},{"GREEK SMALL LETTER UPSILON WITH DIALYTIKA",0x3CB},
{"GREEK SMALL LETTER UPSILON WITH DIALYTIKA AND TONOS",0x3B0},{"GREEK SMALL LETTER UPSILON WITH TONOS",0x3CD},
{"GREEK SMALL LETTER XI",0x3BE},{"GREEK SMALL LETTER ZETA",0x3B6},
{"GREEK SMALL REVERSED DOTTED LUNATE SIGMA SYMBOL",0x37D},{"GREEK SMALL REVERSED LUNATE SIGMA SYMBOL",0x37B},
{"GREEK TONOS",0x384},{"GREEK YPOGEGRAMMENI",0x37A},{"GRIMACING FACE",0x1F62C},
{"GRINNING CAT FACE WITH SMILING EYES",0x1F638},{"GRINNING FACE",0x1F600},
{"GRINNING FACE WITH SMILING EYES",0x1F601},{"GUARANI SIGN",0x20B2},{"HAMMER",0x1F528},
{"HAMMER AND PICK",0x2692},{"HAMMER AND SICKLE",0x262D},{"HAPPY PERSON RAISING ONE HAND",0x1F64B},
{"HEADSTONE GRAVEYARD SYMBOL",0x26FC},{"HEAR-NO-EVIL MONKEY",0x1F649},{"HEAVY ASTERISK",0x2731},
{"HEAVY BALLOT X",0x2718},{"HEAVY BLACK CURVED DOWNWARDS AND RIGHTWARDS ARROW",0x27A5},
{"HEAVY BLACK CURVED UPWARDS AND RIGHTWARDS ARROW",0x27A6},{"HEAVY BLACK HEART",0x2764},
{"HEAVY BLACK-FEATHERED NORTH EAST ARROW",0x27B9},{"HEAVY BLACK-FEATHERED RIGHTWARDS ARROW",0x27B8},
{"HEAVY BLACK-FEATHERED SOUTH EAST ARROW",0x27B7},{"HEAVY CHECK MARK",0x2714},
{"HEAVY CHEVRON SNOWFLAKE",0x2746},{"HEAVY CIRCLE WITH STROKE AND TWO DOTS ABOVE",0x26E3},
{"HEAVY CONCAVE-POINTED BLACK RIGHTWARDS ARROW",0x27A8},
{"HEAVY DASHED TRIANGLE-HEADED RIGHTWARDS ARROW",0x27A0},{"HEAVY DIVISION SIGN",0x2797},
{"HEAVY DOUBLE COMMA QUOTATION MARK ORNAMENT",0x275E},
{"HEAVY DOUBLE TURNED COMMA QUOTATION MARK ORNAMENT",0x275D},
{"HEAVY EIGHT POINTED RECTILINEAR BLACK STAR",0x2738},
{"HEAVY EIGHT TEARDROP-SPOKED PROPELLER ASTERISK",0x274B},{"HEAVY EXCLAMATION MARK ORNAMENT",0x2762},
{"HEAVY EXCLAMATION MARK SYMBOL",0x2757},{"HEAVY FOUR BALLOON-SPOKED ASTERISK",0x2724},
{"HEAVY GREEK CROSS",0x271A},{"HEAVY HEART EXCLAMATION MARK ORNAMENT",0x2763},
{"HEAVY LEFT-POINTING ANGLE BRACKET ORNAMENT",0x2770},
{"HEAVY LEFT-POINTING ANGLE QUOTATION MARK ORNAMENT",0x276E},
{"HEAVY LOW DOUBLE COMMA QUOTATION MARK ORNAMENT",0x2760},
{"HEAVY LOW SINGLE COMMA QUOTATION MARK ORNAMENT",0x275F},
{"HEAVY LOWER RIGHT-SHADOWED WHITE RIGHTWARDS ARROW",0x27AD},{"HEAVY MINUS SIGN",0x2796},
{"HEAVY MULTIPLICATION X",0x2716},{"HEAVY NORTH EAST ARROW",0x279A},{"HEAVY OPEN CENTRE CROSS",0x271C},
{"HEAVY OUTLINED BLACK STAR",0x272E},{"HEAVY PLUS SIGN",0x2795},
{"HEAVY RIGHT-POINTING ANGLE BRACKET ORNAMENT",0x2771},
{"HEAVY RIGHT-POINTING ANGLE QUOTATION MARK ORNAMENT",0x276F},{"HEAVY RIGHTWARDS ARROW",0x2799},
{"HEAVY ROUND-TIPPED RIGHTWARDS ARROW",0x279C},{"HEAVY SINGLE COMMA QUOTATION MARK ORNAMENT",0x275C},
{"HEAVY SINGLE TURNED COMMA QUOTATION MARK ORNAMENT",0x275B},{"HEAVY SOUTH EAST ARROW",0x2798},
{"HEAVY SPARKLE",0x2748},{"HEAVY TEARDROP-SHANKED RIGHTWARDS ARROW",0x27BB},
{"HEAVY TEARDROP-SPOKED ASTERISK",0x273D},{"HEAVY TEARDROP-SPOKED PINWHEEL ASTERISK",0x2743},
{"HEAVY TRIANGLE-HEADED RIGHTWARDS ARROW",0x279E},
{"HEAVY UPPER RIGHT-SHADOWED WHITE RIGHTWARDS ARROW",0x27AE},{"HEAVY VERTICAL BAR",0x275A},
{"HEAVY WEDGE-TAILED RIGHTWARDS ARROW",0x27BD},{"HEAVY WHITE DOWN-POINTING TRIANGLE",0x26DB},
{"HEAVY WIDE-HEADED RIGHTWARDS ARROW",0x2794},{"HEBREW LETTER ALEF",0x5D0},{"HELMET WITH WHITE CROSS",0x26D1},
{"HERMITIAN CONJUGATE MATRIX",0x22B9},{"HIGH VOLTAGE SIGN",0x26A1},{"HIRAGANA LETTER A",0x3042},
{"HISTORIC SITE",0x26EC},{"HOMOTHETIC",0x223B},{"HORIZONTAL BAR",0x2015},{"HORIZONTAL ELLIPSIS",0x2026},
{"HORIZONTAL MALE WITH STROKE SIGN",0x26A9},{"HORIZONTAL TABULATION",0x9},{"HOT BEVERAGE",0x2615},
{"HOT SPRINGS",0x2668},{"HOURGLASS",0x231B},{"HRYVNIA SIGN",0x20B4},{"HT",0x9},{"HUGGING FACE",0x1F917},
{"HUNDRED POINTS SYMBOL",0x1F4AF},{"HUSHED FACE",0x1F62F},{"HYPHEN",0x2010},{"HYPHEN BULLET",0x2043},
{"HYPHEN-MINUS",0x2D},{"HYPHENATION POINT",0x2027},{"ICE SKATE",0x26F8},{"IDENTICAL TO",0x2261},
{"IDEOGRAPHIC SPACE",0x3000},{"IMAGE OF",0x22B7},{"IMAGE OF OR APPROXIMATELY EQUAL TO",0x2253},
{"INCREMENT",0x2206},{"INDIAN RUPEE SIGN",0x20B9},{"INFINITY",0x221E},{"INFORMATION SOURCE",0x2139},
{"INTEGRAL",0x222B},{"INTERCALATE",0x22BA},{"INTERLOCKED FEMALE AND MALE SIGN",0x26A4},{"INTERROBANG",0x203D},
{"INTERSECTION",0x2229},{"INVERSE BULLET",0x25D8},{"INVERSE WHITE CIRCLE",0x25D9},
{"INVERTED EXCLAMATION MARK",0xA1},{"INVERTED LAZY S",0x223E},{"INVERTED OHM SIGN",0x2127},
{"INVERTED PENTAGRAM",0x26E7},{"INVERTED QUESTION MARK",0xBF},{"INVERTED UNDERTIE",0x2054},
{"JAPANESE BANK SYMBOL",0x26FB},{"JUNO",0x26B5},{"JUPITER",0x2643},{"KATAKANA LETTER A",0x30A2},
{"KELVIN SIGN",0x212A},{"KEY",0x1F511},{"KEYBOARD",0x2328},{"KIP SIGN",0x20AD},
{"KISSING CAT FACE WITH CLOSED EYES",0x1F63D},{"KISSING FACE",0x1F617},
{"KISSING FACE WITH CLOSED EYES",0x1F61A},{"KISSING FACE WITH SMILING EYES",0x1F619},
{"L B BAR SYMBOL",0x2114},{"LARGE CIRCLE",0x25EF},{"LARI SIGN",0x20BE},{"LAST QUARTER MOON",0x263E},
{"LATIN CAPITAL LETTER A",0x41},{"LATIN CAPITAL LETTER A WITH ACUTE",0xC1},
{"LATIN CAPITAL LETTER A WITH BREVE",0x102},{"LATIN CAPITAL LETTER A WITH CIRCUMFLEX",0xC2},
{"LATIN CAPITAL LETTER A WITH DIAERESIS",0xC4},{"LATIN CAPITAL LETTER A WITH GRAVE",0xC0},
{"LATIN CAPITAL LETTER A WITH MACRON",0x100},{"LATIN CAPITAL LETTER A WITH OGONEK",0x104},
{"LATIN CAPITAL LETTER A WITH RING ABOVE",0xC5},{"LATIN CAPITAL LETTER A WITH TILDE",0xC3},
{"LATIN CAPITAL LETTER AE",0xC6},{"LATIN CAPITAL LETTER B",0x42},{"LATIN CAPITAL LETTER C",0x43},
{"LATIN CAPITAL LETTER C WITH ACUTE",0x106},{"LATIN CAPITAL LETTER C WITH CARON",0x10C},
{"LATIN CAPITAL LETTER C WITH CEDILLA",0xC7},{"LATIN CAPITAL LETTER C WITH CIRCUMFLEX",0x108},
{"LATIN CAPITAL LETTER C WITH DOT ABOVE",0x10A},{"LATIN CAPITAL LETTER D",0x44},
{"LATIN CAPITAL LETTER D WITH CARON",0x10E},{"LATIN CAPITAL LETTER D WITH STROKE",0x110},
{"LATIN CAPITAL LETTER E",0x45},{"LATIN CAPITAL LETTER E WITH ACUTE",0xC9},
{"LATIN CAPITAL LETTER E WITH BREVE",0x114},{"LATIN CAPITAL LETTER E WITH CARON",0x11A},
{"LATIN CAPITAL LETTER E WITH CIRCUMFLEX",0xCA},{"LATIN CAPITAL LETTER E WITH DIAERESIS",0xCB},
{"LATIN CAPITAL LETTER E WITH DOT ABOVE",0x116},{"LATIN CAPITAL LETTER E WITH GRAVE",0xC8},
{"LATIN CAPITAL LETTER E WITH MACRON",0x112},{"LATIN CAPITAL LETTER E WITH OGONEK",0x118},
{"LATIN CAPITAL LETTER ENG",0x14A},{"LATIN CAPITAL LETTER ETH",0xD0},{"LATIN CAPITAL LETTER F",0x46},
{"LATIN CAPITAL LETTER G",0x47},{"LATIN CAPITAL LETTER G WITH BREVE",0x11E},
{"LATIN CAPITAL LETTER G WITH CEDILLA",0x122},{"LATIN CAPITAL LETTER G WITH CIRCUMFLEX",0x11C},
{"LATIN CAPITAL LETTER G WITH DOT ABOVE",0x120},{"LATIN CAPITAL LETTER H",0x48},
{"LATIN CAPITAL LETTER H WITH CIRCUMFLEX",0x124},{"LATIN CAPITAL LETTER H WITH STROKE",0x126},
{"LATIN CAPITAL LETTER I",0x49},{"LATIN CAPITAL LETTER I WITH ACUTE",0xCD},
{"LATIN CAPITAL LETTER I WITH BREVE",0x12C},{"LATIN CAPITAL LETTER I WITH CIRCUMFLEX",0xCE},
{"LATIN CAPITAL LETTER I WITH DIAERESIS",0xCF},{"LATIN CAPITAL LETTER I WITH DOT ABOVE",0x130},
{"LATIN CAPITAL LETTER I WITH GRAVE",0xCC},{"LATIN CAPITAL LETTER I WITH MACRON",0x12A},
{"LATIN CAPITAL LETTER I WITH OGONEK",0x12E},{"LATIN CAPITAL LETTER I WITH TILDE",0x128},
{"LATIN CAPITAL LETTER J",0x4A},{"LATIN CAPITAL LETTER J WITH CIRCUMFLEX",0x134},
{"LATIN CAPITAL LETTER K",0x4B},{"LATIN CAPITAL LETTER K WITH CEDILLA",0x136},{"LATIN CAPITAL LETTER L",0x4C},
{"LATIN CAPITAL LETTER L WITH ACUTE",0x139},{"LATIN CAPITAL LETTER L WITH CARON",0x13D},
{"LATIN CAPITAL LETTER L WITH CEDILLA",0x13B},{"LATIN CAPITAL LETTER L WITH MIDDLE DOT",0x13F},
{"LATIN CAPITAL LETTER L WITH STROKE",0x141},{"LATIN CAPITAL LETTER M",0x4D},{"LATIN CAPITAL LETTER N",0x4E},
{"LATIN CAPITAL LETTER N WITH ACUTE",0x143},{"LATIN CAPITAL LETTER N WITH CARON",0x147},
{"LATIN CAPITAL LETTER N WITH CEDILLA",0x145},{"LATIN CAPITAL LETTER N WITH TILDE",0xD1},
{"LATIN CAPITAL LETTER O",0x4F},{"LATIN CAPITAL LETTER O WITH ACUTE",0xD3},
{"LATIN CAPITAL LETTER O WITH BREVE",0x14E},{"LATIN CAPITAL LETTER O WITH CIRCUMFLEX",0xD4},
{"LATIN CAPITAL LETTER O WITH DIAERESIS",0xD6},{"LATIN CAPITAL LETTER O WITH DOUBLE ACUTE",0x150},
{"LATIN CAPITAL LETTER O WITH GRAVE",0xD2},{"LATIN CAPITAL LETTER O WITH MACRON",0x14C},
{"LATIN CAPITAL LETTER O WITH STROKE",0xD8},{"LATIN CAPITAL LETTER O WITH TILDE",0xD5},
{"LATIN CAPITAL LETTER P",0x50},{"LATIN CAPITAL LETTER Q",0x51},{"LATIN CAPITAL LETTER R",0x52},
{"LATIN CAPITAL LETTER R WITH ACUTE",0x154},{"LATIN CAPITAL LETTER R WITH CARON",0x158},
{"LATIN CAPITAL LETTER R WITH CEDILLA",0x156},{"LATIN CAPITAL LETTER S",0x53},
{"LATIN CAPITAL LETTER S WITH ACUTE",0x15A},{"LATIN CAPITAL LETTER S WITH CARON",0x160},
{"LATIN CAPITAL LETTER S WITH CEDILLA",0x15E},{"LATIN CAPITAL LETTER S WITH CIRCUMFLEX",0x15C},
{"LATIN CAPITAL LETTER T",0x54},{"LATIN CAPITAL LETTER T WITH CARON",0x164},
{"LATIN CAPITAL LETTER T WITH CEDILLA",0x162},{"LATIN CAPITAL LETTER T WITH STROKE",0x166},
{"LATIN CAPITAL LETTER THORN",0xDE},{"LATIN CAPITAL LETTER U",0x55},
{"LATIN CAPITAL LETTER U WITH ACUTE",0xDA},{"LATIN CAPITAL LETTER U WITH BREVE",0x16C},
{"LATIN CAPITAL LETTER U WITH CIRCUMFLEX",0xDB},{"LATIN CAPITAL LETTER U WITH DIAERESIS",0xDC},
{"LATIN CAPITAL LETTER U WITH DOUBLE ACUTE",0x170},{"LATIN CAPITAL LETTER U WITH GRAVE",0xD9},
{"LATIN CAPITAL LETTER U WITH MACRON",0x16A},{"LATIN CAPITAL LETTER U WITH OGONEK",0x172},
{"LATIN CAPITAL LETTER U WITH RING ABOVE",0x16E},{"LATIN CAPITAL LETTER U WITH TILDE",0x168},
{"LATIN CAPITAL LETTER V",0x56},{"LATIN CAPITAL LETTER W",0x57},
{"LATIN CAPITAL LETTER W WITH CIRCUMFLEX",0x174},{"LATIN CAPITAL LETTER X",0x58},
{"LATIN CAPITAL LETTER Y",0x59},{"LATIN CAPITAL LETTER Y WITH ACUTE",0xDD},
{"LATIN CAPITAL LETTER Y WITH CIRCUMFLEX",0x176},{"LATIN CAPITAL LETTER Y WITH DIAERESIS",0x178},
{"LATIN CAPITAL LETTER Z",0x5A},{"LATIN CAPITAL LETTER Z WITH ACUTE",0x179},
{"LATIN CAPITAL LETTER Z WITH CARON",0x17D},{"LATIN CAPITAL LETTER Z WITH DOT ABOVE",0x17B},
{"LATIN CAPITAL LIGATURE IJ",0x132},{"LATIN CAPITAL LIGATURE OE",0x152},{"LATIN CROSS",0x271D},
{"LATIN SMALL LETTER A",0x61},{"LATIN SMALL LETTER A WITH ACUTE",0xE1},
{"LATIN SMALL LETTER A WITH BREVE",0x103},{"LATIN SMALL LETTER A WITH CIRCUMFLEX",0xE2},
{"LATIN SMALL LETTER A WITH DIAERESIS",0xE4},{"LATIN SMALL LETTER A WITH GRAVE",0xE0},
{"LATIN SMALL LETTER A WITH MACRON",0x101},{"LATIN SMALL LETTER A WITH OGONEK",0x105},
{"LATIN SMALL LETTER A WITH RING ABOVE",0xE5},{"LATIN SMALL LETTER A WITH TILDE",0xE3},
{"LATIN SMALL LETTER AE",0xE6},{"LATIN SMALL LETTER B",0x62},{"LATIN SMALL LETTER C",0x63},
{"LATIN SMALL LETTER C WITH ACUTE",0x107},{"LATIN SMALL LETTER C WITH CARON",0x10D},
{"LATIN SMALL LETTER C WITH CEDILLA",0xE7},{"LATIN SMALL LETTER C WITH CIRCUMFLEX",0x109},
{"LATIN SMALL LETTER C WITH DOT ABOVE",0x10B},{"LATIN SMALL LETTER D",0x64},
{"LATIN SMALL LETTER D WITH CARON",0x10F},{"LATIN SMALL LETTER D WITH STROKE",0x111},
{"LATIN SMALL LETTER DOTLESS I",0x131},{"LATIN SMALL LETTER E",0x65},{"LATIN SMALL LETTER E WITH ACUTE",0xE9},
{"LATIN SMALL LETTER E WITH BREVE",0x115},{"LATIN SMALL LETTER E WITH CARON",0x11B},
{"LATIN SMALL LETTER E WITH CIRCUMFLEX",0xEA},{"LATIN SMALL LETTER E WITH DIAERESIS",0xEB},
{"LATIN SMALL LETTER E WITH DOT ABOVE",0x117},{"LATIN SMALL LETTER E WITH GRAVE",0xE8},
{"LATIN SMALL LETTER E WITH MACRON",0x113},{"LATIN SMALL LETTER E WITH OGONEK",0x119},
{"LATIN SMALL LETTER ENG",0x14B},{"LATIN SMALL LETTER ETH",0xF0},{"LATIN SMALL LETTER F",0x66},
{"LATIN SMALL LETTER G",0x67},{"LATIN SMALL LETTER G WITH BREVE",0x11F},
{"LATIN SMALL LETTER G WITH CEDILLA",0x123},{"LATIN SMALL LETTER G WITH CIRCUMFLEX",0x11D},
{"LATIN SMALL LETTER G WITH DOT ABOVE",0x121},{"LATIN SMALL LETTER H",0x68},
{"LATIN SMALL LETTER H WITH CIRCUMFLEX",0x125},{"LATIN SMALL LETTER H WITH STROKE",0x127},
{"LATIN SMALL LETTER I",0x69},{"LATIN SMALL LETTER I WITH ACUTE",0xED},
{"LATIN SMALL LETTER I WITH BREVE",0x12D},{"LATIN SMALL LETTER I WITH CIRCUMFLEX",0xEE},
{"LATIN SMALL LETTER I WITH DIAERESIS",0xEF},{"LATIN SMALL LETTER I WITH GRAVE",0xEC},
{"LATIN SMALL LETTER I WITH MACRON",0x12B},{"LATIN SMALL LETTER I WITH OGONEK",0x12F},
{"LATIN SMALL LETTER I WITH TILDE",0x129},{"LATIN SMALL LETTER J",0x6A},
{"LATIN SMALL LETTER J WITH CIRCUMFLEX",0x135},{"LATIN SMALL LETTER K",0x6B},
{"LATIN SMALL LETTER K WITH CEDILLA",0x137},{"LATIN SMALL LETTER KRA",0x138},{"LATIN SMALL LETTER L",0x6C},
{"LATIN SMALL LETTER L WITH ACUTE",0x13A},{"LATIN SMALL LETTER L WITH CARON",0x13E},
{"LATIN SMALL LETTER L WITH CEDILLA",0x13C},{"LATIN SMALL LETTER L WITH MIDDLE DOT",0x140},
{"LATIN SMALL LETTER L WITH STROKE",0x142},{"LATIN SMALL LETTER LONG S",0x17F},{"LATIN SMALL LETTER M",0x6D},
{"LATIN SMALL LETTER N",0x6E},{"LATIN SMALL LETTER N PRECEDED BY APOSTROPHE",0x149},
{"LATIN SMALL LETTER N WITH ACUTE",0x144},{"LATIN SMALL LETTER N WITH CARON",0x148},
{"LATIN SMALL LETTER N WITH CEDILLA",0x146},{"LATIN SMALL LETTER N WITH TILDE",0xF1},
{"LATIN SMALL LETTER O",0x6F},{"LATIN SMALL LETTER O WITH ACUTE",0xF3},
{"LATIN SMALL LETTER O WITH BREVE",0x14F},{"LATIN SMALL LETTER O WITH CIRCUMFLEX",0xF4},
{"LATIN SMALL LETTER O WITH DIAERESIS",0xF6},{"LATIN SMALL LETTER O WITH DOUBLE ACUTE",0x151},
{"LATIN SMALL LETTER O WITH GRAVE",0xF2},{"LATIN SMALL LETTER O WITH MACRON",0x14D},
{"LATIN SMALL LETTER O WITH STROKE",0xF8},{"LATIN SMALL LETTER O WITH TILDE",0xF5},
{"LATIN SMALL LETTER P",0x70},{"LATIN SMALL LETTER Q",0x71},{"LATIN SMALL LETTER R",0x72},
{"LATIN SMALL LETTER R WITH ACUTE",0x155},{"LATIN SMALL LETTER R WITH CARON",0x159},
{"LATIN SMALL LETTER R WITH CEDILLA",0x157},{"LATIN SMALL LETTER REVERSED C",0x2184},
{"LATIN SMALL LETTER S",0x73},{"LATIN SMALL LETTER S WITH ACUTE",0x15B},
{"LATIN SMALL LETTER S WITH CARON",0x161},{"LATIN SMALL LETTER S WITH CEDILLA",0x15F},
{"LATIN SMALL LETTER S WITH CIRCUMFLEX",0x15D},{"LATIN SMALL LETTER SCHWA",0x259},
{"LATIN SMALL LETTER SHARP S",0xDF},{"LATIN SMALL LETTER T",0x74},{"LATIN SMALL LETTER T WITH CARON",0x165},
{"LATIN SMALL LETTER T WITH CEDILLA",0x163},{"LATIN SMALL LETTER T WITH STROKE",0x167},
{"LATIN SMALL LETTER THORN",0xFE},{"LATIN SMALL LETTER U",0x75},{"LATIN SMALL LETTER U WITH ACUTE",0xFA},
{"LATIN SMALL LETTER U WITH BREVE",0x16D},{"LATIN SMALL LETTER U WITH CIRCUMFLEX",0xFB},
{"LATIN SMALL LETTER U WITH DIAERESIS",0xFC},{"LATIN SMALL LETTER U WITH DOUBLE ACUTE",0x171},
{"LATIN SMALL LETTER U WITH GRAVE",0xF9},{"LATIN SMALL LETTER U WITH MACRON",0x16B},
{"LATIN SMALL LETTER U WITH OGONEK",0x173},{"LATIN SMALL LETTER U WITH RING ABOVE",0x16F},
{"LATIN SMALL LETTER U WITH TILDE",0x169},{"LATIN SMALL LETTER V",0x76},{"LATIN SMALL LETTER W",0x77},
{"LATIN SMALL LETTER W WITH CIRCUMFLEX",0x175},{"LATIN SMALL LETTER X",0x78},{"LATIN SMALL LETTER Y",0x79},
{"LATIN SMALL LETTER Y WITH ACUTE",0xFD},{"LATIN SMALL LETTER Y WITH CIRCUMFLEX",0x177},
{"LATIN SMALL LETTER Y WITH DIAERESIS",0xFF},{"LATIN SMALL LETTER Z",0x7A},
{"LATIN SMALL LETTER Z WITH ACUTE",0x17A},{"LATIN SMALL LETTER Z WITH CARON",0x17E},
{"LATIN SMALL LETTER Z WITH DOT ABOVE",0x17C},{"LATIN SMALL LIGATURE IJ",0x133},
{"LATIN SMALL LIGATURE OE",0x153},{"LATIN SUBSCRIPT SMALL LETTER A",0x2090},
{"LATIN SUBSCRIPT SMALL LETTER E",0x2091},{"LATIN SUBSCRIPT SMALL LETTER H",0x2095},
{"LATIN SUBSCRIPT SMALL LETTER K",0x2096},{"LATIN SUBSCRIPT SMALL LETTER L",0x2097},
{"LATIN SUBSCRIPT SMALL LETTER M",0x2098},{"LATIN SUBSCRIPT SMALL LETTER N",0x2099},
{"LATIN SUBSCRIPT SMALL LETTER O",0x2092},{"LATIN SUBSCRIPT SMALL LETTER P",0x209A},
{"LATIN SUBSCRIPT SMALL LETTER S",0x209B},{"LATIN SUBSCRIPT SMALL LETTER SCHWA",0x2094},
{"LATIN SUBSCRIPT SMALL LETTER T",0x209C},{"LATIN SUBSCRIPT SMALL LETTER X",0x2093},
{"LEFT CLOSED ENTRY",0x26DC},{"LEFT CURLY BRACKET",0x7B},{"LEFT DOUBLE QUOTATION MARK",0x201C},
{"LEFT HALF BLACK CIRCLE",0x25D6},{"LEFT NORMAL FACTOR SEMIDIRECT PRODUCT",0x22C9},{"LEFT PARENTHESIS",0x28},
{"LEFT RIGHT ARROW",0x2194},{"LEFT RIGHT ARROW WITH DOUBLE VERTICAL STROKE",0x21FC},
{"LEFT RIGHT ARROW WITH STROKE",0x21AE},{"LEFT RIGHT ARROW WITH VERTICAL STROKE",0x21F9},
{"LEFT RIGHT DOUBLE ARROW",0x21D4},{"LEFT RIGHT DOUBLE ARROW WITH STROKE",0x21CE},
{"LEFT RIGHT OPEN-HEADED ARROW",0x21FF},{"LEFT RIGHT WAVE ARROW",0x21AD},{"LEFT SEMIDIRECT PRODUCT",0x22CB},
{"LEFT SINGLE QUOTATION MARK",0x2018},{"LEFT SQUARE BRACKET",0x5B},{"LEFT SQUARE BRACKET WITH QUILL",0x2045},
{"LEFT TACK",0x22A3},{"LEFT-HANDED INTERLACED PENTAGRAM",0x26E6},
{"LEFT-POINTING DOUBLE ANGLE QUOTATION MARK",0xAB},{"LEFT-SHADED WHITE RIGHTWARDS ARROW",0x27AA},
{"LEFT-TO-RIGHT EMBEDDING",0x202A},{"LEFT-TO-RIGHT OVERRIDE",0x202D},{"LEFTWARDS ARROW",0x2190},
{"LEFTWARDS ARROW FROM BAR",0x21A4},{"LEFTWARDS ARROW OVER RIGHTWARDS ARROW",0x21C6},
{"LEFTWARDS ARROW TO BAR",0x21E4},{"LEFTWARDS ARROW TO BAR OVER RIGHTWARDS ARROW TO BAR",0x21B9},
{"LEFTWARDS ARROW WITH DOUBLE VERTICAL STROKE",0x21FA},{"LEFTWARDS ARROW WITH HOOK",0x21A9},
{"LEFTWARDS ARROW WITH LOOP",0x21AB},{"LEFTWARDS ARROW WITH STROKE",0x219A},
{"LEFTWARDS ARROW WITH TAIL",0x21A2},{"LEFTWARDS ARROW WITH VERTICAL STROKE",0x21F7},
{"LEFTWARDS DASHED ARROW",0x21E0},{"LEFTWARDS DOUBLE ARROW",0x21D0},
{"LEFTWARDS DOUBLE ARROW WITH STROKE",0x21CD},{"LEFTWARDS HARPOON OVER RIGHTWARDS HARPOON",0x21CB},
{"LEFTWARDS HARPOON WITH BARB DOWNWARDS",0x21BD},{"LEFTWARDS HARPOON WITH BARB UPWARDS",0x21BC},
{"LEFTWARDS OPEN-HEADED ARROW",0x21FD},{"LEFTWARDS PAIRED ARROWS",0x21C7},{"LEFTWARDS SQUIGGLE ARROW",0x21DC},
{"LEFTWARDS TRIPLE ARROW",0x21DA},{"LEFTWARDS TWO HEADED ARROW",0x219E},{"LEFTWARDS WAVE ARROW",0x219C},
{"LEFTWARDS WHITE ARROW",0x21E6},{"LEO",0x264C},{"LESS-THAN BUT NOT EQUAL TO",0x2268},
{"LESS-THAN BUT NOT EQUIVALENT TO",0x22E6},{"LESS-THAN EQUAL TO OR GREATER-THAN",0x22DA},
{"LESS-THAN OR EQUAL TO",0x2264},{"LESS-THAN OR EQUIVALENT TO",0x2272},{"LESS-THAN OR GREATER-THAN",0x2276},
{"LESS-THAN OVER EQUAL TO",0x2266},{"LESS-THAN SIGN",0x3C},{"LESS-THAN WITH DOT",0x22D6},{"LF",0xA},
{"LIBRA",0x264E},{"LIGHT LEFT TORTOISE SHELL BRACKET ORNAMENT",0x2772},
{"LIGHT RIGHT TORTOISE SHELL BRACKET ORNAMENT",0x2773},{"LIGHT VERTICAL BAR",0x2758},{"LIGHTNING",0x2607},
{"LINE FEED",0xA},{"LINE SEPARATOR",0x2028},{"LINE TABULATION",0xB},{"LIRA SIGN",0x20A4},
{"LIVRE TOURNOIS SIGN",0x20B6},{"LOCK",0x1F512},{"LOGICAL AND",0x2227},{"LOGICAL OR",0x2228},
{"LOUDLY CRYING FACE",0x1F62D},{"LOW ASTERISK",0x204E},{"LOW LINE",0x5F},{"LOWER BLADE SCISSORS",0x2703},
{"LOWER HALF CIRCLE",0x25E1},{"LOWER HALF INVERSE WHITE CIRCLE",0x25DB},
{"LOWER LEFT QUADRANT CIRCULAR ARC",0x25DF},{"LOWER LEFT TRIANGLE",0x25FA},
{"LOWER RIGHT DROP-SHADOWED WHITE SQUARE",0x274F},{"LOWER RIGHT PENCIL",0x270E},
{"LOWER RIGHT QUADRANT CIRCULAR ARC",0x25DE},{"LOWER RIGHT SHADOWED WHITE SQUARE",0x2751},
{"LOWER RIGHT TRIANGLE",0x25FF},{"LOZENGE",0x25CA},{"MACRON",0xAF},{"MALE AND FEMALE SIGN",0x26A5},
{"MALE SIGN",0x2642},{"MALE WITH STROKE AND MALE AND FEMALE SIGN",0x26A7},{"MALE WITH STROKE SIGN",0x26A6},
{"MALTESE CROSS",0x2720},{"MANAT SIGN",0x20BC},{"MAP SYMBOL FOR LIGHTHOUSE",0x26EF},
{"MARRIAGE SYMBOL",0x26AD},{"MASCULINE ORDINAL INDICATOR",0xBA},{"MEASURED ANGLE",0x2221},
{"MEASURED BY",0x225E},{"MEDIUM BLACK CIRCLE",0x26AB},{"MEDIUM FLATTENED LEFT PARENTHESIS ORNAMENT",0x276A},
{"MEDIUM FLATTENED RIGHT PARENTHESIS ORNAMENT",0x276B},{"MEDIUM LEFT CURLY BRACKET ORNAMENT",0x2774},
{"MEDIUM LEFT PARENTHESIS ORNAMENT",0x2768},{"MEDIUM LEFT-POINTING ANGLE BRACKET ORNAMENT",0x276C},
{"MEDIUM RIGHT CURLY BRACKET ORNAMENT",0x2775},{"MEDIUM RIGHT PARENTHESIS ORNAMENT",0x2769},
{"MEDIUM RIGHT-POINTING ANGLE BRACKET ORNAMENT",0x276D},{"MEDIUM SMALL WHITE CIRCLE",0x26AC},
{"MEDIUM VERTICAL BAR",0x2759},{"MEDIUM WHITE CIRCLE",0x26AA},{"MEMO",0x1F4DD},{"MERCURY",0x263F},
{"MICRO SIGN",0xB5},{"MIDDLE DOT",0xB7},{"MIDLINE HORIZONTAL ELLIPSIS",0x22EF},{"MILL SIGN",0x20A5},
{"MINUS SIGN",0x2212},{"MINUS TILDE",0x2242},{"MINUS-OR-PLUS SIGN",0x2213},{"MODELS",0x22A7},
{"MODIFIER LETTER APOSTROPHE",0x2BC},{"MONOGRAM FOR YANG",0x268A},{"MONOGRAM FOR YIN",0x268B},
{"MOUNTAIN",0x26F0},{"MUCH GREATER-THAN",0x226B},{"MUCH LESS-THAN",0x226A},{"MULTIMAP",0x22B8},
{"MULTIPLICATION SIGN",0xD7},{"MULTIPLICATION X",0x2715},{"MULTISET",0x228C},
{"MULTISET MULTIPLICATION",0x228D},{"MULTISET UNION",0x228E},{"MUSIC FLAT SIGN",0x266D},
{"MUSIC NATURAL SIGN",0x266E},{"MUSIC SHARP SIGN",0x266F},{"N-ARY COPRODUCT",0x2210},
{"N-ARY INTERSECTION",0x22C2},{"N-ARY LOGICAL AND",0x22C0},{"N-ARY LOGICAL OR",0x22C1},
{"N-ARY PRODUCT",0x220F},{"N-ARY SUMMATION",0x2211},{"N-ARY UNION",0x22C3},{"NABLA",0x2207},
{"NAIRA SIGN",0x20A6},{"NAND",0x22BC},{"NARROW NO-BREAK SPACE",0x202F},{"NBSP",0xA0},
{"NEGATED DOUBLE VERTICAL BAR DOUBLE RIGHT TURNSTILE",0x22AF},{"NEGATIVE SQUARED CROSS MARK",0x274E},
{"NEITHER A SUBSET OF NOR EQUAL TO",0x2288},{"NEITHER A SUPERSET OF NOR EQUAL TO",0x2289},
{"NEITHER APPROXIMATELY NOR ACTUALLY EQUAL TO",0x2247},{"NEITHER GREATER-THAN NOR EQUAL TO",0x2271},
{"NEITHER GREATER-THAN NOR EQUIVALENT TO",0x2275},{"NEITHER GREATER-THAN NOR LESS-THAN",0x2279},
{"NEITHER LESS-THAN NOR EQUAL TO",0x2270},{"NEITHER LESS-THAN NOR EQUIVALENT TO",0x2274},
{"NEITHER LESS-THAN NOR GREATER-THAN",0x2278},{"NEPTUNE",0x2646},{"NEUTER",0x26B2},{"NEUTRAL FACE",0x1F610},
{"NEW LINE",0xA},{"NEW SHEQEL SIGN",0x20AA},{"NL",0xA},{"NO ENTRY",0x26D4},{"NO-BREAK SPACE",0xA0},
{"NON-BREAKING HYPHEN",0x2011},{"NOR",0x22BD},{"NORDIC MARK SIGN",0x20BB},{"NORMAL SUBGROUP OF",0x22B2},
{"NORMAL SUBGROUP OF OR EQUAL TO",0x22B4},{"NORTH EAST ARROW",0x2197},{"NORTH EAST DOUBLE ARROW",0x21D7},
{"NORTH WEST ARROW",0x2196},{"NORTH WEST ARROW TO CORNER",0x21F1},{"NORTH WEST ARROW TO LONG BAR",0x21B8},
{"NORTH WEST DOUBLE ARROW",0x21D6},{"NOT A SUBSET OF",0x2284},{"NOT A SUPERSET OF",0x2285},
{"NOT ALMOST EQUAL TO",0x2249},{"NOT AN ELEMENT OF",0x2209},{"NOT ASYMPTOTICALLY EQUAL TO",0x2244},
{"NOT EQUAL TO",0x2260},{"NOT EQUIVALENT TO",0x226D},{"NOT GREATER-THAN",0x226F},{"NOT IDENTICAL TO",0x2262},
{"NOT LESS-THAN",0x226E},{"NOT NORMAL SUBGROUP OF",0x22EA},{"NOT NORMAL SUBGROUP OF OR EQUAL TO",0x22EC},
{"NOT PARALLEL TO",0x2226},{"NOT SIGN",0xAC},{"NOT SQUARE IMAGE OF OR EQUAL TO",0x22E2},
{"NOT SQUARE ORIGINAL OF OR EQUAL TO",0x22E3},{"NOT TILDE",0x2241},{"NOT TRUE",0x22AD},
{"NOTCHED LOWER RIGHT-SHADOWED WHITE RIGHTWARDS ARROW",0x27AF},
{"NOTCHED UPPER RIGHT-SHADOWED WHITE RIGHTWARDS ARROW",0x27B1},{"NUL",0x0},{"NULL",0x0},{"NUMBER SIGN",0x23},
{"NUMERO SIGN",0x2116},{"OBJECT REPLACEMENT CHARACTER",0xFFFC},{"OHM SIGN",0x2126},{"OK HAND SIGN",0x1F44C},
{"ONE DOT LEADER",0x2024},{"OPEN CENTRE ASTERISK",0x2732},{"OPEN CENTRE BLACK STAR",0x272B},
{"OPEN CENTRE CROSS",0x271B},{"OPEN CENTRE TEARDROP-SPOKED ASTERISK",0x273C},
{"OPEN-OUTLINED RIGHTWARDS ARROW",0x27BE},{"OPHIUCHUS",0x26CE},{"OPPOSITION",0x260D},{"ORIGINAL OF",0x22B6},
{"ORTHODOX CROSS",0x2626},{"OUNCE SIGN",0x2125},{"OUTLINED BLACK STAR",0x272D},
{"OUTLINED GREEK CROSS",0x2719},{"OUTLINED LATIN CROSS",0x271F},{"OUTLINED WHITE STAR",0x269D},
{"OVERLINE",0x203E},{"PALLAS",0x26B4},{"PARAGRAPH SEPARATOR",0x2029},{"PARALLEL TO",0x2225},
{"PARTIAL DIFFERENTIAL",0x2202},{"PARTIALLY-RECYCLED PAPER SYMBOL",0x267D},{"PARTY POPPER",0x1F389},
{"PEACE SYMBOL",0x262E},{"PENCIL",0x270F},{"PENSIVE FACE",0x1F614},{"PENTAGRAM",0x26E4},
{"PER MILLE SIGN",0x2030},{"PER SIGN",0x214C},{"PER TEN THOUSAND SIGN",0x2031},{"PERCENT SIGN",0x25},
{"PERMANENT PAPER SIGN",0x267E},{"PERSEVERING FACE",0x1F623},{"PERSON BOWING DEEPLY",0x1F647},
{"PERSON FROWNING",0x1F64D},{"PERSON RAISING BOTH HANDS IN CELEBRATION",0x1F64C},{"PERSON WITH BALL",0x26F9},
{"PERSON WITH FOLDED HANDS",0x1F64F},{"PERSON WITH POUTING FACE",0x1F64E},{"PESETA SIGN",0x20A7},
{"PESO SIGN",0x20B1},{"PICK",0x26CF},{"PILCROW SIGN",0xB6},{"PILE OF POO",0x1F4A9},{"PINWHEEL STAR",0x272F},
{"PISCES",0x2653},{"PITCHFORK",0x22D4},{"PLANCK CONSTANT",0x210E},{"PLANCK CONSTANT OVER TWO PI",0x210F},
{"PLUS SIGN",0x2B},{"PLUS-MINUS SIGN",0xB1},{"PLUTO",0x2647},{"POP DIRECTIONAL FORMATTING",0x202C},
{"POUND SIGN",0xA3},{"POUTING CAT FACE",0x1F63E},{"POUTING FACE",0x1F621},{"PRECEDES",0x227A},
{"PRECEDES BUT NOT EQUIVALENT TO",0x22E8},{"PRECEDES OR EQUAL TO",0x227C},
{"PRECEDES OR EQUIVALENT TO",0x227E},{"PRECEDES UNDER RELATION",0x22B0},{"PRESCRIPTION TAKE",0x211E},
{"PRIME",0x2032},{"PROPERTY LINE",0x214A},{"PROPORTION",0x2237},{"PROPORTIONAL TO",0x221D},
{"PUSHPIN",0x1F4CC},{"QUADRUPLE PRIME",0x2057},{"QUARTER NOTE",0x2669},{"QUESTION EXCLAMATION MARK",0x2048},
{"QUESTION MARK",0x3F},{"QUESTIONED EQUAL TO",0x225F},{"QUINCUNX",0x26BB},{"QUOTATION MARK",0x22},
{"RADIOACTIVE SIGN",0x2622},{"RAIN",0x26C6},{"RAISED FIST",0x270A},{"RAISED HAND",0x270B},{"RATIO",0x2236},
{"RECYCLED PAPER SYMBOL",0x267C},{"RECYCLING SYMBOL FOR GENERIC MATERIALS",0x267A},
{"RECYCLING SYMBOL FOR TYPE-1 PLASTICS",0x2673},{"RECYCLING SYMBOL FOR TYPE-2 PLASTICS",0x2674},
{"RECYCLING SYMBOL FOR TYPE-3 PLASTICS",0x2675},{"RECYCLING SYMBOL FOR TYPE-4 PLASTICS",0x2676},
{"RECYCLING SYMBOL FOR TYPE-5 PLASTICS",0x2677},{"RECYCLING SYMBOL FOR TYPE-6 PLASTICS",0x2678},
{"RECYCLING SYMBOL FOR TYPE-7 PLASTICS",0x2679},{"RED APPLE",0x1F34E},{"REFERENCE MARK",0x203B},
{"REGISTERED SIGN",0xAE},{"RELIEVED FACE",0x1F60C},{"REPLACEMENT CHARACTER",0xFFFD},{"RESPONSE",0x211F},
{"RESTRICTED LEFT ENTRY-1",0x26E0},{"RESTRICTED LEFT ENTRY-2",0x26E1},{"REVERSE SOLIDUS",0x5C},
{"REVERSED DOUBLE PRIME",0x2036},{"REVERSED PILCROW SIGN",0x204B},{"REVERSED PRIME",0x2035},
{"REVERSED ROTATED FLORAL HEART BULLET",0x2619},{"REVERSED SANS-SERIF CAPITAL L",0x2143},
{"REVERSED SEMICOLON",0x204F},{"REVERSED TILDE",0x223D},{"REVERSED TILDE EQUALS",0x22CD},
{"REVERSED TRIPLE PRIME",0x2037},{"RIGHT ANGLE",0x221F},{"RIGHT ANGLE WITH ARC",0x22BE},
{"RIGHT ARROW WITH SMALL CIRCLE",0x21F4},{"RIGHT CURLY BRACKET",0x7D},{"RIGHT DOUBLE QUOTATION MARK",0x201D},
{"RIGHT HALF BLACK CIRCLE",0x25D7},{"RIGHT NORMAL FACTOR SEMIDIRECT PRODUCT",0x22CA},
{"RIGHT PARENTHESIS",0x29},{"RIGHT SEMIDIRECT PRODUCT",0x22CC},{"RIGHT SINGLE QUOTATION MARK",0x2019},
{"RIGHT SQUARE BRACKET",0x5D},{"RIGHT SQUARE BRACKET WITH QUILL",0x2046},{"RIGHT TACK",0x22A2},
{"RIGHT TRIANGLE",0x22BF},{"RIGHT-HANDED INTERLACED PENTAGRAM",0x26E5},
{"RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK",0xBB},{"RIGHT-SHADED WHITE RIGHTWARDS ARROW",0x27A9},
{"RIGHT-TO-LEFT EMBEDDING",0x202B},{"RIGHT-TO-LEFT OVERRIDE",0x202E},{"RIGHTWARDS ARROW",0x2192},
{"RIGHTWARDS ARROW FROM BAR",0x21A6},{"RIGHTWARDS ARROW OVER LEFTWARDS ARROW",0x21C4},
{"RIGHTWARDS ARROW TO BAR",0x21E5},{"RIGHTWARDS ARROW WITH CORNER DOWNWARDS",0x21B4},
{"RIGHTWARDS ARROW WITH DOUBLE VERTICAL STROKE",0x21FB},{"RIGHTWARDS ARROW WITH HOOK",0x21AA},
{"RIGHTWARDS ARROW WITH LOOP",0x21AC},{"RIGHTWARDS ARROW WITH STROKE",0x219B},
{"RIGHTWARDS ARROW WITH TAIL",0x21A3},{"RIGHTWARDS ARROW WITH VERTICAL STROKE",0x21F8},
{"RIGHTWARDS DASHED ARROW",0x21E2},{"RIGHTWARDS DOUBLE ARROW",0x21D2},
{"RIGHTWARDS DOUBLE ARROW WITH STROKE",0x21CF},{"RIGHTWARDS HARPOON OVER LEFTWARDS HARPOON",0x21CC},
{"RIGHTWARDS HARPOON WITH BARB DOWNWARDS",0x21C1},{"RIGHTWARDS HARPOON WITH BARB UPWARDS",0x21C0},
{"RIGHTWARDS OPEN-HEADED ARROW",0x21FE},{"RIGHTWARDS PAIRED ARROWS",0x21C9},
{"RIGHTWARDS SQUIGGLE ARROW",0x21DD},{"RIGHTWARDS TRIPLE ARROW",0x21DB},
{"RIGHTWARDS TWO HEADED ARROW",0x21A0},{"RIGHTWARDS WAVE ARROW",0x219D},{"RIGHTWARDS WHITE ARROW",0x21E8},
{"RIGHTWARDS WHITE ARROW FROM WALL",0x21F0},{"RING EQUAL TO",0x2257},{"RING IN EQUAL TO",0x2256},
{"RING OPERATOR",0x2218},{"ROBOT FACE",0x1F916},{"ROCKET",0x1F680},{"ROMAN NUMERAL EIGHT",0x2167},
{"ROMAN NUMERAL ELEVEN",0x216A},{"ROMAN NUMERAL FIFTY",0x216C},{"ROMAN NUMERAL FIFTY EARLY FORM",0x2186},
{"ROMAN NUMERAL FIFTY THOUSAND",0x2187},{"ROMAN NUMERAL FIVE",0x2164},{"ROMAN NUMERAL FIVE HUNDRED",0x216E},
{"ROMAN NUMERAL FIVE THOUSAND",0x2181},{"ROMAN NUMERAL FOUR",0x2163},{"ROMAN NUMERAL NINE",0x2168},
{"ROMAN NUMERAL ONE",0x2160},{"ROMAN NUMERAL ONE HUNDRED",0x216D},
{"ROMAN NUMERAL ONE HUNDRED THOUSAND",0x2188},{"ROMAN NUMERAL ONE THOUSAND",0x216F},
{"ROMAN NUMERAL ONE THOUSAND C D",0x2180},{"ROMAN NUMERAL REVERSED ONE HUNDRED",0x2183},
{"ROMAN NUMERAL SEVEN",0x2166},{"ROMAN NUMERAL SIX",0x2165},{"ROMAN NUMERAL SIX LATE FORM",0x2185},
{"ROMAN NUMERAL TEN",0x2169},{"ROMAN NUMERAL TEN THOUSAND",0x2182},{"ROMAN NUMERAL THREE",0x2162},
{"ROMAN NUMERAL TWELVE",0x216B},{"ROMAN NUMERAL TWO",0x2161},{"ROTATED CAPITAL Q",0x213A},
{"ROTATED FLORAL HEART BULLET",0x2767},{"ROTATED HEAVY BLACK HEART BULLET",0x2765},{"RUBLE SIGN",0x20BD},
{"RUPEE SIGN",0x20A8},{"SAGITTARIUS",0x2650},{"SAILBOAT",0x26F5},{"SALTIRE",0x2613},{"SATURN",0x2644},
{"SCALES",0x2696},{"SCORPIUS",0x264F},{"SCRIPT CAPITAL B",0x212C},{"SCRIPT CAPITAL E",0x2130},
{"SCRIPT CAPITAL F",0x2131},{"SCRIPT CAPITAL H",0x210B},{"SCRIPT CAPITAL I",0x2110},
{"SCRIPT CAPITAL L",0x2112},{"SCRIPT CAPITAL M",0x2133},{"SCRIPT CAPITAL P",0x2118},
{"SCRIPT CAPITAL R",0x211B},{"SCRIPT SMALL E",0x212F},{"SCRIPT SMALL G",0x210A},{"SCRIPT SMALL L",0x2113},
{"SCRIPT SMALL O",0x2134},{"SCRUPLE",0x2108},{"SECTION SIGN",0xA7},{"SEE-NO-EVIL MONKEY",0x1F648},
{"SEMICOLON",0x3B},{"SEMISEXTILE",0x26BA},{"SERVICE MARK",0x2120},{"SESQUIQUADRATE",0x26BC},
{"SET MINUS",0x2216},{"SEXTILE",0x26B9},{"SHADOWED WHITE CIRCLE",0x274D},
{"SHADOWED WHITE LATIN CROSS",0x271E},{"SHADOWED WHITE STAR",0x2730},{"SHAMROCK",0x2618},
{"SHINTO SHRINE",0x26E9},{"SHY",0xAD},{"SINE WAVE",0x223F},{"SINGLE HIGH-REVERSED-9 QUOTATION MARK",0x201B},
{"SINGLE LEFT-POINTING ANGLE QUOTATION MARK",0x2039},{"SINGLE LOW-9 QUOTATION MARK",0x201A},
{"SINGLE RIGHT-POINTING ANGLE QUOTATION MARK",0x203A},{"SIX PETALLED BLACK AND WHITE FLORETTE",0x273E},
{"SIX POINTED BLACK STAR",0x2736},{"SIXTEEN POINTED ASTERISK",0x273A},{"SKIER",0x26F7},
{"SKULL AND CROSSBONES",0x2620},{"SLEEPING FACE",0x1F634},{"SLEEPY FACE",0x1F62A},
{"SLIGHTLY FROWNING FACE",0x1F641},{"SLIGHTLY SMILING FACE",0x1F642},{"SMALL CONTAINS AS MEMBER",0x220D},
{"SMALL CONTAINS WITH OVERBAR",0x22FE},
{"SMALL CONTAINS WITH VERTICAL BAR AT END OF HORIZONTAL STROKE",0x22FC},{"SMALL ELEMENT OF",0x220A},
{"SMALL ELEMENT OF WITH OVERBAR",0x22F7},
{"SMALL ELEMENT OF WITH VERTICAL BAR AT END OF HORIZONTAL STROKE",0x22F4},
{"SMALL ROMAN NUMERAL EIGHT",0x2177},{"SMALL ROMAN NUMERAL ELEVEN",0x217A},
{"SMALL ROMAN NUMERAL FIFTY",0x217C},{"SMALL ROMAN NUMERAL FIVE",0x2174},
{"SMALL ROMAN NUMERAL FIVE HUNDRED",0x217E},{"SMALL ROMAN NUMERAL FOUR",0x2173},
{"SMALL ROMAN NUMERAL NINE",0x2178},{"SMALL ROMAN NUMERAL ONE",0x2170},
{"SMALL ROMAN NUMERAL ONE HUNDRED",0x217D},{"SMALL ROMAN NUMERAL ONE THOUSAND",0x217F},
{"SMALL ROMAN NUMERAL SEVEN",0x2176},{"SMALL ROMAN NUMERAL SIX",0x2175},{"SMALL ROMAN NUMERAL TEN",0x2179},
{"SMALL ROMAN NUMERAL THREE",0x2172},{"SMALL ROMAN NUMERAL TWELVE",0x217B},{"SMALL ROMAN NUMERAL TWO",0x2171},
{"SMILING CAT FACE WITH HEART-SHAPED EYES",0x1F63B},{"SMILING CAT FACE WITH OPEN MOUTH",0x1F63A},
{"SMILING FACE WITH HALO",0x1F607},{"SMILING FACE WITH HEART-SHAPED EYES",0x1F60D},
{"SMILING FACE WITH HORNS",0x1F608},{"SMILING FACE WITH OPEN MOUTH",0x1F603},
{"SMILING FACE WITH OPEN MOUTH AND COLD SWEAT",0x1F605},
{"SMILING FACE WITH OPEN MOUTH AND SMILING EYES",0x1F604},
{"SMILING FACE WITH OPEN MOUTH AND TIGHTLY-CLOSED EYES",0x1F606},{"SMILING FACE WITH SMILING EYES",0x1F60A},
{"SMILING FACE WITH SUNGLASSES",0x1F60E},{"SMIRKING FACE",0x1F60F},{"SNAKE",0x1F40D},{"SNOWFLAKE",0x2744},
{"SNOWMAN",0x2603},{"SNOWMAN WITHOUT SNOW",0x26C4},{"SOCCER BALL",0x26BD},{"SOFT HYPHEN",0xAD},
{"SOLIDUS",0x2F},{"SOM SIGN",0x20C0},{"SOUND RECORDING COPYRIGHT",0x2117},{"SOUTH EAST ARROW",0x2198},
{"SOUTH EAST ARROW TO CORNER",0x21F2},{"SOUTH EAST DOUBLE ARROW",0x21D8},{"SOUTH WEST ARROW",0x2199},
{"SOUTH WEST DOUBLE ARROW",0x21D9},{"SP",0x20},{"SPACE",0x20},{"SPARKLE",0x2747},{"SPARKLES",0x2728},
{"SPEAK-NO-EVIL MONKEY",0x1F64A},{"SPESMILO SIGN",0x20B7},{"SPHERICAL ANGLE",0x2222},{"SQUARE CAP",0x2293},
{"SQUARE CUP",0x2294},{"SQUARE FOUR CORNERS",0x26F6},{"SQUARE IMAGE OF",0x228F},
{"SQUARE IMAGE OF OR EQUAL TO",0x2291},{"SQUARE IMAGE OF OR NOT EQUAL TO",0x22E4},
{"SQUARE ORIGINAL OF",0x2290},{"SQUARE ORIGINAL OF OR EQUAL TO",0x2292},
{"SQUARE ORIGINAL OF OR NOT EQUAL TO",0x22E5},{"SQUARE ROOT",0x221A},
{"SQUARE WITH DIAGONAL CROSSHATCH FILL",0x25A9},{"SQUARE WITH HORIZONTAL FILL",0x25A4},
{"SQUARE WITH LEFT HALF BLACK",0x25E7},{"SQUARE WITH LOWER RIGHT DIAGONAL HALF BLACK",0x25EA},
{"SQUARE WITH ORTHOGONAL CROSSHATCH FILL",0x25A6},{"SQUARE WITH RIGHT HALF BLACK",0x25E8},
{"SQUARE WITH UPPER LEFT DIAGONAL HALF BLACK",0x25E9},{"SQUARE WITH UPPER LEFT TO LOWER RIGHT FILL",0x25A7},
{"SQUARE WITH UPPER RIGHT TO LOWER LEFT FILL",0x25A8},{"SQUARE WITH VERTICAL FILL",0x25A5},
{"SQUARED DOT OPERATOR",0x22A1},{"SQUARED KEY",0x26BF},{"SQUARED MINUS",0x229F},{"SQUARED PLUS",0x229E},
{"SQUARED SALTIRE",0x26DD},{"SQUARED TIMES",0x22A0},{"SQUAT BLACK RIGHTWARDS ARROW",0x27A7},
{"STAFF OF AESCULAPIUS",0x2695},{"STAFF OF HERMES",0x269A},{"STAR AND CRESCENT",0x262A},
{"STAR EQUALS",0x225B},{"STAR OF DAVID",0x2721},{"STAR OPERATOR",0x22C6},
{"STRESS OUTLINED WHITE STAR",0x2729},{"STRICTLY EQUIVALENT TO",0x2263},{"SUBSCRIPT EIGHT",0x2088},
{"SUBSCRIPT EQUALS SIGN",0x208C},{"SUBSCRIPT FIVE",0x2085},{"SUBSCRIPT FOUR",0x2084},
{"SUBSCRIPT LEFT PARENTHESIS",0x208D},{"SUBSCRIPT MINUS",0x208B},{"SUBSCRIPT NINE",0x2089},
{"SUBSCRIPT ONE",0x2081},{"SUBSCRIPT PLUS SIGN",0x208A},{"SUBSCRIPT RIGHT PARENTHESIS",0x208E},
{"SUBSCRIPT SEVEN",0x2087},{"SUBSCRIPT SIX",0x2086},{"SUBSCRIPT THREE",0x2083},{"SUBSCRIPT TWO",0x2082},
{"SUBSCRIPT ZERO",0x2080},{"SUBSET OF",0x2282},{"SUBSET OF OR EQUAL TO",0x2286},
{"SUBSET OF WITH NOT EQUAL TO",0x228A},{"SUCCEEDS",0x227B},{"SUCCEEDS BUT NOT EQUIVALENT TO",0x22E9},
{"SUCCEEDS OR EQUAL TO",0x227D},{"SUCCEEDS OR EQUIVALENT TO",0x227F},{"SUCCEEDS UNDER RELATION",0x22B1},
{"SUN",0x2609},{"SUN BEHIND CLOUD",0x26C5},{"SUPERSCRIPT EIGHT",0x2078},{"SUPERSCRIPT EQUALS SIGN",0x207C},
{"SUPERSCRIPT FIVE",0x2075},{"SUPERSCRIPT FOUR",0x2074},{"SUPERSCRIPT LATIN SMALL LETTER I",0x2071},
{"SUPERSCRIPT LATIN SMALL LETTER N",0x207F},{"SUPERSCRIPT LEFT PARENTHESIS",0x207D},
{"SUPERSCRIPT MINUS",0x207B},{"SUPERSCRIPT NINE",0x2079},{"SUPERSCRIPT ONE",0xB9},
{"SUPERSCRIPT PLUS SIGN",0x207A},{"SUPERSCRIPT RIGHT PARENTHESIS",0x207E},{"SUPERSCRIPT SEVEN",0x2077},
{"SUPERSCRIPT SIX",0x2076},{"SUPERSCRIPT THREE",0xB3},{"SUPERSCRIPT TWO",0xB2},{"SUPERSCRIPT ZERO",0x2070},
{"SUPERSET OF",0x2283},{"SUPERSET OF OR EQUAL TO",0x2287},{"SUPERSET OF WITH NOT EQUAL TO",0x228B},
{"SURFACE INTEGRAL",0x222F},{"SWUNG DASH",0x2053},{"SYMBOL FOR SAMARITAN SOURCE",0x214F},{"TAB",0x9},
{"TAPE DRIVE",0x2707},{"TAURUS",0x2649},{"TEARDROP-BARBED RIGHTWARDS ARROW",0x27BA},
{"TEARDROP-SPOKED ASTERISK",0x273B},{"TELEPHONE LOCATION SIGN",0x2706},{"TELEPHONE SIGN",0x2121},
{"TENGE SIGN",0x20B8},{"TENT",0x26FA},{"THAI CHARACTER KO KAI",0xE01},{"THERE DOES NOT EXIST",0x2204},
{"THERE EXISTS",0x2203},{"THEREFORE",0x2234},{"THINKING FACE",0x1F914},{"THREE DOT PUNCTUATION",0x2056},
{"THREE LINES CONVERGING LEFT",0x269F},{"THREE LINES CONVERGING RIGHT",0x269E},
{"THREE RIGHTWARDS ARROWS",0x21F6},{"THREE-D BOTTOM-LIGHTED RIGHTWARDS ARROWHEAD",0x27A3},
{"THREE-D TOP-LIGHTED RIGHTWARDS ARROWHEAD",0x27A2},{"THUMBS UP SIGN",0x1F44D},
{"THUNDER CLOUD AND RAIN",0x26C8},{"THUNDERSTORM",0x2608},{"TIGHT TRIFOLIATE SNOWFLAKE",0x2745},
{"TILDE",0x7E},{"TILDE OPERATOR",0x223C},{"TIRED FACE",0x1F62B},{"TIRONIAN SIGN ET",0x204A},
{"TRADE MARK SIGN",0x2122},{"TRIANGLE-HEADED RIGHTWARDS ARROW",0x279D},{"TRIANGULAR BULLET",0x2023},
{"TRICOLON",0x205D},{"TRIGRAM FOR EARTH",0x2637},{"TRIGRAM FOR FIRE",0x2632},{"TRIGRAM FOR HEAVEN",0x2630},
{"TRIGRAM FOR LAKE",0x2631},{"TRIGRAM FOR MOUNTAIN",0x2636},{"TRIGRAM FOR THUNDER",0x2633},
{"TRIGRAM FOR WATER",0x2635},{"TRIGRAM FOR WIND",0x2634},{"TRIPLE INTEGRAL",0x222D},{"TRIPLE PRIME",0x2034},
{"TRIPLE TILDE",0x224B},{"TRIPLE VERTICAL BAR RIGHT TURNSTILE",0x22AA},{"TROPHY",0x1F3C6},{"TRUE",0x22A8},
{"TUGRIK SIGN",0x20AE},{"TURKISH LIRA SIGN",0x20BA},{"TURNED AMPERSAND",0x214B},
{"TURNED BLACK SHOGI PIECE",0x26CA},{"TURNED CAPITAL F",0x2132},{"TURNED DIGIT THREE",0x218B},
{"TURNED DIGIT TWO",0x218A},{"TURNED GREEK SMALL LETTER IOTA",0x2129},{"TURNED SANS-SERIF CAPITAL G",0x2141},
{"TURNED SANS-SERIF CAPITAL L",0x2142},{"TURNED SANS-SERIF CAPITAL Y",0x2144},{"TURNED SMALL F",0x214E},
{"TURNED WHITE SHOGI PIECE",0x26C9},{"TWELVE POINTED BLACK STAR",0x2739},
{"TWO ASTERISKS ALIGNED VERTICALLY",0x2051},{"TWO DOT LEADER",0x2025},{"TWO DOT PUNCTUATION",0x205A},
{"UMBRELLA",0x2602},{"UMBRELLA ON GROUND",0x26F1},{"UMBRELLA WITH RAIN DROPS",0x2614},
{"UNAMUSED FACE",0x1F612},{"UNDERTIE",0x203F},{"UNION",0x222A},{"UNIVERSAL RECYCLING SYMBOL",0x2672},
{"UNMARRIED PARTNERSHIP SYMBOL",0x26AF},{"UP DOWN ARROW",0x2195},{"UP DOWN ARROW WITH BASE",0x21A8},
{"UP DOWN DOUBLE ARROW",0x21D5},{"UP DOWN WHITE ARROW",0x21F3},{"UP RIGHT DIAGONAL ELLIPSIS",0x22F0},
{"UP TACK",0x22A5},{"UP-POINTING TRIANGLE WITH LEFT HALF BLACK",0x25ED},
{"UP-POINTING TRIANGLE WITH RIGHT HALF BLACK",0x25EE},{"UPPER BLADE SCISSORS",0x2701},
{"UPPER HALF CIRCLE",0x25E0},{"UPPER HALF INVERSE WHITE CIRCLE",0x25DA},
{"UPPER LEFT QUADRANT CIRCULAR ARC",0x25DC},{"UPPER LEFT TRIANGLE",0x25F8},
{"UPPER RIGHT DROP-SHADOWED WHITE SQUARE",0x2750},{"UPPER RIGHT PENCIL",0x2710},
{"UPPER RIGHT QUADRANT CIRCULAR ARC",0x25DD},{"UPPER RIGHT SHADOWED WHITE SQUARE",0x2752},
{"UPPER RIGHT TRIANGLE",0x25F9},{"UPSIDE-DOWN FACE",0x1F643},{"UPWARDS ARROW",0x2191},
{"UPWARDS ARROW FROM BAR",0x21A5},{"UPWARDS ARROW LEFTWARDS OF DOWNWARDS ARROW",0x21C5},
{"UPWARDS ARROW WITH DOUBLE STROKE",0x21DE},{"UPWARDS ARROW WITH TIP LEFTWARDS",0x21B0},
{"UPWARDS ARROW WITH TIP RIGHTWARDS",0x21B1},{"UPWARDS DASHED ARROW",0x21E1},{"UPWARDS DOUBLE ARROW",0x21D1},
{"UPWARDS HARPOON WITH BARB LEFTWARDS",0x21BF},{"UPWARDS HARPOON WITH BARB RIGHTWARDS",0x21BE},
{"UPWARDS PAIRED ARROWS",0x21C8},{"UPWARDS TWO HEADED ARROW",0x219F},{"UPWARDS WHITE ARROW",0x21E7},
{"UPWARDS WHITE ARROW FROM BAR",0x21EA},{"UPWARDS WHITE ARROW ON PEDESTAL",0x21EB},
{"UPWARDS WHITE ARROW ON PEDESTAL WITH HORIZONTAL BAR",0x21EC},
{"UPWARDS WHITE ARROW ON PEDESTAL WITH VERTICAL BAR",0x21ED},{"UPWARDS WHITE DOUBLE ARROW",0x21EE},
{"UPWARDS WHITE DOUBLE ARROW ON PEDESTAL",0x21EF},{"URANUS",0x2645},{"VERSICLE",0x2123},
{"VERTICAL ELLIPSIS",0x22EE},{"VERTICAL FOUR DOTS",0x205E},{"VERTICAL LINE",0x7C},
{"VERTICAL MALE WITH STROKE SIGN",0x26A8},{"VERY MUCH GREATER-THAN",0x22D9},{"VERY MUCH LESS-THAN",0x22D8},
{"VESTA",0x26B6},{"VICTORY HAND",0x270C},{"VIRGO",0x264D},{"VOLUME INTEGRAL",0x2230},{"VT",0xB},
{"VULGAR FRACTION FIVE EIGHTHS",0x215D},{"VULGAR FRACTION FIVE SIXTHS",0x215A},
{"VULGAR FRACTION FOUR FIFTHS",0x2158},{"VULGAR FRACTION ONE EIGHTH",0x215B},
{"VULGAR FRACTION ONE FIFTH",0x2155},{"VULGAR FRACTION ONE HALF",0xBD},{"VULGAR FRACTION ONE NINTH",0x2151},
{"VULGAR FRACTION ONE QUARTER",0xBC},{"VULGAR FRACTION ONE SEVENTH",0x2150},
{"VULGAR FRACTION ONE SIXTH",0x2159},{"VULGAR FRACTION ONE TENTH",0x2152},
{"VULGAR FRACTION ONE THIRD",0x2153},{"VULGAR FRACTION SEVEN EIGHTHS",0x215E},
{"VULGAR FRACTION THREE EIGHTHS",0x215C},{"VULGAR FRACTION THREE FIFTHS",0x2157},
{"VULGAR FRACTION THREE QUARTERS",0xBE},{"VULGAR FRACTION TWO FIFTHS",0x2156},
{"VULGAR FRACTION TWO THIRDS",0x2154},{"VULGAR FRACTION ZERO THIRDS",0x2189},{"WARNING SIGN",0x26A0},
{"WATCH",0x231A},{"WAVING HAND SIGN",0x1F44B},{"WEARY CAT FACE",0x1F640},{"WEARY FACE",0x1F629},
{"WEDGE-TAILED RIGHTWARDS ARROW",0x27BC},{"WEST SYRIAC CROSS",0x2670},{"WHEEL OF DHARMA",0x2638},
{"WHEELCHAIR SYMBOL",0x267F},{"WHITE BULLET",0x25E6},{"WHITE CHESS BISHOP",0x2657},
{"WHITE CHESS KING",0x2654},{"WHITE CHESS KNIGHT",0x2658},{"WHITE CHESS PAWN",0x2659},
{"WHITE CHESS QUEEN",0x2655},{"WHITE CHESS ROOK",0x2656},{"WHITE CIRCLE",0x25CB},
{"WHITE CIRCLE WITH DOT RIGHT",0x2686},{"WHITE CIRCLE WITH LOWER LEFT QUADRANT",0x25F5},
{"WHITE CIRCLE WITH LOWER RIGHT QUADRANT",0x25F6},{"WHITE CIRCLE WITH TWO DOTS",0x2687},
{"WHITE CIRCLE WITH UPPER LEFT QUADRANT",0x25F4},{"WHITE CIRCLE WITH UPPER RIGHT QUADRANT",0x25F7},
{"WHITE CLUB SUIT",0x2667},{"WHITE DIAMOND",0x25C7},{"WHITE DIAMOND CONTAINING BLACK SMALL DIAMOND",0x25C8},
{"WHITE DIAMOND IN SQUARE",0x26CB},{"WHITE DIAMOND SUIT",0x2662},{"WHITE DOWN POINTING INDEX",0x261F},
{"WHITE DOWN-POINTING SMALL TRIANGLE",0x25BF},{"WHITE DOWN-POINTING TRIANGLE",0x25BD},
{"WHITE DRAUGHTS KING",0x26C1},{"WHITE DRAUGHTS MAN",0x26C0},{"WHITE EXCLAMATION MARK ORNAMENT",0x2755},
{"WHITE FLAG",0x2690},{"WHITE FLAG WITH HORIZONTAL MIDDLE BLACK STRIPE",0x26FF},{"WHITE FLORETTE",0x2740},
{"WHITE FOUR POINTED STAR",0x2727},{"WHITE FROWNING FACE",0x2639},{"WHITE HEART SUIT",0x2661},
{"WHITE HEAVY CHECK MARK",0x2705},{"WHITE LEFT LANE MERGE",0x26D9},{"WHITE LEFT POINTING INDEX",0x261C},
{"WHITE LEFT-POINTING POINTER",0x25C5},{"WHITE LEFT-POINTING SMALL TRIANGLE",0x25C3},
{"WHITE LEFT-POINTING TRIANGLE",0x25C1},{"WHITE MEDIUM SMALL SQUARE",0x25FD},{"WHITE MEDIUM SQUARE",0x25FB},
{"WHITE MEDIUM STAR",0x2B50},{"WHITE NIB",0x2711},{"WHITE PARALLELOGRAM",0x25B1},
{"WHITE QUESTION MARK ORNAMENT",0x2754},{"WHITE RECTANGLE",0x25AD},{"WHITE RIGHT POINTING INDEX",0x261E},
{"WHITE RIGHT-POINTING POINTER",0x25BB},{"WHITE RIGHT-POINTING SMALL TRIANGLE",0x25B9},
{"WHITE RIGHT-POINTING TRIANGLE",0x25B7},{"WHITE SCISSORS",0x2704},{"WHITE SHOGI PIECE",0x2616},
{"WHITE SMALL SQUARE",0x25AB},{"WHITE SMILING FACE",0x263A},{"WHITE SPADE SUIT",0x2664},
{"WHITE SQUARE",0x25A1},{"WHITE SQUARE CONTAINING BLACK SMALL SQUARE",0x25A3},
{"WHITE SQUARE WITH LOWER LEFT QUADRANT",0x25F1},{"WHITE SQUARE WITH LOWER RIGHT QUADRANT",0x25F2},
{"WHITE SQUARE WITH ROUNDED CORNERS",0x25A2},{"WHITE SQUARE WITH UPPER LEFT QUADRANT",0x25F0},
{"WHITE SQUARE WITH UPPER RIGHT QUADRANT",0x25F3},{"WHITE SQUARE WITH VERTICAL BISECTING LINE",0x25EB},
{"WHITE STAR",0x2606},{"WHITE SUN WITH RAYS",0x263C},{"WHITE TELEPHONE",0x260F},
{"WHITE TWO-WAY LEFT WAY TRAFFIC",0x26D7},{"WHITE UP POINTING INDEX",0x261D},
{"WHITE UP-POINTING SMALL TRIANGLE",0x25B5},{"WHITE UP-POINTING TRIANGLE",0x25B3},
{"WHITE UP-POINTING TRIANGLE WITH DOT",0x25EC},{"WHITE VERTICAL RECTANGLE",0x25AF},
{"WHITE-FEATHERED RIGHTWARDS ARROW",0x27B3},{"WINKING FACE",0x1F609},{"WON SIGN",0x20A9},
{"WORRIED FACE",0x1F61F},{"WREATH PRODUCT",0x2240},{"WRENCH",0x1F527},{"WRITING HAND",0x270D},{"XOR",0x22BB},
{"YEN SIGN",0xA5},{"YIN YANG",0x262F},{"Z NOTATION BAG MEMBERSHIP",0x22FF},
{"ZERO WIDTH NO-BREAK SPACE",0xFEFF},{"ZWJ",0x200D},{"ZWNJ",0x200C},{"ZWSP",0x200B},
};

int hexval(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

std::string unicode_error(size_t a, size_t b, const char* what) {
  char buf[200];
  std::snprintf(buf, sizeof buf, "(unicode error) 'unicodeescape' codec can't decode bytes in position %zu-%zu: %s", a, b,
                what);
  return buf;
}

// Decodes a literal body. `fmiddle`: an f-string's literal part ("{{" and "}}" collapse).
bool decode_body(std::string_view body, bool raw, bool bytes, bool fmiddle, std::string& out, StringDecodeError& err,
                 std::vector<DecodeWarning>& warns) {
  out.reserve(out.size() + body.size());
  int line_delta = 0;
  auto warn = [&](std::string msg) {
    DecodeWarning w;
    w.line_delta = line_delta;
    w.msg = std::move(msg);
    warns.push_back(std::move(w));
  };
  size_t n = body.size();
  for (size_t i = 0; i < n;) {
    char c = body[i];
    if (c == '\n') line_delta++;
    if (fmiddle && (c == '{' || c == '}') && i + 1 < n && body[i + 1] == c) {
      out.push_back(c);
      i += 2;
      continue;
    }
    if (bytes && static_cast<unsigned char>(c) >= 0x80) {
      err.msg = "bytes can only contain ASCII literal characters";
      return false;
    }
    if (c != '\\' || raw) {
      out.push_back(c);
      i++;
      continue;
    }
    // An escape.
    size_t start = i;
    if (i + 1 >= n) {
      // Only possible in an f-string part that stops before '{': "\{" in f"\{x}".
      if (fmiddle) warn("invalid escape sequence '\\{'");
      out.push_back('\\');
      i++;
      continue;
    }
    char e = body[i + 1];
    i += 2;
    switch (e) {
      case '\n': line_delta++; break;
      case '\\': out.push_back('\\'); break;
      case '\'': out.push_back('\''); break;
      case '"': out.push_back('"'); break;
      case 'a': out.push_back('\a'); break;
      case 'b': out.push_back('\b'); break;
      case 'f': out.push_back('\f'); break;
      case 'n': out.push_back('\n'); break;
      case 'r': out.push_back('\r'); break;
      case 't': out.push_back('\t'); break;
      case 'v': out.push_back('\v'); break;
      case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
        uint32_t v = static_cast<uint32_t>(e - '0');
        int digits = 1;
        while (digits < 3 && i < n && body[i] >= '0' && body[i] <= '7') {
          v = v * 8 + static_cast<uint32_t>(body[i] - '0');
          i++;
          digits++;
        }
        if (v > 0377) {
          warn("invalid octal escape sequence '\\" + std::string(body.substr(start + 1, i - start - 1)) + "'");
          if (bytes) v &= 0xFF;
        }
        if (bytes) out.push_back(static_cast<char>(v));
        else utf8_append(out, v);
        break;
      }
      case 'x': {
        int d1 = i < n ? hexval(body[i]) : -1;
        int d2 = d1 >= 0 && i + 1 < n ? hexval(body[i + 1]) : -1;
        if (d1 < 0 || d2 < 0) {
          if (bytes) {
            char buf[80];
            std::snprintf(buf, sizeof buf, "(value error) invalid \\x escape at position %zu", start);
            err.msg = buf;
          } else {
            err.msg = unicode_error(start, start + 1 + (d1 >= 0 ? 1 : 0), "truncated \\xXX escape");
          }
          return false;
        }
        uint32_t v = static_cast<uint32_t>(d1 * 16 + d2);
        i += 2;
        if (bytes) out.push_back(static_cast<char>(v));
        else utf8_append(out, v);
        break;
      }
      case 'u': case 'U': {
        if (bytes) {
          warn(std::string("invalid escape sequence '\\") + e + "'");
          out.push_back('\\');
          out.push_back(e);
          break;
        }
        int need = e == 'u' ? 4 : 8;
        uint32_t v = 0;
        int got = 0;
        while (got < need && i < n && hexval(body[i]) >= 0) {
          v = v * 16 + static_cast<uint32_t>(hexval(body[i]));
          i++;
          got++;
        }
        if (got < need) {
          err.msg = unicode_error(start, start + 1 + got, e == 'u' ? "truncated \\uXXXX escape" : "truncated \\UXXXXXXXX escape");
          return false;
        }
        if (v > 0x10FFFF) {
          err.msg = unicode_error(start, start + 9, "illegal Unicode character");
          return false;
        }
        utf8_append(out, v);
        break;
      }
      case 'N': {
        if (bytes) {
          warn("invalid escape sequence '\\N'");
          out.push_back('\\');
          out.push_back('N');
          break;
        }
        if (i >= n || body[i] != '{') {
          err.msg = unicode_error(start, start + 1, "malformed \\N character escape");
          return false;
        }
        size_t close = body.find('}', i);
        if (close == std::string_view::npos || close == i + 1) {
          err.msg = unicode_error(start, (close == std::string_view::npos ? n : close + 1) - 1,
                                  "malformed \\N character escape");
          return false;
        }
        uint32_t cp;
        if (!lookup_unicode_name(body.substr(i + 1, close - i - 1), cp)) {
          err.msg = unicode_error(start, close, "unknown Unicode character name");
          return false;
        }
        utf8_append(out, cp);
        i = close + 1;
        break;
      }
      default: {
        // Invalid escape: kept as is, with a SyntaxWarning.
        uint32_t cp = static_cast<unsigned char>(e);
        int len = 1;
        if (cp >= 0x80) {
          len = utf8_decode(body.data() + i - 1, body.data() + n, cp);
          if (!len) len = 1;
        }
        std::string seq(body.substr(i - 1, len));
        if (fmiddle && (e == '{' || e == '}')) {
          warn("invalid escape sequence '\\" + seq + "'");
          out.push_back('\\');
          i -= 1;  // the brace is handled by the loop ({{ / }} collapse)
          break;
        }
        warn("invalid escape sequence '\\" + seq + "'");
        out.push_back('\\');
        out.append(seq);
        i += len - 1;
        break;
      }
    }
  }
  return true;
}

}  // namespace

bool lookup_unicode_name(std::string_view name, uint32_t& cp) {
  std::string up;
  up.reserve(name.size());
  for (char c : name) up.push_back(static_cast<char>(std::toupper(static_cast<unsigned char>(c))));
  if (up.rfind("CJK UNIFIED IDEOGRAPH-", 0) == 0) {
    std::string_view hex = std::string_view(up).substr(22);
    if (hex.size() != 4 && hex.size() != 5) return false;
    uint32_t v = 0;
    for (char c : hex) {
      int d = hexval(c);
      if (d < 0) return false;
      v = v * 16 + static_cast<uint32_t>(d);
    }
    if ((v >= 0x4E00 && v <= 0x9FFF) || (v >= 0x3400 && v <= 0x4DBF) || (v >= 0x20000 && v <= 0x2A6DF)) {
      cp = v;
      return true;
    }
    return false;
  }
  size_t lo = 0, hi = sizeof(kUnicodeNames) / sizeof(kUnicodeNames[0]);
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    int c = std::strcmp(kUnicodeNames[mid].name, up.c_str());
    if (c == 0) {
      cp = kUnicodeNames[mid].cp;
      return true;
    }
    if (c < 0) lo = mid + 1;
    else hi = mid;
  }
  return false;
}

bool decode_string_literal(std::string_view lit, std::string& out, StringDecodeError& err,
                           std::vector<DecodeWarning>& warnings) {
  StringPrefix p = parse_prefix(lit);
  std::string_view rest = lit.substr(p.len);
  size_t q = rest.size() >= 6 && rest[0] == rest[1] && rest[1] == rest[2] ? 3 : 1;
  std::string_view body = rest.substr(q, rest.size() - 2 * q);
  return decode_body(body, p.raw, p.bytes, false, out, err, warnings);
}

bool decode_fstring_middle(std::string_view text, bool raw, std::string& out, StringDecodeError& err,
                           std::vector<DecodeWarning>& warnings) {
  return decode_body(text, raw, false, true, out, err, warnings);
}

}  // namespace weft
