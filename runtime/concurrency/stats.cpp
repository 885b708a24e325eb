// Runtime statistics (concurrency/stats.h): per-thread records and the report.
#include "concurrency/stats.h"

#include <time.h>

#include <algorithm>
#include <chrono>
#include <cstddef>
#include <cstdio>
#include <map>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "concurrency/blocking.h"
#include "concurrency/config.h"
#include "concurrency/refcount.h"
#include "objects/object.h"
#include "vm/state.h"

namespace weft::stats {

thread_local constinit Counters t_counters;
bool g_enabled = false;

namespace {

struct TypeLocks {
  uint64_t contended = 0, parked = 0, wait_ns = 0;
};
using TypeLockMap = std::map<std::string, TypeLocks>;

// One ended (or, at report time, the main) thread.
struct Record {
  std::string name;
  uint64_t wall_ns = 0, cpu_ns = 0;
  Counters c;
};

struct Registry {
  std::mutex lock;
  std::vector<Record> ended;
  TypeLockMap locks;  // merged from ended threads
  int running = 0;    // threads begun and not ended (besides the main thread)
  int next_seq = 1;   // names of bare _thread threads
};

Registry& registry() {
  static Registry* r = new Registry;  // never destroyed: daemon threads may still end
  return *r;
}

thread_local uint64_t t_start_ns = 0;
thread_local uint64_t t_block_start = 0;
thread_local int t_seq = 0;
thread_local TypeLockMap* t_locks = nullptr;  // allocated on the first contended lock

uint64_t thread_cpu_ns() {
  timespec ts;
  if (clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts) != 0) return 0;
  return uint64_t(ts.tv_sec) * 1000000000u + uint64_t(ts.tv_nsec);
}

uint64_t process_cpu_ns() {
  timespec ts;
  if (clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts) != 0) return 0;
  return uint64_t(ts.tv_sec) * 1000000000u + uint64_t(ts.tv_nsec);
}

void add(Counters& a, const Counters& b) {
  a.gil_acquisitions += b.gil_acquisitions;
  a.gil_wait_ns += b.gil_wait_ns;
  a.gil_drop_requests += b.gil_drop_requests;
  a.gil_handoffs += b.gil_handoffs;
  a.lock_contended += b.lock_contended;
  a.lock_parked += b.lock_parked;
  a.lock_wait_ns += b.lock_wait_ns;
  a.blocking_count += b.blocking_count;
  a.blocking_ns += b.blocking_ns;
  a.stw_wait_ns += b.stw_wait_ns;
  a.owner_checks += b.owner_checks;
  a.rc_shared += b.rc_shared;
  a.rc_merges += b.rc_merges;
  a.rc_queued += b.rc_queued;
  a.qsbr_retired += b.qsbr_retired;
  a.qsbr_freed += b.qsbr_freed;
}

void merge_locks(TypeLockMap& into, const TypeLockMap* from) {
  if (!from) return;
  for (const auto& [name, l] : *from) {
    TypeLocks& t = into[name];
    t.contended += l.contended;
    t.parked += l.parked;
    t.wait_ns += l.wait_ns;
  }
}

// The calling thread's record as it stands now.
Record snapshot(std::string name) {
  Record r;
  r.name = std::move(name);
  r.wall_ns = now_ns() - t_start_ns;
  r.cpu_ns = thread_cpu_ns();
  r.c = t_counters;
  return r;
}

double ms(uint64_t ns) { return double(ns) / 1e6; }

// Thousands separated by commas: long counts stay readable.
std::string grouped(uint64_t v) {
  std::string s = std::to_string(v);
  for (int i = int(s.size()) - 3; i > 0; i -= 3) s.insert(size_t(i), ",");
  return s;
}

std::string percent(uint64_t part, uint64_t whole) {
  char buf[32];
  snprintf(buf, sizeof buf, "%.1f%%", whole ? 100.0 * double(part) / double(whole) : 0.0);
  return buf;
}

}  // namespace

uint64_t now_ns() {
  timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return uint64_t(ts.tv_sec) * 1000000000u + uint64_t(ts.tv_nsec);
}

void configure(InterpreterState* interp) {
  // Sub-interpreters share the process-wide counters of the first one.
  if (g_enabled || interp != ProcessState::get().main_interpreter) return;
  bool on = false;
  for (const auto& x : interp->xoptions) {
    if (x == "stats") on = true;
  }
  if (!on) return;
  g_enabled = true;
  t_counters = Counters{};
  t_start_ns = now_ns();
#if defined(WEFT_FREE_THREADING) && WEFT_FREE_THREADING
  // From now on every owner check of this thread goes through assign_thread_id, which counts it
  // (the id itself is kept in refcount.cpp). Threads started later begin that way.
  refcount_detail::t_thread_id = 0;
#endif
}

void thread_begin() {
  if (!g_enabled) return;
  t_counters = Counters{};
  t_start_ns = now_ns();
  std::lock_guard<std::mutex> g(registry().lock);
  registry().running++;
  t_seq = registry().next_seq++;
}

void thread_end(const std::string& name) {
  if (!g_enabled || t_start_ns == 0) return;
  Record r = snapshot(name.empty() ? "_thread #" + std::to_string(t_seq) : name);
  Registry& reg = registry();
  std::lock_guard<std::mutex> g(reg.lock);
  reg.ended.push_back(std::move(r));
  merge_locks(reg.locks, t_locks);
  delete t_locks;
  t_locks = nullptr;
  reg.running--;
  t_start_ns = 0;
}

void blocking_begin() {
  ++t_counters.blocking_count;
  if (g_enabled) t_block_start = now_ns();
}

