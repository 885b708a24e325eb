// The source lines of one traceback entry with CPython 3.13's position markers (PEP 657):
//     x = a + b[1]
//             ~^^^
// Shared by the native uncaught-exception printer (vm/traceback.cpp) and stdlib traceback.py
// (through the _tbformat module), so both print exactly what CPython's traceback module prints.
#pragma once
#include <string>
#include <vector>

namespace weft {

// `lines`: the source lines lineno..end_lineno, right-stripped, UTF-8 ("" for a missing line).
// `col`/`end_col`: the instruction's 0-based UTF-8 byte columns, -1 when unknown (then only the
// first line is printed, stripped). Returns the indented text ("    ...\n" lines), or "" when
// there is no source to show.
std::string format_source_lines(const std::vector<std::string>& lines, int col, int end_col);

}  // namespace weft
