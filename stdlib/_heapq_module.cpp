// The _heapq module: the heap operations on a list, in C++ (heapq.py adds merge/nlargest/
// nsmallest on top). Comparisons run user code, so each step takes references to the items
// under the list's critical section, compares without it, and fails with "list changed size
// during iteration" when the heap is resized meanwhile, as CPython does.
#include <string>
#include <utility>

#include "modules.h"
#include "objects/abstract.h"
#include "objects/args.h"
#include "objects/exceptions.h"
#include "objects/list.h"
#include "objects/module.h"

namespace weft {

namespace {

// "heappush() argument 1 must be list, not tuple" (one-argument functions: "argument must be").
Result<List*> heap_arg(Value v, const char* fname, bool only_arg) {
  if (!is_list(v))
    return raise(exc::TypeError, std::string(fname) + "() argument " + (only_arg ? "" : "1 ") + "must be list, not " +
                                     type_name(v));
  return as<List>(v);
}

// a < b (or b < a for the max-heap variants).
Result<bool> less(Value a, Value b, bool max) { return max ? compare_bool(b, a, CmpOp::Lt) : compare_bool(a, b, CmpOp::Lt); }

// Items i and j, referenced; false if the list has shrunk below them.
bool pair(List* l, size_t i, size_t j, Ref* a, Ref* b) {
  CriticalSection cs(l);
  if (i >= l->size || j >= l->size) return false;
  *a = Ref::borrow(l->items[i]);
  *b = Ref::borrow(l->items[j]);
  return true;
}

Status swap_items(List* l, size_t i, size_t j, size_t expect_size) {
  CriticalSection cs(l);
  if (l->size != expect_size) return raise(exc::RuntimeError, "list changed size during iteration");
  std::swap(l->items[i], l->items[j]);
  return ok();
}

// Moves the item at pos up towards startpos while it is smaller than its parent.
Status sift_down(List* l, size_t startpos, size_t pos, bool max) {
  size_t size = l->size;
  while (pos > startpos) {
    size_t parent = (pos - 1) >> 1;
    Ref a, b;
    if (!pair(l, pos, parent, &a, &b)) return raise(exc::RuntimeError, "list changed size during iteration");
    bool lt = TRY(less(a, b, max));
    if (l->size != size) return raise(exc::RuntimeError, "list changed size during iteration");
    if (!lt) break;
    TRY(swap_items(l, pos, parent, size));
    pos = parent;
  }
  return ok();
}

// Moves the item at pos down to a leaf along the smaller children, then sifts it back up.
Status sift_up(List* l, size_t pos, bool max) {
  size_t end = l->size, start = pos;
  size_t child = 2 * pos + 1;
  while (child < end) {
    if (child + 1 < end) {
      Ref a, b;
      if (!pair(l, child, child + 1, &a, &b)) return raise(exc::RuntimeError, "list changed size during iteration");
      bool lt = TRY(less(a, b, max));
      if (l->size != end) return raise(exc::RuntimeError, "list changed size during iteration");
      if (!lt) ++child;
    }
    TRY(swap_items(l, pos, child, end));
    pos = child;
    child = 2 * pos + 1;
  }
  return sift_down(l, start, pos, max);
}

Result<Ref> push(Value, CallArgs args) {
  TRY(check_nargs(args, "heappush", 2, 2));
  List* l = TRY(heap_arg(args[0], "heappush", false));
  TRY(list_append(l, args[1]));
  TRY(sift_down(l, 0, l->size - 1, false));
  return none();
}

Result<Ref> pop_impl(CallArgs args, const char* name, bool max) {
  TRY(check_nargs(args, name, 1, 1));
  List* l = TRY(heap_arg(args[0], name, true));
  if (l->size == 0) return raise(exc::IndexError, "index out of range");
  Ref last = TRY(list_pop(l, -1));
  if (l->size == 0) return last;
  Ref result;
  {
    CriticalSection cs(l);
    if (l->size == 0) return last;
    result = Ref::steal(l->items[0]);
    l->items[0] = last.release();
  }
  TRY(sift_up(l, 0, max));
  return result;
}
Result<Ref> pop(Value, CallArgs args) { return pop_impl(args, "heappop", false); }
Result<Ref> pop_max(Value, CallArgs args) { return pop_impl(args, "_heappop_max", true); }

Result<Ref> replace_impl(CallArgs args, const char* name, bool max) {
  TRY(check_nargs(args, name, 2, 2));
  List* l = TRY(heap_arg(args[0], name, false));
  Ref result;
  {
    CriticalSection cs(l);
    if (l->size == 0) return raise(exc::IndexError, "index out of range");
    result = Ref::steal(l->items[0]);
    incref(args[1]);
    l->items[0] = args[1];
  }
  TRY(sift_up(l, 0, max));
  return result;
}
Result<Ref> replace(Value, CallArgs args) { return replace_impl(args, "heapreplace", false); }
Result<Ref> replace_max(Value, CallArgs args) { return replace_impl(args, "_heapreplace_max", true); }

Result<Ref> pushpop(Value, CallArgs args) {
  TRY(check_nargs(args, "heappushpop", 2, 2));
  List* l = TRY(heap_arg(args[0], "heappushpop", false));
  Ref top;
  {
    CriticalSection cs(l);
    if (l->size == 0) return Ref::borrow(args[1]);
    top = Ref::borrow(l->items[0]);
  }
  bool lt = TRY(compare_bool(top, args[1], CmpOp::Lt));
  if (!lt) return Ref::borrow(args[1]);
  Ref result;
  {
    CriticalSection cs(l);
    if (l->size == 0) return raise(exc::IndexError, "index out of range");
    result = Ref::steal(l->items[0]);
    incref(args[1]);
    l->items[0] = args[1];
  }
  TRY(sift_up(l, 0, false));
  return result;
}

Result<Ref> heapify_impl(CallArgs args, const char* name, bool max) {
  TRY(check_nargs(args, name, 1, 1));
  List* l = TRY(heap_arg(args[0], name, true));
  size_t n = l->size;
  for (size_t i = n / 2; i-- > 0;) TRY(sift_up(l, i, max));
  return none();
}
Result<Ref> heapify(Value, CallArgs args) { return heapify_impl(args, "heapify", false); }
Result<Ref> heapify_max(Value, CallArgs args) { return heapify_impl(args, "_heapify_max", true); }

const MethodDef kHeapqFunctions[] = {
    {"heappush", push, 0, "Push item onto heap, maintaining the heap invariant."},
    {"heappop", pop, 0, "Pop the smallest item off the heap, maintaining the heap invariant."},
    {"heappushpop", pushpop, 0, "Push item on the heap, then pop and return the smallest item from the heap."},
    {"heapreplace", replace, 0, "Pop and return the current smallest value, and add the new item."},
    {"heapify", heapify, 0, "Transform list into a heap, in-place, in O(len(heap)) time."},
    {"_heappop_max", pop_max, 0, "Maxheap variant of heappop."},
    {"_heapreplace_max", replace_max, 0, "Maxheap variant of heapreplace."},
    {"_heapify_max", heapify_max, 0, "Maxheap variant of heapify."},
    {nullptr, nullptr},
};

}  // namespace

Result<Ref> init__heapq_module() {
  Ref m = make_module("_heapq");
  TRY(module_add_functions(m, kHeapqFunctions));
  return m;
}

}  // namespace weft
