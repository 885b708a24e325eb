// The _posixsubprocess module: fork_exec, the fork-and-exec step of subprocess.Popen, done
// entirely in C++. Everything the child needs (argv, envp, the executable candidates, the fd
// plan) is prepared before fork(); between fork and exec the child only makes
// async-signal-safe system calls and runs no Python code, so other threads (locks held,
// allocator state) do not matter. A failure in the child (chdir, exec) is written to a
// close-on-exec pipe as (errno, stage); the parent reads it, reaps the child and raises the
// matching OSError subclass.
//
// fork_exec(args, executable_list, close_fds, pass_fds, cwd, env, p2cread, c2pwrite, errwrite,
//           restore_signals, start_new_session, process_group, err_filenames) -> pid
//   args, env: lists of bytes (env entries "NAME=value"; env None = inherit)
//   executable_list: tuple of bytes paths tried in order (PATH search done by subprocess.py)
//   p2cread/c2pwrite/errwrite: fds to become 0/1/2 in the child (-1: inherit)
//   process_group: -1 for none; err_filenames: (exec failure's filename, chdir failure's)
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <string>
#include <vector>

#include "concurrency/blocking.h"
#include "modules.h"
#include "objects/abstract.h"
#include "objects/args.h"
#include "objects/bytes.h"
#include "objects/exceptions.h"
#include "objects/fileio.h"
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

enum Stage : int { kExec = 0, kChdir = 1, kSetup = 2 };

struct ChildPlan {
  std::vector<std::string> argv_s, env_s, exec_s;
  std::vector<char*> argv, envp;
  bool with_env = false;
  bool close_fds = true;
  std::vector<int> pass_fds;  // sorted
  std::string cwd;
  bool with_cwd = false;
  int p2cread = -1, c2pwrite = -1, errwrite = -1;
  bool restore_signals = true, new_session = false;
  int process_group = -1;
  int errpipe = -1;
  int max_fd = 1024;
};

Status bytes_seq(Value v, std::vector<std::string>* out) {
  Ref it = TRY(get_iter(v));
  for (;;) {
    Ref item = TRY(iter_next(it));
    if (!item) break;
    if (!is_bytes(item)) return raise(exc::TypeError, std::string("expected bytes, ") + type_name(item) + " found");
    std::string s(as<Bytes>(item)->view());
    if (s.find('\0') != std::string::npos) return raise(exc::ValueError, "embedded null byte");
    out->push_back(std::move(s));
  }
  return ok();
}

[[noreturn]] void child_fail(int errpipe, int err, Stage stage) {
  int msg[2] = {err, int(stage)};
  ssize_t r = ::write(errpipe, msg, sizeof msg);
  (void)r;
  _exit(255);
}

void close_range_safe(int lo, int hi, int max_fd) {  // closes [lo, hi]
  if (lo > hi) return;
#ifdef SYS_close_range
  if (syscall(SYS_close_range, unsigned(lo), unsigned(hi), 0) == 0) return;
#endif
  for (int fd = lo; fd <= std::min(hi, max_fd); ++fd) ::close(fd);
}

// The child: async-signal-safe calls only.
[[noreturn]] void child_exec(const ChildPlan& p) {
  // Handlers installed by the parent would run our runtime's code: back to the defaults.
  for (int sig = 1; sig < NSIG; ++sig) {
    struct sigaction sa;
    if (sigaction(sig, nullptr, &sa) < 0) continue;
    bool ours = sa.sa_handler != SIG_DFL && sa.sa_handler != SIG_IGN;
    bool restore = p.restore_signals && (sig == SIGPIPE || sig == SIGXFSZ);
    if (ours || restore) {
      struct sigaction dfl = {};
      dfl.sa_handler = SIG_DFL;
      sigemptyset(&dfl.sa_mask);
      sigaction(sig, &dfl, nullptr);
    }
  }
  sigset_t none;
  sigemptyset(&none);
  sigprocmask(SIG_SETMASK, &none, nullptr);

  if (p.new_session && setsid() < 0) child_fail(p.errpipe, errno, kSetup);
  if (p.process_group >= 0 && setpgid(0, p.process_group) < 0) child_fail(p.errpipe, errno, kSetup);

  // Sources that sit on a lower target slot would be overwritten by an earlier dup2: move them.
  int src[3] = {p.p2cread, p.c2pwrite, p.errwrite};
  for (int i = 0; i < 3; ++i) {
    if (src[i] >= 0 && src[i] < 3 && src[i] != i) {
      int moved = fcntl(src[i], F_DUPFD, 3);
      if (moved < 0) child_fail(p.errpipe, errno, kSetup);
      for (int j = i; j < 3; ++j) {
        if (src[j] == src[i] && j != i) src[j] = moved;
      }
      src[i] = moved;
    }
  }
  for (int i = 0; i < 3; ++i) {
    if (src[i] < 0) continue;
    if (src[i] == i) {
      int fl = fcntl(i, F_GETFD);
      if (fl >= 0) fcntl(i, F_SETFD, fl & ~FD_CLOEXEC);
    } else if (dup2(src[i], i) < 0) {
      child_fail(p.errpipe, errno, kSetup);
    }
  }
  for (int fd : p.pass_fds) {
    int fl = fcntl(fd, F_GETFD);
    if (fl >= 0) fcntl(fd, F_SETFD, fl & ~FD_CLOEXEC);
  }
  if (p.close_fds) {
    // Everything from 3 up except pass_fds and the error pipe (close-on-exec already).
    int lo = 3;
    size_t i = 0;
    for (;;) {
      int next = i < p.pass_fds.size() ? p.pass_fds[i] : -1;
      int stop = next;
      if (p.errpipe >= lo && (stop < 0 || p.errpipe < stop)) stop = p.errpipe;
      if (stop < 0) break;
      close_range_safe(lo, stop - 1, p.max_fd);
      lo = stop + 1;
      if (stop == next) ++i;
    }
    close_range_safe(lo, INT32_MAX, p.max_fd);
  }
  if (p.with_cwd && chdir(p.cwd.c_str()) < 0) child_fail(p.errpipe, errno, kChdir);

  char* const* envp = p.with_env ? const_cast<char* const*>(p.envp.data()) : environ;
  int saved = 0;
  for (const std::string& exe : p.exec_s) {
    execve(exe.c_str(), const_cast<char* const*>(p.argv.data()), envp);
    // As CPython: the first error other than "not found here" wins, else the last one.
    if (errno != ENOENT && errno != ENOTDIR && saved == 0) saved = errno;
  }
  child_fail(p.errpipe, saved ? saved : errno, kExec);
}

