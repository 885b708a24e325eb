// Source lines of REPL inputs (vm/interactive_source.h).
#include "vm/interactive_source.h"

#include <map>
#include <memory>
#include <mutex>
#include <vector>

#include "bytecode/code.h"
#include "objects/tuple.h"

namespace weft {

namespace {

struct Entry {
  Ref code;  // keeps the address from being reused by another code object
  std::shared_ptr<const std::vector<std::string>> lines;
};

struct Registry {
  std::mutex lock;  // tracebacks may be printed by any thread
  std::map<const Object*, Entry> codes;
};

Registry& registry() {
  static Registry* r = new Registry;  // never destroyed: threads may print at exit
  return *r;
}

void add(Registry& r, Value code, const std::shared_ptr<const std::vector<std::string>>& lines, int depth) {
  if (!is_code(code) || depth > 100) return;
  r.codes[code.obj()] = Entry{Ref::borrow(code), lines};
  Value consts = as<Code>(code)->consts;
  if (consts.is_null()) return;
  for (size_t i = 0; i < tuple_size(consts); i++) add(r, tuple_item(consts, i), lines, depth + 1);
}

}  // namespace

void register_interactive_source(Value code, const std::string& source) {
  auto lines = std::make_shared<std::vector<std::string>>();
  size_t start = 0;
  while (start <= source.size()) {
    size_t nl = source.find('\n', start);
    if (nl == std::string::npos) {
      if (start < source.size()) lines->push_back(source.substr(start));
      break;
    }
    lines->push_back(source.substr(start, nl - start));
    start = nl + 1;
  }
  Registry& r = registry();
  std::lock_guard<std::mutex> g(r.lock);
  add(r, code, lines, 0);
}

bool interactive_source_line(const Object* code, int lineno, std::string* out) {
  Registry& r = registry();
  std::lock_guard<std::mutex> g(r.lock);
  auto it = r.codes.find(code);
  if (it == r.codes.end() || lineno < 1 || size_t(lineno) > it->second.lines->size()) return false;
  std::string s = (*it->second.lines)[size_t(lineno - 1)];
  size_t e = s.find_last_not_of(" \t\f\v\r\n");
  s.resize(e == std::string::npos ? 0 : e + 1);
  *out = std::move(s);
  return true;
}

}  // namespace weft
