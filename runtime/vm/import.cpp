// The import system (vm/import.h), a compact version of importlib._bootstrap:
//   sys.modules cache -> native modules (stdlib/modules.def) -> embedded Python modules
//   (stdlib/lib, embedded_lib.h) -> X/__init__.py and X.py on sys.path (or the parent package's
//   __path__) -> a directory without __init__.py (namespace package).
// A module is in sys.modules while its body runs (so circular imports see the partial module)
// and is removed again if the body raises. One recursive lock per interpreter serialises
// finding and executing modules.
#include "vm/import.h"

#include <errno.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cstring>

#include "concurrency/blocking.h"
#include "embedded_lib.h"
#include "modules.h"
#include "objects/abstract.h"
#include "objects/dict.h"
#include "objects/exceptions.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "vm/run.h"
#include "vm/state.h"

namespace weft {

namespace {

ErrorMarker raise_import_error(TypeObject* type, const std::string& msg, std::string_view name,
                               Value path = Value()) {
  Ref m = make_str(msg);
  auto e = new_exception(type, {m.get()});
  if (!e) return kError;
  Ref exc = e.take();
  Ref n = make_str(name);
  if (!setattr(exc, ids::name, n)) clear_error();
  if (!setattr(exc, intern("path"), path ? path : None())) clear_error();
  return raise_value(exc);
}

ErrorMarker module_not_found(std::string_view name, const std::string& extra = "") {
  return raise_import_error(&exc::ModuleNotFoundError,
                            "No module named " + str_repr(name) + extra, name);
}

Dict* modules_dict() { return current_interp()->modules.as<Dict>(); }

// sys.modules[name], borrowed; null if absent.
Value lookup_module(std::string_view name) {
  return dict_get_str(modules_dict(), intern(name));
}

bool is_regular_file(const std::string& path) {
  struct stat st;
  return stat(path.c_str(), &st) == 0 && S_ISREG(st.st_mode);
}

bool is_directory(const std::string& path) {
  struct stat st;
  return stat(path.c_str(), &st) == 0 && S_ISDIR(st.st_mode);
}

std::string absolute_dir(const std::string& dir) {
  if (!dir.empty() && dir[0] == '/') return dir;
  char cwd[4096];
  if (!getcwd(cwd, sizeof cwd)) return dir.empty() ? "." : dir;
  if (dir.empty() || dir == ".") return cwd;
  return std::string(cwd) + "/" + dir;
}

Result<bool> read_file(const std::string& path, std::string* out) {
  int fd;
  {
    BlockingRegion br;
    fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  }
  if (fd < 0) return false;
  char buf[65536];
  for (;;) {
    ssize_t n;
    {
      BlockingRegion br;
      n = ::read(fd, buf, sizeof buf);
    }
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) break;
    out->append(buf, size_t(n));
  }
  ::close(fd);
  return true;
}

// Where a module's code comes from.
struct Found {
  enum Kind { None, Native, Embedded, File, Namespace } kind = None;
  const NativeModule* native = nullptr;
  const EmbeddedModule* embedded = nullptr;
  std::string file;     // File: the .py path
  std::string pkg_dir;  // packages: the directory (the module's __path__)
  bool is_package = false;
};

// The directories to search: the parent's __path__, or sys.path for a top-level module.
Result<std::vector<std::string>> search_path(Value parent_module) {
  std::vector<std::string> dirs;
  Ref path;
  if (parent_module) {
    path = TRY(getattr_opt(parent_module, ids::dunder_path));
  } else {
    InterpreterState* interp = current_interp();
    path = TRY(getattr_opt(interp->sys, intern("path")));
  }
  if (!path) return dirs;
  Ref it = TRY(get_iter(path));
  for (;;) {
    Ref item = TRY(iter_next(it));
    if (!item) break;
    if (is_str(item)) dirs.emplace_back(str_view(item));
  }
  return dirs;
}

Result<Found> find_module(std::string_view fullname, Value parent_module) {
  Found f;
  std::string_view last = fullname.substr(fullname.rfind('.') + 1);
  if (!parent_module) {
    for (const NativeModule& nm : kNativeModules) {
      if (fullname == nm.name) {
        f.kind = Found::Native;
        f.native = &nm;
        return f;
      }
    }
  }
  for (const EmbeddedModule* em = kEmbeddedModules; em->name; ++em) {
    if (fullname == em->name) {
      f.kind = Found::Embedded;
      f.embedded = em;
      f.is_package = em->is_package;
      return f;
    }
  }
  std::vector<std::string> dirs = TRY(search_path(parent_module));
  std::string namespace_dir;
  for (const std::string& d : dirs) {
    std::string base = absolute_dir(d) + "/" + std::string(last);
    if (is_directory(base)) {
      std::string init = base + "/__init__.py";
      if (is_regular_file(init)) {
        f.kind = Found::File;
        f.file = init;
        f.pkg_dir = base;
        f.is_package = true;
        return f;
      }
      if (namespace_dir.empty()) namespace_dir = base;
    }
    std::string py = base + ".py";
    if (is_regular_file(py)) {
      f.kind = Found::File;
      f.file = py;
      return f;
    }
  }
  if (!namespace_dir.empty()) {
    f.kind = Found::Namespace;
    f.pkg_dir = namespace_dir;
    f.is_package = true;
  }
  return f;
}

// The interpreter's import lock; waiting for it is a blocking region (in the gil build another
// thread may hold it while it waits for the global lock).
class ImportLock {
 public:
  explicit ImportLock(std::recursive_mutex& m) : m_(m) {
    if (!m_.try_lock()) {
      BlockingRegion br;
      m_.lock();
    }
  }
  ~ImportLock() { m_.unlock(); }
  ImportLock(const ImportLock&) = delete;
  ImportLock& operator=(const ImportLock&) = delete;

