// The interactive loop (`weft` on a terminal, `weft -i ...`).
//
// On a terminal, lines come from GNU readline: line editing, a history kept in ~/.weft_history
// (the last kHistoryMax entries, written when the session ends by Ctrl-D, exit() or sys.exit())
// and tab completion of keywords, builtins, globals and `obj.attr` (through dir()). Without a
// terminal (`echo ... | weft -i`), lines are read plainly and the prompts go to stderr, as python
// does. Each statement is compiled in "single" mode and run in __main__: expression results are
// printed (repr) and bound to builtins._, errors print a traceback and the session goes on.
// Ctrl-C cancels the line being typed ("KeyboardInterrupt") or interrupts running code.
#pragma once

namespace weft {
struct InterpreterState;
}

namespace weft::cli {

inline constexpr int kHistoryMax = 1000;

// Runs the loop until end of input or SystemExit; returns the process exit status. `banner`:
// print "Weft 0.1.0 (gil) on linux" and the help line first (to stderr, as python).
int run_repl(InterpreterState* interp, bool banner);

}  // namespace weft::cli
