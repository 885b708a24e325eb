// The operator module (CPython's operator + _operator in one native module): the operators as
// functions, their in-place forms and dunder aliases, and itemgetter/attrgetter/methodcaller.
#include <mutex>
#include <string>
#include <vector>

#include "modules.h"
#include "objects/abstract.h"
#include "objects/args.h"
#include "objects/dict.h"
#include "objects/exceptions.h"
#include "objects/int.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"

namespace weft {

namespace {

TypeObject ItemGetterType, AttrGetterType, MethodCallerType;

#define BINARY(pyname, op)                                   \
  Result<Ref> op_##pyname(Value, CallArgs args) {            \
    TRY(check_no_kwargs(args, #pyname));                     \
    TRY(check_nargs(args, #pyname, 2, 2));                   \
    return binary_op(args[0], args[1], BinOp::op);           \
  }                                                          \
  Result<Ref> op_i##pyname(Value, CallArgs args) {           \
    TRY(check_no_kwargs(args, "i" #pyname));                 \
    TRY(check_nargs(args, "i" #pyname, 2, 2));               \
    return inplace_op(args[0], args[1], BinOp::op);          \
  }
BINARY(add, Add)
BINARY(sub, Sub)
BINARY(mul, Mul)
BINARY(matmul, MatMul)
BINARY(truediv, TrueDiv)
BINARY(floordiv, FloorDiv)
BINARY(mod, Mod)
BINARY(pow, Pow)
BINARY(lshift, LShift)
BINARY(rshift, RShift)
BINARY(and_, And)
BINARY(or_, Or)
BINARY(xor, Xor)
#undef BINARY

#define COMPARE(pyname, op)                                  \
  Result<Ref> op_##pyname(Value, CallArgs args) {            \
    TRY(check_no_kwargs(args, #pyname));                     \
    TRY(check_nargs(args, #pyname, 2, 2));                   \
    return compare(args[0], args[1], CmpOp::op);             \
  }
COMPARE(lt, Lt)
COMPARE(le, Le)
COMPARE(eq, Eq)
COMPARE(ne, Ne)
COMPARE(gt, Gt)
COMPARE(ge, Ge)
#undef COMPARE

#define UNARY(pyname, expr)                                  \
  Result<Ref> op_##pyname(Value, CallArgs args) {            \
    TRY(check_no_kwargs(args, #pyname));                     \
    TRY(check_nargs(args, #pyname, 1, 1));                   \
    Value a = args[0];                                       \
    return expr;                                             \
  }
UNARY(neg, unary_op(a, UnaryOp::Neg))
UNARY(pos, unary_op(a, UnaryOp::Pos))
UNARY(invert, unary_op(a, UnaryOp::Invert))
UNARY(index, index(a))
#undef UNARY

Result<Ref> op_abs(Value, CallArgs args) {
  TRY(check_nargs(args, "abs", 1, 1));
  Value a = args[0];
  if (!a.type()->abs) return raise(exc::TypeError, std::string("bad operand type for abs(): '") + type_name(a) + "'");
  return a.type()->abs(a);
}

Result<Ref> op_not(Value, CallArgs args) {
  TRY(check_nargs(args, "not_", 1, 1));
  bool t = TRY(truthy(args[0]));
  return make_bool(!t);
}

Result<Ref> op_truth(Value, CallArgs args) {
  TRY(check_nargs(args, "truth", 1, 1));
  bool t = TRY(truthy(args[0]));
  return make_bool(t);
}

Result<Ref> op_is(Value, CallArgs args) {
  TRY(check_nargs(args, "is_", 2, 2));
  return make_bool(args[0].is(args[1]));
}

Result<Ref> op_is_not(Value, CallArgs args) {
  TRY(check_nargs(args, "is_not", 2, 2));
  return make_bool(!args[0].is(args[1]));
}

bool is_sequence(Value v) { return v.type()->getitem && !is_dict(v); }

Result<Ref> concat_impl(CallArgs args, const char* name, bool inplace) {
  TRY(check_nargs(args, name, 2, 2));
  if (!is_sequence(args[0]))
    return raise(exc::TypeError, std::string("'") + type_name(args[0]) + "' object can't be concatenated");
  return inplace ? inplace_op(args[0], args[1], BinOp::Add) : binary_op(args[0], args[1], BinOp::Add);
}
Result<Ref> op_concat(Value, CallArgs args) { return concat_impl(args, "concat", false); }
Result<Ref> op_iconcat(Value, CallArgs args) { return concat_impl(args, "iconcat", true); }

Result<Ref> op_contains(Value, CallArgs args) {
  TRY(check_nargs(args, "contains", 2, 2));
  bool r = TRY(contains(args[0], args[1]));
  return make_bool(r);
}

Result<Ref> op_countOf(Value, CallArgs args) {
  TRY(check_nargs(args, "countOf", 2, 2));
  Ref it = TRY(get_iter(args[0]));
  int64_t n = 0;
  for (;;) {
    Ref x = TRY(iter_next(it));
    if (!x) break;
    if (x.get().is(args[1]) || TRY(equals(x, args[1]))) ++n;
  }
  return make_int(n);
}

Result<Ref> op_indexOf(Value, CallArgs args) {
  TRY(check_nargs(args, "indexOf", 2, 2));
  Ref it = TRY(get_iter(args[0]));
  for (int64_t i = 0;; ++i) {
    Ref x = TRY(iter_next(it));
    if (!x) break;
    if (x.get().is(args[1]) || TRY(equals(x, args[1]))) return make_int(i);
  }
  return raise(exc::ValueError, "sequence.index(x): x not in sequence");
}

Result<Ref> op_getitem(Value, CallArgs args) {
  TRY(check_nargs(args, "getitem", 2, 2));
  return getitem(args[0], args[1]);
}

Result<Ref> op_setitem(Value, CallArgs args) {
  TRY(check_nargs(args, "setitem", 3, 3));
  TRY(setitem(args[0], args[1], args[2]));
  return none();
}

Result<Ref> op_delitem(Value, CallArgs args) {
  TRY(check_nargs(args, "delitem", 2, 2));
  TRY(delitem(args[0], args[1]));
  return none();
}

Result<Ref> op_length_hint(Value, CallArgs args) {
  TRY(check_nargs(args, "length_hint", 1, 2));
  int64_t dflt = 0;
  if (args.nargs == 2) {
    if (!is_int(args[1]))
      return raise(exc::TypeError, std::string("'") + type_name(args[1]) + "' object cannot be interpreted as an integer");
    dflt = TRY(index_to_int64(args[1]));
  }
  Value o = args[0];
  if (o.type()->len) {
    Result<int64_t> n = length(o);
    if (n.ok()) return make_int(*n);
    if (!error_matches(exc::TypeError)) return kError;
    clear_error();
  }
  Ref hint = TRY(call_special_opt(o, intern("__length_hint__"), {}));
  if (!hint || hint.get().is(NotImplemented())) return make_int(dflt);
  if (!is_int(hint))
    return raise(exc::TypeError, std::string("__length_hint__ must be an integer, not ") + type_name(hint));
  int64_t n = TRY(index_to_int64(hint));
  if (n < 0) return raise(exc::ValueError, "__length_hint__() should return >= 0");
  return hint;
}

Result<Ref> op_call(Value, CallArgs args) {
  if (args.nargs < 1) return raise(exc::TypeError, "call() missing 1 required positional argument: 'obj'");
  CallArgs rest;
  rest.args = args.args + 1;
  rest.nargs = args.nargs - 1;
  rest.kwnames = args.kwnames;
  return call(args[0], rest);
}

// ---- itemgetter / attrgetter / methodcaller ----
struct Getter : Object {
  std::vector<Ref> items;          // itemgetter: keys; attrgetter: one tuple of name parts per attribute
  Ref name, args;                  // methodcaller: name, positional args tuple
  Ref kwnames;                     // methodcaller: tuple of keyword names (values follow args in kwvals)
  std::vector<Ref> kwvals;
};

void getter_dealloc(Object* o) { delete_object(static_cast<Getter*>(o)); }

Result<Ref> itemgetter_new(TypeObject* type, CallArgs args) {
  TRY(check_no_kwargs(args, "itemgetter"));
  if (args.nargs == 0) return raise(exc::TypeError, "itemgetter expected 1 argument, got 0");
  Getter* g = new_object<Getter>(type);
  for (size_t i = 0; i < args.nargs; ++i) g->items.push_back(Ref::borrow(args[i]));
  return Ref::steal(Value(g));
}

Result<Ref> itemgetter_call(Value self, CallArgs args) {
  TRY(check_no_kwargs(args, "itemgetter"));
  TRY(check_nargs(args, "itemgetter", 1, 1));
  Getter* g = as<Getter>(self);
  if (g->items.size() == 1) return getitem(args[0], g->items[0]);
  Ref t = make_tuple(g->items.size());
  for (size_t i = 0; i < g->items.size(); ++i) {
    Result<Ref> x = getitem(args[0], g->items[i]);
    if (!x.ok()) {
      for (size_t k = i; k < g->items.size(); ++k) tuple_init_item(t.as<Tuple>(), k, none());
      return kError;
    }
    tuple_init_item(t.as<Tuple>(), i, x.take());
  }
  return t;
}

Result<Ref> repr_list(Value self, const char* name, const std::vector<Ref>& items) {
  std::string out = std::string(self.type()->name) + "(";
  (void)name;
  if (repr_enter(self.obj())) return make_str(std::string(self.type()->name) + "(...)");
  for (size_t i = 0; i < items.size(); ++i) {
    if (i) out += ", ";
    Result<std::string> r = repr_utf8(items[i]);
    if (!r.ok()) {
      repr_leave(self.obj());
      return kError;
    }
    out += *r;
  }
  repr_leave(self.obj());
  return make_str(out + ")");
}

Result<Ref> itemgetter_repr(Value self) { return repr_list(self, "itemgetter", as<Getter>(self)->items); }

Result<Ref> attrgetter_new(TypeObject* type, CallArgs args) {
  TRY(check_no_kwargs(args, "attrgetter"));
  if (args.nargs == 0) return raise(exc::TypeError, "attrgetter expected 1 argument, got 0");
  Getter* g = new_object<Getter>(type);
  Ref r = Ref::steal(Value(g));
  for (size_t i = 0; i < args.nargs; ++i) {
    if (!is_str(args[i])) return raise(exc::TypeError, "attribute name must be a string");
    std::string_view s = str_view(args[i]);
    std::vector<Ref> parts;
    size_t start = 0;
    for (;;) {
      size_t dot = s.find('.', start);
      std::string_view part = s.substr(start, dot == std::string_view::npos ? std::string_view::npos : dot - start);
      parts.push_back(intern_ref(part));
      if (dot == std::string_view::npos) break;
      start = dot + 1;
    }
    Ref t = make_tuple(parts.size());
    for (size_t k = 0; k < parts.size(); ++k) tuple_init_item(t.as<Tuple>(), k, std::move(parts[k]));
    g->items.push_back(std::move(t));
  }
  return r;
}

Result<Ref> dotted_get(Value obj, Value parts) {
  Ref cur = Ref::borrow(obj);
  for (size_t k = 0; k < tuple_size(parts); ++k) cur = TRY(getattr(cur, as<Str>(tuple_item(parts, k))));
  return cur;
}

Result<Ref> attrgetter_call(Value self, CallArgs args) {
  TRY(check_no_kwargs(args, "attrgetter"));
  TRY(check_nargs(args, "attrgetter", 1, 1));
  Getter* g = as<Getter>(self);
  if (g->items.size() == 1) return dotted_get(args[0], g->items[0]);
  Ref t = make_tuple(g->items.size());
  for (size_t i = 0; i < g->items.size(); ++i) {
    Result<Ref> x = dotted_get(args[0], g->items[i]);
    if (!x.ok()) {
      for (size_t k = i; k < g->items.size(); ++k) tuple_init_item(t.as<Tuple>(), k, none());
      return kError;
    }
    tuple_init_item(t.as<Tuple>(), i, x.take());
  }
  return t;
}

Result<Ref> attrgetter_repr(Value self) {
  std::vector<Ref> names;
  for (Ref& parts : as<Getter>(self)->items) {
    std::string s;
    for (size_t k = 0; k < tuple_size(parts); ++k) {
      if (k) s += '.';
      s += str_view(tuple_item(parts, k));
    }
    names.push_back(make_str(s));
  }
  return repr_list(self, "attrgetter", names);
}

Result<Ref> methodcaller_new(TypeObject* type, CallArgs args) {
  if (args.nargs == 0) return raise(exc::TypeError, "methodcaller needs at least one argument, the method name");
  if (!is_str(args[0])) return raise(exc::TypeError, "method name must be a string");
  Getter* g = new_object<Getter>(type);
  Ref r = Ref::steal(Value(g));
  g->name = intern_ref(str_view(args[0]));
  g->args = tuple_from_array(args.args + 1, args.nargs - 1);
  if (args.kwnames) {
    g->kwnames = Ref::borrow(Value(args.kwnames));
    for (size_t k = 0; k < args.nkw(); ++k) g->kwvals.push_back(Ref::borrow(args.kwvalue(k)));
  }
  return r;
}

Result<Ref> methodcaller_call(Value self, CallArgs args) {
  TRY(check_no_kwargs(args, "methodcaller"));
  TRY(check_nargs(args, "methodcaller", 1, 1));
  Getter* g = as<Getter>(self);
  Ref method = TRY(getattr(args[0], g->name.as<Str>()));
  std::vector<Value> argv;
  for (size_t i = 0; i < tuple_size(g->args); ++i) argv.push_back(tuple_item(g->args, i));
  for (Ref& v : g->kwvals) argv.push_back(v);
  CallArgs ca;
  ca.args = argv.data();
  ca.nargs = tuple_size(g->args);
  ca.kwnames = g->kwnames ? g->kwnames.as<Tuple>() : nullptr;
  return call(method, ca);
}

Result<Ref> methodcaller_repr(Value self) {
  Getter* g = as<Getter>(self);
  std::string out = std::string(self.type()->name) + "(" + TRY(repr_utf8(g->name));
  for (size_t i = 0; i < tuple_size(g->args); ++i) out += ", " + TRY(repr_utf8(tuple_item(g->args, i)));
  for (size_t k = 0; k < g->kwvals.size(); ++k)
    out += ", " + std::string(str_view(tuple_item(g->kwnames, k))) + "=" + TRY(repr_utf8(g->kwvals[k]));
  return make_str(out + ")");
}

Result<Ref> getter_reduce(Value self, CallArgs) {
  Getter* g = as<Getter>(self);
  if (self.type() == &ItemGetterType) {
    Ref t = make_tuple(g->items.size());
    for (size_t i = 0; i < g->items.size(); ++i) tuple_init_item(t.as<Tuple>(), i, g->items[i]);
    return make_tuple({Value(self.type()), t.get()});
  }
  return raise(exc::TypeError, "cannot pickle this object");
}

const MethodDef kGetterMethods[] = {
    {"__reduce__", getter_reduce, 0, "Return state information for pickling"},
    {nullptr},
};

#define F(name, fn) {name, fn, 0, nullptr}
const MethodDef kOperatorFunctions[] = {
    F("lt", op_lt), F("le", op_le), F("eq", op_eq), F("ne", op_ne), F("gt", op_gt), F("ge", op_ge),
    F("__lt__", op_lt), F("__le__", op_le), F("__eq__", op_eq), F("__ne__", op_ne), F("__gt__", op_gt),
    F("__ge__", op_ge),
    F("not_", op_not), F("__not__", op_not), F("truth", op_truth), F("is_", op_is), F("is_not", op_is_not),
    F("abs", op_abs), F("__abs__", op_abs), F("index", op_index), F("__index__", op_index),
    F("neg", op_neg), F("__neg__", op_neg), F("pos", op_pos), F("__pos__", op_pos),
    F("inv", op_invert), F("__inv__", op_invert), F("invert", op_invert), F("__invert__", op_invert),
    F("add", op_add), F("__add__", op_add), F("iadd", op_iadd), F("__iadd__", op_iadd),
    F("sub", op_sub), F("__sub__", op_sub), F("isub", op_isub), F("__isub__", op_isub),
    F("mul", op_mul), F("__mul__", op_mul), F("imul", op_imul), F("__imul__", op_imul),
    F("matmul", op_matmul), F("__matmul__", op_matmul), F("imatmul", op_imatmul), F("__imatmul__", op_imatmul),
    F("truediv", op_truediv), F("__truediv__", op_truediv), F("itruediv", op_itruediv),
    F("__itruediv__", op_itruediv),
    F("floordiv", op_floordiv), F("__floordiv__", op_floordiv), F("ifloordiv", op_ifloordiv),
    F("__ifloordiv__", op_ifloordiv),
    F("mod", op_mod), F("__mod__", op_mod), F("imod", op_imod), F("__imod__", op_imod),
    F("pow", op_pow), F("__pow__", op_pow), F("ipow", op_ipow), F("__ipow__", op_ipow),
    F("lshift", op_lshift), F("__lshift__", op_lshift), F("ilshift", op_ilshift), F("__ilshift__", op_ilshift),
    F("rshift", op_rshift), F("__rshift__", op_rshift), F("irshift", op_irshift), F("__irshift__", op_irshift),
    F("and_", op_and_), F("__and__", op_and_), F("iand", op_iand_), F("__iand__", op_iand_),
    F("or_", op_or_), F("__or__", op_or_), F("ior", op_ior_), F("__ior__", op_ior_),
    F("xor", op_xor), F("__xor__", op_xor), F("ixor", op_ixor), F("__ixor__", op_ixor),
    F("concat", op_concat), F("__concat__", op_concat), F("iconcat", op_iconcat), F("__iconcat__", op_iconcat),
    F("contains", op_contains), F("__contains__", op_contains), F("countOf", op_countOf),
    F("indexOf", op_indexOf),
    F("getitem", op_getitem), F("__getitem__", op_getitem), F("setitem", op_setitem),
    F("__setitem__", op_setitem), F("delitem", op_delitem), F("__delitem__", op_delitem),
    F("length_hint", op_length_hint), F("call", op_call), F("__call__", op_call),
    {nullptr, nullptr},
};
#undef F

void setup_getter(TypeObject& t, const char* name, Result<Ref> (*new_)(TypeObject*, CallArgs),
                  Result<Ref> (*callf)(Value, CallArgs), Result<Ref> (*reprf)(Value), const char* doc) {
  t.name = name;
  t.basic_size = sizeof(Getter);
  t.dealloc = getter_dealloc;
  t.new_ = new_;
  t.call = callf;
  t.repr = reprf;
  t.methods = kGetterMethods;
  t.doc = doc;
  type_ready(&t);
}

void ready_types() {
  setup_getter(ItemGetterType, "operator.itemgetter", itemgetter_new, itemgetter_call, itemgetter_repr,
               "Return a callable object that fetches the given item(s) from its operand.");
  setup_getter(AttrGetterType, "operator.attrgetter", attrgetter_new, attrgetter_call, attrgetter_repr,
               "Return a callable object that fetches the given attribute(s) from its operand.");
  setup_getter(MethodCallerType, "operator.methodcaller", methodcaller_new, methodcaller_call, methodcaller_repr,
               "Return a callable object that calls the given method on its operand.");
}

}  // namespace

Result<Ref> init_operator_module() {
  static std::once_flag once;
  std::call_once(once, ready_types);
  Ref m = make_module("operator");
  TRY(module_add_functions(m, kOperatorFunctions));
  TRY(module_add(m, "itemgetter", Value(static_cast<Object*>(&ItemGetterType))));
  TRY(module_add(m, "attrgetter", Value(static_cast<Object*>(&AttrGetterType))));
  TRY(module_add(m, "methodcaller", Value(static_cast<Object*>(&MethodCallerType))));
  return m;
}

}  // namespace weft
