// Start-up and shut-down: process initialisation, interpreter creation, running the main
// program and turning its outcome into an exit status.
//
// Nothing here is a global: runtime_init() readies the process-wide immortal types once;
// create_interpreter() can be called again later for sub-interpreters; each thread that runs
// Python code gets its own ThreadState from create_thread_state().
//
//   runtime_init();
//   InterpreterState* interp = create_interpreter(config);   // also makes a current ThreadState
//   int status = run_main(interp, program);
//   status = finalize_interpreter(interp, status);            // flushes files
#pragma once
#include <signal.h>

#include <cstddef>
#include <functional>
#include <string>
#include <vector>

#include "objects/object.h"
#include "vm/state.h"

namespace weft {

struct InterpreterConfig {
  std::vector<std::string> argv;      // sys.argv
  std::vector<std::string> path;      // sys.path (the script directory or '' first)
  std::vector<std::string> xoptions;  // -X options
  bool unbuffered = false;            // -u
  std::string executable;             // sys.executable
};

// Phase 1 (every init_*_types in order), static strings, type_ready. Once per process; later
// calls do nothing.
void runtime_init();

// A new interpreter with sys.modules, builtins, sys and __main__, plus a ThreadState for the
// calling thread, made current. Returns null (after printing why to stderr) on failure.
InterpreterState* create_interpreter(const InterpreterConfig& config);
// A ThreadState for the calling thread in `interp` (not made current).
ThreadState* create_thread_state(InterpreterState* interp);
// Flushes sys.stdout/sys.stderr and every open file; returns the exit status to use (120 when
// flushing sys.stdout failed after a successful run, as CPython). The interpreter's objects are
// kept: the process is about to exit, and tearing down the heap would only cost time.
int finalize_interpreter(InterpreterState* interp, int status);
// Sub-interpreters, run by the calling thread (lock held): finalizes (threading._shutdown,
// atexit, flush) and clears every module's namespace so that their objects can be freed.
// False (nothing cleared) when threads the interpreter started still run.
bool clear_interpreter(InterpreterState* interp);
// Frees an interpreter after clear_interpreter(), once no thread runs in it any more: its thread
// states, interned strings and the rest of its objects.
void destroy_interpreter(InterpreterState* interp);

struct MainProgram {
  enum Kind { File, Command, Stdin, Module } kind = Stdin;
  std::string text;         // File: the path as given; Command: the code; Module: its name (-m)
  bool disassemble = false; // -X dis: print the bytecode of the main code instead of running it
  bool inspect = false;     // -i: every uncaught exception (SystemExit too) prints a traceback
                            // and gives 1, since the REPL follows
};

// Runs the program in __main__ and returns the process exit status (uncaught SystemExit,
// exceptions -> traceback and 1, KeyboardInterrupt -> kExitBySigint after the traceback).
// Module: runs the module found by find_main_module (vm/import.h) with sys.argv[0] set to its
// file; "weft: No module named x" and status 1 when there is none.
int run_main(InterpreterState* interp, const MainProgram& program);

// Exit status for the exception in flight (printing it as CPython does); clears it.
int handle_uncaught_exception();

// SIGINT sets kSignalPending on the main thread's eval breaker (the VM then raises
// KeyboardInterrupt); SIGPIPE is ignored so writes to a closed pipe raise BrokenPipeError.
// Syscalls are not restarted after SIGINT, so blocking reads and sleeps return early.
void install_signal_handlers(ThreadState* main_thread);
// Called by blocking operations after EINTR (and by the eval breaker on kSignalPending): runs the
// Python handlers of the signals that arrived (main thread only; KeyboardInterrupt for SIGINT).
Status check_signals();

// Signals (stdlib/_signal_module.cpp, added by proc). trip_signal is async-signal-safe: it marks
// the signal and sets kSignalPending on the main thread's eval breaker. run_signal_handlers runs
// the Python handlers of the tripped signals (SIGINT without one: KeyboardInterrupt).
void trip_signal(int signum);
Status run_signal_handlers();
// Blocks the asynchronous signals in the calling thread (the OS main thread that only joins the
// interpreter thread, and threads started by _thread), so that a signal sent to the process is
// delivered to the interpreter's main thread and interrupts its blocking calls. `old` gets the
// previous mask.
void block_async_signals(sigset_t* old);

// Runs fn on a new thread whose C++ stack is `stack_size` bytes, so that the recursion limit and
// not the C++ stack bounds Python recursion; returns fn's result.
int run_with_big_stack(const std::function<int()>& fn, size_t stack_size = size_t(256) << 20);

// Returned by run_main/handle_uncaught_exception for an uncaught KeyboardInterrupt: after
// flushing, main() resets SIGINT to its default action and kills the process with it, as CPython
// does (the shell then sees status 130).
inline constexpr int kExitBySigint = -2;

}  // namespace weft
