// The evaluation loop's services to the runtime: __build_class__, zero-argument super(), and
// the globals/locals/line of the running Python frame.
#include "vm/interpreter.h"

#include <vector>

#include "bytecode/code.h"
#include "objects/abstract.h"
#include "objects/cell.h"
#include "objects/dict.h"
#include "objects/exceptions.h"
#include "objects/function.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "vm/frame.h"
#include "vm/state.h"

namespace weft {

Result<Ref> builtin_build_class(Value self, CallArgs args) {
  if (args.nargs < 2) return raise(&exc::TypeError, "__build_class__: not enough arguments");
  Value func = args[0];
  if (!is_function(func)) return raise(&exc::TypeError, "__build_class__: func must be a function");
  Value name = args[1];
  if (!is_str(name)) return raise(&exc::TypeError, "__build_class__: name is not a string");

  // Bases, with __mro_entries__ resolution (PEP 560).
  std::vector<Ref> base_list;
  bool changed = false;
  Ref orig = make_tuple(args.nargs - 2);
  for (size_t j = 2; j < args.nargs; j++) tuple_init_item(orig.as<Tuple>(), j - 2, Ref::borrow(args[j]));
  for (size_t i = 2; i < args.nargs; i++) {
    Value b = args[i];
    if (!is_type(b)) {
      Ref me = TRY(getattr_opt(b, intern("__mro_entries__")));
      if (me) {
        Ref entries = TRY(call(me, {orig.get()}));
        if (!is_tuple(entries)) return raise(&exc::TypeError, "__mro_entries__ must return a tuple");
        for (size_t j = 0; j < tuple_size(entries); j++) base_list.push_back(Ref::borrow(tuple_item(entries, j)));
        changed = true;
        continue;
      }
    }
    base_list.push_back(Ref::borrow(b));
  }
  Ref bases = make_tuple(base_list.size());
  for (size_t i = 0; i < base_list.size(); i++) tuple_init_item(bases.as<Tuple>(), i, base_list[i]);

  // Keyword arguments: metaclass= is ours, the rest go to the metaclass.
  Ref meta;
  Ref kwds = make_dict();
  for (size_t i = 0; i < args.nkw(); i++) {
    Value k = tuple_item(Value(args.kwnames), i);
    Value v = args.kwvalue(i);
    if (str_equal(as<Str>(k), ids::metaclass)) {
      meta = Ref::borrow(v);
    } else {
      TRY(dict_set(kwds.as<Dict>(), k, v));
    }
  }
  bool is_class_meta = false;
  if (!meta) {
    meta = tuple_size(bases) ? Ref::borrow(Value(tuple_item(bases, 0).type())) : Ref::borrow(Value(&TypeType));
    is_class_meta = true;
  } else {
    is_class_meta = is_type(meta);
  }
  if (is_class_meta) {
    // The most derived metaclass among meta and the bases' metaclasses.
    TypeObject* winner = static_cast<TypeObject*>(meta.obj());
    for (size_t i = 0; i < tuple_size(bases); i++) {
      TypeObject* t = tuple_item(bases, i).type();
      if (is_subtype(winner, t)) continue;
      if (is_subtype(t, winner)) {
        winner = t;
        continue;
      }
      return raise(&exc::TypeError, "metaclass conflict: the metaclass of a derived class must be a (non-strict) "
                                    "subclass of the metaclasses of all its bases");
    }
    meta = Ref::borrow(Value(winner));
  }

  // The namespace: meta.__prepare__(name, bases, **kwds) when it exists.
  Ref ns;
  Ref prepare = TRY(getattr_opt(meta, intern("__prepare__")));
  size_t nkw = dict_size(kwds);
  if (prepare) {
    std::vector<Value> pargs = {name, bases.get()};
    Ref kwnames = make_tuple(nkw);
    size_t pos = 0, j = 0;
    Value k, v;
    while (dict_next(kwds.as<Dict>(), &pos, &k, &v)) {
      tuple_init_item(kwnames.as<Tuple>(), j++, Ref::borrow(k));
      pargs.push_back(v);
    }
    ns = TRY(call(prepare, CallArgs{pargs.data(), 2, nkw ? kwnames.as<Tuple>() : nullptr}));
    if (!is_dict(ns) && !ns.type()->getitem) {
      return raise(&exc::TypeError, std::string(is_type(meta) ? static_cast<TypeObject*>(meta.obj())->name : "<metaclass>") +
                                        ".__prepare__() must return a mapping, not " + type_name(ns));
    }
  } else {
    ns = make_dict();
  }

  // Run the class body with the namespace as its locals; it returns the __class__ cell or None.
  Ref cell = TRY(eval_function_with_locals(as<Function>(func), ns));
  if (changed) TRY(setitem(ns, intern("__orig_bases__"), orig));

  std::vector<Value> margs = {name, bases.get(), ns.get()};
  Ref kwnames = make_tuple(nkw);
  {
    size_t pos = 0, j = 0;
    Value k, v;
    while (dict_next(kwds.as<Dict>(), &pos, &k, &v)) {
      tuple_init_item(kwnames.as<Tuple>(), j++, Ref::borrow(k));
      margs.push_back(v);
    }
  }
  Ref cls = TRY(call(meta, CallArgs{margs.data(), 3, nkw ? kwnames.as<Tuple>() : nullptr}));
  if (cell && is_cell(cell) && is_type(cls)) {
    Cell* c = cell.as<Cell>();
    if (!c->value) c->value = cls;
  }
  return cls;
}

Status super_args_from_frame(Ref* type_out, Ref* self_out) {
  ThreadState* ts = ThreadState::current();
  Frame* f = ts->frame;
  if (!f) return raise(&exc::RuntimeError, "super(): no current frame");
  Code* co = f->code;
  if (co->argcount == 0 && !(co->flags & kCoVarargs)) return raise(&exc::RuntimeError, "super(): no arguments");
  Value first = f->fast[0];
  if (first.is_null()) {
    // The first argument may live in a cell (captured by a closure).
    for (int i = 0; i < co->ncells; i++) {
      if (!co->cell2arg.empty() && co->cell2arg[i] == 0) {
        Value c = f->fast[co->nlocals + i];
        if (c.is_object() && is_cell(c)) first = as<Cell>(c)->value;
        break;
      }
    }
  }
  if (first.is_null()) return raise(&exc::RuntimeError, "super(): arg[0] deleted");
  if (co->argcount == 0) {
    // def f(*args): the first positional argument comes from args
    if (!is_tuple(first) || tuple_size(first) == 0) return raise(&exc::RuntimeError, "super(): no arguments");
    first = tuple_item(first, 0);
  }
  Value cls;
  bool found = false;
  for (int i = 0; i < co->nfree; i++) {
    if (str_view(tuple_item(co->freevars, i)) == "__class__") {
      Value c = f->fast[co->nlocals + co->ncells + i];
      if (!c.is_object() || !is_cell(c)) return raise(&exc::RuntimeError, "super(): bad __class__ cell");
      cls = as<Cell>(c)->value;
      found = true;
      break;
    }
  }
  if (!found) return raise(&exc::RuntimeError, "super(): __class__ cell not found");
  if (cls.is_null()) return raise(&exc::RuntimeError, "super(): empty __class__ cell");
  if (!is_type(cls)) {
    return raise(&exc::RuntimeError, std::string("super(): __class__ is not a type (") + type_name(cls) + ")");
  }
  *type_out = Ref::borrow(cls);
  *self_out = Ref::borrow(first);
  return ok();
}

Value current_globals() {
  ThreadState* ts = ThreadState::current();
  if (!ts || !ts->frame) return Value();
  return Value(ts->frame->globals);
}

Result<Ref> current_locals() {
  ThreadState* ts = ThreadState::current();
  if (!ts || !ts->frame) return raise(&exc::SystemError, "frame does not exist");
  return frame_locals_dict(ts->frame);
}

int current_line() {
  ThreadState* ts = ThreadState::current();
  if (!ts || !ts->frame) return 0;
  return ts->frame->line();
}

}  // namespace weft
