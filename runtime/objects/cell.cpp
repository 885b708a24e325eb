// The `cell` type.
#include "objects/cell.h"

#include <cstdio>

#include "objects/abstract.h"
#include "objects/exceptions.h"
#include "objects/init.h"
#include "objects/str.h"
#include "objects/type.h"

namespace weft {

TypeObject CellType;

Ref make_cell(Value v) {
  Cell* c = new_object<Cell>(&CellType);
  c->value = Ref::borrow(v);
  return Ref::steal(Value(c));
}

namespace {

void cell_dealloc(Object* o) { delete_object(static_cast<Cell*>(o)); }

Result<Ref> cell_repr(Value v) {
  Cell* c = as<Cell>(v);
  char buf[160];
  if (c->value.get().is_null()) {
    snprintf(buf, sizeof buf, "<cell at %p: empty>", static_cast<void*>(c));
  } else {
    Value x = c->value;
    snprintf(buf, sizeof buf, "<cell at %p: %s object at %p>", static_cast<void*>(c), type_name(x),
             x.is_small_int() ? nullptr : static_cast<void*>(x.obj()));
  }
  return make_str(buf);
}

Result<Ref> cell_get_contents(Value v) {
  Cell* c = as<Cell>(v);
  if (c->value.get().is_null()) return raise(&exc::ValueError, "Cell is empty");
  return c->value;
}

Status cell_set_contents(Value v, Value x) {
  as<Cell>(v)->value = Ref::borrow(x);
  return ok();
}

Result<Ref> cell_richcompare(Value a, Value b, CmpOp op) {
  if (!is_cell(b)) return not_implemented();
  Value x = as<Cell>(a)->value, y = as<Cell>(b)->value;
  if (x.is_null() || y.is_null()) {
    bool xe = x.is_null(), ye = y.is_null();
    int c = xe == ye ? 0 : (xe ? -1 : 1);
    bool r = false;
    switch (op) {
      case CmpOp::Lt: r = c < 0; break;
      case CmpOp::Le: r = c <= 0; break;
      case CmpOp::Eq: r = c == 0; break;
      case CmpOp::Ne: r = c != 0; break;
      case CmpOp::Gt: r = c > 0; break;
      case CmpOp::Ge: r = c >= 0; break;
    }
    return make_bool(r);
  }
  return compare(x, y, op);
}

const GetSetDef kCellGetSets[] = {
    {"cell_contents", cell_get_contents, cell_set_contents},
    {nullptr},
};

}  // namespace

void init_cell_type(TypeList& out) {
  CellType.name = "cell";
  CellType.basic_size = sizeof(Cell);
  CellType.dealloc = cell_dealloc;
  CellType.repr = cell_repr;
  CellType.richcompare = cell_richcompare;
  CellType.getattr = generic_getattr;
  CellType.getsets = kCellGetSets;
  out.push_back(&CellType);
}

}  // namespace weft
