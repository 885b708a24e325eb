// The regular expression engine of the re module.
//
// Design decision: our own engine, not PCRE2. Python's re semantics must match exactly: error
// messages and their positions ("missing ), unterminated subpattern at position 0"), {,n}
// quantifiers, indices in code points, str vs bytes rules, pos/endpos, the empty-match rules of
// sub/finditer/split, CPython's case folding. Adapting PCRE2 to all of that would cost more than
// this file.
//
// Pipeline: the pattern (code points) is parsed into a node tree following CPython's syntax;
// inline flags are baked into the leaves. The tree is compiled into a small instruction list
// for a backtracking machine. The machine keeps its choice points and register restores on an
// explicit heap stack, so the C++ stack depth never depends on the subject length; it only
// recurses for lookarounds and atomic groups (bounded by the pattern's nesting).
#include "re_engine.h"

#include <algorithm>
#include <deque>
#include <map>

#include "objects/str.h"
#include "objects/unicode.h"

namespace weft::re {

namespace {

constexpr int64_t kMaxRepeat = 4294967295LL;  // CPython's MAXREPEAT: "unbounded"
constexpr int64_t kMaxWidth = int64_t(1) << 62;
constexpr int kTypeFlags = kAscii | kLocale | kUnicode;

// ---------------------------------------------------------------- character predicates

char32_t ascii_lower(char32_t c) { return (c >= 'A' && c <= 'Z') ? c + 32 : c; }
char32_t ascii_upper(char32_t c) { return (c >= 'a' && c <= 'z') ? c - 32 : c; }

// Simple (one code point) case mappings.
char32_t uni_lower(char32_t c) {
  if (c < 128) return ascii_lower(c);
  char32_t out[3];
  int n = unicode::to_lower(c, out);
  return n >= 1 ? out[0] : c;  // U+0130's simple lowercase is the first of its full mapping
}
char32_t uni_upper(char32_t c) {
  if (c < 128) return ascii_upper(c);
  char32_t out[3];
  int n = unicode::to_upper(c, out);
  return n == 1 ? out[0] : c;  // multi-character uppercases (ß -> SS) have no simple mapping
}

char32_t fold_lower(char32_t c, bool uni) { return uni ? uni_lower(c) : ascii_lower(c); }
char32_t fold_upper(char32_t c, bool uni) { return uni ? uni_upper(c) : ascii_upper(c); }

// Case-insensitive equality as CPython's re: same lowercase, or lowercases sharing an uppercase.
bool ci_equal(char32_t a, char32_t b, bool uni) {
  if (a == b) return true;
  char32_t la = fold_lower(a, uni), lb = fold_lower(b, uni);
  if (la == lb) return true;
  return uni && fold_upper(la, true) == fold_upper(lb, true);
}

bool is_digit_cat(char32_t c, bool uni) {
  if (c < 128) return c >= '0' && c <= '9';
  return uni && unicode::is_decimal(c);
}
bool is_space_cat(char32_t c, bool uni) {
  if (c < 128) return c == ' ' || (c >= '\t' && c <= '\r');
  return uni && unicode::is_space(c);
}
bool is_word_cat(char32_t c, bool uni) {
  if (c < 128) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
  return uni && unicode::is_alnum(c);
}

enum Category { kCatDigit, kCatNotDigit, kCatSpace, kCatNotSpace, kCatWord, kCatNotWord };

bool in_category(int cat, char32_t c, bool uni) {
  switch (cat) {
    case kCatDigit: return is_digit_cat(c, uni);
    case kCatNotDigit: return !is_digit_cat(c, uni);
    case kCatSpace: return is_space_cat(c, uni);
    case kCatNotSpace: return !is_space_cat(c, uni);
    case kCatWord: return is_word_cat(c, uni);
    case kCatNotWord: return !is_word_cat(c, uni);
  }
  return false;
}

struct CharSet {
  std::vector<std::pair<char32_t, char32_t>> ranges;
  std::vector<int> cats;
  bool negate = false, ci = false, uni = false;
  uint64_t bitmap[4] = {0, 0, 0, 0};  // answers for c < 256, filled by finish()

  bool raw_contains(char32_t c) const {
    for (auto& r : ranges)
      if (c >= r.first && c <= r.second) return true;
    return false;
  }
  bool slow_contains(char32_t c) const {
    bool in = raw_contains(c);
    if (!in && ci) {
      char32_t l = fold_lower(c, uni);
      in = raw_contains(l) || (uni && raw_contains(fold_upper(l, true))) ||
           (!uni && raw_contains(ascii_upper(c)));
    }
    for (size_t i = 0; !in && i < cats.size(); ++i) in = in_category(cats[i], c, uni);
    return in != negate;
  }
  void finish() {
    for (char32_t c = 0; c < 256; ++c)
      if (slow_contains(c)) bitmap[c >> 6] |= uint64_t(1) << (c & 63);
  }
  bool contains(char32_t c) const {
    if (c < 256) return (bitmap[c >> 6] >> (c & 63)) & 1;
    return slow_contains(c);
  }
};

// ---------------------------------------------------------------- parse tree

enum class NK { Char, Any, Set, Cat, Alt, Group, Repeat, At, Backref, Look, Atomic, Cond, Fail };

enum AtKind { kAtBegin, kAtBeginLine, kAtBeginString, kAtEnd, kAtEndLine, kAtEndString, kAtBoundary,
              kAtNonBoundary };

struct Node {
  NK k;
  char32_t ch = 0;
  bool ci = false, uni = false, dotall = false, neg = false, behind = false;
  int set = -1, group = -1, at = 0, greedy = 0;  // greedy: 0 greedy, 1 lazy, 2 possessive
  int64_t min = 0, max = 0;
  std::vector<Node*> kids;
};

struct ParseError {
  CompileError::Kind kind;
  std::string msg;
  int64_t pos;
};

std::string utf8_of(const std::u32string& s) {
  std::string out;
  for (char32_t c : s) unicode::append(out, c);
  return out;
}

// A token is one character or a backslash and the character after it (as CPython's tokenizer).
struct Token {
  bool present = false;
  bool esc = false;
  char32_t ch = 0;
  bool is(char32_t c) const { return present && !esc && ch == c; }
  size_t len() const { return present ? (esc ? 2 : 1) : 0; }
  std::u32string text() const {
    if (!present) return U"";
    return esc ? std::u32string{U'\\', ch} : std::u32string{ch};
  }
};

struct Parser {
  const std::u32string& src;
  bool is_bytes;
  size_t index = 0;
  Token next;
  std::deque<Node> arena;
  std::vector<CharSet> sets;
  int flags;
  // Group state, as CPython's parser State.
  std::map<std::u32string, int> groupdict;
  std::vector<std::pair<std::string, int>> names;
  std::vector<std::pair<int64_t, int64_t>> groupwidths{{0, 0}};
  std::vector<bool> groupclosed{true};
  int lookbehindgroups = -1;
  std::map<int, int64_t> grouprefpos;
  bool variable_lookbehind = false;

