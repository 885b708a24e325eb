// The evaluation loop: a stack machine over 32-bit code units (bytecode/opcodes.def).
//
// Dispatch is a computed goto (GCC/Clang) with a switch fallback behind the same TARGET/DISPATCH
// macros. Stack slots hold owned references (null is the "no self" marker of calls). Errors go
// to `error`, which adds a traceback entry for this frame, then `exception_unwind` looks the
// current instruction up in the code's exception table (zero cost until something raises).
// Python-to-Python calls recurse on the C++ stack; depth is bounded by sys.getrecursionlimit()
// and by a guard on the thread's real stack, so deep recursion raises RecursionError instead of
// overflowing.
#include <pthread.h>

#include <cstring>
#include <string>
#include <vector>

#include "bytecode/code.h"
#include "concurrency/blocking.h"
#include "concurrency/deferred.h"
#include "concurrency/fork.h"
#include "objects/abstract.h"
#include "objects/bytes.h"
#include "objects/cell.h"
#include "objects/descriptors.h"
#include "objects/dict.h"
#include "objects/exceptions.h"
#include "objects/function.h"
#include "objects/generator.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/set.h"
#include "objects/slice.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "vm/frame.h"
#include "vm/import.h"
#include "vm/interpreter.h"
#include "vm/startup.h"
#include "vm/state.h"
#include "vm/traceback.h"

