// bool: a subclass of int whose only instances are the immortal True and False (BigInt layout
// with the values 1 and 0, so every int operation accepts them unchanged).
#include <gmp.h>

#include "objects/abstract.h"
#include "objects/args.h"
#include "objects/exceptions.h"
#include "objects/init.h"
#include "objects/int.h"
#include "objects/str.h"

namespace weft {

TypeObject BoolType;

namespace {

// The limb of True's value; GMP only reads it (True/False are never mutated).
const mp_limb_t kOneLimb = 1;

BoolObject true_object;
BoolObject false_object;

inline bool bool_value(Value v) { return v.obj() == &true_object; }

Result<Ref> bool_repr(Value v) { return make_str(bool_value(v) ? "True" : "False"); }

// & | ^ of two bools is a bool; anything else is int arithmetic.
template <BinOp op>
Result<Ref> bool_bitop(Value a, Value b) {
  if (is_bool(a) && is_bool(b)) {
    bool x = bool_value(a), y = bool_value(b);
    bool r = op == BinOp::And ? (x && y) : op == BinOp::Or ? (x || y) : (x != y);
    return make_bool(r);
  }
  return IntType.binop[size_t(op)](a, b);
}

Result<Ref> bool_new(TypeObject* type, CallArgs args) {
  if (args.nkw() != 0) return raise(exc::TypeError, "bool() takes no keyword arguments");
  TRY(check_nargs(args, "bool", 0, 1));
  if (args.nargs == 0) return make_bool(false);
  bool b = TRY(truthy(args[0]));
  return make_bool(b);
}

Result<bool> bool_truth(Value v) { return bool_value(v); }

}  // namespace

Object* const True = &true_object;
Object* const False = &false_object;

void init_bool_type(TypeList& out) {
  TypeObject& t = BoolType;
  t.name = "bool";
  t.base = &IntType;
  t.flags = kTypeIntSubclass;  // not an acceptable base type
  t.basic_size = sizeof(BoolObject);
  t.repr = bool_repr;
  t.binop[size_t(BinOp::And)] = bool_bitop<BinOp::And>;
  t.binop[size_t(BinOp::Or)] = bool_bitop<BinOp::Or>;
  t.binop[size_t(BinOp::Xor)] = bool_bitop<BinOp::Xor>;
  t.truth = bool_truth;
  t.new_ = bool_new;
  t.doc =
      "bool(object=False, /)\n--\n\nReturns True when the argument is true, False otherwise.\n"
      "The builtins True and False are the only two instances of the class bool.\nThe class "
      "bool is a subclass of the class int, and cannot be subclassed.";

  for (BoolObject* o : {&true_object, &false_object}) {
    o->type = &BoolType;
    make_immortal(o);
  }
  // Read-only mpz values that need no allocation (phase 1 allocates nothing).
  true_object.value->_mp_alloc = 1;
  true_object.value->_mp_size = 1;
  true_object.value->_mp_d = const_cast<mp_limb_t*>(&kOneLimb);
  false_object.value->_mp_alloc = 1;
  false_object.value->_mp_size = 0;
  false_object.value->_mp_d = const_cast<mp_limb_t*>(&kOneLimb);
  out.push_back(&BoolType);
}

}  // namespace weft
