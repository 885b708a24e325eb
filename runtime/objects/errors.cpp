// The error state: raising, fetching and restoring the exception in flight on this thread
// (ThreadState::current_exception), with CPython's implicit __context__ chaining.
#include "objects/abstract.h"
#include "objects/exceptions.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "vm/state.h"

namespace weft {

namespace {

inline bool is_exception_instance(Value v) {
  return v.is_object() && is_instance_of(v, &exc::BaseException);
}

// CPython's _PyErr_SetObject: while an exception is being handled, a newly raised exception gets
// it as __context__. A cycle (the new exception already in the handled one's context chain) is
// cut at the link that points back to the new exception.
void chain_context(ThreadState* ts, Value exc) {
  Value handled = ts->handled_exception.get();
  if (!handled || is_none(handled) || handled.is(exc)) return;
  if (!is_exception_instance(handled)) return;
  // Walk handled's context chain (Floyd-style bound: CPython checks for the new exception and
  // stops at any pre-existing cycle).
  auto* o = as<BaseExceptionObject>(handled);
  BaseExceptionObject* slow = o;
  bool slow_update = false;
  for (;;) {
    Value ctx = o->context.get();
    if (!ctx || is_none(ctx)) break;
    if (ctx.is(exc)) {
      o->context.reset();  // break the cycle
      break;
    }
    o = as<BaseExceptionObject>(ctx);
    if (o == slow) break;  // pre-existing cycle: leave it alone
    if (slow_update) slow = as<BaseExceptionObject>(slow->context.get());
    slow_update = !slow_update;
  }
  as<BaseExceptionObject>(exc)->context = Ref::borrow(handled);
}

void set_current(Ref exc) {
  ThreadState* ts = ThreadState::current();
  chain_context(ts, exc.get());
  ts->current_exception = std::move(exc);
}

}  // namespace

Result<Ref> new_exception(TypeObject* type, std::initializer_list<Value> args) {
  // Built-in exception types: run the slots directly (no dependency on type.__call__).
  if (!(type->flags & kTypeHeapType) && type->new_) {
    CallArgs ca{args.begin(), args.size(), nullptr};
    Ref obj = TRY(type->new_(type, ca));
    if (type->init && is_instance_of(obj, type)) TRY(type->init(obj, ca));
    return obj;
  }
  return call(Value(type), args);
}

ErrorMarker raise(TypeObject* type, const std::string& message) {
  Ref msg = make_str(message);
  Result<Ref> e = new_exception(type, {msg.get()});
  if (!e.ok()) return kError;  // creating the exception failed: that error is in flight
  set_current(e.take());
  return kError;
}

ErrorMarker raise(TypeObject* type) {
  Result<Ref> e = new_exception(type, {});
  if (!e.ok()) return kError;
  set_current(e.take());
  return kError;
}

ErrorMarker raise_value(Value exc) {
  if (is_type(exc)) {
    auto* t = static_cast<TypeObject*>(exc.obj());
    if (!is_subtype(t, &exc::BaseException) && t != &exc::BaseException)
      return raise(exc::TypeError, "exceptions must derive from BaseException");
    Result<Ref> inst = new_exception(t, {});
    if (!inst.ok()) return kError;
    Ref e = inst.take();
    if (!is_exception_instance(e)) {
      return raise(exc::TypeError, std::string("calling ") + t->name +
                                       " should have returned an instance of BaseException, not " +
                                       type_name(e));
    }
    set_current(std::move(e));
    return kError;
  }
  if (!is_exception_instance(exc))
    return raise(exc::TypeError, "exceptions must derive from BaseException");
  set_current(Ref::borrow(exc));
  return kError;
}

ErrorMarker raise_key_error(Value key) {
  Result<Ref> e = new_exception(&exc::KeyError, {key});
  if (!e.ok()) return kError;
  set_current(e.take());
  return kError;
}

ErrorMarker raise_stop_iteration(Value value) {
  Result<Ref> e = value ? new_exception(&exc::StopIteration, {value})
                        : new_exception(&exc::StopIteration, {});
  if (!e.ok()) return kError;
  set_current(e.take());
  return kError;
}

bool error_occurred() { return bool(ThreadState::current()->current_exception); }

bool error_matches(TypeObject* type) {
  Value e = ThreadState::current()->current_exception.get();
  if (!e) return false;
  return is_instance_of(e, type);
}

Ref fetch_error() {
  ThreadState* ts = ThreadState::current();
  Ref e = std::move(ts->current_exception);
  ts->current_exception = Ref();
  return e;
}

void restore_error(Ref exc) { ThreadState::current()->current_exception = std::move(exc); }

void clear_error() {
  ThreadState* ts = ThreadState::current();
  Ref old = std::move(ts->current_exception);
  ts->current_exception = Ref();
  // `old` is released here, after the state is consistent (its dealloc may run code).
}

const char* type_name(Value v) { return v.type()->name; }

}  // namespace weft
