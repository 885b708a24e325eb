// The _random module: the Mersenne Twister (MT19937) core of random.Random, seeded exactly as
// CPython seeds it so that random.seed(n) reproduces CPython's sequences. Also a private SHA-512
// (_random._sha512) that random.py uses for str/bytes seeds while there is no hashlib.
#include <gmp.h>
#include <sys/random.h>
#include <time.h>
#include <unistd.h>

#include <cstring>
#include <mutex>
#include <string>
#include <vector>

#include "concurrency/object_lock.h"
#include "modules.h"
#include "objects/abstract.h"
#include "objects/args.h"
#include "objects/bytes.h"
#include "objects/exceptions.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"

namespace weft {

namespace {

constexpr int kN = 624;
constexpr int kM = 397;

struct RandomObject : Object {
  uint32_t state[kN];
  int index = kN + 1;
};

TypeObject RandomType;

void init_genrand(RandomObject* r, uint32_t s) {
  r->state[0] = s;
  for (int i = 1; i < kN; i++)
    r->state[i] = 1812433253u * (r->state[i - 1] ^ (r->state[i - 1] >> 30)) + uint32_t(i);
  r->index = kN;
}

void init_by_array(RandomObject* r, const uint32_t* key, size_t len) {
  init_genrand(r, 19650218u);
  uint32_t* mt = r->state;
  size_t i = 1, j = 0;
  size_t k = kN > len ? kN : len;
  for (; k; k--) {
    mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1664525u)) + key[j] + uint32_t(j);
    i++;
    j++;
    if (i >= kN) { mt[0] = mt[kN - 1]; i = 1; }
    if (j >= len) j = 0;
  }
  for (k = kN - 1; k; k--) {
    mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1566083941u)) - uint32_t(i);
    i++;
    if (i >= kN) { mt[0] = mt[kN - 1]; i = 1; }
  }
  mt[0] = 0x80000000u;  // non-zero initial array
}

uint32_t genrand(RandomObject* r) {
  static const uint32_t mag01[2] = {0x0u, 0x9908b0dfu};
  uint32_t* mt = r->state;
  uint32_t y;
  if (r->index >= kN) {
    int kk;
    for (kk = 0; kk < kN - kM; kk++) {
      y = (mt[kk] & 0x80000000u) | (mt[kk + 1] & 0x7fffffffu);
      mt[kk] = mt[kk + kM] ^ (y >> 1) ^ mag01[y & 1];
    }
    for (; kk < kN - 1; kk++) {
      y = (mt[kk] & 0x80000000u) | (mt[kk + 1] & 0x7fffffffu);
      mt[kk] = mt[kk + (kM - kN)] ^ (y >> 1) ^ mag01[y & 1];
    }
    y = (mt[kN - 1] & 0x80000000u) | (mt[0] & 0x7fffffffu);
    mt[kN - 1] = mt[kM - 1] ^ (y >> 1) ^ mag01[y & 1];
    r->index = 0;
  }
  y = mt[r->index++];
  y ^= (y >> 11);
  y ^= (y << 7) & 0x9d2c5680u;
  y ^= (y << 15) & 0xefc60000u;
  y ^= (y >> 18);
  return y;
}

RandomObject* self_of(Value self) { return static_cast<RandomObject*>(self.obj()); }

void seed_from_urandom(RandomObject* r) {
  uint32_t key[kN];
  size_t got = 0;
  char* p = reinterpret_cast<char*>(key);
  while (got < sizeof key) {
    ssize_t n = getrandom(p + got, sizeof key - got, 0);
    if (n <= 0) break;
    got += size_t(n);
  }
  if (got < sizeof key) {  // no entropy source: fall back to time and pid
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    uint32_t k2[4] = {uint32_t(ts.tv_sec), uint32_t(ts.tv_nsec), uint32_t(getpid()),
                      uint32_t(uint64_t(ts.tv_sec) >> 32)};
    init_by_array(r, k2, 4);
    return;
  }
  init_by_array(r, key, kN);
}

Status do_seed(RandomObject* r, Value arg) {
  if (arg.is_null() || is_none(arg)) {
    CriticalSection cs(r);
    seed_from_urandom(r);
    return ok();
  }
  mpz_t n;
  mpz_init(n);
  if (is_int(arg)) {
    int_to_mpz(arg, n);
    mpz_abs(n, n);
  } else {
    Result<int64_t> h = hash(arg);
    if (!h.ok()) { mpz_clear(n); return kError; }
    mpz_set_ui(n, uint64_t(*h));  // (size_t)hash, as CPython
  }
  size_t count = 0;
  std::vector<uint32_t> key((mpz_sizeinbase(n, 2) + 31) / 32 + 1);
  mpz_export(key.data(), &count, -1, sizeof(uint32_t), 0, 0, n);
  mpz_clear(n);
  if (count == 0) { key[0] = 0; count = 1; }
  CriticalSection cs(r);
  init_by_array(r, key.data(), count);
  return ok();
}

