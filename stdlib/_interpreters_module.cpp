// The _interpreters and _interpqueues modules: sub-interpreters (PEP 734, CPython 3.14's
// concurrent.interpreters builds on them; see stdlib/lib/concurrent/interpreters/).
//
// _interpreters:
//   create(config=None, *, reqrefs=False) -> id        destroy(id, *, restrict=False)
//   list_all(*, require_ready=False) -> [(id, whence)] get_current() / get_main() -> (id, whence)
//   whence(id), is_running(id), incref(id), decref(id) (accepted, no effect: close() frees)
//   exec(id, code) -> None | excinfo      code: str, a function without arguments, or a code object
//   call(id, callable, args=None, kwargs=None) -> (result, excinfo)
//   set___main___attrs(id, updates), is_shareable(obj)
//   excinfo = (type __name__, __qualname__, __module__, msg, formatted, errdisplay, args or None)
//   InterpreterError, InterpreterNotFoundError, NotShareableError (per interpreter classes).
// _interpqueues:
//   create(maxsize) -> qid, bind(qid), release(qid), destroy(qid), list_all() -> [qid]
//   put(qid, obj, block=True, timeout=None) -> bool (False: full), get(qid, block=True,
//   timeout=None) -> (True, obj) | (False, None) (empty), get_count, get_maxsize, is_full.
//
// How code runs in another interpreter: the calling OS thread swaps thread states (as CPython's
// PyThreadState_Swap). It detaches from its own interpreter (releasing that interpreter's global
// lock), takes a ThreadState of the target (the one it created earlier there, else a temporary
// one) and the target's lock, runs, then swaps back. Objects never cross: arguments, results and
// queue items travel as XData, plain C++ copies (None, bool, int, float, str, bytes, tuples of
// them, code objects, queue ids), or as pickle bytes for anything else.
#include <pthread.h>

#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <deque>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "bytecode/code.h"
#include "concurrency/blocking.h"
#include "concurrency/qsbr.h"
#include "concurrency/refcount.h"
#include "modules.h"
#include "objects/abstract.h"
#include "objects/args.h"
#include "objects/bytes.h"
#include "objects/dict.h"
#include "objects/exceptions.h"
#include "objects/float.h"
#include "objects/function.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "vm/import.h"
#include "vm/run.h"
#include "vm/startup.h"
#include "vm/state.h"
#include "vm/traceback.h"