namespace weft {

Status import_star(Value module, Value locals_dict);  // vm/import.cpp (agreed with "cli")

namespace {

// ---------------------------------------------------------------------------------------------
// Cold helpers (kept out of the loop body).

[[gnu::noinline]] void init_stack_limit(ThreadState* ts) {
  pthread_attr_t attr;
  void* addr = nullptr;
  size_t size = 0;
  if (pthread_getattr_np(pthread_self(), &attr) == 0) {
    pthread_attr_getstack(&attr, &addr, &size);
    pthread_attr_destroy(&attr);
  }
  if (!addr || size == 0) {
    // Unknown bounds: assume 8 MiB below the current position.
    char probe;
    uintptr_t here = reinterpret_cast<uintptr_t>(&probe);
    ts->stack_limit = here - 8 * 1024 * 1024 + 512 * 1024;
    return;
  }
  size_t margin = 160 * 1024 + size / 16;
  ts->stack_limit = reinterpret_cast<uintptr_t>(addr) + margin;
}

[[gnu::noinline]] ErrorMarker recursion_error() {
  return raise(&exc::RecursionError, "maximum recursion depth exceeded");
}

[[gnu::noinline]] ErrorMarker unbound_local(Code* co, uint32_t i) {
  return raise(&exc::UnboundLocalError, "cannot access local variable '" +
                                            std::string(str_view(tuple_item(co->varnames, i))) +
                                            "' where it is not associated with a value");
}

[[gnu::noinline]] ErrorMarker unbound_deref(Code* co, uint32_t i) {
  std::string name(str_view(co->deref_name(i)));
  if (int(i) < co->ncells) {
    return raise(&exc::UnboundLocalError,
                 "cannot access local variable '" + name + "' where it is not associated with a value");
  }
  return raise(&exc::NameError, "cannot access free variable '" + name +
                                    "' where it is not associated with a value in enclosing scope");
}

[[gnu::noinline]] ErrorMarker name_error(Value name) {
  std::string msg = "name '" + std::string(str_view(name)) + "' is not defined";
  Ref m = make_str(msg);
  Result<Ref> e = new_exception(&exc::NameError, {m.get()});
  if (!e.ok()) return kError;
  Ref ev = e.take();
  Result<void> s = setattr(ev, ids::name, name);
  if (!s.ok()) clear_error();
  return raise_value(ev);
}

// _PyObject_FunctionStr: "mod.qualname()" (module omitted for builtins).
std::string function_str(Value func) {
  Result<Ref> q = getattr_opt(func, ids::dunder_qualname);
  if (!q.ok() || !*q || !is_str(*q)) {
    clear_error();
    Result<std::string> s = str_utf8(func);
    if (!s.ok()) {
      clear_error();
      return "?";
    }
    return *s;
  }
  std::string qual(str_view(*q));
  Result<Ref> m = getattr_opt(func, ids::dunder_module);
  if (!m.ok()) clear_error();
  if (m.ok() && *m && is_str(*m) && str_view(*m) != "builtins") {
    return std::string(str_view(*m)) + "." + qual + "()";
  }
  return qual + "()";
}

bool is_exception_class(Value v) {
  return is_type(v) && is_subtype(static_cast<TypeObject*>(v.obj()), &exc::BaseException);
}

Result<bool> exception_matches(Value exc, Value type) {
  if (is_tuple(type)) {
    Tuple* t = as<Tuple>(type);
    for (size_t i = 0; i < t->size; i++) {
      if (!is_exception_class(t->items[i])) {
        return raise(&exc::TypeError, "catching classes that do not inherit from BaseException is not allowed");
      }
    }
    for (size_t i = 0; i < t->size; i++) {
      if (is_instance_of(exc, static_cast<TypeObject*>(t->items[i].obj()))) return true;
    }
    return false;
  }
  if (!is_exception_class(type)) {
    return raise(&exc::TypeError, "catching classes that do not inherit from BaseException is not allowed");
  }
  return is_instance_of(exc, static_cast<TypeObject*>(type.obj()));
}


// ---- except* (PEP 654) ----------------------------------------------------------------------

bool is_exception_group(Value v) { return is_instance_of(v, &exc::BaseExceptionGroup); }

// CHECK_EG_MATCH: splits exc by type into (match, rest).
Status exception_group_match(Value exc, Value type, Ref* match, Ref* rest) {
  if (is_none(exc)) {
    *match = none();
    *rest = none();
    return ok();
  }
  if (is_instance_of(exc, static_cast<TypeObject*>(type.obj())) ||
      (is_tuple(type) && TRY(exception_matches(exc, type)))) {
    if (is_exception_group(exc)) {
      *match = Ref::borrow(exc);
    } else {
      // A naked exception is wrapped in a group with the same traceback.
      Ref excs = make_tuple({exc});
      Ref empty = Ref::borrow(Value(ids::empty));
      Ref g = TRY(call(Value(&exc::BaseExceptionGroup), {empty.get(), excs.get()}));
      as<BaseExceptionObject>(g)->traceback = as<BaseExceptionObject>(exc)->traceback;
      *match = std::move(g);
    }
    *rest = none();
    return ok();
  }
  if (is_exception_group(exc)) {
    Ref pair = TRY(call_method(exc, intern("split"), {type}));
    if (!is_tuple(pair) || tuple_size(pair) != 2) {
      return raise(&exc::TypeError, "X.split(t) must return a tuple, not " + std::string(type_name(pair)));
    }
    *match = Ref::borrow(tuple_item(pair, 0));
    *rest = Ref::borrow(tuple_item(pair, 1));
    return ok();
  }
  *match = none();
  *rest = Ref::borrow(exc);
  return ok();
}

void collect_leaves(Value e, std::vector<Value>& out) {
  if (is_exception_group(e)) {
    Result<Ref> excs = getattr(e, intern("exceptions"));
    if (!excs.ok()) {
      clear_error();
      return;
    }
    if (is_tuple(*excs)) {
      for (size_t i = 0; i < tuple_size(*excs); i++) collect_leaves(tuple_item(*excs, i), out);
    }
    return;
  }
  out.push_back(e);
}

// The predicate of the projection: is the leaf one of `self` (a tuple of leaves)?
Result<Ref> leaf_in_tuple(Value self, CallArgs args) {
  if (args.nargs != 1) return raise(&exc::TypeError, "expected one argument");
  for (size_t i = 0; i < tuple_size(self); i++) {
    if (tuple_item(self, i) == args[0]) return make_bool(true);
  }
  return make_bool(false);
}
const MethodDef kLeafInTuple = {"_leaf_in", leaf_in_tuple};

bool same_exception_metadata(Value a, Value b) {
  auto* x = as<BaseExceptionObject>(a);
  auto* y = as<BaseExceptionObject>(b);
  return x->notes.get() == y->notes.get() && x->traceback.get() == y->traceback.get() &&
         x->cause.get() == y->cause.get() && x->context.get() == y->context.get();
}

// PREP_RERAISE_STAR (CPython's _PyExc_PrepReraiseStar).
Result<Ref> prep_reraise_star(Value orig, Value excs) {
  std::vector<Value> items;
  for (size_t i = 0; i < list_size(excs); i++) {
    Value e = list_item(excs, i);
    if (!is_none(e)) items.push_back(e);
  }
  if (items.empty()) return none();
  if (!is_exception_group(orig)) return Ref::borrow(items[0]);
  Ref raised = make_list();
  std::vector<Value> reraised_leaves;
  for (Value e : items) {
    if (same_exception_metadata(e, orig)) {
      collect_leaves(e, reraised_leaves);
    } else {
      TRY(list_append(raised.as<List>(), e));
    }
  }
  Ref reraised_eg = none();
  if (!reraised_leaves.empty()) {
    Ref leaves = make_tuple(reraised_leaves.size());
    for (size_t i = 0; i < reraised_leaves.size(); i++) {
      tuple_init_item(leaves.as<Tuple>(), i, Ref::borrow(reraised_leaves[i]));
    }
    Ref pred = make_native_function(&kLeafInTuple, leaves, Value());
    Ref pair = TRY(call_method(orig, intern("split"), {pred.get()}));
    reraised_eg = Ref::borrow(tuple_item(pair, 0));
  }
  if (list_size(raised) == 0) return reraised_eg;
  if (!is_none(reraised_eg)) TRY(list_append(raised.as<List>(), reraised_eg));
  if (list_size(raised) == 1) return Ref::borrow(list_item(raised, 0));
  Ref empty = Ref::borrow(Value(ids::empty));
  return call(Value(&exc::BaseExceptionGroup), {empty.get(), raised.get()});
}

// raise exc [from cause]. Always returns kError (the exception set).
ErrorMarker do_raise(Value exc, Value cause) {
  Ref inst;
  if (is_type(exc)) {
    if (!is_exception_class(exc)) return raise(&exc::TypeError, "exceptions must derive from BaseException");
    Result<Ref> r = call(exc, {});
    if (!r.ok()) return kError;
    inst = r.take();
    if (!is_instance_of(inst, &exc::BaseException)) {
      return raise(&exc::TypeError, std::string("calling ") + static_cast<TypeObject*>(exc.obj())->name +
                                        " should have returned an instance of BaseException, not " +
                                        type_name(inst));
    }
  } else if (is_instance_of(exc, &exc::BaseException)) {
    inst = Ref::borrow(exc);
  } else {
    return raise(&exc::TypeError, "exceptions must derive from BaseException");
  }
  if (!cause.is_null()) {
    Ref c;
    if (is_none(cause)) {
      // raise X from None: no cause, context suppressed
    } else if (is_type(cause)) {
      if (!is_exception_class(cause)) return raise(&exc::TypeError, "exception causes must derive from BaseException");
      Result<Ref> r = call(cause, {});
      if (!r.ok()) return kError;
      c = r.take();
      if (!is_instance_of(c, &exc::BaseException)) {
        return raise(&exc::TypeError, "exception causes must derive from BaseException");
      }
    } else if (is_instance_of(cause, &exc::BaseException)) {
      c = Ref::borrow(cause);
    } else {
      return raise(&exc::TypeError, "exception causes must derive from BaseException");
    }
    auto* e = inst.as<BaseExceptionObject>();
    e->cause = std::move(c);
    e->suppress_context = true;
  }
  return raise_value(inst);
}

// Looks a name up in a locals mapping: borrowed-or-owned result in *out (null if missing).
Result<Ref> mapping_lookup(Value mapping, Value name) {
  if (is_dict(mapping) && mapping.type() == &DictType) {
    return dict_get_str_ref(as<Dict>(mapping), as<Str>(name));
  }
  Result<Ref> r = getitem(mapping, name);
  if (r.ok()) return r;
  if (error_matches(&exc::KeyError)) {
    clear_error();
    return Ref();
  }
  return kError;
}

Status mapping_store(Value mapping, Value name, Value v) {
  if (mapping.type() == &DictType) return dict_set(as<Dict>(mapping), name, v);
  return setitem(mapping, name, v);
}

Result<Ref> load_global(Object* globals, Object* builtins, Value name) {
  Ref v = dict_get_str_ref(static_cast<Dict*>(globals), as<Str>(name));
  if (v) return v;
  if (builtins->type == &DictType || is_dict(Value(builtins))) {
    v = dict_get_str_ref(static_cast<Dict*>(builtins), as<Str>(name));
    if (v) return v;
  } else {
    Ref r = TRY(mapping_lookup(Value(builtins), name));
    if (r) return r;
  }
  return name_error(name);
}

// UNPACK_SEQUENCE / UNPACK_EX: fills out[0..before+after] (+1 list when star) in order.
Status unpack_iterable(Value seq, size_t before, bool star, size_t after, Ref* out) {
  size_t total = before + after;
  Ref snapshot;  // a list another thread may change: unpack a copy of its items
  if (kFreeThreading && !star && seq.type() == &ListType) {
    snapshot = list_as_tuple(as<List>(seq));
    seq = snapshot;
  }
  if (!star && (seq.type() == &TupleType || seq.type() == &ListType)) {
    size_t n = is_tuple(seq) ? tuple_size(seq) : list_size(seq);
    if (n != total) {
      if (n < total) {
        return raise(&exc::ValueError, "not enough values to unpack (expected " + std::to_string(total) +
                                           ", got " + std::to_string(n) + ")");
      }
      return raise(&exc::ValueError, "too many values to unpack (expected " + std::to_string(total) + ")");
    }
    for (size_t i = 0; i < n; i++) {
      out[i] = Ref::borrow(is_tuple(seq) ? tuple_item(seq, i) : list_item(seq, i));
    }
    return ok();
  }
  Result<Ref> itr = get_iter(seq);
  if (!itr.ok()) {
    if (error_matches(&exc::TypeError) && !seq.type()->iter && !seq.type()->getitem) {
      clear_error();
      return raise(&exc::TypeError, std::string("cannot unpack non-iterable ") + type_name(seq) + " object");
    }
    return kError;
  }
  Ref it = itr.take();
  for (size_t i = 0; i < before; i++) {
    Ref v = TRY(iter_next(it));
    if (!v) {
      if (star) {
        return raise(&exc::ValueError, "not enough values to unpack (expected at least " +
                                           std::to_string(total) + ", got " + std::to_string(i) + ")");
      }
      return raise(&exc::ValueError, "not enough values to unpack (expected " + std::to_string(total) +
                                         ", got " + std::to_string(i) + ")");
    }
    out[i] = std::move(v);
  }
  if (!star) {
    Ref extra = TRY(iter_next(it));
    if (extra) return raise(&exc::ValueError, "too many values to unpack (expected " + std::to_string(total) + ")");
    return ok();
  }
  Ref rest = TRY(list_from_iterable(it));
  size_t n = list_size(rest);
  if (n < after) {
    return raise(&exc::ValueError, "not enough values to unpack (expected at least " + std::to_string(total) +
                                       ", got " + std::to_string(before + n) + ")");
  }
  for (size_t i = 0; i < after; i++) out[before + 1 + i] = Ref::borrow(list_item(rest, n - after + i));
  if (after) {
    List* l = rest.as<List>();
    CriticalSection cs(l);
    for (size_t i = n - after; i < n; i++) decref(l->items[i]);
    l->size = n - after;
  }
  out[before] = std::move(rest);
  return ok();
}

// Binds `descr` found on type(obj) to obj (descriptor protocol), for special-method lookups.
Result<Ref> bind_special(Value descr, Value obj) {
  TypeObject* dt = descr.type();
  if (dt->descr_get) return dt->descr_get(descr, obj, Value(obj.type()));
  return Ref::borrow(descr);
}

Result<Ref> format_value(Value v, uint32_t flags, Value spec) {
  Ref conv;
  switch (flags & kFvConvMask) {
    case kFvStr: conv = TRY(str(v)); v = conv; break;
    case kFvRepr: conv = TRY(repr(v)); v = conv; break;
    case kFvAscii: conv = TRY(ascii(v)); v = conv; break;
    default: break;
  }
  if (spec.is_null() && is_str_exact(v)) return Ref::borrow(v);
  Ref empty;
  if (spec.is_null()) {
    empty = Ref::borrow(Value(ids::empty));
    spec = empty;
  }
  return format(v, spec);
}

// CALL_FUNCTION_EX / DICT_MERGE helpers.
Status dict_merge_kwargs(Value func, Dict* target, Value src) {
  if (!is_dict(src)) {
    // Any mapping with keys(): check first for the message CPython gives.
    Result<Ref> keys_attr = getattr_opt(src, ids::keys);
    if (!keys_attr.ok()) return kError;
    if (!*keys_attr) {
      return raise(&exc::TypeError, function_str(func) + " argument after ** must be a mapping, not " +
                                        type_name(src));
    }
    Ref keys = TRY(call(*keys_attr, {}));
    Ref it = TRY(get_iter(keys));
    for (;;) {
      Ref k = TRY(iter_next(it));
      if (!k) break;
      if (!is_str(k)) return raise(&exc::TypeError, function_str(func) + " keywords must be strings");
      Ref old = TRY(dict_get(target, k));
      if (old) {
        return raise(&exc::TypeError, function_str(func) + " got multiple values for keyword argument '" +
                                          std::string(str_view(k)) + "'");
      }
      Ref v = TRY(getitem(src, k));
      TRY(dict_set(target, k, v));
    }
    return ok();
  }
  size_t pos = 0;
  Value k, v;
  Dict* s = as<Dict>(src);
  while (dict_next(s, &pos, &k, &v)) {
    if (!is_str(k)) return raise(&exc::TypeError, function_str(func) + " keywords must be strings");
    Ref kr = Ref::borrow(k), vr = Ref::borrow(v);
    Ref old = TRY(dict_get(target, kr));
    if (old) {
      return raise(&exc::TypeError, function_str(func) + " got multiple values for keyword argument '" +
                                        std::string(str_view(kr)) + "'");
    }
    TRY(dict_set(target, kr, vr));
  }
  return ok();
}

Result<Ref> call_with_tuple_dict(Value func, Value args, Value kwargs) {
  Tuple* t = as<Tuple>(args);
  size_t nkw = kwargs.is_null() ? 0 : dict_size(kwargs);
  if (nkw == 0) {
    if (is_function(func)) return function_call(as<Function>(func), t->items, t->size, nullptr);
    return call(func, CallArgs{t->items, t->size, nullptr});
  }
  std::vector<Value> buf(t->size + nkw);
  for (size_t i = 0; i < t->size; i++) buf[i] = t->items[i];
  Ref names = make_tuple(nkw);
  size_t pos = 0, j = 0;
  Value k, v;
  std::vector<Ref> keep;
  while (dict_next(as<Dict>(kwargs), &pos, &k, &v) && j < nkw) {
    tuple_init_item(names.as<Tuple>(), j, Ref::borrow(k));
    buf[t->size + j] = v;
    keep.push_back(Ref::borrow(v));
    j++;
  }
  if (is_function(func)) return function_call(as<Function>(func), buf.data(), t->size, names.as<Tuple>());
  return call(func, CallArgs{buf.data(), t->size, names.as<Tuple>()});
}

// ---- ft build: LOAD_GLOBAL fused with its consumer (concurrency/deferred.h) ------------------
// `obj` is a borrowed global that is immortal or deferred: it cannot be destroyed before this
// thread's next quiescent state. Each returns 1 (done, *out is the result), 0 (not handled,
// nothing happened: run the instructions one by one) or -1 (the consumer raised).

// G[key] for a built-in dict/list/tuple/str: their __getitem__ never hands the container to
// Python code (only the key's __hash__/__eq__/__index__ may run, under the hold).
int fused_subscript(Value obj, Value key, Ref* out) {
  TypeObject* tp = obj.type();
  if (tp != &DictType && tp != &ListType && tp != &TupleType && tp != &StrType) return 0;
  if (tp == &ListType && key.is_small_int()) {
    int64_t i = key.as_small_int();
    int64_t n = int64_t(list_size(obj));
    if (i < 0) i += n;
    if (i >= 0 && i < n) {
      if (Ref v = list_get_item(as<List>(obj), size_t(i))) {
        *out = std::move(v);
        return 1;
      }
    }
  }
  BorrowHold hold;
  Result<Ref> r = getitem(obj, key);
  if (!r.ok()) return -1;
  *out = r.take();
  return 1;
}

// G.name for an instance whose class has no attribute `name` (no descriptor, no class
// variable) and whose (deferred) instance dict has it: exactly what generic_getattr returns.
int fused_attr(Value obj, Str* name, Ref* out) {
  TypeObject* tp = obj.type();
  if (tp->getattr != generic_getattr || tp->dict_offset <= 0 || !obj.is_object()) return 0;
  if (type_lookup(tp, name)) return 0;
  Value* slot = reinterpret_cast<Value*>(reinterpret_cast<char*>(obj.obj()) + tp->dict_offset);
  Value d = std::atomic_ref<Value>(*slot).load(std::memory_order_acquire);
  // A dict that is not deferred may be replaced and destroyed at any moment: not borrowed.
  if (!d.is_object() || d.type() != &DictType || !header_is_deferred(&d.obj()->header)) return 0;
  Value v = dict_get_str(as<Dict>(d), name);
  if (v.is_null()) return 0;
  if (v.is_object() && !header_try_incref(&v.obj()->header)) return 0;  // being replaced
  *out = Ref::steal(v);
  return 1;
}

// A thread that does not own `v` (a real reference the caller holds) read it from a global right
// before a fused pattern: make it deferred, so that its next reads borrow it. Only types whose
// destruction time nobody can observe (no __del__).
[[gnu::noinline]] void defer_shared_global(Value v) {
  ObjectHeader* h = &v.obj()->header;
  if (header_borrowable(h) || header_owned_here(h)) return;
  TypeObject* tp = v.type();
  if (tp == &DictType || tp == &ListType || tp == &TupleType || tp == &StrType) {
    header_set_deferred(h);
    return;
  }
  if (!(tp->flags & kTypeHeapType) || tp->getattr != generic_getattr || tp->dict_offset <= 0) return;
  if (type_lookup(tp, ids::dunder_del)) return;
  // The instance dict too. No reference is needed: if another thread is replacing __dict__ and
  // the old dict dies before the flag lands, it is no longer in the slot that fused_attr reads
  // (its memory stays valid until this thread is quiescent, so setting the flag is harmless).
  Value* slot = reinterpret_cast<Value*>(reinterpret_cast<char*>(v.obj()) + tp->dict_offset);
  Value d = std::atomic_ref<Value>(*slot).load(std::memory_order_acquire);
  if (d.is_object() && d.type() == &DictType) header_set_deferred(&d.obj()->header);
  header_set_deferred(h);
}

[[gnu::noinline]] Status handle_eval_breaker(ThreadState* ts) {
  if (ts->breaker.test(EvalBreaker::kSignalPending)) {
    ts->breaker.clear(EvalBreaker::kSignalPending);
    return run_signal_handlers();  // Python signal handlers (stdlib/_signal_module.cpp)
  }
  // Another thread waits for the global lock: hand it over (gil build, ft with -X gil=1).
  if (ts->breaker.test(EvalBreaker::kDropGilRequest)) yield_global_lock(ts);
  // ft build: objects other threads queued to this owner (biased reference counting).
  if (ts->breaker.test(EvalBreaker::kPendingMerges)) brc_merge_pending();
  // A stop-the-world pause (os.fork): park until it ends (concurrency/fork.h).
  if (ts->breaker.test(EvalBreaker::kStopTheWorld)) stw_park(ts);
  return ok();
}

// Small-int fast paths. Return false when the operands do not qualify.
inline bool small_binop(BinOp op, Value a, Value b, Value* out) {
  if (!(a.raw() & b.raw() & 1)) return false;
  int64_t x = a.as_small_int(), y = b.as_small_int(), r;
  switch (op) {
    case BinOp::Add: r = x + y; break;
    case BinOp::Sub: r = x - y; break;
    case BinOp::Mul:
      if (__builtin_mul_overflow(x, y, &r)) return false;
      break;
    case BinOp::FloorDiv:
      if (y == 0) return false;
      r = x / y;
      if ((x % y != 0) && ((x < 0) != (y < 0))) r--;
      break;
    case BinOp::Mod:
      if (y == 0) return false;
      r = x % y;
      if (r != 0 && ((r < 0) != (y < 0))) r += y;
      break;
    case BinOp::And: r = x & y; break;
    case BinOp::Or: r = x | y; break;
    case BinOp::Xor: r = x ^ y; break;
    default: return false;
  }
  if (!Value::fits_small(r)) return false;
  *out = Value::small_int(r);
  return true;
}

inline bool small_compare(CmpOp op, Value a, Value b, bool* out) {
  if (!(a.raw() & b.raw() & 1)) return false;
  int64_t x = a.as_small_int(), y = b.as_small_int();
  switch (op) {
    case CmpOp::Lt: *out = x < y; break;
    case CmpOp::Le: *out = x <= y; break;
    case CmpOp::Eq: *out = x == y; break;
    case CmpOp::Ne: *out = x != y; break;
    case CmpOp::Gt: *out = x > y; break;
    case CmpOp::Ge: *out = x >= y; break;
  }
  return true;
}

inline Value bool_value(bool b) { return Value(b ? True : False); }

// CPython's set_attribute_error_context: an AttributeError from obj.name gets .name and .obj
// (used by the "Did you mean" suggestions) unless the raiser already set them.
[[gnu::noinline]] void attribute_error_context(Value obj, Value name) {
  ThreadState* ts = ThreadState::current();
  Value e = ts->current_exception;
  if (!e.is_object() || e.type() != &exc::AttributeError) return;
  Ref saved = fetch_error();
  Result<Ref> cur = getattr_opt(e, ids::name);
  if (cur.ok() && (!*cur || is_none(*cur))) {
    if (!setattr(e, ids::name, name).ok() || !setattr(e, intern("obj"), obj).ok()) clear_error();
  } else if (!cur.ok()) {
    clear_error();
  }
  restore_error(std::move(saved));
}

// MATCH_CLASS: the attributes a class pattern extracts, as a tuple, or None when the subject
// does not match.
Result<Ref> match_class(Value subject, Value cls, uint32_t npos, Value kwnames) {
  if (!is_type(cls)) return raise(&exc::TypeError, "called match pattern must be a class");
  TypeObject* tp = static_cast<TypeObject*>(cls.obj());
  if (!is_instance_of(subject, tp)) return none();
  std::vector<Ref> attrs;
  std::vector<std::string> seen;
  auto add = [&](Value name) -> Result<bool> {
    std::string n(str_view(name));
    for (auto& s : seen) {
      if (s == n) {
        return raise(&exc::TypeError, std::string(tp->name) + "() got multiple sub-patterns for attribute '" + n + "'");
      }
    }
    seen.push_back(n);
    Ref a = TRY(getattr_opt(subject, as<Str>(name)));
    if (!a) return false;
    attrs.push_back(std::move(a));
    return true;
  };
  if (npos) {
    Ref match_args = TRY(getattr_opt(cls, intern("__match_args__")));
    if (!match_args) {
      static const char* const kSelf[] = {"bool", "bytearray", "bytes", "dict", "float", "frozenset",
                                          "int", "list", "set", "str", "tuple"};
      bool self_match = false;
      for (const char* n : kSelf) {
        if (std::string_view(tp->name) == n && !(tp->flags & kTypeHeapType)) self_match = true;
      }
      // Subclasses of those built-ins match the whole subject too.
      for (TypeObject* b = tp; b && !self_match; b = b->base) {
        if (!(b->flags & kTypeHeapType)) {
          for (const char* n : kSelf) {
            if (std::string_view(b->name) == n) self_match = true;
          }
          break;
        }
      }
      if (self_match && npos == 1) {
        attrs.push_back(Ref::borrow(subject));
      } else {
        return raise(&exc::TypeError, std::string(tp->name) + "() accepts 0 positional sub-patterns (" +
                                          std::to_string(npos) + " given)");
      }
    } else {
      if (!is_tuple(match_args)) {
        return raise(&exc::TypeError, std::string(tp->name) + ".__match_args__ must be a tuple (got " +
                                          type_name(match_args) + ")");
      }
      size_t n = tuple_size(match_args);
      if (npos > n) {
        return raise(&exc::TypeError, std::string(tp->name) + "() accepts " + std::to_string(n) +
                                          " positional sub-pattern" + (n == 1 ? "" : "s") + " (" +
                                          std::to_string(npos) + " given)");
      }
      for (size_t i = 0; i < npos; i++) {
        Value name = tuple_item(match_args, i);
        if (!is_str(name)) {
          return raise(&exc::TypeError, std::string("__match_args__ elements must be strings (got ") +
                                            type_name(name) + ")");
        }
        bool found = TRY(add(name));
        if (!found) return none();
      }
    }
  }
  for (size_t i = 0; i < tuple_size(kwnames); i++) {
    bool found = TRY(add(tuple_item(kwnames, i)));
    if (!found) return none();
  }
  Ref t = make_tuple(attrs.size());
  for (size_t i = 0; i < attrs.size(); i++) tuple_init_item(t.as<Tuple>(), i, std::move(attrs[i]));
  return t;
}

}  // namespace

// ---------------------------------------------------------------------------------------------
// The loop.

#if defined(__GNUC__) && !defined(WEFT_NO_COMPUTED_GOTO)
#define WEFT_COMPUTED_GOTO 1
#else
#define WEFT_COMPUTED_GOTO 0
#endif

Result<Ref> eval_frame(ThreadState* ts, Frame* f, bool throwflag) {
  // Recursion guards: the Python limit and the real C++ stack.
  if (!ts->stack_limit) init_stack_limit(ts);
  {
    char probe;
    if (reinterpret_cast<uintptr_t>(&probe) < ts->stack_limit) {
      return recursion_error();
    }
  }
  if (++ts->recursion_depth > ts->interp->recursion_limit.load(std::memory_order_relaxed)) {
    --ts->recursion_depth;
    return recursion_error();
  }

  Code* const co = f->code;
  const CodeUnit* const first = co->code.data();
  Value* const fast = f->fast;
  Value* const consts = as<Tuple>(co->consts)->items;
  Value* const names = as<Tuple>(co->names)->items;
  Value* const cells = fast + co->nlocals;
  Value* sp = f->sp;
  const CodeUnit* ip;
  uint32_t oparg = 0;
  CodeUnit unit = 0;
  Ref retval;

  f->back = ts->frame;
  ts->frame = f;
  if (f->state == Frame::kSuspended) {
    ip = f->ip + 1;
  } else {
    ip = first;
    f->ip = first;
  }
  f->state = Frame::kExecuting;

#define PUSH(v) (*sp++ = (v))
#define POP() (*--sp)
#define TOP() (sp[-1])
#define PEEK(n) (sp[-ptrdiff_t(n)])
#define NEXT_INSTR() \
  do {               \
    f->ip = ip;      \
    unit = *ip++;    \
    oparg = unit >> 8; \
  } while (0)

#if WEFT_COMPUTED_GOTO
  static const void* const kDispatch[256] = {
#define OP(name, fmt, eff, jeff, doc) &&TARGET_##name,
#include "bytecode/opcodes.def"
#undef OP
  };
#define TARGET(name) TARGET_##name:
// A computed goto does not run C++ destructors of the scopes it leaves (GCC), so FAST_DISPATCH
// is only used where no RAII object (Ref, Result, vector, string) is alive; DISPATCH is a plain
// goto to the shared dispatch point, which does.
#define FAST_DISPATCH()               \
  do {                                \
    NEXT_INSTR();                     \
    goto* kDispatch[unit & 0xff];     \
  } while (0)
#define DISPATCH() goto dispatch
#else
#define TARGET(name) case Op::name:
#define DISPATCH() goto dispatch
#define FAST_DISPATCH() goto dispatch
#endif

#define GOTO_ERROR() goto error
#define CHECK_BREAKER()                                     \
  do {                                                      \
    if (ts->breaker.any()) [[unlikely]] {                   \
      if (!handle_eval_breaker(ts).ok()) goto error;        \
    }                                                       \
  } while (0)

  if (throwflag) goto error;

#if !WEFT_COMPUTED_GOTO
dispatch:
  NEXT_INSTR();
  switch (Op(unit & 0xff)) {
#else
dispatch:
  FAST_DISPATCH();
  {
#endif

    TARGET(NOP) { FAST_DISPATCH(); }

    TARGET(POP_TOP) {
      Value v = POP();
      decref(v);
      FAST_DISPATCH();
    }

    TARGET(PUSH_NULL) {
      PUSH(Value());
      FAST_DISPATCH();
    }

    TARGET(COPY) {
      Value v = PEEK(oparg);
      incref(v);
      PUSH(v);
      FAST_DISPATCH();
    }

    TARGET(SWAP) {
      Value t = TOP();
      TOP() = PEEK(oparg);
      PEEK(oparg) = t;
      FAST_DISPATCH();
    }

    TARGET(LOAD_CONST) {
      Value v = consts[oparg];
      incref(v);
      PUSH(v);
      FAST_DISPATCH();
    }

    TARGET(LOAD_FAST) {
      Value v = fast[oparg];
      if (v.is_null()) [[unlikely]] {
        (void)unbound_local(co, oparg);
        goto error;
      }
      incref(v);
      PUSH(v);
      FAST_DISPATCH();
    }

    TARGET(STORE_FAST) {
      Value old = fast[oparg];
      fast[oparg] = POP();
      decref(old);
      FAST_DISPATCH();
    }

    TARGET(DELETE_FAST) {
      Value old = fast[oparg];
      if (old.is_null()) {
        (void)unbound_local(co, oparg);
        goto error;
      }
      fast[oparg] = Value();
      decref(old);
      FAST_DISPATCH();
    }

    TARGET(LOAD_DEREF) {
      Value v = as<Cell>(cells[oparg])->value;
      if (v.is_null()) [[unlikely]] {
        (void)unbound_deref(co, oparg);
        goto error;
      }
      incref(v);
      PUSH(v);
      FAST_DISPATCH();
    }

    TARGET(STORE_DEREF) {
      as<Cell>(cells[oparg])->value = Ref::steal(POP());
      FAST_DISPATCH();
    }

    TARGET(DELETE_DEREF) {
      Cell* c = as<Cell>(cells[oparg]);
      if (c->value.get().is_null()) {
        (void)unbound_deref(co, oparg);
        goto error;
      }
      c->value.reset();
      DISPATCH();
    }

    TARGET(LOAD_CLOSURE) {
      Value c = cells[oparg];
      incref(c);
      PUSH(c);
      FAST_DISPATCH();
    }

    TARGET(LOAD_CLASSDEREF) {
      Value name = co->deref_name(oparg);
      if (!f->locals.is_null()) {
        Result<Ref> r = mapping_lookup(f->locals, name);
        if (!r.ok()) goto error;
        if (*r) {
          PUSH(r->release());
          DISPATCH();
        }
      }
      Value v = as<Cell>(cells[oparg])->value;
      if (v.is_null()) {
        (void)unbound_deref(co, oparg);
        goto error;
      }
      incref(v);
      PUSH(v);
      DISPATCH();
    }

    TARGET(LOAD_NAME) {
      Value name = names[oparg];
      if (f->locals.is_null()) {
        (void)raise(&exc::SystemError, "no locals when loading '" + std::string(str_view(name)) + "'");
        goto error;
      }
      Result<Ref> r = mapping_lookup(f->locals, name);
      if (!r.ok()) goto error;
      if (*r) {
        PUSH(r->release());
        DISPATCH();
      }
      Result<Ref> g = load_global(f->globals, f->builtins, name);
      if (!g.ok()) goto error;
      PUSH(g->release());
      DISPATCH();
    }

    TARGET(STORE_NAME) {
      Value name = names[oparg];
      Ref v = Ref::steal(POP());
      if (f->locals.is_null()) {
        (void)raise(&exc::SystemError, "no locals found when storing '" + std::string(str_view(name)) + "'");
        goto error;
      }
      if (!mapping_store(f->locals, name, v).ok()) goto error;
      DISPATCH();
    }

    TARGET(DELETE_NAME) {
      Value name = names[oparg];
      if (f->locals.is_null()) {
        (void)raise(&exc::SystemError, "no locals when deleting '" + std::string(str_view(name)) + "'");
        goto error;
      }
      if (f->locals.type() == &DictType) {
        Result<bool> r = dict_del(as<Dict>(f->locals), name);
        if (!r.ok()) goto error;
        if (!*r) {
          (void)name_error(name);
          goto error;
        }
      } else if (!delitem(f->locals, name).ok()) {
        if (error_matches(&exc::KeyError)) {
          clear_error();
          (void)name_error(name);
        }
        goto error;
      }
      DISPATCH();
    }

    TARGET(LOAD_GLOBAL) {
      Value name = names[oparg];
      int fuse = 0;  // 1: LOAD_ATTR follows; 2: LOAD_FAST/LOAD_CONST, BINARY_SUBSCR follow
      if constexpr (kFreeThreading) {
        // ft build: a shared G is read without touching its count where possible, so that
        // threads do not fight over it (concurrency/deferred.h). `g` is borrowed: its memory
        // stays valid until this thread's next quiescent state.
        Dict* globals = static_cast<Dict*>(f->globals);
        Value g = dict_get_str(globals, as<Str>(name));
        Op next = Op(*ip & 0xff);
        if (next == Op::LOAD_ATTR) {
          fuse = 1;
        } else if ((next == Op::LOAD_FAST || next == Op::LOAD_CONST) && Op(ip[1] & 0xff) == Op::BINARY_SUBSCR) {
          fuse = 2;
        }
        if (g.is_object()) {
          ObjectHeader* h = &g.obj()->header;
          if (header_borrowable(h)) {
            // `G.attr`, `G[local or const]`: one instruction on the borrowed G.
            if (fuse) {
              Ref res;
              int rc = 0;
              uint32_t arg = *ip >> 8;
              if (fuse == 1) {
                rc = fused_attr(g, as<Str>(names[arg]), &res);
              } else {
                Value key = next == Op::LOAD_FAST ? fast[arg] : consts[arg];
                if (!key.is_null()) rc = fused_subscript(g, key, &res);
              }
              if (rc != 0) {
                f->ip = ip + (fuse - 1);  // the consumer: errors and tracebacks point at it
                ip += fuse;
                if (rc < 0) goto error;
                PUSH(res.release());
                DISPATCH();
              }
            }
            if (header_is_immortal(h)) {
              PUSH(g);
              FAST_DISPATCH();
            }
            // A deferred G cannot be destroyed before this thread is quiescent, so a plain
            // increment is safe; it is a real reference if G is still bound afterwards (then the
            // count was never zero). Otherwise undo it: a dead deferred object's destruction is
            // idempotent (kGcDeallocQueued), and nobody else saw the reference.
            incref(g);
            if (dict_get_str(globals, as<Str>(name)).is(g)) {
              PUSH(g);
              FAST_DISPATCH();
            }
            decref(g);
          } else if (header_try_incref(h)) {
            if (fuse) defer_shared_global(g);
            PUSH(g);
            FAST_DISPATCH();
          }
        } else if (g.is_small_int()) {
          PUSH(g);
          FAST_DISPATCH();
        }
      }
      // New reference, ft build: no lock (optimistic read; another thread may store the name).
      Ref v = dict_get_str_ref(static_cast<Dict*>(f->globals), as<Str>(name));
      if (!v) {
        Result<Ref> r = load_global(f->globals, f->builtins, name);
        if (!r.ok()) goto error;
        PUSH(r->release());
        DISPATCH();
      }
      if (fuse && v.get().is_object()) defer_shared_global(v);
      PUSH(v.release());
      FAST_DISPATCH();
    }

    TARGET(STORE_GLOBAL) {
      Ref v = Ref::steal(POP());
      if (!dict_set(static_cast<Dict*>(f->globals), names[oparg], v).ok()) goto error;
      DISPATCH();
    }

    TARGET(DELETE_GLOBAL) {
      Result<bool> r = dict_del(static_cast<Dict*>(f->globals), names[oparg]);
      if (!r.ok()) goto error;
      if (!*r) {
        (void)name_error(names[oparg]);
        goto error;
      }
      DISPATCH();
    }

    TARGET(LOAD_ATTR) {
      Value obj = TOP();
      Value res;
      {
        Result<Ref> r = getattr(obj, as<Str>(names[oparg]));
        if (!r.ok()) {
          attribute_error_context(obj, names[oparg]);
          goto error;
        }
        res = r->release();
      }
      TOP() = res;
      decref(obj);
      FAST_DISPATCH();
    }

    TARGET(LOAD_METHOD) {
      Value obj = TOP();
      Str* name = as<Str>(names[oparg]);
      TypeObject* tp = obj.type();
      if (tp->getattr == generic_getattr) {
        Value descr = type_lookup(tp, name);
        if (!descr.is_null() && (descr.type() == &FunctionType || descr.type() == &MethodDescrType)) {
          bool shadowed = false;
          if (tp->dict_offset > 0 && obj.is_object()) {
            Value d = *reinterpret_cast<Value*>(reinterpret_cast<char*>(obj.obj()) + tp->dict_offset);
            if (!d.is_null() && is_dict(d) && !dict_get_str(as<Dict>(d), name).is_null()) shadowed = true;
          }
          if (!shadowed) {
            incref(descr);
            TOP() = descr;
            PUSH(obj);  // the reference moves to the self slot
            FAST_DISPATCH();
          }
        }
      }
      Result<Ref> r = getattr(obj, name);
      if (!r.ok()) {
        attribute_error_context(obj, Value(name));
        goto error;
      }
      TOP() = r->release();
      decref(obj);
      PUSH(Value());
      DISPATCH();
    }

    TARGET(STORE_ATTR) {
      Ref obj = Ref::steal(POP());
      Ref v = Ref::steal(POP());
      if (!setattr(obj, as<Str>(names[oparg]), v).ok()) goto error;
      DISPATCH();
    }

    TARGET(DELETE_ATTR) {
      Ref obj = Ref::steal(POP());
      if (!delattr(obj, as<Str>(names[oparg])).ok()) goto error;
      DISPATCH();
    }

    TARGET(LOAD_ASSERTION_ERROR) {
      PUSH(Value(&exc::AssertionError));
      FAST_DISPATCH();
    }

    TARGET(LOAD_BUILD_CLASS) {
      Value bc;
      if (is_dict(Value(f->builtins))) bc = dict_get_str(static_cast<Dict*>(f->builtins), ids::dunder_build_class);
      if (bc.is_null()) {
        (void)raise(&exc::NameError, "__build_class__ not found");
        goto error;
      }
      incref(bc);
      PUSH(bc);
      DISPATCH();
    }

    TARGET(SETUP_ANNOTATIONS) {
      if (f->locals.is_null()) {
        (void)raise(&exc::SystemError, "no locals found when setting up annotations");
        goto error;
      }
      Result<Ref> r = mapping_lookup(f->locals, Value(ids::dunder_annotations));
      if (!r.ok()) goto error;
      if (!*r) {
        Ref d = make_dict();
        if (!mapping_store(f->locals, Value(ids::dunder_annotations), d).ok()) goto error;
      }
      DISPATCH();
    }

    TARGET(BINARY_OP) {
      Value b = POP();
      Value a = TOP();
      Value fastr;
      BinOp op = BinOp(oparg & 15);
      if (small_binop(op, a, b, &fastr)) {
        TOP() = fastr;
        FAST_DISPATCH();
      }
      Result<Ref> r = (oparg & kBinOpInplace) ? inplace_op(a, b, op) : binary_op(a, b, op);
      decref(b);
      if (!r.ok()) goto error;
      TOP() = r->release();
      decref(a);
      DISPATCH();
    }

    TARGET(UNARY_OP) {
      Value a = TOP();
      if (a.is_small_int() && UnaryOp(oparg) == UnaryOp::Neg && a.as_small_int() != kSmallIntMin) {
        TOP() = Value::small_int(-a.as_small_int());
        FAST_DISPATCH();
      }
      Result<Ref> r = unary_op(a, UnaryOp(oparg));
      if (!r.ok()) goto error;
      TOP() = r->release();
      decref(a);
      DISPATCH();
    }

    TARGET(UNARY_NOT) {
      Value a = TOP();
      Result<bool> t = truthy(a);
      if (!t.ok()) goto error;
      TOP() = bool_value(!*t);
      decref(a);
      FAST_DISPATCH();
    }

    TARGET(COMPARE_OP) {
      Value b = POP();
      Value a = TOP();
      bool fb = false;
      if (small_compare(CmpOp(oparg), a, b, &fb)) {
        TOP() = bool_value(fb);
        FAST_DISPATCH();
      }
      Result<Ref> r = compare(a, b, CmpOp(oparg));
      decref(b);
      if (!r.ok()) goto error;
      TOP() = r->release();
      decref(a);
      DISPATCH();
    }

    TARGET(IS_OP) {
      Value b = POP();
      Value a = TOP();
      bool res = (a == b) != (oparg != 0);
      TOP() = bool_value(res);
      decref(a);
      decref(b);
      FAST_DISPATCH();
    }

    TARGET(CONTAINS_OP) {
      Value container = POP();
      Value item = TOP();
      Result<bool> r = contains(container, item);
      decref(container);
      if (!r.ok()) goto error;
      TOP() = bool_value(*r != (oparg != 0));
      decref(item);
      DISPATCH();
    }

    TARGET(BINARY_SUBSCR) {
      Value key = POP();
      Value obj = TOP();
      if (key.is_small_int()) {
        int64_t i = key.as_small_int();
        if (obj.type() == &ListType) {
          int64_t n = int64_t(list_size(obj));
          if (i < 0) i += n;
          if (i >= 0 && i < n) {
            // Thread-safe read (ft build: optimistic, no lock); null if the list just shrank.
            Ref v = list_get_item(as<List>(obj), size_t(i));
            if (v) {
              TOP() = v.release();
              decref(obj);
              FAST_DISPATCH();
            }
          }
        } else if (obj.type() == &TupleType) {
          Tuple* t = as<Tuple>(obj);
          int64_t n = int64_t(t->size);
          if (i < 0) i += n;
          if (i >= 0 && i < n) {
            Value v = t->items[i];
            incref(v);
            TOP() = v;
            decref(obj);
            FAST_DISPATCH();
          }
        }
      }
      Result<Ref> r = getitem(obj, key);
      decref(key);
      if (!r.ok()) goto error;
      TOP() = r->release();
      decref(obj);
      DISPATCH();
    }

    TARGET(STORE_SUBSCR) {
      Ref key = Ref::steal(POP());
      Ref obj = Ref::steal(POP());
      Ref v = Ref::steal(POP());
      if (!setitem(obj, key, v).ok()) goto error;
      DISPATCH();
    }

    TARGET(DELETE_SUBSCR) {
      Ref key = Ref::steal(POP());
      Ref obj = Ref::steal(POP());
      if (!delitem(obj, key).ok()) goto error;
      DISPATCH();
    }

    TARGET(BUILD_TUPLE) {
      Ref t = make_tuple(oparg);
      Tuple* tp = t.as<Tuple>();
      for (uint32_t i = 0; i < oparg; i++) tp->items[i] = sp[int(i) - int(oparg)];
      sp -= oparg;
      PUSH(t.release());
      DISPATCH();
    }

    TARGET(BUILD_LIST) {
      Ref l = make_list(oparg);
      bool okk = true;
      for (uint32_t i = 0; i < oparg; i++) {
        if (okk && !list_append(l.as<List>(), sp[int(i) - int(oparg)]).ok()) okk = false;
      }
      for (uint32_t i = 0; i < oparg; i++) decref(sp[int(i) - int(oparg)]);
      sp -= oparg;
      if (!okk) goto error;
      PUSH(l.release());
      DISPATCH();
    }

    TARGET(BUILD_SET) {
      Ref s = make_set();
      bool okk = true;
      for (uint32_t i = 0; i < oparg; i++) {
        if (okk && !set_add(s.as<Set>(), sp[int(i) - int(oparg)]).ok()) okk = false;
      }
      for (uint32_t i = 0; i < oparg; i++) decref(sp[int(i) - int(oparg)]);
      sp -= oparg;
      if (!okk) goto error;
      PUSH(s.release());
      DISPATCH();
    }

    TARGET(BUILD_MAP) {
      Ref d = make_dict();
      bool okk = true;
      Value* base = sp - 2 * oparg;
      for (uint32_t i = 0; i < oparg; i++) {
        if (okk && !dict_set(d.as<Dict>(), base[2 * i], base[2 * i + 1]).ok()) okk = false;
      }
      for (uint32_t i = 0; i < 2 * oparg; i++) decref(base[i]);
      sp = base;
      if (!okk) goto error;
      PUSH(d.release());
      DISPATCH();
    }

    TARGET(BUILD_STRING) {
      Value* base = sp - oparg;
      size_t total = 0;
      for (uint32_t i = 0; i < oparg; i++) total += as<Str>(base[i])->byte_length;
      std::string s;
      s.reserve(total);
      for (uint32_t i = 0; i < oparg; i++) s += str_view(base[i]);
      for (uint32_t i = 0; i < oparg; i++) decref(base[i]);
      sp = base;
      PUSH(make_str(s).release());
      DISPATCH();
    }

    TARGET(BUILD_SLICE) {
      Value step = oparg == 3 ? POP() : Value();
      Value stop = POP();
      Value start = TOP();
      Ref sl = make_slice(start, stop, step);
      decref(step);
      decref(stop);
      decref(start);
      TOP() = sl.release();
      DISPATCH();
    }

    TARGET(LIST_APPEND) {
      Ref v = Ref::steal(POP());
      if (!list_append(as<List>(PEEK(oparg)), v).ok()) goto error;
      DISPATCH();
    }

    TARGET(SET_ADD) {
      Ref v = Ref::steal(POP());
      if (!set_add(as<Set>(PEEK(oparg)), v).ok()) goto error;
      DISPATCH();
    }

    TARGET(MAP_ADD) {
      Ref v = Ref::steal(POP());
      Ref k = Ref::steal(POP());
      if (!dict_set(as<Dict>(PEEK(oparg)), k, v).ok()) goto error;
      DISPATCH();
    }

    TARGET(LIST_EXTEND) {
      Ref it = Ref::steal(POP());
      Value l = PEEK(oparg);
      Result<Ref> itr = get_iter(it);
      if (!itr.ok()) {
        if (error_matches(&exc::TypeError) && !it.type()->iter && !it.type()->getitem) {
          clear_error();
          // In a call (f(*x)) the list is followed by the callable two slots down.
          Value func = (sp - oparg - 2 >= f->stack_base()) ? sp[-int(oparg) - 2] : Value();
          if (!func.is_null() && is_callable(func) && oparg == 1) {
            (void)raise(&exc::TypeError, function_str(func) + " argument after * must be an iterable, not " +
                                             type_name(it));
          } else {
            (void)raise(&exc::TypeError, std::string("Value after * must be an iterable, not ") + type_name(it));
          }
        }
        goto error;
      }
      Ref iter = itr.take();
      for (;;) {
        Result<Ref> n = iter_next(iter);
        if (!n.ok()) goto error;
        if (!*n) break;
        if (!list_append(as<List>(l), *n).ok()) goto error;
      }
      DISPATCH();
    }

    TARGET(SET_UPDATE) {
      Ref it = Ref::steal(POP());
      Value s = PEEK(oparg);
      Result<Ref> itr = get_iter(it);
      if (!itr.ok()) goto error;
      Ref iter = itr.take();
      for (;;) {
        Result<Ref> n = iter_next(iter);
        if (!n.ok()) goto error;
        if (!*n) break;
        if (!set_add(as<Set>(s), *n).ok()) goto error;
      }
      DISPATCH();
    }

    TARGET(DICT_UPDATE) {
      Ref m = Ref::steal(POP());
      Value d = PEEK(oparg);
      if (!is_dict(m)) {
        Result<Ref> keys = getattr_opt(m, ids::keys);
        if (!keys.ok()) goto error;
        if (!*keys) {
          (void)raise(&exc::TypeError, std::string("'") + type_name(m) + "' object is not a mapping");
          goto error;
        }
      }
      if (!dict_update(as<Dict>(d), m).ok()) goto error;
      DISPATCH();
    }

    TARGET(DICT_MERGE) {
      Ref m = Ref::steal(POP());
      Value d = PEEK(oparg);
      // Stack: callable, self_or_null, args tuple, kwargs dict (oparg == 1).
      Value func = sp[-int(oparg) - 3];
      if (!dict_merge_kwargs(func, as<Dict>(d), m).ok()) goto error;
      DISPATCH();
    }

    TARGET(LIST_TO_TUPLE) {
      Value l = TOP();
      List* lp = as<List>(l);
      Ref t = make_tuple(lp->size);
      for (size_t i = 0; i < lp->size; i++) tuple_init_item(t.as<Tuple>(), i, Ref::borrow(lp->items[i]));
      TOP() = t.release();
      decref(l);
      DISPATCH();
    }

    TARGET(UNPACK_SEQUENCE) {
      Ref seq = Ref::steal(POP());
      if (seq.type() == &TupleType && tuple_size(seq) == oparg) {
        for (uint32_t i = 0; i < oparg; i++) {
          Value v = tuple_item(seq, oparg - 1 - i);
          incref(v);
          PUSH(v);
        }
        DISPATCH();
      }
      std::vector<Ref> items(oparg);
      if (!unpack_iterable(seq, oparg, false, 0, items.data()).ok()) goto error;
      for (uint32_t i = 0; i < oparg; i++) PUSH(items[oparg - 1 - i].release());
      DISPATCH();
    }

    TARGET(UNPACK_EX) {
      Ref seq = Ref::steal(POP());
      size_t before = oparg & 0xff, after = oparg >> 8;
      std::vector<Ref> items(before + after + 1);
      if (!unpack_iterable(seq, before, true, after, items.data()).ok()) goto error;
      for (size_t i = 0; i < items.size(); i++) PUSH(items[items.size() - 1 - i].release());
      DISPATCH();
    }

    TARGET(GET_ITER) {
      Value v = TOP();
      Result<Ref> r = get_iter(v);
      if (!r.ok()) goto error;
      TOP() = r->release();
      decref(v);
      DISPATCH();
    }

    TARGET(FOR_ITER) {
      Value it = TOP();
      Value next;
      {
        auto next_fn = it.type()->iternext;
        Result<Ref> r = next_fn ? next_fn(it) : iter_next(it);
        if (!r.ok()) {
          if (!error_matches(&exc::StopIteration)) goto error;
          clear_error();
        } else {
          next = r->release();
        }
      }
      if (!next.is_null()) {
        PUSH(next);
        FAST_DISPATCH();
      }
      sp--;
      decref(it);
      ip = first + oparg;
      FAST_DISPATCH();
    }

    TARGET(JUMP) {
      const CodeUnit* target = first + oparg;
      if (target < ip) CHECK_BREAKER();
      ip = target;
      FAST_DISPATCH();
    }

    TARGET(POP_JUMP_IF_FALSE) {
      Value v = POP();
      bool t;
      if (v.raw() == reinterpret_cast<uintptr_t>(True)) {
        t = true;
      } else if (v.raw() == reinterpret_cast<uintptr_t>(False)) {
        t = false;
      } else {
        Result<bool> r = truthy(v);
        decref(v);
        if (!r.ok()) goto error;
        t = *r;
      }
      if (!t) ip = first + oparg;
      FAST_DISPATCH();
    }

    TARGET(POP_JUMP_IF_TRUE) {
      Value v = POP();
      bool t;
      if (v.raw() == reinterpret_cast<uintptr_t>(True)) {
        t = true;
      } else if (v.raw() == reinterpret_cast<uintptr_t>(False)) {
        t = false;
      } else {
        Result<bool> r = truthy(v);
        decref(v);
        if (!r.ok()) goto error;
        t = *r;
      }
      if (t) ip = first + oparg;
      FAST_DISPATCH();
    }

    TARGET(POP_JUMP_IF_NONE) {
      Value v = POP();
      bool n = is_none(v);
      decref(v);
      if (n) ip = first + oparg;
      FAST_DISPATCH();
    }

    TARGET(POP_JUMP_IF_NOT_NONE) {
      Value v = POP();
      bool n = is_none(v);
      decref(v);
      if (!n) ip = first + oparg;
      FAST_DISPATCH();
    }

    TARGET(JUMP_IF_FALSE_OR_POP) {
      Value v = TOP();
      Result<bool> r = truthy(v);
      if (!r.ok()) goto error;
      if (!*r) {
        ip = first + oparg;
      } else {
        sp--;
        decref(v);
      }
      FAST_DISPATCH();
    }

    TARGET(JUMP_IF_TRUE_OR_POP) {
      Value v = TOP();
      Result<bool> r = truthy(v);
      if (!r.ok()) goto error;
      if (*r) {
        ip = first + oparg;
      } else {
        sp--;
        decref(v);
      }
      FAST_DISPATCH();
    }

    TARGET(RETURN_VALUE) {
      retval = Ref::steal(POP());
      goto do_return;
    }

    TARGET(RETURN_CONST) {
      retval = Ref::borrow(consts[oparg]);
      goto do_return;
    }

    TARGET(YIELD_VALUE) {
      retval = Ref::steal(POP());
      f->sp = sp;
      f->state = Frame::kSuspended;
      f->entry_yield_from = oparg != 0;
      ts->frame = f->back;
      --ts->recursion_depth;
      return retval;
    }

    TARGET(GET_YIELD_FROM_ITER) {
      Value v = TOP();
      if (!is_generator(v)) {
        if (is_coroutine(v)) {
          (void)raise(&exc::TypeError, "cannot 'yield from' a coroutine object in a non-coroutine generator");
          goto error;
        }
        Result<Ref> r = get_iter(v);
        if (!r.ok()) goto error;
        TOP() = r->release();
        decref(v);
      }
      DISPATCH();
    }

    TARGET(GET_AWAITABLE) {
      Value v = TOP();
      if (!is_coroutine(v)) {
        Value aw = type_lookup(v.type(), intern("__await__"));
        if (aw.is_null()) {
          (void)raise(&exc::TypeError, std::string("'") + type_name(v) + "' object can't be awaited");
          goto error;
        }
        Result<Ref> r = call_method(v, intern("__await__"), {});
        if (!r.ok()) goto error;
        if (is_coroutine(*r) || !r->type()->iternext) {
          (void)raise(&exc::TypeError, std::string("__await__() returned non-iterator of type '") +
                                           type_name(*r) + "'");
          goto error;
        }
        TOP() = r->release();
        decref(v);
      }
      DISPATCH();
    }

    TARGET(SEND) {
      Ref v = Ref::steal(POP());
      Value it = TOP();
      Ref result;
      bool returned = false;
      if (is_generator(it) || is_coroutine(it)) {
        GenStatus st = gen_send_ex(as<Generator>(it), v, false, &result);
        if (st == GenStatus::Error) goto error;
        returned = st == GenStatus::Return;
      } else {
        Result<Ref> r = is_none(v) && it.type()->iternext ? it.type()->iternext(it)
                                                          : call_method(it, ids::send, {v.get()});
        if (r.ok() && *r) {
          result = r.take();
        } else if (r.ok() || error_matches(&exc::StopIteration)) {
          returned = true;
          if (!r.ok()) {
            Ref e = fetch_error();
            Result<Ref> val = getattr(e, ids::value);
            if (!val.ok()) goto error;
            result = val.take();
          } else {
            result = none();
          }
        } else {
          goto error;
        }
      }
      PUSH(result.release());
      if (returned) ip = first + oparg;
      DISPATCH();
    }

    TARGET(END_SEND) {
      Value v = POP();
      Value it = TOP();
      TOP() = v;
      decref(it);
      FAST_DISPATCH();
    }

    TARGET(CLEANUP_THROW) {
      Value e = TOP();
      if (is_instance_of(e, &exc::StopIteration)) {
        Result<Ref> val = getattr(e, ids::value);
        if (!val.ok()) goto error;
        TOP() = val->release();
        decref(e);
        DISPATCH();
      }
      sp--;
      restore_error(Ref::steal(e));
      goto exception_unwind;
    }

    TARGET(PUSH_EXC_INFO) {
      Value e = TOP();
      Ref prev = std::move(ts->handled_exception);
      TOP() = prev ? prev.release() : None();
      PUSH(e);
      ts->handled_exception = Ref::borrow(e);
      DISPATCH();
    }

    TARGET(POP_EXCEPT) {
      Value prev = POP();
      if (is_none(prev)) {
        ts->handled_exception = Ref();
      } else {
        ts->handled_exception = Ref::steal(prev);
      }
      FAST_DISPATCH();
    }

    TARGET(RERAISE) {
      Value e = POP();
      if (oparg) {
        Value lasti = PEEK(oparg);
        if (lasti.is_small_int()) f->ip = first + lasti.as_small_int();
      }
      restore_error(Ref::steal(e));
      goto exception_unwind;
    }

    TARGET(CHECK_EXC_MATCH) {
      Value type = TOP();
      Value e = PEEK(2);
      Result<bool> r = exception_matches(e, type);
      if (!r.ok()) goto error;
      TOP() = bool_value(*r);
      decref(type);
      DISPATCH();
    }

    TARGET(CHECK_EG_MATCH) {
      Ref type = Ref::steal(POP());
      Value e = TOP();
      if (!is_tuple(type) && !is_exception_class(type)) {
        (void)raise(&exc::TypeError, "catching classes that do not inherit from BaseException is not allowed");
        goto error;
      }
      {
        bool group_type = false;
        if (is_type(type)) {
          group_type = is_subtype(static_cast<TypeObject*>(type.obj()), &exc::BaseExceptionGroup);
        } else {
          for (size_t i = 0; i < tuple_size(type); i++) {
            Value t = tuple_item(type, i);
            if (!is_exception_class(t)) {
              (void)raise(&exc::TypeError, "catching classes that do not inherit from BaseException is not allowed");
              goto error;
            }
            if (is_subtype(static_cast<TypeObject*>(t.obj()), &exc::BaseExceptionGroup)) group_type = true;
          }
        }
        if (group_type) {
          (void)raise(&exc::TypeError,
                      "catching ExceptionGroup with except* is not allowed. Use except instead.");
          goto error;
        }
      }
      Ref match, rest;
      if (!exception_group_match(e, type, &match, &rest).ok()) goto error;
      if (!is_none(match)) ts->handled_exception = match;
      TOP() = rest.release();
      decref(e);
      PUSH(match.release());
      DISPATCH();
    }

    TARGET(PREP_RERAISE_STAR) {
      Ref excs = Ref::steal(POP());
      Value orig = TOP();
      Result<Ref> r = prep_reraise_star(orig, excs);
      if (!r.ok()) goto error;
      TOP() = r->release();
      decref(orig);
      DISPATCH();
    }

    TARGET(RAISE_VARARGS) {
      if (oparg == 0) {
        Value h = ts->handled_exception;
        if (h.is_null() || is_none(h)) {
          (void)raise(&exc::RuntimeError, "No active exception to reraise");
          goto error;
        }
        restore_error(Ref::borrow(h));
        goto exception_unwind;
      }
      Ref cause = oparg == 2 ? Ref::steal(POP()) : Ref();
      Ref e = Ref::steal(POP());
      (void)do_raise(e, cause);
      goto error;
    }

    TARGET(BEFORE_WITH) {
      Value mgr = TOP();
      TypeObject* tp = mgr.type();
      Value enter = type_lookup(tp, ids::dunder_enter);
      if (enter.is_null()) {
        (void)raise(&exc::TypeError, std::string("'") + type_name(mgr) +
                                         "' object does not support the context manager protocol");
        goto error;
      }
      Value exitd = type_lookup(tp, ids::dunder_exit);
      if (exitd.is_null()) {
        (void)raise(&exc::TypeError, std::string("'") + type_name(mgr) +
                                         "' object does not support the context manager protocol (missed __exit__ method)");
        goto error;
      }
      Ref enter_keep = Ref::borrow(enter), exit_keep = Ref::borrow(exitd);
      Result<Ref> exit_bound = bind_special(exitd, mgr);
      if (!exit_bound.ok()) goto error;
      Result<Ref> enter_bound = bind_special(enter, mgr);
      if (!enter_bound.ok()) goto error;
      Result<Ref> res = call(*enter_bound, {});
      if (!res.ok()) goto error;
      TOP() = exit_bound->release();
      decref(mgr);
      PUSH(res->release());
      DISPATCH();
    }

    TARGET(WITH_EXCEPT_START) {
      Value e = TOP();
      Value exitf = PEEK(4);
      Value tb = as<BaseExceptionObject>(e)->traceback;
      Result<Ref> r = call(exitf, {Value(e.type()), e, tb.is_null() ? None() : tb});
      if (!r.ok()) goto error;
      PUSH(r->release());
      DISPATCH();
    }

    TARGET(MAKE_FUNCTION) {
      Ref code = Ref::steal(POP());
      Ref fn = make_function(code, Value(f->globals));
      Function* fp = fn.as<Function>();
      if (oparg & kMfClosure) fp->closure = Ref::steal(POP());
      if (oparg & kMfAnnotations) fp->annotations = Ref::steal(POP());
      if (oparg & kMfKwDefaults) fp->kwdefaults = Ref::steal(POP());
      if (oparg & kMfDefaults) fp->defaults = Ref::steal(POP());
      // ft build: a module-level function (and its code) is called from every thread: stop
      // counting it (deferred/immortal, concurrency/refcount.h) so its count is not contended.
      if (kFreeThreading && f->locals == Value(f->globals) && header_defer(object_header(fn.obj())))
        header_defer(object_header(code.obj()));
      PUSH(fn.release());
      DISPATCH();
    }

    TARGET(FORMAT_VALUE) {
      Ref spec = (oparg & kFvHasSpec) ? Ref::steal(POP()) : Ref();
      Value v = TOP();
      Result<Ref> r = format_value(v, oparg, spec);
      if (!r.ok()) goto error;
      TOP() = r->release();
      decref(v);
      DISPATCH();
    }

    TARGET(CALL) {
      CHECK_BREAKER();
      Value* base = sp - oparg - 2;
      Value callable = base[0];
      const Value* args;
      size_t nargs;
      if (!base[1].is_null()) {
        args = base + 1;
        nargs = oparg + 1;
      } else if (callable.type() == &MethodType) {
        Method* m = as<Method>(callable);
        base[1] = Ref(m->self).release();
        base[0] = Ref(m->func).release();
        decref(callable);
        callable = base[0];
        args = base + 1;
        nargs = oparg + 1;
      } else {
        args = base + 2;
        nargs = oparg;
      }
      Value result;
      {
        Result<Ref> r = callable.type() == &FunctionType
                            ? function_call(as<Function>(callable), args, nargs, nullptr)
                            : call(callable, CallArgs{args, nargs, nullptr});
        for (Value* p = base; p < sp; p++) decref(*p);
        sp = base;
        if (!r.ok()) goto error;
        result = r->release();
      }
      PUSH(result);
      FAST_DISPATCH();
    }

    TARGET(CALL_KW) {
      CHECK_BREAKER();
      Value kwnames = POP();
      Value* base = sp - oparg - 2;
      size_t nkw = tuple_size(kwnames);
      Value callable = base[0];
      const Value* args;
      size_t nargs;
      if (!base[1].is_null()) {
        args = base + 1;
        nargs = oparg + 1 - nkw;
      } else if (callable.type() == &MethodType) {
        Method* m = as<Method>(callable);
        base[1] = Ref(m->self).release();
        base[0] = Ref(m->func).release();
        decref(callable);
        callable = base[0];
        args = base + 1;
        nargs = oparg + 1 - nkw;
      } else {
        args = base + 2;
        nargs = oparg - nkw;
      }
      Result<Ref> r = callable.type() == &FunctionType
                          ? function_call(as<Function>(callable), args, nargs, as<Tuple>(kwnames))
                          : call(callable, CallArgs{args, nargs, as<Tuple>(kwnames)});
      decref(kwnames);
      for (Value* p = base; p < sp; p++) decref(*p);
      sp = base;
      if (!r.ok()) goto error;
      PUSH(r->release());
      DISPATCH();
    }

    TARGET(CALL_FUNCTION_EX) {
      CHECK_BREAKER();
      Ref kwargs = (oparg & 1) ? Ref::steal(POP()) : Ref();
      Ref args = Ref::steal(POP());
      Ref self = Ref::steal(POP());
      Ref func = Ref::steal(POP());
      if (!is_tuple(args) || args.type() != &TupleType) {
        Result<Ref> itr = get_iter(args);
        if (!itr.ok()) {
          if (error_matches(&exc::TypeError)) {
            clear_error();
            (void)raise(&exc::TypeError, function_str(func) + " argument after * must be an iterable, not " +
                                             type_name(args));
          }
          goto error;
        }
        Result<Ref> l = list_from_iterable(*itr);
        if (!l.ok()) goto error;
        List* lp = l->as<List>();
        Ref t = make_tuple(lp->size);
        for (size_t i = 0; i < lp->size; i++) tuple_init_item(t.as<Tuple>(), i, Ref::borrow(lp->items[i]));
        args = std::move(t);
      }
      if (kwargs && kwargs.type() != &DictType) {
        Ref d = make_dict();
        if (!dict_merge_kwargs(func, d.as<Dict>(), kwargs).ok()) goto error;
        kwargs = std::move(d);
      }
      Result<Ref> r = call_with_tuple_dict(func, args, kwargs);
      if (!r.ok()) goto error;
      PUSH(r->release());
      DISPATCH();
    }

    TARGET(IMPORT_NAME) {
      Ref fromlist = Ref::steal(POP());
      Ref level = Ref::steal(POP());
      int lv = level.get().is_small_int() ? int(level.get().as_small_int()) : 0;
      Result<Ref> m = import_module_level(names[oparg], Value(f->globals), fromlist, lv);
      if (!m.ok()) goto error;
      PUSH(m->release());
      DISPATCH();
    }

    TARGET(IMPORT_FROM) {
      Result<Ref> r = import_from(TOP(), as<Str>(names[oparg]));
      if (!r.ok()) goto error;
      PUSH(r->release());
      DISPATCH();
    }

    TARGET(IMPORT_STAR) {
      Ref m = Ref::steal(POP());
      Value locals = f->locals.is_null() ? Value(f->globals) : f->locals;
      if (!import_star(m, locals).ok()) goto error;
      DISPATCH();
    }

    TARGET(PRINT_EXPR) {
      Ref v = Ref::steal(POP());
      Ref hook;
      if (ts->interp->sys) {
        Result<Ref> h = getattr_opt(ts->interp->sys, intern("displayhook"));
        if (!h.ok()) goto error;
        hook = h.take();
      }
      if (hook) {
        Result<Ref> r = call(hook, {v.get()});
        if (!r.ok()) goto error;
        DISPATCH();
      }
      // No sys.displayhook: the default behaviour (print repr, remember it as builtins._).
      if (!is_none(v)) {
        Result<Ref> rs = repr(v);
        if (!rs.ok()) goto error;
        Ref out;
        if (ts->interp->sys) {
          Result<Ref> o = getattr_opt(ts->interp->sys, ids::stdout);
          if (!o.ok()) goto error;
          out = o.take();
        }
        if (!out || is_none(out)) {
          (void)raise(&exc::RuntimeError, "lost sys.stdout");
          goto error;
        }
        Ref text = make_str(std::string(str_view(*rs)) + "\n");
        Result<Ref> w = call_method(out, ids::write, {text.get()});
        if (!w.ok()) goto error;
        if (ts->interp->builtins && is_dict(ts->interp->builtins)) {
          if (!dict_set_str(as<Dict>(ts->interp->builtins), intern("_"), v).ok()) goto error;
        }
      }
      DISPATCH();
    }

    TARGET(GET_LEN) {
      Result<int64_t> n = length(TOP());
      if (!n.ok()) goto error;
      PUSH(make_int(*n).release());
      DISPATCH();
    }

    TARGET(MATCH_MAPPING) {
      Value s = TOP();
      bool m = is_dict(s);
      if (!m && !s.is_small_int()) {
        // collections.abc.Mapping registration is not modelled: dict subclasses and types with
        // keys() + __getitem__ that are not sequences count as mappings.
        m = false;
      }
      PUSH(bool_value(m));
      DISPATCH();
    }

    TARGET(MATCH_SEQUENCE) {
      Value s = TOP();
      bool m = (is_list(s) || is_tuple(s)) ||
               (s.is_object() && !is_str(s) && !is_dict(s) && s.type()->getitem && s.type()->len &&
                s.type() != &BytesType && s.type() != &ByteArrayType && std::string_view(s.type()->name) == "range");
      PUSH(bool_value(m));
      DISPATCH();
    }

    TARGET(MATCH_KEYS) {
      Value keys = TOP();
      Value subject = PEEK(2);
      size_t n = tuple_size(keys);
      Ref values = make_tuple(n);
      bool matched = true;
      for (size_t i = 0; i < n; i++) {
        Value k = tuple_item(keys, i);
        Result<Ref> r = is_dict(subject) && subject.type() == &DictType ? dict_get(as<Dict>(subject), k)
                                                                       : getitem(subject, k);
        if (!r.ok()) {
          if (!error_matches(&exc::KeyError)) goto error;
          clear_error();
          r = Ref();
        }
        if (!*r) {
          matched = false;
          // fill the rest so the tuple is valid before it is dropped
          for (size_t j = i; j < n; j++) tuple_init_item(values.as<Tuple>(), j, none());
          break;
        }
        tuple_init_item(values.as<Tuple>(), i, r.take());
      }
      PUSH(matched ? values.release() : None());
      DISPATCH();
    }

    TARGET(MATCH_CLASS) {
      Ref kwnames = Ref::steal(POP());
      Ref cls = Ref::steal(POP());
      Value subject = TOP();
      Result<Ref> r = match_class(subject, cls, oparg, kwnames);
      if (!r.ok()) goto error;
      TOP() = r->release();
      decref(subject);
      DISPATCH();
    }

    TARGET(COPY_DICT_WITHOUT_KEYS) {
      Value keys = TOP();
      Value subject = PEEK(2);
      Ref d = make_dict();
      if (!dict_update(d.as<Dict>(), subject).ok()) goto error;
      for (size_t i = 0; i < tuple_size(keys); i++) {
        Result<bool> r = dict_del(d.as<Dict>(), tuple_item(keys, i));
        if (!r.ok()) goto error;
      }
      TOP() = d.release();
      decref(keys);
      DISPATCH();
    }

#if !WEFT_COMPUTED_GOTO
    default:
      (void)raise(&exc::SystemError, "unknown opcode");
      goto error;
  }
#else
  }
#endif

error:
  traceback_add(f);
exception_unwind : {
  size_t index = size_t(ip - 1 - first);
  const ExceptionEntry* h = co->find_handler(index);
  if (!h) {
    Value* base = f->stack_base();
    while (sp > base) {
      Value v = *--sp;
      decref(v);
    }
    f->sp = sp;
    f->state = Frame::kCompleted;
    ts->frame = f->back;
    --ts->recursion_depth;
    return kError;
  }
  Value* target = f->stack_base() + h->depth;
  while (sp > target) {
    Value v = *--sp;
    decref(v);
  }
  if (h->lasti) PUSH(Value::small_int(f->ip - first));
  Ref e = fetch_error();
  PUSH(e.release());
  ip = first + h->handler;
  DISPATCH();
}

do_return:
  f->sp = sp;
  f->state = Frame::kCompleted;
  ts->frame = f->back;
  --ts->recursion_depth;
  return retval;

#undef PUSH
#undef POP
#undef TOP
#undef PEEK
}

// ---------------------------------------------------------------------------------------------
// Calls into Python code.

Result<Ref> function_call(Function* func, const Value* args, size_t nargs, Tuple* kwnames) {
  ThreadState* ts = ThreadState::current();
  Code* co = func->code_ptr();
  bool is_gen = co->flags & (kCoGenerator | kCoCoroutine | kCoAsyncGenerator);
  Frame* f = frame_alloc(ts, co, is_gen);
  if (!f) return raise(&exc::MemoryError);
  incref(func);
  f->func = func;
  f->globals = func->globals.obj();
  f->builtins = func->builtins.obj();
  if (!kwnames && nargs == size_t(co->argcount) && !(co->flags & (kCoVarargs | kCoVarkeywords)) &&
      co->kwonlyargcount == 0) {
    for (size_t i = 0; i < nargs; i++) {
      incref(args[i]);
      f->fast[i] = args[i];
    }
  } else if (!frame_bind_args(f, func, args, nargs, kwnames).ok()) {
    frame_free(ts, f);
    return kError;
  }
  if (co->ncells || co->nfree) frame_init_cells(f, func);
  if (is_gen) return make_generator(f, func);
  Result<Ref> r = eval_frame(ts, f, false);
  frame_free(ts, f);
  return r;
}

Result<Ref> eval_function_with_locals(Function* func, Value locals) {
  ThreadState* ts = ThreadState::current();
  Code* co = func->code_ptr();
  Frame* f = frame_alloc(ts, co, false);
  if (!f) return raise(&exc::MemoryError);
  incref(func);
  f->func = func;
  f->globals = func->globals.obj();
  f->builtins = func->builtins.obj();
  incref(locals);
  f->locals = locals;
  if (co->ncells || co->nfree) frame_init_cells(f, func);
  Result<Ref> r = eval_frame(ts, f, false);
  frame_free(ts, f);
  return r;
}

Result<Ref> eval_module_code(Code* code, Value globals, Value locals) {
  ThreadState* ts = ThreadState::current();
  Frame* f = frame_alloc(ts, code, false);
  if (!f) return raise(&exc::MemoryError);
  f->globals = globals.obj();
  f->builtins = builtins_for_globals(globals).obj();
  Value l = locals.is_null() ? globals : locals;
  incref(l);
  f->locals = l;
  if (code->ncells || code->nfree) frame_init_cells(f, nullptr);
  Result<Ref> r = eval_frame(ts, f, false);
  frame_free(ts, f);
  return r;
}

}  // namespace weft
