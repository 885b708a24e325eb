// int: small values inline in the Value (object.h), others BigInt objects holding a GMP mpz.
// Every function returning an int normalises: a result that fits the small range is small.
#pragma once
#include <gmp.h>

#include <string>
#include <string_view>

#include "objects/object.h"

namespace weft {

struct BigInt : Object {
  mpz_t value;  // |value| > kSmallIntMax (or an int subclass instance of any value)
};

Ref make_int(int64_t v);
Ref make_int_from_mpz(const mpz_t v);  // copies
Ref make_int_from_double(double d);    // truncates; caller checks finite
// True for int and its subclasses (bool included).
inline bool is_int(Value v) { return v.is_small_int() || (v.type()->flags & kTypeIntSubclass); }
// Exact value as int64 if it fits; false otherwise (v must be an int).
bool int_to_int64(Value v, int64_t* out);
// Sets out (initialised by the caller) to the value of v (v must be an int).
void int_to_mpz(Value v, mpz_t out);
Result<double> int_to_double(Value v);  // OverflowError: int too large to convert to float
std::string int_to_string(Value v, int base = 10);  // "-0x1f" style prefixes for base 2/8/16
Result<Ref> int_from_string(std::string_view s, int base);  // int("...", base) incl. errors
int64_t hash_int(Value v);  // CPython's hash (mod 2**61 - 1)
int int_sign(Value v);

}  // namespace weft