namespace weft {

namespace {

// CPython's _interpreters.WHENCE_* values.
enum Whence : int64_t { kWhenceUnknown = 0, kWhenceRuntime = 1, kWhenceLegacyCapi = 2, kWhenceCapi = 3,
                        kWhenceXi = 4, kWhenceStdlib = 5 };

// --- the process-level registry of interpreters this module knows ---------------------------

struct InterpEntry {
  InterpreterState* interp = nullptr;
  int64_t whence = kWhenceStdlib;
  bool running = false;  // some thread runs exec()/call() in it
  bool closing = false;  // destroy() in progress
};

struct Registry {
  std::mutex mu;
  std::map<int64_t, InterpEntry> entries;  // interpreters created by create()
};

Registry& registry() {
  static Registry* r = new Registry;  // process lifetime, never destroyed (threads may outlive main)
  return *r;
}

// --- errors -------------------------------------------------------------------------------------

// Raises one of this module's exception classes (they live in each interpreter's module).
ErrorMarker raise_mod(const char* module, const char* cls, const std::string& msg) {
  auto m = import_module(module);
  if (!m) return ErrorMarker();
  auto t = getattr(*m, intern(cls));
  if (!t) return ErrorMarker();
  Ref text = make_str(msg);
  auto e = call(*t, {text.get()});
  if (!e) return ErrorMarker();
  return raise_value(*e);
}

ErrorMarker raise_interp_error(const std::string& msg) { return raise_mod("_interpreters", "InterpreterError", msg); }
ErrorMarker raise_not_found(int64_t id) {
  return raise_mod("_interpreters", "InterpreterNotFoundError", "unrecognized interpreter ID " + std::to_string(id));
}
ErrorMarker raise_not_shareable(const std::string& msg) { return raise_mod("_interpreters", "NotShareableError", msg); }

// --- cross-interpreter data -------------------------------------------------------------------

struct XQueue;
void queue_bind(const std::shared_ptr<XQueue>& q);
void queue_release(int64_t qid);

// A plain C++ copy of a shareable value: no object of either interpreter is referenced.
struct XData {
  enum Kind : uint8_t { kNone, kBool, kInt, kBigInt, kFloat, kStr, kBytes, kTuple, kEllipsis, kCode, kQueue,
                        kPickled, kByName } kind = kNone;
  int64_t i = 0;
  double f = 0;
  std::string s;   // str/bytes/big int digits/pickle bytes/module name
  std::string s2;  // kByName: qualified name
  std::vector<XData> items;
  std::shared_ptr<struct XCode> code;
  struct QueueHold {  // keeps a queue alive while its id is in flight
    int64_t qid = 0;
    QueueHold() = default;
    QueueHold(const QueueHold&) = delete;
    ~QueueHold() { queue_release(qid); }
  };
  std::shared_ptr<QueueHold> queue;
};

// A code object, copied field by field (constants and names as XData).
struct XCode {
  std::vector<CodeUnit> code;
  std::vector<int32_t> lines;
  std::vector<ExceptionEntry> exceptions;
  std::vector<PositionRun> positions;
  std::vector<int32_t> cell2arg;
  XData consts, names, varnames, cellvars, freevars, name, qualname, filename, doc;
  int firstlineno, argcount, posonlyargcount, kwonlyargcount, nlocals, ncells, nfree, stacksize;
  uint32_t flags;
};

Status to_xdata(Value v, XData* out, bool allow_pickle);

Status code_to_xdata(Code* co, XData* out) {
  auto x = std::make_shared<XCode>();
  x->code = co->code;
  x->lines = co->lines;
  x->exceptions = co->exceptions;
  x->positions = co->positions;
  x->cell2arg = co->cell2arg;
  TRY(to_xdata(co->consts, &x->consts, false));
  TRY(to_xdata(co->names, &x->names, false));
  TRY(to_xdata(co->varnames, &x->varnames, false));
  TRY(to_xdata(co->cellvars, &x->cellvars, false));
  TRY(to_xdata(co->freevars, &x->freevars, false));
  TRY(to_xdata(co->name, &x->name, false));
  TRY(to_xdata(co->qualname, &x->qualname, false));
  TRY(to_xdata(co->filename, &x->filename, false));
  TRY(to_xdata(co->doc ? co->doc.get() : Value(&NoneObject), &x->doc, false));
  x->firstlineno = co->firstlineno;
  x->argcount = co->argcount;
  x->posonlyargcount = co->posonlyargcount;
  x->kwonlyargcount = co->kwonlyargcount;
  x->nlocals = co->nlocals;
  x->ncells = co->ncells;
  x->nfree = co->nfree;
  x->stacksize = co->stacksize;
  x->flags = co->flags;
  out->kind = XData::kCode;
  out->code = std::move(x);
  return ok();
}

bool is_queue_object(Value v) {
  TypeObject* t = v.type();
  if (!(t->flags & kTypeHeapType)) return false;
  if (std::string_view(t->name) != "Queue") return false;
  Ref mod = dict_get_str_ref(as<Dict>(t->dict), intern("__module__"));
  return mod && is_str(mod) && str_view(mod) == "concurrent.interpreters._queues";
}

std::shared_ptr<XQueue> queue_lookup(int64_t qid);

Status to_xdata(Value v, XData* out, bool allow_pickle) {
  if (v.is_small_int()) {
    out->kind = XData::kInt;
    out->i = v.as_small_int();
    return ok();
  }
  TypeObject* t = v.type();
  if (v.obj() == &NoneObject) { out->kind = XData::kNone; return ok(); }
  if (v.obj() == &EllipsisObject) { out->kind = XData::kEllipsis; return ok(); }
  if (t == &BoolType) { out->kind = XData::kBool; out->i = v.obj() == True ? 1 : 0; return ok(); }
  if (t == &IntType) {
    if (int_to_int64(v, &out->i)) { out->kind = XData::kInt; return ok(); }
    Ref digits = TRY(int_str(v));
    out->kind = XData::kBigInt;
    out->s = std::string(str_view(digits));
    return ok();
  }
  if (t == &FloatType) { out->kind = XData::kFloat; out->f = float_value(v); return ok(); }
  if (t == &StrType) { out->kind = XData::kStr; out->s = std::string(str_view(v)); return ok(); }
  if (t == &BytesType) {
    out->kind = XData::kBytes;
    bytes_like_data(v, &out->s);
    return ok();
  }
  if (t == &TupleType) {
    size_t n = tuple_size(v);
    out->kind = XData::kTuple;
    out->items.resize(n);
    for (size_t i = 0; i < n; i++) TRY(to_xdata(tuple_item(v, i), &out->items[i], allow_pickle));
    return ok();
  }
  if (t == &CodeType) return code_to_xdata(as<Code>(v), out);
  if (is_queue_object(v)) {
    Ref id = TRY(getattr(v, intern("_id")));
    int64_t qid;
    if (!is_int(id) || !int_to_int64(id, &qid)) return raise(exc::TypeError, "bad queue id");
    auto q = queue_lookup(qid);
    if (!q) return raise_mod("_interpqueues", "QueueNotFoundError", "queue " + std::to_string(qid) + " not found");
    queue_bind(q);
    out->kind = XData::kQueue;
    out->i = qid;
    out->queue = std::make_shared<XData::QueueHold>();  // the bind above is released by it
    out->queue->qid = qid;
    return ok();
  }
  if (allow_pickle) {
    // Anything else crosses through pickle, when there is one (stdlib/lib/pickle.py).
    auto pickle = import_module("pickle");
    if (pickle) {
      auto dumps = getattr(*pickle, intern("dumps"));
      if (dumps) {
        auto data = call(*dumps, {v});
        if (data && is_bytes(*data)) {
          out->kind = XData::kPickled;
          bytes_like_data(*data, &out->s);
          return ok();
        }
      }
    }
    clear_error();
  }
  auto r = repr_utf8(v);
  if (!r) clear_error();
  return raise_not_shareable(std::string(r ? *r : "object") + " does not support cross-interpreter data");
}

Result<Ref> from_xdata(const XData& x);

Result<Ref> interned_tuple(const XData& x) {
  // Names tuples of code objects: interned strings, as the compiler makes them.
  Ref t = make_tuple(x.items.size());
  for (size_t i = 0; i < x.items.size(); i++) {
    if (x.items[i].kind != XData::kStr) return raise(exc::SystemError, "bad names tuple");
    tuple_init_item(t.as<Tuple>(), i, intern_ref(x.items[i].s));
  }
  return t;
}

Result<Ref> code_from_xdata(const XCode& x) {
  Code* co = new_object<Code>(&CodeType);
  Ref r = Ref::steal(Value(co));
  co->code = x.code;
  co->lines = x.lines;
  co->exceptions = x.exceptions;
  co->positions = x.positions;
  co->cell2arg = x.cell2arg;
  co->consts = TRY(from_xdata(x.consts));
  co->names = TRY(interned_tuple(x.names));
  co->varnames = TRY(interned_tuple(x.varnames));
  co->cellvars = TRY(interned_tuple(x.cellvars));
  co->freevars = TRY(interned_tuple(x.freevars));
  co->name = intern_ref(x.name.s);
  co->qualname = TRY(from_xdata(x.qualname));
  co->filename = TRY(from_xdata(x.filename));
  co->doc = TRY(from_xdata(x.doc));
  co->firstlineno = x.firstlineno;
  co->argcount = x.argcount;
  co->posonlyargcount = x.posonlyargcount;
  co->kwonlyargcount = x.kwonlyargcount;
  co->nlocals = x.nlocals;
  co->ncells = x.ncells;
  co->nfree = x.nfree;
  co->stacksize = x.stacksize;
  co->flags = x.flags;
  return r;
}

Result<Ref> from_xdata(const XData& x) {
  switch (x.kind) {
    case XData::kNone: return none();
    case XData::kEllipsis: return Ref::borrow(Value(&EllipsisObject));
    case XData::kBool: return make_bool(x.i != 0);
    case XData::kInt: return make_int(x.i);
    case XData::kBigInt: {
      Ref s = make_str(x.s);
      return int_from_object(s, 10);
    }
    case XData::kFloat: return make_float(x.f);
    case XData::kStr: return make_str(x.s);
    case XData::kBytes: return make_bytes(x.s);
    case XData::kTuple: {
      Ref t = make_tuple(x.items.size());
      for (size_t i = 0; i < x.items.size(); i++) {
        Ref item = TRY(from_xdata(x.items[i]));
        tuple_init_item(t.as<Tuple>(), i, std::move(item));
      }
      return t;
    }
    case XData::kCode: return code_from_xdata(*x.code);
    case XData::kQueue: {
      Ref mod = TRY(import_module("concurrent.interpreters._queues"));
      Ref cls = TRY(getattr(mod, intern("Queue")));
      Ref id = make_int(x.i);
      return call(cls, {id.get()});
    }
    case XData::kPickled: {
      Ref pickle = TRY(import_module("pickle"));
      Ref loads = TRY(getattr(pickle, intern("loads")));
      Ref data = make_bytes(x.s);
      return call(loads, {data.get()});
    }
    case XData::kByName: {
      Ref obj = TRY(import_module(x.s));
      std::string_view q = x.s2;
      while (!q.empty()) {
        size_t dot = q.find('.');
        std::string_view part = q.substr(0, dot);
        obj = TRY(getattr(obj, intern(part)));
        if (dot == std::string_view::npos) break;
        q.remove_prefix(dot + 1);
      }
      return obj;
    }
  }
  return raise(exc::SystemError, "bad cross-interpreter data");
}

// The error of the code that ran in another interpreter, as text (nothing of it is an object).
struct ExcInfo {
  bool set = false;
  std::string type_name, type_qualname, type_module, msg, formatted, errdisplay;
  XData args;  // the exception's args when shareable (kNone otherwise): lets the caller re-create it
};

// Takes the exception in flight (in the interpreter where it was raised) apart.
void capture_exception(ExcInfo* info) {
  Ref exc = fetch_error();
  info->set = true;
  if (!exc) return;
  TypeObject* t = exc.type();
  info->type_name = t->name;
  size_t dot = info->type_name.rfind('.');
  std::string module = "builtins";
  if (dot != std::string::npos) {
    module = info->type_name.substr(0, dot);
    info->type_name = info->type_name.substr(dot + 1);
  }
  auto get_str = [&](const char* attr, std::string* out) {
    auto v = getattr_opt(Value(t), intern(attr));
    if (v && *v && is_str(*v)) *out = std::string(str_view(*v));
    else clear_error();
  };
  info->type_qualname = info->type_name;
  info->type_module = module;
  if (t->flags & kTypeHeapType) {
    get_str("__name__", &info->type_name);
    get_str("__qualname__", &info->type_qualname);
    get_str("__module__", &info->type_module);
  }
  auto a = getattr_opt(exc, intern("args"));
  if (a && *a && is_tuple(*a)) {
    if (!to_xdata(*a, &info->args, false)) info->args = XData();
  }
  clear_error();
  auto m = str_utf8(exc);
  if (m) info->msg = *m;
  else clear_error();
  info->formatted = info->msg.empty() ? info->type_name : info->type_name + ": " + info->msg;
  info->errdisplay = format_exception(exc);
  while (!info->errdisplay.empty() && info->errdisplay.back() == '\n') info->errdisplay.pop_back();
  clear_error();
}

Ref excinfo_tuple(const ExcInfo& e) {
  Ref a = make_str(e.type_name), b = make_str(e.type_qualname), c = make_str(e.type_module), d = make_str(e.msg),
      f = make_str(e.formatted), g = make_str(e.errdisplay);
  auto args = from_xdata(e.args);
  if (!args) clear_error();
  Ref h = args ? args.take() : none();
  return make_tuple({a.get(), b.get(), c.get(), d.get(), f.get(), g.get(), h.get()});
}

// --- switching the calling thread into another interpreter -----------------------------------

// While alive, the calling OS thread runs in `target` (its lock held, a ThreadState of it
// current); the previous interpreter is detached (its lock released).
class InterpSwitch {
 public:
  explicit InterpSwitch(InterpreterState* target) {
    from_ = ThreadState::current();
    if (from_ && from_->interp == target) {
      to_ = from_;
      return;
    }
    detached_ = detach_thread(from_);
    uint64_t me = uint64_t(pthread_self());
    ThreadState* mt = target->main_thread;
    if (mt && mt->ident == me && mt->frame == nullptr) {
      to_ = mt;  // the thread that created it: its first thread state, kept until destroy
      brc_set_eval_breaker(&to_->breaker);
    } else {
      to_ = create_thread_state(target);  // temporary, deleted on leave
      temporary_ = true;
    }
    ThreadState::set_current(to_);
    target->gil.acquire(&to_->breaker);
    to_->detached.store(false, std::memory_order_release);
    if (detached_) qsbr_attach();
    // Signals stay with the main interpreter (its Python handlers are its objects): a Ctrl-C
    // that arrives meanwhile is handled when this thread is back there, as in CPython.
  }

