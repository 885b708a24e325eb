// The _functools module: reduce, partial and the lru_cache wrapper in C++ (functools.py imports
// them and writes the rest in Python).
//
// The LRU cache keeps recency in the order of its dict: a hit moves the key to the end, the
// least recently used key is the first one. Every step is one atomic dict operation, so
// concurrent callers can at worst compute a value twice, as with CPython's pure-Python cache.
#include <cstddef>
#include <mutex>
#include <string>
#include <vector>

#include "concurrency/ft_atomic.h"
#include "modules.h"
#include "objects/abstract.h"
#include "objects/args.h"
#include "objects/descriptors.h"
#include "objects/dict.h"
#include "objects/exceptions.h"
#include "objects/function.h"
#include "objects/int.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"

namespace weft {

namespace {

TypeObject PartialType, LruWrapperType;

// ---- reduce(function, iterable[, initial]) ----
Result<Ref> ft_reduce(Value, CallArgs args) {
  TRY(check_no_kwargs(args, "reduce"));
  TRY(check_nargs(args, "reduce", 2, 3));
  Value fn = args[0];
  Ref it = TRY(get_iter(args[1]));
  Ref acc = args.nargs == 3 ? Ref::borrow(args[2]) : Ref();
  for (;;) {
    Ref x = TRY(iter_next(it));
    if (!x) break;
    if (!acc) acc = std::move(x);
    else acc = TRY(call(fn, {acc.get(), x.get()}));
  }
  if (!acc) return raise(exc::TypeError, "reduce() of empty iterable with no initial value");
  return acc;
}

// ---- partial(func, /, *args, **keywords) ----
struct Partial : Object {
  Ref fn;
  Ref args;  // tuple
  Ref kw;    // dict
  Ref dict;  // instance __dict__ (null until used)
};

void partial_dealloc(Object* o) { delete_object(static_cast<Partial*>(o)); }

Result<Ref> partial_new(TypeObject* type, CallArgs args) {
  if (args.nargs < 1) return raise(exc::TypeError, "type 'partial' takes at least one argument");
  Value fn = args[0];
  if (!is_callable(fn)) return raise(exc::TypeError, "the first argument must be callable");
  Ref pargs = tuple_from_array(args.args + 1, args.nargs - 1);
  Ref kw = make_dict();
  // partial(partial(f, a), b) flattens to partial(f, a, b) when the inner one is a plain partial.
  if (fn.type() == &PartialType && !as<Partial>(fn)->dict) {
    Partial* inner = as<Partial>(fn);
    std::vector<Value> all;
    for (size_t i = 0; i < tuple_size(inner->args); ++i) all.push_back(tuple_item(inner->args, i));
    for (size_t i = 1; i < args.nargs; ++i) all.push_back(args[i]);
    pargs = tuple_from_array(all.data(), all.size());
    TRY(dict_update(kw.as<Dict>(), inner->kw));
    fn = inner->fn;
  }
  for (size_t k = 0; k < args.nkw(); ++k)
    TRY(dict_set(kw.as<Dict>(), tuple_item(Value(args.kwnames), k), args.kwvalue(k)));
  Partial* p = new_object<Partial>(type);
  p->fn = Ref::borrow(fn);
  p->args = std::move(pargs);
  p->kw = std::move(kw);
  return Ref::steal(Value(p));
}

Result<Ref> partial_call(Value self, CallArgs args) {
  Partial* p = as<Partial>(self);
  size_t np = tuple_size(p->args);
  size_t nkw_self = dict_size(p->kw);
  size_t nkw_call = args.nkw();
  if (np == 0 && nkw_self == 0) return call(p->fn, args);
  std::vector<Value> argv;
  argv.reserve(np + args.nargs + nkw_self + nkw_call);
  for (size_t i = 0; i < np; ++i) argv.push_back(tuple_item(p->args, i));
  for (size_t i = 0; i < args.nargs; ++i) argv.push_back(args[i]);
  CallArgs ca;
  ca.nargs = argv.size();
  Ref names;
  Ref merged;
  if (nkw_self == 0) {
    for (size_t k = 0; k < nkw_call; ++k) argv.push_back(args.kwvalue(k));
    ca.kwnames = args.kwnames;
  } else {
    // Call keywords override the stored ones.
    merged = dict_copy(p->kw.as<Dict>());
    for (size_t k = 0; k < nkw_call; ++k)
      TRY(dict_set(merged.as<Dict>(), tuple_item(Value(args.kwnames), k), args.kwvalue(k)));
    names = make_tuple(dict_size(merged));
    size_t pos = 0, i = 0;
    Value key, value;
    while (dict_next(merged.as<Dict>(), &pos, &key, &value)) {
      tuple_init_item(names.as<Tuple>(), i++, Ref::borrow(key));
      argv.push_back(value);
    }
    ca.kwnames = names.as<Tuple>();
  }
  ca.args = argv.data();
  return call(p->fn, ca);
}

Result<Ref> partial_repr(Value self) {
  Partial* p = as<Partial>(self);
  std::string name;
  if (self.type() == &PartialType) {
    name = "functools.partial";
  } else {
    Value mod = type_module(self.type());
    name = (mod && is_str(mod) ? std::string(str_view(mod)) + "." : std::string()) + type_qualname(self.type());
  }
  if (repr_enter(p)) return make_str("...");
  std::string out = name + "(";
  auto fail = [&]() -> Result<Ref> {
    repr_leave(p);
    return kError;
  };
  Result<std::string> r = repr_utf8(p->fn);
  if (!r.ok()) return fail();
  out += *r;
  for (size_t i = 0; i < tuple_size(p->args); ++i) {
    r = repr_utf8(tuple_item(p->args, i));
    if (!r.ok()) return fail();
    out += ", " + *r;
  }
  size_t pos = 0;
  Value key, value;
  while (dict_next(p->kw.as<Dict>(), &pos, &key, &value)) {
    Result<std::string> k = str_utf8(key);
    if (!k.ok()) return fail();
    r = repr_utf8(value);
    if (!r.ok()) return fail();
    out += ", " + *k + "=" + *r;
  }
  repr_leave(p);
  return make_str(out + ")");
}

Result<Ref> partial_get_func(Value self) { return as<Partial>(self)->fn; }
Result<Ref> partial_get_args(Value self) { return as<Partial>(self)->args; }
Result<Ref> partial_get_keywords(Value self) { return as<Partial>(self)->kw; }

Result<Ref> partial_get_dict(Value self) {
  Partial* p = as<Partial>(self);
  if (!p->dict) p->dict = make_dict();
  return p->dict;
}

Status partial_set_dict(Value self, Value v) {
  if (!v || !is_dict(v)) return raise(exc::TypeError, "setting partial object's dictionary to a non-dict");
  as<Partial>(self)->dict = Ref::borrow(v);
  return ok();
}

const GetSetDef kPartialGetSets[] = {
    {"func", partial_get_func, nullptr, "function object to use in future partial calls"},
    {"args", partial_get_args, nullptr, "tuple of arguments to future partial calls"},
    {"keywords", partial_get_keywords, nullptr, "dictionary of keyword arguments to future partial calls"},
    {"__dict__", partial_get_dict, partial_set_dict, nullptr},
    {nullptr},
};

Result<Ref> partial_reduce(Value self, CallArgs) {
  Partial* p = as<Partial>(self);
  Ref fn_t = make_tuple({p->fn.get()});
  Value kw = dict_size(p->kw) ? p->kw.get() : None();
  Value d = p->dict && dict_size(p->dict) ? p->dict.get() : None();
  Ref state = make_tuple({p->fn.get(), p->args.get(), kw, d});
  return make_tuple({Value(self.type()), fn_t.get(), state.get()});
}

Result<Ref> partial_setstate(Value self, CallArgs args) {
  TRY(check_nargs(args, "__setstate__", 1, 1));
  Value st = args[0];
  if (!is_tuple(st)) return raise(exc::TypeError, "argument to __setstate__ must be a tuple");
  if (tuple_size(st) != 4)
    return raise(exc::TypeError, "expected 4 items in state, got " + std::to_string(tuple_size(st)));
  Value fn = tuple_item(st, 0), fargs = tuple_item(st, 1), kw = tuple_item(st, 2), d = tuple_item(st, 3);
  if (!is_callable(fn) || !is_tuple(fargs) || (!is_none(kw) && !is_dict(kw)) || (!is_none(d) && !is_dict(d)))
    return raise(exc::TypeError, "invalid partial state");
  Partial* p = as<Partial>(self);
  p->fn = Ref::borrow(fn);
  p->args = TRY(tuple_from_iterable(fargs));
  p->kw = is_none(kw) ? make_dict() : dict_copy(as<Dict>(kw));
  p->dict = is_none(d) ? Ref() : Ref::borrow(d);
  return none();
}

Result<Ref> class_getitem(Value cls, CallArgs args) {
  TRY(check_nargs(args, "__class_getitem__", 1, 1));
  return make_generic_alias(cls, args[0]);
}

const MethodDef kPartialMethods[] = {
    {"__reduce__", partial_reduce, 0, nullptr},
    {"__setstate__", partial_setstate, 0, nullptr},
    {"__class_getitem__", class_getitem, MethodDef::kClassMethod, "See PEP 585"},
    {nullptr},
};

// ---- _lru_cache_wrapper(user_function, maxsize, typed, cache_info_type) ----
struct LruWrapper : Object {
  Ref fn;
  Ref cache;  // dict: key -> result, in recency order
  Ref info_type;
  Ref marker;  // separates positional from keyword arguments in keys
  Ref dict;    // instance __dict__ (__wrapped__, __name__, ... from update_wrapper)
  int64_t maxsize = -1;  // -1: unbounded
  bool typed = false;
  ft_atomic<int64_t> hits{0}, misses{0};
};

void lru_dealloc(Object* o) { delete_object(static_cast<LruWrapper*>(o)); }

Result<Ref> lru_new(TypeObject* type, CallArgs args) {
  Value fn, maxsize, typed, info;
  TRY(parse_args(args, "_lru_cache_wrapper", {"user_function", "maxsize", "typed", "cache_info_type"}, 4,
                 {&fn, &maxsize, &typed, &info}));
  if (!is_callable(fn)) return raise(exc::TypeError, "the first argument must be callable");
  int64_t ms = -1;
  if (!is_none(maxsize)) {
    if (!is_int(maxsize)) return raise(exc::TypeError, "maxsize should be integer or None");
    ms = TRY(index_to_int64(maxsize));
    if (ms < 0) ms = 0;
  }
  Ref marker = TRY(call(Value(&ObjectType), std::initializer_list<Value>{}));
  LruWrapper* w = new_object<LruWrapper>(type);
  w->fn = Ref::borrow(fn);
  w->cache = make_dict();
  w->info_type = Ref::borrow(info);
  w->marker = std::move(marker);
  w->maxsize = ms;
  w->typed = TRY(truthy(typed));
  return Ref::steal(Value(w));
}

Result<Ref> make_key(LruWrapper* w, CallArgs args) {
  size_t nkw = args.nkw();
  if (nkw == 0 && !w->typed && args.nargs == 1) {
    Value a = args[0];
    if (is_instance_exact(a, &IntType) || is_str_exact(a)) return Ref::borrow(a);
  }
  std::vector<Value> parts(args.args, args.args + args.nargs);
  if (nkw) {
    parts.push_back(w->marker);
    for (size_t k = 0; k < nkw; ++k) {
      parts.push_back(tuple_item(Value(args.kwnames), k));
      parts.push_back(args.kwvalue(k));
    }
  }
  if (w->typed) {
    for (size_t i = 0; i < args.nargs; ++i) parts.push_back(Value(args[i].type()));
    for (size_t k = 0; k < nkw; ++k) parts.push_back(Value(args.kwvalue(k).type()));
  }
  return tuple_from_array(parts.data(), parts.size());
}

Result<Ref> lru_call(Value self, CallArgs args) {
  LruWrapper* w = as<LruWrapper>(self);
  if (w->maxsize == 0) {
    w->misses.fetch_add(1, std::memory_order_relaxed);
    return call(w->fn, args);
  }
  Ref key = TRY(make_key(w, args));
  Dict* cache = w->cache.as<Dict>();
  Ref hit = TRY(dict_get(cache, key));
  if (hit) {
    w->hits.fetch_add(1, std::memory_order_relaxed);
    if (w->maxsize > 0) {
      // Move to the most recent end.
      bool removed = TRY(dict_del(cache, key));
      if (removed) TRY(dict_set(cache, key, hit));
    }
    return hit;
  }
  w->misses.fetch_add(1, std::memory_order_relaxed);
  Ref result = TRY(call(w->fn, args));
  if (w->maxsize > 0) {
    while (int64_t(dict_size(w->cache)) >= w->maxsize) {
      size_t pos = 0;
      Value k, v;
      Ref oldest;
      {
        CriticalSection cs(cache);
        if (dict_next(cache, &pos, &k, &v)) oldest = Ref::borrow(k);
      }
      if (!oldest) break;
      TRY(dict_del(cache, oldest));
    }
  }
  TRY(dict_set(cache, key, result));
  return result;
}

Result<Ref> lru_cache_info(Value self, CallArgs args) {
  TRY(check_nargs(args, "cache_info", 0, 0));
  LruWrapper* w = as<LruWrapper>(self);
  Ref h = make_int(w->hits.load(std::memory_order_relaxed));
  Ref m = make_int(w->misses.load(std::memory_order_relaxed));
  Ref ms = w->maxsize < 0 ? none() : make_int(w->maxsize);
  Ref cur = make_int(int64_t(dict_size(w->cache)));
  return call(w->info_type, {h.get(), m.get(), ms.get(), cur.get()});
}

Result<Ref> lru_cache_clear(Value self, CallArgs args) {
  TRY(check_nargs(args, "cache_clear", 0, 0));
  LruWrapper* w = as<LruWrapper>(self);
  w->hits.store(0);
  w->misses.store(0);
  TRY(call_method(w->cache, intern("clear"), {}));
  return none();
}

Result<Ref> lru_copy(Value self, CallArgs) { return Ref::borrow(self); }
Result<Ref> lru_deepcopy(Value self, CallArgs) { return Ref::borrow(self); }

Result<Ref> lru_reduce(Value self, CallArgs) {
  return getattr(self, intern("__qualname__"));
}

const MethodDef kLruMethods[] = {
    {"cache_info", lru_cache_info, 0, "Report cache statistics"},
    {"cache_clear", lru_cache_clear, 0, "Clear the cache and cache statistics"},
    {"__copy__", lru_copy, 0, nullptr},
    {"__deepcopy__", lru_deepcopy, 0, nullptr},
    {"__reduce__", lru_reduce, 0, nullptr},
    {nullptr},
};

Result<Ref> lru_get_dict(Value self) {
  LruWrapper* w = as<LruWrapper>(self);
  if (!w->dict) w->dict = make_dict();
  return w->dict;
}

const GetSetDef kLruGetSets[] = {
    {"__dict__", lru_get_dict, nullptr, nullptr},
    {nullptr},
};

// Used as a method: binds like a function.
Result<Ref> lru_descr_get(Value self, Value obj, Value) {
  if (!obj || is_none(obj)) return Ref::borrow(self);
  return make_method(self, obj);
}

Result<Ref> lru_repr(Value self) {
  char buf[64];
  snprintf(buf, sizeof buf, " object at %p>", static_cast<void*>(self.obj()));
  return make_str(std::string("<functools._lru_cache_wrapper") + buf);
}

// Both structs start with the Object header and hold only Refs: offsetof is well defined in
// practice (the runtime's own types use it the same way).
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Winvalid-offsetof"
constexpr ptrdiff_t kPartialDictOffset = offsetof(Partial, dict);
constexpr ptrdiff_t kLruDictOffset = offsetof(LruWrapper, dict);
#pragma GCC diagnostic pop

void ready_types() {
  PartialType.name = "functools.partial";
  PartialType.flags = kTypeBaseType | kTypeHasDict;
  PartialType.basic_size = sizeof(Partial);
  PartialType.dealloc = partial_dealloc;
  PartialType.new_ = partial_new;
  PartialType.call = partial_call;
  PartialType.repr = partial_repr;
  PartialType.methods = kPartialMethods;
  PartialType.getsets = kPartialGetSets;
  PartialType.dict_offset = kPartialDictOffset;
  PartialType.doc = "Create a new function with partial application of the given arguments\nand keywords.";

  LruWrapperType.name = "functools._lru_cache_wrapper";
  LruWrapperType.flags = kTypeBaseType | kTypeHasDict;
  LruWrapperType.basic_size = sizeof(LruWrapper);
  LruWrapperType.dealloc = lru_dealloc;
  LruWrapperType.new_ = lru_new;
  LruWrapperType.call = lru_call;
  LruWrapperType.repr = lru_repr;
  LruWrapperType.descr_get = lru_descr_get;
  LruWrapperType.methods = kLruMethods;
  LruWrapperType.getsets = kLruGetSets;
  LruWrapperType.dict_offset = kLruDictOffset;
  LruWrapperType.doc = "Create a cached callable that wraps another function.";

  type_ready(&PartialType);
  type_ready(&LruWrapperType);
}

const MethodDef kFunctoolsFunctions[] = {
    {"reduce", ft_reduce, 0,
     "Apply a function of two arguments cumulatively to the items of an iterable, from left to right."},
    {nullptr, nullptr},
};

}  // namespace

Result<Ref> init__functools_module() {
  static std::once_flag once;
  std::call_once(once, ready_types);
  Ref m = make_module("_functools");
  TRY(module_add_functions(m, kFunctoolsFunctions));
  TRY(module_add(m, "partial", Value(static_cast<Object*>(&PartialType))));
  TRY(module_add(m, "_lru_cache_wrapper", Value(static_cast<Object*>(&LruWrapperType))));
  return m;
}

}  // namespace weft
