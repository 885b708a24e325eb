// The command line, parsed as CPython parses it: options end at the script name, at `-`, or at
// `-c CODE`; everything after goes to sys.argv untouched, even when it starts with '-'.
//
//   weft [option] ... [-c cmd | file | -] [arg] ...
#pragma once
#include <string>
#include <vector>

namespace weft::cli {

struct Options {
  enum Action { Run, Help, Version, UsageError } action = Run;
  enum Kind { File, Command, Stdin } kind = Stdin;
  std::string program;                 // File: the path; Command: the code
  std::vector<std::string> argv;       // sys.argv
  std::vector<std::string> xoptions;   // -X opt (stored; "dis" prints the bytecode instead of running)
  std::vector<std::string> warnoptions;  // -W arg (accepted, ignored)
  bool unbuffered = false;   // -u
  bool quiet = false;        // -q
  bool ignore_env = false;   // -E (and -I): ignore WEFTPATH
  bool inspect = false;      // -i (the REPL comes later; accepted)
  bool safe_path = false;    // -P / -I: don't prepend the script directory to sys.path
  int version_count = 0;     // -V given twice prints build details
  std::string error;         // UsageError: the first line printed ("Unknown option: -Z")
};

Options parse_options(int argc, char** argv);

// "usage: weft [option] ... [-c cmd | file | -] [arg] ..."
std::string usage_line(const std::string& prog);
// The full -h text.
std::string help_text(const std::string& prog);
// "Weft 0.1.0 (gil)" (+ build details when verbose).
std::string version_text(bool verbose);

}  // namespace weft::cli