Result<Ref> r_seed(Value self, CallArgs args) {
  TRY(check_no_kwargs(args, "seed"));
  TRY(check_nargs(args, "seed", 0, 1));
  TRY(do_seed(self_of(self), args.nargs ? args[0] : Value()));
  return none();
}

Result<Ref> r_random(Value self, CallArgs args) {
  TRY(check_nargs(args, "random", 0, 0));
  RandomObject* r = self_of(self);
  uint32_t a, b;
  {
    CriticalSection cs(r);
    a = genrand(r) >> 5;
    b = genrand(r) >> 6;
  }
  return make_float((a * 67108864.0 + b) * (1.0 / 9007199254740992.0));
}

Result<Ref> r_getrandbits(Value self, CallArgs args) {
  TRY(check_no_kwargs(args, "getrandbits"));
  TRY(check_nargs(args, "getrandbits", 1, 1));
  if (!is_int(args[0]))
    return raise(exc::TypeError, std::string("'") + type_name(args[0]) +
                                     "' object cannot be interpreted as an integer");
  int64_t k;
  if (!int_to_int64(args[0], &k))
    return raise(exc::OverflowError, "Python int too large to convert to C int");
  if (k < 0) return raise(exc::ValueError, "number of bits must be non-negative");
  if (k > INT32_MAX) return raise(exc::OverflowError, "Python int too large to convert to C int");
  RandomObject* r = self_of(self);
  if (k == 0) return make_int(0);
  if (k <= 32) {
    CriticalSection cs(r);
    return make_int(int64_t(genrand(r) >> (32 - k)));
  }
  size_t words = size_t((k - 1) / 32 + 1);
  std::vector<uint32_t> buf(words);
  {
    CriticalSection cs(r);
    for (size_t i = 0; i < words; i++, k -= 32) {
      uint32_t v = genrand(r);
      if (k < 32) v >>= (32 - k);
      buf[i] = v;
    }
  }
  mpz_t n;
  mpz_init(n);
  mpz_import(n, words, -1, sizeof(uint32_t), 0, 0, buf.data());
  Ref out = make_int_from_mpz(n);
  mpz_clear(n);
  return out;
}

Result<Ref> r_getstate(Value self, CallArgs args) {
  TRY(check_nargs(args, "getstate", 0, 0));
  RandomObject* r = self_of(self);
  Ref t = make_tuple(kN + 1);
  CriticalSection cs(r);
  for (int i = 0; i < kN; i++) tuple_init_item(as<Tuple>(t), size_t(i), make_int(r->state[i]));
  tuple_init_item(as<Tuple>(t), kN, make_int(r->index));
  return t;
}

Result<Ref> r_setstate(Value self, CallArgs args) {
  TRY(check_no_kwargs(args, "setstate"));
  TRY(check_nargs(args, "setstate", 1, 1));
  Value st = args[0];
  if (!is_tuple(st)) return raise(exc::TypeError, "state vector must be a tuple");
  if (tuple_size(st) != size_t(kN + 1)) return raise(exc::ValueError, "state vector is the wrong size");
  uint32_t vals[kN];
  for (int i = 0; i < kN; i++) {
    Value v = tuple_item(st, size_t(i));
    if (!is_int(v))
      return raise(exc::TypeError, std::string("'") + type_name(v) +
                                       "' object cannot be interpreted as an integer");
    int64_t x;
    if (!int_to_int64(v, &x) || x < 0 || x > int64_t(UINT32_MAX))
      return raise(exc::OverflowError, "Python int too large to convert to C unsigned long");
    vals[i] = uint32_t(x);
  }
  int64_t index = TRY(index_to_int64(tuple_item(st, kN)));
  if (index < 0 || index > kN) return raise(exc::ValueError, "invalid state");
  RandomObject* r = self_of(self);
  CriticalSection cs(r);
  std::memcpy(r->state, vals, sizeof vals);
  r->index = int(index);
  return none();
}

Result<Ref> random_new(TypeObject* type, CallArgs args) {
  if (type == &RandomType && args.nkw())
    return raise(exc::TypeError, "Random() takes no keyword arguments");
  if (type == &RandomType && args.nargs > 1)
    return raise(exc::TypeError, "Random() expected at most 1 argument, got " +
                                     std::to_string(args.nargs));
  RandomObject* r = new_object<RandomObject>(type);
  Ref ref = Ref::steal(Value(r));
  // CPython seeds in __new__ only for the exact type; random.Random.__init__ calls seed().
  init_genrand(r, 19650218u);
  if (type == &RandomType) TRY(do_seed(r, args.nargs ? args[0] : Value()));
  return ref;
}

