// The _multiprocessing module: the native pieces multiprocessing (stdlib/lib/multiprocessing/)
// builds on. Everything here works across fork AND across spawn (a fresh exec of the binary):
// semaphores and shared memory have names that another process can open.
//
//   SemLock(kind, value, maxvalue, name, unlink)   a POSIX named semaphore (sem_open). kind 0 =
//       RECURSIVE_MUTEX (RLock), 1 = SEMAPHORE (Lock/Semaphore). acquire(block=True,
//       timeout=None), release(), __enter__/__exit__, _count(), _is_mine(), _get_value(),
//       _is_zero(), attributes kind/maxvalue/name/handle. unlink=True unlinks the name at once
//       (fork-only objects); otherwise the creating process unlinks it when the object dies or at
//       exit, so no /dev/shm entry outlives the program.
//   sem_rebuild(kind, maxvalue, name) -> SemLock   opens an existing semaphore (spawned child).
//   sem_unlink(name)
//   SharedMem(size[, name])   shm_open + mmap (MAP_SHARED): zero-filled memory shared with every
//       child. With a name: attach to an existing block (spawned child). get(tc, i), set(tc, i,
//       v), read(offset, n) -> bytes, write(offset, data), size, name. Typecodes as ctypes'
//       in sharedctypes: c b B h H i I l L q Q f d u ?.
//   spawn(path, argv, pass_fds) -> pid   fork + exec in native code (nothing Python runs in the
//       child): the fds in pass_fds stay open in the new program, every other CLOEXEC fd closes.
//   waitpid(pid, nohang) -> exitcode or None   exit status, or -signal when killed.
//   poll(fds, timeout) -> list of the fds readable (or at EOF/hung up); timeout None = forever.
//   socketpair() -> (fd, fd)   a connected AF_UNIX stream pair (duplex Pipe), CLOEXEC.
//
// Every wait runs in a BlockingRegion, in slices of 50 ms so Ctrl-C (check_signals) is seen.
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <pthread.h>
#include <semaphore.h>
#include <signal.h>
#include <sys/mman.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <atomic>
#include <cmath>
#include <cstring>
#include <mutex>
#include <set>
#include <string>
#include <vector>

#include "concurrency/blocking.h"
#include "modules.h"
#include "objects/abstract.h"
#include "objects/args.h"
#include "objects/bytes.h"
#include "objects/dict.h"
#include "objects/exceptions.h"
#include "objects/fileio.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "vm/startup.h"

