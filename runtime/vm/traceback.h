// Traceback objects, built as an exception unwinds each frame, and the printer used for uncaught
// exceptions (print_exception, declared in objects/exceptions.h).
#pragma once
#include <string>

#include "objects/init.h"
#include "objects/object.h"

namespace weft {

struct Frame;

extern TypeObject TracebackType;

struct Traceback : Object {
  Ref next;     // Traceback or null
  Ref frame;    // FrameObject
  int lineno = 0;
  int lasti = 0;
};

// Prepends an entry for frame f (at its current instruction) to the traceback of the exception
// in flight. Failure to allocate is ignored (the exception keeps its older entries).
void traceback_add(Frame* f);

// The formatted text of an exception as CPython 3.13 prints it (what print_exception writes).
std::string format_exception(Value exc);

void init_traceback_type(TypeList& out);  // called by init_vm_types

}  // namespace weft
