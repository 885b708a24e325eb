// weft-compare: runs one script on several Python implementations (Weft's gil and ft builds, and
// optionally CPython) for several thread counts, and reports wall time, CPU time and peak memory
// side by side. scripts/compare builds the presets and this tool, then calls it.
//
//   weft-compare --build gil=PATH --build ft=PATH [--python PATH] [--threads 1,2,4] [--repeat N]
//                [--ways threads,interpreters,processes]
//                [--out DIR | --out-base DIR] [--progress] [--] SCRIPT [ARGS...]
//
// --ways: the script is run once per way and build, with the way as its first argument
// (`weft SCRIPT WAY ARGS...`, e.g. examples/ways.py); every (build, way) pair is one row group
// and one line of the chart, named BUILD/WAY, and the output must be the same for all of them.
// A way a build cannot run is skipped with a note: 'interpreters' needs concurrent.interpreters
// (checked by running `PATH -c 'import concurrent.interpreters'`).
//
// Every (build, thread count) pair gets one warm-up run and N measured runs. The script learns its
// thread count from the environment variable WEFT_THREADS. Each run is a child process (fork/exec);
// wait4() gives its CPU time and peak resident set size. Every run's standard output and exit
// status must equal those of the first run with the same thread count; when not, the tool says
// so, keeps the differing outputs in the result folder and exits with status 1.
// The folder (named at the end) receives results.json (every run and the summary) and chart.svg.
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

namespace {

struct Build {
  std::string name;  // "gil", "ft", "python"; with --ways "gil/threads", ...
  std::string path;
  std::string way;   // --ways: passed as the script's first argument
  std::string base;  // --ways: the build's own name ("gil")
};

struct Run {
  std::string build;
  int threads = 1;
  int index = 0;        // 0 = warm-up, 1..N measured
  double wall = 0, user = 0, sys = 0;
  long max_rss_kib = 0;
  int status = 0;       // exit status, or 128 + signal
  std::string out, err;
  bool same_output = true;
};

struct Summary {
  std::string build;
  int threads = 1;
  double median = 0, min = 0, max = 0, cpu = 0;
  long rss_kib = 0;
  double speedup = 0;   // median at 1 thread / median here (same build); 0 = unknown
  double vs_gil = 0;    // median here / gil's median at this thread count; 0 = unknown
  bool failed = false;  // some run exited non-zero
};

struct Config {
  std::vector<Build> builds;
  std::vector<int> threads = {1, 2, 4};
  int repeat = 5;
  std::string out_dir, out_base = ".";
  bool progress = false;
  std::string script;
  std::vector<std::string> args;
  std::vector<std::string> ways;      // --ways, in the order given
  std::vector<std::string> skipped;   // notes about (build, way) pairs that cannot run
};

[[noreturn]] void usage_error(const std::string& msg) {
  fprintf(stderr,
          "weft-compare: %s\n"
          "usage: weft-compare --build NAME=PATH... [--python PATH] [--threads 1,2,4] [--repeat N]\n"
          "                    [--ways threads,interpreters,processes]\n"
          "                    [--out DIR | --out-base DIR] [--progress] [--] SCRIPT [ARGS...]\n",
          msg.c_str());
  exit(2);
}

int parse_positive(const std::string& s, const char* what) {
  char* end = nullptr;
  long v = strtol(s.c_str(), &end, 10);
  if (s.empty() || *end || v < 1 || v > 4096) usage_error(std::string("bad ") + what + ": '" + s + "'");
  return int(v);
}

void expand_ways(Config& c);

Config parse_args(int argc, char** argv) {
  Config c;
  bool options_done = false;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    auto value = [&]() -> std::string {
      size_t eq = a.find('=');
      if (a.rfind("--", 0) == 0 && eq != std::string::npos && a.substr(0, eq) != "--build") return a.substr(eq + 1);
      if (i + 1 >= argc) usage_error(a + " needs a value");
      return argv[++i];
    };
    auto is = [&](const char* opt) { return a == opt || (a.rfind(std::string(opt) + "=", 0) == 0 && std::string(opt) != "--build"); };
    if (!options_done && a == "--") { options_done = true; continue; }
    if (!options_done && is("--threads")) {
      c.threads.clear();
      std::stringstream ss(value());
      for (std::string t; std::getline(ss, t, ',');) c.threads.push_back(parse_positive(t, "thread count"));
      if (c.threads.empty()) usage_error("--threads needs at least one count");
      std::sort(c.threads.begin(), c.threads.end());
      c.threads.erase(std::unique(c.threads.begin(), c.threads.end()), c.threads.end());
    } else if (!options_done && is("--ways")) {
      c.ways.clear();
      std::stringstream ss(value());
      for (std::string w; std::getline(ss, w, ',');) {
        if (w != "threads" && w != "interpreters" && w != "processes")
          usage_error("bad way '" + w + "' (threads, interpreters or processes)");
        if (std::find(c.ways.begin(), c.ways.end(), w) == c.ways.end()) c.ways.push_back(w);
      }
      if (c.ways.empty()) usage_error("--ways needs at least one way");
    } else if (!options_done && is("--repeat")) {
      c.repeat = parse_positive(value(), "repeat count");
    } else if (!options_done && is("--python")) {
      c.builds.push_back({"python", value()});
    } else if (!options_done && a == "--build") {
      std::string v = value();
      size_t eq = v.find('=');
      if (eq == std::string::npos || eq == 0) usage_error("--build needs NAME=PATH");
      c.builds.push_back({v.substr(0, eq), v.substr(eq + 1)});
    } else if (!options_done && is("--out")) {
      c.out_dir = value();
    } else if (!options_done && is("--out-base")) {
      c.out_base = value();
    } else if (!options_done && a == "--progress") {
      c.progress = true;
    } else if (!options_done && c.script.empty() && a.rfind("--", 0) == 0 && a.size() > 2) {
      usage_error("unknown option " + a);
    } else if (c.script.empty()) {
      c.script = a;
    } else {
      c.args.push_back(a);
    }
  }
  if (c.script.empty()) usage_error("no script given");
  if (c.builds.empty()) usage_error("no build to run (--build NAME=PATH)");
  // A "python" build goes last, whatever the order of the options.
  std::stable_partition(c.builds.begin(), c.builds.end(), [](const Build& b) { return b.name != "python"; });
  for (const Build& b : c.builds) {
    if (access(b.path.c_str(), X_OK) != 0) usage_error(b.name + ": " + b.path + " is not executable");
  }
  if (access(c.script.c_str(), R_OK) != 0) usage_error("cannot read " + c.script);
  if (!c.ways.empty()) expand_ways(c);
  return c;
}

