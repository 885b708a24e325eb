// The binascii module: hex and base64 conversions and CRCs, with CPython's lenient/strict
// base64 decoding rules and binascii.Error messages.
#include <cstring>
#include <mutex>
#include <string>

#include "array_module.h"
#include "modules.h"
#include "objects/abstract.h"
#include "objects/args.h"
#include "objects/bytes.h"
#include "objects/exceptions.h"
#include "objects/int.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/type.h"

namespace weft {

namespace {

TypeObject BinasciiErrorType, IncompleteType;

ErrorMarker b_error(const std::string& msg) { return raise(&BinasciiErrorType, msg); }

// A bytes-like argument (b2a_* functions and crc*).
Result<std::string> data_arg(Value v) {
  std::string out;
  if (bytes_like_data(v, &out) || array_buffer_data(v, &out)) return out;
  return raise(exc::TypeError, std::string("a bytes-like object is required, not '") + type_name(v) + "'");
}

// a2b_* functions also accept ASCII-only str.
Result<std::string> ascii_arg(Value v) {
  if (is_str(v)) {
    std::string_view s = str_view(v);
    for (char c : s)
      if (uint8_t(c) >= 0x80) return raise(exc::ValueError, "string argument should contain only ASCII characters");
    return std::string(s);
  }
  std::string out;
  if (bytes_like_data(v, &out) || array_buffer_data(v, &out)) return out;
  return raise(exc::TypeError, std::string("argument should be bytes, buffer or ASCII string, not '") +
                                   type_name(v) + "'");
}

const char kHex[] = "0123456789abcdef";

Result<Ref> hexlify_impl(CallArgs args, const char* fname) {
  Value data_v, sep_v, per_v;
  TRY(parse_args(args, fname, {"data", "sep", "bytes_per_sep"}, 1, {&data_v, &sep_v, &per_v}));
  std::string data = TRY(data_arg(data_v));
  char sep = 0;
  if (sep_v && !is_none(sep_v)) {
    std::string s;
    if (is_str(sep_v)) {
      s = std::string(str_view(sep_v));
      if (as<Str>(sep_v)->length != 1) return raise(exc::ValueError, "sep must be length 1.");
      if (uint8_t(s[0]) >= 0x80) return raise(exc::ValueError, "sep must be ASCII.");
    } else if (!bytes_like_data(sep_v, &s)) {
      return raise(exc::TypeError, std::string("sep must be str or bytes."));
    }
    if (s.size() != 1) return raise(exc::ValueError, "sep must be length 1.");
    sep = s[0];
  }
  int64_t per = per_v ? TRY(index_to_int64(per_v)) : 1;
  std::string out;
  size_t n = data.size();
  if (!sep || per == 0 || n == 0) {
    for (unsigned char c : data) { out += kHex[c >> 4]; out += kHex[c & 15]; }
    return make_bytes(out);
  }
  size_t group = size_t(per < 0 ? -per : per);
  for (size_t i = 0; i < n; i++) {
    bool boundary;
    if (per > 0) boundary = i > 0 && (n - i) % group == 0;  // groups counted from the right
    else boundary = i > 0 && i % group == 0;               // from the left
    if (boundary) out += sep;
    unsigned char c = uint8_t(data[i]);
    out += kHex[c >> 4];
    out += kHex[c & 15];
  }
  return make_bytes(out);
}

Result<Ref> m_hexlify(Value, CallArgs args) { return hexlify_impl(args, "hexlify"); }
Result<Ref> m_b2a_hex(Value, CallArgs args) { return hexlify_impl(args, "b2a_hex"); }

int hexval(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

Result<Ref> unhexlify_impl(CallArgs args, const char* fname) {
  Value v;
  TRY(parse_args(args, fname, {"hexstr"}, 1, {&v}));
  std::string s = TRY(ascii_arg(v));
  if (s.size() % 2) return b_error("Odd-length string");
  std::string out;
  for (size_t i = 0; i < s.size(); i += 2) {
    int a = hexval(s[i]), b = hexval(s[i + 1]);
    if (a < 0 || b < 0) return b_error("Non-hexadecimal digit found");
    out += char(a * 16 + b);
  }
  return make_bytes(out);
}

Result<Ref> m_unhexlify(Value, CallArgs args) { return unhexlify_impl(args, "unhexlify"); }
Result<Ref> m_a2b_hex(Value, CallArgs args) { return unhexlify_impl(args, "a2b_hex"); }

const char kB64[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

Result<Ref> m_b2a_base64(Value, CallArgs args) {
  Value data_v, newline_v;
  TRY(parse_args(args, "b2a_base64", {"data", "$newline"}, 1, {&data_v, &newline_v}));
  std::string data = TRY(data_arg(data_v));
  bool newline = newline_v ? TRY(truthy(newline_v)) : true;
  std::string out;
  size_t i = 0, n = data.size();
  for (; i + 3 <= n; i += 3) {
    uint32_t v = uint32_t(uint8_t(data[i])) << 16 | uint32_t(uint8_t(data[i + 1])) << 8 | uint8_t(data[i + 2]);
    out += kB64[v >> 18]; out += kB64[(v >> 12) & 63]; out += kB64[(v >> 6) & 63]; out += kB64[v & 63];
  }
  if (n - i == 1) {
    uint32_t v = uint32_t(uint8_t(data[i])) << 16;
    out += kB64[v >> 18]; out += kB64[(v >> 12) & 63]; out += "==";
  } else if (n - i == 2) {
    uint32_t v = uint32_t(uint8_t(data[i])) << 16 | uint32_t(uint8_t(data[i + 1])) << 8;
    out += kB64[v >> 18]; out += kB64[(v >> 12) & 63]; out += kB64[(v >> 6) & 63]; out += '=';
  }
  if (newline) out += '\n';
  return make_bytes(out);
}

int b64val(unsigned char c) {
  if (c >= 'A' && c <= 'Z') return c - 'A';
  if (c >= 'a' && c <= 'z') return c - 'a' + 26;
  if (c >= '0' && c <= '9') return c - '0' + 52;
  if (c == '+') return 62;
  if (c == '/') return 63;
  return -1;
}

Result<Ref> m_a2b_base64(Value, CallArgs args) {
  Value data_v, strict_v;
  TRY(parse_args(args, "a2b_base64", {"", "$strict_mode"}, 1, {&data_v, &strict_v}));
  std::string s = TRY(ascii_arg(data_v));
  bool strict = strict_v ? TRY(truthy(strict_v)) : false;
  std::string out;
  int quad_pos = 0, pads = 0;
  bool padding_started = false;
  uint32_t left = 0;
  if (strict && !s.empty() && s[0] == '=') return b_error("Leading padding not allowed");
  for (size_t i = 0; i < s.size(); i++) {
    unsigned char c = uint8_t(s[i]);
    if (c == '=') {
      padding_started = true;
      if (strict && quad_pos == 0) return b_error("Leading padding not allowed");
      if (quad_pos >= 2 && quad_pos + ++pads >= 4) {
        // Padding complete: the rest is ignored (an error in strict mode).
        if (strict && i + 1 < s.size()) return b_error("Excess data after padding");
        return make_bytes(out);
      }
      continue;
    }
    int v = b64val(c);
    if (v < 0) {
      if (strict) return b_error("Only base64 data is allowed");
      continue;
    }
    if (strict && padding_started) return b_error("Discontinuous padding not allowed");
    pads = 0;
    switch (quad_pos) {
      case 0: quad_pos = 1; left = uint32_t(v); break;
      case 1: quad_pos = 2; out += char((left << 2) | (uint32_t(v) >> 4)); left = uint32_t(v) & 0x0f; break;
      case 2: quad_pos = 3; out += char((left << 4) | (uint32_t(v) >> 2)); left = uint32_t(v) & 0x03; break;
      case 3: quad_pos = 0; out += char((left << 6) | uint32_t(v)); left = 0; break;
    }
  }
  if (quad_pos == 1)
    return b_error("Invalid base64-encoded string: number of data characters (" +
                   std::to_string(out.size() / 3 * 4 + 1) + ") cannot be 1 more than a multiple of 4");
  if (quad_pos != 0) return b_error("Incorrect padding");
  return make_bytes(out);
}

uint32_t crc32_update(uint32_t crc, std::string_view data) {
  static uint32_t table[256];
  static std::once_flag once;
  std::call_once(once, [] {
    for (uint32_t i = 0; i < 256; i++) {
      uint32_t c = i;
      for (int k = 0; k < 8; k++) c = (c & 1) ? 0xedb88320u ^ (c >> 1) : c >> 1;
      table[i] = c;
    }
  });
  crc = ~crc;
  for (unsigned char ch : data) crc = table[(crc ^ ch) & 0xff] ^ (crc >> 8);
  return ~crc;
}

// The low `bits` bits of an int argument (CPython masks crc arguments the same way).
Result<uint32_t> masked_int(Value v, int bits) {
  if (!is_int(v)) {
    if (!v.type()->index)
      return raise(exc::TypeError, std::string("'") + type_name(v) + "' object cannot be interpreted as an integer");
  }
  Ref iv = TRY(index(v));
  mpz_t z, m;
  mpz_inits(z, m, nullptr);
  int_to_mpz(iv, z);
  mpz_fdiv_r_2exp(m, z, mp_bitcnt_t(bits));
  uint32_t r = uint32_t(mpz_get_ui(m));
  mpz_clears(z, m, nullptr);
  return r;
}

Result<Ref> m_crc32(Value, CallArgs args) {
  TRY(check_no_kwargs(args, "crc32"));
  TRY(check_nargs(args, "crc32", 1, 2));
  std::string data = TRY(data_arg(args[0]));
  uint32_t crc = args.nargs > 1 ? TRY(masked_int(args[1], 32)) : 0;
  return make_int(int64_t(crc32_update(crc, data)));
}

Result<Ref> m_crc_hqx(Value, CallArgs args) {
  TRY(check_no_kwargs(args, "crc_hqx"));
  TRY(check_nargs(args, "crc_hqx", 2, 2));
  std::string data = TRY(data_arg(args[0]));
  uint32_t crc = TRY(masked_int(args[1], 16));
  for (unsigned char ch : data) {
    crc ^= uint32_t(ch) << 8;
    for (int k = 0; k < 8; k++) crc = (crc & 0x8000) ? ((crc << 1) ^ 0x1021) : (crc << 1);
    crc &= 0xffff;
  }
  return make_int(int64_t(crc));
}

const MethodDef kFunctions[] = {
    {"hexlify", m_hexlify, 0, "Hexadecimal representation of binary data."},
    {"b2a_hex", m_b2a_hex, 0, "Hexadecimal representation of binary data."},
    {"unhexlify", m_unhexlify, 0, "Binary data of hexadecimal representation."},
    {"a2b_hex", m_a2b_hex, 0, "Binary data of hexadecimal representation."},
    {"b2a_base64", m_b2a_base64, 0, "Base64-code line of data."},
    {"a2b_base64", m_a2b_base64, 0, "Decode a line of base64 data."},
    {"crc32", m_crc32, 0, "Compute CRC-32 incrementally."},
    {"crc_hqx", m_crc_hqx, 0, "Compute CRC-CCITT incrementally."},
    {nullptr, nullptr}};

void init_exc(TypeObject& t, const char* name, TypeObject& base) {
  t.name = name;
  t.base = &base;
  t.type = &TypeType;
  t.flags = kTypeBaseType | kTypeHasDict | kTypeExceptionSubclass;
  t.basic_size = base.basic_size;
  t.dict_offset = base.dict_offset;
  t.dealloc = base.dealloc;
  t.repr = base.repr;
  t.str = base.str;
  t.new_ = base.new_;
  t.init = base.init;
  type_ready(&t);
}

void init_types() {
  init_exc(BinasciiErrorType, "binascii.Error", exc::ValueError);
  init_exc(IncompleteType, "binascii.Incomplete", exc::Exception);
}

}  // namespace

Result<Ref> init_binascii_module() {
  static std::once_flag once;
  std::call_once(once, init_types);
  Ref m = make_module("binascii");
  TRY(module_add_functions(m, kFunctions));
  TRY(module_add(m, "Error", Value(static_cast<Object*>(&BinasciiErrorType))));
  TRY(module_add(m, "Incomplete", Value(static_cast<Object*>(&IncompleteType))));
  return m;
}

}  // namespace weft
