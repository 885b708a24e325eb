// The interactive loop (interpreter/repl.h).
//
// Reading a line on a terminal uses readline's callback interface around select(), as CPython's
// readline module does: the wait is a BlockingRegion (other threads run meanwhile), and a Ctrl-C
// shows up as a pending signal on the eval breaker, which cancels the line. readline's own signal
// handlers are off (rl_catch_signals = 0) so that the interpreter's SIGINT handler stays in charge.
#include "repl.h"

#include <errno.h>
#include <pwd.h>
#include <sys/select.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <algorithm>
#include <cstring>
#include <set>
#include <string>
#include <vector>

#include <readline/history.h>
#include <readline/readline.h>

#include "builtins_module.h"
#include "compiler/parser.h"
#include "concurrency/blocking.h"
#include "concurrency/config.h"
#include "objects/abstract.h"
#include "objects/dict.h"
#include "objects/exceptions.h"
#include "objects/module.h"
#include "objects/str.h"
#include "vm/interactive_source.h"
#include "vm/run.h"
#include "vm/startup.h"
#include "vm/state.h"

namespace weft::cli {

namespace {

enum class Input { Line, Eof, Interrupt };

// True (and the pending Ctrl-C consumed) when SIGINT arrived since the last check.
bool take_interrupt() {
  if (check_signals().ok()) return false;
  clear_error();
  return true;
}

void flush_std_streams(InterpreterState* interp) {
  for (Str* name : {ids::stdout, ids::stderr}) {
    Result<Ref> f = getattr_opt(interp->sys, name);
    if (!f.ok()) { clear_error(); continue; }
    if (!*f || is_none(*f)) continue;
    if (!call_method(*f, ids::flush, {}).ok()) clear_error();
  }
}

// str(sys.ps1) / str(sys.ps2); "" when unset or unprintable.
std::string prompt_text(InterpreterState* interp, const char* name) {
  Result<Ref> v = getattr_opt(interp->sys, intern(name));
  if (!v.ok()) { clear_error(); return ""; }
  if (!*v) return "";
  Result<std::string> s = str_utf8(*v);
  if (!s.ok()) { clear_error(); return ""; }
  return *s;
}

// ---- plain lines (stdin is not a terminal) ---------------------------------------------------

class PlainReader {
 public:
  Input read(InterpreterState* interp, const std::string& prompt, std::string* line) {
    write_stderr(prompt);  // python writes the prompts of a non-terminal session to stderr
    for (;;) {
      size_t nl = buf_.find('\n');
      if (nl != std::string::npos) {
        line->assign(buf_, 0, nl);
        buf_.erase(0, nl + 1);
        return Input::Line;
      }
      if (eof_) {
        if (buf_.empty()) return Input::Eof;
        *line = std::move(buf_);
        buf_.clear();
        return Input::Line;
      }
      char tmp[4096];
      ssize_t n;
      {
        BlockingRegion br;
        n = ::read(0, tmp, sizeof tmp);
      }
      if (n < 0 && errno == EINTR) {
        if (take_interrupt()) return Input::Interrupt;
        continue;
      }
      if (n <= 0) eof_ = true;
      else buf_.append(tmp, size_t(n));
    }
  }

