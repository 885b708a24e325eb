// complex: a pair of IEEE doubles (objects/complex.cpp). Mixed arithmetic with int and float is
// complex's job (their slots return NotImplemented for complex operands).
#pragma once
#include "objects/init.h"
#include "objects/object.h"

namespace weft {

extern TypeObject ComplexType;

struct Complex : Object {
  double real;
  double imag;
};

Ref make_complex(double real, double imag);
bool is_complex_instance(Value v);  // complex or a subclass
// x ** y for complex values (float ** float with a negative base and fractional exponent uses
// it, as CPython returns a complex there).
Result<Ref> complex_pow_values(double xr, double xi, double yr, double yi);

void init_complex_type(TypeList& out);

}  // namespace weft