  Parser(const std::u32string& s, bool b, int f) : src(s), is_bytes(b), flags(f) { advance(); }

  int groups() const { return int(groupwidths.size()); }

  [[noreturn]] void fail(const std::string& msg, int64_t offset = 0) {
    throw ParseError{CompileError::kReError, escape_msg(msg), tell() - offset};
  }
  // Bytes patterns report messages with non-ASCII escaped (ascii/backslashreplace).
  std::string escape_msg(const std::string& msg) const {
    if (!is_bytes) return msg;
    std::string out;
    for (size_t i = 0; i < msg.size();) {
      char32_t c;
      i += unicode::decode(msg.data() + i, &c);
      if (c < 128) {
        out += char(c);
      } else {
        char buf[8];
        snprintf(buf, sizeof buf, "\\x%02x", unsigned(c));
        out += buf;
      }
    }
    return out;
  }

  void advance() {
    size_t i = index;
    if (i >= src.size()) { next = Token{}; return; }
    Token t;
    t.present = true;
    if (src[i] == '\\') {
      ++i;
      if (i >= src.size())
        throw ParseError{CompileError::kReError, "bad escape (end of pattern)", int64_t(src.size()) - 1};
      t.esc = true;
    }
    t.ch = src[i];
    index = i + 1;
    next = t;
  }
  int64_t tell() const { return int64_t(index) - int64_t(next.len()); }
  void seek(size_t i) { index = i; advance(); }
  bool match(char32_t c) {
    if (next.is(c)) { advance(); return true; }
    return false;
  }
  Token get() { Token t = next; advance(); return t; }

  std::u32string getuntil(char32_t term, const std::string& name) {
    std::u32string result;
    for (;;) {
      Token c = get();
      if (!c.present) {
        if (result.empty()) fail("missing " + name);
        fail("missing " + std::string(1, char(term)) + ", unterminated name", int64_t(result.size()));
      }
      if (c.is(term)) {
        if (result.empty()) fail("missing " + name, 1);
        break;
      }
      result += c.text();
    }
    return result;
  }

  static bool is_identifier(const std::u32string& s) {
    if (s.empty()) return false;
    if (!(s[0] == '_' || unicode::is_xid_start(s[0]))) return false;
    for (size_t i = 1; i < s.size(); ++i)
      if (!unicode::is_xid_continue(s[i])) return false;
    return true;
  }
  static bool is_ascii_decimal(const std::u32string& s) {
    if (s.empty()) return false;
    for (char32_t c : s)
      if (c < '0' || c > '9') return false;
    return true;
  }
  void checkgroupname(const std::u32string& name, int64_t offset) {
    bool ascii = std::all_of(name.begin(), name.end(), [](char32_t c) { return c < 128; });
    if ((!is_bytes || ascii) && is_identifier(name)) return;
    fail("bad character in group name " + str_repr(utf8_of(name)), int64_t(name.size()) + offset);
  }
  bool checkgroup(int gid) const { return gid < groups() && groupclosed[gid]; }
  void checklookbehindgroup(int gid) {
    if (lookbehindgroups < 0) return;
    if (!checkgroup(gid)) fail("cannot refer to an open group");
    if (gid >= lookbehindgroups) fail("cannot refer to group defined in the same lookbehind subpattern");
  }

  Node* node(NK k) {
    arena.push_back(Node{});
    arena.back().k = k;
    return &arena.back();
  }
  bool uni() const { return !is_bytes && !(flags & (kAscii | kLocale)); }
  Node* lit(char32_t c) {
    Node* n = node(NK::Char);
    n->ch = c;
    n->ci = flags & kIgnoreCase;
    n->uni = uni();
    return n;
  }
  Node* set_node(CharSet cs) {
    cs.ci = flags & kIgnoreCase;
    cs.uni = uni();
    cs.finish();
    sets.push_back(std::move(cs));
    Node* n = node(NK::Set);
    n->set = int(sets.size()) - 1;
    return n;
  }
  Node* cat_node(int cat) {
    CharSet cs;
    cs.cats.push_back(cat);
    return set_node(std::move(cs));
  }
  Node* at_node(int kind) {
    Node* n = node(NK::At);
    n->at = kind;
    n->uni = uni();
    return n;
  }

  // ---- width (min, max) of a subtree, as CPython's getwidth
  static int64_t sat_add(int64_t a, int64_t b) { return std::min(kMaxWidth, a + b); }
  static int64_t sat_mul(int64_t a, int64_t b) {
    if (a == 0 || b == 0) return 0;
    if (a > kMaxWidth / b) return kMaxWidth;
    return std::min(kMaxWidth, a * b);
  }
  std::pair<int64_t, int64_t> width(const Node* n) const {
    switch (n->k) {
      case NK::Char: case NK::Any: case NK::Set: return {1, 1};
      case NK::At: case NK::Look: case NK::Fail: return {0, 0};
      case NK::Cat: case NK::Group: case NK::Atomic: {
        int64_t lo = 0, hi = 0;
        for (Node* k : n->kids) {
          auto w = width(k);
          lo = sat_add(lo, w.first);
          hi = sat_add(hi, w.second);
        }
        return {lo, hi};
      }
      case NK::Alt: {
        int64_t lo = kMaxWidth, hi = 0;
        for (Node* k : n->kids) {
          auto w = width(k);
          lo = std::min(lo, w.first);
          hi = std::max(hi, w.second);
        }
        return {lo, hi};
      }
      case NK::Repeat: {
        auto w = width(n->kids[0]);
        int64_t hi = (n->max == kMaxRepeat && w.second) ? kMaxWidth : sat_mul(w.second, n->max);
        return {sat_mul(w.first, n->min), hi};
      }
      case NK::Backref: return groupwidths[n->group];
      case NK::Cond: {
        auto y = width(n->kids[0]);
        if (!n->kids[1]) return {0, y.second};
        auto no = width(n->kids[1]);
        return {std::min(y.first, no.first), std::max(y.second, no.second)};
      }
    }
    return {0, 0};
  }

