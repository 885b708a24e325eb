// The posix module: the system calls behind os (stdlib/lib/os.py builds the Python-level API —
// environ, stat_result, DirEntry, walk, makedirs — on top of these). Paths are str (encoded to
// UTF-8 with surrogateescape, as CPython's filesystem encoding), bytes or os.PathLike; names come
// back as the same kind. Blocking calls run inside a BlockingRegion.
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <sys/ioctl.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <sys/times.h>
#include <sys/utsname.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstring>
#include <string>
#include <thread>
#include <vector>

#include "concurrency/blocking.h"
#include "concurrency/fork.h"
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
#include "vm/startup.h"
#include "vm/state.h"

extern char** environ;

namespace weft {

namespace {

// A converted path argument: `path` holds the bytes for the system call, `orig` the object for
// error messages, `as_bytes` whether names derived from it come back as bytes.
struct PathArg {
  std::string path;
  Ref orig;
  bool as_bytes = false;
  int fd = -1;  // when an int was accepted instead of a path
};

// str -> filesystem bytes: UTF-8, with lone surrogates U+DC80..U+DCFF back to raw bytes.
std::string fs_encode_str(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c == 0xED && i + 2 < s.size() && (static_cast<unsigned char>(s[i + 1]) & 0xF0) == 0xB0) {
      char32_t cp = ((c & 0x0F) << 12) | ((s[i + 1] & 0x3F) << 6) | (s[i + 2] & 0x3F);
      if (cp >= 0xDC80 && cp <= 0xDCFF) {
        out += char(cp - 0xDC00);
        i += 2;
        continue;
      }
    }
    out += char(c);
  }
  return out;
}

Result<Ref> fs_decode(std::string_view data, bool as_bytes) {
  if (as_bytes) return make_bytes(data);
  return str_decode(data, "utf-8", "surrogateescape");
}

// Converts `v` (str, bytes, os.PathLike, or an int fd when allow_fd) for function `fname`.
// CPython's messages: "stat: path should be string, bytes, os.PathLike or integer, not float".
Status path_conv(Value v, const char* fname, const char* argname, PathArg* out, bool allow_fd = false,
                 bool allow_none = false) {
  out->orig = Ref::borrow(v);
  if (allow_none && is_none(v)) {
    out->path = ".";
    return ok();
  }
  if (allow_fd && is_int(v) && !is_bool(v)) {
    out->fd = int(TRY(index_to_int64(v)));
    return ok();
  }
  Ref conv = Ref::borrow(v);
  if (!is_str(v) && !is_bytes(v)) {
    Ref r = TRY(call_special_opt(v, intern("__fspath__"), {}));
    if (!r) {
      std::string kinds = allow_fd && allow_none ? "string, bytes, os.PathLike, integer or None"
                          : allow_fd             ? "string, bytes, os.PathLike or integer"
                          : allow_none           ? "string, bytes, os.PathLike or None"
                                                 : "string, bytes or os.PathLike";
      return raise(exc::TypeError, std::string(fname) + ": " + argname + " should be " + kinds + ", not " +
                                       type_name(v));
    }
    if (!is_str(r) && !is_bytes(r)) {
      return raise(exc::TypeError, std::string("expected ") + type_name(v) +
                                       ".__fspath__() to return str or bytes, not " + type_name(r));
    }
    conv = std::move(r);
  }
  if (is_str(conv)) {
    out->path = fs_encode_str(str_view(conv));
  } else {
    out->path = std::string(as<Bytes>(conv)->view());
    out->as_bytes = true;
  }
  if (out->path.find('\0') != std::string::npos)
    return raise(exc::ValueError, std::string(fname) + ": embedded null character in " + argname);
  return ok();
}

ErrorMarker os_error(int err, const PathArg* p = nullptr, const PathArg* p2 = nullptr) {
  if (!p || p->fd >= 0) return raise_os_error(err);
  if (!p2) return raise_os_error(err, p->orig);
  Ref num = make_int(err), msg = make_str(strerror(err));
  auto r = new_exception(&exc::OSError, {num, msg, p->orig, None(), p2->orig});
  if (!r) return kError;
  return raise_value(*r);
}

Result<int> int_arg(Value v) {
  if (is_float(v)) return raise(exc::TypeError, "'float' object cannot be interpreted as an integer");
  int64_t n = TRY(index_to_int64(v));
  return int(n);
}

Result<Ref> stat_tuple(const struct stat& st) {
  auto f = [](const struct timespec& ts) { return make_float(double(ts.tv_sec) + double(ts.tv_nsec) * 1e-9); };
  auto ns = [](const struct timespec& ts) -> Ref {
    mpz_t z;
    mpz_init_set_si(z, long(ts.tv_sec));
    mpz_mul_ui(z, z, 1000000000UL);
    if (ts.tv_nsec >= 0) mpz_add_ui(z, z, static_cast<unsigned long>(ts.tv_nsec));
    Ref r = make_int_from_mpz(z);
    mpz_clear(z);
    return r;
  };
  Ref items[] = {make_int(st.st_mode), make_int(int64_t(st.st_ino)), make_int(int64_t(st.st_dev)),
                 make_int(int64_t(st.st_nlink)), make_int(st.st_uid), make_int(st.st_gid),
                 make_int(int64_t(st.st_size)), make_int(st.st_atim.tv_sec), make_int(st.st_mtim.tv_sec),
                 make_int(st.st_ctim.tv_sec), f(st.st_atim), f(st.st_mtim), f(st.st_ctim), ns(st.st_atim),
                 ns(st.st_mtim), ns(st.st_ctim), make_int(int64_t(st.st_blksize)),
                 make_int(int64_t(st.st_blocks)), make_int(int64_t(st.st_rdev))};
  constexpr size_t n = sizeof(items) / sizeof(items[0]);
  Ref t = make_tuple(n);
  for (size_t i = 0; i < n; ++i) tuple_init_item(t.as<Tuple>(), i, std::move(items[i]));
  return t;
}

// --- functions ------------------------------------------------------------------------------

