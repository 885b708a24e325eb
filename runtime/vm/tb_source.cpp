// Position markers under traceback source lines, following the rules of CPython 3.13's traceback
// module: the instruction's range is underlined with ^ (or ~ with ^ on the "anchor": the operator
// of a binary operation, the [..] of a subscript, the (..) of a call); nothing is underlined when
// the range is the whole line and has no anchor, or for `x = f(..)` / `return f(..)` statements
// that are entirely the call. The anchors are found by parsing the underlined text with Weft's own
// parser (CPython uses its ast module the same way).
#include "vm/tb_source.h"

#include <algorithm>
#include <optional>
#include <set>
#include <string_view>

#include "compiler/ast.h"
#include "compiler/parser.h"
#include "objects/unicode.h"

namespace weft {

namespace {

using U32 = std::u32string;

U32 to_u32(std::string_view s) {
  U32 out;
  size_t i = 0;
  while (i < s.size()) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    size_t n = unicode::seq_len(c);
    if ((c & 0xC0) == 0x80 || i + n > s.size()) {
      out.push_back(0xFFFD);
      i++;
      continue;
    }
    char32_t cp;
    unicode::decode(s.data() + i, &cp);
    out.push_back(cp);
    i += n;
  }
  return out;
}

std::string to_utf8(const U32& s) {
  std::string out;
  for (char32_t c : s) unicode::append(out, c);
  return out;
}

// Characters in the first `offset` bytes of a UTF-8 line (a cut sequence counts as one).
int byte_to_char(std::string_view line, int offset) {
  if (offset < 0) offset = std::max(0, int(line.size()) + offset);
  size_t n = std::min(size_t(offset), line.size());
  int chars = 0;
  for (size_t i = 0; i < n; i++) {
    if ((static_cast<unsigned char>(line[i]) & 0xC0) != 0x80) chars++;
  }
  return chars;
}

bool is_wide(char32_t c) {
  // East Asian Wide / Fullwidth blocks (terminals draw these two cells wide).
  return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0x303E) || (c >= 0x3041 && c <= 0x33FF) ||
         (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xA000 && c <= 0xA4CF) ||
         (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) ||
         (c >= 0xFF00 && c <= 0xFF60) || (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x1F300 && c <= 0x1F64F) ||
         (c >= 0x1F900 && c <= 0x1F9FF) || (c >= 0x20000 && c <= 0x3FFFD);
}

bool is_ascii(const U32& s) {
  return std::all_of(s.begin(), s.end(), [](char32_t c) { return c < 0x80; });
}

int display_width(const U32& line, int offset) {
  if (is_ascii(line)) return offset;
  int w = 0;
  for (int i = 0; i < offset && i < int(line.size()); i++) w += is_wide(line[size_t(i)]) ? 2 : 1;
  return w;
}

bool is_ws(char32_t c) { return unicode::is_space(c); }

bool blank(const U32& s) { return std::all_of(s.begin(), s.end(), is_ws); }

std::vector<U32> split_lines(const U32& s) {
  std::vector<U32> out;
  U32 cur;
  for (char32_t c : s) {
    if (c == '\n') {
      out.push_back(cur);
      cur.clear();
    } else {
      cur.push_back(c);
    }
  }
  if (!cur.empty()) out.push_back(cur);
  return out;
}

// textwrap.dedent on a list of lines: the common leading blanks (spaces/tabs, compared exactly)
// of the non-blank lines are removed; whitespace-only lines become empty.
std::vector<U32> dedent(std::vector<U32> lines) {
  std::optional<U32> margin;
  for (const U32& l : lines) {
    if (blank(l)) continue;
    size_t i = 0;
    while (i < l.size() && (l[i] == ' ' || l[i] == '\t')) i++;
    U32 ind = l.substr(0, i);
    if (!margin) {
      margin = ind;
    } else {
      size_t k = 0;
      while (k < margin->size() && k < ind.size() && (*margin)[k] == ind[k]) k++;
      margin->resize(k);
    }
  }
  for (U32& l : lines) {
    if (blank(l)) l.clear();
    else if (margin) l.erase(0, margin->size());
  }
  return lines;
}

struct Anchors {
  int left_line, left_off, right_line, right_off;
  char32_t primary = '~', secondary = '^';
};

// Walks the underlined text to find the anchor of a binary operation, subscript or call.
struct AnchorFinder {
  std::vector<std::string> utf8;  // the segment's lines
  std::vector<U32> lines;
  bool bad = false;  // an index went out of range (CPython: an exception, so no anchors)

