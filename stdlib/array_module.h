// What other native modules need from array.array: its bytes as a buffer (struct.unpack,
// bytes(a), binascii) and a writable view (struct.pack_into).
#pragma once
#include <string>

#include "objects/object.h"

namespace weft {

// Copies the bytes of an array.array into out; false (no error) if v is not an array.
bool array_buffer_data(Value v, std::string* out);
// Pointer and length of an array's storage for in-place writes; false if v is not an array.
bool array_writable_buffer(Value v, char** data, int64_t* len);

}  // namespace weft