 private:
  std::string buf_;
  bool eof_ = false;
};

// ---- readline (stdin is a terminal) ----------------------------------------------------------

// readline is process-wide state by nature; the callback handler reports through this.
struct PendingLine {
  bool done = false;
  bool eof = false;
  std::string text;
};
PendingLine* g_pending = nullptr;

void on_line(char* l) {
  if (!g_pending) return;
  g_pending->done = true;
  if (l) {
    g_pending->text = l;
    free(l);
  } else {
    g_pending->eof = true;
  }
  rl_callback_handler_remove();  // no prompt redisplay until the next read
}

Input readline_read(const std::string& prompt, std::string* line) {
  PendingLine pending;
  g_pending = &pending;
  rl_callback_handler_install(prompt.c_str(), on_line);
  while (!pending.done) {
    fd_set fds;
    FD_ZERO(&fds);
    FD_SET(0, &fds);
    // A short timeout: SIGINT may be delivered to another thread, so select() is not always
    // interrupted; the pending flag is polled instead.
    struct timeval tv = {0, 200 * 1000};
    int r;
    {
      BlockingRegion br;
      r = select(1, &fds, nullptr, nullptr, &tv);
    }
    if (take_interrupt()) {
      rl_free_line_state();
      rl_callback_sigcleanup();
      rl_cleanup_after_signal();
      rl_callback_handler_remove();
      g_pending = nullptr;
      return Input::Interrupt;
    }
    if (r < 0) {
      if (errno == EINTR) continue;
      rl_callback_handler_remove();
      g_pending = nullptr;
      return Input::Eof;
    }
    if (r > 0) rl_callback_read_char();
  }
  g_pending = nullptr;
  if (pending.eof) return Input::Eof;
  *line = std::move(pending.text);
  return Input::Line;
}

// ---- completion ------------------------------------------------------------------------------

const char* const kKeywords[] = {
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
    "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in",
    "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with",
    "yield", "_", "case", "match", "type"};

InterpreterState* g_completion_interp = nullptr;
std::vector<std::string> g_matches;
size_t g_next_match = 0;

bool starts_with(std::string_view s, std::string_view prefix) { return s.substr(0, prefix.size()) == prefix; }

bool is_identifier_chain(std::string_view s) {
  if (s.empty()) return false;
  bool start = true;
  for (char c : s) {
    if (c == '.') {
      if (start) return false;
      start = true;
      continue;
    }
    bool alpha = isalpha(static_cast<unsigned char>(c)) || c == '_' || (static_cast<unsigned char>(c) >= 0x80);
    if (!alpha && !(isdigit(static_cast<unsigned char>(c)) && !start)) return false;
    start = false;
  }
  return !start;
}

// The object a dotted name refers to in __main__ (globals, then builtins), or null. Only names
// and attributes are evaluated, never calls or subscripts.
Ref resolve_dotted(InterpreterState* interp, std::string_view expr) {
  if (!is_identifier_chain(expr)) return Ref();
  size_t dot = expr.find('.');
  std::string_view first = expr.substr(0, dot);
  Str* key = intern(first);
  Value v = dict_get_str(as<Dict>(module_dict(interp->main_module)), key);
  if (!v) v = dict_get_str(interp->builtins.as<Dict>(), key);
  if (!v) return Ref();
  Ref obj = Ref::borrow(v);
  while (dot != std::string_view::npos) {
    size_t next = expr.find('.', dot + 1);
    std::string_view part = expr.substr(dot + 1, next == std::string_view::npos ? std::string_view::npos : next - dot - 1);
    Result<Ref> a = getattr_opt(obj, intern(part));
    if (!a.ok() || !*a) { clear_error(); return Ref(); }
    obj = a.take();
    dot = next;
  }
  return obj;
}

// As python's rlcompleter: "(" after callables, " " or ":" after keywords.
std::vector<std::string> compute_matches(InterpreterState* interp, const std::string& text) {
  std::vector<std::string> out;
  std::set<std::string> seen;
  size_t dot = text.rfind('.');
  if (dot == std::string::npos) {
    for (const char* kw : kKeywords) {
      std::string w = kw;
      if (!starts_with(w, text)) continue;
      seen.insert(w);
      if (w == "finally" || w == "try") w += ":";
      else if (w != "False" && w != "None" && w != "True" && w != "break" && w != "continue" && w != "pass" &&
               w != "else" && w != "_")
        w += " ";
      out.push_back(w);
    }
    for (Value d : {module_dict(interp->main_module), interp->builtins.get()}) {
      size_t pos = 0;
      Value k, v;
      while (dict_next(as<Dict>(d), &pos, &k, &v)) {
        if (!is_str(k)) continue;
        std::string name(str_view(k));
        if (!starts_with(name, text) || !seen.insert(name).second) continue;
        out.push_back(is_callable(v) ? name + "(" : name);
      }
    }
    return out;
  }
  std::string expr = text.substr(0, dot), attr = text.substr(dot + 1);
  Ref obj = resolve_dotted(interp, expr);
  if (!obj) return out;
  Value dir_fn = dict_get_str(interp->builtins.as<Dict>(), intern("dir"));
  if (!dir_fn) return out;
  Result<Ref> names = call(dir_fn, {obj.get()});
  if (!names.ok()) { clear_error(); return out; }
  Result<Ref> it = get_iter(*names);
  if (!it.ok()) { clear_error(); return out; }
  for (;;) {
    Result<Ref> item = iter_next(*it);
    if (!item.ok()) { clear_error(); break; }
    if (!*item) break;
    if (!is_str(*item)) continue;
    std::string name(str_view(*item));
    if (attr.empty() && starts_with(name, "_")) continue;  // private names only when asked for
    if (attr == "_" && starts_with(name, "__")) continue;
    if (!starts_with(name, attr) || !seen.insert(name).second) continue;
    std::string word = expr + "." + name;
    Result<Ref> value = getattr_opt(obj, as<Str>(item->get()));
    if (!value.ok()) clear_error();
    else if (*value && is_callable(*value)) word += "(";
    out.push_back(word);
  }
  return out;
}

char* match_generator(const char* text, int state) {
  if (state == 0) {
    g_matches = g_completion_interp ? compute_matches(g_completion_interp, text) : std::vector<std::string>();
    g_next_match = 0;
  }
  if (g_next_match >= g_matches.size()) return nullptr;
  return strdup(g_matches[g_next_match++].c_str());
}

char** attempt_completion(const char* text, int, int) {
  rl_completion_append_character = '\0';  // "print(" must not become "print( "
  rl_attempted_completion_over = 1;       // no filename completion as a fallback
  return rl_completion_matches(text, match_generator);
}

// TAB at the start of a line (only blanks before the cursor) indents instead of completing.
int tab_key(int count, int key) {
  for (int i = 0; i < rl_point; ++i) {
    if (rl_line_buffer[i] != ' ' && rl_line_buffer[i] != '\t') return rl_complete(count, key);
  }
  rl_insert_text("\t");
  return 0;
}

std::string history_file() {
  const char* home = getenv("HOME");
  std::string dir;
  if (home && *home) {
    dir = home;
  } else if (struct passwd* pw = getpwuid(getuid())) {
    dir = pw->pw_dir;
  }
  if (dir.empty()) return "";
  return dir + "/.weft_history";
}

// ---- the loop --------------------------------------------------------------------------------

class Repl {
 public:
  Repl(InterpreterState* interp, bool tty) : interp_(interp), tty_(tty) {
    if (tty_) {
      rl_readline_name = "weft";
      rl_catch_signals = 0;
      rl_attempted_completion_function = attempt_completion;
      // '.' is not a break character, so "math.sq" is completed as one word.
      rl_completer_word_break_characters = const_cast<char*>(" \t\n`~!@#$%^&*()-=+[{]}\\|;:'\",<>/?");
      rl_bind_key('\t', tab_key);
      g_completion_interp = interp;
      using_history();
      stifle_history(kHistoryMax);
      history_ = history_file();
      if (!history_.empty()) read_history(history_.c_str());
    }
  }

