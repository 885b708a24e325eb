// Code objects: the compiled form of a module, class body, function, lambda or comprehension.
//
// Layout of a frame's "fast" storage (vm/frame.h), indexed by the instruction operands:
//   [0, nlocals)                      co_varnames (parameters first)   LOAD_FAST i
//   [nlocals, nlocals+ncells)         cells of co_cellvars             LOAD_DEREF i   (i < ncells)
//   [nlocals+ncells, +nfree)          cells of co_freevars (closure)   LOAD_DEREF i   (i >= ncells)
//   then the value stack (stacksize).
// A cellvar that is also a parameter (CPython keeps it in both lists) starts with the argument's
// value: cell2arg[i] is that parameter's index or -1.
//
// Exception table: entries [start, end) -> handler, as CPython 3.11+: on an exception in a
// covered instruction the stack is cut to `depth`, the instruction index is pushed when `lasti`,
// then the exception, and execution continues at `handler`. Nothing runs until something raises.
// Line table: one line number per instruction (0 = no line, e.g. implicit cleanup).
// Column table (co_positions(), traceback markers): runs of consecutive instructions sharing one
// end line and start/end column, so straight-line code of one expression costs one entry.
#pragma once
#include <vector>

#include "bytecode/opcodes.h"
#include "objects/object.h"

namespace weft {

extern TypeObject CodeType;

// co_flags, CPython's values.
enum : uint32_t {
  kCoOptimized = 0x1,
  kCoNewLocals = 0x2,
  kCoVarargs = 0x4,
  kCoVarkeywords = 0x8,
  kCoNested = 0x10,
  kCoGenerator = 0x20,
  kCoNoFree = 0x40,
  kCoCoroutine = 0x80,
  kCoIterableCoroutine = 0x100,
  kCoAsyncGenerator = 0x200,
};

struct ExceptionEntry {
  uint32_t start;    // first covered instruction
  uint32_t end;      // one past the last
  uint32_t handler;  // instruction index of the handler
  uint16_t depth;    // stack depth to unwind to
  bool lasti;        // push the raising instruction's index before the exception
};

struct PositionRun {
  uint32_t start;    // first instruction of the run
  int32_t end_line;
  int32_t col;       // 0-based UTF-8 byte column, -1 unknown
  int32_t end_col;   // -1 unknown
};

struct Code : Object {
  std::vector<CodeUnit> code;
  std::vector<int32_t> lines;            // per instruction
  std::vector<ExceptionEntry> exceptions;  // sorted by start
  std::vector<PositionRun> positions;      // sorted by start; may be empty
  std::vector<int32_t> cell2arg;         // per cellvar: parameter index or -1
  Ref consts;     // tuple
  Ref names;      // tuple of str
  Ref varnames;   // tuple of str
  Ref cellvars;   // tuple of str
  Ref freevars;   // tuple of str
  Ref name;       // str
  Ref qualname;   // str
  Ref filename;   // str
  Ref doc;        // the docstring or None (functions copy it into __doc__)
  int firstlineno = 1;
  int argcount = 0;         // positional parameters, including positional-only
  int posonlyargcount = 0;
  int kwonlyargcount = 0;
  uint32_t flags = 0;
  int nlocals = 0;
  int ncells = 0;
  int nfree = 0;
  int stacksize = 0;

  int nlocalsplus() const { return nlocals + ncells + nfree; }
  // Total parameters incl. *args and **kwargs.
  int total_args() const {
    return argcount + kwonlyargcount + ((flags & kCoVarargs) ? 1 : 0) + ((flags & kCoVarkeywords) ? 1 : 0);
  }
  int line_at(size_t index) const { return index < lines.size() ? lines[index] : firstlineno; }
  const ExceptionEntry* find_handler(size_t index) const;
  // The end line and columns of instruction `index`; false when its columns are unknown.
  bool position_at(size_t index, int* end_line, int* col, int* end_col) const;
  // Name of a LOAD_DEREF operand (cellvars then freevars), borrowed str.
  Value deref_name(uint32_t i) const;
};

inline bool is_code(Value v) { return v.is_object() && v.type() == &CodeType; }

}  // namespace weft

#include "objects/init.h"
namespace weft {
void init_code_type(TypeList& out);  // called by init_vm_types (vm/vm_types.cpp)
}