// True if `path -c code` exits with status 0 (output discarded).
bool runs_ok(const std::string& path, const char* code) {
  pid_t pid = fork();
  if (pid < 0) return false;
  if (pid == 0) {
    int devnull = open("/dev/null", O_RDWR);
    if (devnull >= 0) {
      dup2(devnull, 0);
      dup2(devnull, 1);
      dup2(devnull, 2);
    }
    execl(path.c_str(), path.c_str(), "-c", code, static_cast<char*>(nullptr));
    _exit(127);
  }
  int status = 0;
  while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {}
  return WIFEXITED(status) && WEXITSTATUS(status) == 0;
}

// --ways: one series per (build, way) the build can run, named BUILD/WAY.
void expand_ways(Config& c) {
  std::vector<Build> series;
  for (const Build& b : c.builds) {
    for (const std::string& w : c.ways) {
      if (w == "interpreters" && !runs_ok(b.path, "import concurrent.interpreters")) {
        c.skipped.push_back("way 'interpreters' skipped on " + b.name +
                            ": concurrent.interpreters is not available there");
        continue;
      }
      series.push_back({b.name + "/" + w, b.path, w, b.name});
    }
  }
  if (series.empty()) usage_error("no build can run any of the ways given");
  c.builds = series;
}

double seconds(const struct timeval& tv) { return double(tv.tv_sec) + double(tv.tv_usec) / 1e6; }

