// str: immutable Unicode text stored as UTF-8 with its length in code points. An all-ASCII
// string (the common case) indexes in O(1).
#pragma once
#include <atomic>
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
// The cached hash without a call when it is known. Threads of the ft build may compute it at the
// same time (benign: they store the same value), so the cache is read with a relaxed atomic load.
inline int64_t str_hash(Str* s) {
  int64_t h = std::atomic_ref<int64_t>(s->hash_cache).load(std::memory_order_relaxed);
  return h != -1 ? h : hash_str(s);
}
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

// ---- Added by seq (str.cpp / str_methods.cpp / str_format.cpp) ----
struct InterpreterState;

// Seeds an interpreter's intern table with the ids:: strings and the process-wide immortal
// strings (names of built-in methods). Call once when the interpreter is created (intern() also
// seeds lazily when it finds the table empty).
void intern_seed(InterpreterState* interp);
// A new str with room for byte_length bytes (data[byte_length] = NUL set); the caller fills
// data before the object escapes. length = code points, ascii = all bytes < 0x80.
Ref str_alloc(size_t byte_length, size_t length, bool ascii);
// Same with an explicit type (str subclasses).
Ref str_alloc_type(TypeObject* type, size_t byte_length, size_t length, bool ascii);
// make_str when the code point count is already known (no scan).
Ref make_str_known(std::string_view utf8, size_t length, bool ascii);
// The 1-character string for code point c (cached for c < 256).
Ref str_from_char(char32_t c);
// Code points [start, stop) of s (0 <= start <= stop <= length).
Ref str_substr(Str* s, size_t start, size_t stop);
// Byte offset of code point index i (O(1) for ASCII strings).
size_t str_offset(Str* s, size_t i);
// Code point at index i.
char32_t str_char_at(Str* s, size_t i);
// builtins chr(i) and ord(c) with CPython's messages.
Result<Ref> str_chr(Value i);
Result<Ref> str_ord(Value c);
// ascii(): the repr with every non-ASCII character escaped (\xe9, \u20ac, \U0001f600).
std::string ascii_escape(std::string_view utf8);
// bytes -> str and str -> bytes for encodings utf-8 (aliases utf8, utf_8, U8), ascii,
// latin-1 (latin1, iso-8859-1, iso8859-1, l1); errors strict, ignore, replace, (utf-8 also
// surrogateescape, backslashreplace). "LookupError: unknown encoding: x".
Result<Ref> str_decode(std::string_view data, std::string_view encoding, std::string_view errors);
Result<Ref> str_encode(Str* s, std::string_view encoding, std::string_view errors);
// str % args, str.format(*args, **kwargs), format(str, spec) (str_format.cpp).
Result<Ref> str_percent_format(Str* fmt, Value args);
Result<Ref> bytes_percent_format(std::string_view fmt, Value args);  // bytes % args -> bytes
Result<Ref> str_format_call(Str* fmt, CallArgs args);
Result<Ref> str_format_map(Str* fmt, Value mapping);
Result<Ref> str_format_spec(Str* s, Str* spec);
// The hash str uses, over raw bytes (bytes hashes like the equal ASCII str, as in CPython).
int64_t hash_bytes_data(std::string_view data);
// a + b for two str (creates a new str).
Ref str_concat(Str* a, Str* b);
// join an iterable of str with sep; "sequence item 0: expected str instance, int found".
Result<Ref> str_join(Str* sep, Value iterable);

}  // namespace weft
