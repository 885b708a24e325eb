// The _bisect module: bisect_left/right and insort_left/right with lo, hi and key, in C++.
#include <string>

#include "modules.h"
#include "objects/abstract.h"
#include "objects/args.h"
#include "objects/exceptions.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/str.h"

namespace weft {

namespace {

struct BisectArgs {
  Value a, x, lo, hi, key;
};

Result<int64_t> int_arg(Value v) {
  if (!is_int(v) && !v.type()->index)
    return raise(exc::TypeError, std::string("'") + type_name(v) + "' object cannot be interpreted as an integer");
  return index_to_int64(v);
}

// The insertion point for x in a[lo:hi] (right: after equal items).
Result<int64_t> search(CallArgs args, const char* name, bool right, BisectArgs* out) {
  BisectArgs& b = *out;
  TRY(parse_args(args, name, {"a", "x", "lo", "hi", "$key"}, 2, {&b.a, &b.x, &b.lo, &b.hi, &b.key}));
  int64_t lo = b.lo ? TRY(int_arg(b.lo)) : 0;
  if (lo < 0) return raise(exc::ValueError, "lo must be non-negative");
  int64_t hi;
  if (!b.hi || is_none(b.hi)) hi = TRY(length(b.a));
  else hi = TRY(int_arg(b.hi));
  bool has_key = b.key && !is_none(b.key);
  Ref kx;
  if (has_key && name[0] == 'i') kx = TRY(call(b.key, {b.x}));  // insort: compare key(x)
  Value target = kx ? kx.get() : b.x;
  while (lo < hi) {
    int64_t mid = int64_t((uint64_t(lo) + uint64_t(hi)) / 2);
    Ref item;
    if (is_list(b.a) && b.a.type() == &ListType) {
      List* l = as<List>(b.a);
      CriticalSection cs(l);
      if (size_t(mid) < l->size) item = Ref::borrow(l->items[mid]);
    }
    if (!item) {
      Ref idx = make_int(mid);
      item = TRY(getitem(b.a, idx));
    }
    if (has_key) item = TRY(call(b.key, {item.get()}));
    bool go_left = right ? TRY(compare_bool(target, item, CmpOp::Lt)) : !TRY(compare_bool(item, target, CmpOp::Lt));
    if (go_left) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

Result<Ref> bisect_right(Value, CallArgs args) {
  BisectArgs b;
  return make_int(TRY(search(args, "bisect_right", true, &b)));
}

Result<Ref> bisect_left(Value, CallArgs args) {
  BisectArgs b;
  return make_int(TRY(search(args, "bisect_left", false, &b)));
}

Result<Ref> insort(CallArgs args, const char* name, bool right) {
  BisectArgs b;
  int64_t i = TRY(search(args, name, right, &b));
  if (b.a.type() == &ListType) {
    TRY(list_insert(as<List>(b.a), i, b.x));
  } else {
    Ref idx = make_int(i);
    TRY(call_method(b.a, intern("insert"), {idx.get(), b.x}));
  }
  return none();
}
Result<Ref> insort_right(Value, CallArgs args) { return insort(args, "insort_right", true); }
Result<Ref> insort_left(Value, CallArgs args) { return insort(args, "insort_left", false); }

const MethodDef kBisectFunctions[] = {
    {"bisect_right", bisect_right, 0, "Return the index where to insert item x in list a, assuming a is sorted."},
    {"bisect_left", bisect_left, 0, "Return the index where to insert item x in list a, assuming a is sorted."},
    {"insort_right", insort_right, 0, "Insert item x in list a, and keep it sorted assuming a is sorted."},
    {"insort_left", insort_left, 0, "Insert item x in list a, and keep it sorted assuming a is sorted."},
    {"bisect", bisect_right, 0, "Return the index where to insert item x in list a, assuming a is sorted."},
    {"insort", insort_right, 0, "Insert item x in list a, and keep it sorted assuming a is sorted."},
    {nullptr, nullptr},
};

}  // namespace

Result<Ref> init__bisect_module() {
  Ref m = make_module("_bisect");
  TRY(module_add_functions(m, kBisectFunctions));
  return m;
}

}  // namespace weft