// _stat(path, follow_symlinks): the raw 19-tuple os.stat_result is built from (os.py).
Result<Ref> p_stat(Value, CallArgs args) {
  Value pathv, follow;
  TRY(parse_args(args, "stat", {"path", "follow_symlinks"}, 1, {&pathv, &follow}));
  bool fol = follow ? TRY(truthy(follow)) : true;
  PathArg p;
  TRY(path_conv(pathv, fol ? "stat" : "lstat", "path", &p, true));
  struct stat st;
  int r, err = 0;
  {
    BlockingRegion br;
    r = p.fd >= 0 ? fstat(p.fd, &st) : fol ? ::stat(p.path.c_str(), &st) : ::lstat(p.path.c_str(), &st);
    if (r < 0) err = errno;
  }
  if (r < 0) return os_error(err, &p);
  return stat_tuple(st);
}

Result<Ref> p_getcwd(Value, CallArgs args) {
  TRY(check_nargs(args, "getcwd", 0, 0));
  std::string buf(4096, '\0');
  while (!::getcwd(buf.data(), buf.size())) {
    if (errno != ERANGE) return raise_os_error(errno);
    buf.resize(buf.size() * 2);
  }
  buf.resize(strlen(buf.c_str()));
  return fs_decode(buf, false);
}

Result<Ref> p_getcwdb(Value, CallArgs args) {
  TRY(check_nargs(args, "getcwdb", 0, 0));
  char buf[8192];
  if (!::getcwd(buf, sizeof buf)) return raise_os_error(errno);
  return make_bytes(buf);
}

Result<Ref> p_chdir(Value, CallArgs args) {
  Value pathv;
  TRY(parse_args(args, "chdir", {"path"}, 1, {&pathv}));
  PathArg p;
  TRY(path_conv(pathv, "chdir", "path", &p, true));
  int r = p.fd >= 0 ? fchdir(p.fd) : ::chdir(p.path.c_str());
  if (r < 0) return os_error(errno, &p);
  return none();
}

// Reads a directory: (name, d_type, inode) for every entry but . and ..
Status read_dir(const PathArg& p, Ref* out, bool with_types) {
  DIR* d;
  int err = 0;
  {
    BlockingRegion br;
    d = p.fd >= 0 ? fdopendir(dup(p.fd)) : opendir(p.path.c_str());
    if (!d) err = errno;
    else if (p.fd >= 0) rewinddir(d);  // the duplicate shares the offset: start at the top
  }
  if (!d) return os_error(err, &p);
  Ref list = make_list();
  for (;;) {
    errno = 0;
    struct dirent* e;
    {
      BlockingRegion br;
      e = readdir(d);
      err = errno;
    }
    if (!e) break;
    if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0) continue;
    auto name = fs_decode(e->d_name, p.as_bytes);
    if (!name) { closedir(d); return kError; }
    if (with_types) {
      Ref t = make_int(e->d_type), ino = make_int(int64_t(e->d_ino));
      Ref item = make_tuple({name->get(), t.get(), ino.get()});
      (void)list_append(list.as<List>(), item);
    } else {
      (void)list_append(list.as<List>(), *name);
    }
  }
  closedir(d);
  if (err) return os_error(err, &p);
  *out = std::move(list);
  return ok();
}

Result<Ref> p_listdir(Value, CallArgs args) {
  Value pathv;
  TRY(parse_args(args, "listdir", {"path"}, 0, {&pathv}));
  PathArg p;
  if (!pathv) p.path = ".", p.orig = make_str(".");
  else TRY(path_conv(pathv, "listdir", "path", &p, true, true));
  if (pathv && is_none(pathv)) p.orig = make_str(".");
  Ref out;
  TRY(read_dir(p, &out, false));
  return out;
}

Result<Ref> p_scandir(Value, CallArgs args) {
  Value pathv;
  TRY(parse_args(args, "scandir", {"path"}, 0, {&pathv}));
  PathArg p;
  if (!pathv) p.path = ".", p.orig = make_str(".");
  else TRY(path_conv(pathv, "scandir", "path", &p, true, true));
  if (pathv && is_none(pathv)) p.orig = make_str(".");
  Ref out;
  TRY(read_dir(p, &out, true));
  return out;
}

// One-path functions: mkdir, rmdir, unlink, ...
Result<Ref> p_mkdir(Value, CallArgs args) {
  Value pathv, modev, dirfd;
  TRY(parse_args(args, "mkdir", {"path", "mode", "$dir_fd"}, 1, {&pathv, &modev, &dirfd}));
  PathArg p;
  TRY(path_conv(pathv, "mkdir", "path", &p));
  int mode = modev ? TRY(int_arg(modev)) : 0777;
  int r, err = 0;
  {
    BlockingRegion br;
    r = ::mkdir(p.path.c_str(), mode_t(mode));
    if (r < 0) err = errno;
  }
  if (r < 0) return os_error(err, &p);
  return none();
}

template <int (*fn)(const char*)>
Result<Ref> one_path(CallArgs args, const char* name) {
  Value pathv, dirfd;
  TRY(parse_args(args, name, {"path", "$dir_fd"}, 1, {&pathv, &dirfd}));
  PathArg p;
  TRY(path_conv(pathv, name, "path", &p));
  int r, err = 0;
  {
    BlockingRegion br;
    r = fn(p.path.c_str());
    if (r < 0) err = errno;
  }
  if (r < 0) return os_error(err, &p);
  return none();
}

Result<Ref> p_rmdir(Value, CallArgs args) { return one_path<::rmdir>(args, "rmdir"); }
Result<Ref> p_unlink(Value, CallArgs args) { return one_path<::unlink>(args, "unlink"); }
Result<Ref> p_remove(Value, CallArgs args) { return one_path<::unlink>(args, "remove"); }

