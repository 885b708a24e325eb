// EvalBreaker: bits a thread checks at loop back-edges and calls. Any thread (or a signal
// handler) may set a bit; the running thread acts on it at the next check.
#pragma once
#include <atomic>
#include <cstdint>

namespace weft {

class EvalBreaker {
 public:
  enum Bit : uint32_t {
    kSignalPending = 1u << 0,   // Ctrl-C etc.: run Python-level signal handlers
    kDropGilRequest = 1u << 1,  // gil build: another thread waits for the global lock
    kPendingMerges = 1u << 2,   // ft build: objects queued to this owner
    kStopTheWorld = 1u << 3,    // ft build: collector wants every thread parked
  };
  bool any() const { return bits_.load(std::memory_order_relaxed) != 0; }
  bool test(Bit b) const { return bits_.load(std::memory_order_relaxed) & b; }
  void set(Bit b) { bits_.fetch_or(b, std::memory_order_relaxed); }
  void clear(Bit b) { bits_.fetch_and(~uint32_t(b), std::memory_order_relaxed); }

 private:
  std::atomic<uint32_t> bits_{0};
};

}  // namespace weft