  // ---- escapes
  static int hexval(char32_t c) {
    if (c >= '0' && c <= '9') return int(c - '0');
    if (c >= 'a' && c <= 'f') return int(c - 'a' + 10);
    if (c >= 'A' && c <= 'F') return int(c - 'A' + 10);
    return -1;
  }
  static bool is_oct(const Token& t) { return t.present && !t.esc && t.ch >= '0' && t.ch <= '7'; }
  static bool is_dig(const Token& t) { return t.present && !t.esc && t.ch >= '0' && t.ch <= '9'; }
  static bool is_ascii_letter(char32_t c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
  static std::string esc_text(const std::u32string& e) { return utf8_of(e); }

  // Reads up to n hex digits after "\x" / "\u" / "\U"; returns the literal.
  char32_t hex_escape(std::u32string& escape, size_t n) {
    for (size_t i = 0; i < n; ++i) {
      if (!next.present || next.esc || hexval(next.ch) < 0) break;
      escape += get().ch;
    }
    if (escape.size() != n + 2) fail("incomplete escape " + esc_text(escape), int64_t(escape.size()));
    uint64_t v = 0;
    for (size_t i = 2; i < escape.size(); ++i) v = v * 16 + uint64_t(hexval(escape[i]));
    if (v > 0x10FFFF) fail("bad escape " + esc_text(escape), int64_t(escape.size()));
    return char32_t(v);
  }

  // \N{name}: only a few names are known without unicodedata; others are errors.
  char32_t named_escape() {
    if (!match('{')) fail("missing {");
    std::u32string name = getuntil('}', "character name");
    fail("undefined character name " + str_repr(utf8_of(name)), int64_t(name.size()) + 4);
  }

  // Common escapes for both contexts; returns true with *lit or *cat set when handled.
  // The escape token (backslash + ch) has already been consumed.
  struct Esc { enum { kLit, kCat, kAt, kRef } kind; char32_t lit = 0; int cat = 0; int group = 0; };

  Esc class_escape(char32_t c) {
    std::u32string escape{U'\\', c};
    Esc e{Esc::kLit};
    switch (c) {
      case 'a': e.lit = 7; return e;
      case 'b': e.lit = 8; return e;
      case 'f': e.lit = 12; return e;
      case 'n': e.lit = 10; return e;
      case 'r': e.lit = 13; return e;
      case 't': e.lit = 9; return e;
      case 'v': e.lit = 11; return e;
      case '\\': e.lit = '\\'; return e;
      case 'd': e.kind = Esc::kCat; e.cat = kCatDigit; return e;
      case 'D': e.kind = Esc::kCat; e.cat = kCatNotDigit; return e;
      case 's': e.kind = Esc::kCat; e.cat = kCatSpace; return e;
      case 'S': e.kind = Esc::kCat; e.cat = kCatNotSpace; return e;
      case 'w': e.kind = Esc::kCat; e.cat = kCatWord; return e;
      case 'W': e.kind = Esc::kCat; e.cat = kCatNotWord; return e;
    }
    if (c == 'x') { e.lit = hex_escape(escape, 2); return e; }
    if (c == 'u' && !is_bytes) { e.lit = hex_escape(escape, 4); return e; }
    if (c == 'U' && !is_bytes) { e.lit = hex_escape(escape, 8); return e; }
    if (c == 'N' && !is_bytes) { e.lit = named_escape(); return e; }
    if (c >= '0' && c <= '7') {
      for (int i = 0; i < 2 && is_oct(next); ++i) escape += get().ch;
      uint32_t v = 0;
      for (size_t i = 1; i < escape.size(); ++i) v = v * 8 + uint32_t(escape[i] - '0');
      if (v > 0377)
        fail("octal escape value " + esc_text(escape) + " outside of range 0-0o377", int64_t(escape.size()));
      e.lit = v;
      return e;
    }
    if (c >= '0' && c <= '9') fail("bad escape " + esc_text(escape), int64_t(escape.size()));
    if (is_ascii_letter(c)) fail("bad escape " + esc_text(escape), int64_t(escape.size()));
    e.lit = c;
    return e;
  }

  Esc escape(char32_t c) {
    std::u32string escape{U'\\', c};
    Esc e{Esc::kAt};
    switch (c) {
      case 'A': e.cat = kAtBeginString; return e;
      case 'Z': e.cat = kAtEndString; return e;
      case 'b': e.cat = kAtBoundary; return e;
      case 'B': e.cat = kAtNonBoundary; return e;
    }
    if (c == '0') {
      for (int i = 0; i < 2 && is_oct(next); ++i) escape += get().ch;
      uint32_t v = 0;
      for (size_t i = 1; i < escape.size(); ++i) v = v * 8 + uint32_t(escape[i] - '0');
      e.kind = Esc::kLit;
      e.lit = v;
      return e;
    }
    if (c >= '1' && c <= '9') {
      if (is_dig(next)) {
        escape += get().ch;
        if (escape[1] <= '7' && escape[2] <= '7' && is_oct(next)) {
          escape += get().ch;
          uint32_t v = 0;
          for (size_t i = 1; i < escape.size(); ++i) v = v * 8 + uint32_t(escape[i] - '0');
          if (v > 0377)
            fail("octal escape value " + esc_text(escape) + " outside of range 0-0o377",
                 int64_t(escape.size()));
          e.kind = Esc::kLit;
          e.lit = v;
          return e;
        }
      }
      int group = 0;
      for (size_t i = 1; i < escape.size(); ++i) group = group * 10 + int(escape[i] - '0');
      if (group < groups()) {
        if (!checkgroup(group)) fail("cannot refer to an open group", int64_t(escape.size()));
        checklookbehindgroup(group);
        e.kind = Esc::kRef;
        e.group = group;
        return e;
      }
      fail("invalid group reference " + std::to_string(group), int64_t(escape.size()) - 1);
    }
    return class_escape(c);
  }

  // ---- the grammar
  Node* parse_sub(bool verbose, int nested) {
    std::vector<Node*> items;
    for (;;) {
      items.push_back(parse(verbose, nested + 1, nested == 0 && items.empty()));
      if (!match('|')) break;
      if (!nested) verbose = flags & kVerbose;
    }
    if (items.size() == 1) return items[0];
    Node* alt = node(NK::Alt);
    alt->kids = std::move(items);
    return alt;
  }

  static bool is_repeat(const Node* n) { return n->k == NK::Repeat; }

  Node* parse(bool verbose, int nested, bool first) {
    Node* seq = node(NK::Cat);
    auto& items = seq->kids;
    for (;;) {
      if (!next.present) break;
      if (next.is('|') || next.is(')')) break;
      Token tok = get();
      if (verbose && !tok.esc) {
        char32_t c = tok.ch;
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f') continue;
        if (c == '#') {
          for (;;) {
            Token t = get();
            if (!t.present || t.is('\n')) break;
          }
          continue;
        }
      }
      if (tok.esc) {
        Esc e = escape(tok.ch);
        switch (e.kind) {
          case Esc::kLit: items.push_back(lit(e.lit)); break;
          case Esc::kCat: items.push_back(cat_node(e.cat)); break;
          case Esc::kAt: items.push_back(at_node(e.cat)); break;
          case Esc::kRef: {
            Node* n = node(NK::Backref);
            n->group = e.group;
            n->ci = flags & kIgnoreCase;
            n->uni = uni();
            items.push_back(n);
            break;
          }
        }
        continue;
      }
      char32_t c = tok.ch;
      static const std::u32string special = U".\\[{()*+?^$|";
      if (special.find(c) == std::u32string::npos) {
        items.push_back(lit(c));
      } else if (c == '[') {
        items.push_back(parse_class());
      } else if (c == '*' || c == '+' || c == '?' || c == '{') {
        int64_t here = tell();
        int64_t mn = 0, mx = kMaxRepeat;
        if (c == '?') {
          mx = 1;
        } else if (c == '+') {
          mn = 1;
        } else if (c == '{') {
          if (next.is('}')) { items.push_back(lit('{')); continue; }
          std::u32string lo, hi;
          while (is_dig(next)) lo += get().ch;
          if (match(',')) {
            while (is_dig(next)) hi += get().ch;
          } else {
            hi = lo;
          }
          if (!match('}')) {
            items.push_back(lit('{'));
            seek(size_t(here));
            continue;
          }
          auto num = [&](const std::u32string& d) {
            int64_t v = 0;
            for (char32_t ch : d) {
              v = v * 10 + int64_t(ch - '0');
              if (v >= kMaxRepeat) throw ParseError{CompileError::kOverflow, "the repetition number is too large", -1};
            }
            return v;
          };
          if (!lo.empty()) mn = num(lo);
          if (!hi.empty()) {
            mx = num(hi);
            if (mx < mn) fail("min repeat greater than max repeat", tell() - here);
          }
        }
        int64_t qpos_off = tell() - here + 1;
        if (items.empty() || items.back()->k == NK::At) fail("nothing to repeat", qpos_off);
        if (is_repeat(items.back())) fail("multiple repeat", qpos_off);
        Node* r = node(NK::Repeat);
        r->min = mn;
        r->max = mx;
        r->kids.push_back(items.back());
        if (match('?')) r->greedy = 1;
        else if (match('+')) r->greedy = 2;
        items.back() = r;
      } else if (c == '.') {
        Node* n = node(NK::Any);
        n->dotall = flags & kDotAll;
        items.push_back(n);
      } else if (c == '(') {
        Node* g = parse_group(verbose, nested, first, items.empty());
        if (g) items.push_back(g);
        else if (first && items.empty()) verbose = flags & kVerbose;  // global flags were set
      } else if (c == '^') {
        items.push_back(at_node((flags & kMultiline) ? kAtBeginLine : kAtBegin));
      } else if (c == '$') {
        items.push_back(at_node((flags & kMultiline) ? kAtEndLine : kAtEnd));
      }
    }
    return seq;
  }

  Node* parse_class() {
    int64_t here = tell() - 1;
    CharSet cs;
    bool any = false;
    cs.negate = match('^');
    for (;;) {
      Token t = get();
      if (!t.present) fail("unterminated character set", tell() - here);
      if (t.is(']') && any) break;
      any = true;
      Esc e1{Esc::kLit};
      if (t.esc) e1 = class_escape(t.ch);
      else e1.lit = t.ch;
      if (match('-')) {
        Token t2 = get();
        if (!t2.present) fail("unterminated character set", tell() - here);
        if (t2.is(']')) {
          add_item(cs, e1);
          cs.ranges.push_back({'-', '-'});
          break;
        }
        Esc e2{Esc::kLit};
        if (t2.esc) e2 = class_escape(t2.ch);
        else e2.lit = t2.ch;
        std::string msg = "bad character range " + esc_text(t.text()) + "-" + esc_text(t2.text());
        int64_t off = int64_t(t.len() + 1 + t2.len());
        if (e1.kind != Esc::kLit || e2.kind != Esc::kLit) fail(msg, off);
        if (e2.lit < e1.lit) fail(msg, off);
        cs.ranges.push_back({e1.lit, e2.lit});
      } else {
        add_item(cs, e1);
      }
    }
    return set_node(std::move(cs));
  }
  static void add_item(CharSet& cs, const Esc& e) {
    if (e.kind == Esc::kCat) cs.cats.push_back(e.cat);
    else cs.ranges.push_back({e.lit, e.lit});
  }

  // After "(": returns the node, or null for a comment / global flags group.
  Node* parse_group(bool verbose, int nested, bool first, bool seq_empty) {
    int64_t start = tell() - 1;
    bool capture = true, atomic = false;
    std::u32string name;
    bool named = false;
    int add = 0, del = 0;
    if (match('?')) {
      Token ch = get();
      if (!ch.present) fail("unexpected end of pattern");
      if (ch.is('P')) {
        if (match('<')) {
          name = getuntil('>', "group name");
          checkgroupname(name, 1);
          named = true;
        } else if (match('=')) {
          name = getuntil(')', "group name");
          checkgroupname(name, 1);
          auto it = groupdict.find(name);
          if (it == groupdict.end())
            fail("unknown group name " + str_repr(utf8_of(name)), int64_t(name.size()) + 1);
          if (!checkgroup(it->second)) fail("cannot refer to an open group", int64_t(name.size()) + 1);
          checklookbehindgroup(it->second);
          Node* n = node(NK::Backref);
          n->group = it->second;
          n->ci = flags & kIgnoreCase;
          n->uni = uni();
          return n;
        } else {
          Token c2 = get();
          if (!c2.present) fail("unexpected end of pattern");
          fail("unknown extension ?P" + esc_text(c2.text()), int64_t(c2.len()) + 2);
        }
      } else if (ch.is(':')) {
        capture = false;
      } else if (ch.is('#')) {
        for (;;) {
          if (!next.present) fail("missing ), unterminated comment", tell() - start);
          if (get().is(')')) break;
        }
        return nullptr;
      } else if (ch.is('=') || ch.is('!') || ch.is('<')) {
        bool behind = false;
        Token kind = ch;
        if (ch.is('<')) {
          kind = get();
          if (!kind.present) fail("unexpected end of pattern");
          if (!kind.is('=') && !kind.is('!')) fail("unknown extension ?<" + esc_text(kind.text()), int64_t(kind.len()) + 2);
          behind = true;
        }
        int saved_lb = lookbehindgroups;
        if (behind && lookbehindgroups < 0) lookbehindgroups = groups();
        int saved_flags = flags;
        Node* p = parse_sub(verbose, nested + 1);
        flags = saved_flags;
        if (behind && saved_lb < 0) lookbehindgroups = -1;
        if (!match(')')) fail("missing ), unterminated subpattern", tell() - start);
        bool neg = kind.is('!');
        if (neg && p->k == NK::Cat && p->kids.empty()) return node(NK::Fail);
        if (behind) {
          auto w = width(p);
          if (w.first != w.second) variable_lookbehind = true;  // reported after parsing, as CPython
        }
        Node* n = node(NK::Look);
        n->behind = behind;
        n->neg = neg;
        n->min = behind ? width(p).first : 0;
        n->kids.push_back(p);
        return n;
      } else if (ch.is('(')) {
        std::u32string condname = getuntil(')', "group name");
        int condgroup;
        if (!is_ascii_decimal(condname)) {
          checkgroupname(condname, 1);
          auto it = groupdict.find(condname);
          if (it == groupdict.end())
            fail("unknown group name " + str_repr(utf8_of(condname)), int64_t(condname.size()) + 1);
          condgroup = it->second;
        } else {
          int64_t v = 0;
          for (char32_t d : condname) v = std::min<int64_t>(v * 10 + (d - '0'), int64_t(1) << 40);
          if (v == 0) fail("bad group number", int64_t(condname.size()) + 1);
          if (v >= (int64_t(1) << 30))
            fail("invalid group reference " + std::to_string(v), int64_t(condname.size()) + 1);
          condgroup = int(v);
          if (!grouprefpos.count(condgroup)) grouprefpos[condgroup] = tell() - int64_t(condname.size()) - 1;
        }
        checklookbehindgroup(condgroup);
        int saved_flags = flags;
        Node* yes = parse(verbose, nested + 1, false);
        Node* no = nullptr;
        if (match('|')) {
          no = parse(verbose, nested + 1, false);
          if (next.is('|')) fail("conditional backref with more than two branches");
        }
        flags = saved_flags;
        if (!match(')')) fail("missing ), unterminated subpattern", tell() - start);
        Node* n = node(NK::Cond);
        n->group = condgroup;
        n->kids = {yes, no};
        return n;
      } else if (ch.is('>')) {
        capture = false;
        atomic = true;
      } else if (!ch.esc && (std::u32string(U"iLmsxau").find(ch.ch) != std::u32string::npos || ch.ch == '-')) {
        bool global = parse_flags(ch.ch, &add, &del);
        if (global) {
          if (!first || !seq_empty) fail("global flags not at the start of the expression", tell() - start);
          flags |= add;
          return nullptr;
        }
        capture = false;
      } else {
        fail("unknown extension ?" + esc_text(ch.text()), int64_t(ch.len()) + 1);
      }
    }
    int group = -1;
    if (capture) {
      group = groups();
      groupwidths.push_back({0, 0});
      groupclosed.push_back(false);
      if (named) {
        auto it = groupdict.find(name);
        if (it != groupdict.end())
          fail("redefinition of group name " + str_repr(utf8_of(name)) + " as group " + std::to_string(group) +
                   "; was group " + std::to_string(it->second),
               int64_t(name.size()) + 1);
        groupdict[name] = group;
        names.push_back({utf8_of(name), group});
      }
    }
    bool sub_verbose = (verbose || (add & kVerbose)) && !(del & kVerbose);
    int saved_flags = flags;
    if (add & kTypeFlags) flags &= ~kTypeFlags;
    flags = (flags | add) & ~del;
    Node* p = parse_sub(sub_verbose, nested + 1);
    flags = saved_flags;
    if (!match(')')) fail("missing ), unterminated subpattern", tell() - start);
    if (group >= 0) {
      groupwidths[group] = width(p);
      groupclosed[group] = true;
    }
    Node* n = node(atomic ? NK::Atomic : NK::Group);
    n->group = group;
    n->kids.push_back(p);
    return n;
  }

  static int flag_of(char32_t c) {
    switch (c) {
      case 'i': return kIgnoreCase;
      case 'L': return kLocale;
      case 'm': return kMultiline;
      case 's': return kDotAll;
      case 'x': return kVerbose;
      case 'a': return kAscii;
      case 'u': return kUnicode;
    }
    return 0;
  }
  static bool is_alpha(const Token& t) { return !t.esc && (is_ascii_letter(t.ch) || (t.ch >= 128 && unicode::is_alpha(t.ch))); }

  // Returns true for global flags "(?i)"; else fills add/del for "(?i-s:".
  bool parse_flags(char32_t ch, int* add_out, int* del_out) {
    int add = 0, del = 0;
    Token t;
    t.present = true;
    t.ch = ch;
    if (ch != '-') {
      for (;;) {
        int flag = flag_of(t.ch);
        if (!is_bytes && t.ch == 'L') fail("bad inline flags: cannot use 'L' flag with a str pattern");
        if (is_bytes && t.ch == 'u') fail("bad inline flags: cannot use 'u' flag with a bytes pattern");
        add |= flag;
        if ((flag & kTypeFlags) && (add & kTypeFlags) != flag)
          fail("bad inline flags: flags 'a', 'u' and 'L' are incompatible");
        t = get();
        if (!t.present) fail("missing -, : or )");
        if (t.is(')') || t.is('-') || t.is(':')) break;
        if (t.esc || !flag_of(t.ch)) fail(is_alpha(t) ? "unknown flag" : "missing -, : or )", int64_t(t.len()));
      }
    }
    if (t.is(')')) {
      *add_out = add;
      return true;
    }
    if (t.is('-')) {
      t = get();
      if (!t.present) fail("missing flag");
      if (t.esc || !flag_of(t.ch)) fail(is_alpha(t) ? "unknown flag" : "missing flag", int64_t(t.len()));
      for (;;) {
        int flag = flag_of(t.ch);
        if (flag & kTypeFlags) fail("bad inline flags: cannot turn off flags 'a', 'u' and 'L'");
        del |= flag;
        t = get();
        if (!t.present) fail("missing :");
        if (t.is(':')) break;
        if (t.esc || !flag_of(t.ch)) fail(is_alpha(t) ? "unknown flag" : "missing :", int64_t(t.len()));
      }
    }
    if (add & del) fail("bad inline flags: flag turned on and off", 1);
    *add_out = add;
    *del_out = del;
    return false;
  }
};

// ---------------------------------------------------------------- program

enum class Op : uint8_t {
  Char, CharCI, Any, AnyNL, Set,  // single-character tests
  Split,     // try x, on failure y
  Jmp,       // x
  Save,      // x = register (2g / 2g+1)
  At,        // x = AtKind
  Backref,   // x = group
  Look,      // body at pc+1, continue at y; x = behind width or -1; neg flag
  Atomic,    // body at pc+1, continue at y
  Cond,      // x = group; yes at pc+1, no at y
  Mark,      // x = loop register: remember the position at the start of an iteration
  LoopCheck, // x = loop register, y = exit: stop iterating after an empty iteration, else jmp z
  Rep,       // single-character repeat: item at pc+1, continue at pc+2; min/max, greedy
  Fail,
  Succeed,   // end of a lookaround / atomic body
  Match,
};

struct Inst {
  Op op;
  bool ci = false, uni = false, neg = false;
  uint8_t greedy = 0;
  char32_t ch = 0;
  int32_t x = 0, y = 0, z = 0;
  int64_t min = 0, max = 0;
};

}  // namespace

struct Program {
  std::vector<Inst> code;
  std::vector<CharSet> sets;
  int ngroups = 1;  // including group 0
  int nregs = 0;    // 2*ngroups + 1 (lastindex) + loop registers
  std::u32string prefix;  // literal (case-sensitive) prefix every match starts with
  int first = -1;         // pc of a single-character test every match must start with, or -1
};

namespace {

struct Compiler {
  Program& p;
  int next_reg;
  explicit Compiler(Program& prog) : p(prog), next_reg(2 * prog.ngroups + 1) {}

