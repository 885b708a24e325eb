#include "bytecode/opcodes.h"

namespace weft {

namespace {
struct OpInfo {
  const char* name;
  OpFormat format;
  const char* doc;
};
constexpr OpInfo kOpInfo[] = {
#define OP(name, fmt, eff, jeff, doc) {#name, OpFormat::fmt, doc},
#include "bytecode/opcodes.def"
#undef OP
};
}  // namespace

const char* op_name(Op op) { return op < Op::kCount ? kOpInfo[size_t(op)].name : "<invalid>"; }
OpFormat op_format(Op op) { return op < Op::kCount ? kOpInfo[size_t(op)].format : OpFormat::NONE; }
const char* op_doc(Op op) { return op < Op::kCount ? kOpInfo[size_t(op)].doc : ""; }

int stack_effect(Op op, uint32_t arg, bool jump) {
  switch (op) {
#define OP(name, fmt, eff, jeff, doc) \
  case Op::name:                      \
    return jump ? int(jeff) : int(eff);
#include "bytecode/opcodes.def"
#undef OP
    default:
      return 0;
  }
}

}  // namespace weft
