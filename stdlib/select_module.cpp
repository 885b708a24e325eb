// The select module: select() and poll objects, enough for subprocess and
// multiprocessing.connection. Both are built on poll(2) (no FD_SETSIZE limit). Waits run in a
// BlockingRegion; after EINTR the signal handlers run and the wait resumes with the time left
// (PEP 475).
#include <errno.h>
#include <poll.h>

#include <chrono>
#include <cmath>
#include <string>
#include <vector>

#include "concurrency/blocking.h"
#include "modules.h"
#include "objects/abstract.h"
#include "objects/args.h"
#include "objects/dict.h"
#include "objects/exceptions.h"
#include "objects/fileio.h"
#include "objects/init.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "vm/startup.h"
#include "vm/state.h"

namespace weft {

namespace {

TypeObject PollType;  // select.poll

struct PollObject : Object {
  std::vector<struct pollfd> fds;  // registered descriptors, in registration order
  bool polling = false;            // poll() in progress (CPython refuses concurrent use)
};

// An int, or an object with fileno() (CPython's messages).
Result<int> fd_of(Value v) {
  Ref holder;
  if (!is_int(v)) {
    auto m = TRY(getattr_opt(v, intern("fileno")));
    if (!m) return raise(exc::TypeError, "argument must be an int, or have a fileno() method.");
    holder = TRY(call(m, {}));
    if (!is_int(holder)) return raise(exc::TypeError, "fileno() returned a non-integer");
    v = holder;
  }
  int64_t fd = TRY(index_to_int64(v));
  if (fd < 0)
    return raise(exc::ValueError, "file descriptor cannot be a negative integer (" + std::to_string(fd) + ")");
  if (fd > INT32_MAX) return raise(exc::OverflowError, "file descriptor too large");
  return int(fd);
}

// Timeout in seconds (None: forever, returned as < 0).
Result<double> seconds_arg(Value v) {
  if (!v || is_none(v)) return -1.0;
  double d;
  if (!TRY(number_as_double(v, &d))) return raise(exc::TypeError, "timeout must be a float or None");
  if (std::isnan(d)) return raise(exc::ValueError, "Invalid value NaN (not a number)");
  if (d < 0) return raise(exc::ValueError, "timeout must be non-negative");
  return d;
}

// poll(2) with a deadline, retried after EINTR once the handlers ran. timeout < 0: forever.
Result<int> do_poll(std::vector<struct pollfd>& fds, double timeout) {
  using clock = std::chrono::steady_clock;
  auto deadline = clock::now() + std::chrono::duration_cast<clock::duration>(
                                     std::chrono::duration<double>(timeout < 0 ? 0 : std::min(timeout, 1e9)));
  for (;;) {
    int ms = -1;
    if (timeout >= 0) {
      double left = std::chrono::duration<double>(deadline - clock::now()).count();
      ms = left <= 0 ? 0 : int(std::min(std::ceil(left * 1000), 2147483647.0));
    }
    int r, err = 0;
    {
      BlockingRegion br;
      r = ::poll(fds.data(), nfds_t(fds.size()), ms);
      if (r < 0) err = errno;
    }
    if (r >= 0) return r;
    if (err != EINTR) return raise_os_error(err);
    TRY(check_signals());
  }
}

Status seq_to_fds(Value seq, std::vector<Ref>* objs, std::vector<int>* fds) {
  auto itr = get_iter(seq);
  if (!itr) {
    clear_error();
    return raise(exc::TypeError, "arguments 1-3 must be sequences");
  }
  Ref it = itr.take();
  for (;;) {
    Ref item = TRY(iter_next(it));
    if (!item) break;
    int fd = TRY(fd_of(item));
    objs->push_back(item);
    fds->push_back(fd);
  }
  return ok();
}

Result<Ref> sel_select(Value, CallArgs args) {
  TRY(check_nargs(args, "select", 3, 4));
  double timeout = TRY(seconds_arg(args.nargs > 3 ? args[3] : Value()));
  std::vector<Ref> objs[3];
  std::vector<int> fds[3];
  for (int k = 0; k < 3; ++k) TRY(seq_to_fds(args[k], &objs[k], &fds[k]));
  const short kEvents[3] = {POLLIN | POLLPRI, POLLOUT, POLLPRI};
  std::vector<struct pollfd> pfds;
  std::vector<std::pair<int, size_t>> where;  // (list, index) of each pollfd
  for (int k = 0; k < 3; ++k) {
    for (size_t i = 0; i < fds[k].size(); ++i) {
      pfds.push_back({fds[k][i], kEvents[k], 0});
      where.push_back({k, i});
    }
  }
  TRY(do_poll(pfds, timeout));
  Ref out[3] = {make_list(), make_list(), make_list()};
  for (size_t j = 0; j < pfds.size(); ++j) {
    short re = pfds[j].revents;
    if (re & POLLNVAL) return raise_os_error(EBADF);
    auto [k, i] = where[j];
    bool ready = k == 0 ? (re & (POLLIN | POLLHUP | POLLERR)) != 0
               : k == 1 ? (re & (POLLOUT | POLLERR)) != 0
                        : (re & POLLPRI) != 0;
    if (ready) TRY(list_append(out[k].as<List>(), objs[k][i]));
  }
  return make_tuple({out[0].get(), out[1].get(), out[2].get()});
}

// --- poll objects ---------------------------------------------------------------------------

Result<int> mask_arg(Value v) {
  int64_t m = TRY(index_to_int64(v));
  if (m < 0) return raise(exc::ValueError, "value must be positive");
  if (m > 0xFFFF) return raise(exc::OverflowError, "Python int too large to convert to C unsigned short");
  return int(m);
}

Result<Ref> poll_register(Value self, CallArgs args) {
  Value fv, mv;
  TRY(parse_args(args, "register", {"fd", "eventmask"}, 1, {&fv, &mv}));
  int fd = TRY(fd_of(fv));
  int mask = mv ? TRY(mask_arg(mv)) : (POLLIN | POLLPRI | POLLOUT);
  auto& v = as<PollObject>(self)->fds;
  for (auto& p : v) {
    if (p.fd == fd) {
      p.events = short(mask);
      return none();
    }
  }
  v.push_back({fd, short(mask), 0});
  return none();
}

Result<Ref> poll_modify(Value self, CallArgs args) {
  Value fv, mv;
  TRY(parse_args(args, "modify", {"fd", "eventmask"}, 2, {&fv, &mv}));
  int fd = TRY(fd_of(fv));
  int mask = TRY(mask_arg(mv));
  for (auto& p : as<PollObject>(self)->fds) {
    if (p.fd == fd) {
      p.events = short(mask);
      return none();
    }
  }
  return raise_os_error(ENOENT);
}

Result<Ref> poll_unregister(Value self, CallArgs args) {
  Value fv;
  TRY(parse_args(args, "unregister", {"fd"}, 1, {&fv}));
  int fd = TRY(fd_of(fv));
  auto& v = as<PollObject>(self)->fds;
  for (auto it = v.begin(); it != v.end(); ++it) {
    if (it->fd == fd) {
      v.erase(it);
      return none();
    }
  }
  Ref key = make_int(fd);
  return raise_key_error(key);
}

Result<Ref> poll_poll(Value self, CallArgs args) {
  Value tv;
  TRY(parse_args(args, "poll", {"timeout"}, 0, {&tv}));
  double timeout = -1;  // milliseconds in CPython's API
  if (tv && !is_none(tv)) {
    double d;
    if (!TRY(number_as_double(tv, &d))) return raise(exc::TypeError, "timeout must be an integer or None");
    timeout = d < 0 ? -1 : d / 1000.0;
  }
  PollObject* p = as<PollObject>(self);
  if (p->polling) return raise(exc::RuntimeError, "concurrent poll() invocation");
  std::vector<struct pollfd> fds = p->fds;
  p->polling = true;
  auto r = do_poll(fds, timeout);
  p->polling = false;
  if (!r) return kError;
  Ref out = make_list();
  for (auto& f : fds) {
    if (!f.revents) continue;
    Ref a = make_int(f.fd), b = make_int(f.revents & 0xFFFF);
    Ref t = make_tuple({a.get(), b.get()});
    TRY(list_append(out.as<List>(), t));
  }
  return out;
}

Result<Ref> poll_new(TypeObject* type, CallArgs args) {
  return raise(exc::TypeError, "cannot create 'select.poll' instances");
}

void poll_dealloc(Object* o) { delete_object(static_cast<PollObject*>(o)); }

const MethodDef kPollMethods[] = {
    {"register", poll_register, 0, "Register a file descriptor with the polling object."},
    {"modify", poll_modify, 0, "Modify an already registered file descriptor."},
    {"unregister", poll_unregister, 0, "Remove a file descriptor being tracked by the polling object."},
    {"poll", poll_poll, 0, "Polls the set of registered file descriptors."},
    {nullptr, nullptr},
};

Result<Ref> sel_poll(Value, CallArgs args) {
  TRY(check_nargs(args, "poll", 0, 0));
  return Ref::steal(Value(new_object<PollObject>(&PollType)));
}

const MethodDef kSelectFunctions[] = {
    {"select", sel_select, 0, "Wait until one or more file descriptors are ready for some kind of I/O."},
    {"poll", sel_poll, 0, "Returns a polling object."},
    {nullptr, nullptr},
};

}  // namespace

void init_select_types(TypeList& out) {
  PollType.type = &TypeType;
  PollType.name = "select.poll";
  PollType.base = &ObjectType;
  PollType.basic_size = sizeof(PollObject);
  PollType.flags = 0;
  PollType.dealloc = poll_dealloc;
  PollType.new_ = poll_new;
  PollType.methods = kPollMethods;
  PollType.doc = "A poll object.";
  out.push_back(&PollType);
}

Result<Ref> init_select_module() {
  Ref m = make_module("select");
  TRY(module_add_functions(m, kSelectFunctions));
  TRY(module_add(m, "error", Value(&exc::OSError)));
  struct { const char* name; int64_t value; } consts[] = {
      {"POLLIN", POLLIN}, {"POLLPRI", POLLPRI}, {"POLLOUT", POLLOUT}, {"POLLERR", POLLERR},
      {"POLLHUP", POLLHUP}, {"POLLNVAL", POLLNVAL}, {"POLLRDNORM", POLLRDNORM},
      {"POLLRDBAND", POLLRDBAND}, {"POLLWRNORM", POLLWRNORM}, {"POLLWRBAND", POLLWRBAND},
      {"POLLMSG", POLLMSG}, {"POLLRDHUP", POLLRDHUP}, {"PIPE_BUF", 4096},
  };
  for (const auto& c : consts) TRY(module_add(m, c.name, make_int(c.value)));
  return m;
}

}  // namespace weft
