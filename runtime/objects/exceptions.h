// The exception objects and the functions that raise them. Raising stores the exception in the
// current ThreadState and returns kError, so `return raise(exc::TypeError, "...")` works in any
// function returning Result<T>.
#pragma once
#include <string>

#include "objects/object.h"

namespace weft {

namespace exc {
extern TypeObject BaseException;
#define EXC(Name, Base) extern TypeObject Name;
#include "objects/exceptions.def"
#undef EXC
}  // namespace exc

// Instance layout of BaseException and every built-in subclass. Subclass-specific attributes
// (StopIteration.value, SystemExit.code, OSError.errno, SyntaxError.lineno/...,
// KeyError, ImportError.name) live in the instance __dict__ or are computed from args.
struct BaseExceptionObject : Object {
  Ref dict;         // instance __dict__ (may be null until used)
  Ref args;         // tuple
  Ref traceback;    // Traceback object or null
  Ref cause;        // __cause__ or null
  Ref context;      // __context__ or null
  bool suppress_context = false;
  Ref notes;        // __notes__ list or null
};

// Creates an exception instance: type(*args).
Result<Ref> new_exception(TypeObject* type, std::initializer_list<Value> args);
// Raise type(message). Always returns kError.
ErrorMarker raise(TypeObject* type, const std::string& message);
// Raise type() with no arguments.
ErrorMarker raise(TypeObject* type);
// Overloads so `raise(exc::TypeError, "...")` works with the exc:: objects themselves (added by cli).
inline ErrorMarker raise(TypeObject& type, const std::string& message) { return raise(&type, message); }
inline ErrorMarker raise(TypeObject& type) { return raise(&type); }
// Raise an existing exception instance, or a class (instantiated with no arguments).
ErrorMarker raise_value(Value exc);
// Raise a KeyError whose args are (key,).
ErrorMarker raise_key_error(Value key);
// Raise StopIteration(value).
ErrorMarker raise_stop_iteration(Value value);
// Added by map: AttributeError(message) with .name and .obj set (as CPython's attribute lookups
// do; the traceback printer uses them for "Did you mean" hints), and NameError(message) with .name.
ErrorMarker raise_attribute_error(Value obj, Str* name, const std::string& message);
ErrorMarker raise_name_error(Str* name, const std::string& message);

// Inspect / clear the exception in flight on this thread.
bool error_occurred();
bool error_matches(TypeObject* type);   // isinstance(current exception, type)
inline bool error_matches(TypeObject& type) { return error_matches(&type); }  // (added by cli)
Ref fetch_error();                       // takes it out; null if none
void restore_error(Ref exc);             // puts it back
void clear_error();

// Type name as CPython prints it in messages ("int", "NoneType", "Foo").
const char* type_name(Value v);

// Attach a traceback entry for `frame` at its current line (vm/traceback.cpp).
// Prints "Traceback (most recent call last): ..." for exc to stderr, with chained causes and
// contexts exactly as CPython 3.13 does (vm/traceback.cpp).
void print_exception(Value exc);

}  // namespace weft