  int normalize(int lineno, int offset) {
    if (lineno < 0 || lineno >= int(utf8.size())) {
      bad = true;
      return 0;
    }
    return byte_to_char(utf8[size_t(lineno)], offset);
  }
  void next_valid(int& lineno, int& col) {
    while (lineno < int(lines.size()) && col >= int(lines[size_t(lineno)].size())) {
      col = 0;
      lineno++;
    }
    if (lineno >= int(lines.size()) || lineno < 0) bad = true;
  }
  char32_t at(int lineno, int col) {
    if (lineno < 0 || lineno >= int(lines.size()) || col < 0 || col >= int(lines[size_t(lineno)].size())) {
      bad = true;
      return 0;
    }
    return lines[size_t(lineno)][size_t(col)];
  }
  template <class Stop>
  void increment_until(int& lineno, int& col, Stop stop) {
    while (!bad) {
      char32_t ch = at(lineno, col);
      if (bad) return;
      if (ch == '\\' || ch == '#') {
        col = 0;
        lineno++;
        next_valid(lineno, col);
      } else if (!stop(ch)) {
        col++;
        next_valid(lineno, col);
      } else {
        return;
      }
    }
  }
  // Position just after `e` (segment coordinates: the parse added "(\n" before the segment).
  void end_of(const ast::Expr* e, bool force_valid, int& lineno, int& col) {
    lineno = e->end_lineno - 2;
    col = normalize(lineno, e->end_col_offset);
    if (force_valid && !bad) next_valid(lineno, col);
  }

  std::optional<Anchors> find(const U32& segment) {
    lines = split_lines(segment);
    for (const U32& l : lines) utf8.push_back(to_utf8(l));
    std::string src = "(\n" + to_utf8(segment) + "\n)";
    ParseResult r = parse(src, "<string>", ParseMode::Exec);
    auto* mod = std::get_if<std::unique_ptr<ast::Module>>(&r);
    if (!mod) return std::nullopt;
    const ast::Module& m = **mod;
    if (m.body.size() != 1 || m.body[0]->kind != ast::StmtKind::Expr) return std::nullopt;
    const ast::Expr* e = m.body[0]->as<ast::ExprStmt>()->value;
    int lineno = 0, col = 0;
    switch (e->kind) {
      case ast::ExprKind::BinOp: {
        const auto* b = e->as<ast::BinOp>();
        end_of(b->left, true, lineno, col);
        increment_until(lineno, col, [](char32_t c) { return !is_ws(c) && c != ')'; });
        if (bad) return std::nullopt;
        int right_col = col + 1;
        const U32& l = lines[size_t(lineno)];
        if (right_col < int(l.size())) {
          bool before_right = b->right->lineno - 2 > lineno ||
                              right_col < normalize(b->right->lineno - 2, b->right->col_offset);
          if (bad) return std::nullopt;
          char32_t ch = l[size_t(right_col)];
          if (before_right && !is_ws(ch) && ch != '\\' && ch != '#') right_col++;
        }
        return Anchors{lineno, col, lineno, right_col};
      }
      case ast::ExprKind::Subscript:
      case ast::ExprKind::Call: {
        bool sub = e->kind == ast::ExprKind::Subscript;
        const ast::Expr* left = sub ? e->as<ast::Subscript>()->value : e->as<ast::Call>()->func;
        char32_t open = sub ? '[' : '(';
        end_of(left, true, lineno, col);
        if (bad) return std::nullopt;
        increment_until(lineno, col, [open](char32_t c) { return c == open; });
        int rl = 0, rc = 0;
        end_of(e, false, rl, rc);
        if (bad) return std::nullopt;
        return Anchors{lineno, col, rl, rc};
      }
      default:
        return std::nullopt;
    }
  }
};

// CPython leaves out the markers when the statement is `name = f(...)` or `return f(...)` and the
// call is the whole range.
bool call_spans_statement(const std::vector<U32>& all_lines, int start, int end) {
  U32 joined;
  for (size_t i = 0; i < all_lines.size(); i++) {
    if (i) joined.push_back('\n');
    joined += all_lines[i];
  }
  ParseResult r = parse(to_utf8(joined), "<string>", ParseMode::Exec);
  auto* mod = std::get_if<std::unique_ptr<ast::Module>>(&r);
  if (!mod) return false;
  const ast::Module& m = **mod;
  if (m.body.empty()) return true;  // (CPython: no markers for an empty tree)
  const ast::Stmt* s = m.body[0];
  const ast::Expr* value = nullptr;
  if (s->kind == ast::StmtKind::Return) {
    const ast::Expr* v = s->as<ast::Return>()->value;
    if (v && v->kind == ast::ExprKind::Call && v->as<ast::Call>()->func->kind == ast::ExprKind::Name) value = v;
  } else if (s->kind == ast::StmtKind::Assign) {
    const auto* a = s->as<ast::Assign>();
    if (a->value->kind == ast::ExprKind::Call && a->targets.size() == 1 &&
        a->targets[0]->kind == ast::ExprKind::Name)
      value = a->value;
  }
  return value && value->lineno == 1 && value->end_lineno == int(all_lines.size()) && value->col_offset == start &&
         value->end_col_offset == end;
}

