// cell: the box shared between a function and the closures that capture its variables.
#pragma once
#include "objects/object.h"

namespace weft {

extern TypeObject CellType;

struct Cell : Object {
  Ref value;  // null = empty (unbound)
};

Ref make_cell(Value v);  // v may be null (empty cell); increfs v
inline bool is_cell(Value v) { return v.is_object() && v.type() == &CellType; }

}  // namespace weft

#include "objects/init.h"
namespace weft {
void init_cell_type(TypeList& out);  // called by init_vm_types
}
