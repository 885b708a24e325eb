// weft: the command-line entry point. Parses the options, then starts the runtime and runs the
// main program on a thread with a 256 MiB stack (so Python recursion is bounded by the recursion
// limit, not by the C++ stack).
#include <limits.h>
#include <signal.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdio>
#include <string>

#include "concurrency/config.h"
#include "options.h"
#include "repl.h"
#include "vm/startup.h"

namespace {

std::string dirname_of(const std::string& path) {
  size_t slash = path.rfind('/');
  if (slash == std::string::npos) return "";
  if (slash == 0) return "/";
  return path.substr(0, slash);
}

std::string executable_path(const char* argv0) {
  char buf[PATH_MAX];
  ssize_t n = readlink("/proc/self/exe", buf, sizeof buf - 1);
  if (n > 0) return std::string(buf, size_t(n));
  return argv0 ? argv0 : "";
}

// sys.path: the script's directory (symlinks resolved, as CPython), the current directory for
// -m, or '' for -c/stdin/REPL; then WEFTPATH entries (PYTHONPATH's place in CPython).
std::vector<std::string> initial_path(const weft::cli::Options& o) {
  std::vector<std::string> path;
  if (!o.safe_path) {
    if (o.kind == weft::cli::Options::File) {
      char real[PATH_MAX];
      std::string dir;
      struct stat st;
      if (realpath(o.program.c_str(), real)) {
        // A directory argument runs its __main__.py, with the directory itself on sys.path.
        dir = (stat(real, &st) == 0 && S_ISDIR(st.st_mode)) ? std::string(real) : dirname_of(real);
      } else {
        dir = dirname_of(o.program);
        char cwd[PATH_MAX];
        if (dir.empty() && getcwd(cwd, sizeof cwd)) dir = cwd;
      }
      path.push_back(dir);
    } else if (o.kind == weft::cli::Options::Module) {
      char cwd[PATH_MAX];
      path.push_back(getcwd(cwd, sizeof cwd) ? cwd : "");
    } else {
      path.push_back("");
    }
  }
  const char* env = o.ignore_env ? nullptr : getenv("WEFTPATH");
  if (env && *env) {
    std::string s(env);
    size_t start = 0;
    for (;;) {
      size_t colon = s.find(':', start);
      std::string part = s.substr(start, colon == std::string::npos ? std::string::npos : colon - start);
      if (!part.empty()) path.push_back(part);
      if (colon == std::string::npos) break;
      start = colon + 1;
    }
  }
  return path;
}

}  // namespace

int main(int argc, char** argv) {
  using weft::cli::Options;
  std::string prog = "weft";
  Options o = weft::cli::parse_options(argc, argv);
  switch (o.action) {
    case Options::Help:
      fputs(weft::cli::help_text(prog).c_str(), stdout);
      return 0;
    case Options::Version:
      printf("%s\n", weft::cli::version_text(o.version_count > 1).c_str());
      return 0;
    case Options::UsageError:
      fprintf(stderr, "%s\n%s\nTry `%s -h' for more information.\n", o.error.c_str(),
              weft::cli::usage_line(prog).c_str(), prog.c_str());
      return 2;
    case Options::Fatal:
      fprintf(stderr, "%s: fatal error: %s\n", prog.c_str(), o.error.c_str());
      return 1;
    case Options::Run:
      break;
  }
  if (const char* gil = o.ignore_env ? nullptr : getenv("WEFT_GIL"); gil && *gil) {
    std::string g = gil;
    if (g != "0" && g != "1") {
      fprintf(stderr, "%s: fatal error: WEFT_GIL / -X gil must be \"0\" or \"1\"\n", prog.c_str());
      return 1;
    }
    if (g == "0" && !weft::kFreeThreading) {
      fprintf(stderr, "%s: fatal error: WEFT_GIL=0: turning the global lock off is not supported by the gil build\n",
              prog.c_str());
      return 1;
    }
  }

  weft::InterpreterConfig config;
  config.argv = o.argv;
  config.path = initial_path(o);
  config.xoptions = o.xoptions;
  config.unbuffered = o.unbuffered;
  config.executable = executable_path(argv[0]);

  weft::MainProgram program;
  program.kind = o.kind == Options::File      ? weft::MainProgram::File
                 : o.kind == Options::Command ? weft::MainProgram::Command
                 : o.kind == Options::Module  ? weft::MainProgram::Module
                                              : weft::MainProgram::Stdin;
  program.text = o.program;
  program.inspect = o.inspect;
  // No program and a terminal on stdin (or -i): the REPL reads stdin instead of a script.
  bool repl_only = program.kind == weft::MainProgram::Stdin && (o.inspect || isatty(0));
  for (const auto& x : o.xoptions) {
    if (x == "dis") program.disassemble = true;
  }

  int status = weft::run_with_big_stack([&]() -> int {
    weft::runtime_init();
    weft::InterpreterState* interp = weft::create_interpreter(config);
    if (!interp) return 1;
    weft::install_signal_handlers(weft::ThreadState::current());
    int st;
    if (repl_only) {
      st = weft::cli::run_repl(interp, !o.quiet);
    } else {
      st = weft::run_main(interp, program);
      if (o.inspect) st = weft::cli::run_repl(interp, false);
    }
    return weft::finalize_interpreter(interp, st);
  });

  fflush(stdout);
  fflush(stderr);
  if (status == weft::kExitBySigint) {
    // Like CPython: die by the signal so that the parent sees the interrupt (status 130).
    signal(SIGINT, SIG_DFL);
    kill(getpid(), SIGINT);
    return 130;
  }
  return status;
}
