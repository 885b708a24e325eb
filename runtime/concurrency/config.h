// The build switch. This directory (runtime/concurrency/) is the only code that reads
// WEFT_FREE_THREADING; everything else uses the constants and the API defined here.
#pragma once

namespace weft {

#if defined(WEFT_FREE_THREADING) && WEFT_FREE_THREADING
inline constexpr bool kFreeThreading = true;
inline constexpr const char* kBuildName = "free-threading";
#else
inline constexpr bool kFreeThreading = false;
inline constexpr const char* kBuildName = "gil";
#endif

inline constexpr const char* kVersion = "0.1.0";

}  // namespace weft
