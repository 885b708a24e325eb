// Weak references and proxies (see weakref.h for the side table and its thread safety).
#include "objects/weakref.h"

#include <atomic>
#include <cstdio>
#include <mutex>
#include <unordered_map>
#include <vector>

#include "bytecode/code.h"
#include "concurrency/refshare.h"
#include "objects/abstract.h"
#include "objects/args.h"
#include "objects/exceptions.h"
#include "objects/function.h"
#include "objects/generator.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/set.h"
#include "objects/slots.h"
#include "objects/str.h"
#include "objects/type.h"
#include "vm/state.h"

namespace weft {

TypeObject WeakrefType;
TypeObject WeakProxyType;
TypeObject WeakCallableProxyType;

namespace {

// Referent -> its weak references, oldest first.
std::mutex g_mutex;
std::unordered_map<Object*, std::vector<WeakRef*>>* g_table = nullptr;
std::atomic<size_t> g_referents{0};  // entries in g_table: dealloc_object's fast exit

std::unordered_map<Object*, std::vector<WeakRef*>>& table() {
  if (!g_table) g_table = new std::unordered_map<Object*, std::vector<WeakRef*>>();  // never freed
  return *g_table;
}

bool is_weakref_kind(TypeObject* t) {
  return t == &WeakrefType || t == &WeakProxyType || t == &WeakCallableProxyType;
}

bool supports_weakrefs(TypeObject* t) {
  if (t->flags & kTypeWeakrefable) return true;
  // Built-in types whose instances CPython lets be weakly referenced.
  for (TypeObject* b : {&FunctionType, &MethodType, &TypeType, &SetType, &FrozenSetType, &GeneratorType,
                        &CoroutineType, &ModuleType, &CodeType, &WeakrefType}) {
    if (t == b) {
      std::atomic_ref<uint32_t>(t->flags).fetch_or(kTypeWeakrefable, std::memory_order_relaxed);
      return true;
    }
  }
  // A metaclass instance (a class) is a type.
  if (t->flags & kTypeTypeSubclass) {
    std::atomic_ref<uint32_t>(t->flags).fetch_or(kTypeWeakrefable, std::memory_order_relaxed);
    return true;
  }
  if (t->flags & kTypeHeapType) {
    if (static_cast<HeapType*>(t)->has_weakref) {
      std::atomic_ref<uint32_t>(t->flags).fetch_or(kTypeWeakrefable, std::memory_order_relaxed);
      return true;
    }
  }
  return false;
}

void detach(WeakRef* w) {
  // Caller holds g_mutex.
  if (!w->referent) return;
  auto it = table().find(w->referent);
  w->referent = nullptr;
  if (it == table().end()) return;
  auto& v = it->second;
  for (size_t i = 0; i < v.size(); i++) {
    if (v[i] == w) {
      v.erase(v.begin() + ptrdiff_t(i));
      break;
    }
  }
  if (v.empty()) {
    table().erase(it);
    g_referents.fetch_sub(1, std::memory_order_relaxed);
  }
}

void weakref_dealloc(Object* o) {
  WeakRef* w = static_cast<WeakRef*>(o);
  {
    std::lock_guard<std::mutex> g(g_mutex);
    detach(w);
  }
  delete_object(w);
}

Result<Ref> weakref_call(Value self, CallArgs args) {
  TRY(check_nargs(args, "weakref", 0, 0));
  if (args.nkw()) return raise(&exc::TypeError, "weakref() takes no keyword arguments");
  return weakref_get(as<WeakRef>(self));
}

Result<Ref> weakref_type_new(TypeObject*, CallArgs args) {
  Value obj, cb;
  TRY(parse_args(args, "ref", {"", ""}, 1, {&obj, &cb}));
  return weakref_new(obj, cb ? cb : None(), &WeakrefType);
}

std::string addr(const void* p) {
  char buf[32];
  snprintf(buf, sizeof buf, "%p", p);
  return buf;
}

Result<Ref> weakref_repr(Value self) {
  WeakRef* w = as<WeakRef>(self);
  Ref obj = weakref_get(w);
  std::string s = "<weakref at " + addr(w) + "; ";
  if (is_none(obj)) {
    s += "dead>";
  } else {
    s += "to '" + std::string(obj.type()->name) + "' at " + addr(obj.obj()) + ">";
  }
  return make_str(s);
}

Result<int64_t> weakref_hash(Value self) {
  WeakRef* w = as<WeakRef>(self);
  if (w->hash != -1) return w->hash;
  Ref obj = weakref_get(w);
  if (is_none(obj)) return raise(&exc::TypeError, "weak object has gone away");
  int64_t h = TRY(hash(obj));
  w->hash = h;
  return h;
}

Result<Ref> weakref_richcompare(Value a, Value b, CmpOp op) {
  if ((op != CmpOp::Eq && op != CmpOp::Ne) || !b.is_object() || b.type() != &WeakrefType) {
    return not_implemented();
  }
  Ref x = weakref_get(as<WeakRef>(a)), y = weakref_get(as<WeakRef>(b));
  if (is_none(x) || is_none(y)) {
    bool same = a == b;
    return make_bool(op == CmpOp::Eq ? same : !same);
  }
  return compare(x, y, op);
}

Result<Ref> weakref_get_callback(Value self) {
  WeakRef* w = as<WeakRef>(self);
  return w->callback ? w->callback : none();
}

const GetSetDef kWeakrefGetSets[] = {
    {"__callback__", weakref_get_callback},
    {nullptr},
};

// ---- proxies: every operation is forwarded to the live referent ----

Result<Ref> referent_of(Value proxy) {
  Ref o = weakref_get(as<WeakRef>(proxy));
  if (is_none(o)) return raise(&exc::ReferenceError, "weakly-referenced object no longer exists");
  return o;
}

Result<Ref> unwrap(Value v) {
  if (v.is_object() && (v.type() == &WeakProxyType || v.type() == &WeakCallableProxyType)) return referent_of(v);
  return Ref::borrow(v);
}

Result<Ref> proxy_getattr(Value self, Str* name) {
  Ref o = TRY(referent_of(self));
  return getattr(o, name);
}
Status proxy_setattr(Value self, Str* name, Value v) {
  Ref o = TRY(referent_of(self));
  if (v.is_null()) return delattr(o, name);
  return setattr(o, name, v);
}
Result<Ref> proxy_repr(Value self) {
  WeakRef* w = as<WeakRef>(self);
  Ref obj = weakref_get(w);
  std::string s = "<weakproxy at " + addr(w) + "; ";
  if (is_none(obj)) s += "dead>";
  else s += "to '" + std::string(obj.type()->name) + "' at " + addr(obj.obj()) + ">";
  return make_str(s);
}
Result<Ref> proxy_str(Value self) {
  Ref o = TRY(referent_of(self));
  return str(o);
}
Result<Ref> proxy_call(Value self, CallArgs args) {
  Ref o = TRY(referent_of(self));
  return call(o, args);
}
Result<bool> proxy_truth(Value self) {
  Ref o = TRY(referent_of(self));
  return truthy(o);
}
Result<int64_t> proxy_len(Value self) {
  Ref o = TRY(referent_of(self));
  return length(o);
}
Result<Ref> proxy_getitem(Value self, Value key) {
  Ref o = TRY(referent_of(self));
  return getitem(o, key);
}
Status proxy_setitem(Value self, Value key, Value v) {
  Ref o = TRY(referent_of(self));
  if (v.is_null()) return delitem(o, key);
  return setitem(o, key, v);
}
Result<bool> proxy_contains(Value self, Value item) {
  Ref o = TRY(referent_of(self));
  return contains(o, item);
}
Result<Ref> proxy_iter(Value self) {
  Ref o = TRY(referent_of(self));
  return get_iter(o);
}
Result<Ref> proxy_iternext(Value self) {
  Ref o = TRY(referent_of(self));
  if (!o.type()->iternext) return raise(&exc::TypeError, "Weakref proxy referenced a non-iterator '" + std::string(o.type()->name) + "' object");
  return o.type()->iternext(o);
}
Result<Ref> proxy_richcompare(Value a, Value b, CmpOp op) {
  Ref x = TRY(unwrap(a));
  Ref y = TRY(unwrap(b));
  return compare(x, y, op);
}
template <BinOp kOp>
Result<Ref> proxy_binop(Value a, Value b) {
  Ref x = TRY(unwrap(a));
  Ref y = TRY(unwrap(b));
  return binary_op(x, y, kOp);
}
Result<Ref> proxy_neg(Value a) {
  Ref x = TRY(unwrap(a));
  return unary_op(x, UnaryOp::Neg);
}

template <size_t... I>
void fill_binops(TypeObject& t, std::index_sequence<I...>) {
  ((t.binop[I] = proxy_binop<BinOp(I)>), ...);
}

void init_proxy(TypeObject& t, const char* name) {
  t.name = name;
  t.basic_size = sizeof(WeakRef);
  t.dealloc = weakref_dealloc;
  t.repr = proxy_repr;
  t.str = proxy_str;
  t.getattr = proxy_getattr;
  t.setattr = proxy_setattr;
  t.truth = proxy_truth;
  t.len = proxy_len;
  t.getitem = proxy_getitem;
  t.setitem = proxy_setitem;
  t.contains = proxy_contains;
  t.iter = proxy_iter;
  t.iternext = proxy_iternext;
  t.richcompare = proxy_richcompare;
  t.neg = proxy_neg;
  fill_binops(t, std::make_index_sequence<size_t(BinOp::kCount)>());
}

void report_callback_error(Value callback) {
  Ref exc = fetch_error();
  Result<std::string> d = repr_utf8(callback);
  std::string msg = "Exception ignored while calling weakref callback " + (d.ok() ? *d : std::string("?")) + ":\n";
  if (!d.ok()) clear_error();
  std::fputs(msg.c_str(), stderr);
  print_exception(exc);
}

}  // namespace

Ref weakref_get(WeakRef* w) {
  std::lock_guard<std::mutex> g(g_mutex);
  Object* o = w->referent;
  if (!o || !header_try_incref(object_header(o))) return none();
  return Ref::steal(Value(o));
}

Result<Ref> weakref_new(Value obj, Value callback, TypeObject* kind) {
  if (!obj.is_object() || !supports_weakrefs(obj.type())) {
    return raise(&exc::TypeError, std::string("cannot create weak reference to '") + type_name(obj) + "' object");
  }
  if (kind == &WeakProxyType && obj.type()->call) kind = &WeakCallableProxyType;
  bool plain = callback.is_null() || is_none(callback);
  std::lock_guard<std::mutex> g(g_mutex);
  auto& refs = table()[obj.obj()];
  if (refs.empty()) g_referents.fetch_add(1, std::memory_order_relaxed);
  if (plain) {
    // Without a callback the existing basic reference (or proxy) is shared, as in CPython.
    for (WeakRef* w : refs) {
      if (w->type == kind && !w->callback) return Ref::borrow(Value(w));
    }
  }
  header_share_count(object_header(obj.obj()));  // any thread may dereference it (refshare.h)
  WeakRef* w = new_object<WeakRef>(kind);
  // The referent's dealloc may run on any thread and must be able to keep the weakref alive
  // for its callback: its count is shared too.
  header_share_count(object_header(w));
  w->referent = obj.obj();
  if (!plain) w->callback = Ref::borrow(callback);
  refs.push_back(w);
  return Ref::steal(Value(w));
}

size_t weakref_count(Value obj) {
  if (!obj.is_object()) return 0;
  std::lock_guard<std::mutex> g(g_mutex);
  auto it = table().find(obj.obj());
  return it == table().end() ? 0 : it->second.size();
}

Result<Ref> weakref_list(Value obj) {
  Ref out = make_list();
  if (!obj.is_object()) return out;
  std::vector<Ref> refs;
  {
    std::lock_guard<std::mutex> g(g_mutex);
    auto it = table().find(obj.obj());
    if (it != table().end()) {
      for (WeakRef* w : it->second) {
        if (header_try_incref(object_header(w))) refs.push_back(Ref::steal(Value(w)));
      }
    }
  }
  for (Ref& r : refs) TRY(list_append(out.as<List>(), r));
  return out;
}

void weakref_object_dying(Object* o) {
  if (g_referents.load(std::memory_order_relaxed) == 0) return;
  std::vector<Ref> with_callbacks;
  {
    std::lock_guard<std::mutex> g(g_mutex);
    auto it = table().find(o);
    if (it == table().end()) return;
    std::vector<WeakRef*> refs = std::move(it->second);
    table().erase(it);
    g_referents.fetch_sub(1, std::memory_order_relaxed);
    for (WeakRef* w : refs) {
      w->referent = nullptr;
      // A weakref that is itself dying (count 0) gets no callback.
      if (w->callback && header_try_incref(object_header(w))) with_callbacks.push_back(Ref::steal(Value(w)));
    }
  }
  if (with_callbacks.empty() || !ThreadState::current()) return;
  Ref saved = fetch_error();
  // Newest first, as CPython walks its list of references.
  for (size_t i = with_callbacks.size(); i-- > 0;) {
    WeakRef* w = with_callbacks[i].as<WeakRef>();
    Ref cb = std::move(w->callback);
    Result<Ref> r = call(cb, {Value(w)});
    if (!r.ok()) report_callback_error(cb);
  }
  restore_error(std::move(saved));
}

void init_weakref_types(TypeList& out) {
  WeakrefType.name = "weakref.ReferenceType";
  WeakrefType.basic_size = sizeof(WeakRef);
  WeakrefType.dealloc = weakref_dealloc;
  WeakrefType.repr = weakref_repr;
  WeakrefType.hash = weakref_hash;
  WeakrefType.richcompare = weakref_richcompare;
  WeakrefType.call = weakref_call;
  WeakrefType.new_ = weakref_type_new;
  WeakrefType.getattr = generic_getattr;
  WeakrefType.getsets = kWeakrefGetSets;
  out.push_back(&WeakrefType);
  init_proxy(WeakProxyType, "weakref.ProxyType");
  init_proxy(WeakCallableProxyType, "weakref.CallableProxyType");
  WeakCallableProxyType.call = proxy_call;
  out.push_back(&WeakProxyType);
  out.push_back(&WeakCallableProxyType);
}

}  // namespace weft
