// The regular expression engine behind the re module: parser (CPython's syntax and error
// messages) and a backtracking matcher over code points. See re_engine.cpp for the design.
#pragma once
#include <cstdint>
#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace weft::re {

// CPython's flag values (re.I, re.L, ...).
enum Flag : int {
  kIgnoreCase = 2, kLocale = 4, kMultiline = 8, kDotAll = 16, kUnicode = 32, kVerbose = 64,
  kDebug = 128, kAscii = 256,
};

struct Program;  // immutable once compiled: shared by threads without locking

struct CompileError {
  enum Kind { kReError, kOverflow, kValue } kind = kReError;
  std::string msg;   // UTF-8
  int64_t pos = -1;  // code point index into the pattern, -1 = none
};

struct Compiled {
  std::shared_ptr<const Program> program;
  int groups = 0;                                    // capturing groups (excluding group 0)
  int flags = 0;                                     // final flags (UNICODE added for str)
  std::vector<std::pair<std::string, int>> names;   // named groups in definition order
};

// Compiles `pattern` (code points; bytes patterns hold 0..255). False with *err on failure.
bool compile(const std::u32string& pattern, bool is_bytes, int flags, Compiled* out, CompileError* err);

// One match result: spans[2g], spans[2g+1] for each group g (0 = whole match), -1 when unset.
struct MatchResult {
  std::vector<int64_t> spans;
  int lastindex = -1;
};

enum class Mode { kMatch, kFullMatch, kSearch };

// Matches in subject[0, endpos) starting at pos (lookbehind and \b may look before pos).
// must_advance: an empty match at pos itself is not accepted (used by finditer/sub/split).
bool match(const Program& prog, const char32_t* subject, int64_t pos, int64_t endpos, Mode mode,
           bool must_advance, MatchResult* out);

}  // namespace weft::re
