// Number formatting shared by int, float, str.__format__ and str % args:
//  - the format-spec mini-language [[fill]align][sign][z][#][0][width][grouping][.precision][type]
//    (parse_format_spec), exactly as CPython's formatter_unicode.c parses and validates it;
//  - padding a finished string to the spec's width (pad_formatted), for str.__format__;
//  - double -> text as CPython's PyOS_double_to_string ('r' repr, e/f/g with precision);
//  - format(int, spec) / format(float, spec) (format_int / format_float);
//  - %-formatting of numbers (%d %i %u %x %X %o %e %E %f %F %g %G) for str % args.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>

#include "objects/object.h"

namespace weft {

struct FormatSpec {
  char32_t fill = ' ';
  char align = '>';        // '<' '>' '^' '=' (the default given to parse_format_spec if unset)
  char sign = 0;           // '+', '-', ' ' or 0 (not given)
  bool no_neg_0 = false;   // 'z'
  bool alternate = false;  // '#'
  bool fill_specified = false;
  bool align_specified = false;
  int64_t width = -1;      // -1: not given
  char grouping = 0;       // ',' or '_' or 0; '_' with b/o/x/X groups by four
  int64_t precision = -1;  // -1: not given
  char32_t type = 0;       // presentation type (default_type when not given)
};

// Parses `spec` (UTF-8). default_type is 'd' for int, 0 for float, 's' for str; default_align
// is '>' for numbers, '<' for str. type_name is used in
// "Invalid format specifier 'abc' for object of type 'int'". Validates grouping ("Cannot specify
// ',' with 's'.", "Cannot specify both ',' and '_'."), precision ("Format specifier missing
// precision") and sizes ("Too many decimal digits in format string").
Status parse_format_spec(std::string_view spec, const char* type_name, char32_t default_type,
                         char default_align, FormatSpec* out);

// Pads `text` (UTF-8, `length` code points) with spec.fill to spec.width according to
// spec.align ('=' treated as '>'). Used by str.__format__ after truncating to the precision.
std::string pad_formatted(std::string_view text, size_t length, const FormatSpec& spec);
// UTF-8 of one code point.
void append_utf8(std::string& out, char32_t cp);

// "Unknown format code 'x' for object of type 'float'" (ValueError).
ErrorMarker raise_unknown_format_code(char32_t code, const char* type_name);

// PyOS_double_to_string. code: 'e' 'E' 'f' 'F' 'g' 'G' 'r' (precision ignored for 'r').
enum : unsigned {
  kDtsfSign = 1,       // always add a sign
  kDtsfAddDot0 = 2,    // "1.0" instead of "1"
  kDtsfAlt = 4,        // '#': keep the point and trailing zeros
  kDtsfNoNeg0 = 8,     // 'z': -0.0 prints as 0.0
};
std::string double_to_string(double x, char code, int precision, unsigned flags);

// format(v, spec) for int (v an int) and float (x).
Result<Ref> format_int(Value v, std::string_view spec);
Result<Ref> format_float(double x, std::string_view spec);
Result<Ref> format_float_value(Value v, std::string_view spec);  // v a float (subclass ok)

// %-formatting of one number for str % args (the "seq" engineer handles %s %r %a %c and the
// parsing of the conversion specifier). conv is one of d i u x X o e E f F g G.
struct PercentSpec {
  bool left = false;   // '-'
  bool plus = false;   // '+'
  bool space = false;  // ' '
  bool alt = false;    // '#'
  bool zero = false;   // '0'
  int64_t width = -1;
  int64_t precision = -1;
};
// Errors as CPython: "%d format: a real number is required, not str", "%x format: an integer is
// required, not float", "must be real number, not str".
Result<std::string> percent_format_number(Value v, char conv, const PercentSpec& spec);

}  // namespace weft
