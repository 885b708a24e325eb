// Argument checking for native functions, with CPython's messages.
//
//   Value x, base;                                         // null when not given
//   TRY(parse_args(args, "int", {"x", "base"}, 0, {&x, &base}));
//
// `names` are the parameter names (positional-or-keyword, in order; a name starting with '$'
// is keyword-only, a name starting with '/' is positional-only and written without the '/';
// "" is a nameless positional-only). `required` is how many leading parameters must be given.
// Errors: "int() takes at most 2 arguments (3 given)", "f() missing required argument 'x' (pos 1)",
// "'foo' is an invalid keyword argument for f()", "f() got multiple values for argument 'x'".
#pragma once
#include <initializer_list>

#include "objects/object.h"

namespace weft {

Status parse_args(CallArgs args, const char* fname, std::initializer_list<const char*> names,
                  size_t required, std::initializer_list<Value*> out);
// "len() takes no keyword arguments"
Status check_no_kwargs(CallArgs args, const char* fname);
// Positional count check with CPython's messages: "len() takes exactly one argument (2 given)",
// "f expected at most 2 arguments, got 3", "f expected at least 1 argument, got 0".
Status check_nargs(CallArgs args, const char* fname, size_t min, size_t max);

}  // namespace weft
