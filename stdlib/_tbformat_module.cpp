// _tbformat: the traceback module's source-line formatter (Weft-internal). traceback.py calls
// source_lines(lines, colno, end_colno) so that traceback.print_exc() draws the same ~~^^ markers
// as the native uncaught-exception printer (both use vm/tb_source.h).
#include "modules.h"
#include "objects/abstract.h"
#include "objects/args.h"
#include "objects/exceptions.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/str.h"
#include "vm/tb_source.h"

namespace weft {

namespace {

Result<int> column_arg(Value v) {
  if (is_none(v)) return -1;
  if (!is_int(v)) return raise(&exc::TypeError, "column must be an int or None");
  int64_t c = 0;
  if (!int_to_int64(v, &c) || c < 0 || c > (1 << 30)) return -1;
  return int(c);
}

// source_lines(lines: list[str], colno, end_colno) -> str
Result<Ref> tb_source_lines(Value, CallArgs args) {
  TRY(check_nargs(args, "source_lines", 3, 3));
  if (!is_list(args[0])) return raise(&exc::TypeError, "source_lines() expects a list of str");
  std::vector<std::string> lines;
  for (size_t i = 0; i < list_size(args[0]); i++) {
    Value l = list_item(args[0], i);
    if (!is_str(l)) return raise(&exc::TypeError, "source_lines() expects a list of str");
    std::string text = TRY(str_utf8(l));
    lines.push_back(std::move(text));
  }
  int col = TRY(column_arg(args[1]));
  int end_col = TRY(column_arg(args[2]));
  return make_str(format_source_lines(lines, col, end_col));
}

const MethodDef kFunctions[] = {
    {"source_lines", tb_source_lines},
    {nullptr},
};

}  // namespace

Result<Ref> init__tbformat_module() {
  Ref m = make_module("_tbformat");
  TRY(module_add_functions(m, kFunctions));
  return m;
}

}  // namespace weft