  ~InterpSwitch() { leave(); }

  // Back to the previous interpreter. `free_target`: the target is being destroyed; its lock is
  // released but its thread states are left to destroy_interpreter.
  void leave() {
    if (left_) return;
    left_ = true;
    if (to_ == from_) return;
    to_->current_exception.reset();
    to_->handled_exception.reset();
    if (detached_) qsbr_detach();
    to_->detached.store(true, std::memory_order_release);
    InterpreterState* target = to_->interp;
    target->gil.release(&to_->breaker);
    // Merge requests go to the previous breaker again before the temporary one is freed.
    brc_set_eval_breaker(from_ ? &from_->breaker : nullptr);
    ThreadState::set_current(from_);
    if (temporary_ && !keep_) delete to_;
    if (detached_) attach_thread(from_);
  }

  ThreadState* target_state() const { return to_; }
  bool switched() const { return to_ != from_; }
  void keep_thread_state() { keep_ = true; }  // destroy_interpreter deletes it

 private:
  ThreadState* from_ = nullptr;
  ThreadState* to_ = nullptr;
  bool detached_ = false;
  bool temporary_ = false;
  bool keep_ = false;
  bool left_ = false;
};

// --- interpreter lookup -----------------------------------------------------------------------

Result<int64_t> interp_id_arg(Value v) {
  if (!is_int(v) || is_bool(v)) {
    auto r = repr_utf8(v);
    if (!r) return ErrorMarker();
    return raise(exc::TypeError, "expected an interpreter ID, got " + *r);
  }
  int64_t id;
  if (!int_to_int64(v, &id) || id < 0) {
    auto r = repr_utf8(v);
    if (!r) return ErrorMarker();
    return raise(exc::ValueError, "interpreter ID must be a non-negative int, got " + *r);
  }
  return id;
}

InterpreterState* main_interp() { return ProcessState::get().main_interpreter; }

// The interpreter with this id, or null (main or one of ours; others are not addressable).
InterpreterState* find_interp(int64_t id) {
  InterpreterState* m = main_interp();
  if (m && m->id == id) return m;
  Registry& r = registry();
  std::lock_guard<std::mutex> g(r.mu);
  auto it = r.entries.find(id);
  if (it == r.entries.end() || it->second.closing) return nullptr;
  return it->second.interp;
}

int64_t whence_of(InterpreterState* interp) {
  if (interp == main_interp()) return kWhenceRuntime;
  return kWhenceStdlib;
}

// Marks an interpreter running for the duration of an exec()/call() in it.
class RunningMark {
 public:
  Status begin(int64_t id) {
    InterpreterState* m = main_interp();
    if (m && m->id == id) return raise_interp_error("interpreter already running");
    Registry& r = registry();
    std::lock_guard<std::mutex> g(r.mu);
    auto it = r.entries.find(id);
    if (it == r.entries.end() || it->second.closing) return raise_not_found(id);
    if (it->second.running) return raise_interp_error("interpreter already running");
    it->second.running = true;
    interp_ = it->second.interp;
    id_ = id;
    return ok();
  }
  ~RunningMark() {
    if (!interp_) return;
    Registry& r = registry();
    std::lock_guard<std::mutex> g(r.mu);
    auto it = r.entries.find(id_);
    if (it != r.entries.end()) it->second.running = false;
  }
  InterpreterState* interp() const { return interp_; }

