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

}  // namespace weft
