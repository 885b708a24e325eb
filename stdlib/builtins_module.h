// The builtins module (stdlib/builtins_module.cpp) and small helpers shared by the native
// modules of the "cli" area (sys, time).
#pragma once
#include <initializer_list>
#include <string>

#include "objects/init.h"
#include "objects/object.h"

namespace weft {

// Result<Ref> init_builtins_module() is declared in modules.h (MODULE(builtins)).

// Phase-1 type set-up of the types defined by the native modules of this area (struct
// sequences such as sys.version_info, sys.flags, time.struct_time). Called by runtime_init after
// init_io_types.
void init_native_module_types(TypeList& out);

// A struct sequence: a tuple subclass whose items also read as named attributes and whose repr
// is "sys.version_info(major=3, minor=12, ...)" (CPython's PyStructSequence).
struct StructSeqType : TypeObject {
  const char* const* fields = nullptr;  // field names, null-terminated
  size_t nfields = 0;
};
extern StructSeqType VersionInfoType, FlagsType, FloatInfoType, ImplementationType,
    StructTimeType;
// sys.int_info, sys.hash_info, sys.thread_info (added by osio).
extern StructSeqType IntInfoType, HashInfoType, ThreadInfoType;
// A new instance of `type` with the given items (increfs them). Count must equal nfields.
Ref make_struct_seq(StructSeqType* type, std::initializer_list<Value> items);

// Writes text to sys.stderr (falls back to fd 2 when sys.stderr is unusable).
void write_stderr(std::string_view text);
// Writes text to sys.stdout (through the file fast path when possible).
Status write_stdout(std::string_view text);

}  // namespace weft
