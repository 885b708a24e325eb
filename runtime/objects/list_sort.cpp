// list.sort: a stable, adaptive merge sort in the style of CPython's timsort (natural runs,
// binary insertion up to minrun, a run stack merged with the powersort policy; no galloping).
// While sorting, the list is emptied as CPython does, so that a key function or comparison that
// mutates the list is detected ("list modified during sort").
#include <algorithm>
#include <cstring>
#include <vector>

#include "objects/abstract.h"
#include "objects/exceptions.h"
#include "objects/float.h"
#include "objects/list.h"
#include "objects/str.h"

namespace weft {

namespace {

struct CompareFailed {};  // thrown out of the sort when a comparison raised

struct Entry {
  Value key;
  Value item;
};

enum class Fast { Generic, SmallInt, Str, Float };

struct Sorter {
  Fast fast = Fast::Generic;

  bool lt(const Entry& a, const Entry& b) const {
    switch (fast) {
      case Fast::SmallInt:
        return a.key.as_small_int() < b.key.as_small_int();
      case Fast::Str:
        return as<Str>(a.key)->view() < as<Str>(b.key)->view();
      case Fast::Float:
        return float_value(a.key) < float_value(b.key);
      case Fast::Generic:
        break;
    }
    Result<bool> r = compare_bool(a.key, b.key, CmpOp::Lt);
    if (!r.ok()) throw CompareFailed{};
    return *r;
  }

  // Binary insertion sort of v[lo, hi) where v[lo, start) is already sorted.
  void binary_insertion(Entry* v, size_t lo, size_t hi, size_t start) const {
    if (start == lo) ++start;
    for (; start < hi; ++start) {
      Entry pivot = v[start];
      size_t l = lo, r = start;
      while (l < r) {
        size_t m = l + (r - l) / 2;
        if (lt(pivot, v[m])) r = m;
        else l = m + 1;
      }
      std::memmove(static_cast<void*>(v + l + 1), v + l, (start - l) * sizeof(Entry));
      v[l] = pivot;
    }
  }

  // Length of the run starting at lo; a strictly descending run is reversed in place.
  size_t count_run(Entry* v, size_t lo, size_t hi) const {
    if (lo + 1 >= hi) return hi - lo;
    size_t n = lo + 1;
    if (lt(v[n], v[lo])) {
      while (n + 1 < hi && lt(v[n + 1], v[n])) ++n;
      std::reverse(v + lo, v + n + 1);
    } else {
      while (n + 1 < hi && !lt(v[n + 1], v[n])) ++n;
    }
    return n + 1 - lo;
  }

  // Merges the adjacent sorted runs v[lo, mid) and v[mid, hi).
  void merge(Entry* v, size_t lo, size_t mid, size_t hi, std::vector<Entry>& tmp) const {
    // Skip the prefix of the left run already in place, and the suffix of the right run.
    while (lo < mid && !lt(v[mid], v[lo])) ++lo;
    if (lo == mid) return;
    while (hi > mid && !lt(v[hi - 1], v[mid - 1])) --hi;
    tmp.assign(v + lo, v + mid);
    size_t i = 0, j = mid, k = lo, nl = tmp.size();
    try {
      while (i < nl && j < hi) {
        if (lt(v[j], tmp[i])) v[k++] = v[j++];
        else v[k++] = tmp[i++];
      }
    } catch (...) {
      // Keep every entry exactly once: copy the rest of the left run back.
      while (i < nl) v[k++] = tmp[i++];
      throw;
    }
    while (i < nl) v[k++] = tmp[i++];
  }

  static size_t minrun(size_t n) {
    size_t r = 0;
    while (n >= 64) {
      r |= n & 1;
      n >>= 1;
    }
    return n + r;
  }

  // Powersort node power of the boundary between runs [s1, s1+n1) and [s1+n1, s1+n1+n2).
  static int power(size_t s1, size_t n1, size_t n2, size_t n) {
    unsigned __int128 a = (unsigned __int128)(2 * s1 + n1) << 64;
    unsigned __int128 b = (unsigned __int128)(2 * (s1 + n1) + n2) << 64;
    uint64_t x = uint64_t(a / (2 * n));
    uint64_t y = uint64_t(b / (2 * n));
    uint64_t d = x ^ y;
    return d ? __builtin_clzll(d) + 1 : 64;
  }