 private:
  std::recursive_mutex& m_;
};

// Tracks "this module's body is running" for the circular-import message.
class Initializing {
 public:
  explicit Initializing(std::string name) : name_(std::move(name)) {
    InterpreterState* interp = current_interp();
    std::lock_guard<std::mutex> guard(interp->initializing_lock);
    interp->initializing.push_back(name_);
  }
  ~Initializing() {
    InterpreterState* interp = current_interp();
    std::lock_guard<std::mutex> guard(interp->initializing_lock);
    auto& v = interp->initializing;
    auto it = std::find(v.rbegin(), v.rend(), name_);
    if (it != v.rend()) v.erase(std::next(it).base());
  }

 private:
  std::string name_;
};

bool is_initializing(std::string_view name) {
  InterpreterState* interp = current_interp();
  std::lock_guard<std::mutex> guard(interp->initializing_lock);
  auto& v = interp->initializing;
  return std::find(v.begin(), v.end(), name) != v.end();
}

// Creates, registers and runs the module; returns sys.modules[fullname] afterwards.
Result<Ref> load_module(std::string_view fullname, const Found& f) {
  InterpreterState* interp = current_interp();
  Str* key = intern(fullname);
  if (f.kind == Found::Native) {
    Ref m = TRY(f.native->init());
    TRY(dict_set_str(modules_dict(), key, m));
    return m;
  }
  Ref m = make_module(fullname);
  Dict* d = as<Dict>(module_dict(m));
  // __package__: the package itself, or the parent package ('' for a top-level module).
  std::string_view package = fullname;
  if (!f.is_package) {
    size_t dot = fullname.rfind('.');
    package = dot == std::string_view::npos ? std::string_view() : fullname.substr(0, dot);
  }
  Ref pkg = make_str(package);
  TRY(dict_set_str(d, ids::dunder_package, pkg));
  TRY(dict_set_str(d, ids::dunder_spec, None()));
  TRY(dict_set_str(d, ids::dunder_loader, None()));
  TRY(dict_set_str(d, ids::dunder_builtins, interp->builtins));
  if (f.is_package) {
    Ref path = make_list();
    if (!f.pkg_dir.empty()) {
      Ref dir = make_str(f.pkg_dir);
      TRY(list_append(path.as<List>(), dir));
    }
    TRY(dict_set_str(d, ids::dunder_path, path));
  }
  std::string source, filename;
  if (f.kind == Found::File) {
    Ref file = make_str(f.file);
    TRY(dict_set_str(d, ids::dunder_file, file));
    if (!TRY(read_file(f.file, &source))) return module_not_found(fullname);
    filename = f.file;
  } else if (f.kind == Found::Embedded) {
    source = f.embedded->source;
    filename = "<frozen " + std::string(fullname) + ">";
  }
  TRY(dict_set_str(modules_dict(), key, m));
  if (f.kind != Found::Namespace) {
    Initializing guard{std::string(fullname)};
    auto code = compile_source(source, filename, CompileMode::Exec);
    bool ok_run = code.ok() && eval_code(*code, Value(d), Value()).ok();
    if (!ok_run) {
      Ref err = fetch_error();
      auto r = dict_del(modules_dict(), Value(key));
      if (!r) clear_error();
      restore_error(std::move(err));
      return kError;
    }
  }
  Value now = lookup_module(fullname);
  if (!now) {
    return raise_import_error(&exc::ImportError,
                              "Loaded module " + std::string(fullname) + " not found in sys.modules", fullname);
  }
  return Ref::borrow(now);
}

// importlib._bootstrap._find_and_load: imports `name` (and its parents); returns the module.
Result<Ref> find_and_load(std::string_view name) {
  if (Value m = lookup_module(name)) {
    if (is_none(m)) {
      return raise_import_error(&exc::ModuleNotFoundError,
                                "import of " + std::string(name) + " halted; None in sys.modules", name);
    }
    // A module is in sys.modules from the start of its body: while the body still runs (in
    // another thread), wait below for that import to finish, as CPython's module locks do. A
    // complete module is returned without the lock, so a module body that waits for a thread
    // which imports something cannot deadlock.
    if (!is_initializing(name)) return Ref::borrow(m);
  }
  ImportLock lock(current_interp()->import_lock);
  if (Value m = lookup_module(name)) return Ref::borrow(m);  // another thread loaded it
  size_t dot = name.rfind('.');
  Ref parent;
  if (dot != std::string_view::npos) {
    std::string_view parent_name = name.substr(0, dot);
    parent = TRY(find_and_load(parent_name));
    if (Value m = lookup_module(name)) return Ref::borrow(m);  // the parent imported it
    Ref path = TRY(getattr_opt(parent, ids::dunder_path));
    if (!path) {
      return module_not_found(name, "; " + str_repr(parent_name) + " is not a package");
    }
  }
  Found f = TRY(find_module(name, parent));
  if (f.kind == Found::None) return module_not_found(name);
  Ref module = TRY(load_module(name, f));
  if (parent) {
    Ref child = make_str(name.substr(dot + 1));
    Status st = setattr(parent, as<Str>(child.get()), module);
    if (!st) return kError;
  }
  return module;
}

// importlib._bootstrap._calc___package__ + _resolve_name.
Result<std::string> resolve_name(std::string_view name, Value globals, int level) {
  std::string package;
  bool have = false;
  if (globals && is_dict(globals)) {
    Dict* g = as<Dict>(globals);
    Value pkg = dict_get_str(g, ids::dunder_package);
    if (pkg && !is_none(pkg)) {
      if (!is_str(pkg)) return raise(exc::TypeError, "package must be a string");
      package = std::string(str_view(pkg));
      have = true;
    } else {
      Value n = dict_get_str(g, ids::dunder_name);
      if (!n || !is_str(n)) return raise(exc::KeyError, "'__name__' not in globals");
      package = std::string(str_view(n));
      if (!dict_get_str(g, ids::dunder_path)) {
        size_t dot = package.rfind('.');
        package = dot == std::string::npos ? "" : package.substr(0, dot);
      }
      have = true;
    }
  }
  if (!have || package.empty())
    return raise(exc::ImportError, "attempted relative import with no known parent package");
  // bits = package.rsplit('.', level - 1)
  std::string base = package;
  for (int i = 1; i < level; ++i) {
    size_t dot = base.rfind('.');
    if (dot == std::string::npos)
      return raise(exc::ImportError, "attempted relative import beyond top-level package");
    base.resize(dot);
  }
  if (name.empty()) return base;
  return base + "." + std::string(name);
}

// importlib._bootstrap._handle_fromlist: imports submodules named in fromlist.
Status handle_fromlist(Value module, Value fromlist, bool recursive) {
  Ref it = TRY(get_iter(fromlist));
  for (;;) {
    Ref item = TRY(iter_next(it));
    if (!item) break;
    if (!is_str(item)) {
      Ref modname = TRY(getattr(module, ids::dunder_name));
      std::string mn = is_str(modname) ? std::string(str_view(modname)) : "?";
      return raise(exc::TypeError, std::string("Item in ") + (recursive ? mn + ".__all__" : "``from list''") +
                                       " must be str, not " + type_name(item));
    }
    std::string_view x = str_view(item);
    if (x == "*") {
      if (!recursive) {
        Ref all = TRY(getattr_opt(module, ids::dunder_all));
        if (all) TRY(handle_fromlist(module, all, true));
      }
      continue;
    }
    bool has = TRY(hasattr(module, as<Str>(item.get())));
    if (has) continue;
    Ref modname = TRY(getattr(module, ids::dunder_name));
    if (!is_str(modname)) continue;
    std::string sub = std::string(str_view(modname)) + "." + std::string(x);
    auto r = find_and_load(sub);
    if (!r) {
      // A missing submodule is fine here: IMPORT_FROM reports the name that is missing.
      if (error_matches(&exc::ModuleNotFoundError)) {
        Ref err = fetch_error();
        Ref ename = TRY(getattr_opt(err, ids::name));
        if (ename && is_str(ename) && str_view(ename) == sub) continue;
        restore_error(std::move(err));
      }
      return kError;
    }
  }
  return ok();
}

Result<bool> fromlist_nonempty(Value fromlist) {
  if (!fromlist || is_none(fromlist)) return false;
  return truthy(fromlist);
}

}  // namespace