void blocking_end() {
  if (g_enabled && t_block_start) {
    t_counters.blocking_ns += now_ns() - t_block_start;
    t_block_start = 0;
  }
}

void lock_contended(const uint8_t* mutex_byte, uint64_t wait_ns, bool parked) {
  t_counters.lock_wait_ns += wait_ns;
#if defined(WEFT_FREE_THREADING) && WEFT_FREE_THREADING
  // The mutex byte lives in the header, which starts the object.
  const Object* o = reinterpret_cast<const Object*>(mutex_byte - offsetof(ObjectHeader, mutex));
  const char* name = o->type && o->type->name ? o->type->name : "?";
  if (!t_locks) t_locks = new TypeLockMap;
  TypeLocks& t = (*t_locks)[name];
  t.contended++;
  if (parked) t.parked++;
  t.wait_ns += wait_ns;
#endif
}

void report(InterpreterState* interp) {
  if (!g_enabled || interp != ProcessState::get().main_interpreter) return;
  Registry& reg = registry();
  // Joined threads may still be in their last lines of C++ (the join returns when the Python
  // part ends): give them a moment, with the global lock released, to file their records.
  {
    BlockingRegion br;
    for (int i = 0; i < 100; ++i) {
      {
        std::lock_guard<std::mutex> g(reg.lock);
        if (reg.running == 0) break;
      }
      std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }
  }
  std::vector<Record> rows;
  TypeLockMap locks;
  int running;
  {
    std::lock_guard<std::mutex> g(reg.lock);
    rows.push_back(snapshot("MainThread"));
    rows.insert(rows.end(), reg.ended.begin(), reg.ended.end());
    locks = reg.locks;
    merge_locks(locks, t_locks);
    running = reg.running;
  }
  Counters total;
  for (const Record& r : rows) add(total, r.c);

  bool gil_on = interp->gil.enabled();
  FILE* f = stderr;
  fflush(f);
  fprintf(f, "-X stats: %s build, global lock %s\n", kBuildName, gil_on ? "on" : "off");
  fprintf(f, "%-28s %10s %10s %12s %12s %12s\n", "thread", "wall ms", "cpu ms", "gil wait ms", "lock wait ms",
          "blocked ms");
  for (const Record& r : rows) {
    std::string name = r.name.size() > 28 ? r.name.substr(0, 25) + "..." : r.name;
    fprintf(f, "%-28s %10.1f %10.1f %12.1f %12.1f %12.1f\n", name.c_str(), ms(r.wall_ns), ms(r.cpu_ns),
            ms(r.c.gil_wait_ns), ms(r.c.lock_wait_ns), ms(r.c.blocking_ns));
  }
  fprintf(f, "threads: %zu ended or main", rows.size());
  if (running) fprintf(f, ", %d still running (not shown)", running);
  fprintf(f, "; process cpu %.1f ms\n", ms(process_cpu_ns()));

  if (gil_on) {
    fprintf(f, "global lock: %s acquisitions, %s drop requests, %s forced hand-offs, switch interval %.1f ms\n",
            grouped(total.gil_acquisitions).c_str(), grouped(total.gil_drop_requests).c_str(),
            grouped(total.gil_handoffs).c_str(), interp->gil.interval() * 1e3);
  } else {
    fprintf(f, "global lock: off\n");
  }
  fprintf(f, "blocking regions: %s entered, %.1f ms blocked in all; %.1f ms held up by stop-the-world pauses\n",
          grouped(total.blocking_count).c_str(), ms(total.blocking_ns), ms(total.stw_wait_ns));

  if (kFreeThreading) {
    // Owner checks include new objects' first count (also an owner-local write); every shared
    // operation was one owner check that failed.
    uint64_t fast = total.owner_checks > total.rc_shared ? total.owner_checks - total.rc_shared : 0;
    uint64_t all = fast + total.rc_shared;
    fprintf(f, "reference counts: %s owner fast path (%s), %s shared atomic (%s), %s merges, %s queued to owner\n",
            grouped(fast).c_str(), percent(fast, all).c_str(), grouped(total.rc_shared).c_str(),
            percent(total.rc_shared, all).c_str(), grouped(total.rc_merges).c_str(),
            grouped(total.rc_queued).c_str());
    fprintf(f, "qsbr: %s blocks retired, %s freed after a grace period\n", grouped(total.qsbr_retired).c_str(),
            grouped(total.qsbr_freed).c_str());
    fprintf(f, "object locks: %s contended acquisitions, %s parked, %.1f ms waiting\n",
            grouped(total.lock_contended).c_str(), grouped(total.lock_parked).c_str(), ms(total.lock_wait_ns));
    if (!locks.empty()) {
      std::vector<std::pair<std::string, TypeLocks>> top(locks.begin(), locks.end());
      std::stable_sort(top.begin(), top.end(), [](const auto& a, const auto& b) {
        return a.second.contended > b.second.contended;
      });
      if (top.size() > 5) top.resize(5);
      fprintf(f, "  %-26s %12s %10s %12s\n", "most contended type", "contended", "parked", "wait ms");
      for (const auto& [name, l] : top) {
        std::string n = name.size() > 26 ? name.substr(0, 23) + "..." : name;
        fprintf(f, "  %-26s %12s %10s %12.1f\n", n.c_str(), grouped(l.contended).c_str(),
                grouped(l.parked).c_str(), ms(l.wait_ns));
      }
    }
  } else {
    fprintf(f, "reference counts: plain (gil build: no owner/shared split, no object locks)\n");
  }
  fflush(f);
}

}  // namespace weft::stats