  int emit(Inst i) {
    p.code.push_back(i);
    if (p.code.size() > 20000000) throw ParseError{CompileError::kOverflow, "regular expression code size limit exceeded", -1};
    return int(p.code.size()) - 1;
  }
  int here() const { return int(p.code.size()); }

  static bool single(const Node* n) { return n->k == NK::Char || n->k == NK::Any || n->k == NK::Set; }

  void emit_single(const Node* n) {
    Inst i;
    if (n->k == NK::Char) {
      i.op = n->ci ? Op::CharCI : Op::Char;
      i.ch = n->ci ? fold_lower(n->ch, n->uni) : n->ch;
      i.ci = n->ci;
      i.uni = n->uni;
    } else if (n->k == NK::Any) {
      i.op = n->dotall ? Op::Any : Op::AnyNL;
    } else {
      i.op = Op::Set;
      i.x = n->set;
    }
    emit(i);
  }

  void gen(const Node* n) {
    switch (n->k) {
      case NK::Char: case NK::Any: case NK::Set: emit_single(n); return;
      case NK::Cat:
        for (const Node* k : n->kids) gen(k);
        return;
      case NK::Alt: {
        std::vector<int> jumps;
        for (size_t i = 0; i < n->kids.size(); ++i) {
          if (i + 1 < n->kids.size()) {
            int split = emit({Op::Split});
            p.code[split].x = here();
            gen(n->kids[i]);
            jumps.push_back(emit({Op::Jmp}));
            p.code[split].y = here();
          } else {
            gen(n->kids[i]);
          }
        }
        for (int j : jumps) p.code[j].x = here();
        return;
      }
      case NK::Group: {
        if (n->group < 0) { gen(n->kids[0]); return; }
        Inst s{Op::Save};
        s.x = 2 * n->group;
        emit(s);
        gen(n->kids[0]);
        s.x = 2 * n->group + 1;
        emit(s);
        return;
      }
      case NK::At: {
        Inst i{Op::At};
        i.x = n->at;
        i.uni = n->uni;
        emit(i);
        return;
      }
      case NK::Backref: {
        Inst i{Op::Backref};
        i.x = n->group;
        i.ci = n->ci;
        i.uni = n->uni;
        emit(i);
        return;
      }
      case NK::Fail: emit({Op::Fail}); return;
      case NK::Look: {
        Inst i{Op::Look};
        i.x = n->behind ? int32_t(std::min<int64_t>(n->min, INT32_MAX)) : -1;
        i.neg = n->neg;
        int at = emit(i);
        gen(n->kids[0]);
        emit({Op::Succeed});
        p.code[at].y = here();
        return;
      }
      case NK::Atomic: {
        int at = emit({Op::Atomic});
        gen(n->kids[0]);
        emit({Op::Succeed});
        p.code[at].y = here();
        return;
      }
      case NK::Cond: {
        Inst i{Op::Cond};
        i.x = n->group;
        int at = emit(i);
        gen(n->kids[0]);
        int j = emit({Op::Jmp});
        p.code[at].y = here();
        if (n->kids[1]) gen(n->kids[1]);
        p.code[j].x = here();
        return;
      }
      case NK::Repeat: gen_repeat(n); return;
    }
  }