  void sort(Entry* v, size_t n) const {
    if (n < 2) return;
    size_t mr = minrun(n);
    struct Run { size_t start, len; int power; };
    std::vector<Run> stack;
    std::vector<Entry> tmp;
    size_t lo = 0;
    while (lo < n) {
      size_t len = count_run(v, lo, n);
      if (len < mr) {
        size_t force = std::min(mr, n - lo);
        binary_insertion(v, lo, lo + force, lo + len);
        len = force;
      }
      if (!stack.empty()) {
        Run& top = stack.back();
        int p = power(top.start, top.len, len, n);
        while (stack.size() > 1 && stack[stack.size() - 2].power > p) {
          Run b = stack.back();
          stack.pop_back();
          Run& a = stack.back();
          merge(v, a.start, a.start + a.len, b.start + b.len, tmp);
          a.len += b.len;
        }
        stack.back().power = p;
      }
      stack.push_back({lo, len, 0});
      lo += len;
    }
    while (stack.size() > 1) {
      Run b = stack.back();
      stack.pop_back();
      Run& a = stack.back();
      merge(v, a.start, a.start + a.len, b.start + b.len, tmp);
      a.len += b.len;
    }
  }
};

}  // namespace

Status list_sort(List* l, Value key, bool reverse) {
  // Take the items out: the list looks empty while we sort.
  Value* items;
  size_t n, cap;
  {
    CriticalSection cs(l);
    items = l->items;
    n = l->size;
    cap = l->capacity;
    // ft build: optimistic readers load these without the lock (objects/list.cpp).
    std::atomic_ref<size_t>(l->size).store(0, std::memory_order_release);
    std::atomic_ref<Value*>(l->items).store(nullptr, std::memory_order_release);
    l->capacity = 0;
  }
  std::vector<Entry> entries(n);
  std::vector<Ref> keys;
  bool failed = false;
  if (key) {
    keys.reserve(n);
    for (size_t i = 0; i < n; ++i) {
      Result<Ref> k = call(key, {items[i]});
      if (!k.ok()) {
        failed = true;
        break;
      }
      keys.push_back(k.take());
      entries[i] = {keys.back().get(), items[i]};
    }
  } else {
    for (size_t i = 0; i < n; ++i) entries[i] = {items[i], items[i]};
  }
  if (!failed && n > 1) {
    Sorter s;
    // Pick a fast comparison when every key has the same simple type.
    Value k0 = entries[0].key;
    if (k0.is_small_int()) s.fast = Fast::SmallInt;
    else if (is_str_exact(k0)) s.fast = Fast::Str;
    else if (is_float(k0)) s.fast = Fast::Float;
    for (size_t i = 1; i < n && s.fast != Fast::Generic; ++i) {
      Value k = entries[i].key;
      if ((s.fast == Fast::SmallInt && !k.is_small_int()) || (s.fast == Fast::Str && !is_str_exact(k)) ||
          (s.fast == Fast::Float && !is_float(k))) {
        s.fast = Fast::Generic;
      }
    }
    if (reverse) std::reverse(entries.begin(), entries.end());
    try {
      s.sort(entries.data(), n);
    } catch (const CompareFailed&) {
      failed = true;
    }
    if (reverse) std::reverse(entries.begin(), entries.end());
    // Even after a failed comparison every item is still present exactly once. The result goes
    // to a fresh array: a reader of the ft build may still be reading the old one.
    Value* sorted = list_array_alloc(cap);
    if (sorted) {
      for (size_t i = 0; i < n; ++i) sorted[i] = entries[i].item;
      list_array_retire(items);
      items = sorted;
    } else {
      for (size_t i = 0; i < n; ++i) items[i] = entries[i].item;  // out of memory: in place
    }
  }
  // Put the items back; anything added meanwhile is discarded, as CPython does.
  Value* extra_items;
  size_t extra_n;
  bool modified;
  {
    CriticalSection cs(l);
    extra_items = l->items;
    extra_n = l->size;
    modified = l->items != nullptr || l->size != 0;
    std::atomic_ref<Value*>(l->items).store(items, std::memory_order_release);
    std::atomic_ref<size_t>(l->size).store(n, std::memory_order_release);
    l->capacity = cap;
  }
  for (size_t i = 0; i < extra_n; ++i) decref(extra_items[i]);
  list_array_retire(extra_items);
  if (failed) return kError;
  if (modified) return raise(exc::ValueError, "list modified during sort");
  return ok();
}

}  // namespace weft
