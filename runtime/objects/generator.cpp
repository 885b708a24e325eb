// Generators: send/throw/close, __next__, PEP 479, GeneratorExit on close and on destruction.
#include "objects/generator.h"

#include <cstdio>

#include "bytecode/code.h"
#include "objects/abstract.h"
#include "objects/args.h"
#include "objects/exceptions.h"
#include "objects/function.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "vm/frame.h"
#include "vm/state.h"

namespace weft {

TypeObject GeneratorType;
TypeObject CoroutineType;

Ref make_generator(Frame* frame, Function* func) {
  Code* co = frame->code;
  TypeObject* tp = (co->flags & kCoCoroutine)         ? &CoroutineType
                   : (co->flags & kCoAsyncGenerator) ? &AsyncGeneratorType
                                                     : &GeneratorType;
  Generator* g = new_object<Generator>(tp);
  g->frame = frame;
  frame->gen = g;
  g->name = func ? func->name : co->name;
  g->qualname = func ? func->qualname : co->qualname;
  g->code = Ref::borrow(Value(co));
  return Ref::steal(Value(g));
}

namespace {

void finish(Generator* g) {
  if (g->frame) {
    Frame* f = g->frame;
    g->frame = nullptr;
    frame_free(ThreadState::current(), f);
  }
  g->exc_state.reset();
}

const char* kind_name(Generator* g) {
  return g->type == &CoroutineType ? "coroutine" : g->type == &AsyncGeneratorType ? "async generator" : "generator";
}

}  // namespace

GenStatus gen_send_ex(Generator* g, Value arg, bool exc, Ref* out) {
  ThreadState* ts = ThreadState::current();
  if (g->running) {
    (void)raise(&exc::ValueError, std::string(kind_name(g)) + " already executing");
    return GenStatus::Error;
  }
  Frame* f = g->frame;
  if (!f || f->state == Frame::kCompleted) {
    if (g->type == &CoroutineType && !exc) {
      (void)raise(&exc::RuntimeError, "cannot reuse already awaited coroutine");
      return GenStatus::Error;
    }
    if (!arg.is_null() && !exc) {
      *out = none();
      return GenStatus::Return;
    }
    return GenStatus::Error;  // exhausted (__next__), or the thrown exception propagates
  }
  if (f->state == Frame::kCreated) {
    if (!exc && !arg.is_null() && !is_none(arg)) {
      (void)raise(&exc::TypeError, std::string("can't send non-None value to a just-started ") + kind_name(g));
      return GenStatus::Error;
    }
  } else if (!exc) {
    Value v = arg.is_null() ? None() : arg;
    incref(v);
    *f->sp++ = v;
  }
  g->started = true;
  g->running = true;
  Ref outer = std::move(ts->handled_exception);
  ts->handled_exception = g->exc_state ? g->exc_state : outer;
  Result<Ref> r = eval_frame(ts, f, exc);
  g->running = false;
  if (f->state == Frame::kSuspended) {
    if (ts->handled_exception.get() != outer.get()) {
      g->exc_state = std::move(ts->handled_exception);
    } else {
      g->exc_state.reset();
    }
    ts->handled_exception = std::move(outer);
    *out = r.take();
    return GenStatus::Yield;
  }
  ts->handled_exception = std::move(outer);
  if (r.ok()) {
    finish(g);
    *out = r.take();
    return GenStatus::Return;
  }
  finish(g);
  // PEP 479: a StopIteration escaping the body becomes RuntimeError.
  if (error_matches(&exc::StopIteration)) {
    Ref e = fetch_error();
    (void)raise(&exc::RuntimeError, std::string(kind_name(g)) + " raised StopIteration");
    Value cur = ThreadState::current()->current_exception;
    if (cur.is_object()) {
      auto* ce = as<BaseExceptionObject>(cur);
      ce->cause = e;
      ce->suppress_context = true;
      if (!ce->context) ce->context = e;
    }
  }
  return GenStatus::Error;
}

namespace {

// ---- methods --------------------------------------------------------------------------------

Result<Ref> gen_iternext(Value self) {
  Ref out;
  GenStatus st = gen_send_ex(as<Generator>(self), Value(), false, &out);
  if (st == GenStatus::Yield) return out;
  // As CPython's tp_iternext: a non-None return value travels in StopIteration(value) (next()
  // shows it); iteration consumers treat StopIteration like exhaustion (PyIter_Next).
  if (st == GenStatus::Return) {
    if (out && !is_none(out)) return raise_stop_iteration(out);
    return Ref();
  }
  if (!error_occurred()) return Ref();  // already exhausted
  return kError;
}

Result<Ref> gen_iternext_slot(Value self) {
  Result<Ref> r = gen_iternext(self);
  return r;
}

Result<Ref> gen_next_method(Value self, CallArgs args) {
  Ref out;
  GenStatus st = gen_send_ex(as<Generator>(self), Value(), false, &out);
  if (st == GenStatus::Yield) return out;
  if (st == GenStatus::Return) return raise_stop_iteration(out && !is_none(out) ? out.get() : Value());
  if (!error_occurred()) return raise_stop_iteration(Value());
  return kError;
}

Result<Ref> gen_send(Value self, CallArgs args) {
  if (args.nargs != 1 || args.nkw()) {
    return raise(&exc::TypeError, std::string(kind_name(as<Generator>(self))) +
                                      ".send() takes exactly one argument (" + std::to_string(args.nargs) + " given)");
  }
  Ref out;
  GenStatus st = gen_send_ex(as<Generator>(self), args[0], false, &out);
  if (st == GenStatus::Yield) return out;
  if (st == GenStatus::Return) return raise_stop_iteration(out && !is_none(out) ? out.get() : Value());
  if (!error_occurred()) return raise_stop_iteration(Value());
  return kError;
}

Result<Ref> gen_close_impl(Generator* g);

// Throws exc (an instance, already built) into the generator, delegating to a `yield from`
// sub-iterator first, as CPython's _gen_throw.
Result<Ref> gen_throw_exc(Generator* g, Ref e) {
  Frame* f = g->frame;
  if (f && f->state == Frame::kSuspended && f->entry_yield_from && !g->running) {
    Value yf = f->sp[-1];
    Ref yfr = Ref::borrow(yf);
    if (is_instance_of(e, &exc::GeneratorExit)) {
      // Close the sub-iterator, then raise GeneratorExit here.
      g->running = true;
      Status st = ok();
      if (is_generator(yf) || is_coroutine(yf)) {
        Result<Ref> r = gen_close_impl(as<Generator>(yf));
        if (!r.ok()) st = kError;
      } else {
        Result<Ref> closem = getattr_opt(yf, ids::close);
        if (!closem.ok()) {
          st = kError;
        } else if (*closem) {
          Result<Ref> r = call(*closem, {});
          if (!r.ok()) st = kError;
        }
      }
      g->running = false;
      if (!st.ok()) {
        Ref err = fetch_error();
        restore_error(std::move(err));
      } else {
        restore_error(std::move(e));
      }
    } else {
      Result<Ref> r = Ref();
      g->running = true;
      if (is_generator(yf) || is_coroutine(yf)) {
        r = gen_throw_exc(as<Generator>(yf), e);
      } else {
        Result<Ref> meth = getattr_opt(yf, ids::throw_);
        if (!meth.ok()) {
          g->running = false;
          return kError;
        }
        if (!*meth) {
          g->running = false;
          restore_error(std::move(e));
          goto throw_here;
        }
        r = call(*meth, {e.get()});
      }
      g->running = false;
      if (r.ok()) return r;  // the sub-iterator yielded: we stay suspended at the same point
      // The sub-iterator raised (StopIteration included): raise it at our yield point; the
      // CLEANUP_THROW handler turns StopIteration into the value of `yield from`.
    }
  } else {
    restore_error(std::move(e));
  }
throw_here:
  Ref out;
  GenStatus st = gen_send_ex(g, Value(), true, &out);
  if (st == GenStatus::Yield) return out;
  if (st == GenStatus::Return) return raise_stop_iteration(out && !is_none(out) ? out.get() : Value());
  return kError;
}

Result<Ref> gen_throw(Value self, CallArgs args) {
  if (args.nargs < 1 || args.nargs > 3) {
    return raise(&exc::TypeError, "throw expected at least 1 argument, got " + std::to_string(args.nargs));
  }
  Value typ = args[0];
  Value val = args.nargs > 1 ? args[1] : Value();
  Value tb = args.nargs > 2 ? args[2] : Value();
  if (!tb.is_null() && is_none(tb)) tb = Value();
  Ref e;
  if (is_type(typ) && is_subtype(static_cast<TypeObject*>(typ.obj()), &exc::BaseException)) {
    if (!val.is_null() && is_instance_of(val, static_cast<TypeObject*>(typ.obj()))) {
      e = Ref::borrow(val);
    } else if (val.is_null() || is_none(val)) {
      e = TRY(call(typ, {}));
    } else if (is_tuple(val)) {
      Tuple* t = as<Tuple>(val);
      e = TRY(call(typ, CallArgs{t->items, t->size, nullptr}));
    } else {
      e = TRY(call(typ, {val}));
    }
  } else if (is_instance_of(typ, &exc::BaseException)) {
    if (!val.is_null() && !is_none(val)) {
      return raise(&exc::TypeError, "instance exception may not have a separate value");
    }
    e = Ref::borrow(typ);
  } else {
    return raise(&exc::TypeError, std::string("exceptions must be classes or instances deriving from "
                                              "BaseException, not ") + type_name(typ));
  }
  if (!tb.is_null()) as<BaseExceptionObject>(e)->traceback = Ref::borrow(tb);
  return gen_throw_exc(as<Generator>(self), std::move(e));
}

Result<Ref> gen_close_impl(Generator* g) {
  Frame* f = g->frame;
  if (!f || f->state == Frame::kCompleted) return none();
  if (f->state == Frame::kCreated) {
    finish(g);
    return none();
  }
  Ref ge = TRY(new_exception(&exc::GeneratorExit, {}));
  Result<Ref> r = gen_throw_exc(g, std::move(ge));
  if (r.ok()) {
    if (g->frame && g->frame->state == Frame::kSuspended) {
      return raise(&exc::RuntimeError, std::string(kind_name(g)) + " ignored GeneratorExit");
    }
    return r;
  }
  if (error_matches(&exc::StopIteration)) {
    Ref e = fetch_error();
    Result<Ref> v = getattr(e, ids::value);
    if (!v.ok()) return kError;
    return v;
  }
  if (!error_occurred() || error_matches(&exc::GeneratorExit)) {
    clear_error();
    return none();
  }
  return kError;
}

Result<Ref> gen_close(Value self, CallArgs args) { return gen_close_impl(as<Generator>(self)); }

Result<Ref> gen_iter(Value self) { return Ref::borrow(self); }

void gen_dealloc(Object* o) {
  Generator* g = static_cast<Generator*>(o);
  if (g->frame && g->frame->state == Frame::kSuspended && ThreadState::current()) {
    // Run the generator's finally blocks (close()), keeping the object alive meanwhile.
    incref(o);
    Ref saved = fetch_error();
    Result<Ref> r = gen_close_impl(g);
    if (!r.ok()) clear_error();  // CPython prints "Exception ignored in"; we drop it
    if (saved) restore_error(std::move(saved));
    if (header_refcount(object_header(o)) > 1) {
      decref(o);  // resurrected by close(): someone kept it
      return;
    }
  }
  finish(g);
  delete_object(g);
}

Result<Ref> gen_repr(Value v) {
  Generator* g = as<Generator>(v);
  char buf[48];
  snprintf(buf, sizeof buf, "%p", static_cast<void*>(g));
  return make_str(std::string("<") + kind_name(g) + " object " + std::string(str_view(g->qualname)) + " at " + buf + ">");
}

Result<Ref> get_name(Value v) { return as<Generator>(v)->name; }
Status set_name(Value v, Value x) {
  if (x.is_null() || !is_str(x)) return raise(&exc::TypeError, "__name__ must be set to a string object");
  as<Generator>(v)->name = Ref::borrow(x);
  return ok();
}
Result<Ref> get_qualname(Value v) { return as<Generator>(v)->qualname; }
Status set_qualname(Value v, Value x) {
  if (x.is_null() || !is_str(x)) return raise(&exc::TypeError, "__qualname__ must be set to a string object");
  as<Generator>(v)->qualname = Ref::borrow(x);
  return ok();
}
Result<Ref> get_code(Value v) { return as<Generator>(v)->code; }
Result<Ref> get_running(Value v) { return make_bool(as<Generator>(v)->running); }
Result<Ref> get_suspended(Value v) {
  Generator* g = as<Generator>(v);
  return make_bool(g->frame && g->frame->state == Frame::kSuspended);
}
Result<Ref> get_frame(Value v) {
  Generator* g = as<Generator>(v);
  if (!g->frame) return none();
  Value fo = TRY(frame_object(g->frame));
  return Ref::borrow(fo);
}
Result<Ref> get_yieldfrom(Value v) {
  Generator* g = as<Generator>(v);
  if (!g->frame || g->frame->state != Frame::kSuspended || !g->frame->entry_yield_from) return none();
  return Ref::borrow(g->frame->sp[-1]);
}

const GetSetDef kGenGetSets[] = {
    {"__name__", get_name, set_name},
    {"__qualname__", get_qualname, set_qualname},
    {"gi_code", get_code},
    {"gi_running", get_running},
    {"gi_suspended", get_suspended},
    {"gi_frame", get_frame},
    {"gi_yieldfrom", get_yieldfrom},
    {nullptr},
};

const GetSetDef kCoroGetSets[] = {
    {"__name__", get_name, set_name},
    {"__qualname__", get_qualname, set_qualname},
    {"cr_code", get_code},
    {"cr_running", get_running},
    {"cr_suspended", get_suspended},
    {"cr_frame", get_frame},
    {"cr_await", get_yieldfrom},
    {nullptr},
};

const MethodDef kGenMethods[] = {
    {"send", gen_send, 0, "send(arg) -> send 'arg' into generator,\nreturn next yielded value or raise StopIteration."},
    {"throw", gen_throw, 0, "throw(value)\nthrow(type[,value[,tb]])\n\nRaise exception in generator, return next yielded value or raise\nStopIteration."},
    {"close", gen_close, 0, "close() -> raise GeneratorExit inside generator."},
    {"__next__", gen_next_method, 0, "Implement next(self)."},
    {nullptr},
};

const MethodDef kCoroMethods[] = {
    {"send", gen_send, 0, "send(arg) -> send 'arg' into coroutine,\nreturn next iterated value or raise StopIteration."},
    {"throw", gen_throw, 0, "throw(value)\nthrow(type[,value[,traceback]])\n\nRaise exception in coroutine, return next iterated value or raise\nStopIteration."},
    {"close", gen_close, 0, "close() -> raise GeneratorExit inside coroutine."},
    {nullptr},
};

}  // namespace

// ---- async generators ---------------------------------------------------------------------
// An async generator is a Generator whose `yield v` yields a wrapper (AsyncGenWrapped); values
// yielded unwrapped come from an `await` inside and pass through to whoever drives the
// awaitable. asend()/athrow()/aclose() return awaitables (AsyncGenOp) that run the generator
// one step: a wrapped value completes the awaitable (StopIteration(v)), the end of the
// generator raises StopAsyncIteration.

TypeObject AsyncGeneratorType;
TypeObject AsyncGenWrappedType;
TypeObject AsyncGenASendType;
TypeObject AsyncGenAThrowType;

namespace {

struct AsyncGenWrapped : Object {
  Ref value;
};

struct AsyncGenOp : Object {
  Ref gen;
  Ref sendval;   // asend: the value of the first send
  Ref exc;       // athrow: the exception to throw (null for aclose: GeneratorExit)
  int state = 0; // 0 not started, 1 running, 2 done
  bool is_close = false;
};

void agw_dealloc(Object* o) { delete_object(static_cast<AsyncGenWrapped*>(o)); }
Result<Ref> agw_new(TypeObject*, CallArgs args) {
  AsyncGenWrapped* w = new_object<AsyncGenWrapped>(&AsyncGenWrappedType);
  w->value = Ref::borrow(args.nargs ? args[0] : None());
  return Ref::steal(Value(w));
}
void agop_dealloc(Object* o) { delete_object(static_cast<AsyncGenOp*>(o)); }

// Post-processes one step of the generator for the awaitable `op`.
Result<Ref> agop_result(AsyncGenOp* op, Result<Ref> r) {
  if (r.ok()) {
    Value v = *r;
    if (v.is_object() && v.type() == &AsyncGenWrappedType) {
      op->state = 2;
      if (op->is_close) return raise(&exc::RuntimeError, "async generator ignored GeneratorExit");
      Ref value = as<AsyncGenWrapped>(v)->value;
      return raise_stop_iteration(value);
    }
    return r;  // an await inside the generator: pass through to the driver
  }
  op->state = 2;
  if (op->is_close) {
    if (error_matches(&exc::StopAsyncIteration) || error_matches(&exc::GeneratorExit) ||
        error_matches(&exc::StopIteration)) {
      clear_error();
      return raise_stop_iteration(Value());
    }
    return kError;
  }
  // The generator returned (StopIteration from a throw): the iteration is over.
  if (error_matches(&exc::StopIteration)) {
    clear_error();
    return raise(&exc::StopAsyncIteration);
  }
  return kError;
}

// One step: send `v` into the generator.
Result<Ref> ag_send(Generator* g, Value v) {
  Ref out;
  GenStatus st = gen_send_ex(g, v, false, &out);
  if (st == GenStatus::Yield) return out;
  if (st == GenStatus::Return || !error_occurred()) return raise(&exc::StopAsyncIteration);
  if (error_matches(&exc::StopAsyncIteration)) {
    Ref e = fetch_error();
    (void)raise(&exc::RuntimeError, "async generator raised StopAsyncIteration");
    Value cur = ThreadState::current()->current_exception;
    if (cur.is_object()) {
      auto* ce = as<BaseExceptionObject>(cur);
      ce->cause = e;
      ce->suppress_context = true;
      if (!ce->context) ce->context = e;
    }
  }
  return kError;
}

Result<Ref> agop_send_impl(AsyncGenOp* op, Value v) {
  Generator* g = op->gen.as<Generator>();
  bool athrow = op->type == &AsyncGenAThrowType;
  if (op->state == 2) {
    return raise(&exc::RuntimeError, athrow ? "cannot reuse already awaited aclose()/athrow()"
                                            : "cannot reuse already awaited __anext__()/asend()");
  }
  if (op->state == 0) {
    op->state = 1;
    if (!athrow) {
      if (v.is_null() || is_none(v)) v = op->sendval ? op->sendval.get() : None();
      return agop_result(op, ag_send(g, v));
    }
    if (!v.is_null() && !is_none(v)) {
      return raise(&exc::RuntimeError, "can't send non-None value to a just-started coroutine");
    }
    Frame* f = g->frame;
    if (!f || f->state == Frame::kCompleted || f->state == Frame::kCreated) {
      if (f && f->state == Frame::kCreated) finish(g);
      op->state = 2;
      if (op->is_close) return raise_stop_iteration(Value());
      if (op->exc) {
        restore_error(Ref(op->exc));
        return kError;
      }
      return raise(&exc::StopAsyncIteration);
    }
    Ref e = op->exc;
    if (!e) e = TRY(new_exception(&exc::GeneratorExit, {}));
    return agop_result(op, gen_throw_exc(g, std::move(e)));
  }
  return agop_result(op, ag_send(g, v.is_null() ? None() : v));
}

Result<Ref> agop_iternext(Value self) { return agop_send_impl(as<AsyncGenOp>(self), Value()); }
Result<Ref> agop_send(Value self, CallArgs args) {
  TRY(check_nargs(args, "send", 1, 1));
  return agop_send_impl(as<AsyncGenOp>(self), args[0]);
}
Result<Ref> agop_throw(Value self, CallArgs args) {
  AsyncGenOp* op = as<AsyncGenOp>(self);
  if (op->state == 2) return raise(&exc::RuntimeError, "cannot reuse already awaited __anext__()/asend()");
  op->state = 1;
  Result<Ref> r = gen_throw(op->gen, args);
  return agop_result(op, std::move(r));
}
Result<Ref> agop_close(Value self, CallArgs) {
  as<AsyncGenOp>(self)->state = 2;
  return none();
}
Result<Ref> agop_await(Value self, CallArgs) { return Ref::borrow(self); }

const MethodDef kAgOpMethods[] = {
    {"send", agop_send},
    {"throw", agop_throw},
    {"close", agop_close},
    {"__await__", agop_await},
    {nullptr},
};

Ref make_agop(TypeObject* t, Value gen) {
  AsyncGenOp* op = new_object<AsyncGenOp>(t);
  op->gen = Ref::borrow(gen);
  return Ref::steal(Value(op));
}

Result<Ref> ag_aiter(Value self, CallArgs) { return Ref::borrow(self); }
Result<Ref> ag_anext(Value self, CallArgs args) {
  TRY(check_nargs(args, "__anext__", 0, 0));
  return make_agop(&AsyncGenASendType, self);
}
Result<Ref> ag_asend(Value self, CallArgs args) {
  TRY(check_nargs(args, "asend", 1, 1));
  Ref op = make_agop(&AsyncGenASendType, self);
  op.as<AsyncGenOp>()->sendval = Ref::borrow(args[0]);
  return op;
}
Result<Ref> ag_athrow(Value self, CallArgs args) {
  if (args.nargs < 1 || args.nargs > 3) {
    return raise(&exc::TypeError, "athrow expected at least 1 argument, got " + std::to_string(args.nargs));
  }
  Value typ = args[0];
  Value val = args.nargs > 1 ? args[1] : Value();
  Ref e;
  if (is_type(typ) && is_subtype(static_cast<TypeObject*>(typ.obj()), &exc::BaseException)) {
    if (!val.is_null() && is_instance_of(val, static_cast<TypeObject*>(typ.obj()))) e = Ref::borrow(val);
    else if (val.is_null() || is_none(val)) e = TRY(call(typ, {}));
    else e = TRY(call(typ, {val}));
  } else if (is_instance_of(typ, &exc::BaseException)) {
    e = Ref::borrow(typ);
  } else {
    return raise(&exc::TypeError, std::string("exceptions must be classes or instances deriving from "
                                              "BaseException, not ") + type_name(typ));
  }
  Ref op = make_agop(&AsyncGenAThrowType, self);
  op.as<AsyncGenOp>()->exc = std::move(e);
  return op;
}
Result<Ref> ag_aclose(Value self, CallArgs args) {
  TRY(check_nargs(args, "aclose", 0, 0));
  Ref op = make_agop(&AsyncGenAThrowType, self);
  op.as<AsyncGenOp>()->is_close = true;
  return op;
}

const MethodDef kAsyncGenMethods[] = {
    {"__aiter__", ag_aiter},
    {"__anext__", ag_anext},
    {"asend", ag_asend},
    {"athrow", ag_athrow},
    {"aclose", ag_aclose},
    {nullptr},
};

const GetSetDef kAsyncGenGetSets[] = {
    {"__name__", get_name, set_name},
    {"__qualname__", get_qualname, set_qualname},
    {"ag_code", get_code},
    {"ag_running", get_running},
    {"ag_suspended", get_suspended},
    {"ag_frame", get_frame},
    {"ag_await", get_yieldfrom},
    {nullptr},
};

}  // namespace

void init_generator_types(TypeList& out) {
  GeneratorType.name = "generator";
  GeneratorType.basic_size = sizeof(Generator);
  GeneratorType.dealloc = gen_dealloc;
  GeneratorType.repr = gen_repr;
  GeneratorType.getattr = generic_getattr;
  GeneratorType.iter = gen_iter;
  GeneratorType.iternext = gen_iternext_slot;
  GeneratorType.getsets = kGenGetSets;
  GeneratorType.methods = kGenMethods;
  out.push_back(&GeneratorType);

  CoroutineType.name = "coroutine";
  CoroutineType.basic_size = sizeof(Generator);
  CoroutineType.dealloc = gen_dealloc;
  CoroutineType.repr = gen_repr;
  CoroutineType.getattr = generic_getattr;
  CoroutineType.getsets = kCoroGetSets;
  CoroutineType.methods = kCoroMethods;
  out.push_back(&CoroutineType);

  AsyncGeneratorType.name = "async_generator";
  AsyncGeneratorType.basic_size = sizeof(Generator);
  AsyncGeneratorType.dealloc = gen_dealloc;
  AsyncGeneratorType.repr = gen_repr;
  AsyncGeneratorType.getattr = generic_getattr;
  AsyncGeneratorType.getsets = kAsyncGenGetSets;
  AsyncGeneratorType.methods = kAsyncGenMethods;
  out.push_back(&AsyncGeneratorType);

  AsyncGenWrappedType.name = "async_generator_wrapped_value";
  AsyncGenWrappedType.basic_size = sizeof(AsyncGenWrapped);
  AsyncGenWrappedType.dealloc = agw_dealloc;
  AsyncGenWrappedType.new_ = agw_new;
  out.push_back(&AsyncGenWrappedType);

  for (TypeObject* t : {&AsyncGenASendType, &AsyncGenAThrowType}) {
    t->name = t == &AsyncGenASendType ? "async_generator_asend" : "async_generator_athrow";
    t->basic_size = sizeof(AsyncGenOp);
    t->dealloc = agop_dealloc;
    t->getattr = generic_getattr;
    t->iter = gen_iter;
    t->iternext = agop_iternext;
    t->methods = kAgOpMethods;
    out.push_back(t);
  }
}

}  // namespace weft
