// The `code` type: read-only attributes as CPython's co_* and a repr.
#include "bytecode/code.h"

#include <algorithm>
#include <cstdio>

#include "objects/abstract.h"
#include "objects/bytes.h"
#include "objects/exceptions.h"
#include "objects/init.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/args.h"
#include "objects/str.h"
#include "objects/tuple.h"

namespace weft {

TypeObject CodeType;

const ExceptionEntry* Code::find_handler(size_t index) const {
  // Entries of nested handlers are emitted innermost-first per instruction, so the first entry
  // that covers the index is the innermost handler (ranges never partially overlap).
  for (const ExceptionEntry& e : exceptions) {
    if (index >= e.start && index < e.end) return &e;
  }
  return nullptr;
}

bool Code::position_at(size_t index, int* end_line, int* col, int* end_col) const {
  auto it = std::upper_bound(positions.begin(), positions.end(), index,
                             [](size_t i, const PositionRun& r) { return i < r.start; });
  if (it == positions.begin()) return false;
  --it;
  if (it->col < 0 || it->end_col < 0 || index >= code.size()) return false;
  *end_line = it->end_line;
  *col = it->col;
  *end_col = it->end_col;
  return true;
}

Value Code::deref_name(uint32_t i) const {
  if (int(i) < ncells) return tuple_item(cellvars, i);
  return tuple_item(freevars, i - ncells);
}

namespace {

void code_dealloc(Object* o) { delete_object(static_cast<Code*>(o)); }

Result<Ref> code_repr(Value v) {
  Code* c = as<Code>(v);
  char buf[64];
  snprintf(buf, sizeof buf, "%p", static_cast<void*>(c));
  std::string s = "<code object ";
  s += str_view(c->name);
  s += " at ";
  s += buf;
  s += ", file \"";
  s += str_view(c->filename);
  s += "\", line ";
  s += std::to_string(c->firstlineno);
  s += ">";
  return make_str(s);
}

#define CODE_REF_GETTER(field)                                 \
  Result<Ref> get_##field(Value v) { return Ref(as<Code>(v)->field); }
CODE_REF_GETTER(consts)
CODE_REF_GETTER(names)
CODE_REF_GETTER(varnames)
CODE_REF_GETTER(cellvars)
CODE_REF_GETTER(freevars)
CODE_REF_GETTER(name)
CODE_REF_GETTER(qualname)
CODE_REF_GETTER(filename)
#undef CODE_REF_GETTER
#define CODE_INT_GETTER(field, expr)                                       \
  Result<Ref> get_##field(Value v) { Code* c = as<Code>(v); (void)c; return make_int(expr); }
CODE_INT_GETTER(firstlineno, c->firstlineno)
CODE_INT_GETTER(argcount, c->argcount)
CODE_INT_GETTER(posonlyargcount, c->posonlyargcount)
CODE_INT_GETTER(kwonlyargcount, c->kwonlyargcount)
CODE_INT_GETTER(flags, c->flags)
CODE_INT_GETTER(nlocals, c->nlocals)
CODE_INT_GETTER(stacksize, c->stacksize)
#undef CODE_INT_GETTER

Result<Ref> get_code(Value v) {
  Code* c = as<Code>(v);
  std::string bytes;
  for (CodeUnit u : c->code) {
    for (int i = 0; i < 4; i++) bytes.push_back(char((u >> (8 * i)) & 0xff));
  }
  return make_bytes(bytes);
}

// co_positions(): (line, end_line, col, end_col) per instruction, None where unknown.
Result<Ref> code_positions(Value self, CallArgs args) {
  TRY(check_nargs(args, "co_positions", 0, 0));
  Code* c = as<Code>(self);
  Ref out = make_list(c->code.size());
  for (size_t i = 0; i < c->code.size(); i++) {
    int line = c->line_at(i), end_line = 0, col = 0, end_col = 0;
    Ref l = line > 0 ? make_int(line) : none();
    Ref t;
    if (line > 0 && c->position_at(i, &end_line, &col, &end_col)) {
      t = make_tuple({l.get(), make_int(end_line).get(), make_int(col).get(), make_int(end_col).get()});
    } else {
      t = make_tuple({l.get(), l.get(), none().get(), none().get()});
    }
    TRY(list_append(out.as<List>(), t));
  }
  return get_iter(out);
}

Result<Ref> code_replace(Value self, CallArgs args) {
  return raise(&exc::NotImplementedError, "code.replace() is not supported");
}

const GetSetDef kCodeGetSets[] = {
    {"co_consts", get_consts},
    {"co_names", get_names},
    {"co_varnames", get_varnames},
    {"co_cellvars", get_cellvars},
    {"co_freevars", get_freevars},
    {"co_name", get_name},
    {"co_qualname", get_qualname},
    {"co_filename", get_filename},
    {"co_firstlineno", get_firstlineno},
    {"co_argcount", get_argcount},
    {"co_posonlyargcount", get_posonlyargcount},
    {"co_kwonlyargcount", get_kwonlyargcount},
    {"co_flags", get_flags},
    {"co_nlocals", get_nlocals},
    {"co_stacksize", get_stacksize},
    {"co_code", get_code},
    {nullptr},
};

const MethodDef kCodeMethods[] = {
    {"replace", code_replace},
    {"co_positions", code_positions},
    {nullptr},
};

}  // namespace

void init_code_type(TypeList& out) {
  CodeType.name = "code";
  CodeType.basic_size = sizeof(Code);
  CodeType.dealloc = code_dealloc;
  CodeType.repr = code_repr;
  CodeType.getattr = generic_getattr;
  CodeType.getsets = kCodeGetSets;
  CodeType.methods = kCodeMethods;
  CodeType.doc = "Create a code object.  Not for the faint of heart.";
  out.push_back(&CodeType);
}

}  // namespace weft
