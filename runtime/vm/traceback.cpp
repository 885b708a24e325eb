// Traceback objects and the uncaught-exception printer (CPython 3.13's format, with the ~~^^
// position markers of vm/tb_source.h).
#include "vm/traceback.h"

#include <unistd.h>

#include <algorithm>
#include <fstream>
#include <map>
#include <sstream>
#include <unordered_set>
#include <vector>

#include "bytecode/code.h"
#include "objects/abstract.h"
#include "objects/dict.h"
#include "objects/exceptions.h"
#include "objects/function.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "objects/unicode.h"
#include "vm/frame.h"
#include "vm/interactive_source.h"
#include "vm/state.h"
#include "vm/tb_source.h"

namespace weft {

TypeObject TracebackType;

void traceback_add(Frame* f) {
  ThreadState* ts = ThreadState::current();
  Value e = ts->current_exception;
  if (!e.is_object() || !is_instance_of(e, &exc::BaseException)) return;
  Ref keep_exc = Ref::borrow(e);
  Ref saved = fetch_error();
  Result<Value> fo = frame_object(f);
  if (!fo.ok()) {
    clear_error();
    restore_error(std::move(saved));
    return;
  }
  Traceback* tb = new_object<Traceback>(&TracebackType);
  auto* eo = as<BaseExceptionObject>(e);
  tb->next = std::move(eo->traceback);
  tb->frame = Ref::borrow(*fo);
  tb->lineno = f->line();
  tb->lasti = f->lasti();
  eo->traceback = Ref::steal(Value(tb));
  restore_error(std::move(saved));
}

namespace {

// ---- the traceback type ---------------------------------------------------------------------

void tb_dealloc(Object* o) {
  // Long chains (deep recursion) are released iteratively to bound the C++ stack.
  Traceback* tb = static_cast<Traceback*>(o);
  Ref next = std::move(tb->next);
  delete_object(tb);
  while (next && next.type() == &TracebackType && header_refcount(object_header(next.obj())) == 1) {
    Traceback* n = next.as<Traceback>();
    Ref after = std::move(n->next);
    next = std::move(after);  // frees n (its count reaches zero; its next was moved out)
  }
}

Result<Ref> tb_get_next(Value v) {
  Traceback* tb = as<Traceback>(v);
  return tb->next ? tb->next : none();
}
Status tb_set_next(Value v, Value x) {
  if (x.is_null()) return raise(&exc::TypeError, "can't delete tb_next attribute");
  Traceback* tb = as<Traceback>(v);
  if (is_none(x)) {
    tb->next.reset();
    return ok();
  }
  if (x.type() != &TracebackType) {
    return raise(&exc::TypeError, std::string("expected traceback object or None, got '") + type_name(x) + "'");
  }
  for (Value c = x; c.is_object() && c.type() == &TracebackType; c = as<Traceback>(c)->next) {
    if (c == v) return raise(&exc::ValueError, "traceback loop detected");
  }
  tb->next = Ref::borrow(x);
  return ok();
}
Result<Ref> tb_get_frame(Value v) { return as<Traceback>(v)->frame; }
Result<Ref> tb_get_lineno(Value v) { return make_int(as<Traceback>(v)->lineno); }
Result<Ref> tb_get_lasti(Value v) { return make_int(2 * as<Traceback>(v)->lasti); }

const GetSetDef kTbGetSets[] = {
    {"tb_next", tb_get_next, tb_set_next},
    {"tb_frame", tb_get_frame},
    {"tb_lineno", tb_get_lineno},
    {"tb_lasti", tb_get_lasti},
    {nullptr},
};

// ---- printing -------------------------------------------------------------------------------

class SourceCache {
 public:
  // The stripped text of a line, or false when unavailable.
  bool line(const std::string& filename, int lineno, std::string* out) {
    if (!raw_line(filename, lineno, out)) return false;
    size_t b = out->find_first_not_of(" \t\f\v");
    if (b == std::string::npos) return false;
    out->erase(0, b);
    return true;
  }