Result<Ref> two_paths(CallArgs args, const char* name, int (*fn)(const char*, const char*),
                      const char* a = "src", const char* b = "dst") {
  Value srcv, dstv, d1, d2;
  TRY(parse_args(args, name, {a, b, "$src_dir_fd", "$dst_dir_fd"}, 2, {&srcv, &dstv, &d1, &d2}));
  PathArg s, d;
  TRY(path_conv(srcv, name, a, &s));
  TRY(path_conv(dstv, name, b, &d));
  int r, err = 0;
  {
    BlockingRegion br;
    r = fn(s.path.c_str(), d.path.c_str());
    if (r < 0) err = errno;
  }
  if (r < 0) return os_error(err, &s, &d);
  return none();
}

Result<Ref> p_rename(Value, CallArgs args) { return two_paths(args, "rename", ::rename); }
Result<Ref> p_replace(Value, CallArgs args) { return two_paths(args, "replace", ::rename); }
Result<Ref> p_link(Value, CallArgs args) { return two_paths(args, "link", ::link); }

Result<Ref> p_symlink(Value, CallArgs args) {
  Value srcv, dstv, isdir, dirfd;
  TRY(parse_args(args, "symlink", {"src", "dst", "target_is_directory", "$dir_fd"}, 2,
                 {&srcv, &dstv, &isdir, &dirfd}));
  PathArg s, d;
  TRY(path_conv(srcv, "symlink", "src", &s));
  TRY(path_conv(dstv, "symlink", "dst", &d));
  if (::symlink(s.path.c_str(), d.path.c_str()) < 0) return os_error(errno, &s, &d);
  return none();
}

Result<Ref> p_readlink(Value, CallArgs args) {
  Value pathv, dirfd;
  TRY(parse_args(args, "readlink", {"path", "$dir_fd"}, 1, {&pathv, &dirfd}));
  PathArg p;
  TRY(path_conv(pathv, "readlink", "path", &p));
  std::string buf(4096, '\0');
  ssize_t n = ::readlink(p.path.c_str(), buf.data(), buf.size());
  if (n < 0) return os_error(errno, &p);
  buf.resize(size_t(n));
  return fs_decode(buf, p.as_bytes);
}

Result<Ref> p_access(Value, CallArgs args) {
  Value pathv, modev, dirfd, eff, fol;
  TRY(parse_args(args, "access", {"path", "mode", "$dir_fd", "$effective_ids", "$follow_symlinks"}, 2,
                 {&pathv, &modev, &dirfd, &eff, &fol}));
  PathArg p;
  TRY(path_conv(pathv, "access", "path", &p));
  int mode = TRY(int_arg(modev));
  return make_bool(::access(p.path.c_str(), mode) == 0);
}

Result<Ref> p_chmod(Value, CallArgs args) {
  Value pathv, modev, dirfd, fol;
  TRY(parse_args(args, "chmod", {"path", "mode", "$dir_fd", "$follow_symlinks"}, 2, {&pathv, &modev, &dirfd, &fol}));
  PathArg p;
  TRY(path_conv(pathv, "chmod", "path", &p, true));
  int mode = TRY(int_arg(modev));
  int r = p.fd >= 0 ? fchmod(p.fd, mode_t(mode)) : ::chmod(p.path.c_str(), mode_t(mode));
  if (r < 0) return os_error(errno, &p);
  return none();
}

Result<Ref> p_truncate(Value, CallArgs args) {
  Value pathv, lenv;
  TRY(parse_args(args, "truncate", {"path", "length"}, 2, {&pathv, &lenv}));
  PathArg p;
  TRY(path_conv(pathv, "truncate", "path", &p, true));
  int64_t len = TRY(index_to_int64(lenv));
  int r = p.fd >= 0 ? ::ftruncate(p.fd, off_t(len)) : ::truncate(p.path.c_str(), off_t(len));
  if (r < 0) return os_error(errno, &p);
  return none();
}

Result<Ref> p_ftruncate(Value, CallArgs args) {
  TRY(check_nargs(args, "ftruncate", 2, 2));
  int fd = TRY(int_arg(args[0]));
  int64_t len = TRY(index_to_int64(args[1]));
  if (::ftruncate(fd, off_t(len)) < 0) return raise_os_error(errno);
  return none();
}

// _utime(path, atime_ns, mtime_ns) or _utime(path) for "now" (os.py does the argument checks).
Result<Ref> p_utime(Value, CallArgs args) {
  TRY(check_nargs(args, "utime", 1, 3));
  PathArg p;
  TRY(path_conv(args[0], "utime", "path", &p, true));
  struct timespec ts[2];
  struct timespec* tsp = nullptr;
  if (args.nargs == 3) {
    for (int i = 0; i < 2; ++i) {
      Ref ns = Ref::borrow(args[1 + i]);
      mpz_t z, q, r;
      mpz_inits(z, q, r, nullptr);
      int_to_mpz(ns, z);
      mpz_fdiv_qr_ui(q, r, z, 1000000000UL);
      ts[i].tv_sec = time_t(mpz_get_si(q));
      ts[i].tv_nsec = long(mpz_get_ui(r));
      mpz_clears(z, q, r, nullptr);
    }
    tsp = ts;
  }
  int r = p.fd >= 0 ? futimens(p.fd, tsp) : utimensat(AT_FDCWD, p.path.c_str(), tsp, 0);
  if (r < 0) return os_error(errno, &p);
  return none();
}

Result<Ref> p_umask(Value, CallArgs args) {
  TRY(check_nargs(args, "umask", 1, 1));
  int mask = TRY(int_arg(args[0]));
  return make_int(::umask(mode_t(mask)));
}

