// The command line, parsed as CPython parses it: options end at the script name, at `-`, at
// `-c CODE` or at `-m MODULE`; everything after goes to sys.argv untouched, even when it starts
// with '-'.
//
//   weft [option] ... [-c cmd | -m mod | file | -] [arg] ...
#pragma once
#include <string>
#include <vector>

namespace weft::cli {

struct Options {
  enum Action { Run, Help, Version, UsageError, Fatal } action = Run;
  enum Kind { File, Command, Stdin, Module } kind = Stdin;
  std::string program;                 // File: the path; Command: the code; Module: its name
  std::vector<std::string> argv;       // sys.argv
  std::vector<std::string> xoptions;   // -X opt, in sys._xoptions: "dis" (print the bytecode
                                       // instead of running), "gil=0|1", "stats"
  std::vector<std::string> warnoptions;  // -W arg (accepted, ignored)
  bool unbuffered = false;   // -u
  bool quiet = false;        // -q
  bool ignore_env = false;   // -E (and -I): ignore WEFTPATH
  bool inspect = false;      // -i: the REPL after the program
  bool safe_path = false;    // -P / -I: don't prepend the script directory to sys.path
  int version_count = 0;     // -V given twice prints build details
  std::string error;         // UsageError: the first line printed ("Unknown option: -Z");
                             // Fatal: the message after "weft: fatal error: " (exit status 1)
};

Options parse_options(int argc, char** argv);

// "usage: weft [option] ... [-c cmd | -m mod | file | -] [arg] ..."
std::string usage_line(const std::string& prog);
// The full -h text.
std::string help_text(const std::string& prog);
// "Weft 0.1.0 (gil)" (+ build details when verbose).
std::string version_text(bool verbose);

}  // namespace weft::cli
