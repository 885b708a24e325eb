// range: an immutable arithmetic sequence. Bounds that fit int64 use the int64 fields (the fast
// path); otherwise the b* fields hold Python ints and every operation uses int arithmetic.
#pragma once
#include <cstdint>

#include "objects/object.h"

namespace weft {

extern TypeObject RangeType;

struct Range : Object {
  int64_t start = 0, stop = 0, step = 1, length = 0;
  Ref bstart, bstop, bstep, blength;  // set only for a big range (then the int64 fields are unused)
  bool big() const { return bool(bstart); }
};

inline bool is_range(Value v) { return v.is_object() && v.type() == &RangeType; }
Ref make_range(int64_t start, int64_t stop, int64_t step);  // step != 0
// The i-th element (0 <= i < length) without allocation when it fits a small int.
inline int64_t range_item(const Range* r, int64_t i) { return r->start + i * r->step; }

}  // namespace weft
