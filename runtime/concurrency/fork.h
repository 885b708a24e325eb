// fork() and stop-the-world (os.fork, _posixsubprocess; DESIGN §5).
//
// fork_process() forks so that the child never deadlocks or crashes whatever the other threads
// were doing:
//  1. the interpreter's import lock is taken (waiting detached, so its holder can finish);
//  2. ft build without a global lock: the world is stopped (stop_the_world below), so no other
//     thread is inside a critical section (their object mutex bytes are free) or in the middle
//     of a reference-count merge; detached threads have suspended their sections already;
//     with a global lock, holding it is enough for this interpreter's threads;
//  3. the process and interpreter locks (registry, interned strings, open files) are taken in a
//     fixed order;
//  4. fork(); both sides release those locks. The child then rebuilds what other threads may
//     have held: the global locks, the thread registries (their ThreadStates are dropped without
//     running any code for them), the QSBR and biased-count registries (objects owned by the
//     dead threads count as owned by an exited thread: merged on their next shared decref), and
//     the forking thread becomes the main thread (signals, _thread._get_main_thread_ident).
// The Python-level part (register_at_fork hooks, threading._after_fork) is in stdlib/lib/os.py.
#pragma once

namespace weft {

struct ThreadState;

// fork() with the steps above. Returns fork()'s result; on failure -1 with *err = errno.
int fork_process(int* err);

// Whether this process is a fork child whose OS main thread is gone (vm/startup.cpp then ends
// the process itself when the interpreter thread finishes).
bool is_fork_child();

// Stop-the-world. The pause covers the threads of every interpreter except those that cannot
// run anyway (the caller's interpreter when its global lock is on and held by the caller).
// Attached threads park at their next eval-breaker check (kStopTheWorld); detached ones cannot
// re-attach until the world restarts. Returns whether a pause was started (then call
// start_the_world).
bool stop_the_world(ThreadState* self);
void start_the_world(ThreadState* self);

// vm/eval.cpp: the eval breaker saw kStopTheWorld: detach and wait until the world restarts.
void stw_park(ThreadState* ts);
// concurrency/blocking.cpp: marks `ts` attached, first waiting (global lock released) while a
// pause is in progress. Called with the global lock held.
void stw_attach(ThreadState* ts);

// Fork-child hooks of the other registries (concurrency/refcount.cpp, concurrency/qsbr.cpp):
// only the calling thread is left; their locks are rebuilt and the other threads' records
// dropped (what those threads retired or queued is leaked, never touched).
void brc_after_fork_child();
void qsbr_after_fork_child();

}  // namespace weft
