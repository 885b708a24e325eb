// Python modules from stdlib/lib/, embedded at build time (scripts/embed_lib.cmake).
#pragma once

namespace weft {

struct EmbeddedModule {
  const char* name;    // dotted module name; null terminates the table
  bool is_package;
  const char* source;  // UTF-8 source text
};

extern const EmbeddedModule kEmbeddedModules[];

}  // namespace weft