  // The line without its trailing whitespace (as linecache.getline(...).rstrip()).
  bool raw_line(const std::string& filename, int lineno, std::string* out) {
    auto it = files_.find(filename);
    if (it == files_.end()) {
      std::vector<std::string> lines;
      if (!filename.empty() && filename[0] != '<') {
        std::ifstream in(filename, std::ios::binary);
        std::string l;
        while (in && std::getline(in, l)) {
          if (!l.empty() && l.back() == '\r') l.pop_back();
          lines.push_back(l);
        }
      }
      it = files_.emplace(filename, std::move(lines)).first;
    }
    if (lineno < 1 || size_t(lineno) > it->second.size()) return false;
    std::string s = it->second[size_t(lineno - 1)];
    if (lineno == 1 && s.size() >= 3 && s.compare(0, 3, "\xEF\xBB\xBF") == 0) s.erase(0, 3);
    size_t e = s.find_last_not_of(" \t\f\v\r\n");
    s.resize(e == std::string::npos ? 0 : e + 1);
    *out = std::move(s);
    return true;
  }

 private:
  std::map<std::string, std::vector<std::string>> files_;
};

// The source lines of one entry with their position markers (vm/tb_source.h).
std::string source_block(SourceCache& src, Code* co, int lasti, const std::string& file, int line) {
  int end_line = line, col = -1, end_col = -1;
  if (lasti < 0 || co->line_at(size_t(lasti)) != line ||
      !co->position_at(size_t(lasti), &end_line, &col, &end_col) || end_line < line) {
    end_line = line;
    col = end_col = -1;
  }
  std::vector<std::string> lines;
  for (int l = line; l <= end_line; l++) {
    std::string text;
    // REPL inputs ("<stdin>") are looked up by code object (vm/interactive_source.h).
    if (!src.raw_line(file, l, &text) && !interactive_source_line(co, l, &text)) text.clear();
    lines.push_back(std::move(text));
  }
  return format_source_lines(lines, col, end_col);
}

std::string safe_str(Value v) {
  Result<std::string> s = str_utf8(v);
  if (s.ok()) return *s;
  clear_error();
  return "<exception str() failed>";
}

std::string type_display_name(Value exc) {
  TypeObject* t = exc.type();
  std::string qual = t->qualname && is_str(t->qualname) ? std::string(str_view(t->qualname))
                                                        : std::string(t->name ? t->name : "?");
  if (!(t->flags & kTypeHeapType)) {
    // Built-in types carry their module in tp_name ("collections.deque").
    return std::string(t->name ? t->name : qual);
  }
  Result<Ref> m = getattr_opt(Value(t), ids::dunder_module);
  if (!m.ok()) {
    clear_error();
    return qual;
  }
  if (*m && is_str(*m)) {
    std::string_view ms = str_view(*m);
    if (ms != "builtins" && ms != "__main__") return std::string(ms) + "." + qual;
  }
  return qual;
}

void format_tb(std::string& out, Value tbv, SourceCache& src) {
  std::vector<Traceback*> entries;
  for (Value c = tbv; c.is_object() && c.type() == &TracebackType; c = as<Traceback>(c)->next) {
    entries.push_back(as<Traceback>(c));
  }
  const size_t kLimit = 1000;
  size_t start = entries.size() > kLimit ? entries.size() - kLimit : 0;
  std::string last_file, last_name;
  int last_line = -1;
  int count = 0;
  auto flush_repeats = [&]() {
    if (count > 3) {
      int more = count - 3;
      out += "  [Previous line repeated " + std::to_string(more) + " more time" + (more > 1 ? "s" : "") + "]\n";
    }
  };
  for (size_t i = start; i < entries.size(); i++) {
    Traceback* tb = entries[i];
    auto* fo = tb->frame.as<FrameObject>();
    Code* co = fo->code.as<Code>();
    std::string file(str_view(co->filename));
    std::string name(str_view(co->name));
    int line = tb->lineno;
    if (file == last_file && line == last_line && name == last_name) {
      count++;
      if (count > 3) continue;
    } else {
      flush_repeats();
      last_file = file;
      last_line = line;
      last_name = name;
      count = 1;
    }
    out += "  File \"" + file + "\", line " + std::to_string(line) + ", in " + name + "\n";
    out += source_block(src, co, tb->lasti, file, line);
  }
  flush_repeats();
}

Value get_member(Value exc, const char* name) {
  Result<Ref> r = getattr_opt(exc, intern(name));
  if (!r.ok()) {
    clear_error();
    return Value();
  }
  Value v = *r;
  return v;  // borrowed from the exception (attributes are stored on it)
}

void format_syntax_error(std::string& out, Value exc, SourceCache& src) {
  Result<Ref> fn = getattr_opt(exc, intern("filename"));
  Result<Ref> ln = getattr_opt(exc, intern("lineno"));
  Result<Ref> tx = getattr_opt(exc, intern("text"));
  Result<Ref> off = getattr_opt(exc, intern("offset"));
  Result<Ref> eoff = getattr_opt(exc, intern("end_offset"));
  Result<Ref> eln = getattr_opt(exc, intern("end_lineno"));
  if (!fn.ok() || !ln.ok() || !tx.ok() || !off.ok() || !eoff.ok() || !eln.ok()) {
    clear_error();
    return;
  }
  std::string file = *fn && is_str(*fn) ? std::string(str_view(*fn)) : "<string>";
  int64_t lineno = 0;
  if (*ln && is_int(*ln)) int_to_int64(*ln, &lineno);
  if (!*ln || is_none(*ln)) return;
  out += "  File \"" + file + "\", line " + std::to_string(lineno) + "\n";
  if (!*tx || !is_str(*tx)) return;
  std::string text(str_view(*tx));
  // As traceback.py's _format_syntax_error: offsets are 1-based character columns in `text`.
  std::u32string u;
  for (size_t i = 0; i < text.size();) {
    char32_t c;
    size_t n = unicode::decode(text.data() + i, &c);
    u.push_back(c);
    i += n;
  }
  size_t full_len = u.size();
  std::u32string rtext = u;
  while (!rtext.empty() && rtext.back() == '\n') rtext.pop_back();
  size_t lead = 0;
  while (lead < rtext.size() && (rtext[lead] == ' ' || rtext[lead] == '\n' || rtext[lead] == '\f')) lead++;
  std::u32string ltext = rtext.substr(lead);
  auto utf8 = [](const std::u32string& x) {
    std::string o;
    for (char32_t c : x) unicode::append(o, c);
    return o;
  };
  out += "    " + utf8(ltext) + "\n";
  if (!*off || !is_int(*off)) return;
  int64_t offset = 0, end_offset = 0, el = lineno;
  int_to_int64(*off, &offset);
  if (*eln && is_int(*eln)) int_to_int64(*eln, &el);
  if (el == lineno) {
    end_offset = offset;
    if (*eoff && is_int(*eoff)) {
      int64_t e = 0;
      int_to_int64(*eoff, &e);
      if (e != 0) end_offset = e;
    }
  } else {
    end_offset = int64_t(rtext.size()) + 1;
  }
  if (full_len && offset > int64_t(full_len)) offset = int64_t(rtext.size()) + 1;
  if (full_len && end_offset > int64_t(full_len)) end_offset = int64_t(rtext.size()) + 1;
  if (offset >= end_offset || end_offset < 0) end_offset = offset + 1;
  int64_t colno = offset - 1 - int64_t(lead);
  int64_t end_colno = end_offset - 1 - int64_t(lead);
  if (colno < 0) return;
  std::u32string carets;
  for (int64_t i = 0; i < colno; i++) {
    char32_t c = i < int64_t(ltext.size()) ? ltext[size_t(i)] : U' ';
    carets.push_back(unicode::is_space(c) ? c : U' ');
  }
  for (int64_t i = colno; i < end_colno; i++) carets.push_back('^');
  out += "    " + utf8(carets) + "\n";
}


// ---- "Did you mean" suggestions (CPython 3.13's traceback module + Python/suggestions.c) -----

constexpr size_t kMoveCost = 2;
constexpr size_t kCaseCost = 1;
constexpr size_t kMaxCandidateItems = 750;
constexpr size_t kMaxStringSize = 40;

const char* const kStdlibModuleNames[] = {
    "__future__", "_abc", "_aix_support", "_android_support", "_ast", "_asyncio", "_bisect",
    "_blake2", "_bz2", "_codecs", "_codecs_cn", "_codecs_hk", "_codecs_iso2022", "_codecs_jp",
    "_codecs_kr", "_codecs_tw", "_collections", "_collections_abc", "_colorize", "_compat_pickle",
    "_compression", "_contextvars", "_csv", "_ctypes", "_curses", "_curses_panel", "_datetime",
    "_dbm", "_decimal", "_elementtree", "_frozen_importlib", "_frozen_importlib_external",
    "_functools", "_gdbm", "_hashlib", "_heapq", "_imp", "_interpchannels", "_interpqueues",
    "_interpreters", "_io", "_ios_support", "_json", "_locale", "_lsprof", "_lzma", "_markupbase",
    "_md5", "_multibytecodec", "_multiprocessing", "_opcode", "_opcode_metadata", "_operator",
    "_osx_support", "_overlapped", "_pickle", "_posixshmem", "_posixsubprocess", "_py_abc",
    "_pydatetime", "_pydecimal", "_pyio", "_pylong", "_pyrepl", "_queue", "_random", "_scproxy",
    "_sha1", "_sha2", "_sha3", "_signal", "_sitebuiltins", "_socket", "_sqlite3", "_sre", "_ssl",
    "_stat", "_statistics", "_string", "_strptime", "_struct", "_suggestions", "_symtable",
    "_sysconfig", "_thread", "_threading_local", "_tkinter", "_tokenize", "_tracemalloc",
    "_typing", "_uuid", "_warnings", "_weakref", "_weakrefset", "_winapi", "_wmi", "_zoneinfo",
    "abc", "antigravity", "argparse", "array", "ast", "asyncio", "atexit", "base64", "bdb",
    "binascii", "bisect", "builtins", "bz2", "cProfile", "calendar", "cmath", "cmd", "code",
    "codecs", "codeop", "collections", "colorsys", "compileall", "concurrent", "configparser",
    "contextlib", "contextvars", "copy", "copyreg", "csv", "ctypes", "curses", "dataclasses",
    "datetime", "dbm", "decimal", "difflib", "dis", "doctest", "email", "encodings", "ensurepip",
    "enum", "errno", "faulthandler", "fcntl", "filecmp", "fileinput", "fnmatch", "fractions",
    "ftplib", "functools", "gc", "genericpath", "getopt", "getpass", "gettext", "glob", "graphlib",
    "grp", "gzip", "hashlib", "heapq", "hmac", "html", "http", "idlelib", "imaplib", "importlib",
    "inspect", "io", "ipaddress", "itertools", "json", "keyword", "linecache", "locale", "logging",
    "lzma", "mailbox", "marshal", "math", "mimetypes", "mmap", "modulefinder", "msvcrt",
    "multiprocessing", "netrc", "nt", "ntpath", "nturl2path", "numbers", "opcode", "operator",
    "optparse", "os", "pathlib", "pdb", "pickle", "pickletools", "pkgutil", "platform", "plistlib",
    "poplib", "posix", "posixpath", "pprint", "profile", "pstats", "pty", "pwd", "py_compile",
    "pyclbr", "pydoc", "pydoc_data", "pyexpat", "queue", "quopri", "random", "re", "readline",
    "reprlib", "resource", "rlcompleter", "runpy", "sched", "secrets", "select", "selectors",
    "shelve", "shlex", "shutil", "signal", "site", "smtplib", "socket", "socketserver", "sqlite3",
    "sre_compile", "sre_constants", "sre_parse", "ssl", "stat", "statistics", "string",
    "stringprep", "struct", "subprocess", "symtable", "sys", "sysconfig", "syslog", "tabnanny",
    "tarfile", "tempfile", "termios", "textwrap", "this", "threading", "time", "timeit", "tkinter",
    "token", "tokenize", "tomllib", "trace", "traceback", "tracemalloc", "tty", "turtle",
    "turtledemo", "types", "typing", "unicodedata", "unittest", "urllib", "uuid", "venv",
    "warnings", "wave", "weakref", "webbrowser", "winreg", "winsound", "wsgiref", "xml", "xmlrpc",
    "zipapp", "zipfile", "zipimport", "zlib", "zoneinfo",
};

size_t substitution_cost(char a, char b) {
  if (a == b) return 0;
  if ('A' <= a && a <= 'Z') a = char(a + ('a' - 'A'));
  if ('A' <= b && b <= 'Z') b = char(b + ('a' - 'A'));
  return a == b ? kCaseCost : kMoveCost;
}

size_t levenshtein(std::string_view a, std::string_view b, size_t max_cost) {
  while (!a.empty() && !b.empty() && a.front() == b.front()) {
    a.remove_prefix(1);
    b.remove_prefix(1);
  }
  while (!a.empty() && !b.empty() && a.back() == b.back()) {
    a.remove_suffix(1);
    b.remove_suffix(1);
  }
  if (a.empty() || b.empty()) return (a.size() + b.size()) * kMoveCost;
  if (a.size() > kMaxStringSize || b.size() > kMaxStringSize) return max_cost + 1;
  if (b.size() < a.size()) std::swap(a, b);
  if ((b.size() - a.size()) * kMoveCost > max_cost) return max_cost + 1;
  size_t buffer[kMaxStringSize];
  size_t tmp = kMoveCost;
  for (size_t i = 0; i < a.size(); i++) {
    buffer[i] = tmp;
    tmp += kMoveCost;
  }
  size_t result = 0;
  for (size_t bi = 0; bi < b.size(); bi++) {
    char code = b[bi];
    size_t distance = result = bi * kMoveCost;
    size_t minimum = SIZE_MAX;
    for (size_t i = 0; i < a.size(); i++) {
      size_t substitute = distance + substitution_cost(code, a[i]);
      distance = buffer[i];
      size_t insert_delete = std::min(result, distance) + kMoveCost;
      result = std::min(insert_delete, substitute);
      buffer[i] = result;
      if (result < minimum) minimum = result;
    }
    if (minimum > max_cost) return max_cost + 1;
  }
  return result;
}

std::string best_suggestion(const std::vector<std::string>& dir, const std::string& name) {
  if (dir.size() >= kMaxCandidateItems) return "";
  if (name.size() > kMaxStringSize) return "";
  size_t best = SIZE_MAX;
  std::string suggestion;
  bool have = false;
  for (const std::string& item : dir) {
    if (item == name) continue;
    size_t max_distance = (name.size() + item.size() + 3) * kMoveCost / 6;
    if (best != SIZE_MAX) max_distance = std::min(max_distance, best - 1);
    size_t d = levenshtein(name, item, max_distance);
    if (d > max_distance) continue;
    if (!have || d < best) {
      suggestion = item;
      best = d;
      have = true;
    }
  }
  return suggestion;
}

void append_keys(std::vector<std::string>& out, Value mapping) {
  if (mapping.is_null() || !is_dict(mapping)) return;
  size_t pos = 0;
  Value k, v;
  while (dict_next(as<Dict>(mapping), &pos, &k, &v)) {
    if (is_str(k)) out.emplace_back(str_view(k));
  }
}

// The innermost frame object of a traceback chain (borrowed), or null.
FrameObject* last_tb_frame(Value tb) {
  FrameObject* fo = nullptr;
  for (Value c = tb; c.is_object() && c.type() == &TracebackType; c = as<Traceback>(c)->next) {
    fo = as<Traceback>(c)->frame.as<FrameObject>();
  }
  return fo;
}

// The text appended to the message of NameError / AttributeError, as traceback.py does.
std::string suggestion_suffix(Value exc) {
  bool is_name = is_instance_of(exc, &exc::NameError);
  bool is_attr = is_instance_of(exc, &exc::AttributeError);
  if (!is_name && !is_attr) return "";
  Result<Ref> nr = getattr_opt(exc, ids::name);
  if (!nr.ok()) {
    clear_error();
    return "";
  }
  if (!*nr || !is_str(*nr)) return "";
  std::string wrong(str_view(*nr));
  auto* eo = as<BaseExceptionObject>(exc);
  FrameObject* fo = last_tb_frame(eo->traceback);
  std::vector<std::string> dir;
  std::string suggestion;
  if (is_attr) {
    Result<Ref> objr = getattr_opt(exc, intern("obj"));
    if (!objr.ok()) {
      clear_error();
      return "";
    }
    if (!*objr) return "";
    ThreadState* ts = ThreadState::current();
    Value dirf = ts->interp->builtins ? dict_get_str(as<Dict>(ts->interp->builtins), intern("dir")) : Value();
    if (dirf.is_null()) return "";
    Result<Ref> d = call(dirf, {objr->get()});
    if (!d.ok()) {
      clear_error();
      return "";
    }
    if (!is_list(*d)) return "";
    bool hide_underscored = wrong.empty() || wrong[0] != '_';
    if (hide_underscored && fo) {
      Ref locals;
      if (fo->frame) {
        Result<Ref> l = frame_locals_dict(fo->frame);
        if (l.ok()) locals = l.take();
        else clear_error();
      } else {
        locals = fo->locals;
      }
      if (locals && is_dict(locals)) {
        Value self = dict_get_str(locals.as<Dict>(), ids::self);
        if (!self.is_null() && self == objr->get()) hide_underscored = false;
      }
    }
    for (size_t i = 0; i < list_size(*d); i++) {
      Value x = list_item(*d, i);
      if (!is_str(x)) continue;
      std::string_view sv = str_view(x);
      if (hide_underscored && !sv.empty() && sv[0] == '_') continue;
      dir.emplace_back(sv);
    }
    std::sort(dir.begin(), dir.end());
    suggestion = best_suggestion(dir, wrong);
    return suggestion.empty() ? "" : ". Did you mean: '" + suggestion + "'?";
  }
  // NameError: locals, globals, builtins of the innermost frame.
  if (fo) {
    Ref locals;
    if (fo->frame) {
      Result<Ref> l = frame_locals_dict(fo->frame);
      if (l.ok()) locals = l.take();
      else clear_error();
    } else {
      locals = fo->locals;
    }
    append_keys(dir, locals);
    append_keys(dir, fo->globals);
    append_keys(dir, builtins_for_globals(fo->globals));
    if (locals && is_dict(locals)) {
      Value self = dict_get_str(locals.as<Dict>(), ids::self);
      if (!self.is_null()) {
        Result<bool> h = hasattr(self, intern(wrong));
        if (!h.ok()) clear_error();
        if (h.ok() && *h) suggestion = "self." + wrong;
      }
    }
    if (suggestion.empty()) suggestion = best_suggestion(dir, wrong);
  }
  std::string out;
  if (!suggestion.empty()) out = ". Did you mean: '" + suggestion + "'?";
  for (const char* m : kStdlibModuleNames) {
    if (wrong == m) {
      out += suggestion.empty() ? ". Did you forget to import '" + wrong + "'?"
                                : " Or did you forget to import '" + wrong + "'?";
      break;
    }
  }
  return out;
}

void format_one(std::string& out, Value exc, SourceCache& src) {
  auto* eo = as<BaseExceptionObject>(exc);
  if (eo->traceback) {
    out += "Traceback (most recent call last):\n";
    format_tb(out, eo->traceback, src);
  }
  bool is_syntax = is_instance_of(exc, &exc::SyntaxError);
  if (is_syntax) format_syntax_error(out, exc, src);
  std::string name = type_display_name(exc);
  std::string msg;
  if (is_syntax) {
    Value m = get_member(exc, "msg");
    Ref keep = Ref::borrow(m);
    msg = !m.is_null() && !is_none(m) ? safe_str(m) : safe_str(exc);
  } else {
    msg = safe_str(exc);
    msg += suggestion_suffix(exc);
  }
  if (msg.empty()) {
    out += name + "\n";
  } else {
    out += name + ": " + msg + "\n";
  }
  // add_note() stores __notes__ as an attribute (instance dict), so look it up as one.
  Ref notes = eo->notes ? Ref::borrow(eo->notes) : Ref();
  if (!notes) {
    Result<Ref> nr = getattr_opt(exc, intern("__notes__"));
    if (nr.ok()) notes = nr.take();
    else clear_error();
  }
  if (notes && is_list(notes)) {
    for (size_t i = 0; i < list_size(notes); i++) {
      Value n = list_item(notes, i);
      if (is_str(n)) {
        out += std::string(str_view(n)) + "\n";
      } else {
        Result<Ref> r = str(n);
        if (r.ok()) out += std::string(str_view(*r)) + "\n";
        else clear_error();
      }
    }
  }
}

void format_chain(std::string& out, Value exc, std::unordered_set<Object*>& seen, SourceCache& src, int depth) {
  seen.insert(exc.obj());
  auto* eo = as<BaseExceptionObject>(exc);
  if (depth < 100) {
    Value cause = eo->cause;
    Value context = eo->context;
    if (cause.is_object() && is_instance_of(cause, &exc::BaseException) && !seen.count(cause.obj())) {
      format_chain(out, cause, seen, src, depth + 1);
      out += "\nThe above exception was the direct cause of the following exception:\n\n";
    } else if (context.is_object() && !eo->suppress_context && is_instance_of(context, &exc::BaseException) &&
               !seen.count(context.obj())) {
      format_chain(out, context, seen, src, depth + 1);
      out += "\nDuring handling of the above exception, another exception occurred:\n\n";
    }
  }
  format_one(out, exc, src);
}

void write_stderr(const std::string& text) {
  ThreadState* ts = ThreadState::current();
  if (ts && ts->interp && ts->interp->sys) {
    Result<Ref> err = getattr_opt(ts->interp->sys, ids::stderr);
    if (err.ok() && *err && !is_none(*err)) {
      Ref s = make_str(text);
      Result<Ref> r = call_method(*err, ids::write, {s.get()});
      if (r.ok()) {
        Result<Ref> fl = call_method(*err, ids::flush, {});
        if (!fl.ok()) clear_error();
        return;
      }
    }
    clear_error();
  }
  size_t off = 0;
  while (off < text.size()) {
    ssize_t n = ::write(2, text.data() + off, text.size() - off);
    if (n <= 0) break;
    off += size_t(n);
  }
}

}  // namespace

std::string format_exception(Value exc) {
  std::string out;
  SourceCache src;
  if (!exc.is_object() || !is_instance_of(exc, &exc::BaseException)) {
    out = safe_str(exc) + "\n";
    return out;
  }
  std::unordered_set<Object*> seen;
  format_chain(out, exc, seen, src, 0);
  return out;
}

void print_exception(Value exc) {
  Ref keep = Ref::borrow(exc);
  Ref saved = fetch_error();
  std::string text = format_exception(exc);
  write_stderr(text);
  if (saved) restore_error(std::move(saved));
}

void init_traceback_type(TypeList& out) {
  TracebackType.name = "traceback";
  TracebackType.basic_size = sizeof(Traceback);
  TracebackType.dealloc = tb_dealloc;
  TracebackType.getattr = generic_getattr;
  TracebackType.setattr = generic_setattr;
  TracebackType.getsets = kTbGetSets;
  out.push_back(&TracebackType);
}

}  // namespace weft
