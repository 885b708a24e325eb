#pragma once
#include "objects/object.h"

namespace weft {

#define MODULE(name) Result<Ref> init_##name##_module();
#include "modules.def"
#undef MODULE

struct NativeModule {
  const char* name;
  Result<Ref> (*init)();
};

inline constexpr NativeModule kNativeModules[] = {
#define MODULE(name) {#name, init_##name##_module},
#include "modules.def"
#undef MODULE
};

}  // namespace weft