namespace weft {

namespace {

TypeObject SemLockType;
TypeObject SharedMemType;

// --- names the creating process must unlink at exit ---------------------------------------------

struct Registry {
  std::mutex mu;
  std::set<std::string> sems, shms;
  pid_t pid = 0;  // the process that registered them (a forked child unlinks nothing)
};

Registry& registry() {
  static Registry* r = new Registry;  // never destroyed: the atexit handler may run late
  return *r;
}

void unlink_all_at_exit() {
  Registry& r = registry();
  std::lock_guard<std::mutex> g(r.mu);
  if (r.pid != getpid()) return;
  for (auto& n : r.sems) sem_unlink(n.c_str());
  for (auto& n : r.shms) shm_unlink(n.c_str());
  r.sems.clear();
  r.shms.clear();
}

// Names left behind by processes that were killed before their exit handler ran (SIGKILL, a
// test timeout): "sem.weft-mp-sem-PID-..." / "weft-mp-shm-PID-..." in /dev/shm whose PID is gone.
// Swept once per process, when it first creates a named object (CPython runs a resource-tracker
// process for this; a sweep is enough here).
void sweep_stale_names() {
  DIR* d = opendir("/dev/shm");
  if (!d) return;
  while (struct dirent* e = readdir(d)) {
    std::string n = e->d_name;
    bool sem = n.rfind("sem.weft-mp-sem-", 0) == 0;
    bool mem = n.rfind("weft-mp-shm-", 0) == 0;
    if (!sem && !mem) continue;
    size_t at = sem ? strlen("sem.weft-mp-sem-") : strlen("weft-mp-shm-");
    long pid = strtol(n.c_str() + at, nullptr, 10);
    if (pid <= 0 || pid == long(getpid())) continue;
    if (kill(pid_t(pid), 0) == 0 || errno != ESRCH) {
      // Alive, unless the pid was reused: a process that started after the name was made.
      struct stat proc_st, name_st;
      std::string path = "/dev/shm/" + n;
      if (stat(("/proc/" + std::to_string(pid)).c_str(), &proc_st) != 0 || stat(path.c_str(), &name_st) != 0 ||
          proc_st.st_ctime <= name_st.st_mtime)
        continue;
    }
    if (sem) sem_unlink(("/" + n.substr(4)).c_str());
    else shm_unlink(("/" + n).c_str());
  }
  closedir(d);
}

// Once per process (a forked child sweeps again), before it creates its first named object.
void sweep_once() {
  static std::atomic<pid_t> swept{0};
  pid_t me = getpid();
  if (swept.exchange(me) != me) sweep_stale_names();
}

void register_name(std::set<std::string> Registry::*which, const std::string& name) {
  static std::once_flag once;
  std::call_once(once, [] { std::atexit(unlink_all_at_exit); });
  Registry& r = registry();
  std::lock_guard<std::mutex> g(r.mu);
  if (r.pid != getpid()) {  // first registration in this process (or after a fork): start afresh
    r.sems.clear();
    r.shms.clear();
    r.pid = getpid();
  }
  (r.*which).insert(name);
}

// Unlinks `name` if this process registered it (true if it did).
bool unregister_name(std::set<std::string> Registry::*which, const std::string& name) {
  Registry& r = registry();
  std::lock_guard<std::mutex> g(r.mu);
  if (r.pid != getpid()) return false;
  return (r.*which).erase(name) > 0;
}

std::string unique_name(const char* prefix) {
  static std::atomic<uint64_t> counter{0};
  struct timespec ts;
  clock_gettime(CLOCK_REALTIME, &ts);
  return std::string("/") + prefix + std::to_string(getpid()) + "-" + std::to_string(counter.fetch_add(1)) + "-" +
         std::to_string(ts.tv_nsec % 100000);
}

// timeout argument: None/absent = forever (-1), else non-negative seconds.
Result<double> timeout_arg(Value t) {
  if (!t || is_none(t)) return -1.0;
  double d = TRY(number_to_double(t));
  if (std::isnan(d)) return raise(exc::ValueError, "Invalid value NaN (not a number)");
  return d < 0 ? 0.0 : d;
}

double now_s() {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return double(ts.tv_sec) + double(ts.tv_nsec) * 1e-9;
}

uint64_t my_thread() { return uint64_t(pthread_self()); }

// --- SemLock -------------------------------------------------------------------------------------

constexpr int kRecursiveMutex = 0;
constexpr int kSemaphore = 1;

struct SemLockObject : Object {
  sem_t* handle = SEM_FAILED;
  int kind = kSemaphore;
  int maxvalue = 1;
  std::string name;
  // Per-process bookkeeping (a forked child sees its parent's values, hence the pid check).
  std::atomic<int64_t> count{0};
  std::atomic<uint64_t> owner{0};
  std::atomic<int> owner_pid{0};
};

SemLockObject* sl(Value v) { return as<SemLockObject>(v); }

bool is_mine(SemLockObject* s) {
  return s->count.load() > 0 && s->owner.load() == my_thread() && s->owner_pid.load() == getpid();
}

Result<Ref> new_semlock(int kind, int maxvalue, sem_t* handle, std::string name) {
  SemLockObject* s = new_object<SemLockObject>(&SemLockType);
  s->handle = handle;
  s->kind = kind;
  s->maxvalue = maxvalue;
  s->name = std::move(name);
  return Ref::steal(Value(s));
}

Result<Ref> semlock_new(TypeObject*, CallArgs args) {
  Value kindv, valuev, maxv, namev, unlinkv;
  TRY(parse_args(args, "SemLock", {"kind", "value", "maxvalue", "name", "unlink"}, 5,
                 {&kindv, &valuev, &maxv, &namev, &unlinkv}));
  int64_t kind = TRY(index_to_int64(kindv));
  int64_t value = TRY(index_to_int64(valuev));
  int64_t maxvalue = TRY(index_to_int64(maxv));
  if (kind != kRecursiveMutex && kind != kSemaphore) return raise(exc::ValueError, "unrecognized kind");
  if (value < 0 || value > SEM_VALUE_MAX) return raise_os_error(EINVAL);  // what sem_open says
  std::string name;
  if (is_none(namev)) {
    name = unique_name("weft-mp-sem-");
  } else if (is_str(namev)) {
    name = std::string(str_view(namev));
  } else {
    return raise(exc::TypeError, "SemLock() argument 'name' must be str");
  }
  bool unlink_now = TRY(truthy(unlinkv));
  sweep_once();
  sem_t* h = sem_open(name.c_str(), O_CREAT | O_EXCL, 0600, unsigned(value));
  if (h == SEM_FAILED) return raise_os_error(errno);
  if (unlink_now) {
    sem_unlink(name.c_str());
  } else {
    register_name(&Registry::sems, name);
  }
  return new_semlock(int(kind), int(maxvalue), h, std::move(name));
}

void semlock_dealloc(Object* o) {
  auto* s = static_cast<SemLockObject*>(o);
  if (s->handle != SEM_FAILED) sem_close(s->handle);
  if (unregister_name(&Registry::sems, s->name)) sem_unlink(s->name.c_str());
  delete_object(s);
}

// Waits for the semaphore. timeout < 0: forever. Returns false on timeout.
Result<bool> sem_wait_for(sem_t* h, double timeout) {
  if (sem_trywait(h) == 0) return true;
  if (errno != EAGAIN && errno != EINTR) return raise_os_error(errno);
  if (timeout == 0) return false;
  double deadline = timeout < 0 ? 0 : now_s() + timeout;
  for (;;) {
    double slice = 0.05;
    if (timeout >= 0) {
      double left = deadline - now_s();
      if (left <= 0) return false;
      slice = std::min(slice, left);
    }
    struct timespec abs;
    clock_gettime(CLOCK_REALTIME, &abs);
    long ns = abs.tv_nsec + long(slice * 1e9);
    abs.tv_sec += ns / 1000000000;
    abs.tv_nsec = ns % 1000000000;
    int r, err = 0;
    {
      BlockingRegion br;
      r = sem_timedwait(h, &abs);
      if (r < 0) err = errno;
    }
    if (r == 0) return true;
    if (err != ETIMEDOUT && err != EINTR) return raise_os_error(err);
    TRY(check_signals());
  }
}

Result<bool> semlock_acquire_impl(SemLockObject* s, bool block, double timeout) {
  if (s->kind == kRecursiveMutex && is_mine(s)) {
    s->count.fetch_add(1);
    return true;
  }
  bool got = TRY(sem_wait_for(s->handle, block ? timeout : 0));
  if (!got) return false;
  s->count.fetch_add(1);
  s->owner.store(my_thread());
  s->owner_pid.store(getpid());
  return true;
}

Result<Ref> semlock_acquire(Value self, CallArgs args) {
  Value blockv, timeoutv;
  TRY(parse_args(args, "acquire", {"block", "timeout"}, 0, {&blockv, &timeoutv}));
  bool block = blockv ? TRY(truthy(blockv)) : true;
  double timeout = TRY(timeout_arg(timeoutv));
  bool got = TRY(semlock_acquire_impl(sl(self), block, timeout));
  return make_bool(got);
}

Result<Ref> semlock_enter(Value self, CallArgs args) {
  TRY(check_nargs(args, "__enter__", 0, 0));
  bool got = TRY(semlock_acquire_impl(sl(self), true, -1));
  return make_bool(got);
}

Status semlock_release_impl(SemLockObject* s) {
  if (s->kind == kRecursiveMutex) {
    if (!is_mine(s)) return raise(exc::AssertionError, "attempt to release recursive lock not owned by thread");
    if (s->count.load() > 1) {
      s->count.fetch_sub(1);
      return ok();
    }
  } else if (s->maxvalue == 1) {
    // A lock: it must be held now (the wait succeeds only when it was free).
    if (sem_trywait(s->handle) == 0) {
      sem_post(s->handle);
      return raise(exc::ValueError, "semaphore or lock released too many times");
    }
  } else {
    int sval = 0;
    if (sem_getvalue(s->handle, &sval) < 0) return raise_os_error(errno);
    if (s->maxvalue >= 0 && sval >= s->maxvalue)
      return raise(exc::ValueError, "semaphore or lock released too many times");
  }
  if (sem_post(s->handle) < 0) return raise_os_error(errno);
  if (s->count.load() > 0) s->count.fetch_sub(1);
  return ok();
}

Result<Ref> semlock_release(Value self, CallArgs args) {
  TRY(check_nargs(args, "release", 0, 0));
  TRY(semlock_release_impl(sl(self)));
  return none();
}

Result<Ref> semlock_exit(Value self, CallArgs args) {
  TRY(semlock_release_impl(sl(self)));
  return none();
}

Result<Ref> semlock_count(Value self, CallArgs args) {
  TRY(check_nargs(args, "_count", 0, 0));
  SemLockObject* s = sl(self);
  return make_int(s->owner_pid.load() == getpid() ? s->count.load() : 0);
}

Result<Ref> semlock_is_mine(Value self, CallArgs args) {
  TRY(check_nargs(args, "_is_mine", 0, 0));
  return make_bool(is_mine(sl(self)));
}

Result<Ref> semlock_get_value(Value self, CallArgs args) {
  TRY(check_nargs(args, "_get_value", 0, 0));
  int sval = 0;
  if (sem_getvalue(sl(self)->handle, &sval) < 0) return raise_os_error(errno);
  return make_int(sval < 0 ? 0 : sval);
}

Result<Ref> semlock_is_zero(Value self, CallArgs args) {
  TRY(check_nargs(args, "_is_zero", 0, 0));
  int sval = 0;
  if (sem_getvalue(sl(self)->handle, &sval) < 0) return raise_os_error(errno);
  return make_bool(sval <= 0);
}

Result<Ref> semlock_after_fork(Value self, CallArgs args) {
  sl(self)->count.store(0);
  return none();
}

Result<Ref> g_kind(Value self) { return make_int(sl(self)->kind); }
Result<Ref> g_maxvalue(Value self) { return make_int(sl(self)->maxvalue); }
Result<Ref> g_name(Value self) { return make_str(sl(self)->name); }
Result<Ref> g_handle(Value self) { return make_int(int64_t(reinterpret_cast<uintptr_t>(sl(self)->handle))); }

const MethodDef kSemLockMethods[] = {
    {"acquire", semlock_acquire, 0, "Acquire the semaphore/lock."},
    {"release", semlock_release, 0, "Release the semaphore/lock."},
    {"__enter__", semlock_enter, 0, "Enter the semaphore/lock."},
    {"__exit__", semlock_exit, 0, "Exit the semaphore/lock."},
    {"_count", semlock_count, 0, "Num of `acquire()`s minus num of `release()`s for this process."},
    {"_is_mine", semlock_is_mine, 0, "Whether the lock is owned by this thread."},
    {"_get_value", semlock_get_value, 0, "Get the value of the semaphore."},
    {"_is_zero", semlock_is_zero, 0, "Return whether semaphore has value zero."},
    {"_after_fork", semlock_after_fork, 0, "Rezero the net acquisition count after fork()."},
    {nullptr, nullptr}};

const GetSetDef kSemLockGetSets[] = {
    {"kind", g_kind, nullptr, nullptr},
    {"maxvalue", g_maxvalue, nullptr, nullptr},
    {"name", g_name, nullptr, nullptr},
    {"handle", g_handle, nullptr, nullptr},
    {nullptr, nullptr}};

Result<Ref> m_sem_rebuild(Value, CallArgs args) {
  TRY(check_nargs(args, "sem_rebuild", 3, 3));
  int64_t kind = TRY(index_to_int64(args[0]));
  int64_t maxvalue = TRY(index_to_int64(args[1]));
  if (!is_str(args[2])) return raise(exc::TypeError, "sem_rebuild() argument 3 must be str");
  std::string name(str_view(args[2]));
  sem_t* h = sem_open(name.c_str(), 0);
  if (h == SEM_FAILED) return raise_os_error(errno);
  return new_semlock(int(kind), int(maxvalue), h, std::move(name));
}

Result<Ref> m_sem_unlink(Value, CallArgs args) {
  TRY(check_nargs(args, "sem_unlink", 1, 1));
  if (!is_str(args[0])) return raise(exc::TypeError, "sem_unlink() argument must be str");
  std::string name(str_view(args[0]));
  unregister_name(&Registry::sems, name);
  if (sem_unlink(name.c_str()) < 0) return raise_os_error(errno);
  return none();
}

// --- SharedMem -----------------------------------------------------------------------------------

struct SharedMemObject : Object {
  char* data = nullptr;
  size_t size = 0;
  std::string name;
};

SharedMemObject* shm(Value v) { return as<SharedMemObject>(v); }

Result<Ref> sharedmem_new(TypeObject*, CallArgs args) {
  Value sizev, namev, unlinkv;
  TRY(parse_args(args, "SharedMem", {"size", "name", "unlink"}, 1, {&sizev, &namev, &unlinkv}));
  int64_t size = TRY(index_to_int64(sizev));
  if (size < 0) return raise(exc::ValueError, "size must be non-negative");
  bool attach = namev && !is_none(namev);
  bool unlink_now = unlinkv ? TRY(truthy(unlinkv)) : false;
  std::string name;
  if (attach) {
    if (!is_str(namev)) return raise(exc::TypeError, "SharedMem() argument 'name' must be str");
    name = std::string(str_view(namev));
  } else {
    name = unique_name("weft-mp-shm-");
  }
  if (!attach) sweep_once();
  int fd = shm_open(name.c_str(), attach ? O_RDWR : (O_RDWR | O_CREAT | O_EXCL), 0600);
  if (fd < 0) return raise_os_error(errno);
  size_t len = size_t(size ? size : 1);
  if (!attach) {
    // Reserve the pages now: a sparse block larger than /dev/shm would SIGBUS on first write.
    int err = 0;
    if (ftruncate(fd, off_t(len)) < 0) err = errno;
    if (!err) {
      int r = posix_fallocate(fd, 0, off_t(len));
      if (r != 0 && r != EINVAL && r != EOPNOTSUPP) err = r;
    }
    if (err) {
      close(fd);
      shm_unlink(name.c_str());
      return raise_os_error(err);
    }
  }
  void* p = mmap(nullptr, len, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
  int err = errno;
  close(fd);
  if (p == MAP_FAILED) {
    if (!attach) shm_unlink(name.c_str());
    return raise_os_error(err);
  }
  if (!attach) {
    if (unlink_now) shm_unlink(name.c_str());
    else register_name(&Registry::shms, name);
  }
  SharedMemObject* s = new_object<SharedMemObject>(&SharedMemType);
  s->data = static_cast<char*>(p);
  s->size = size_t(size);
  s->name = std::move(name);
  return Ref::steal(Value(s));
}

void sharedmem_dealloc(Object* o) {
  auto* s = static_cast<SharedMemObject*>(o);
  if (s->data) munmap(s->data, s->size ? s->size : 1);
  if (unregister_name(&Registry::shms, s->name)) shm_unlink(s->name.c_str());
  delete_object(s);
}

size_t item_size(char tc) {
  switch (tc) {
    case 'c': case 'b': case 'B': case '?': return 1;
    case 'h': case 'H': return 2;
    case 'i': case 'I': case 'f': case 'u': return 4;
    case 'l': case 'L': case 'q': case 'Q': case 'd': return 8;
    default: return 0;
  }
}

Result<char> typecode_arg(Value v) {
  if (!is_str(v) || str_view(v).size() != 1 || !item_size(str_view(v)[0]))
    return raise(exc::TypeError, "bad typecode (must be one of c, b, B, h, H, i, I, l, L, q, Q, f, d, u, ?)");
  return str_view(v)[0];
}

// The address of item `index` of typecode tc, checked against the block.
Result<char*> item_addr(SharedMemObject* s, char tc, Value indexv) {
  int64_t i = TRY(index_to_int64(indexv));
  size_t sz = item_size(tc);
  if (i < 0 || uint64_t(i) * sz + sz > s->size) return raise(exc::IndexError, "invalid index");
  return s->data + size_t(i) * sz;
}

template <class T>
T load(const char* p) { T v; std::memcpy(&v, p, sizeof v); return v; }
template <class T>
void store(char* p, T v) { std::memcpy(p, &v, sizeof v); }

Result<Ref> sharedmem_get(Value self, CallArgs args) {
  TRY(check_nargs(args, "get", 2, 2));
  char tc = TRY(typecode_arg(args[0]));
  char* p = TRY(item_addr(shm(self), tc, args[1]));
  switch (tc) {
    case 'c': return make_bytes(std::string_view(p, 1));
    case '?': return make_bool(*p != 0);
    case 'b': return make_int(load<int8_t>(p));
    case 'B': return make_int(load<uint8_t>(p));
    case 'h': return make_int(load<int16_t>(p));
    case 'H': return make_int(load<uint16_t>(p));
    case 'i': return make_int(load<int32_t>(p));
    case 'I': return make_int(load<uint32_t>(p));
    case 'l': case 'q': return make_int(load<int64_t>(p));
    case 'L': case 'Q': {
      uint64_t u = load<uint64_t>(p);
      if (u <= uint64_t(INT64_MAX)) return make_int(int64_t(u));
      mpz_t z;
      mpz_init(z);
      mpz_import(z, 1, 1, sizeof u, 0, 0, &u);
      Ref r = make_int_from_mpz(z);
      mpz_clear(z);
      return r;
    }
    case 'f': return make_float(double(load<float>(p)));
    case 'd': return make_float(load<double>(p));
    case 'u': {
      uint32_t c = load<uint32_t>(p);
      if (c > 0x10FFFF) return raise(exc::ValueError, "character out of range");
      std::string s;
      if (c < 0x80) s += char(c);
      else if (c < 0x800) { s += char(0xC0 | (c >> 6)); s += char(0x80 | (c & 0x3F)); }
      else if (c < 0x10000) { s += char(0xE0 | (c >> 12)); s += char(0x80 | ((c >> 6) & 0x3F)); s += char(0x80 | (c & 0x3F)); }
      else { s += char(0xF0 | (c >> 18)); s += char(0x80 | ((c >> 12) & 0x3F)); s += char(0x80 | ((c >> 6) & 0x3F)); s += char(0x80 | (c & 0x3F)); }
      return make_str(s);
    }
  }
  return none();
}

// Integers wrap to the item's width, as ctypes does.
Result<uint64_t> wrapped_int(Value v) {
  if (!is_int(v))
    return raise(exc::TypeError, std::string("'") + type_name(v) + "' object cannot be interpreted as an integer");
  int64_t i;
  if (int_to_int64(v, &i)) return uint64_t(i);
  mpz_t z;
  mpz_init(z);
  int_to_mpz(v, z);
  uint64_t low = 0;
  mpz_t m;
  mpz_init(m);
  mpz_fdiv_r_2exp(m, z, 64);  // non-negative remainder mod 2**64
  size_t count = 0;
  mpz_export(&low, &count, -1, sizeof low, 0, 0, m);
  mpz_clear(m);
  mpz_clear(z);
  return low;
}

Result<Ref> sharedmem_set(Value self, CallArgs args) {
  TRY(check_nargs(args, "set", 3, 3));
  char tc = TRY(typecode_arg(args[0]));
  char* p = TRY(item_addr(shm(self), tc, args[1]));
  Value v = args[2];
  switch (tc) {
    case 'c': {
      if ((!is_bytes(v) && !is_bytearray(v))) {
        if (is_int(v)) {
          int64_t i = TRY(index_to_int64(v));
          *p = char(i);
          return none();
        }
        return raise(exc::TypeError, std::string("one character bytes, bytearray or integer expected"));
      }
      std::string data;
      bytes_like_data(v, &data);
      if (data.size() != 1) return raise(exc::TypeError, "one character bytes, bytearray or integer expected");
      *p = data[0];
      return none();
    }
    case 'u': {
      if (!is_str(v)) return raise(exc::TypeError, std::string("unicode string expected instead of ") + type_name(v) + " instance");
      std::string_view s = str_view(v);
      // exactly one code point
      uint32_t c = 0;
      size_t n = s.size();
      unsigned char b0 = n ? (unsigned char)s[0] : 0;
      size_t need = b0 < 0x80 ? 1 : b0 < 0xE0 ? 2 : b0 < 0xF0 ? 3 : 4;
      if (n == 0 || n != need) return raise(exc::TypeError, "one character unicode string expected");
      if (need == 1) c = b0;
      else if (need == 2) c = ((b0 & 0x1F) << 6) | (s[1] & 0x3F);
      else if (need == 3) c = ((b0 & 0x0F) << 12) | ((s[1] & 0x3F) << 6) | (s[2] & 0x3F);
      else c = ((b0 & 0x07) << 18) | ((s[1] & 0x3F) << 12) | ((s[2] & 0x3F) << 6) | (s[3] & 0x3F);
      store<uint32_t>(p, c);
      return none();
    }
    case 'f': case 'd': {
      if (!is_float(v) && !is_int(v) && !v.type()->to_float)
        return raise(exc::TypeError, std::string("must be real number, not ") + type_name(v));
      double d = TRY(number_to_double(v));
      if (tc == 'f') store<float>(p, float(d));
      else store<double>(p, d);
      return none();
    }
    case '?': {
      bool b = TRY(truthy(v));
      *p = b ? 1 : 0;
      return none();
    }
    default: {
      uint64_t u = TRY(wrapped_int(v));
      switch (item_size(tc)) {
        case 1: store<uint8_t>(p, uint8_t(u)); break;
        case 2: store<uint16_t>(p, uint16_t(u)); break;
        case 4: store<uint32_t>(p, uint32_t(u)); break;
        default: store<uint64_t>(p, u); break;
      }
      return none();
    }
  }
}

Result<Ref> sharedmem_read(Value self, CallArgs args) {
  TRY(check_nargs(args, "read", 2, 2));
  int64_t off = TRY(index_to_int64(args[0]));
  int64_t n = TRY(index_to_int64(args[1]));
  SharedMemObject* s = shm(self);
  if (off < 0 || n < 0 || uint64_t(off) + uint64_t(n) > s->size) return raise(exc::IndexError, "invalid range");
  return make_bytes(std::string_view(s->data + off, size_t(n)));
}

Result<Ref> sharedmem_write(Value self, CallArgs args) {
  TRY(check_nargs(args, "write", 2, 2));
  int64_t off = TRY(index_to_int64(args[0]));
  std::string data;
  if (!bytes_like_data(args[1], &data)) return raise(exc::TypeError, "a bytes-like object is required");
  SharedMemObject* s = shm(self);
  if (off < 0 || uint64_t(off) + data.size() > s->size) return raise(exc::ValueError, "data does not fit");
  std::memcpy(s->data + off, data.data(), data.size());
  return none();
}

Result<Ref> g_shm_size(Value self) { return make_int(int64_t(shm(self)->size)); }
Result<Ref> g_shm_name(Value self) { return make_str(shm(self)->name); }

const MethodDef kSharedMemMethods[] = {
    {"get", sharedmem_get, 0, "get(typecode, index): one item."},
    {"set", sharedmem_set, 0, "set(typecode, index, value): store one item (ints wrap like ctypes)."},
    {"read", sharedmem_read, 0, "read(offset, n) -> bytes."},
    {"write", sharedmem_write, 0, "write(offset, data): copy bytes in."},
    {nullptr, nullptr}};

const GetSetDef kSharedMemGetSets[] = {
    {"size", g_shm_size, nullptr, nullptr},
    {"name", g_shm_name, nullptr, nullptr},
    {nullptr, nullptr}};

Result<Ref> m_itemsize(Value, CallArgs args) {
  TRY(check_nargs(args, "itemsize", 1, 1));
  char tc = TRY(typecode_arg(args[0]));
  return make_int(int64_t(item_size(tc)));
}

// --- processes -----------------------------------------------------------------------------------

Result<std::string> bytes_or_str(Value v, const char* what) {
  if (is_str(v)) return std::string(str_view(v));
  std::string out;
  if (bytes_like_data(v, &out)) return out;
  return raise(exc::TypeError, std::string(what) + " must be str or bytes");
}

Result<Ref> m_spawn(Value, CallArgs args) {
  TRY(check_nargs(args, "spawn", 3, 3));
  std::string path = TRY(bytes_or_str(args[0], "path"));
  std::vector<std::string> argv_s;
  std::vector<int> fds;
  {
    Ref it = TRY(get_iter(args[1]));
    for (;;) {
      Ref item = TRY(iter_next(it));
      if (!item) break;
      argv_s.push_back(TRY(bytes_or_str(item, "argv item")));
    }
    Ref it2 = TRY(get_iter(args[2]));
    for (;;) {
      Ref item = TRY(iter_next(it2));
      if (!item) break;
      int64_t fd = TRY(index_to_int64(item));
      if (fd < 0 || fd > INT32_MAX) return raise(exc::ValueError, "bad file descriptor");
      fds.push_back(int(fd));
    }
  }
  if (argv_s.empty()) return raise(exc::ValueError, "argv must not be empty");
  std::vector<char*> argv;
  for (auto& s : argv_s) argv.push_back(s.data());
  argv.push_back(nullptr);
  pid_t pid = fork();
  if (pid < 0) return raise_os_error(errno);
  if (pid == 0) {
    // Child: only async-signal-safe calls until exec.
    for (int fd : fds) {
      int fl = fcntl(fd, F_GETFD);
      if (fl >= 0) fcntl(fd, F_SETFD, fl & ~FD_CLOEXEC);
    }
    sigset_t none_set;
    sigemptyset(&none_set);
    sigprocmask(SIG_SETMASK, &none_set, nullptr);
    execv(path.c_str(), argv.data());
    _exit(127);
  }
  return make_int(pid);
}

Result<Ref> m_waitpid(Value, CallArgs args) {
  TRY(check_nargs(args, "waitpid", 2, 2));
  int64_t pid = TRY(index_to_int64(args[0]));
  bool nohang = TRY(truthy(args[1]));
  for (;;) {
    int status = 0, err = 0;
    pid_t r;
    if (nohang) {
      r = ::waitpid(pid_t(pid), &status, WNOHANG);
      if (r < 0) err = errno;
    } else {
      BlockingRegion br;
      r = ::waitpid(pid_t(pid), &status, 0);
      if (r < 0) err = errno;
    }
    if (r == 0) return none();
    if (r < 0) {
      if (err == EINTR) {
        TRY(check_signals());
        continue;
      }
      return raise_os_error(err);
    }
    if (WIFEXITED(status)) return make_int(WEXITSTATUS(status));
    if (WIFSIGNALED(status)) return make_int(-WTERMSIG(status));
    if (nohang) return none();  // stopped/continued: not finished
  }
}

Result<Ref> m_poll(Value, CallArgs args) {
  TRY(check_nargs(args, "poll", 1, 2));
  std::vector<struct pollfd> pfds;
  {
    Ref it = TRY(get_iter(args[0]));
    for (;;) {
      Ref item = TRY(iter_next(it));
      if (!item) break;
      int64_t fd = TRY(index_to_int64(item));
      if (fd < 0 || fd > INT32_MAX) return raise(exc::ValueError, "file descriptor cannot be a negative integer");
      pfds.push_back({int(fd), POLLIN, 0});
    }
  }
  double timeout = TRY(timeout_arg(args.nargs > 1 ? args[1] : Value()));
  double deadline = timeout < 0 ? 0 : now_s() + timeout;
  for (;;) {
    int slice_ms = 50;
    if (timeout >= 0) {
      double left = deadline - now_s();
      if (left < 0) left = 0;
      slice_ms = std::min(slice_ms, int(std::ceil(left * 1000)));
    }
    int r, err = 0;
    {
      BlockingRegion br;
      r = ::poll(pfds.data(), pfds.size(), slice_ms);
      if (r < 0) err = errno;
    }
    if (r < 0 && err != EINTR) return raise_os_error(err);
    if (r > 0) {
      Ref out = make_list();
      for (auto& p : pfds) {
        if (p.revents & POLLNVAL) return raise_os_error(EBADF);
        if (p.revents) {
          Ref fd = make_int(p.fd);
          TRY(list_append(out.as<List>(), fd));
        }
      }
      return out;
    }
    TRY(check_signals());
    if (timeout >= 0 && now_s() >= deadline) return make_list();
  }
}

Result<Ref> m_socketpair(Value, CallArgs args) {
  TRY(check_nargs(args, "socketpair", 0, 0));
  int sv[2];
  if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, sv) < 0) return raise_os_error(errno);
  Ref a = make_int(sv[0]), b = make_int(sv[1]);
  return make_tuple({a.get(), b.get()});
}

const MethodDef kFunctions[] = {
    {"sem_rebuild", m_sem_rebuild, 0, "sem_rebuild(kind, maxvalue, name): open an existing named semaphore."},
    {"sem_unlink", m_sem_unlink, 0, "sem_unlink(name): remove a named semaphore."},
    {"itemsize", m_itemsize, 0, "itemsize(typecode): bytes per item in SharedMem."},
    {"spawn", m_spawn, 0, "spawn(path, argv, pass_fds) -> pid: fork and exec, keeping pass_fds open."},
    {"waitpid", m_waitpid, 0, "waitpid(pid, nohang) -> exit code (-signal if killed) or None."},
    {"poll", m_poll, 0, "poll(fds, timeout=None) -> the fds that are readable or at EOF."},
    {"socketpair", m_socketpair, 0, "socketpair() -> (fd, fd): a connected AF_UNIX stream pair."},
    {nullptr, nullptr}};

void init_types() {
  TypeObject& t = SemLockType;
  t.name = "_multiprocessing.SemLock";
  t.basic_size = sizeof(SemLockObject);
  t.dealloc = semlock_dealloc;
  t.new_ = semlock_new;
  t.methods = kSemLockMethods;
  t.getsets = kSemLockGetSets;
  t.doc = "Semaphore/Mutex type";
  type_ready(&t);

  TypeObject& m = SharedMemType;
  m.name = "_multiprocessing.SharedMem";
  m.basic_size = sizeof(SharedMemObject);
  m.dealloc = sharedmem_dealloc;
  m.new_ = sharedmem_new;
  m.methods = kSharedMemMethods;
  m.getsets = kSharedMemGetSets;
  m.doc = "A block of memory shared with child processes (shm_open + mmap).";
  type_ready(&m);
}

}  // namespace

Result<Ref> init__multiprocessing_module() {
  static std::once_flag once;
  std::call_once(once, init_types);
  Ref m = make_module("_multiprocessing");
  TRY(module_add_functions(m, kFunctions));
  TRY(module_add(m, "SemLock", Value(static_cast<Object*>(&SemLockType))));
  TRY(module_add(m, "SharedMem", Value(static_cast<Object*>(&SharedMemType))));
  Ref maxv = make_int(SEM_VALUE_MAX);
  TRY(module_add(m, "SEM_VALUE_MAX", maxv));
  Ref flags = make_dict();
  TRY(module_add(m, "flags", flags));
  return m;
}

}  // namespace weft