  void gen_repeat(const Node* n) {
    const Node* item = n->kids[0];
    // Unwrap non-capturing groups around a single character so that (?:a)* is fast too.
    while (item->k == NK::Group && item->group < 0 && item->kids[0]->k == NK::Cat &&
           item->kids[0]->kids.size() == 1)
      item = item->kids[0]->kids[0];
    while (item->k == NK::Cat && item->kids.size() == 1) item = item->kids[0];
    if (single(item)) {
      Inst r{Op::Rep};
      r.min = n->min;
      r.max = n->max;
      r.greedy = uint8_t(n->greedy);
      emit(r);
      emit_single(item);
      return;
    }
    if (n->greedy == 2) {
      // Possessive: an atomic group around the greedy repeat.
      int at = emit({Op::Atomic});
      gen_loop(item, n->min, n->max, false);
      emit({Op::Succeed});
      p.code[at].y = here();
      return;
    }
    gen_loop(item, n->min, n->max, n->greedy == 1);
  }

  void gen_loop(const Node* item, int64_t mn, int64_t mx, bool lazy) {
    for (int64_t i = 0; i < mn; ++i) gen(item);
    if (mx == kMaxRepeat) {
      int reg = next_reg++;
      int loop = emit({Op::Split});
      int body = here();
      Inst m{Op::Mark};
      m.x = reg;
      emit(m);
      gen(item);
      Inst c{Op::LoopCheck};
      c.x = reg;
      c.z = loop;
      int chk = emit(c);
      int exit = here();
      p.code[chk].y = exit;
      if (lazy) { p.code[loop].x = exit; p.code[loop].y = body; }
      else { p.code[loop].x = body; p.code[loop].y = exit; }
      return;
    }
    std::vector<int> splits;
    for (int64_t i = mn; i < mx; ++i) {
      splits.push_back(emit({Op::Split}));
      int body = here();
      p.code[splits.back()].x = body;  // patched below for lazy
      gen(item);
    }
    int exit = here();
    for (int s : splits) {
      int body = s + 1;
      if (lazy) { p.code[s].x = exit; p.code[s].y = body; }
      else { p.code[s].x = body; p.code[s].y = exit; }
    }
  }
};

// ---------------------------------------------------------------- matcher

struct Bt {
  enum Kind : uint8_t { kChoice, kRestore, kRepGreedy, kRepLazy } kind;
  int32_t pc;
  int64_t a, b;
};

struct Matcher {
  const Program& p;
  const char32_t* s;
  int64_t end;
  std::vector<int64_t> regs;
  std::vector<Bt> stack;
  int64_t start = 0;
  bool must_advance = false;
  bool full = false;

