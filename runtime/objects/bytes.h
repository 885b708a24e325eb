#pragma once
#include <string_view>

#include "objects/object.h"

namespace weft {

extern TypeObject BytesType, ByteArrayType;

struct Bytes : Object {
  int64_t hash_cache = -1;
  size_t size = 0;
  char data[1];  // size bytes + NUL (allocated with the object)
  std::string_view view() const { return std::string_view(data, size); }
};

struct ByteArray : Object {
  char* data = nullptr;
  size_t size = 0;
  size_t capacity = 0;
};

Ref make_bytes(std::string_view data);
inline bool is_bytes(Value v) { return v.is_object() && v.type() == &BytesType; }
std::string bytes_repr(std::string_view data);  // b'...' as CPython prints it

// ---- Added by seq ----
inline bool is_bytearray(Value v) { return v.is_object() && v.type() == &ByteArrayType; }
Ref make_bytearray(std::string_view data);
// The bytes of a bytes-like object (bytes, bytearray and their subclasses) copied into out;
// false (no error raised) for anything else.
bool bytes_like_data(Value v, std::string* out);

}  // namespace weft
