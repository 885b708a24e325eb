// One pause in a spin-wait loop (lets the other hyper-thread run; saves power). Shared by the
// object mutex (object_lock.cpp) and the _thread lock's brief spin before it sleeps.
#pragma once

namespace weft {

inline void cpu_relax() {
#if defined(__x86_64__) || defined(__i386__)
  __builtin_ia32_pause();
#elif defined(__aarch64__)
  asm volatile("yield");
#endif
}

}  // namespace weft