U32 lstrip(const U32& s) {
  size_t i = 0;
  while (i < s.size() && is_ws(s[i])) i++;
  return s.substr(i);
}

U32 rstrip(const U32& s) {
  size_t n = s.size();
  while (n > 0 && is_ws(s[n - 1])) n--;
  return s.substr(0, n);
}

std::string strip_utf8(const U32& s) { return to_utf8(rstrip(lstrip(s))); }

}  // namespace

std::string format_source_lines(const std::vector<std::string>& raw, int colno, int end_colno) {
  if (raw.empty()) return "";
  std::vector<U32> original;
  for (const std::string& l : raw) original.push_back(to_u32(l));
  std::vector<U32> dedented = dedent(original);
  if (std::all_of(dedented.begin(), dedented.end(), blank)) return "";
  if (colno < 0 || end_colno < 0) {
    std::string first = strip_utf8(original[0]);
    return "    " + first + "\n";
  }
  const U32& first_line = original[0];
  const U32& last_line = original.back();
  int start_offset = byte_to_char(raw[0], colno);
  int end_offset = byte_to_char(raw.back(), end_colno);
  std::vector<U32>& all_lines = dedented;
  int dedent_chars = int(first_line.size()) - int(all_lines[0].size());
  (void)last_line;
  start_offset = std::max(0, start_offset - dedent_chars);
  end_offset = std::max(0, end_offset - dedent_chars);
  int dp_start = display_width(all_lines[0], start_offset);
  int dp_end = display_width(all_lines.back(), end_offset);

  // The underlined text.
  U32 joined;
  for (size_t i = 0; i < all_lines.size(); i++) {
    if (i) joined.push_back('\n');
    joined += all_lines[i];
  }
  int seg_end = int(joined.size()) - (int(all_lines.back().size()) - end_offset);
  U32 segment;
  if (seg_end > start_offset && start_offset < int(joined.size())) {
    segment = joined.substr(size_t(start_offset), size_t(std::min<int>(seg_end, int(joined.size())) - start_offset));
  }
  std::optional<Anchors> anchors = AnchorFinder().find(segment);

  bool show = false;
  if (call_spans_statement(all_lines, start_offset, end_offset)) {
    show = false;
  } else if (anchors) {
    show = true;
  } else {
    U32 before = all_lines[0].substr(0, std::min<size_t>(size_t(start_offset), all_lines[0].size()));
    const U32& last = all_lines.back();
    U32 after = size_t(end_offset) < last.size() ? last.substr(size_t(end_offset)) : U32();
    show = !lstrip(before).empty() || !rstrip(after).empty();
  }

  int nlines = int(all_lines.size());
  std::set<int> significant = {0, nlines - 1};
  int left_off = 0, right_off = 0;
  if (anchors) {
    left_off = anchors->left_off;
    right_off = anchors->right_off;
    if (anchors->left_line == 0) left_off += start_offset;
    if (anchors->right_line == 0) right_off += start_offset;
    auto line_or_empty = [&](int i) { return i >= 0 && i < nlines ? all_lines[size_t(i)] : U32(); };
    left_off = display_width(line_or_empty(anchors->left_line), left_off);
    right_off = display_width(line_or_empty(anchors->right_line), right_off);
    for (int d = -1; d <= 1; d++) {
      significant.insert(anchors->left_line + d);
      significant.insert(anchors->right_line + d);
    }
  }
  significant.erase(-1);
  significant.erase(nlines);

  std::vector<U32> result;
  auto output_line = [&](int lineno) {
    if (lineno < 0 || lineno >= nlines) return;
    const U32& l = all_lines[size_t(lineno)];
    result.push_back(l);
    if (!show) return;
    int spaces = int(l.size() - lstrip(l).size());
    int ncarets = lineno == nlines - 1 ? dp_end : display_width(l, int(l.size()));
    U32 carets;
    for (int c = 0; c < ncarets; c++) {
      if (c < spaces || (lineno == 0 && c < dp_start)) {
        carets.push_back(' ');
      } else if (anchors &&
                 (lineno > anchors->left_line || (lineno == anchors->left_line && c >= left_off)) &&
                 (lineno < anchors->right_line || (lineno == anchors->right_line && c < right_off))) {
        carets.push_back(anchors->secondary);
      } else {
        carets.push_back(anchors ? anchors->primary : U'^');
      }
    }
    result.push_back(carets);
  };
  int prev = -1;
  for (int lineno : significant) {
    if (prev >= 0) {
      int diff = lineno - prev;
      if (diff == 2) {
        output_line(lineno - 1);
      } else if (diff > 2) {
        result.push_back(to_u32("...<" + std::to_string(diff - 1) + " lines>..."));
      }
    }
    output_line(lineno);
    prev = lineno;
  }
  std::string out;
  for (const U32& l : dedent(result)) out += "    " + to_utf8(l) + "\n";
  return out;
}

}  // namespace weft