Result<Ref> import_module_level(Value name, Value globals, Value fromlist, int level) {
  if (!is_str(name))
    return raise(exc::TypeError, std::string("module name must be str, not ") + type_name(name));
  std::string_view n = str_view(name);
  std::string fullname;
  if (level > 0) {
    fullname = TRY(resolve_name(n, globals, level));
  } else {
    if (n.empty()) return raise(exc::ValueError, "Empty module name");
    fullname = std::string(n);
  }
  Ref module = TRY(find_and_load(fullname));
  if (!TRY(fromlist_nonempty(fromlist))) {
    if (level == 0) {
      size_t dot = fullname.find('.');
      if (dot == std::string::npos) return module;
      Value top = lookup_module(std::string_view(fullname).substr(0, dot));
      if (!top) return module_not_found(fullname.substr(0, dot));
      return Ref::borrow(top);
    }
    if (n.empty()) return module;
    // Return the package named by the relative prefix plus the first component of `name`.
    size_t first = n.find('.');
    size_t cut = first == std::string_view::npos ? 0 : n.size() - first;
    std::string want = fullname.substr(0, fullname.size() - cut);
    Value m = lookup_module(want);
    if (!m) return module_not_found(want);
    return Ref::borrow(m);
  }
  Ref path = TRY(getattr_opt(module, ids::dunder_path));
  if (path) TRY(handle_fromlist(module, fromlist, false));
  return module;
}

