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

// ---- Added by num (objects/int.cpp, objects/bool.cpp) ----
// bool's instances: ints of value 0/1 with BigInt layout (True/False in abstract.h).
struct BoolObject : BigInt {};
extern TypeObject BoolType;  // also declared in abstract.h
inline bool is_bool(Value v) { return v.is_object() && v.obj()->type == &BoolType; }
// pow(a, b, mod) for ints (mod may be null or None); NotImplemented for non-int operands.
// Negative b with a modulus gives the modular inverse ("base is not invertible for the given
// modulus").
Result<Ref> int_pow(Value a, Value b, Value mod);
// divmod(a, b) for ints -> (a // b, a % b); NotImplemented for non-int operands.
Result<Ref> int_divmod(Value a, Value b);
// str(int) in decimal, honouring sys.set_int_max_str_digits (ValueError past the limit).
Result<Ref> int_str(Value v);
// Exact int value of any int (subclass instances and bools become plain ints).
Ref int_exact(Value v);
// An instance of `type` (int or a subclass) holding the value of the int `v`.
Result<Ref> int_new_of_type(TypeObject* type, Value v);
// Truncates a finite or infinite double: "cannot convert float infinity to integer",
// "cannot convert float NaN to integer".
Result<Ref> int_from_double_checked(double d);
// int(x) with CPython's rules (__int__, __index__, __trunc__, str, bytes); base < 0: no base.
Result<Ref> int_from_object(Value x, int base_given_or_minus1);
// -1, 0 or +1 comparing two ints.
int int_compare(Value a, Value b);
// Number of bits of |v| (int.bit_length()).
uint64_t int_bit_length(Value v);
// Compares an int with a double exactly (d not NaN; infinities allowed): -1, 0, +1.
int int_compare_double(Value i, double d);
// Correctly rounded value of q * 2**exp2 (q >= 0, `sticky`: the true value is slightly above q,
// i.e. bits were dropped below q's last bit). Returns inf on overflow.
double mpz_ldexp_rounded(mpz_srcptr q, bool sticky, long exp2);
// Unicode spaces -> ' ', Unicode decimal digits -> '0'..'9', other non-ASCII -> '?' (for
// int()/float() parsing of str, as CPython's _PyUnicode_TransformDecimalAndSpaceToASCII).
std::string unicode_to_ascii_digits(std::string_view text);

}  // namespace weft
