// Start-up of the built-in types, in two phases (vm/startup.cpp):
//  1. each area's init_*_types() fills the fields and slots of its static TypeObjects and
//     appends them to `out` (no allocation happens in this phase);
//  2. the static strings are created, then type_ready() runs for every type in `out` (it readies
//     a base before its subclasses by itself).
#pragma once
#include <vector>

#include "objects/object.h"

namespace weft {

using TypeList = std::vector<TypeObject*>;

void init_core_types(TypeList& out);       // type, object, descriptors, property, super, ...
void init_number_types(TypeList& out);     // int, bool, float, NoneType, NotImplementedType, ellipsis
void init_sequence_types(TypeList& out);   // str, bytes, bytearray, tuple, list, range, slice, iterators
void init_mapping_types(TypeList& out);    // dict and its views, set, frozenset, module
void init_exception_types(TypeList& out);  // BaseException and everything in exceptions.def
void init_vm_types(TypeList& out);         // code, function, method, cell, generator, frame, traceback
void init_io_types(TypeList& out);         // file objects (open(), sys.stdout, ...)

}  // namespace weft
