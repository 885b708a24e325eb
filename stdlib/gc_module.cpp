// The gc module. Weft frees objects by reference counting only; there is no cycle collector
// yet, so collect() finds nothing (returns 0) and the thresholds/counters are bookkeeping that
// scripts can read and set as with CPython.
#include <atomic>
#include <string>
#include <utility>

#include "modules.h"
#include "objects/abstract.h"
#include "objects/args.h"
#include "objects/exceptions.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/tuple.h"

namespace weft {

namespace {

// Process-wide, as CPython's per-interpreter state; atomics because ft threads may call in.
std::atomic<bool> g_enabled{true};
std::atomic<int64_t> g_threshold[3] = {2000, 10, 10};
std::atomic<int64_t> g_collections{0};

Result<Ref> gc_collect(Value, CallArgs args) {
  Value generation;
  TRY(parse_args(args, "collect", {"generation"}, 0, {&generation}));
  if (generation) {
    int64_t g = TRY(index_to_int64(generation));
    if (g < 0 || g > 2) return raise(exc::ValueError, "invalid generation");
  }
  g_collections.fetch_add(1);
  return make_int(0);
}

Result<Ref> gc_enable(Value, CallArgs args) {
  TRY(check_nargs(args, "enable", 0, 0));
  TRY(check_no_kwargs(args, "enable"));
  g_enabled.store(true);
  return none();
}

Result<Ref> gc_disable(Value, CallArgs args) {
  TRY(check_nargs(args, "disable", 0, 0));
  TRY(check_no_kwargs(args, "disable"));
  g_enabled.store(false);
  return none();
}

Result<Ref> gc_isenabled(Value, CallArgs args) {
  TRY(check_nargs(args, "isenabled", 0, 0));
  TRY(check_no_kwargs(args, "isenabled"));
  return make_bool(g_enabled.load());
}

Result<Ref> gc_get_count(Value, CallArgs args) {
  TRY(check_nargs(args, "get_count", 0, 0));
  TRY(check_no_kwargs(args, "get_count"));
  Ref zero = make_int(0);
  return make_tuple({zero.get(), zero.get(), zero.get()});
}

Result<Ref> gc_get_threshold(Value, CallArgs args) {
  TRY(check_nargs(args, "get_threshold", 0, 0));
  TRY(check_no_kwargs(args, "get_threshold"));
  Ref a = make_int(g_threshold[0].load()), b = make_int(g_threshold[1].load()),
      c = make_int(g_threshold[2].load());
  return make_tuple({a.get(), b.get(), c.get()});
}

Result<Ref> gc_set_threshold(Value, CallArgs args) {
  TRY(check_no_kwargs(args, "set_threshold"));
  TRY(check_nargs(args, "set_threshold", 1, 3));
  int64_t v[3];
  for (size_t i = 0; i < args.nargs; i++) {
    if (!is_int(args[i]))
      return raise(exc::TypeError, std::string("'") + type_name(args[i]) +
                                       "' object cannot be interpreted as an integer");
    v[i] = TRY(index_to_int64(args[i]));
  }
  for (size_t i = 0; i < args.nargs; i++) g_threshold[i].store(v[i]);
  return none();
}

Result<Ref> gc_get_objects(Value, CallArgs args) {
  Value generation;
  TRY(parse_args(args, "get_objects", {"generation"}, 0, {&generation}));
  return make_list();  // no tracking of container objects yet
}

Result<Ref> gc_is_tracked(Value, CallArgs args) {
  TRY(check_nargs(args, "is_tracked", 1, 1));
  return make_bool(false);
}

Result<Ref> gc_is_finalized(Value, CallArgs args) {
  TRY(check_nargs(args, "is_finalized", 1, 1));
  return make_bool(false);
}

Result<Ref> gc_get_referrers(Value, CallArgs) { return make_list(); }
Result<Ref> gc_get_referents(Value, CallArgs) { return make_list(); }

Result<Ref> gc_freeze(Value, CallArgs args) {
  TRY(check_nargs(args, "freeze", 0, 0));
  return none();
}

Result<Ref> gc_get_freeze_count(Value, CallArgs args) {
  TRY(check_nargs(args, "get_freeze_count", 0, 0));
  return make_int(0);
}

const MethodDef kGcFunctions[] = {
    {"collect", gc_collect, 0,
     "Run a garbage collection. Weft has no cycle collector yet (objects are freed by "
     "reference counting), so this finds nothing and returns 0."},
    {"enable", gc_enable, 0, "Enable automatic garbage collection."},
    {"disable", gc_disable, 0, "Disable automatic garbage collection."},
    {"isenabled", gc_isenabled, 0, "Returns true if automatic garbage collection is enabled."},
    {"get_count", gc_get_count, 0, "Return a three-tuple of the current collection counts."},
    {"get_threshold", gc_get_threshold, 0, "Return the current collection thresholds."},
    {"set_threshold", gc_set_threshold, 0, "Set the collection thresholds."},
    {"get_objects", gc_get_objects, 0, "Return a list of objects tracked by the collector "
                                       "(always empty in Weft)."},
    {"is_tracked", gc_is_tracked, 0, "Returns true if the object is tracked by the collector."},
    {"is_finalized", gc_is_finalized, 0, "Returns true if the object has been finalized."},
    {"get_referrers", gc_get_referrers, 0, "Not tracked in Weft: returns an empty list."},
    {"get_referents", gc_get_referents, 0, "Not tracked in Weft: returns an empty list."},
    {"freeze", gc_freeze, 0, "Freeze all current tracked objects (a no-op in Weft)."},
    {"unfreeze", gc_freeze, 0, "Unfreeze all objects (a no-op in Weft)."},
    {"get_freeze_count", gc_get_freeze_count, 0, "Return the number of frozen objects."},
    {nullptr, nullptr},
};

}  // namespace

Result<Ref> init_gc_module() {
  Ref m = make_module("gc");
  TRY(module_add_functions(m, kGcFunctions));
  Ref garbage = make_list();
  TRY(module_add(m, "garbage", garbage));
  Ref callbacks = make_list();
  TRY(module_add(m, "callbacks", callbacks));
  const std::pair<const char*, int> flags[] = {{"DEBUG_STATS", 1}, {"DEBUG_COLLECTABLE", 2},
                                                {"DEBUG_UNCOLLECTABLE", 4}, {"DEBUG_SAVEALL", 32},
                                                {"DEBUG_LEAK", 38}};
  for (auto& [name, v] : flags) {
    Ref n = make_int(v);
    TRY(module_add(m, name, n));
  }
  return m;
}

}  // namespace weft
