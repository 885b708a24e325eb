// Source to running code: compile_source (lexer/parser, symbol table, code generator) and
// eval_code, plus the conversion of front-end errors into SyntaxError & co.
#include "vm/run.h"

#include <variant>

#include "bytecode/code.h"
#include "compiler/codegen.h"
#include "compiler/parser.h"
#include "compiler/symtable.h"
#include "objects/abstract.h"
#include "objects/dict.h"
#include "objects/exceptions.h"
#include "objects/int.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "vm/frame.h"
#include "vm/state.h"

namespace weft {

ErrorMarker raise_syntax_error(const SyntaxErrorInfo& info, std::string_view filename) {
  if (info.kind == SyntaxErrorInfo::Recursion) return raise(&exc::RecursionError, info.msg);
  // CPython reports the parser's own stack limit as MemoryError.
  if (info.msg.rfind("Parser stack overflowed", 0) == 0) return raise(&exc::MemoryError, info.msg);
  TypeObject* type = &exc::SyntaxError;
  if (info.kind == SyntaxErrorInfo::Indentation) type = &exc::IndentationError;
  if (info.kind == SyntaxErrorInfo::Tab) type = &exc::TabError;
  Ref msg = make_str(info.msg);
  Ref fn = make_str(filename);
  Ref text = info.has_text || !info.text.empty() ? make_str(info.text) : none();
  Ref lineno = make_int(info.lineno), offset = make_int(info.offset);
  Ref end_lineno = make_int(info.end_lineno), end_offset = make_int(info.end_offset);
  Ref details = make_tuple({fn.get(), lineno.get(), offset.get(), text.get(), end_lineno.get(), end_offset.get()});
  Result<Ref> e = new_exception(type, {msg.get(), details.get()});
  if (!e.ok()) return kError;
  return raise_value(*e);
}

Result<Ref> compile_source(std::string_view source, std::string_view filename, CompileMode mode) {
  ParseMode pm = mode == CompileMode::Eval ? ParseMode::Eval : mode == CompileMode::Single ? ParseMode::Single
                                                                                             : ParseMode::Exec;
  ParseResult parsed = parse(source, filename, pm);
  if (auto* err = std::get_if<SyntaxErrorInfo>(&parsed)) return raise_syntax_error(*err, filename);
  std::unique_ptr<ast::Module> mod = std::move(std::get<0>(parsed));
  SymtableResult st = build_symtable(*mod);
  if (auto* err = std::get_if<SyntaxErrorInfo>(&st)) return raise_syntax_error(*err, filename);
  return codegen_module(*mod, *std::get<0>(st), filename, mode);
}

Result<Ref> eval_code(Value code, Value globals, Value locals) {
  if (!is_code(code)) return raise(&exc::TypeError, "eval_code() expects a code object");
  if (!is_dict(globals)) {
    return raise(&exc::TypeError, std::string("globals must be a dict, not ") + type_name(globals));
  }
  if (dict_get_str(as<Dict>(globals), ids::dunder_builtins).is_null()) {
    TRY(dict_set_str(as<Dict>(globals), ids::dunder_builtins, current_interp()->builtins));
  }
  Code* co = as<Code>(code);
  if (co->nfree) {
    return raise(&exc::TypeError, "code object passed to exec() may not contain free variables");
  }
  return eval_module_code(co, globals, locals);
}

}  // namespace weft
