// The singletons None, NotImplemented and Ellipsis and their types. All immortal.
#include "objects/abstract.h"
#include "objects/exceptions.h"
#include "objects/init.h"
#include "objects/str.h"
#include "objects/tuple.h"

namespace weft {

Object NoneObject;
Object NotImplementedObject;
Object EllipsisObject;
TypeObject NoneType, NotImplementedType, EllipsisType;

namespace {

bool has_args(CallArgs args) { return args.nargs != 0 || args.nkw() != 0; }

Result<Ref> none_repr(Value) { return make_str("None"); }
Result<bool> none_truth(Value) { return false; }
Result<int64_t> none_hash(Value) { return int64_t(0xFCA86420); }  // CPython 3.12+: constant
Result<Ref> none_new(TypeObject*, CallArgs args) {
  if (has_args(args)) return raise(exc::TypeError, "NoneType takes no arguments");
  return none();
}

Result<Ref> notimpl_repr(Value) { return make_str("NotImplemented"); }
Result<Ref> notimpl_new(TypeObject*, CallArgs args) {
  if (has_args(args)) return raise(exc::TypeError, "NotImplementedType takes no arguments");
  return not_implemented();
}
Result<Ref> notimpl_reduce(Value, CallArgs) { return make_str("NotImplemented"); }

Result<Ref> ellipsis_repr(Value) { return make_str("Ellipsis"); }
Result<Ref> ellipsis_new(TypeObject*, CallArgs args) {
  if (has_args(args)) return raise(exc::TypeError, "EllipsisType takes no arguments");
  return Ref::steal(Value(&EllipsisObject));
}
Result<Ref> ellipsis_reduce(Value, CallArgs) { return make_str("Ellipsis"); }

const MethodDef kNotImplementedMethods[] = {{"__reduce__", notimpl_reduce}, {nullptr, nullptr}};
const MethodDef kEllipsisMethods[] = {{"__reduce__", ellipsis_reduce}, {nullptr, nullptr}};

}  // namespace

void init_none_types(TypeList& out) {
  NoneType.name = "NoneType";
  NoneType.repr = none_repr;
  NoneType.truth = none_truth;
  NoneType.hash = none_hash;
  NoneType.new_ = none_new;
  NoneType.doc = "The type of the None singleton.";

  NotImplementedType.name = "NotImplementedType";
  NotImplementedType.repr = notimpl_repr;
  NotImplementedType.new_ = notimpl_new;
  NotImplementedType.methods = kNotImplementedMethods;
  NotImplementedType.doc = "The type of the NotImplemented singleton.";

  EllipsisType.name = "ellipsis";
  EllipsisType.repr = ellipsis_repr;
  EllipsisType.new_ = ellipsis_new;
  EllipsisType.methods = kEllipsisMethods;
  EllipsisType.doc = "The type of the Ellipsis singleton.";

  NoneObject.type = &NoneType;
  NotImplementedObject.type = &NotImplementedType;
  EllipsisObject.type = &EllipsisType;
  make_immortal(&NoneObject);
  make_immortal(&NotImplementedObject);
  make_immortal(&EllipsisObject);
  out.push_back(&NoneType);
  out.push_back(&NotImplementedType);
  out.push_back(&EllipsisType);
}

}  // namespace weft
