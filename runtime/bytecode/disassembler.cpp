#include "bytecode/disassembler.h"

#include <unistd.h>

#include <cstdio>

#include "bytecode/code.h"
#include "objects/abstract.h"
#include "objects/exceptions.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "vm/state.h"

namespace weft {

namespace {

const char* const kBinOpNames[] = {"+", "-", "*", "@", "/", "//", "%", "**", "<<", ">>", "&", "|", "^"};
const char* const kCmpNames[] = {"<", "<=", "==", "!=", ">", ">="};
const char* const kUnaryNames[] = {"-", "+", "~"};

Status disassemble_one(Code* co, std::string& out) {
  char buf[256];
  int last_line = -1;
  for (size_t i = 0; i < co->code.size(); i++) {
    CodeUnit u = co->code[i];
    Op op = unit_op(u);
    uint32_t arg = unit_arg(u);
    int line = co->line_at(i);
    std::string linecol = line != last_line ? std::to_string(line) : "";
    if (line != last_line && i > 0) out += "\n";
    last_line = line;
    std::string detail;
    switch (op_format(op)) {
      case OpFormat::CONST: {
        Ref r = TRY(repr(tuple_item(co->consts, arg)));
        detail = std::string(str_view(r));
        break;
      }
      case OpFormat::NAME: detail = std::string(str_view(tuple_item(co->names, arg))); break;
      case OpFormat::LOCAL: detail = std::string(str_view(tuple_item(co->varnames, arg))); break;
      case OpFormat::DEREF: detail = std::string(str_view(co->deref_name(arg))); break;
      case OpFormat::JUMP: detail = "to " + std::to_string(arg); break;
      case OpFormat::BINOP:
        detail = (arg & 15) < 13 ? kBinOpNames[arg & 15] : "?";
        if (arg & kBinOpInplace) detail += "=";
        break;
      case OpFormat::CMP: detail = arg < 6 ? kCmpNames[arg] : "?"; break;
      case OpFormat::UNARY: detail = arg < 3 ? kUnaryNames[arg] : "?"; break;
      case OpFormat::FORMAT: {
        static const char* const conv[] = {"", "str", "repr", "ascii"};
        detail = conv[arg & 3];
        if (arg & kFvHasSpec) detail += detail.empty() ? "with format" : ", with format";
        break;
      }
      case OpFormat::FUNC: {
        if (arg & kMfDefaults) detail += "defaults ";
        if (arg & kMfKwDefaults) detail += "kwdefaults ";
        if (arg & kMfAnnotations) detail += "annotations ";
        if (arg & kMfClosure) detail += "closure ";
        if (!detail.empty()) detail.pop_back();
        break;
      }
      default: break;
    }
    if (op_format(op) == OpFormat::NONE) {
      snprintf(buf, sizeof buf, "%4s %6zu %s\n", linecol.c_str(), i, op_name(op));
    } else if (detail.empty()) {
      snprintf(buf, sizeof buf, "%4s %6zu %-24s %u\n", linecol.c_str(), i, op_name(op), arg);
    } else {
      snprintf(buf, sizeof buf, "%4s %6zu %-24s %u (", linecol.c_str(), i, op_name(op), arg);
      out += buf;
      out += detail + ")\n";
      continue;
    }
    out += buf;
  }
  if (!co->exceptions.empty()) {
    out += "ExceptionTable:\n";
    for (const ExceptionEntry& e : co->exceptions) {
      snprintf(buf, sizeof buf, "  %u to %u -> %u [%u]%s\n", e.start, e.end - 1, e.handler, e.depth,
               e.lasti ? " lasti" : "");
      out += buf;
    }
  }
  return ok();
}

Status disassemble_rec(Code* co, std::string& out, bool recursive, bool header) {
  if (header) {
    Ref r = TRY(repr(Value(co)));
    out += "Disassembly of " + std::string(str_view(r)) + ":\n";
  }
  TRY(disassemble_one(co, out));
  if (!recursive) return ok();
  Tuple* consts = as<Tuple>(co->consts);
  for (size_t i = 0; i < consts->size; i++) {
    if (is_code(consts->items[i])) {
      out += "\n";
      TRY(disassemble_rec(as<Code>(consts->items[i]), out, true, true));
    }
  }
  return ok();
}

}  // namespace

Result<std::string> disassemble(Value code, bool recursive) {
  if (!is_code(code)) return raise(&exc::TypeError, "disassemble() expects a code object");
  std::string out;
  TRY(disassemble_rec(as<Code>(code), out, recursive, false));
  return out;
}

Status print_disassembly(Value code) {
  std::string text = TRY(disassemble(code, true));
  ThreadState* ts = ThreadState::current();
  if (ts && ts->interp && ts->interp->sys) {
    Ref out = TRY(getattr_opt(ts->interp->sys, ids::stdout));
    if (out && !is_none(out)) {
      Ref s = make_str(text);
      TRY(call_method(out, ids::write, {s.get()}));
      return ok();
    }
  }
  size_t off = 0;
  while (off < text.size()) {
    ssize_t n = ::write(1, text.data() + off, text.size() - off);
    if (n <= 0) break;
    off += size_t(n);
  }
  return ok();
}

}  // namespace weft
