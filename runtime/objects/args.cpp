// Argument parsing for native functions with CPython 3.13's (Argument Clinic) messages.
#include "objects/args.h"

#include <string>
#include <string_view>
#include <vector>

#include "objects/exceptions.h"
#include "objects/str.h"
#include "objects/tuple.h"

namespace weft {

namespace {

std::string with_parens(const char* fname) {
  std::string s = fname;
  if (s.empty() || s.back() != ')') s += "()";
  return s;
}

std::string plural(size_t n, const char* word) {
  return std::to_string(n) + " " + word + (n == 1 ? "" : "s");
}

// CPython's suggestion distance (Lib/traceback.py / suggestions.c): Levenshtein with a move cost
// of 2 and a case-change cost of 1.
size_t levenshtein(std::string_view a, std::string_view b, size_t max_cost) {
  constexpr size_t kMove = 2, kCase = 1;
  if (a == b) return 0;
  std::vector<size_t> row(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) row[j] = j * kMove;
  for (size_t i = 1; i <= a.size(); ++i) {
    size_t prev = row[0];
    row[0] = i * kMove;
    size_t best = row[0];
    for (size_t j = 1; j <= b.size(); ++j) {
      size_t sub;
      char x = a[i - 1], y = b[j - 1];
      if (x == y) sub = 0;
      else if (std::tolower((unsigned char)x) == std::tolower((unsigned char)y)) sub = kCase;
      else sub = kMove;
      size_t v = std::min(prev + sub, std::min(row[j] + kMove, row[j - 1] + kMove));
      prev = row[j];
      row[j] = v;
      best = std::min(best, v);
    }
    if (best > max_cost) return max_cost + 1;
  }
  return row[b.size()];
}

std::string suggestion(std::string_view bad, const std::vector<std::string_view>& names) {
  std::string_view best;
  size_t best_cost = SIZE_MAX;
  for (std::string_view n : names) {
    if (n.empty()) continue;
    size_t max_cost = (bad.size() + n.size() + 3) * 2 / 6;
    if (best_cost != SIZE_MAX && best_cost - 1 < max_cost) max_cost = best_cost - 1;
    size_t c = levenshtein(bad, n, max_cost);
    if (c > max_cost) continue;
    if (c < best_cost) {
      best_cost = c;
      best = n;
    }
  }
  if (best.empty()) return "";
  return ". Did you mean '" + std::string(best) + "'?";
}

}  // namespace

Status parse_args(CallArgs args, const char* fname, std::initializer_list<const char*> names,
                  size_t required, std::initializer_list<Value*> out) {
  std::string fn = with_parens(fname);
  struct Param {
    std::string_view name;
    bool kwonly, posonly;
  };
  std::vector<Param> params;
  size_t npos = 0;  // parameters that may be given positionally
  bool any_kwonly = false;
  for (const char* n : names) {
    std::string_view s = n;
    Param p{s, false, false};
    if (!s.empty() && s[0] == '$') {
      p.kwonly = true;
      p.name = s.substr(1);
      any_kwonly = true;
    } else if (!s.empty() && s[0] == '/') {
      p.posonly = true;
      p.name = s.substr(1);
    } else if (s.empty()) {
      p.posonly = true;
    }
    if (!p.kwonly) ++npos;
    params.push_back(p);
  }
  std::vector<Value*> outs(out);
  for (Value* o : outs) *o = Value();

  if (args.nargs > npos) {
    if (npos == 0) return raise(exc::TypeError, fn + " takes no positional arguments");
    return raise(exc::TypeError, fn + " takes at most " + std::to_string(npos) +
                                     (any_kwonly ? " positional argument" : " argument") +
                                     (npos == 1 ? "" : "s") + " (" + std::to_string(args.nargs) + " given)");
  }
  for (size_t i = 0; i < args.nargs && i < outs.size(); ++i) *outs[i] = args[i];

  size_t nkw = args.nkw();
  std::vector<bool> used(nkw, false);
  for (size_t k = 0; k < nkw; ++k) {
    std::string_view kname = str_view(tuple_item(Value(args.kwnames), k));
    for (size_t i = 0; i < params.size(); ++i) {
      if (params[i].posonly || params[i].name != kname) continue;
      if (i < args.nargs)
        return raise(exc::TypeError, "argument for " + fn + " given by name ('" + std::string(kname) +
                                         "') and position (" + std::to_string(i + 1) + ")");
      if (i < outs.size()) *outs[i] = args.kwvalue(k);
      used[k] = true;
      break;
    }
  }
  for (size_t i = 0; i < required && i < params.size(); ++i) {
    if (i < outs.size() && *outs[i]) continue;
    if (params[i].kwonly)
      return raise(exc::TypeError, fn + " missing required keyword-only argument '" + std::string(params[i].name) + "'");
    if (params[i].name.empty())
      return raise(exc::TypeError, fn + " expected at least " + plural(required, "argument") + ", got " +
                                       std::to_string(args.nargs));
    return raise(exc::TypeError, fn + " missing required argument '" + std::string(params[i].name) +
                                     "' (pos " + std::to_string(i + 1) + ")");
  }
  for (size_t k = 0; k < nkw; ++k) {
    if (used[k]) continue;
    std::string_view kname = str_view(tuple_item(Value(args.kwnames), k));
    std::vector<std::string_view> cands;
    for (const Param& p : params)
      if (!p.posonly) cands.push_back(p.name);
    return raise(exc::TypeError, fn + " got an unexpected keyword argument '" + std::string(kname) + "'" +
                                     suggestion(kname, cands));
  }
  return ok();
}

Status check_no_kwargs(CallArgs args, const char* fname) {
  if (args.nkw() == 0) return ok();
  return raise(exc::TypeError, with_parens(fname) + " takes no keyword arguments");
}

Status check_nargs(CallArgs args, const char* fname, size_t min, size_t max) {
  size_t n = args.nargs;
  if (n >= min && n <= max) return ok();
  std::string f = fname;
  bool parens = !f.empty() && f.back() == ')';
  if (parens && min == max && max <= 1) {
    if (max == 0) return raise(exc::TypeError, f + " takes no arguments (" + std::to_string(n) + " given)");
    return raise(exc::TypeError, f + " takes exactly one argument (" + std::to_string(n) + " given)");
  }
  if (min == max)
    return raise(exc::TypeError, f + " expected " + plural(min, "argument") + ", got " + std::to_string(n));
  if (n < min)
    return raise(exc::TypeError, f + " expected at least " + plural(min, "argument") + ", got " + std::to_string(n));
  return raise(exc::TypeError, f + " expected at most " + plural(max, "argument") + ", got " + std::to_string(n));
}

}  // namespace weft
