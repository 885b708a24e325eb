// str: immutable Unicode text stored as UTF-8 with its length in code points. An all-ASCII
// string (the common case) indexes in O(1).
#pragma once
#include <string>
#include <string_view>

#include "objects/object.h"

namespace weft {

extern TypeObject StrType;

struct Str : Object {
  int64_t hash_cache = -1;  // -1: not computed yet
  size_t length = 0;        // code points
  size_t byte_length = 0;   // UTF-8 bytes, excluding the trailing NUL
  bool ascii = true;
  bool interned = false;
  char data[1];             // byte_length bytes + NUL (allocated with the object)

  std::string_view view() const { return std::string_view(data, byte_length); }
};

inline bool is_str(Value v) { return v.is_object() && (v.type()->flags & kTypeStrSubclass); }
inline bool is_str_exact(Value v) { return v.is_object() && v.type() == &StrType; }
inline std::string_view str_view(Value v) { return as<Str>(v)->view(); }

Ref make_str(std::string_view utf8);  // utf8 must be valid UTF-8
Ref make_str(const char* utf8);
// The interned string for `text` in the current interpreter (borrowed: the interpreter owns it).
Str* intern(std::string_view text);
Ref intern_ref(std::string_view text);
bool str_equal(Str* a, Str* b);
int64_t hash_str(Str* s);
// Decodes UTF-8; false if invalid. Used by the lexer and bytes.decode().
bool utf8_valid(std::string_view bytes);
// repr of a str as CPython prints it (quote choice, escapes).
std::string str_repr(std::string_view utf8);

namespace ids {
#define ID(cname, text) extern Str* cname;
#include "objects/ids.def"
#undef ID
}  // namespace ids

// Creates the ids:: strings (immortal); called once per process before anything else.
void init_static_strings();

}  // namespace weft
