// The time module: clocks, sleep (inside a BlockingRegion) and struct_time conversions.
#include <errno.h>
#include <time.h>

#include <cmath>

#include "builtins_module.h"
#include "concurrency/blocking.h"
#include "modules.h"
#include "objects/abstract.h"
#include "objects/args.h"
#include "objects/exceptions.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "vm/startup.h"

namespace weft {

namespace {

int64_t clock_ns(clockid_t id) {
  struct timespec ts;
  clock_gettime(id, &ts);
  return int64_t(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

double clock_s(clockid_t id) {
  struct timespec ts;
  clock_gettime(id, &ts);
  return double(ts.tv_sec) + double(ts.tv_nsec) * 1e-9;
}

#define CLOCK_FUNCS(pyname, clock)                                          \
  Result<Ref> t_##pyname(Value, CallArgs args) {                            \
    TRY(check_nargs(args, "time." #pyname "()", 0, 0));                                  \
    return make_float(clock_s(clock));                                      \
  }                                                                         \
  Result<Ref> t_##pyname##_ns(Value, CallArgs args) {                       \
    TRY(check_nargs(args, "time." #pyname "_ns()", 0, 0));                            \
    return make_int(clock_ns(clock));                                       \
  }
CLOCK_FUNCS(time, CLOCK_REALTIME)
CLOCK_FUNCS(perf_counter, CLOCK_MONOTONIC)
CLOCK_FUNCS(monotonic, CLOCK_MONOTONIC)
CLOCK_FUNCS(process_time, CLOCK_PROCESS_CPUTIME_ID)
CLOCK_FUNCS(thread_time, CLOCK_THREAD_CPUTIME_ID)
#undef CLOCK_FUNCS

// Seconds argument: int or float (or __float__/__index__), as CPython's _PyTime conversion.
Result<double> seconds_arg(Value v) {
  if (is_float(v)) {
    double d = float_value(v);
    if (std::isnan(d)) return raise(exc::ValueError, "Invalid value NaN (not a number)");
    return d;
  }
  if (is_int(v)) return number_to_double(v);
  if (v.type()->to_float) return number_to_double(v);
  return raise(exc::TypeError, std::string("'") + type_name(v) + "' object cannot be interpreted as an integer");
}

Result<Ref> t_sleep(Value, CallArgs args) {
  TRY(check_no_kwargs(args, "sleep"));
  TRY(check_nargs(args, "time.sleep()", 1, 1));
  double secs = TRY(seconds_arg(args[0]));
  if (secs < 0) return raise(exc::ValueError, "sleep length must be non-negative");
  if (!std::isfinite(secs) || secs > 9.2e9) return raise(exc::OverflowError, "sleep length is too large");
  struct timespec req;
  req.tv_sec = time_t(secs);
  req.tv_nsec = long((secs - double(req.tv_sec)) * 1e9);
  if (req.tv_nsec >= 1000000000) { req.tv_sec++; req.tv_nsec -= 1000000000; }
  for (;;) {
    int r, err;
    {
      BlockingRegion br;
      r = nanosleep(&req, &req);
      err = errno;
    }
    if (r == 0 || err != EINTR) break;
    TRY(check_signals());  // Ctrl-C interrupts the sleep
  }
  return none();
}

Ref make_struct_time(const struct tm& t) {
  return make_struct_seq(&StructTimeType,
                         {Value::small_int(t.tm_year + 1900), Value::small_int(t.tm_mon + 1),
                          Value::small_int(t.tm_mday), Value::small_int(t.tm_hour), Value::small_int(t.tm_min),
                          Value::small_int(t.tm_sec), Value::small_int((t.tm_wday + 6) % 7),
                          Value::small_int(t.tm_yday + 1), Value::small_int(t.tm_isdst)});
}

Result<time_t> time_arg(CallArgs args, const char* name) {
  TRY(check_no_kwargs(args, name));
  TRY(check_nargs(args, name, 0, 1));
  if (args.nargs == 0 || is_none(args[0])) return time_t(::time(nullptr));
  double d = TRY(seconds_arg(args[0]));
  if (!std::isfinite(d)) return raise(exc::OverflowError, "timestamp out of range for platform time_t");
  return time_t(std::floor(d));
}

Result<Ref> t_gmtime(Value, CallArgs args) {
  time_t t = TRY(time_arg(args, "gmtime"));
  struct tm tm;
  if (!gmtime_r(&t, &tm)) return raise(exc::OverflowError, "timestamp out of range for platform time_t");
  return make_struct_time(tm);
}

Result<Ref> t_localtime(Value, CallArgs args) {
  time_t t = TRY(time_arg(args, "localtime"));
  struct tm tm;
  if (!localtime_r(&t, &tm)) return raise(exc::OverflowError, "timestamp out of range for platform time_t");
  return make_struct_time(tm);
}

// struct_time or a 9-tuple -> struct tm.
Result<struct tm> tm_arg(Value v, const char* fname) {
  if (!is_tuple(v))
    return raise(exc::TypeError, std::string("Tuple or struct_time argument required"));
  if (tuple_size(v) != 9) {
    return raise(exc::TypeError, std::string(fname) + "(): illegal time tuple argument");
  }
  int64_t f[9];
  for (size_t i = 0; i < 9; ++i) f[i] = TRY(index_to_int64(tuple_item(v, i)));
  struct tm t = {};
  t.tm_year = int(f[0] - 1900);
  t.tm_mon = int(f[1] - 1);
  t.tm_mday = int(f[2]);
  t.tm_hour = int(f[3]);
  t.tm_min = int(f[4]);
  t.tm_sec = int(f[5]);
  t.tm_wday = int((f[6] + 1) % 7);
  t.tm_yday = int(f[7] - 1);
  t.tm_isdst = int(f[8]);
  return t;
}

Result<struct tm> tm_arg_or_now(CallArgs args, size_t index, const char* fname) {
  if (args.nargs > index) return tm_arg(args[index], fname);
  time_t now = ::time(nullptr);
  struct tm t;
  localtime_r(&now, &t);
  return t;
}

Result<Ref> t_strftime(Value, CallArgs args) {
  TRY(check_no_kwargs(args, "strftime"));
  TRY(check_nargs(args, "strftime", 1, 2));
  if (!is_str(args[0]))
    return raise(exc::TypeError, std::string("strftime() argument 1 must be str, not ") + type_name(args[0]));
  struct tm t = TRY(tm_arg_or_now(args, 1, "strftime"));
  std::string fmt(str_view(args[0]));
  if (fmt.empty()) return make_str("");
  std::string buf(256, '\0');
  for (;;) {
    size_t n = ::strftime(buf.data(), buf.size(), fmt.c_str(), &t);
    if (n > 0 || buf.size() > 256 * fmt.size() + 4096) {
      buf.resize(n);
      return make_str(buf);
    }
    buf.resize(buf.size() * 4);
  }
}

std::string asctime_text(const struct tm& t) {
  static const char* const days[] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
  static const char* const months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                       "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  char buf[64];
  snprintf(buf, sizeof buf, "%s %s %2d %02d:%02d:%02d %d", days[((t.tm_wday % 7) + 7) % 7],
           months[((t.tm_mon % 12) + 12) % 12], t.tm_mday, t.tm_hour, t.tm_min, t.tm_sec, 1900 + t.tm_year);
  return buf;
}

Result<Ref> t_asctime(Value, CallArgs args) {
  TRY(check_no_kwargs(args, "asctime"));
  TRY(check_nargs(args, "asctime", 0, 1));
  struct tm t = TRY(tm_arg_or_now(args, 0, "asctime"));
  return make_str(asctime_text(t));
}

Result<Ref> t_ctime(Value, CallArgs args) {
  time_t tt = TRY(time_arg(args, "ctime"));
  struct tm t;
  localtime_r(&tt, &t);
  return make_str(asctime_text(t));
}

Result<Ref> t_mktime(Value, CallArgs args) {
  TRY(check_no_kwargs(args, "mktime"));
  TRY(check_nargs(args, "mktime", 1, 1));
  struct tm t = TRY(tm_arg(args[0], "mktime"));
  t.tm_wday = -1;
  time_t r = ::mktime(&t);
  if (r == time_t(-1) && t.tm_wday == -1) return raise(exc::OverflowError, "mktime argument out of range");
  return make_float(double(r));
}

const MethodDef kTimeFunctions[] = {
    {"time", t_time, 0, "Return the current time in seconds since the Epoch."},
    {"time_ns", t_time_ns, 0, "Return the current time in nanoseconds since the Epoch."},
    {"perf_counter", t_perf_counter, 0, "Performance counter for benchmarking."},
    {"perf_counter_ns", t_perf_counter_ns, 0, "Performance counter for benchmarking as nanoseconds."},
    {"monotonic", t_monotonic, 0, "Monotonic clock, cannot go backward."},
    {"monotonic_ns", t_monotonic_ns, 0, "Monotonic clock, cannot go backward, as nanoseconds."},
    {"process_time", t_process_time, 0, "Process time for profiling: sum of the kernel and user-space CPU time."},
    {"process_time_ns", t_process_time_ns, 0, "Process time for profiling as nanoseconds."},
    {"thread_time", t_thread_time, 0, "Thread time for profiling: sum of the kernel and user-space CPU time."},
    {"thread_time_ns", t_thread_time_ns, 0, "Thread time for profiling as nanoseconds."},
    {"sleep", t_sleep, 0, "Delay execution for a given number of seconds."},
    {"gmtime", t_gmtime, 0, "Convert seconds since the Epoch to a time tuple expressing UTC."},
    {"localtime", t_localtime, 0, "Convert seconds since the Epoch to a time tuple expressing local time."},
    {"strftime", t_strftime, 0, "Convert a time tuple to a string according to a format specification."},
    {"asctime", t_asctime, 0, "Convert a time tuple to a string, e.g. 'Sat Jun 06 16:26:11 1998'."},
    {"ctime", t_ctime, 0, "Convert a time in seconds since the Epoch to a string in local time."},
    {"mktime", t_mktime, 0, "Convert a time tuple in local time to seconds since the Epoch."},
    {nullptr, nullptr},
};

}  // namespace

Result<Ref> init_time_module() {
  Ref m = make_module("time");
  TRY(module_add_functions(m, kTimeFunctions));
  TRY(module_add(m, "struct_time", Value(static_cast<TypeObject*>(&StructTimeType))));
  tzset();
  TRY(module_add(m, "timezone", make_int(int64_t(timezone))));
  TRY(module_add(m, "altzone", make_int(int64_t(timezone) - (daylight ? 3600 : 0))));
  TRY(module_add(m, "daylight", make_int(daylight)));
  Ref tz0 = make_str(tzname[0]), tz1 = make_str(tzname[1]);
  TRY(module_add(m, "tzname", make_tuple({tz0.get(), tz1.get()})));
  return m;
}

}  // namespace weft