void random_dealloc(Object* o) { delete_object(static_cast<RandomObject*>(o)); }

// ---- SHA-512 (FIPS 180-4) ----
constexpr uint64_t kSha512K[80] = {
    0x428a2f98d728ae22ULL, 0x7137449123ef65cdULL, 0xb5c0fbcfec4d3b2fULL, 0xe9b5dba58189dbbcULL,
    0x3956c25bf348b538ULL, 0x59f111f1b605d019ULL, 0x923f82a4af194f9bULL, 0xab1c5ed5da6d8118ULL,
    0xd807aa98a3030242ULL, 0x12835b0145706fbeULL, 0x243185be4ee4b28cULL, 0x550c7dc3d5ffb4e2ULL,
    0x72be5d74f27b896fULL, 0x80deb1fe3b1696b1ULL, 0x9bdc06a725c71235ULL, 0xc19bf174cf692694ULL,
    0xe49b69c19ef14ad2ULL, 0xefbe4786384f25e3ULL, 0x0fc19dc68b8cd5b5ULL, 0x240ca1cc77ac9c65ULL,
    0x2de92c6f592b0275ULL, 0x4a7484aa6ea6e483ULL, 0x5cb0a9dcbd41fbd4ULL, 0x76f988da831153b5ULL,
    0x983e5152ee66dfabULL, 0xa831c66d2db43210ULL, 0xb00327c898fb213fULL, 0xbf597fc7beef0ee4ULL,
    0xc6e00bf33da88fc2ULL, 0xd5a79147930aa725ULL, 0x06ca6351e003826fULL, 0x142929670a0e6e70ULL,
    0x27b70a8546d22ffcULL, 0x2e1b21385c26c926ULL, 0x4d2c6dfc5ac42aedULL, 0x53380d139d95b3dfULL,
    0x650a73548baf63deULL, 0x766a0abb3c77b2a8ULL, 0x81c2c92e47edaee6ULL, 0x92722c851482353bULL,
    0xa2bfe8a14cf10364ULL, 0xa81a664bbc423001ULL, 0xc24b8b70d0f89791ULL, 0xc76c51a30654be30ULL,
    0xd192e819d6ef5218ULL, 0xd69906245565a910ULL, 0xf40e35855771202aULL, 0x106aa07032bbd1b8ULL,
    0x19a4c116b8d2d0c8ULL, 0x1e376c085141ab53ULL, 0x2748774cdf8eeb99ULL, 0x34b0bcb5e19b48a8ULL,
    0x391c0cb3c5c95a63ULL, 0x4ed8aa4ae3418acbULL, 0x5b9cca4f7763e373ULL, 0x682e6ff3d6b2b8a3ULL,
    0x748f82ee5defb2fcULL, 0x78a5636f43172f60ULL, 0x84c87814a1f0ab72ULL, 0x8cc702081a6439ecULL,
    0x90befffa23631e28ULL, 0xa4506cebde82bde9ULL, 0xbef9a3f7b2c67915ULL, 0xc67178f2e372532bULL,
    0xca273eceea26619cULL, 0xd186b8c721c0c207ULL, 0xeada7dd6cde0eb1eULL, 0xf57d4f7fee6ed178ULL,
    0x06f067aa72176fbaULL, 0x0a637dc5a2c898a6ULL, 0x113f9804bef90daeULL, 0x1b710b35131c471bULL,
    0x28db77f523047d84ULL, 0x32caab7b40c72493ULL, 0x3c9ebe0a15c9bebcULL, 0x431d67c49c100d4cULL,
    0x4cc5d4becb3e42b6ULL, 0x597f299cfc657e2aULL, 0x5fcb6fab3ad6faecULL, 0x6c44198c4a475817ULL};

inline uint64_t rotr(uint64_t x, int n) { return (x >> n) | (x << (64 - n)); }

