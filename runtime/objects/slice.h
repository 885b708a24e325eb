// slice objects and the index/slice arithmetic every sequence type shares.
#pragma once
#include <cstdint>

#include "objects/object.h"

namespace weft {

extern TypeObject SliceType;

struct Slice : Object {
  Ref start, stop, step;  // None when omitted (never null once built)
};

inline bool is_slice(Value v) { return v.is_object() && v.type() == &SliceType; }
// slice(start, stop, step); null arguments mean None.
Ref make_slice(Value start, Value stop, Value step);

// The resolved form of a slice applied to a sequence of a given length (CPython's
// PySlice_Unpack + PySlice_AdjustIndices): iterate i = start; length times; i += step.
struct SliceIndices {
  int64_t start = 0, stop = 0, step = 1, length = 0;
};
// ValueError "slice step cannot be zero"; TypeError "slice indices must be integers or None or
// have an __index__ method". Indices beyond int64 are clamped as CPython does.
Status slice_compute(Value slice, int64_t seq_length, SliceIndices* out);

// A sequence subscript that is an integer (int or __index__) as int64; IndexError "cannot fit
// 'int' into an index-sized integer" when it does not fit. Call only when is_index_like(key).
Result<int64_t> seq_index_value(Value key);
// The count of a sequence repetition (s * n): OverflowError "cannot fit 'int' into an
// index-sized integer" past int64. Call only when is_index_like(n).
Result<int64_t> seq_repeat_count(Value n);
// For the binary slots of the sequence types: true when `other` (the right operand) is an
// instance of a user class defining `reflected` (e.g. "__radd__"), so the slot must return
// NotImplemented to give it its turn instead of raising the sequence's own TypeError.
bool defers_to_reflected(Value other, const char* reflected);
// True for int, bool and objects whose type has __index__.
bool is_index_like(Value key);
// Resolves a possibly negative index i against length n; false if out of range.
inline bool seq_norm_index(int64_t* i, int64_t n) {
  if (*i < 0) *i += n;
  return *i >= 0 && *i < n;
}

}  // namespace weft
