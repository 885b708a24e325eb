// init_vm_types (objects/init.h): the types of the VM area — code, function, method, cell,
// generator, coroutine, frame, traceback.
#include "bytecode/code.h"
#include "objects/cell.h"
#include "objects/function.h"
#include "objects/generator.h"
#include "objects/init.h"
#include "objects/weakref.h"
#include "vm/frame.h"
#include "vm/traceback.h"

namespace weft {

void init_vm_types(TypeList& out) {
  init_code_type(out);
  init_function_types(out);
  init_cell_type(out);
  init_generator_types(out);
  init_frame_type(out);
  init_traceback_type(out);
  init_weakref_types(out);
}

}  // namespace weft