 private:
  InterpreterState* interp_ = nullptr;
  int64_t id_ = -1;
};

// --- _interpreters functions ------------------------------------------------------------------

Result<Ref> id_whence(InterpreterState* interp) {
  Ref id = make_int(interp->id);
  Ref w = make_int(whence_of(interp));
  return make_tuple({id.get(), w.get()});
}

Result<Ref> interp_create(Value, CallArgs args) {
  Value config, reqrefs;
  TRY(parse_args(args, "create", {"config", "$reqrefs"}, 0, {&config, &reqrefs}));
  InterpreterState* cur = current_interp();
  InterpreterConfig cfg;
  cfg.argv = cur->argv;
  cfg.path = cur->path;
  cfg.xoptions = cur->xoptions;
  cfg.unbuffered = cur->unbuffered;
  cfg.executable = cur->executable;
  ThreadState* from = ThreadState::current();
  bool detached = detach_thread(from);
  if (detached) qsbr_attach();  // ft: building the new interpreter reads and frees objects
  InterpreterState* interp = create_interpreter(cfg);  // makes its own thread state current, locked
  if (detached) qsbr_detach();
  if (interp) {
    ThreadState* ts = ThreadState::current();
    ts->detached.store(true, std::memory_order_release);
    interp->gil.release(&ts->breaker);
  }
  ThreadState::set_current(from);
  brc_set_eval_breaker(from ? &from->breaker : nullptr);
  if (detached) attach_thread(from);
  if (!interp) return raise_interp_error("interpreter creation failed");
  {
    Registry& r = registry();
    std::lock_guard<std::mutex> g(r.mu);
    InterpEntry e;
    e.interp = interp;
    r.entries[interp->id] = e;
  }
  return make_int(interp->id);
}

Result<Ref> interp_destroy(Value, CallArgs args) {
  Value idv, restrict_;
  TRY(parse_args(args, "destroy", {"id", "$restrict"}, 1, {&idv, &restrict_}));
  int64_t id = TRY(interp_id_arg(idv));
  InterpreterState* cur = current_interp();
  if (cur->id == id) return raise_interp_error("cannot destroy the current interpreter");
  InterpreterState* interp = nullptr;
  {
    InterpreterState* m = main_interp();
    if (m && m->id == id) return raise_interp_error("interpreter running");
    Registry& r = registry();
    std::lock_guard<std::mutex> g(r.mu);
    auto it = r.entries.find(id);
    if (it == r.entries.end() || it->second.closing) return raise_not_found(id);
    if (it->second.running) return raise_interp_error("interpreter running");
    it->second.closing = true;
    interp = it->second.interp;
  }
  bool freed;
  {
    InterpSwitch sw(interp);
    sw.keep_thread_state();
    // Finalization runs Python code (threading._shutdown, atexit) in the target.
    freed = clear_interpreter(interp);
  }
  if (freed) destroy_interpreter(interp);
  {
    Registry& r = registry();
    std::lock_guard<std::mutex> g(r.mu);
    r.entries.erase(id);
  }
  return none();
}

Result<Ref> interp_list_all(Value, CallArgs args) {
  Value require_ready;
  TRY(parse_args(args, "list_all", {"$require_ready"}, 0, {&require_ready}));
  std::vector<InterpreterState*> all;
  if (main_interp()) all.push_back(main_interp());
  {
    Registry& r = registry();
    std::lock_guard<std::mutex> g(r.mu);
    for (auto& [id, e] : r.entries)
      if (!e.closing) all.push_back(e.interp);
  }
  Ref list = make_list(0);
  for (InterpreterState* i : all) {
    Ref t = TRY(id_whence(i));
    TRY(list_append(list.as<List>(), t));
  }
  return list;
}

Result<Ref> interp_get_current(Value, CallArgs args) {
  TRY(check_nargs(args, "get_current", 0, 0));
  return id_whence(current_interp());
}

Result<Ref> interp_get_main(Value, CallArgs args) {
  TRY(check_nargs(args, "get_main", 0, 0));
  return id_whence(main_interp());
}

Result<Ref> interp_whence(Value, CallArgs args) {
  Value idv;
  TRY(parse_args(args, "whence", {"id"}, 1, {&idv}));
  int64_t id = TRY(interp_id_arg(idv));
  InterpreterState* interp = find_interp(id);
  if (!interp) return raise_not_found(id);
  return make_int(whence_of(interp));
}

Result<Ref> interp_is_running(Value, CallArgs args) {
  Value idv, restrict_;
  TRY(parse_args(args, "is_running", {"id", "$restrict"}, 1, {&idv, &restrict_}));
  int64_t id = TRY(interp_id_arg(idv));
  InterpreterState* m = main_interp();
  if (m && m->id == id) return make_bool(true);
  Registry& r = registry();
  std::lock_guard<std::mutex> g(r.mu);
  auto it = r.entries.find(id);
  if (it == r.entries.end() || it->second.closing) return raise_not_found(id);
  return make_bool(it->second.running);
}

Result<Ref> interp_incref(Value, CallArgs args) {
  Value idv, a, b;
  TRY(parse_args(args, "incref", {"id", "$implieslink", "$restrict"}, 1, {&idv, &a, &b}));
  int64_t id = TRY(interp_id_arg(idv));
  if (!find_interp(id)) return raise_not_found(id);
  return none();
}

Result<Ref> interp_decref(Value, CallArgs args) {
  Value idv, b;
  TRY(parse_args(args, "decref", {"id", "$restrict"}, 1, {&idv, &b}));
  int64_t id = TRY(interp_id_arg(idv));
  if (!find_interp(id)) return raise_not_found(id);
  return none();
}

Result<Ref> interp_is_shareable(Value, CallArgs args) {
  Value obj;
  TRY(parse_args(args, "is_shareable", {"obj"}, 1, {&obj}));
  XData x;
  if (to_xdata(obj, &x, false)) return make_bool(true);
  clear_error();
  return make_bool(false);
}

// What exec() runs: source text or a code object.
struct XCodeToRun {
  bool is_source = false;
  std::string source;
  XData code;
};

Status code_arg(Value code, const char* fname, XCodeToRun* out) {
  if (is_str(code)) {
    out->is_source = true;
    out->source = std::string(str_view(code));
    return ok();
  }
  Value co = code;
  if (is_function(code)) {
    Function* f = as<Function>(code);
    Code* c = f->code_ptr();
    if (f->closure && !is_none(f->closure)) return raise(exc::ValueError, std::string(fname) + "(): bad func (closures not supported)");
    if (c->argcount || c->kwonlyargcount || (c->flags & (kCoVarargs | kCoVarkeywords)))
      return raise(exc::ValueError, std::string(fname) + "(): bad func (arguments not supported)");
    if (c->flags & (kCoGenerator | kCoCoroutine | kCoAsyncGenerator))
      return raise(exc::ValueError, std::string(fname) + "(): bad func (generators not supported)");
    co = f->code;
  }
  if (!is_code(co))
    return raise(exc::TypeError, std::string(fname) + "() argument 2 must be a string, a function, or a code object, not " +
                                     type_name(code));
  return to_xdata(co, &out->code, false);
}

// Runs the code in the target's __main__ (the caller holds the target's lock). False: the
// exception is in `info`.
void run_code_in(InterpreterState* interp, const XCodeToRun& what, ExcInfo* info) {
  Value md = module_dict(interp->main_module);
  Result<Ref> code = what.is_source ? compile_source(what.source, "<string>", CompileMode::Exec) : from_xdata(what.code);
  if (code) {
    Ref co = code.take();
    if (!what.is_source) {
      // A function's body runs with __main__ as its globals (its locals stay local).
      Ref f = make_function(co, md);
      auto r = call(f, {});
      if (r) return;
    } else {
      auto r = eval_code(co, md, Value());
      if (r) return;
    }
  }
  capture_exception(info);
}

Result<Ref> interp_exec(Value, CallArgs args) {
  Value idv, code, shared, restrict_;
  TRY(parse_args(args, "exec", {"id", "code", "shared", "$restrict"}, 2, {&idv, &code, &shared, &restrict_}));
  int64_t id = TRY(interp_id_arg(idv));
  XCodeToRun what;
  TRY(code_arg(code, "_interpreters.exec", &what));
  std::vector<std::pair<std::string, XData>> updates;
  if (shared && !is_none(shared)) {
    if (!is_dict(shared)) return raise(exc::TypeError, "expected 'shared' to be a dict");
    size_t pos = 0;
    Value k, v;
    while (dict_next(as<Dict>(shared), &pos, &k, &v)) {
      if (!is_str(k)) return raise(exc::TypeError, "expected str keys");
      updates.emplace_back(std::string(str_view(k)), XData());
      TRY(to_xdata(v, &updates.back().second, true));
    }
  }
  RunningMark mark;
  TRY(mark.begin(id));
  ExcInfo info;
  {
    InterpSwitch sw(mark.interp());
    Dict* md = as<Dict>(module_dict(mark.interp()->main_module));
    bool okay = true;
    for (auto& [name, x] : updates) {
      auto v = from_xdata(x);
      if (!v || !dict_set_str(md, intern(name), *v)) { okay = false; break; }
    }
    if (okay) run_code_in(mark.interp(), what, &info);
    else capture_exception(&info);
  }
  if (info.set) return excinfo_tuple(info);
  return none();
}

// A callable crosses by module and qualified name when it has them and the module is not
// __main__ (the target imports it); a function of __main__ without closure crosses as its code
// (run with the target's __main__ as globals); anything else through pickle.
struct XCallable {
  XData ref;                  // kByName, or kPickled
  XData code;                 // kCode for a __main__ function
  XData defaults, kwdefaults; // its defaults (tuple / tuple of (name, value) pairs)
  std::string name;
};

Status callable_arg(Value f, XCallable* out) {
  if (is_function(f)) {
    Function* fn = as<Function>(f);
    std::string module = fn->module && is_str(fn->module) ? std::string(str_view(fn->module)) : "";
    std::string qual = fn->qualname && is_str(fn->qualname) ? std::string(str_view(fn->qualname)) : "";
    if (module == "__main__" || module.empty() || qual.find("<locals>") != std::string::npos || qual.find('<') != std::string::npos) {
      if (fn->closure && !is_none(fn->closure)) {
        Ref cause = none();
        return raise_not_shareable("callable not shareable");
      }
      TRY(to_xdata(fn->code, &out->code, false));
      if (fn->defaults) TRY(to_xdata(fn->defaults, &out->defaults, true));
      if (fn->kwdefaults && is_dict(fn->kwdefaults)) {
        out->kwdefaults.kind = XData::kTuple;
        size_t pos = 0;
        Value k, v;
        while (dict_next(as<Dict>(fn->kwdefaults), &pos, &k, &v)) {
          XData pair;
          pair.kind = XData::kTuple;
          pair.items.resize(2);
          TRY(to_xdata(k, &pair.items[0], false));
          TRY(to_xdata(v, &pair.items[1], true));
          out->kwdefaults.items.push_back(std::move(pair));
        }
      }
      return ok();
    }
    out->ref.kind = XData::kByName;
    out->ref.s = module;
    out->ref.s2 = qual;
    return ok();
  }
  // Builtins, classes and other named objects of importable modules.
  auto mod = getattr_opt(f, intern("__module__"));
  auto qual = getattr_opt(f, intern("__qualname__"));
  if (mod && qual && *mod && *qual && is_str(*mod) && is_str(*qual)) {
    std::string m(str_view(*mod)), q(str_view(*qual));
    if (m != "__main__" && q.find('<') == std::string::npos) {
      out->ref.kind = XData::kByName;
      out->ref.s = m;
      out->ref.s2 = q;
      return ok();
    }
  }
  clear_error();
  Status s = to_xdata(f, &out->ref, true);
  if (!s) {
    clear_error();
    return raise_not_shareable("callable not shareable");
  }
  return ok();
}

Result<Ref> callable_in_target(InterpreterState* interp, const XCallable& c) {
  if (c.code.kind == XData::kCode) {
    Ref co = TRY(from_xdata(c.code));
    Ref f = make_function(co, module_dict(interp->main_module));
    Function* fn = f.as<Function>();
    if (c.defaults.kind == XData::kTuple) fn->defaults = TRY(from_xdata(c.defaults));
    if (c.kwdefaults.kind == XData::kTuple) {
      Ref d = make_dict();
      for (const XData& pair : c.kwdefaults.items) {
        Ref k = TRY(from_xdata(pair.items[0]));
        Ref v = TRY(from_xdata(pair.items[1]));
        TRY(dict_set(d.as<Dict>(), k, v));
      }
      fn->kwdefaults = std::move(d);
    }
    return f;
  }
  return from_xdata(c.ref);
}

Result<Ref> interp_call(Value, CallArgs args) {
  Value idv, callable, cargs, ckwargs, preserve, restrict_;
  TRY(parse_args(args, "call", {"id", "callable", "args", "kwargs", "$preserve_exc", "$restrict"}, 2,
                 {&idv, &callable, &cargs, &ckwargs, &preserve, &restrict_}));
  int64_t id = TRY(interp_id_arg(idv));
  XCallable xc;
  TRY(callable_arg(callable, &xc));
  XData xargs, xkwargs;
  if (cargs && !is_none(cargs)) {
    if (!is_tuple(cargs)) return raise(exc::TypeError, "expected args to be a tuple");
    xargs.kind = XData::kTuple;
    xargs.items.resize(tuple_size(cargs));
    for (size_t i = 0; i < tuple_size(cargs); i++) TRY(to_xdata(tuple_item(cargs, i), &xargs.items[i], true));
  }
  std::vector<std::string> kwnames;
  if (ckwargs && !is_none(ckwargs)) {
    if (!is_dict(ckwargs)) return raise(exc::TypeError, "expected kwargs to be a dict");
    xkwargs.kind = XData::kTuple;
    size_t pos = 0;
    Value k, v;
    while (dict_next(as<Dict>(ckwargs), &pos, &k, &v)) {
      if (!is_str(k)) return raise(exc::TypeError, "keywords must be strings");
      kwnames.emplace_back(str_view(k));
      xkwargs.items.emplace_back();
      TRY(to_xdata(v, &xkwargs.items.back(), true));
    }
  }
  RunningMark mark;
  TRY(mark.begin(id));
  ExcInfo info;
  XData result;
  bool result_failed = false;
  std::string result_error;
  {
    InterpSwitch sw(mark.interp());
    auto run = [&]() -> Result<Ref> {
      Ref f = TRY(callable_in_target(mark.interp(), xc));
      std::vector<Ref> holders;
      std::vector<Value> argv;
      for (const XData& a : xargs.items) {
        holders.push_back(TRY(from_xdata(a)));
        argv.push_back(holders.back().get());
      }
      size_t npos = argv.size();
      Ref names;
      if (!kwnames.empty()) {
        names = make_tuple(kwnames.size());
        for (size_t i = 0; i < kwnames.size(); i++) {
          tuple_init_item(names.as<Tuple>(), i, intern_ref(kwnames[i]));
          holders.push_back(TRY(from_xdata(xkwargs.items[i])));
          argv.push_back(holders.back().get());
        }
      }
      return call(f, CallArgs{argv.data(), npos, names ? names.as<Tuple>() : nullptr});
    };
    auto r = run();
    if (!r) {
      capture_exception(&info);
    } else if (!to_xdata(*r, &result, true)) {
      // The result cannot come back: report it as the remote error.
      capture_exception(&info);
    }
  }
  (void)result_failed;
  Ref res = none();
  if (!info.set) res = TRY(from_xdata(result));
  Ref ei = info.set ? excinfo_tuple(info) : none();
  return make_tuple({res.get(), ei.get()});
}

Result<Ref> interp_set_main_attrs(Value, CallArgs args) {
  Value idv, updates, restrict_;
  TRY(parse_args(args, "set___main___attrs", {"id", "updates", "$restrict"}, 2, {&idv, &updates, &restrict_}));
  int64_t id = TRY(interp_id_arg(idv));
  if (!is_dict(updates)) return raise(exc::TypeError, std::string("expected a dict, got ") + type_name(updates));
  std::vector<std::pair<std::string, XData>> items;
  size_t pos = 0;
  Value k, v;
  while (dict_next(as<Dict>(updates), &pos, &k, &v)) {
    if (!is_str(k)) return raise(exc::TypeError, "expected str keys");
    items.emplace_back(std::string(str_view(k)), XData());
    TRY(to_xdata(v, &items.back().second, true));
  }
  RunningMark mark;
  TRY(mark.begin(id));
  ExcInfo info;
  {
    InterpSwitch sw(mark.interp());
    Dict* md = as<Dict>(module_dict(mark.interp()->main_module));
    for (auto& [name, x] : items) {
      auto val = from_xdata(x);
      if (!val || !dict_set_str(md, intern(name), *val)) {
        capture_exception(&info);
        break;
      }
    }
  }
  if (info.set) return raise_not_shareable(info.formatted);
  return none();
}

const MethodDef kInterpFunctions[] = {
    {"create", interp_create, 0, "Create a new interpreter and return its ID."},
    {"destroy", interp_destroy, 0, "Destroy the identified interpreter."},
    {"list_all", interp_list_all, 0, "Return a list of (ID, whence) for every interpreter."},
    {"get_current", interp_get_current, 0, "Return (ID, whence) of the current interpreter."},
    {"get_main", interp_get_main, 0, "Return (ID, whence) of the main interpreter."},
    {"whence", interp_whence, 0, "Return an identifier for where the interpreter was created."},
    {"is_running", interp_is_running, 0, "Return whether or not the identified interpreter is running."},
    {"incref", interp_incref, 0, nullptr},
    {"decref", interp_decref, 0, nullptr},
    {"is_shareable", interp_is_shareable, 0, "Return True if the object's data may be shared between interpreters."},
    {"exec", interp_exec, 0, "Execute the provided code in the identified interpreter."},
    {"call", interp_call, 0, "Call the provided object in the identified interpreter."},
    {"set___main___attrs", interp_set_main_attrs, 0, "Bind the given attributes in the interpreter's __main__ module."},
    {nullptr, nullptr},
};

// A new exception class `name` deriving from `base`, defined in `module`.
Result<Ref> new_exc_class(const char* name, Value base, const char* module, const char* doc) {
  Ref n = make_str(name);
  Ref bases = make_tuple({base});
  Ref d = make_dict();
  Ref m = make_str(module);
  TRY(dict_set_str(d.as<Dict>(), intern("__module__"), m));
  Ref ds = make_str(doc);
  TRY(dict_set_str(d.as<Dict>(), intern("__doc__"), ds));
  return call(Value(&TypeType), {n.get(), bases.get(), d.get()});
}

// --- queues -----------------------------------------------------------------------------------

struct XQueue {
  int64_t id = 0;
  int64_t maxsize = 0;  // <= 0: unbounded
  std::mutex mu;
  std::condition_variable cv;  // an item was added or removed
  std::deque<std::unique_ptr<XData>> items;
  int64_t handles = 0;  // Queue objects and ids in flight (guarded by the registry lock)
};

struct QueueRegistry {
  std::mutex mu;
  int64_t next_id = 1;
  std::map<int64_t, std::shared_ptr<XQueue>> queues;
};

QueueRegistry& queues() {
  static QueueRegistry* r = new QueueRegistry;  // process lifetime
  return *r;
}

std::shared_ptr<XQueue> queue_lookup(int64_t qid) {
  QueueRegistry& r = queues();
  std::lock_guard<std::mutex> g(r.mu);
  auto it = r.queues.find(qid);
  return it == r.queues.end() ? nullptr : it->second;
}

void queue_bind(const std::shared_ptr<XQueue>& q) {
  std::lock_guard<std::mutex> g(queues().mu);
  q->handles++;
}

void queue_release(int64_t qid) {
  std::shared_ptr<XQueue> dead;  // freed outside the lock (its items may hold other queues)
  {
    QueueRegistry& r = queues();
    std::lock_guard<std::mutex> g(r.mu);
    auto it = r.queues.find(qid);
    if (it == r.queues.end()) return;
    if (--it->second->handles <= 0) {
      dead = std::move(it->second);
      r.queues.erase(it);
    }
  }
}

ErrorMarker raise_queue_not_found(int64_t qid) {
  return raise_mod("_interpqueues", "QueueNotFoundError", "queue " + std::to_string(qid) + " not found");
}

Result<std::shared_ptr<XQueue>> queue_arg(Value v) {
  int64_t qid = TRY(index_to_int64(v));
  auto q = queue_lookup(qid);
  if (!q) return raise_queue_not_found(qid);
  return q;
}

// timeout=None or a number of seconds >= 0; -1 = forever.
Result<double> timeout_arg(Value block, Value timeout) {
  bool b = true;
  if (block) b = TRY(truthy(block));
  if (!b) return 0.0;
  if (!timeout || is_none(timeout)) return -1.0;
  double t;
  bool isnum = TRY(number_as_double(timeout, &t));
  if (!isnum) return raise(exc::TypeError, std::string("'") + type_name(timeout) + "' object cannot be interpreted as a number");
  if (t < 0) return raise(exc::ValueError, "timeout value must be non-negative");
  return t;
}

bool is_main_thread_state(ThreadState* ts) {
  return ts && ProcessState::get().sigint_breaker.load(std::memory_order_relaxed) == &ts->breaker;
}

// Waits (lock released, Ctrl-C interruptible on the main thread) until ready() holds under the
// queue's mutex. Returns 1 ready, 0 timed out, -1 interrupted.
template <class Ready>
int queue_wait(XQueue* q, std::unique_lock<std::mutex>& lk, double timeout, Ready ready) {
  using clock = std::chrono::steady_clock;
  if (ready()) return 1;
  if (timeout == 0) return 0;
  ThreadState* ts = ThreadState::current();
  bool main = is_main_thread_state(ts);
  bool forever = timeout < 0 || timeout > 1e8;
  auto deadline = clock::now() + std::chrono::duration_cast<clock::duration>(std::chrono::duration<double>(forever ? 0 : timeout));
  lk.unlock();
  BlockingRegion br;
  lk.lock();
  for (;;) {
    if (ready()) return 1;
    if (main && ts->breaker.test(EvalBreaker::kSignalPending)) return -1;
    auto now = clock::now();
    if (!forever && now >= deadline) return 0;
    auto until = forever ? now + std::chrono::hours(1) : deadline;
    if (main) until = std::min(until, now + std::chrono::milliseconds(20));
    q->cv.wait_until(lk, until);
  }
}

Result<Ref> q_create(Value, CallArgs args) {
  Value maxsize, unboundop, fallback;
  TRY(parse_args(args, "create", {"maxsize", "unboundop", "fallback"}, 0, {&maxsize, &unboundop, &fallback}));
  int64_t m = 0;
  if (maxsize) m = TRY(index_to_int64(maxsize));
  auto q = std::make_shared<XQueue>();
  q->maxsize = m;
  QueueRegistry& r = queues();
  std::lock_guard<std::mutex> g(r.mu);
  q->id = r.next_id++;
  r.queues[q->id] = q;
  return make_int(q->id);
}

Result<Ref> q_bind(Value, CallArgs args) {
  TRY(check_nargs(args, "bind", 1, 1));
  auto q = TRY(queue_arg(args[0]));
  queue_bind(q);
  return none();
}

Result<Ref> q_release(Value, CallArgs args) {
  TRY(check_nargs(args, "release", 1, 1));
  int64_t qid = TRY(index_to_int64(args[0]));
  queue_release(qid);
  return none();
}

Result<Ref> q_destroy(Value, CallArgs args) {
  TRY(check_nargs(args, "destroy", 1, 1));
  int64_t qid = TRY(index_to_int64(args[0]));
  std::shared_ptr<XQueue> dead;
  {
    QueueRegistry& r = queues();
    std::lock_guard<std::mutex> g(r.mu);
    auto it = r.queues.find(qid);
    if (it == r.queues.end()) return raise_queue_not_found(qid);
    dead = std::move(it->second);
    r.queues.erase(it);
  }
  return none();
}

Result<Ref> q_list_all(Value, CallArgs args) {
  TRY(check_nargs(args, "list_all", 0, 0));
  std::vector<int64_t> ids;
  {
    QueueRegistry& r = queues();
    std::lock_guard<std::mutex> g(r.mu);
    for (auto& [id, q] : r.queues) ids.push_back(id);
  }
  Ref list = make_list(0);
  for (int64_t id : ids) {
    Ref i = make_int(id);
    TRY(list_append(list.as<List>(), i));
  }
  return list;
}

Result<Ref> q_put(Value, CallArgs args) {
  Value qid, obj, block, timeout;
  TRY(parse_args(args, "put", {"qid", "obj", "block", "timeout"}, 2, {&qid, &obj, &block, &timeout}));
  auto q = TRY(queue_arg(qid));
  double t = TRY(timeout_arg(block, timeout));
  auto item = std::make_unique<XData>();
  TRY(to_xdata(obj, item.get(), true));
  int got;
  {
    std::unique_lock<std::mutex> lk(q->mu);
    got = queue_wait(q.get(), lk, t, [&] { return q->maxsize <= 0 || int64_t(q->items.size()) < q->maxsize; });
    if (got == 1) q->items.push_back(std::move(item));
  }
  if (got == -1) {
    TRY(check_signals());
    return make_bool(false);
  }
  if (got == 1) q->cv.notify_all();
  return make_bool(got == 1);
}

Result<Ref> q_get(Value, CallArgs args) {
  Value qid, block, timeout;
  TRY(parse_args(args, "get", {"qid", "block", "timeout"}, 1, {&qid, &block, &timeout}));
  auto q = TRY(queue_arg(qid));
  double t = TRY(timeout_arg(block, timeout));
  std::unique_ptr<XData> item;
  int got;
  {
    std::unique_lock<std::mutex> lk(q->mu);
    got = queue_wait(q.get(), lk, t, [&] { return !q->items.empty(); });
    if (got == 1) {
      item = std::move(q->items.front());
      q->items.pop_front();
    }
  }
  if (got == -1) {
    TRY(check_signals());
    Ref f = make_bool(false);
    return make_tuple({f.get(), None()});
  }
  if (got != 1) {
    Ref f = make_bool(false);
    return make_tuple({f.get(), None()});
  }
  q->cv.notify_all();
  Ref v = TRY(from_xdata(*item));
  Ref tr = make_bool(true);
  return make_tuple({tr.get(), v.get()});
}

Result<Ref> q_get_count(Value, CallArgs args) {
  TRY(check_nargs(args, "get_count", 1, 1));
  auto q = TRY(queue_arg(args[0]));
  std::lock_guard<std::mutex> g(q->mu);
  return make_int(int64_t(q->items.size()));
}

Result<Ref> q_get_maxsize(Value, CallArgs args) {
  TRY(check_nargs(args, "get_maxsize", 1, 1));
  auto q = TRY(queue_arg(args[0]));
  return make_int(q->maxsize);
}

Result<Ref> q_is_full(Value, CallArgs args) {
  TRY(check_nargs(args, "is_full", 1, 1));
  auto q = TRY(queue_arg(args[0]));
  std::lock_guard<std::mutex> g(q->mu);
  return make_bool(q->maxsize > 0 && int64_t(q->items.size()) >= q->maxsize);
}

const MethodDef kQueueFunctions[] = {
    {"create", q_create, 0, "Create a new cross-interpreter queue and return its ID."},
    {"bind", q_bind, 0, "Take a reference to the queue (a Queue object in this interpreter)."},
    {"release", q_release, 0, "Drop a reference; the queue is destroyed with its last one."},
    {"destroy", q_destroy, 0, "Destroy the queue."},
    {"list_all", q_list_all, 0, "Return the IDs of all queues."},
    {"put", q_put, 0, "Add an object; False if the queue stayed full."},
    {"get", q_get, 0, "Return (True, obj), or (False, None) if the queue stayed empty."},
    {"get_count", q_get_count, 0, "Return the number of items in the queue."},
    {"get_maxsize", q_get_maxsize, 0, "Return the maximum number of items in the queue."},
    {"is_full", q_is_full, 0, "Return True if the queue is full."},
    {nullptr, nullptr},
};

}  // namespace

Result<Ref> init__interpreters_module() {
  Ref m = make_module("_interpreters");
  TRY(module_add_functions(m, kInterpFunctions));
  Ref ie = TRY(new_exc_class("InterpreterError", Value(&exc::Exception), "concurrent.interpreters",
                             "A cross-interpreter operation failed"));
  Ref nf = TRY(new_exc_class("InterpreterNotFoundError", ie, "concurrent.interpreters", "An interpreter was not found"));
  Ref ns = TRY(new_exc_class("NotShareableError", Value(&exc::TypeError), "concurrent.interpreters",
                             "An object does not support cross-interpreter data"));
  TRY(module_add(m, "InterpreterError", ie));
  TRY(module_add(m, "InterpreterNotFoundError", nf));
  TRY(module_add(m, "NotShareableError", ns));
  const std::pair<const char*, int64_t> whence[] = {
      {"WHENCE_UNKNOWN", kWhenceUnknown}, {"WHENCE_RUNTIME", kWhenceRuntime}, {"WHENCE_LEGACY_CAPI", kWhenceLegacyCapi},
      {"WHENCE_CAPI", kWhenceCapi},       {"WHENCE_XI", kWhenceXi},           {"WHENCE_STDLIB", kWhenceStdlib}};
  for (auto& [name, v] : whence) TRY(module_add(m, name, make_int(v)));
  return m;
}

Result<Ref> init__interpqueues_module() {
  Ref m = make_module("_interpqueues");
  TRY(module_add_functions(m, kQueueFunctions));
  Ref interps = TRY(import_module("_interpreters"));
  Ref ie = TRY(getattr(interps, intern("InterpreterError")));
  Ref qe = TRY(new_exc_class("QueueError", ie, "concurrent.interpreters._queues", "Indicates that a queue-related error happened."));
  Ref qnf = TRY(new_exc_class("QueueNotFoundError", qe, "concurrent.interpreters._queues", "A queue was not found"));
  TRY(module_add(m, "QueueError", qe));
  TRY(module_add(m, "QueueNotFoundError", qnf));
  return m;
}

}  // namespace weft