std::string sha512(std::string_view data) {
  uint64_t h[8] = {0x6a09e667f3bcc908ULL, 0xbb67ae8584caa73bULL, 0x3c6ef372fe94f82bULL,
                   0xa54ff53a5f1d36f1ULL, 0x510e527fade682d1ULL, 0x9b05688c2b3e6c1fULL,
                   0x1f83d9abfb41bd6bULL, 0x5be0cd19137e2179ULL};
  std::string msg(data);
  uint64_t bitlen = uint64_t(data.size()) * 8;
  msg.push_back(char(0x80));
  while (msg.size() % 128 != 112) msg.push_back(0);
  for (int i = 0; i < 8; i++) msg.push_back(0);  // high 64 bits of the 128-bit length
  for (int i = 7; i >= 0; i--) msg.push_back(char((bitlen >> (8 * i)) & 0xff));
  for (size_t off = 0; off < msg.size(); off += 128) {
    uint64_t w[80];
    for (int t = 0; t < 16; t++) {
      uint64_t v = 0;
      for (int b = 0; b < 8; b++) v = (v << 8) | uint8_t(msg[off + size_t(t) * 8 + size_t(b)]);
      w[t] = v;
    }
    for (int t = 16; t < 80; t++) {
      uint64_t s0 = rotr(w[t - 15], 1) ^ rotr(w[t - 15], 8) ^ (w[t - 15] >> 7);
      uint64_t s1 = rotr(w[t - 2], 19) ^ rotr(w[t - 2], 61) ^ (w[t - 2] >> 6);
      w[t] = w[t - 16] + s0 + w[t - 7] + s1;
    }
    uint64_t a = h[0], b = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6], hh = h[7];
    for (int t = 0; t < 80; t++) {
      uint64_t S1 = rotr(e, 14) ^ rotr(e, 18) ^ rotr(e, 41);
      uint64_t ch = (e & f) ^ (~e & g);
      uint64_t t1 = hh + S1 + ch + kSha512K[t] + w[t];
      uint64_t S0 = rotr(a, 28) ^ rotr(a, 34) ^ rotr(a, 39);
      uint64_t maj = (a & b) ^ (a & c) ^ (b & c);
      uint64_t t2 = S0 + maj;
      hh = g; g = f; f = e; e = d + t1; d = c; c = b; b = a; a = t1 + t2;
    }
    h[0] += a; h[1] += b; h[2] += c; h[3] += d; h[4] += e; h[5] += f; h[6] += g; h[7] += hh;
  }
  std::string out;
  for (int i = 0; i < 8; i++)
    for (int b = 7; b >= 0; b--) out.push_back(char((h[i] >> (8 * b)) & 0xff));
  return out;
}

Result<Ref> m_sha512(Value, CallArgs args) {
  TRY(check_nargs(args, "_sha512", 1, 1));
  std::string data;
  if (!bytes_like_data(args[0], &data)) return raise(exc::TypeError, "a bytes-like object is required");
  return make_bytes(sha512(data));
}

// os.urandom's job for random.SystemRandom (the os module may not provide it).
Result<Ref> m_urandom(Value, CallArgs args) {
  TRY(check_nargs(args, "_urandom", 1, 1));
  int64_t n = TRY(index_to_int64(args[0]));
  if (n < 0) return raise(exc::ValueError, "negative argument not allowed");
  std::string buf(size_t(n), '\0');
  size_t got = 0;
  while (got < buf.size()) {
    ssize_t r = getrandom(buf.data() + got, buf.size() - got, 0);
    if (r <= 0) return raise(exc::OSError, "getrandom() failed");
    got += size_t(r);
  }
  return make_bytes(buf);
}

const MethodDef kRandomMethods[] = {
    {"seed", r_seed, 0, "seed([n]) -> None.\n\nDefaults to use urandom and falls back to a combination\nof the current time and the process identifier."},
    {"random", r_random, 0, "random() -> x in the interval [0, 1)."},
    {"getrandbits", r_getrandbits, 0, "getrandbits(k) -> x.  Generates an int with k random bits."},
    {"getstate", r_getstate, 0, "getstate() -> tuple containing the current state."},
    {"setstate", r_setstate, 0, "setstate(state) -> None.  Restores generator state."},
    {nullptr, nullptr}};

const MethodDef kModuleFunctions[] = {
    {"_sha512", m_sha512, 0, "SHA-512 digest of a bytes-like object (for str seeds)."},
    {"_urandom", m_urandom, 0, "n random bytes from the system source."},
    {nullptr, nullptr}};

void init_random_type() {
  RandomType.name = "_random.Random";
  RandomType.flags = kTypeBaseType;
  RandomType.basic_size = sizeof(RandomObject);
  RandomType.dealloc = random_dealloc;
  RandomType.new_ = random_new;
  RandomType.methods = kRandomMethods;
  RandomType.doc = "Random() -> create a random number generator with its own internal state.";
  type_ready(&RandomType);
}

}  // namespace

Result<Ref> init__random_module() {
  static std::once_flag once;
  std::call_once(once, init_random_type);
  Ref m = make_module("_random");
  TRY(module_add_functions(m, kModuleFunctions));
  TRY(module_add(m, "Random", Value(static_cast<Object*>(&RandomType))));
  return m;
}

}  // namespace weft