Result<int> int_of(Value v) { return int(TRY(index_to_int64(v))); }

Result<Ref> fork_exec(Value, CallArgs args) {
  TRY(check_nargs(args, "fork_exec", 13, 13));
  ChildPlan p;
  TRY(bytes_seq(args[0], &p.argv_s));
  TRY(bytes_seq(args[1], &p.exec_s));
  p.close_fds = TRY(truthy(args[2]));
  {
    Ref it = TRY(get_iter(args[3]));
    for (;;) {
      Ref item = TRY(iter_next(it));
      if (!item) break;
      p.pass_fds.push_back(TRY(int_of(item)));
    }
    std::sort(p.pass_fds.begin(), p.pass_fds.end());
  }
  if (!is_none(args[4])) {
    std::vector<std::string> c;
    Ref one = make_tuple({args[4]});
    TRY(bytes_seq(one, &c));
    p.cwd = c[0];
    p.with_cwd = true;
  }
  if (!is_none(args[5])) {
    TRY(bytes_seq(args[5], &p.env_s));
    p.with_env = true;
  }
  p.p2cread = TRY(int_of(args[6]));
  p.c2pwrite = TRY(int_of(args[7]));
  p.errwrite = TRY(int_of(args[8]));
  p.restore_signals = TRY(truthy(args[9]));
  p.new_session = TRY(truthy(args[10]));
  p.process_group = TRY(int_of(args[11]));
  // (filename for an exec failure, filename for a chdir failure)
  if (!is_tuple(args[12]) || tuple_size(args[12]) != 2) return raise(exc::TypeError, "err_filenames must be a 2-tuple");
  Value err_filename = as<Tuple>(args[12])->items[0], cwd_filename = as<Tuple>(args[12])->items[1];
  if (p.exec_s.empty()) return raise(exc::ValueError, "executable list must not be empty");
  for (auto& s : p.argv_s) p.argv.push_back(s.data());
  p.argv.push_back(nullptr);
  for (auto& s : p.env_s) p.envp.push_back(s.data());
  p.envp.push_back(nullptr);
  long mx = sysconf(_SC_OPEN_MAX);
  p.max_fd = mx > 0 ? int(std::min(mx, 1L << 20)) : 1024;

  int pipefd[2];
  if (pipe2(pipefd, O_CLOEXEC) < 0) return raise_os_error(errno);
  // Keep the error pipe off 0-2, which the child is about to overwrite.
  for (int k = 0; k < 2; ++k) {
    if (pipefd[k] < 3) {
      int moved = fcntl(pipefd[k], F_DUPFD_CLOEXEC, 3);
      ::close(pipefd[k]);
      pipefd[k] = moved;
    }
  }
  p.errpipe = pipefd[1];

  // Python-level files may hold buffered output the child must not write a second time: the
  // child never runs our code, so only the C library's buffers matter (flushed by exec).
  sigset_t all, old;
  sigfillset(&all);
  pthread_sigmask(SIG_BLOCK, &all, &old);  // no handler of ours may run in the child
  pid_t pid = ::fork();
  if (pid == 0) child_exec(p);
  int fork_err = errno;
  pthread_sigmask(SIG_SETMASK, &old, nullptr);
  ::close(pipefd[1]);
  if (pid < 0) {
    ::close(pipefd[0]);
    return raise_os_error(fork_err);
  }
  int msg[2] = {0, 0};
  size_t got = 0;
  {
    BlockingRegion br;
    while (got < sizeof msg) {
      ssize_t r = ::read(pipefd[0], reinterpret_cast<char*>(msg) + got, sizeof msg - got);
      if (r < 0 && errno == EINTR) continue;
      if (r <= 0) break;
      got += size_t(r);
    }
  }
  ::close(pipefd[0]);
  if (got == 0) return make_int(pid);  // exec succeeded (the pipe closed on exec)
  // The child failed before exec: reap it, then raise its error here.
  {
    BlockingRegion br;
    int st;
    while (::waitpid(pid, &st, 0) < 0 && errno == EINTR) {
    }
  }
  int err = got == sizeof msg ? msg[0] : EIO;
  Stage stage = got == sizeof msg ? Stage(msg[1]) : kSetup;
  if (stage == kExec) return raise_os_error(err, err_filename);
  if (stage == kChdir) return raise_os_error(err, cwd_filename);
  return raise_os_error(err);
}

const MethodDef kFunctions[] = {
    {"fork_exec", fork_exec, 0, "Spawn a fresh new child process (see the module comment for the arguments)."},
    {nullptr, nullptr},
};

}  // namespace

Result<Ref> init__posixsubprocess_module() {
  Ref m = make_module("_posixsubprocess");
  TRY(module_add_functions(m, kFunctions));
  return m;
}

}  // namespace weft