  Matcher(const Program& prog, const char32_t* subject, int64_t endpos)
      : p(prog), s(subject), end(endpos), regs(size_t(prog.nregs), -1) {}

  bool single_ok(const Inst& i, char32_t c) const {
    switch (i.op) {
      case Op::Char: return c == i.ch;
      case Op::CharCI: return ci_equal(c, i.ch, i.uni);
      case Op::Any: return true;
      case Op::AnyNL: return c != '\n';
      case Op::Set: return p.sets[size_t(i.x)].contains(c);
      default: return false;
    }
  }

  bool word_at(int64_t i, bool uni) const { return i >= 0 && i < end && is_word_cat(s[i], uni); }

  bool at_ok(int kind, int64_t pos, bool uni) const {
    switch (kind) {
      case kAtBegin: case kAtBeginString: return pos == 0;
      case kAtBeginLine: return pos == 0 || s[pos - 1] == '\n';
      case kAtEnd: return pos == end || (pos + 1 == end && s[pos] == '\n');
      case kAtEndLine: return pos == end || s[pos] == '\n';
      case kAtEndString: return pos == end;
      case kAtBoundary:
        if (end == 0) return false;
        return word_at(pos - 1, uni) != word_at(pos, uni);
      case kAtNonBoundary:
        if (end == 0) return false;
        return word_at(pos - 1, uni) == word_at(pos, uni);
    }
    return false;
  }