Result<Ref> import_module(std::string_view name) {
  if (name.empty()) return raise(exc::ValueError, "Empty module name");
  return find_and_load(name);
}

Result<Ref> import_from(Value module, Str* name) {
  Ref r = TRY(getattr_opt(module, name));
  if (r) return r;
  // A submodule that is in sys.modules but not (yet) an attribute of its package.
  Ref modname = TRY(getattr_opt(module, ids::dunder_name));
  std::string mn = (modname && is_str(modname)) ? std::string(str_view(modname)) : "<unknown module name>";
  if (modname && is_str(modname)) {
    std::string full = mn + "." + std::string(name->view());
    if (Value sub = lookup_module(full)) return Ref::borrow(sub);
  }
  Ref file = TRY(getattr_opt(module, ids::dunder_file));
  std::string where = (file && is_str(file)) ? std::string(str_view(file)) : "unknown location";
  std::string msg = "cannot import name " + str_repr(name->view()) + " from ";
  if (is_initializing(mn)) {
    msg += "partially initialized module " + str_repr(mn) +
           " (most likely due to a circular import) (" + where + ")";
  } else {
    msg += str_repr(mn) + " (" + where + ")";
  }
  return raise_import_error(&exc::ImportError, msg, mn, file ? file.get() : Value());
}