// Runs the script once; stdout and stderr are captured through pipes read while it runs.
Run run_once(const Config& c, const Build& b, int threads, int index) {
  Run r;
  r.build = b.name;
  r.threads = threads;
  r.index = index;
  int out_pipe[2], err_pipe[2];
  if (pipe2(out_pipe, O_CLOEXEC) != 0 || pipe2(err_pipe, O_CLOEXEC) != 0) {
    perror("weft-compare: pipe");
    exit(1);
  }
  auto t0 = std::chrono::steady_clock::now();
  pid_t pid = fork();
  if (pid < 0) {
    perror("weft-compare: fork");
    exit(1);
  }
  if (pid == 0) {
    dup2(out_pipe[1], 1);
    dup2(err_pipe[1], 2);
    int devnull = open("/dev/null", O_RDONLY);
    if (devnull >= 0) dup2(devnull, 0);
    setenv("WEFT_THREADS", std::to_string(threads).c_str(), 1);
    std::vector<char*> argv;
    argv.push_back(const_cast<char*>(b.path.c_str()));
    argv.push_back(const_cast<char*>(c.script.c_str()));
    if (!b.way.empty()) argv.push_back(const_cast<char*>(b.way.c_str()));
    for (const std::string& a : c.args) argv.push_back(const_cast<char*>(a.c_str()));
    argv.push_back(nullptr);
    execv(b.path.c_str(), argv.data());
    fprintf(stderr, "weft-compare: cannot run %s: %s\n", b.path.c_str(), strerror(errno));
    _exit(127);
  }
  close(out_pipe[1]);
  close(err_pipe[1]);
  struct pollfd fds[2] = {{out_pipe[0], POLLIN, 0}, {err_pipe[0], POLLIN, 0}};
  std::string* sinks[2] = {&r.out, &r.err};
  int open_fds = 2;
  while (open_fds > 0) {
    if (poll(fds, 2, -1) < 0) {
      if (errno == EINTR) continue;
      break;
    }
    for (int k = 0; k < 2; ++k) {
      if (fds[k].fd < 0 || !(fds[k].revents & (POLLIN | POLLHUP | POLLERR))) continue;
      char buf[65536];
      ssize_t n = read(fds[k].fd, buf, sizeof buf);
      if (n > 0) {
        sinks[k]->append(buf, size_t(n));
      } else if (n == 0 || errno != EINTR) {
        close(fds[k].fd);
        fds[k].fd = -1;
        --open_fds;
      }
    }
  }
  int status = 0;
  struct rusage ru = {};
  while (wait4(pid, &status, 0, &ru) < 0 && errno == EINTR) {}
  auto t1 = std::chrono::steady_clock::now();
  r.wall = std::chrono::duration<double>(t1 - t0).count();
  r.user = seconds(ru.ru_utime);
  r.sys = seconds(ru.ru_stime);
  r.max_rss_kib = ru.ru_maxrss;
  r.status = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  return r;
}

