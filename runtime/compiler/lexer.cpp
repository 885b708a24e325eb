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
      (cp >= 0xFFF9 && cp <= 0xFFFB) || (cp >= 0xD800 && cp <= 0xF8FF) ||
      (cp >= 0xE0000 && !(cp >= 0xE0100 && cp <= 0xE01EF)) || cp == 0x180E || cp == 0x061C)
    return false;
  // Noncharacters (unassigned in every version).
  if ((cp >= 0xFDD0 && cp <= 0xFDEF) || (cp & 0xFFFE) == 0xFFFE) return false;
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

std::string normalize_identifier(std::string_view id) {
  bool ascii = true;
  for (char c : id)
    if (static_cast<unsigned char>(c) >= 0x80) ascii = false;
  if (ascii) return std::string(id);
  std::string out;
  for (size_t i = 0; i < id.size();) {
    uint32_t cp;
    int len = utf8_decode(id.data() + i, id.data() + id.size(), cp);
    if (!len) {
      out.push_back(id[i++]);
      continue;
    }
    if ((cp >= 0xFF21 && cp <= 0xFF3A) || (cp >= 0xFF41 && cp <= 0xFF5A) || (cp >= 0xFF10 && cp <= 0xFF19) ||
        cp == 0xFF3F)
      cp -= 0xFEE0;  // full-width forms -> ASCII
    else if (cp == 0xB5)
      cp = 0x3BC;  // MICRO SIGN -> GREEK SMALL LETTER MU
    else if (cp == 0x17F)
      cp = 's';  // LATIN SMALL LETTER LONG S
    utf8_append(out, cp);
    i += static_cast<size_t>(len);
  }
  return out;
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
  if (raw.find('\0') != std::string_view::npos) {
    // compile()'s wording; for a file CPython says "source code cannot contain null bytes".
    err = SyntaxErrorInfo{};
    err.msg = "source code string cannot contain null bytes";
    return false;
  }
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
  if (codec == Utf8 && raw.find('\r') == std::string_view::npos) {
    // The common case: nothing to convert.
    out.assign(raw.data(), raw.size());
    if (out.empty() || out.back() != '\n') out.push_back('\n');
    return true;
  }
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
    if (fstrings_.size() >= 149) return fail_here("too many nested f-strings", q);
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
        return fail(SyntaxErrorInfo::Syntax, "f-string: expecting '}', or format specs", line_, c0, line_, c0 + 1,
                    true);
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
        if (fstrings_.back().fields.size() > 2) return fail_here("f-string: expressions nested too deeply", p);
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
