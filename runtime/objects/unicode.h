// Unicode character properties and case mappings (tables generated from CPython 3.13's
// unicodedata, Unicode 15.1), plus the UTF-8 helpers every text routine shares.
// ASCII is answered inline; everything else by binary search over range tables.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace weft::unicode {

// --- UTF-8 (input is assumed valid unless the function says otherwise) ---
// Decodes the code point at p; returns its length in bytes (1..4).
inline size_t decode(const char* p, char32_t* out) {
  unsigned char c = static_cast<unsigned char>(p[0]);
  if (c < 0x80) { *out = c; return 1; }
  if (c < 0xE0) { *out = ((c & 0x1F) << 6) | (p[1] & 0x3F); return 2; }
  if (c < 0xF0) {
    *out = ((c & 0x0F) << 12) | ((p[1] & 0x3F) << 6) | (p[2] & 0x3F);
    return 3;
  }
  *out = ((c & 0x07) << 18) | ((p[1] & 0x3F) << 12) | ((p[2] & 0x3F) << 6) | (p[3] & 0x3F);
  return 4;
}
// Length in bytes of the sequence starting with lead byte c.
inline size_t seq_len(unsigned char c) { return c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4; }
inline size_t encoded_len(char32_t c) { return c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4; }
// Appends c (surrogates are encoded as 3 bytes, like CPython's internal "surrogatepass").
void append(std::string& out, char32_t c);
size_t count_code_points(std::string_view utf8);
// Strict validation (no overlongs, no surrogates, max U+10FFFF). On failure *bad_pos is the
// offset of the first invalid byte and *bad_len how many bytes form the invalid sequence.
bool validate(std::string_view bytes, size_t* bad_pos = nullptr, size_t* bad_len = nullptr,
              const char** reason = nullptr);
// Byte offset of code point index i (O(i)).
size_t offset_of(std::string_view utf8, size_t i);

// --- properties (str.isX semantics for one code point) ---
bool is_alpha(char32_t c);
bool is_decimal(char32_t c);
bool is_digit(char32_t c);
bool is_numeric(char32_t c);
bool is_space(char32_t c);
bool is_printable(char32_t c);
bool is_upper(char32_t c);
bool is_lower(char32_t c);
bool is_title(char32_t c);
bool is_cased(char32_t c);
bool is_case_ignorable(char32_t c);
bool is_xid_start(char32_t c);     // includes '_'
bool is_xid_continue(char32_t c);
inline bool is_alnum(char32_t c) { return is_alpha(c) || is_decimal(c) || is_digit(c) || is_numeric(c); }
bool is_linebreak(char32_t c);     // str.splitlines boundaries
int decimal_value(char32_t c);     // 0..9, or -1

// --- case mappings (full: up to 3 code points; returns the count written to out) ---
int to_lower(char32_t c, char32_t out[3]);
int to_upper(char32_t c, char32_t out[3]);
int to_title(char32_t c, char32_t out[3]);
int to_fold(char32_t c, char32_t out[3]);

}  // namespace weft::unicode