double median(std::vector<double> v) {
  if (v.empty()) return 0;
  std::sort(v.begin(), v.end());
  size_t n = v.size();
  return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

void progress_bar(const Config& c, size_t done, size_t total, const std::string& what) {
  if (!c.progress) return;
  const int width = 30;
  int filled = total ? int(double(done) / double(total) * width + 0.5) : width;
  std::string bar(size_t(filled), '#');
  bar += std::string(size_t(width - filled), '.');
  fprintf(stderr, "\r[%s] %3zu/%zu %-28s", bar.c_str(), done, total, what.c_str());
  if (done == total) fputs("\r\x1b[K", stderr);
  fflush(stderr);
}

std::string fmt(const char* f, double v) {
  char buf[64];
  snprintf(buf, sizeof buf, f, v);
  return buf;
}

std::string json_escape(const std::string& s) {
  std::string o;
  for (unsigned char ch : s) {
    switch (ch) {
      case '"': o += "\\\""; break;
      case '\\': o += "\\\\"; break;
      case '\n': o += "\\n"; break;
      case '\r': o += "\\r"; break;
      case '\t': o += "\\t"; break;
      default:
        if (ch < 0x20) {
          char buf[8];
          snprintf(buf, sizeof buf, "\\u%04x", ch);
          o += buf;
        } else {
          o += char(ch);
        }
    }
  }
  return o;
}

std::string xml_escape(const std::string& s) {
  std::string o;
  for (char ch : s) {
    if (ch == '&') o += "&amp;";
    else if (ch == '<') o += "&lt;";
    else if (ch == '>') o += "&gt;";
    else if (ch == '"') o += "&quot;";
    else o += ch;
  }
  return o;
}

std::string base_name(const std::string& path) {
  size_t slash = path.rfind('/');
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

// A "nice" step (1, 2 or 5 times a power of ten) giving about `ticks` intervals up to `max`.
double nice_step(double max, int ticks) {
  if (max <= 0) return 1;
  double raw = max / ticks;
  double p = std::pow(10.0, std::floor(std::log10(raw)));
  for (double m : {1.0, 2.0, 5.0, 10.0}) {
    if (m * p >= raw) return m * p;
  }
  return 10 * p;
}

std::string tick_label(double v, double step) {
  int decimals = step >= 1 ? 0 : int(std::ceil(-std::log10(step) - 1e-9));
  char buf[32];
  snprintf(buf, sizeof buf, "%.*f", decimals, v);
  return buf;
}

// Threads on x (evenly spaced), median wall time on y, one line per build with min/max bars.
std::string make_svg(const Config& c, const std::vector<Summary>& sums) {
  const double W = 760, H = 440, left = 80, right = 210, top = 50, bottom = 60;
  const double pw = W - left - right, ph = H - top - bottom;
  const char* colors[] = {"#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b",
                          "#e377c2", "#7f7f7f", "#bcbd22"};
  double ymax = 0;
  for (const Summary& s : sums) ymax = std::max(ymax, s.max);
  double step = nice_step(ymax * 1.05, 5);
  double ytop = step * std::ceil(ymax * 1.05 / step);
  if (ytop <= 0) ytop = step;
  size_t nx = c.threads.size();
  auto xpos = [&](size_t i) { return nx == 1 ? left + pw / 2 : left + pw * double(i) / double(nx - 1); };
  auto ypos = [&](double v) { return top + ph - ph * v / ytop; };
  std::ostringstream o;
  o << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
  o << "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" << W << "\" height=\"" << H << "\" viewBox=\"0 0 " << W
    << " " << H << "\" font-family=\"sans-serif\" font-size=\"13\">\n";
  o << "<rect x=\"0\" y=\"0\" width=\"" << W << "\" height=\"" << H << "\" fill=\"white\"/>\n";
  o << "<text x=\"" << W / 2 << "\" y=\"28\" text-anchor=\"middle\" font-size=\"16\">"
    << xml_escape(base_name(c.script)) << ": wall time by thread count</text>\n";
  // Grid and y ticks.
  for (double v = 0; v <= ytop + step / 2; v += step) {
    double y = ypos(v);
    o << "<line x1=\"" << left << "\" y1=\"" << y << "\" x2=\"" << left + pw << "\" y2=\"" << y
      << "\" stroke=\"#dddddd\"/>\n";
    o << "<text x=\"" << left - 8 << "\" y=\"" << y + 4 << "\" text-anchor=\"end\">" << tick_label(v, step)
      << "</text>\n";
  }
  // Axes.
  o << "<line x1=\"" << left << "\" y1=\"" << top << "\" x2=\"" << left << "\" y2=\"" << top + ph
    << "\" stroke=\"black\"/>\n";
  o << "<line x1=\"" << left << "\" y1=\"" << top + ph << "\" x2=\"" << left + pw << "\" y2=\"" << top + ph
    << "\" stroke=\"black\"/>\n";
  for (size_t i = 0; i < nx; ++i) {
    double x = xpos(i);
    o << "<line x1=\"" << x << "\" y1=\"" << top + ph << "\" x2=\"" << x << "\" y2=\"" << top + ph + 5
      << "\" stroke=\"black\"/>\n";
    o << "<text x=\"" << x << "\" y=\"" << top + ph + 20 << "\" text-anchor=\"middle\">" << c.threads[i]
      << "</text>\n";
  }
  o << "<text x=\"" << left + pw / 2 << "\" y=\"" << H - 15 << "\" text-anchor=\"middle\">threads (WEFT_THREADS)</text>\n";
  o << "<text x=\"20\" y=\"" << top + ph / 2 << "\" text-anchor=\"middle\" transform=\"rotate(-90 20 "
    << top + ph / 2 << ")\">wall time, seconds (median; bars: min-max)</text>\n";
  // One line per build.
  for (size_t b = 0; b < c.builds.size(); ++b) {
    const char* color = colors[b % 9];
    std::ostringstream pts;
    for (size_t i = 0; i < nx; ++i) {
      for (const Summary& s : sums) {
        if (s.build != c.builds[b].name || s.threads != c.threads[i]) continue;
        double x = xpos(i);
        pts << x << "," << ypos(s.median) << " ";
        o << "<line x1=\"" << x << "\" y1=\"" << ypos(s.min) << "\" x2=\"" << x << "\" y2=\"" << ypos(s.max)
          << "\" stroke=\"" << color << "\" stroke-width=\"1.5\"/>\n";
        o << "<circle cx=\"" << x << "\" cy=\"" << ypos(s.median) << "\" r=\"4\" fill=\"" << color << "\"><title>"
          << xml_escape(s.build) << ", " << s.threads << " threads: " << fmt("%.3f", s.median) << " s</title></circle>\n";
      }
    }
    o << "<polyline fill=\"none\" stroke=\"" << color << "\" stroke-width=\"2\" points=\"" << pts.str() << "\"/>\n";
    double ly = top + 10 + 22 * double(b);
    o << "<line x1=\"" << left + pw + 20 << "\" y1=\"" << ly << "\" x2=\"" << left + pw + 45 << "\" y2=\"" << ly
      << "\" stroke=\"" << color << "\" stroke-width=\"3\"/>\n";
    o << "<text x=\"" << left + pw + 52 << "\" y=\"" << ly + 4 << "\">" << xml_escape(c.builds[b].name) << "</text>\n";
  }
  o << "</svg>\n";
  return o.str();
}

uint64_t fnv1a(const std::string& s) {
  uint64_t h = 1469598103934665603ull;
  for (unsigned char ch : s) {
    h ^= ch;
    h *= 1099511628211ull;
  }
  return h;
}

std::string hex64(uint64_t v) {
  char buf[20];
  snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(v));
  return buf;
}

bool make_dirs(const std::string& path) {
  std::string cur;
  std::stringstream ss(path);
  if (!path.empty() && path[0] == '/') cur = "/";
  for (std::string part; std::getline(ss, part, '/');) {
    if (part.empty()) continue;
    cur += part + "/";
    if (mkdir(cur.c_str(), 0755) != 0 && errno != EEXIST) return false;
  }
  return true;
}

bool write_file(const std::string& path, const std::string& text) {
  std::ofstream f(path, std::ios::binary);
  f << text;
  return bool(f);
}

std::string json_number(double v) { return fmt("%.6f", v); }

std::string make_json(const Config& c, const std::vector<Run>& runs, const std::vector<Summary>& sums,
                      bool identical) {
  std::ostringstream o;
  o << "{\n  \"script\": \"" << json_escape(c.script) << "\",\n  \"args\": [";
  for (size_t i = 0; i < c.args.size(); ++i) o << (i ? ", " : "") << "\"" << json_escape(c.args[i]) << "\"";
  o << "],\n  \"thread_env\": \"WEFT_THREADS\",\n  \"threads\": [";
  for (size_t i = 0; i < c.threads.size(); ++i) o << (i ? ", " : "") << c.threads[i];
  o << "],\n  \"ways\": [";
  for (size_t i = 0; i < c.ways.size(); ++i) o << (i ? ", " : "") << "\"" << c.ways[i] << "\"";
  o << "],\n  \"repeat\": " << c.repeat << ",\n  \"builds\": [";
  for (size_t i = 0; i < c.builds.size(); ++i)
    o << (i ? ", " : "") << "{\"name\": \"" << json_escape(c.builds[i].name) << "\", \"path\": \""
      << json_escape(c.builds[i].path) << "\"}";
  o << "],\n  \"outputs_identical\": " << (identical ? "true" : "false") << ",\n  \"runs\": [\n";
  for (size_t i = 0; i < runs.size(); ++i) {
    const Run& r = runs[i];
    o << "    {\"build\": \"" << json_escape(r.build) << "\", \"threads\": " << r.threads << ", \"run\": " << r.index
      << ", \"warmup\": " << (r.index == 0 ? "true" : "false") << ", \"wall_s\": " << json_number(r.wall)
      << ", \"user_s\": " << json_number(r.user) << ", \"sys_s\": " << json_number(r.sys)
      << ", \"cpu_s\": " << json_number(r.user + r.sys) << ", \"max_rss_kib\": " << r.max_rss_kib
      << ", \"exit_status\": " << r.status << ", \"stdout_bytes\": " << r.out.size() << ", \"stdout_fnv1a\": \""
      << hex64(fnv1a(r.out)) << "\", \"same_output\": " << (r.same_output ? "true" : "false") << "}"
      << (i + 1 < runs.size() ? "," : "") << "\n";
  }
  o << "  ],\n  \"summary\": [\n";
  for (size_t i = 0; i < sums.size(); ++i) {
    const Summary& s = sums[i];
    o << "    {\"build\": \"" << json_escape(s.build) << "\", \"threads\": " << s.threads
      << ", \"median_wall_s\": " << json_number(s.median) << ", \"min_wall_s\": " << json_number(s.min)
      << ", \"max_wall_s\": " << json_number(s.max) << ", \"median_cpu_s\": " << json_number(s.cpu)
      << ", \"peak_rss_kib\": " << s.rss_kib << ", \"speedup\": " << (s.speedup ? json_number(s.speedup) : "null")
      << ", \"vs_gil\": " << (s.vs_gil ? json_number(s.vs_gil) : "null")
      << ", \"failed\": " << (s.failed ? "true" : "false") << "}" << (i + 1 < sums.size() ? "," : "") << "\n";
  }
  o << "  ]\n}\n";
  return o.str();
}

std::string timestamp() {
  time_t now = time(nullptr);
  struct tm tm;
  localtime_r(&now, &tm);
  char buf[32];
  strftime(buf, sizeof buf, "%Y%m%d-%H%M%S", &tm);
  return buf;
}

std::string pad(const std::string& s, size_t w, bool right_align) {
  if (s.size() >= w) return s;
  return right_align ? std::string(w - s.size(), ' ') + s : s + std::string(w - s.size(), ' ');
}

std::string last_line(const std::string& s) {
  size_t end = s.find_last_not_of("\n");
  if (end == std::string::npos) return "";
  size_t start = s.rfind('\n', end);
  return s.substr(start == std::string::npos ? 0 : start + 1, end - (start == std::string::npos ? 0 : start + 1) + 1);
}

}  // namespace