  void set_reg(int r, int64_t v) {
    stack.push_back({Bt::kRestore, r, regs[size_t(r)], 0});
    regs[size_t(r)] = v;
  }

  // Runs from pc at pos until Match/Succeed. need_end >= 0: the run must end there.
  bool run(int pc, int64_t pos, int64_t need_end, int64_t* out_end) {
    size_t base = stack.size();
    const Inst* code = p.code.data();
    for (;;) {
      const Inst& in = code[pc];
      switch (in.op) {
        case Op::Char: case Op::CharCI: case Op::Any: case Op::AnyNL: case Op::Set:
          if (pos < end && single_ok(in, s[pos])) { ++pos; ++pc; continue; }
          goto fail;
        case Op::Split:
          stack.push_back({Bt::kChoice, in.y, pos, 0});
          pc = in.x;
          continue;
        case Op::Jmp: pc = in.x; continue;
        case Op::Save:
          set_reg(in.x, pos);
          if (in.x & 1) set_reg(2 * p.ngroups, in.x / 2);
          ++pc;
          continue;
        case Op::At:
          if (at_ok(in.x, pos, in.uni)) { ++pc; continue; }
          goto fail;
        case Op::Backref: {
          int64_t gs = regs[size_t(2 * in.x)], ge = regs[size_t(2 * in.x + 1)];
          if (gs < 0 || ge < 0) goto fail;
          int64_t len = ge - gs;
          if (end - pos < len) goto fail;
          bool ok = true;
          for (int64_t k = 0; k < len && ok; ++k)
            ok = in.ci ? ci_equal(s[pos + k], s[gs + k], in.uni) : s[pos + k] == s[gs + k];
          if (!ok) goto fail;
          pos += len;
          ++pc;
          continue;
        }
        case Op::Look: {
          int64_t from = pos, need = -1;
          if (in.x >= 0) {
            if (pos < in.x) {
              if (in.neg) { pc = in.y; continue; }
              goto fail;
            }
            from = pos - in.x;
            need = pos;
          }
          bool ok = sub_run(pc + 1, from, need, nullptr, !in.neg);
          if (ok != in.neg) { pc = in.y; continue; }
          goto fail;
        }
        case Op::Atomic: {
          int64_t e;
          if (!sub_run(pc + 1, pos, -1, &e, true)) goto fail;
          pos = e;
          pc = in.y;
          continue;
        }
        case Op::Cond: {
          bool set = in.x < p.ngroups && regs[size_t(2 * in.x)] >= 0 && regs[size_t(2 * in.x + 1)] >= 0;
          pc = set ? pc + 1 : in.y;
          continue;
        }
        case Op::Mark: set_reg(in.x, pos); ++pc; continue;
        case Op::LoopCheck: pc = (pos == regs[size_t(in.x)]) ? in.y : in.z; continue;
        case Op::Rep: {
          const Inst& item = code[pc + 1];
          int64_t limit = std::min<int64_t>(end - pos, in.max == kMaxRepeat ? INT64_MAX : in.max);
          if (in.greedy == 1) {
            int64_t k = 0;
            while (k < in.min && k < limit && single_ok(item, s[pos + k])) ++k;
            if (k < in.min) goto fail;
            pos += k;
            if (k < limit) stack.push_back({Bt::kRepLazy, pc, pos, k});
            pc += 2;
            continue;
          }
          int64_t k = 0;
          if (item.op == Op::Any) k = limit;
          else while (k < limit && single_ok(item, s[pos + k])) ++k;
          if (k < in.min) goto fail;
          if (in.greedy == 0 && k > in.min) stack.push_back({Bt::kRepGreedy, pc + 2, pos + in.min, pos + k});
          pos += k;
          pc += 2;
          continue;
        }
        case Op::Fail: goto fail;
        case Op::Succeed:
          if (need_end >= 0 && pos != need_end) goto fail;
          if (out_end) *out_end = pos;
          return true;
        case Op::Match:
          if (full && pos != end) goto fail;
          if (must_advance && pos == start) goto fail;
          if (out_end) *out_end = pos;
          return true;
      }
    fail:
      for (;;) {
        if (stack.size() <= base) return false;
        Bt& b = stack.back();
        if (b.kind == Bt::kRestore) {
          regs[size_t(b.pc)] = b.a;
          stack.pop_back();
          continue;
        }
        if (b.kind == Bt::kChoice) {
          pc = b.pc;
          pos = b.a;
          stack.pop_back();
          break;
        }
        if (b.kind == Bt::kRepGreedy) {
          // Give back one character; skip positions where a literal continuation cannot match.
          int64_t cur = b.b - 1;
          const Inst& nx = code[b.pc];
          if (nx.op == Op::Char)
            while (cur > b.a && (cur >= end || s[cur] != nx.ch)) --cur;
          pc = b.pc;
          pos = cur;
          if (cur > b.a) b.b = cur;
          else stack.pop_back();
          break;
        }
        // kRepLazy: take one more character if possible.
        const Inst& rep = code[b.pc];
        const Inst& item = code[b.pc + 1];
        int64_t limit = rep.max == kMaxRepeat ? INT64_MAX : rep.max;
        if (b.b < limit && b.a < end && single_ok(item, s[b.a])) {
          b.a++;
          b.b++;
          pos = b.a;
          pc = b.pc + 2;
          if (!(b.b < limit && b.a < end)) stack.pop_back();
          break;
        }
        stack.pop_back();
      }
    }
  }