  // Saved whenever the session ends (EOF, exit(), sys.exit()).
  void save_history() {
    if (!tty_ || history_.empty()) return;
    write_history(history_.c_str());
    history_truncate_file(history_.c_str(), kHistoryMax);
  }

  Input read(const std::string& prompt, std::string* line) {
    flush_std_streams(interp_);
    Input r = tty_ ? readline_read(prompt, line) : plain_.read(interp_, prompt, line);
    if (r == Input::Line && tty_ && line->find_first_not_of(" \t") != std::string::npos) add_history(line->c_str());
    return r;
  }

  // Whether `source` (a statement being typed) needs more lines. A blank line ends a compound
  // statement: then only an open bracket or string continues it.
  static bool needs_more(const std::string& source, bool blank_line) {
    if (is_incomplete_input(source)) {
      if (!blank_line) return true;
      ParseResult r = parse(source, "<stdin>", ParseMode::Single);
      if (auto* e = std::get_if<SyntaxErrorInfo>(&r)) return e->msg.rfind("expected an indented block", 0) != 0;
      return true;
    }
    if (blank_line || !starts_compound(source)) return false;
    // An error right at the end of a compound statement after its first line (a decorator not
    // yet followed by its def, a `try:` body not yet followed by `except`): python's interactive
    // parser asks for more lines there.
    ParseResult r = parse(source, "<stdin>", ParseMode::Single);
    auto* e = std::get_if<SyntaxErrorInfo>(&r);
    if (!e) return false;
    int lines = int(std::count(source.begin(), source.end(), '\n'));
    if (e->lineno > lines) return true;
    if (e->lineno < 2 || e->lineno != lines) return false;
    size_t start = source.rfind('\n', source.size() - 2);
    std::string last = source.substr(start + 1, source.size() - start - 2);
    last.erase(last.find_last_not_of(" \t\f\r") + 1);
    size_t chars = 0;
    for (unsigned char c : last) chars += (c & 0xC0) != 0x80;
    return e->offset > int(chars);
  }

  static bool starts_compound(const std::string& source) {
    size_t b = source.find_first_not_of(" \t\f");
    if (b == std::string::npos) return false;
    if (source[b] == '@') return true;
    size_t e = b;
    while (e < source.size() && (isalnum(static_cast<unsigned char>(source[e])) || source[e] == '_')) ++e;
    std::string word = source.substr(b, e - b);
    for (const char* kw : {"if", "while", "for", "try", "with", "def", "class", "async", "match"}) {
      if (word == kw) return true;
    }
    return false;
  }