int main(int argc, char** argv) {
  Config c = parse_args(argc, argv);
  signal(SIGPIPE, SIG_IGN);

  std::string dir = c.out_dir;
  if (dir.empty()) {
    std::string stem = base_name(c.script);
    if (stem.size() > 3 && stem.compare(stem.size() - 3, 3, ".py") == 0) stem.resize(stem.size() - 3);
    dir = c.out_base + "/" + stem + "-" + timestamp();
  }
  if (!make_dirs(dir)) {
    fprintf(stderr, "weft-compare: cannot create %s: %s\n", dir.c_str(), strerror(errno));
    return 1;
  }

  std::vector<Run> runs;
  size_t total = c.builds.size() * c.threads.size() * size_t(c.repeat + 1), done = 0;
  std::map<int, const Run*> reference;  // first measured run per thread count
  std::vector<std::string> problems;
  for (const Build& b : c.builds) {
    for (int t : c.threads) {
      for (int i = 0; i <= c.repeat; ++i) {
        progress_bar(c, done, total, b.name + " threads=" + std::to_string(t) + (i ? " run " + std::to_string(i) : " warm-up"));
        runs.push_back(run_once(c, b, t, i));
        ++done;
      }
    }
  }
  progress_bar(c, total, total, "");
  // Output checks (after all runs: `runs` no longer moves).
  int saved = 0;
  for (Run& r : runs) {
    auto it = reference.find(r.threads);
    if (it == reference.end()) {
      reference[r.threads] = &r;
      continue;
    }
    const Run& ref = *it->second;
    if (r.out == ref.out && r.status == ref.status) continue;
    r.same_output = false;
    std::string tag = r.build + "-t" + std::to_string(r.threads) + "-run" + std::to_string(r.index);
    std::string ref_tag = ref.build + "-t" + std::to_string(ref.threads) + "-run" + std::to_string(ref.index);
    if (saved < 10) {  // keep a few for inspection
      write_file(dir + "/output-" + ref_tag + ".txt", ref.out);
      write_file(dir + "/output-" + tag + ".txt", r.out);
      ++saved;
    }
    problems.push_back(r.status != ref.status
                           ? tag + ": exit status " + std::to_string(r.status) + ", but " + ref_tag + " exited with " +
                                 std::to_string(ref.status)
                           : tag + ": output differs from " + ref_tag);
  }
  for (const Run& r : runs) {
    if (r.status != 0 && r.index == 0) {
      std::string msg = last_line(r.err);
      problems.push_back(r.build + " threads=" + std::to_string(r.threads) + ": exit status " +
                         std::to_string(r.status) + (msg.empty() ? "" : " (" + msg + ")"));
    }
  }
  bool identical = true;
  for (const Run& r : runs) identical = identical && r.same_output;

  // Summary per (build, threads), measured runs only.
  std::vector<Summary> sums;
  for (const Build& b : c.builds) {
    for (int t : c.threads) {
      Summary s;
      s.build = b.name;
      s.threads = t;
      std::vector<double> walls, cpus;
      for (const Run& r : runs) {
        if (r.build != b.name || r.threads != t || r.index == 0) continue;
        walls.push_back(r.wall);
        cpus.push_back(r.user + r.sys);
        s.rss_kib = std::max(s.rss_kib, r.max_rss_kib);
        s.failed = s.failed || r.status != 0;
      }
      s.median = median(walls);
      s.min = *std::min_element(walls.begin(), walls.end());
      s.max = *std::max_element(walls.begin(), walls.end());
      s.cpu = median(cpus);
      sums.push_back(s);
    }
  }
  auto find = [&](const std::string& build, int t) -> const Summary* {
    for (const Summary& s : sums)
      if (s.build == build && s.threads == t) return &s;
    return nullptr;
  };
  for (Summary& s : sums) {
    const Summary* one = find(s.build, 1);
    if (one && s.median > 0) s.speedup = one->median / s.median;
    // With --ways, "vs gil" compares with the gil build running the same way.
    size_t slash = s.build.find('/');
    std::string gil_name = slash == std::string::npos ? "gil" : "gil" + s.build.substr(slash);
    const Summary* gil = find(gil_name, s.threads);
    if (gil && gil->median > 0) s.vs_gil = s.median / gil->median;
  }

  // The table.
  printf("%s%s: %d run%s per cell after a warm-up; threads from WEFT_THREADS\n\n", c.script.c_str(),
         c.args.empty() ? "" : " ...", c.repeat, c.repeat == 1 ? "" : "s");
  const char* heads[] = {"build", "threads", "median", "min", "max", "cpu", "peak mem", "speedup", "vs gil"};
  size_t widths[] = {c.ways.empty() ? size_t(8) : size_t(19), 7, 9, 9, 9, 9, 10, 8, 7};
  std::string line;
  for (int k = 0; k < 9; ++k) line += (k ? "  " : "") + pad(heads[k], widths[k], k > 0);
  printf("%s\n", line.c_str());
  printf("%s\n", std::string(line.size(), '-').c_str());
  for (const Summary& s : sums) {
    std::string cells[] = {s.build,
                           std::to_string(s.threads),
                           fmt("%.3fs", s.median),
                           fmt("%.3fs", s.min),
                           fmt("%.3fs", s.max),
                           fmt("%.3fs", s.cpu),
                           fmt("%.1f MiB", double(s.rss_kib) / 1024.0),
                           s.speedup ? fmt("%.2fx", s.speedup) : "-",
                           s.vs_gil ? fmt("%.2f", s.vs_gil) : "-"};
    line.clear();
    for (int k = 0; k < 9; ++k) line += (k ? "  " : "") + pad(cells[k], widths[k], k > 0);
    if (s.failed) line += "  FAILED";
    printf("%s\n", line.c_str());
  }
  printf("\n");
  for (const std::string& note : c.skipped) printf("Note: %s\n", note.c_str());
  if (identical && problems.empty()) {
    printf("Outputs: identical across all %zu runs.\n", runs.size());
  } else {
    printf("Outputs: NOT IDENTICAL%s\n", identical ? " (some runs failed)" : "");
    for (size_t i = 0; i < problems.size() && i < 20; ++i) printf("  %s\n", problems[i].c_str());
    if (problems.size() > 20) printf("  ... and %zu more\n", problems.size() - 20);
  }

  bool ok_files = write_file(dir + "/results.json", make_json(c, runs, sums, identical)) &&
                  write_file(dir + "/chart.svg", make_svg(c, sums));
  if (!ok_files) {
    fprintf(stderr, "weft-compare: cannot write into %s\n", dir.c_str());
    return 1;
  }
  printf("Results: %s/results.json, chart: %s/chart.svg\n", dir.c_str(), dir.c_str());
  fflush(stdout);
  return identical && problems.empty() ? 0 : 1;
}