  // Runs a lookaround / atomic body as its own match. On success the body's choice points are
  // dropped; when keep, register changes stay (and are undone when the caller backtracks).
  bool sub_run(int pc, int64_t pos, int64_t need_end, int64_t* out_end, bool keep) {
    std::vector<int64_t> saved = regs;
    size_t base = stack.size();
    bool saved_full = full, saved_adv = must_advance;
    full = false;
    must_advance = false;
    bool ok = run(pc, pos, need_end, out_end);
    full = saved_full;
    must_advance = saved_adv;
    stack.resize(base);
    if (!ok) return false;
    if (!keep) {
      regs = saved;
      return true;
    }
    for (size_t r = 0; r < regs.size(); ++r)
      if (regs[r] != saved[r]) stack.push_back({Bt::kRestore, int32_t(r), saved[r], 0});
    return true;
  }

  bool try_at(int64_t pos, int64_t* out_end) {
    start = pos;
    std::fill(regs.begin(), regs.end(), -1);
    stack.clear();
    return run(0, pos, -1, out_end);
  }
};

}  // namespace

bool compile(const std::u32string& pattern, bool is_bytes, int flags, Compiled* out, CompileError* err) {
  try {
    Parser ps(pattern, is_bytes, flags);
    Node* root = ps.parse_sub(flags & kVerbose, 0);
    int f = ps.flags;
    // fix_flags: the type flags must agree with the pattern type.
    if (!is_bytes) {
      if (f & kLocale) throw ParseError{CompileError::kValue, "cannot use LOCALE flag with a str pattern", -1};
      if (!(f & kAscii)) f |= kUnicode;
      else if (f & kUnicode) throw ParseError{CompileError::kValue, "ASCII and UNICODE flags are incompatible", -1};
    } else {
      if (f & kUnicode) throw ParseError{CompileError::kValue, "cannot use UNICODE flag with a bytes pattern", -1};
      if ((f & kLocale) && (f & kAscii)) throw ParseError{CompileError::kValue, "ASCII and LOCALE flags are incompatible", -1};
    }
    if (ps.next.present) ps.fail("unbalanced parenthesis");
    for (auto& [g, pos] : ps.grouprefpos)
      if (g >= ps.groups()) throw ParseError{CompileError::kReError, "invalid group reference " + std::to_string(g), pos};
    if (ps.variable_lookbehind)
      throw ParseError{CompileError::kReError, "look-behind requires fixed-width pattern", -1};
    auto prog = std::make_shared<Program>();
    prog->ngroups = ps.groups();
    prog->sets = std::move(ps.sets);
    Compiler c(*prog);
    c.gen(root);
    c.emit({Op::Match});
    prog->nregs = c.next_reg;
    // Literal prefix for search: leading case-sensitive characters (group starts are skipped).
    for (const Inst& i : prog->code) {
      if (i.op == Op::Save) continue;
      if (i.op != Op::Char) break;
      prog->prefix += i.ch;
    }
    // First-character test for search: the first consuming instruction, when nothing optional
    // comes before it.
    for (size_t pc = 0; pc < prog->code.size(); ++pc) {
      const Inst& i = prog->code[pc];
      if (i.op == Op::Save) continue;
      if (i.op == Op::Char || i.op == Op::CharCI || i.op == Op::Any || i.op == Op::AnyNL || i.op == Op::Set)
        prog->first = int(pc);
      else if (i.op == Op::Rep && i.min >= 1)
        prog->first = int(pc + 1);
      break;
    }
    out->program = prog;
    out->groups = ps.groups() - 1;
    out->flags = f;
    out->names = ps.names;
    return true;
  } catch (ParseError& e) {
    err->kind = e.kind;
    err->msg = e.msg;
    err->pos = e.pos;
    return false;
  }
}

bool match(const Program& prog, const char32_t* subject, int64_t pos, int64_t endpos, Mode mode,
           bool must_advance, MatchResult* out) {
  Matcher m(prog, subject, endpos);
  // Reuse this thread's backtracking stack between calls (matching never re-enters itself).
  thread_local std::vector<Bt> tl_stack;
  m.stack.swap(tl_stack);
  struct GiveBack {
    Matcher& m;
    ~GiveBack() {
      m.stack.clear();
      if (m.stack.capacity() <= (size_t(1) << 16)) m.stack.swap(tl_stack);
    }
  } give_back{m};
  const Inst* first = prog.first >= 0 ? &prog.code[size_t(prog.first)] : nullptr;
  m.full = mode == Mode::kFullMatch;
  int64_t e = 0;
  bool found = false;
  if (mode != Mode::kSearch) {
    m.must_advance = must_advance;
    found = m.try_at(pos, &e);
  } else {
    const std::u32string& pre = prog.prefix;
    for (int64_t p = pos; p <= endpos; ++p) {
      if (!pre.empty()) {
        // Jump to the next place the literal prefix occurs.
        int64_t n = int64_t(pre.size());
        while (p + n <= endpos &&
               !(subject[p] == pre[0] && std::equal(pre.begin(), pre.end(), subject + p)))
          ++p;
        if (p + n > endpos) break;
      }
      if (first) {
        while (p < endpos && !m.single_ok(*first, subject[p])) ++p;
        if (p >= endpos) break;
      }
      m.must_advance = must_advance && p == pos;
      if (m.try_at(p, &e)) { found = true; break; }
    }
  }
  if (!found) return false;
  out->spans.assign(size_t(2 * prog.ngroups), -1);
  out->spans[0] = m.start;
  out->spans[1] = e;
  for (int g = 1; g < prog.ngroups; ++g) {
    int64_t a = m.regs[size_t(2 * g)], b = m.regs[size_t(2 * g + 1)];
    if (a >= 0 && b >= 0) {
      out->spans[size_t(2 * g)] = a;
      out->spans[size_t(2 * g + 1)] = b;
    }
  }
  int64_t li = m.regs[size_t(2 * prog.ngroups)];
  out->lastindex = li > 0 ? int(li) : -1;
  return true;
}

}  // namespace weft::re