Status import_star(Value module, Value locals) {
  Ref all = TRY(getattr_opt(module, ids::dunder_all));
  auto bind = [&](Value key, Value value) -> Status {
    if (is_dict(locals)) return dict_set(as<Dict>(locals), key, value);
    return setitem(locals, key, value);
  };
  if (all) {
    Ref it = TRY(get_iter(all));
    for (;;) {
      Ref item = TRY(iter_next(it));
      if (!item) break;
      if (!is_str(item)) {
        Ref modname = TRY(getattr_opt(module, ids::dunder_name));
        std::string mn = (modname && is_str(modname)) ? std::string(str_view(modname)) : "?";
        return raise(exc::TypeError, "Item in " + mn + ".__all__ must be str, not " + type_name(item));
      }
      Ref value = TRY(getattr(module, as<Str>(item.get())));
      TRY(bind(item, value));
    }
    return ok();
  }
  Ref dict = TRY(getattr(module, ids::dunder_dict));
  if (!is_dict(dict)) return raise(exc::ImportError, "from-import-* object has no __dict__ and no __all__");
  // Copy first: binding may be into the same dict.
  std::vector<std::pair<Ref, Ref>> items;
  size_t pos = 0;
  Value k, v;
  while (dict_next(dict.as<Dict>(), &pos, &k, &v)) {
    if (is_str(k) && !str_view(k).empty() && str_view(k)[0] == '_') continue;
    items.emplace_back(Ref::borrow(k), Ref::borrow(v));
  }
  for (auto& [key, value] : items) TRY(bind(key, value));
  return ok();
}

// `weft -m NAME` (runpy._get_module_details, added by tools): the parent packages are imported,
// the module is found but not run; a package runs its __main__ submodule.
Result<MainModuleSource> find_main_module(std::string_view name) {
  MainModuleSource out;
  if (name.empty() || name[0] == '.') {
    out.error = name.empty() ? "No module named " : "Relative module names not supported";
    return out;
  }
  size_t dot = name.rfind('.');
  Ref parent;
  if (dot != std::string_view::npos) {
    std::string_view parent_name = name.substr(0, dot);
    auto p = find_and_load(parent_name);
    if (!p) {
      if (!error_matches(exc::ImportError)) return kError;
      Ref e = fetch_error();
      std::string msg;
      auto s = str_utf8(e);
      if (s) msg = *s; else clear_error();
      out.error = "Error while finding module specification for " + str_repr(name) + " (" +
                  type_name(e) + ": " + msg + ")";
      return out;
    }
    parent = p.take();
    Ref path = TRY(getattr_opt(parent, ids::dunder_path));
    if (!path) {
      out.error = "Error while finding module specification for " + str_repr(name) +
                  " (ModuleNotFoundError: __path__ attribute not found on " + str_repr(parent_name) +
                  " while trying to find " + str_repr(name) + ")";
      return out;
    }
  }
  Found f;
  {
    ImportLock lock(current_interp()->import_lock);
    f = TRY(find_module(name, parent));
  }
  if (f.kind == Found::None) {
    out.error = "No module named " + std::string(name);
    return out;
  }
  if (f.is_package) {
    std::string_view last = name.substr(dot == std::string_view::npos ? 0 : dot + 1);
    if (last == "__main__") {
      out.error = "Cannot use package as __main__ module";
      return out;
    }
    std::string sub = std::string(name) + ".__main__";
    MainModuleSource inner = TRY(find_main_module(sub));
    if (inner.error.rfind("No module named ", 0) == 0)
      inner.error += "; " + str_repr(name) + " is a package and cannot be directly executed";
    return inner;
  }
  if (f.kind == Found::Native) {
    out.error = "No code object available for " + std::string(name);
    return out;
  }
  out.package = dot == std::string_view::npos ? std::string() : std::string(name.substr(0, dot));
  if (f.kind == Found::Embedded) {
    out.source = f.embedded->source;
    out.filename = "<frozen " + std::string(name) + ">";
    return out;
  }
  out.filename = f.file;
  out.is_file = true;
  if (!TRY(read_file(f.file, &out.source))) out.error = "No module named " + std::string(name);
  return out;
}

}  // namespace weft
