#pragma once
#include <string>

#include "objects/object.h"

namespace weft {

extern TypeObject FloatType;

struct Float : Object {
  double value;
};

Ref make_float(double v);
inline bool is_float(Value v) { return v.is_object() && (v.type() == &FloatType); }
inline double float_value(Value v) { return as<Float>(v)->value; }
std::string float_repr(double v);   // shortest round-trip, CPython's repr ("1e+16", "0.1", "inf")
int64_t hash_double(double v);      // equal to hash_int for integral values, as CPython
Result<Ref> float_from_string(std::string_view s);  // float("...") incl. ValueError message

// ---- Added by num (objects/float.cpp) ----
// float or a subclass of float.
bool is_float_instance(Value v);
// A new instance of `type` (float or a subclass) holding v.
Ref make_float_of_type(TypeObject* type, double v);
// x ** y with CPython's special cases ("0.0 cannot be raised to a negative power"; a negative
// base to a fractional power gives a complex, as CPython).
Result<Ref> float_pow_doubles(double x, double y);
// The value of an int or float operand as a double for mixed arithmetic; false if v is neither.
// Raises OverflowError "int too large to convert to float" (result is then an error).
Result<bool> number_as_double(Value v, double* out);
// round(x, ndigits) correctly rounded as CPython (ndigits as int64).
Result<Ref> float_round(double x, Value ndigits);

}  // namespace weft
