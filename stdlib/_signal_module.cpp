// The _signal module (stdlib/lib/signal.py adds the Signals/Handlers enums on top).
//
// A C-level handler only marks the signal tripped and sets kSignalPending on the main thread's
// eval breaker (async-signal-safe: atomics and write(2) to the wakeup fd). The main thread runs
// the Python handlers at its next eval-breaker check, or right after a blocking call returns
// EINTR (check_signals): trip_signal / run_signal_handlers below, declared in vm/startup.h.
// Signal dispositions are process-wide, so the handler table is too; only the main thread of
// the main interpreter may change it (CPython's rule) and run the handlers.
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <string.h>
#include <sys/time.h>
#include <unistd.h>

#include <atomic>
#include <cmath>
#include <string>

#include "concurrency/blocking.h"
#include "modules.h"
#include "objects/abstract.h"
#include "objects/args.h"
#include "objects/exceptions.h"
#include "objects/fileio.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/module.h"
#include "objects/set.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "vm/startup.h"
#include "vm/state.h"

namespace weft {

namespace {

constexpr int kNsig = NSIG;  // 65 on Linux: valid numbers are 1..64

// Part of the process state (signal dispositions are per process); never destroyed, since a
// signal may arrive during static destruction.
struct SignalTable {
  std::atomic<bool> tripped[kNsig] = {};
  std::atomic<bool> any_tripped{false};
  std::atomic<int> wakeup_fd{-1};
  // Python-level handlers (main interpreter's objects): a callable, or the ints SIG_DFL/SIG_IGN.
  // Null until _signal is imported (SIGINT then behaves as default_int_handler).
  Ref handlers[kNsig];
  Ref default_int_handler;
  bool initialised = false;
};

SignalTable& table() {
  static SignalTable* t = new SignalTable;
  return *t;
}

void c_handler(int signum) { trip_signal(signum); }

bool in_main_thread() {
  ThreadState* ts = ThreadState::current();
  return ts && ts->interp == ProcessState::get().main_interpreter &&
         ProcessState::get().sigint_breaker.load(std::memory_order_relaxed) == &ts->breaker;
}

Result<int> signum_arg(Value v) {
  if (is_float(v)) return raise(exc::TypeError, "'float' object cannot be interpreted as an integer");
  int64_t n = TRY(index_to_int64(v));
  if (n < 1 || n >= kNsig) return raise(exc::ValueError, "signal number out of range");
  return int(n);
}

// --- functions ------------------------------------------------------------------------------

Result<Ref> s_default_int_handler(Value, CallArgs args) {
  TRY(check_nargs(args, "default_int_handler", 0, 2));
  return raise(exc::KeyboardInterrupt);
}

Result<Ref> s_signal(Value, CallArgs args) {
  Value sv, hv;
  TRY(parse_args(args, "signal", {"signalnum", "handler"}, 2, {&sv, &hv}));
  if (!in_main_thread())
    return raise(exc::ValueError, "signal only works in main thread of the main interpreter");
  int sig = TRY(signum_arg(sv));
  SignalTable& t = table();
  struct sigaction sa = {};
  sigemptyset(&sa.sa_mask);
  sa.sa_flags = 0;  // no SA_RESTART: blocking calls return EINTR and run the handler
  if (is_int(hv) && !is_bool(hv)) {
    int64_t h = TRY(index_to_int64(hv));
    if (h != 0 && h != 1)
      return raise(exc::TypeError, "signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object");
    sa.sa_handler = h == 0 ? SIG_DFL : SIG_IGN;
  } else if (is_callable(hv)) {
    sa.sa_handler = c_handler;
  } else {
    return raise(exc::TypeError, "signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object");
  }
  if (sigaction(sig, &sa, nullptr) < 0) return raise_os_error(errno);
  Ref old = t.handlers[sig] ? t.handlers[sig] : none();
  t.handlers[sig] = Ref::borrow(hv);
  return old;
}

Result<Ref> s_getsignal(Value, CallArgs args) {
  Value sv;
  TRY(parse_args(args, "getsignal", {"signalnum"}, 1, {&sv}));
  int sig = TRY(signum_arg(sv));
  Ref h = table().handlers[sig];
  return h ? h : none();
}

Result<Ref> s_alarm(Value, CallArgs args) {
  Value sv;
  TRY(parse_args(args, "alarm", {"seconds"}, 1, {&sv}));
  if (is_float(sv)) return raise(exc::TypeError, "'float' object cannot be interpreted as an integer");
  int64_t secs = TRY(index_to_int64(sv));
  return make_int(int64_t(::alarm(unsigned(secs))));
}

Result<Ref> s_pause(Value, CallArgs args) {
  TRY(check_nargs(args, "pause", 0, 0));
  {
    BlockingRegion br;
    ::pause();
  }
  TRY(check_signals());
  return none();
}

Result<Ref> s_raise_signal(Value, CallArgs args) {
  Value sv;
  TRY(parse_args(args, "raise_signal", {"signalnum"}, 1, {&sv}));
  if (is_float(sv)) return raise(exc::TypeError, "'float' object cannot be interpreted as an integer");
  int64_t n = TRY(index_to_int64(sv));
  if (n < INT32_MIN || n > INT32_MAX) return raise(exc::OverflowError, "signal number is out of range");
  int sig = int(n);
  if (::raise(sig) != 0) return raise_os_error(errno);
  TRY(check_signals());
  return none();
}

Result<Ref> s_strsignal(Value, CallArgs args) {
  Value sv;
  TRY(parse_args(args, "strsignal", {"signalnum"}, 1, {&sv}));
  int sig = TRY(signum_arg(sv));
  const char* s = ::strsignal(sig);
  if (!s || strncmp(s, "Unknown signal", 14) == 0) return none();
  return make_str(s);
}

Result<Ref> s_valid_signals(Value, CallArgs args) {
  TRY(check_nargs(args, "valid_signals", 0, 0));
  sigset_t all;
  sigfillset(&all);
  Ref s = make_set();
  for (int i = 1; i < kNsig; ++i) {
    if (sigismember(&all, i) == 1) TRY(set_add(s.as<Set>(), make_int(i)));
  }
  return s;
}

Result<Ref> s_set_wakeup_fd(Value, CallArgs args) {
  Value fv, warn;
  TRY(parse_args(args, "set_wakeup_fd", {"fd", "$warn_on_full_buffer"}, 1, {&fv, &warn}));
  int64_t fd = TRY(index_to_int64(fv));
  if (!in_main_thread())
    return raise(exc::ValueError, "set_wakeup_fd only works in main thread of the main interpreter");
  if (fd != -1) {
    int fl = fcntl(int(fd), F_GETFL);
    if (fl < 0) return raise_os_error(errno);
    if (!(fl & O_NONBLOCK))
      return raise(exc::ValueError, "the fd " + std::to_string(fd) + " must be in non-blocking mode");
  }
  return make_int(table().wakeup_fd.exchange(int(fd)));
}

Result<Ref> s_siginterrupt(Value, CallArgs args) {
  TRY(check_nargs(args, "siginterrupt", 2, 2));
  int sig = TRY(signum_arg(args[0]));
  bool flag = TRY(truthy(args[1]));
  struct sigaction sa;
  if (sigaction(sig, nullptr, &sa) < 0) return raise_os_error(errno);
  if (flag) sa.sa_flags &= ~SA_RESTART;
  else sa.sa_flags |= SA_RESTART;
  if (sigaction(sig, &sa, nullptr) < 0) return raise_os_error(errno);
  return none();
}

Status sigset_from(Value it, sigset_t* out) {
  sigemptyset(out);
  Ref iter = TRY(get_iter(it));
  for (;;) {
    Ref item = TRY(iter_next(iter));
    if (!item) break;
    if (is_float(item)) return raise(exc::TypeError, "'float' object cannot be interpreted as an integer");
    int64_t sig = TRY(index_to_int64(item));
    if (sig < 1 || sig >= kNsig)
      return raise(exc::ValueError, "signal number " + std::to_string(sig) + " out of range [1; " +
                                        std::to_string(kNsig - 1) + "]");
    sigaddset(out, int(sig));
  }
  return ok();
}

Result<Ref> sigset_to_set(const sigset_t& s) {
  Ref out = make_set();
  for (int i = 1; i < kNsig; ++i) {
    if (sigismember(&s, i) == 1) TRY(set_add(out.as<Set>(), make_int(i)));
  }
  return out;
}

Result<Ref> s_pthread_sigmask(Value, CallArgs args) {
  TRY(check_nargs(args, "pthread_sigmask", 2, 2));
  int how = int(TRY(index_to_int64(args[0])));
  sigset_t mask, old;
  TRY(sigset_from(args[1], &mask));
  int err = pthread_sigmask(how, &mask, &old);
  if (err) return raise_os_error(err);
  TRY(check_signals());
  return sigset_to_set(old);
}

Result<Ref> s_sigpending(Value, CallArgs args) {
  TRY(check_nargs(args, "sigpending", 0, 0));
  sigset_t s;
  if (sigpending(&s) < 0) return raise_os_error(errno);
  return sigset_to_set(s);
}

Result<Ref> s_pthread_kill(Value, CallArgs args) {
  TRY(check_nargs(args, "pthread_kill", 2, 2));
  int64_t tid = TRY(index_to_int64(args[0]));
  int sig = int(TRY(index_to_int64(args[1])));
  // pthread_kill on an id that is not a live thread is undefined (glibc crashes): only the
  // threads of this process's interpreters are accepted.
  bool known = false;
  {
    std::lock_guard<std::mutex> g(ProcessState::get().lock);
    for (InterpreterState* interp : ProcessState::get().interpreters) {
      for (ThreadState* t : interp->threads) known = known || t->ident == uint64_t(tid);
    }
  }
  if (!known) return raise_os_error(ESRCH);
  int err = pthread_kill(pthread_t(tid), sig);
  if (err) return raise_os_error(err);
  TRY(check_signals());
  return none();
}

Result<Ref> timer_tuple(const struct itimerval& v) {
  auto sec = [](const struct timeval& tv) { return make_float(double(tv.tv_sec) + double(tv.tv_usec) * 1e-6); };
  Ref a = sec(v.it_value), b = sec(v.it_interval);
  return make_tuple({a.get(), b.get()});
}

Status seconds_to_timeval(Value v, struct timeval* tv) {
  double d;
  if (!TRY(number_as_double(v, &d))) return raise(exc::TypeError, std::string("must be real number, not ") + type_name(v));
  if (d < 0) d = 0;
  tv->tv_sec = time_t(d);
  tv->tv_usec = suseconds_t(std::llround((d - double(tv->tv_sec)) * 1e6));
  if (tv->tv_usec >= 1000000) { tv->tv_sec++; tv->tv_usec -= 1000000; }
  // A positive value that rounds to zero would disarm the timer.
  if (d > 0 && tv->tv_sec == 0 && tv->tv_usec == 0) tv->tv_usec = 1;
  return ok();
}

Result<Ref> s_setitimer(Value, CallArgs args) {
  TRY(check_nargs(args, "setitimer", 2, 3));
  int which = int(TRY(index_to_int64(args[0])));
  struct itimerval nv = {}, old;
  TRY(seconds_to_timeval(args[1], &nv.it_value));
  if (args.nargs > 2) TRY(seconds_to_timeval(args[2], &nv.it_interval));
  if (setitimer(which, &nv, &old) < 0) return raise_os_error(errno);
  return timer_tuple(old);
}

Result<Ref> s_getitimer(Value, CallArgs args) {
  TRY(check_nargs(args, "getitimer", 1, 1));
  int which = int(TRY(index_to_int64(args[0])));
  struct itimerval v;
  if (getitimer(which, &v) < 0) return raise_os_error(errno);
  return timer_tuple(v);
}

const MethodDef kSignalFunctions[] = {
    {"default_int_handler", s_default_int_handler, 0, "The default handler for SIGINT installed by Python."},
    {"signal", s_signal, 0, "Set the action for the given signal."},
    {"getsignal", s_getsignal, 0, "Return the current action for the given signal."},
    {"alarm", s_alarm, 0, "Arrange for SIGALRM to arrive after the given number of seconds."},
    {"pause", s_pause, 0, "Wait until a signal arrives."},
    {"raise_signal", s_raise_signal, 0, "Send a signal to the executing process."},
    {"strsignal", s_strsignal, 0, "Return the system description of the given signal."},
    {"valid_signals", s_valid_signals, 0, "Return a set of valid signal numbers on this platform."},
    {"set_wakeup_fd", s_set_wakeup_fd, 0, "Sets the fd to be written to (with the signal number) when a signal comes in."},
    {"siginterrupt", s_siginterrupt, 0, "Change system call restart behaviour."},
    {"pthread_sigmask", s_pthread_sigmask, 0, "Fetch and/or change the signal mask of the calling thread."},
    {"sigpending", s_sigpending, 0, "Examine pending signals."},
    {"pthread_kill", s_pthread_kill, 0, "Send a signal to a thread."},
    {"setitimer", s_setitimer, 0, "Sets given itimer (one of ITIMER_REAL, ITIMER_VIRTUAL or ITIMER_PROF)."},
    {"getitimer", s_getitimer, 0, "Returns current value of given itimer."},
    {nullptr, nullptr},
};

}  // namespace

void trip_signal(int signum) {
  if (signum <= 0 || signum >= kNsig) return;
  SignalTable& t = table();
  int saved = errno;
  t.tripped[signum].store(true, std::memory_order_release);
  t.any_tripped.store(true, std::memory_order_release);
  EvalBreaker* b = ProcessState::get().sigint_breaker.load(std::memory_order_relaxed);
  if (b) b->set(EvalBreaker::kSignalPending);
  int fd = t.wakeup_fd.load(std::memory_order_relaxed);
  if (fd >= 0) {
    unsigned char byte = static_cast<unsigned char>(signum);
    ssize_t r = ::write(fd, &byte, 1);
    (void)r;
  }
  errno = saved;
}

Status run_signal_handlers() {
  SignalTable& t = table();
  if (!t.any_tripped.exchange(false, std::memory_order_acq_rel)) return ok();
  for (int sig = 1; sig < kNsig; ++sig) {
    if (!t.tripped[sig].exchange(false, std::memory_order_acq_rel)) continue;
    Ref h = t.handlers[sig];
    Status st = ok();
    if (!h) {
      if (sig == SIGINT) st = raise(exc::KeyboardInterrupt);
    } else if (!is_int(h)) {
      Ref num = make_int(sig);
      auto r = call(h, {num.get(), None()});
      if (!r) st = kError;
    }
    if (!st.ok()) {
      // The signals not handled yet stay pending for the next check.
      for (int j = sig + 1; j < kNsig; ++j) {
        if (t.tripped[j].load(std::memory_order_acquire)) {
          t.any_tripped.store(true);
          if (EvalBreaker* b = ProcessState::get().sigint_breaker.load()) b->set(EvalBreaker::kSignalPending);
          break;
        }
      }
      return st;
    }
  }
  return ok();
}

Result<Ref> init__signal_module() {
  Ref m = make_module("_signal");
  TRY(module_add_functions(m, kSignalFunctions));
  SignalTable& t = table();
  Ref dih = TRY(getattr(m, intern("default_int_handler")));
  if (!t.initialised && current_interp() == ProcessState::get().main_interpreter) {
    // The current dispositions: ours (SIGINT) is default_int_handler, others SIG_DFL / SIG_IGN.
    t.initialised = true;
    t.default_int_handler = dih;
    for (int sig = 1; sig < kNsig; ++sig) {
      struct sigaction sa;
      if (sigaction(sig, nullptr, &sa) < 0) continue;
      if (sa.sa_handler == SIG_IGN) t.handlers[sig] = make_int(1);
      else if (sa.sa_handler == SIG_DFL) t.handlers[sig] = make_int(0);
      else if (sig == SIGINT) t.handlers[sig] = dih;
    }
  }
  struct { const char* name; int64_t value; } consts[] = {
      {"SIG_DFL", 0}, {"SIG_IGN", 1}, {"NSIG", kNsig},
      {"SIG_BLOCK", SIG_BLOCK}, {"SIG_UNBLOCK", SIG_UNBLOCK}, {"SIG_SETMASK", SIG_SETMASK},
      {"SIGHUP", SIGHUP}, {"SIGINT", SIGINT}, {"SIGQUIT", SIGQUIT}, {"SIGILL", SIGILL},
      {"SIGTRAP", SIGTRAP}, {"SIGABRT", SIGABRT}, {"SIGIOT", SIGIOT}, {"SIGBUS", SIGBUS},
      {"SIGFPE", SIGFPE}, {"SIGKILL", SIGKILL}, {"SIGUSR1", SIGUSR1}, {"SIGSEGV", SIGSEGV},
      {"SIGUSR2", SIGUSR2}, {"SIGPIPE", SIGPIPE}, {"SIGALRM", SIGALRM}, {"SIGTERM", SIGTERM},
      {"SIGSTKFLT", SIGSTKFLT}, {"SIGCHLD", SIGCHLD}, {"SIGCLD", SIGCHLD}, {"SIGCONT", SIGCONT},
      {"SIGSTOP", SIGSTOP}, {"SIGTSTP", SIGTSTP}, {"SIGTTIN", SIGTTIN}, {"SIGTTOU", SIGTTOU},
      {"SIGURG", SIGURG}, {"SIGXCPU", SIGXCPU}, {"SIGXFSZ", SIGXFSZ}, {"SIGVTALRM", SIGVTALRM},
      {"SIGPROF", SIGPROF}, {"SIGWINCH", SIGWINCH}, {"SIGIO", SIGIO}, {"SIGPOLL", SIGPOLL},
      {"SIGPWR", SIGPWR}, {"SIGSYS", SIGSYS}, {"SIGRTMIN", SIGRTMIN}, {"SIGRTMAX", SIGRTMAX},
      {"ITIMER_REAL", ITIMER_REAL}, {"ITIMER_VIRTUAL", ITIMER_VIRTUAL}, {"ITIMER_PROF", ITIMER_PROF},
  };
  for (const auto& c : consts) TRY(module_add(m, c.name, make_int(c.value)));
  TRY(module_add(m, "ItimerError", Value(&exc::OSError)));
  return m;
}

}  // namespace weft
