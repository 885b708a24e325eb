// ft_atomic<T>: std::atomic<T> in the free-threaded build, a plain T with the same interface
// in the gil build (where the global lock already orders every access).
#pragma once
#include <atomic>

#include "concurrency/config.h"

namespace weft {

template <class T>
class PlainAtomic {
 public:
  constexpr PlainAtomic() = default;
  constexpr PlainAtomic(T v) : v_(v) {}
  T load(std::memory_order = std::memory_order_seq_cst) const { return v_; }
  void store(T v, std::memory_order = std::memory_order_seq_cst) { v_ = v; }
  T fetch_add(T d, std::memory_order = std::memory_order_seq_cst) { T o = v_; v_ += d; return o; }
  T fetch_sub(T d, std::memory_order = std::memory_order_seq_cst) { T o = v_; v_ -= d; return o; }
  T exchange(T v, std::memory_order = std::memory_order_seq_cst) { T o = v_; v_ = v; return o; }
  bool compare_exchange_strong(T& expected, T desired, std::memory_order = std::memory_order_seq_cst) {
    if (v_ == expected) { v_ = desired; return true; }
    expected = v_;
    return false;
  }
  operator T() const { return v_; }
  PlainAtomic& operator=(T v) { v_ = v; return *this; }

 private:
  T v_{};
};

#if defined(WEFT_FREE_THREADING) && WEFT_FREE_THREADING
template <class T>
using ft_atomic = std::atomic<T>;
#else
template <class T>
using ft_atomic = PlainAtomic<T>;
#endif

}  // namespace weft