#define SIMPLE_ID(name, expr)                          \
  Result<Ref> p_##name(Value, CallArgs args) {         \
    TRY(check_nargs(args, #name, 0, 0));               \
    return make_int(int64_t(expr));                    \
  }
SIMPLE_ID(getpid, ::getpid())
SIMPLE_ID(getppid, ::getppid())
SIMPLE_ID(getuid, ::getuid())
SIMPLE_ID(geteuid, ::geteuid())
SIMPLE_ID(getgid, ::getgid())
SIMPLE_ID(getegid, ::getegid())
SIMPLE_ID(getpgrp, ::getpgrp())
#undef SIMPLE_ID

Result<Ref> p_cpu_count(Value, CallArgs args) {
  TRY(check_nargs(args, "cpu_count", 0, 0));
  long n = sysconf(_SC_NPROCESSORS_ONLN);
  if (n < 1) return none();
  return make_int(n);
}

Result<Ref> p_sched_getaffinity(Value, CallArgs args) {
  TRY(check_nargs(args, "sched_getaffinity", 1, 1));
  cpu_set_t set;
  CPU_ZERO(&set);
  if (sched_getaffinity(0, sizeof set, &set) < 0) return raise_os_error(errno);
  Ref l = make_list();
  for (int i = 0; i < CPU_SETSIZE; ++i) {
    if (CPU_ISSET(i, &set)) {
      Ref v = make_int(i);
      TRY(list_append(l.as<List>(), v));
    }
  }
  return l;
}

Result<Ref> p_urandom(Value, CallArgs args) {
  TRY(check_nargs(args, "urandom", 1, 1));
  if (is_float(args[0])) return raise(exc::TypeError, "'float' object cannot be interpreted as an integer");
  int64_t n = TRY(index_to_int64(args[0]));
  if (n < 0) return raise(exc::ValueError, "negative argument not allowed");
  std::string buf(size_t(n), '\0');
  size_t got = 0;
  while (got < buf.size()) {
    ssize_t r = getrandom(buf.data() + got, buf.size() - got, 0);
    if (r < 0) {
      if (errno == EINTR) continue;
      return raise_os_error(errno);
    }
    got += size_t(r);
  }
  return make_bytes(buf);
}

Result<Ref> p_strerror(Value, CallArgs args) {
  TRY(check_nargs(args, "strerror", 1, 1));
  int code = TRY(int_arg(args[0]));
  return make_str(strerror(code));
}

// --- file descriptors -----------------------------------------------------------------------

Result<Ref> p_open(Value, CallArgs args) {
  Value pathv, flagsv, modev, dirfd;
  TRY(parse_args(args, "open", {"path", "flags", "mode", "$dir_fd"}, 2, {&pathv, &flagsv, &modev, &dirfd}));
  PathArg p;
  TRY(path_conv(pathv, "open", "path", &p));
  int flags = TRY(int_arg(flagsv));
  int mode = modev ? TRY(int_arg(modev)) : 0777;
  int fd, err = 0;
  {
    BlockingRegion br;
    do fd = ::open(p.path.c_str(), flags | O_CLOEXEC, mode);
    while (fd < 0 && errno == EINTR);
    if (fd < 0) err = errno;
  }
  if (fd < 0) return os_error(err, &p);
  return make_int(fd);
}

Result<Ref> p_close(Value, CallArgs args) {
  Value fdv;
  TRY(parse_args(args, "close", {"fd"}, 1, {&fdv}));
  int fd = TRY(int_arg(fdv));
  if (::close(fd) < 0) return raise_os_error(errno);
  return none();
}

Result<Ref> p_closerange(Value, CallArgs args) {
  TRY(check_nargs(args, "closerange", 2, 2));
  int lo = TRY(int_arg(args[0])), hi = TRY(int_arg(args[1]));
  for (int fd = lo; fd < hi; ++fd) ::close(fd);
  return none();
}

Result<Ref> p_read(Value, CallArgs args) {
  TRY(check_nargs(args, "read", 2, 2));
  int fd = TRY(int_arg(args[0]));
  int64_t n = TRY(index_to_int64(args[1]));
  if (n < 0) return raise_os_error(EINVAL);
  std::string buf(size_t(n), '\0');
  ssize_t r;
  for (;;) {
    int err = 0;
    {
      BlockingRegion br;
      r = ::read(fd, buf.data(), buf.size());
      if (r < 0) err = errno;
    }
    if (r >= 0) break;
    if (err != EINTR) return raise_os_error(err);
    TRY(check_signals());
  }
  buf.resize(size_t(r));
  return make_bytes(buf);
}

Result<Ref> p_write(Value, CallArgs args) {
  TRY(check_nargs(args, "write", 2, 2));
  int fd = TRY(int_arg(args[0]));
  std::string data;
  if (!bytes_like_data(args[1], &data))
    return raise(exc::TypeError, std::string("a bytes-like object is required, not '") + type_name(args[1]) + "'");
  ssize_t r;
  for (;;) {
    int err = 0;
    {
      BlockingRegion br;
      r = ::write(fd, data.data(), data.size());
      if (r < 0) err = errno;
    }
    if (r >= 0) break;
    if (err != EINTR) return raise_os_error(err);
    TRY(check_signals());
  }
  return make_int(int64_t(r));
}

Result<Ref> p_lseek(Value, CallArgs args) {
  TRY(check_nargs(args, "lseek", 3, 3));
  int fd = TRY(int_arg(args[0]));
  int64_t pos = TRY(index_to_int64(args[1]));
  int how = TRY(int_arg(args[2]));
  off_t r = ::lseek(fd, off_t(pos), how);
  if (r < 0) return raise_os_error(errno);
  return make_int(int64_t(r));
}

Result<Ref> p_fsync(Value, CallArgs args) {
  TRY(check_nargs(args, "fsync", 1, 1));
  Value v = args[0];
  Ref fdobj;
  if (!is_int(v)) fdobj = TRY(call_method(v, intern("fileno"), {}));
  int fd = TRY(int_arg(fdobj ? fdobj.get() : v));
  int r;
  {
    BlockingRegion br;
    r = ::fsync(fd);
  }
  if (r < 0) return raise_os_error(errno);
  return none();
}

Result<Ref> p_dup(Value, CallArgs args) {
  TRY(check_nargs(args, "dup", 1, 1));
  int fd = TRY(int_arg(args[0]));
  int r = fcntl(fd, F_DUPFD_CLOEXEC, 0);
  if (r < 0) return raise_os_error(errno);
  return make_int(r);
}

Result<Ref> p_dup2(Value, CallArgs args) {
  Value a, b, inh;
  TRY(parse_args(args, "dup2", {"fd", "fd2", "inheritable"}, 2, {&a, &b, &inh}));
  int fd = TRY(int_arg(a)), fd2 = TRY(int_arg(b));
  bool inheritable = inh ? TRY(truthy(inh)) : true;
  int r = inheritable ? ::dup2(fd, fd2) : ::dup3(fd, fd2, O_CLOEXEC);
  if (r < 0) return raise_os_error(errno);
  return make_int(r);
}

Result<Ref> p_pipe(Value, CallArgs args) {
  TRY(check_nargs(args, "pipe", 0, 0));
  int fds[2];
  if (::pipe2(fds, O_CLOEXEC) < 0) return raise_os_error(errno);
  Ref a = make_int(fds[0]), b = make_int(fds[1]);
  return make_tuple({a.get(), b.get()});
}

Result<Ref> p_isatty(Value, CallArgs args) {
  TRY(check_nargs(args, "isatty", 1, 1));
  int fd = TRY(int_arg(args[0]));
  return make_bool(::isatty(fd));
}

Result<Ref> p_get_blocking(Value, CallArgs args) {
  TRY(check_nargs(args, "get_blocking", 1, 1));
  int fd = TRY(int_arg(args[0]));
  int fl = fcntl(fd, F_GETFL);
  if (fl < 0) return raise_os_error(errno);
  return make_bool(!(fl & O_NONBLOCK));
}

Result<Ref> p_set_blocking(Value, CallArgs args) {
  TRY(check_nargs(args, "set_blocking", 2, 2));
  int fd = TRY(int_arg(args[0]));
  bool blocking = TRY(truthy(args[1]));
  int fl = fcntl(fd, F_GETFL);
  if (fl < 0) return raise_os_error(errno);
  fl = blocking ? (fl & ~O_NONBLOCK) : (fl | O_NONBLOCK);
  if (fcntl(fd, F_SETFL, fl) < 0) return raise_os_error(errno);
  return none();
}

// _get_terminal_size(fd) -> (columns, lines)
Result<Ref> p_get_terminal_size(Value, CallArgs args) {
  TRY(check_nargs(args, "get_terminal_size", 0, 1));
  int fd = args.nargs ? TRY(int_arg(args[0])) : 1;
  struct winsize w;
  if (ioctl(fd, TIOCGWINSZ, &w) < 0) return raise_os_error(errno);
  Ref c = make_int(w.ws_col), l = make_int(w.ws_row);
  return make_tuple({c.get(), l.get()});
}

// _times() -> (user, system, children_user, children_system, elapsed)
Result<Ref> p_times(Value, CallArgs args) {
  TRY(check_nargs(args, "times", 0, 0));
  struct tms t;
  clock_t c = ::times(&t);
  double hz = double(sysconf(_SC_CLK_TCK));
  Ref a = make_float(double(t.tms_utime) / hz), b = make_float(double(t.tms_stime) / hz),
      cc = make_float(double(t.tms_cutime) / hz), d = make_float(double(t.tms_cstime) / hz),
      e = make_float(double(c) / hz);
  return make_tuple({a.get(), b.get(), cc.get(), d.get(), e.get()});
}

Result<Ref> p_uname(Value, CallArgs args) {
  TRY(check_nargs(args, "uname", 0, 0));
  struct utsname u;
  if (::uname(&u) < 0) return raise_os_error(errno);
  Ref a = make_str(u.sysname), b = make_str(u.nodename), c = make_str(u.release), d = make_str(u.version),
      e = make_str(u.machine);
  return make_tuple({a.get(), b.get(), c.get(), d.get(), e.get()});
}

Result<Ref> p_getloadavg(Value, CallArgs args) {
  TRY(check_nargs(args, "getloadavg", 0, 0));
  double l[3];
  if (::getloadavg(l, 3) != 3) return raise(exc::OSError, "Load averages are unobtainable");
  Ref a = make_float(l[0]), b = make_float(l[1]), c = make_float(l[2]);
  return make_tuple({a.get(), b.get(), c.get()});
}

// --- environment ----------------------------------------------------------------------------

Status env_str(Value v, const char* fname, std::string* out) {
  if (is_str(v)) *out = fs_encode_str(str_view(v));
  else if (is_bytes(v)) *out = std::string(as<Bytes>(v)->view());
  else return raise(exc::TypeError, std::string("str expected, not ") + type_name(v));
  if (out->find('\0') != std::string::npos) return raise(exc::ValueError, "embedded null byte");
  return ok();
}

Result<Ref> p_putenv(Value, CallArgs args) {
  TRY(check_nargs(args, "putenv", 2, 2));
  std::string k, v;
  TRY(env_str(args[0], "putenv", &k));
  TRY(env_str(args[1], "putenv", &v));
  if (k.find('=') != std::string::npos) return raise(exc::ValueError, "illegal environment variable name");
  if (::setenv(k.c_str(), v.c_str(), 1) < 0) return raise_os_error(errno);
  return none();
}

Result<Ref> p_unsetenv(Value, CallArgs args) {
  TRY(check_nargs(args, "unsetenv", 1, 1));
  std::string k;
  TRY(env_str(args[0], "unsetenv", &k));
  if (k.empty() || k.find('=') != std::string::npos) return raise(exc::ValueError, "illegal environment variable name");
  if (::unsetenv(k.c_str()) < 0) return raise_os_error(errno);
  return none();
}

Result<Ref> make_environ() {
  Ref d = make_dict();
  for (char** e = environ; e && *e; ++e) {
    const char* eq = strchr(*e, '=');
    if (!eq) continue;
    Ref k = TRY(fs_decode(std::string_view(*e, size_t(eq - *e)), false));
    Ref v = TRY(fs_decode(eq + 1, false));
    auto has = TRY(dict_get(d.as<Dict>(), k));
    if (!has) TRY(dict_set(d.as<Dict>(), k, v));
  }
  return d;
}

// --- processes (only the trivial ones) --------------------------------------------------------

Result<Ref> p__exit(Value, CallArgs args) {
  TRY(check_nargs(args, "_exit", 1, 1));
  int code = TRY(int_arg(args[0]));
  ::_exit(code);
}

Result<Ref> p_kill(Value, CallArgs args) {
  TRY(check_nargs(args, "kill", 2, 2));
  int pid = TRY(int_arg(args[0])), sig = TRY(int_arg(args[1]));
  if (::kill(pid_t(pid), sig) < 0) return raise_os_error(errno);
  TRY(check_signals());
  return none();
}

Result<Ref> p_system(Value, CallArgs args) {
  Value cmd;
  TRY(parse_args(args, "system", {"command"}, 1, {&cmd}));
  PathArg p;
  TRY(path_conv(cmd, "system", "command", &p));
  flush_open_files(current_interp());
  int r;
  {
    BlockingRegion br;
    r = ::system(p.path.c_str());
  }
  return make_int(r);
}

// --- fork, wait, exec, process groups (added by proc) -------------------------------------------

// _fork(): fork() through concurrency/fork.h (the at-fork hooks are run by os.fork in os.py).
Result<Ref> p_fork(Value, CallArgs args) {
  TRY(check_nargs(args, "fork", 0, 0));
  InterpreterState* interp = current_interp();
  if (interp != ProcessState::get().main_interpreter)
    return raise(exc::RuntimeError, "fork not supported for isolated subinterpreters");
  if (interp->finalizing.load()) return raise(exc::RuntimeError, "can't fork at interpreter shutdown");
  int err = 0;
  int pid = fork_process(&err);
  if (pid < 0) return raise_os_error(err);
  return make_int(pid);
}

// waitpid/wait: retried after EINTR once the signal handlers ran (PEP 475).
Result<Ref> wait_common(pid_t pid, int options) {
  for (;;) {
    int status = 0, err = 0;
    pid_t r;
    {
      BlockingRegion br;
      r = ::waitpid(pid, &status, options);
      if (r < 0) err = errno;
    }
    if (r >= 0) {
      Ref a = make_int(r), b = make_int(status);
      return make_tuple({a.get(), b.get()});
    }
    if (err != EINTR) return raise_os_error(err);
    TRY(check_signals());
  }
}

Result<Ref> p_waitpid(Value, CallArgs args) {
  TRY(check_nargs(args, "waitpid", 2, 2));
  int pid = TRY(int_arg(args[0])), options = TRY(int_arg(args[1]));
  return wait_common(pid_t(pid), options);
}

Result<Ref> p_wait(Value, CallArgs args) {
  TRY(check_nargs(args, "wait", 0, 0));
  return wait_common(-1, 0);
}

// The W* macros on a wait status.
Result<int> status_arg(CallArgs args, const char* name) {
  Value st;
  TRY(parse_args(args, name, {"status"}, 1, {&st}));
  return int_arg(st);
}
#define WAIT_MACRO(name, expr, mk)                     \
  Result<Ref> p_##name(Value, CallArgs args) {         \
    int status = TRY(status_arg(args, #name));         \
    return mk(expr);                                   \
  }
WAIT_MACRO(WIFEXITED, WIFEXITED(status), make_bool)
WAIT_MACRO(WEXITSTATUS, WEXITSTATUS(status), make_int)
WAIT_MACRO(WIFSIGNALED, WIFSIGNALED(status), make_bool)
WAIT_MACRO(WTERMSIG, WTERMSIG(status), make_int)
WAIT_MACRO(WIFSTOPPED, WIFSTOPPED(status), make_bool)
WAIT_MACRO(WSTOPSIG, WSTOPSIG(status), make_int)
WAIT_MACRO(WCOREDUMP, WCOREDUMP(status), make_bool)
WAIT_MACRO(WIFCONTINUED, WIFCONTINUED(status), make_bool)
#undef WAIT_MACRO

Result<Ref> p_waitstatus_to_exitcode(Value, CallArgs args) {
  Value st;
  TRY(parse_args(args, "waitstatus_to_exitcode", {"status"}, 1, {&st}));
  int status = TRY(int_arg(st));
  if (WIFEXITED(status)) return make_int(WEXITSTATUS(status));
  if (WIFSIGNALED(status)) return make_int(-WTERMSIG(status));
  if (WIFSTOPPED(status))
    return raise(exc::ValueError, "process stopped by delivery of signal " + std::to_string(WSTOPSIG(status)));
  return raise(exc::ValueError, "invalid wait status: " + std::to_string(status));
}

Result<Ref> p_killpg(Value, CallArgs args) {
  TRY(check_nargs(args, "killpg", 2, 2));
  int pgid = TRY(int_arg(args[0])), sig = TRY(int_arg(args[1]));
  if (::killpg(pid_t(pgid), sig) < 0) return raise_os_error(errno);
  TRY(check_signals());
  return none();
}

// Byte strings of a list (already checked and encoded by os.py).
Status bytes_list(Value v, std::vector<std::string>* out) {
  size_t n = is_list(v) ? list_size(v) : tuple_size(v);
  for (size_t i = 0; i < n; ++i) {
    Value item = is_list(v) ? list_item(v, i) : as<Tuple>(v)->items[i];
    if (!is_bytes(item)) return raise(exc::TypeError, "expected bytes");
    std::string s(as<Bytes>(item)->view());
    if (s.find('\0') != std::string::npos) return raise(exc::ValueError, "embedded null byte");
    out->push_back(std::move(s));
  }
  return ok();
}

std::vector<char*> c_strings(std::vector<std::string>& v) {
  std::vector<char*> out;
  for (auto& s : v) out.push_back(s.data());
  out.push_back(nullptr);
  return out;
}

// _execve(path, argv, env_or_None): argv/env are lists of bytes ("NAME=value").
Result<Ref> p_execve(Value, CallArgs args) {
  TRY(check_nargs(args, "execve", 3, 3));
  PathArg p;
  TRY(path_conv(args[0], "execve", "path", &p));
  std::vector<std::string> argv, env;
  TRY(bytes_list(args[1], &argv));
  bool with_env = !is_none(args[2]);
  if (with_env) TRY(bytes_list(args[2], &env));
  std::vector<char*> cargv = c_strings(argv), cenv = c_strings(env);
  if (with_env) ::execve(p.path.c_str(), cargv.data(), cenv.data());
  else ::execv(p.path.c_str(), cargv.data());
  return raise_os_error(errno);
}

#define SIMPLE_CALL0(name, expr)                       \
  Result<Ref> p_##name(Value, CallArgs args) {         \
    TRY(check_nargs(args, #name, 0, 0));               \
    auto r = (expr);                                   \
    if (r < 0) return raise_os_error(errno);           \
    return make_int(int64_t(r));                       \
  }
SIMPLE_CALL0(setsid, ::setsid())
#undef SIMPLE_CALL0

Result<Ref> p_getpgid(Value, CallArgs args) {
  TRY(check_nargs(args, "getpgid", 1, 1));
  int pid = TRY(int_arg(args[0]));
  pid_t r = ::getpgid(pid_t(pid));
  if (r < 0) return raise_os_error(errno);
  return make_int(r);
}

Result<Ref> p_getsid(Value, CallArgs args) {
  TRY(check_nargs(args, "getsid", 1, 1));
  int pid = TRY(int_arg(args[0]));
  pid_t r = ::getsid(pid_t(pid));
  if (r < 0) return raise_os_error(errno);
  return make_int(r);
}

Result<Ref> p_setpgid(Value, CallArgs args) {
  TRY(check_nargs(args, "setpgid", 2, 2));
  int pid = TRY(int_arg(args[0])), pg = TRY(int_arg(args[1]));
  if (::setpgid(pid_t(pid), pid_t(pg)) < 0) return raise_os_error(errno);
  return none();
}

Result<Ref> p_get_inheritable(Value, CallArgs args) {
  TRY(check_nargs(args, "get_inheritable", 1, 1));
  int fd = TRY(int_arg(args[0]));
  int fl = fcntl(fd, F_GETFD);
  if (fl < 0) return raise_os_error(errno);
  return make_bool(!(fl & FD_CLOEXEC));
}

Result<Ref> p_set_inheritable(Value, CallArgs args) {
  TRY(check_nargs(args, "set_inheritable", 2, 2));
  int fd = TRY(int_arg(args[0]));
  bool inh = TRY(truthy(args[1]));
  int fl = fcntl(fd, F_GETFD);
  if (fl < 0) return raise_os_error(errno);
  fl = inh ? (fl & ~FD_CLOEXEC) : (fl | FD_CLOEXEC);
  if (fcntl(fd, F_SETFD, fl) < 0) return raise_os_error(errno);
  return none();
}

Result<Ref> p_abort(Value, CallArgs args) {
  TRY(check_nargs(args, "abort", 0, 0));
  ::abort();
}

// fspath(path): str/bytes unchanged, else __fspath__ (CPython's messages).
Result<Ref> p_fspath(Value, CallArgs args) {
  Value v;
  TRY(parse_args(args, "fspath", {"path"}, 1, {&v}));
  if (is_str(v) || is_bytes(v)) return Ref::borrow(v);
  Ref r = TRY(call_special_opt(v, intern("__fspath__"), {}));
  if (!r) {
    return raise(exc::TypeError, std::string("expected str, bytes or os.PathLike object, not ") + type_name(v));
  }
  if (!is_str(r) && !is_bytes(r)) {
    return raise(exc::TypeError, std::string("expected ") + type_name(v) +
                                     ".__fspath__() to return str or bytes, not " + type_name(r));
  }
  return r;
}

const MethodDef kPosixFunctions[] = {
    {"stat", p_stat, 0, "Perform a stat system call; returns the raw field tuple (os.stat wraps it)."},
    {"getcwd", p_getcwd, 0, "Return a unicode string representing the current working directory."},
    {"getcwdb", p_getcwdb, 0, "Return a bytes string representing the current working directory."},
    {"chdir", p_chdir, 0, "Change the current working directory to the specified path."},
    {"listdir", p_listdir, 0, "Return a list containing the names of the files in the directory."},
    {"_scandir", p_scandir, 0, "(name, d_type, inode) for each directory entry."},
    {"mkdir", p_mkdir, 0, "Create a directory."},
    {"rmdir", p_rmdir, 0, "Remove a directory."},
    {"unlink", p_unlink, 0, "Remove a file (same as remove())."},
    {"remove", p_remove, 0, "Remove a file (same as unlink())."},
    {"rename", p_rename, 0, "Rename a file or directory."},
    {"replace", p_replace, 0, "Rename a file or directory, overwriting the destination."},
    {"link", p_link, 0, "Create a hard link to a file."},
    {"symlink", p_symlink, 0, "Create a symbolic link pointing to src named dst."},
    {"readlink", p_readlink, 0, "Return a string representing the path to which the symbolic link points."},
    {"access", p_access, 0, "Use the real uid/gid to test for access to a path."},
    {"chmod", p_chmod, 0, "Change the access permissions of a file."},
    {"truncate", p_truncate, 0, "Truncate a file, specified by path, to a specific length."},
    {"ftruncate", p_ftruncate, 0, "Truncate a file, specified by file descriptor, to a specific length."},
    {"_utime", p_utime, 0, "Set access and modified time (nanoseconds) of path."},
    {"umask", p_umask, 0, "Set the current numeric umask and return the previous umask."},
    {"getpid", p_getpid, 0, "Return the current process id."},
    {"getppid", p_getppid, 0, "Return the parent's process id."},
    {"getuid", p_getuid, 0, "Return the current process's user id."},
    {"geteuid", p_geteuid, 0, "Return the current process's effective user id."},
    {"getgid", p_getgid, 0, "Return the current process's group id."},
    {"getegid", p_getegid, 0, "Return the current process's effective group id."},
    {"getpgrp", p_getpgrp, 0, "Return the current process group id."},
    {"cpu_count", p_cpu_count, 0, "Return the number of logical CPUs in the system."},
    {"sched_getaffinity", p_sched_getaffinity, 0, "Return the affinity of the process."},
    {"urandom", p_urandom, 0, "Return a bytes object containing random bytes suitable for cryptographic use."},
    {"strerror", p_strerror, 0, "Translate an error code to a message string."},
    {"open", p_open, 0, "Open a file for low level IO.  Returns a file descriptor (integer)."},
    {"close", p_close, 0, "Close a file descriptor."},
    {"closerange", p_closerange, 0, "Closes all file descriptors in [fd_low, fd_high), ignoring errors."},
    {"read", p_read, 0, "Read from a file descriptor.  Returns a bytes object."},
    {"write", p_write, 0, "Write a bytes object to a file descriptor."},
    {"lseek", p_lseek, 0, "Set the position of a file descriptor.  Return the new position."},
    {"fsync", p_fsync, 0, "Force write of fd to disk."},
    {"dup", p_dup, 0, "Return a duplicate of a file descriptor."},
    {"dup2", p_dup2, 0, "Duplicate file descriptor."},
    {"pipe", p_pipe, 0, "Create a pipe."},
    {"isatty", p_isatty, 0, "Return True if the fd is connected to a terminal."},
    {"get_blocking", p_get_blocking, 0, "Get the blocking mode of the file descriptor."},
    {"set_blocking", p_set_blocking, 0, "Set the blocking mode of the specified file descriptor."},
    {"_get_terminal_size", p_get_terminal_size, 0, "(columns, lines) of the terminal on fd."},
    {"_times", p_times, 0, "Raw times() values."},
    {"_uname", p_uname, 0, "Raw uname() values."},
    {"getloadavg", p_getloadavg, 0, "Return average recent system load information."},
    {"putenv", p_putenv, 0, "Change or add an environment variable."},
    {"unsetenv", p_unsetenv, 0, "Delete an environment variable."},
    {"_exit", p__exit, 0, "Exit to the system with specified status, without normal exit processing."},
    {"kill", p_kill, 0, "Kill a process with a signal."},
    {"system", p_system, 0, "Execute the command in a subshell."},
    {"_fork", p_fork, 0, "fork() without the at-fork hooks (os.fork runs them)."},
    {"waitpid", p_waitpid, 0, "Wait for completion of a given child process."},
    {"wait", p_wait, 0, "Wait for completion of a child process."},
    {"WIFEXITED", p_WIFEXITED, 0, "Return True if the process returning status exited via the exit() system call."},
    {"WEXITSTATUS", p_WEXITSTATUS, 0, "Return the process return code from status."},
    {"WIFSIGNALED", p_WIFSIGNALED, 0, "Return True if the process returning status was terminated by a signal."},
    {"WTERMSIG", p_WTERMSIG, 0, "Return the signal that terminated the process that provided the status value."},
    {"WIFSTOPPED", p_WIFSTOPPED, 0, "Return True if the process returning status was stopped."},
    {"WSTOPSIG", p_WSTOPSIG, 0, "Return the signal that stopped the process that provided the status value."},
    {"WCOREDUMP", p_WCOREDUMP, 0, "Return True if the process returning status was dumped to a core file."},
    {"WIFCONTINUED", p_WIFCONTINUED, 0, "Return True if a particular process was continued from a job control stop."},
    {"waitstatus_to_exitcode", p_waitstatus_to_exitcode, 0, "Convert a wait status to an exit code."},
    {"killpg", p_killpg, 0, "Kill a process group with a signal."},
    {"_execve", p_execve, 0, "execve/execv on checked, encoded arguments (os.py)."},
    {"setsid", p_setsid, 0, "Call the system call setsid()."},
    {"getpgid", p_getpgid, 0, "Call the system call getpgid(), and return the result."},
    {"getsid", p_getsid, 0, "Call the system call getsid(pid) and return the result."},
    {"setpgid", p_setpgid, 0, "Call the system call setpgid(pid, pgrp)."},
    {"get_inheritable", p_get_inheritable, 0, "Get the close-on-exe flag of the specified file descriptor."},
    {"set_inheritable", p_set_inheritable, 0, "Set the inheritable flag of the specified file descriptor."},
    {"abort", p_abort, 0, "Abort the interpreter immediately."},
    {"fspath", p_fspath, 0, "Return the file system path representation of the object."},
    {nullptr, nullptr},
};

}  // namespace

Result<Ref> init_posix_module() {
  Ref m = make_module("posix");
  TRY(module_add_functions(m, kPosixFunctions));
  Ref env = TRY(make_environ());
  TRY(module_add(m, "environ", env));
  TRY(module_add(m, "error", Value(&exc::OSError)));
  struct { const char* name; int64_t value; } consts[] = {
      {"F_OK", F_OK}, {"R_OK", R_OK}, {"W_OK", W_OK}, {"X_OK", X_OK},
      {"O_RDONLY", O_RDONLY}, {"O_WRONLY", O_WRONLY}, {"O_RDWR", O_RDWR}, {"O_APPEND", O_APPEND},
      {"O_CREAT", O_CREAT}, {"O_EXCL", O_EXCL}, {"O_TRUNC", O_TRUNC}, {"O_NONBLOCK", O_NONBLOCK},
      {"O_NDELAY", O_NDELAY}, {"O_SYNC", O_SYNC}, {"O_DSYNC", O_DSYNC}, {"O_NOCTTY", O_NOCTTY},
      {"O_CLOEXEC", O_CLOEXEC}, {"O_DIRECTORY", O_DIRECTORY}, {"O_NOFOLLOW", O_NOFOLLOW},
      {"O_ACCMODE", O_ACCMODE}, {"O_TMPFILE", O_TMPFILE}, {"O_NOATIME", O_NOATIME},
      {"SEEK_SET", SEEK_SET}, {"SEEK_CUR", SEEK_CUR}, {"SEEK_END", SEEK_END},
      {"EX_OK", 0}, {"WNOHANG", WNOHANG}, {"WUNTRACED", WUNTRACED}, {"WCONTINUED", WCONTINUED},
      {"P_PID", P_PID}, {"P_PGID", P_PGID}, {"P_ALL", P_ALL},
  };
  for (const auto& c : consts) TRY(module_add(m, c.name, make_int(c.value)));
  return m;
}

}  // namespace weft
