// Command-line parsing (interpreter/options.h) with Boost.Program_options.
//
// Python's rule that the option list ends at the first non-option (the script) or right after
// `-c CODE` is not something Program_options expresses, so a first pass finds that boundary;
// the interpreter's own options before it are then parsed and validated by Program_options.
#include "options.h"

#include <boost/program_options.hpp>
#include <cstring>

#include "concurrency/config.h"

namespace weft::cli {

namespace po = boost::program_options;

namespace {

// Short options that take a value (in the same token or the next one).
bool takes_value(char c) { return c == 'c' || c == 'm' || c == 'X' || c == 'W'; }

po::options_description make_description() {
  po::options_description d("Options");
  d.add_options()
      ("help,h", "print this help message and exit")
      ("version,V", "print the version and exit")
      ("command,c", po::value<std::string>(), "program passed in as string")
      ("module,m", po::value<std::string>(), "run library module as a script")
      ("xoption,X", po::value<std::vector<std::string>>()->composing(), "implementation-specific option")
      ("warning,W", po::value<std::vector<std::string>>()->composing(), "warning control")
      ("unbuffered,u", "unbuffered stdout and stderr")
      ("quiet,q", "no banner on interactive start-up")
      ("ignore-env,E", "ignore WEFT* environment variables")
      ("isolate,I", "isolate from the user's environment (implies -E and -P)")
      ("inspect,i", "inspect interactively after running the script")
      ("safe-path,P", "don't prepend the script directory to sys.path")
      (",b", "accepted for compatibility")
      (",B", "accepted for compatibility")
      (",d", "accepted for compatibility")
      (",O", "accepted for compatibility")
      (",s", "accepted for compatibility")
      (",S", "accepted for compatibility")
      (",v", "accepted for compatibility")
      (",x", "accepted for compatibility")
      ("help-all", "print complete help information and exit")
      ("help-env", "print help about environment variables and exit")
      ("help-xoptions", "print help about -X options and exit");
  return d;
}

}  // namespace

std::string usage_line(const std::string& prog) {
  return "usage: " + prog + " [option] ... [-c cmd | -m mod | file | -] [arg] ...";
}

std::string version_text(bool verbose) {
  std::string s = std::string("Weft ") + kVersion + " (" + kBuildName + ")";
  if (verbose) {
    s += "\n[";
#ifdef __VERSION__
    s += "GCC " __VERSION__;
#endif
    s += "] Python 3.12 compatible language, ";
    s += kFreeThreading ? "free-threaded runtime (biased reference counts, per-object locks)"
                        : "global interpreter lock";
  }
  return s;
}

std::string help_text(const std::string& prog) {
  return usage_line(prog) + "\n" +
         "Options (and corresponding environment variables):\n"
         "-c cmd : program passed in as string (terminates option list)\n"
         "-E     : ignore WEFT* environment variables (such as WEFTPATH)\n"
         "-h     : print this help message and exit (also -? or --help)\n"
         "-i     : inspect interactively after running script; forces a prompt even\n"
         "         if stdin does not appear to be a terminal\n"
         "-I     : isolate Weft from the user's environment (implies -E and -P)\n"
         "-m mod : run library module as a script (terminates option list)\n"
         "-P     : don't prepend a potentially unsafe path to sys.path\n"
         "-q     : don't print version and copyright messages on interactive startup\n"
         "-u     : force the stdout and stderr streams to be unbuffered;\n"
         "         this option has no effect on stdin\n"
         "-V     : print the Weft version number and exit (also --version)\n"
         "         when given twice, print more information about the build\n"
         "-W arg : warning control (accepted and ignored)\n"
         "-X opt : set implementation-specific option (also in sys._xoptions):\n"
         "         -X dis: print the bytecode of the main program instead of running it\n"
         "         -X gil=0|1: (free-threading build) run without/with a global lock;\n"
         "             also WEFT_GIL\n"
         "         -X stats: print runtime statistics (time per thread, lock waits) at exit\n"
         "-b -B -d -O -s -S -v -x : accepted for compatibility with python, no effect\n"
         "--help-all: print complete help information and exit\n"
         "\n"
         "Arguments:\n"
         "file   : program read from script file\n"
         "-      : program read from stdin (default; interactive mode if a tty)\n"
         "arg ...: arguments passed to program in sys.argv[1:]\n"
         "\n"
         "Environment variables:\n"
         "WEFTPATH   : ':'-separated list of directories prefixed to the\n"
         "             default module search path.\n"
         "WEFT_GIL   : (free-threading build) 1 turns the global lock on, 0 off\n"
         "             (as -X gil=1 / -X gil=0)\n"
         "\n"
         "Interactive mode keeps its history in ~/.weft_history.\n";
}

Options parse_options(int argc, char** argv) {
  Options o;
  // Pass 1: find where the interpreter's options end.
  std::vector<std::string> opt_tokens;
  bool have_command = false, have_module = false;
  std::string command;
  int i = 1;
  for (; i < argc; ++i) {
    const char* a = argv[i];
    if (std::strcmp(a, "--") == 0) { ++i; break; }
    if (a[0] != '-' || a[1] == '\0') break;  // the script, or "-" (stdin)
    if (a[1] == '-') {                        // long option
      opt_tokens.push_back(a);
      continue;
    }
    bool stop = false;
    size_t len = std::strlen(a);
    for (size_t j = 1; j < len; ++j) {
      char c = a[j];
      if (c == '?') c = 'h';
      if (!takes_value(c)) {
        opt_tokens.push_back(std::string("-") + c);
        continue;
      }
      std::string value;
      if (j + 1 < len) {
        value = std::string(a + j + 1);
      } else if (i + 1 < argc) {
        value = argv[++i];
      } else {
        o.action = Options::UsageError;
        o.error = std::string("Argument expected for the -") + c + " option";
        return o;
      }
      if (c == 'c' || c == 'm') {
        (c == 'c' ? have_command : have_module) = true;
        command = value;
        stop = true;
      } else {
        // Adjacent form, so a value starting with '-' is not taken for an option.
        opt_tokens.push_back(std::string("-") + c + value);
        if (value.empty()) {  // "-X ''": Program_options wants a value; keep it directly
          opt_tokens.pop_back();
          if (c == 'X') o.xoptions.push_back(value);
        }
      }
      break;
    }
    if (stop) { ++i; break; }
  }

  // Pass 2: Program_options parses and validates the interpreter's options.
  po::options_description desc = make_description();
  // Occurrences are handled one by one (not through a variables_map) so that repeated flags
  // such as -VV or -u -u are fine, as with python.
  bool help = false;
  try {
    po::parsed_options parsed =
        po::command_line_parser(opt_tokens)
            .options(desc)
            .style(po::command_line_style::unix_style & ~po::command_line_style::allow_guessing)
            .run();
    for (const po::option& opt : parsed.options) {
      const std::string& k = opt.string_key;
      std::string value = opt.value.empty() ? std::string() : opt.value.front();
      if (k == "version") o.version_count++;
      else if (k == "help" || k.rfind("help-", 0) == 0) help = true;
      else if (k == "xoption") o.xoptions.push_back(value);
      else if (k == "warning") o.warnoptions.push_back(value);
      else if (k == "unbuffered") o.unbuffered = true;
      else if (k == "quiet") o.quiet = true;
      else if (k == "inspect") o.inspect = true;
      else if (k == "ignore-env") o.ignore_env = true;
      else if (k == "safe-path") o.safe_path = true;
      else if (k == "isolate") o.ignore_env = o.safe_path = true;
    }
  } catch (const po::unknown_option& e) {
    o.action = Options::UsageError;
    std::string name = e.get_option_name();
    o.error = name.rfind("--", 0) == 0 ? "unknown option " + name : "Unknown option: " + name;
    return o;
  } catch (const po::error& e) {
    o.action = Options::UsageError;
    o.error = e.what();
    return o;
  }

  if (help) {
    o.action = Options::Help;
    return o;
  }
  if (o.version_count > 0) {
    o.action = Options::Version;
    return o;
  }
  for (const std::string& x : o.xoptions) {
    if (x.rfind("gil=", 0) != 0) continue;
    if (x != "gil=0" && x != "gil=1") {
      o.action = Options::Fatal;
      o.error = "-X gil must be \"0\" or \"1\"";
      return o;
    }
    if (x == "gil=0" && !kFreeThreading) {
      o.action = Options::Fatal;
      o.error = "-X gil=0: turning the global lock off is not supported by the gil build";
      return o;
    }
  }

  if (have_module) {
    o.kind = Options::Module;
    o.program = command;
    o.argv.push_back("-m");  // replaced by the module's path when it is found
  } else if (have_command) {
    o.kind = Options::Command;
    o.program = command;
    o.argv.push_back("-c");
  } else if (i < argc && std::strcmp(argv[i], "-") == 0 && (i == 0 || std::strcmp(argv[i - 1], "--") != 0)) {
    o.kind = Options::Stdin;
    o.argv.push_back("-");
    ++i;
  } else if (i < argc) {
    o.kind = Options::File;
    o.program = argv[i];
    o.argv.push_back(argv[i]);
    ++i;
  } else {
    o.kind = Options::Stdin;
    o.argv.push_back("");
  }
  for (; i < argc; ++i) o.argv.push_back(argv[i]);
  return o;
}

}  // namespace weft::cli