  // Runs one statement; false (with *status set) when the session must end (SystemExit).
  bool run(const std::string& source, int* status) {
    Result<Ref> code = compile_source(source, "<stdin>", CompileMode::Single);
    if (code.ok()) {
      register_interactive_source(*code, source);  // tracebacks show its lines, as CPython 3.13
      Result<Ref> r = eval_code(*code, module_dict(interp_->main_module), Value());
      if (r.ok()) return true;
    }
    if (error_matches(exc::SystemExit)) {
      *status = handle_uncaught_exception();
      return false;
    }
    Ref exc = fetch_error();
    if (exc) print_exception(exc);
    return true;
  }

  int loop() {
    for (;;) {
      std::string source, line;
      std::string prompt = prompt_text(interp_, "ps1");
      bool at_eof = false;
      for (;;) {
        Input in = read(prompt, &line);
        if (in == Input::Interrupt) {
          write_stderr("\nKeyboardInterrupt\n");
          source.clear();
          break;
        }
        if (in == Input::Eof) {
          at_eof = true;
          break;
        }
        bool blank = line.find_first_not_of(" \t\f\r") == std::string::npos;
        if (source.empty()) {
          size_t first = line.find_first_not_of(" \t\f\r");
          if (blank || line[first] == '#') break;  // nothing to run: a new primary prompt
        }
        source += blank ? std::string("\n") : line + "\n";
        if (!needs_more(source, blank)) break;
        prompt = prompt_text(interp_, "ps2");
      }
      int status = 0;
      if (!source.empty() && !run(source, &status)) {
        save_history();
        return status;
      }
      if (at_eof) {
        // Leave the shell's prompt on a line of its own, as python (readline has already
        // ended the line on a terminal).
        if (!tty_) write_stderr("\n");
        save_history();
        return 0;
      }
    }
  }

 private:
  InterpreterState* interp_;
  bool tty_;
  std::string history_;
  PlainReader plain_;
};

// The objects the banner mentions (python's site module adds them to builtins): help, copyright,
// credits, license. Written in Python: they only print text.
const char kSiteBuiltins[] = R"PY(
class _Printer:
    def __init__(self, text, call_text=None):
        self._text = text
        self._call_text = call_text or text
    def __repr__(self):
        return self._text
    def __call__(self):
        print(self._call_text)

class _Helper:
    def __repr__(self):
        return "Type help() for interactive help, or help(object) for help about object."
    def __call__(self, *args):
        if not args:
            print("Type help(object) to see the documentation of an object (its __doc__ text).")
            return
        obj = args[0]
        name = getattr(obj, "__qualname__", None) or getattr(obj, "__name__", None)
        if isinstance(obj, str) or not isinstance(name, str):
            obj = type(obj)
            name = obj.__name__
        print("Help on " + type(obj).__name__ + " " + name + ":\n")
        doc = getattr(obj, "__doc__", None)
        print(doc if isinstance(doc, str) else "(no documentation)")

help = _Helper()
copyright = _Printer("Weft: a Python-compatible interpreter. Python is a trademark of the Python Software Foundation.")
credits = _Printer("Thanks to the CPython developers, whose documentation and behaviour Weft follows.")
license = _Printer("Type license() to see the full license text",
                   "See README.md in the Weft source tree for the terms Weft is distributed under.")
)PY";

void add_site_builtins(InterpreterState* interp) {
  Dict* b = interp->builtins.as<Dict>();
  if (dict_get_str(b, intern("help"))) return;
  Result<Ref> code = compile_source(kSiteBuiltins, "<weft site>", CompileMode::Exec);
  Ref ns = make_dict();
  Ref modname = make_str("_sitebuiltins");
  if (!code.ok() || !dict_set_str(ns.as<Dict>(), ids::dunder_name, modname).ok() ||
      !eval_code(*code, ns, Value()).ok()) {
    clear_error();
    return;
  }
  for (const char* name : {"help", "copyright", "credits", "license"}) {
    Value v = dict_get_str(ns.as<Dict>(), intern(name));
    if (v && !dict_set_str(b, intern(name), v).ok()) clear_error();
  }
}

void set_default_prompt(InterpreterState* interp, const char* name, const char* value) {
  Result<bool> has = hasattr(interp->sys, intern(name));
  if (!has.ok()) { clear_error(); return; }
  if (*has) return;
  Ref v = make_str(value);
  if (!setattr(interp->sys, intern(name), v).ok()) clear_error();
}

}  // namespace

int run_repl(InterpreterState* interp, bool banner) {
  set_default_prompt(interp, "ps1", ">>> ");
  set_default_prompt(interp, "ps2", "... ");
  add_site_builtins(interp);
  if (banner) {
    write_stderr(std::string("Weft ") + kVersion + " (" + kBuildName + ") on linux\n" +
                 "Type \"help\", \"copyright\", \"credits\" or \"license\" for more information.\n");
  }
  Repl repl(interp, isatty(0));
  return repl.loop();
}

}  // namespace weft::cli
