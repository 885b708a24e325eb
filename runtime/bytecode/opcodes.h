// The opcode enum, names, operand formats and stack effects, all generated from opcodes.def.
#pragma once
#include <cstddef>
#include <cstdint>

namespace weft {

enum class Op : uint8_t {
#define OP(name, fmt, eff, jeff, doc) name,
#include "bytecode/opcodes.def"
#undef OP
  kCount
};

enum class OpFormat : uint8_t { NONE, INT, CONST, NAME, LOCAL, DEREF, JUMP, BINOP, CMP, UNARY, FORMAT, FUNC };

// A code unit: opcode in the low 8 bits, operand in the high 24.
using CodeUnit = uint32_t;
inline constexpr uint32_t kMaxOparg = (1u << 24) - 1;
inline constexpr CodeUnit make_unit(Op op, uint32_t arg) { return uint32_t(op) | (arg << 8); }
inline constexpr Op unit_op(CodeUnit u) { return Op(u & 0xff); }
inline constexpr uint32_t unit_arg(CodeUnit u) { return u >> 8; }

const char* op_name(Op op);
OpFormat op_format(Op op);
const char* op_doc(Op op);
// Stack effect of one instruction; `jump` selects the effect when it branches.
int stack_effect(Op op, uint32_t arg, bool jump);
inline bool op_is_jump(Op op) { return op_format(op) == OpFormat::JUMP; }
// Instructions after which control never falls through.
inline bool op_is_terminator(Op op) {
  return op == Op::JUMP || op == Op::RETURN_VALUE || op == Op::RETURN_CONST || op == Op::RERAISE ||
         op == Op::RAISE_VARARGS;
}

// FORMAT_VALUE flags.
enum : uint32_t { kFvNone = 0, kFvStr = 1, kFvRepr = 2, kFvAscii = 3, kFvConvMask = 3, kFvHasSpec = 4 };
// MAKE_FUNCTION flags.
enum : uint32_t { kMfDefaults = 1, kMfKwDefaults = 2, kMfAnnotations = 4, kMfClosure = 8 };
// BINARY_OP: arg = BinOp, plus this for the in-place (augmented assignment) form.
inline constexpr uint32_t kBinOpInplace = 16;

}  // namespace weft
