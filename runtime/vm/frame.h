// Frames: the activation record of a code object. A frame lives in the thread's frame arena
// (a stack of large chunks: a Python call allocates by bumping a pointer and frees in LIFO
// order), except a generator's frame, which is a heap block owned by the generator.
//
// The Python-visible `frame` object (FrameObject) is created only when something asks for it
// (a traceback entry, sys._getframe); it points to the live Frame and takes a snapshot of the
// line number when the frame finishes.
#pragma once
#include <memory>

#include "bytecode/code.h"
#include "objects/object.h"

namespace weft {

struct ThreadState;
struct Function;
struct FrameObject;

struct Frame {
  enum State : uint8_t { kCreated, kExecuting, kSuspended, kCompleted };

  Code* code = nullptr;         // owned reference
  Function* func = nullptr;     // owned reference or null (module code)
  Frame* back = nullptr;        // the calling frame (while executing)
  Object* globals = nullptr;    // borrowed from func, or owned by the caller of eval_code
  Object* builtins = nullptr;   // borrowed likewise
  Value locals;                 // owned: the locals mapping (module/class bodies) or null
  const CodeUnit* ip = nullptr; // the instruction being executed (error lines, tracebacks)
  Value* sp = nullptr;          // next free stack slot
  FrameObject* frame_obj = nullptr;  // owned, created lazily
  Object* gen = nullptr;        // the generator that owns this frame, if any (borrowed)
  State state = kCreated;
  bool heap = false;            // allocated with the generator rather than in the arena
  bool entry_yield_from = false;  // suspended at a YIELD_VALUE inside `yield from`/await
  Value fast[1];                // localsplus, then the value stack

  Value* stack_base() { return fast + code->nlocalsplus(); }
  int lasti() const { return ip ? int(ip - code->code.data()) : 0; }
  int line() const { return code->line_at(size_t(lasti())); }
};

// Allocates a frame for `code` (owned reference taken), all fast slots null, ip at the start.
// heap: for generators. Returns null only when memory is exhausted.
Frame* frame_alloc(ThreadState* ts, Code* code, bool heap);
// Releases everything the frame owns and returns its memory (LIFO for arena frames).
void frame_free(ThreadState* ts, Frame* f);
// Releases the locals and stack contents (frame exits; generator finishes) but not the memory.
void frame_clear_values(Frame* f);

// Binds call arguments into f's parameters (CPython's rules and messages) and sets up cells.
// f->func must be set.
Status frame_bind_args(Frame* f, Function* func, const Value* args, size_t nargs, Tuple* kwnames);
// Creates the cells for co_cellvars and copies the closure (after binding).
void frame_init_cells(Frame* f, Function* func);

// The Python frame object for f (created on first request; borrowed, owned by f).
Result<Value> frame_object(Frame* f);
// A dict of the frame's local variables (f_locals / locals() in a function).
Result<Ref> frame_locals_dict(Frame* f);

extern TypeObject FrameType;
struct FrameObject : Object {
  Frame* frame = nullptr;  // null once the frame has finished
  Ref code;
  Ref globals;
  int lineno = 0;          // snapshot when the frame finished
  int lasti = 0;
  Ref locals;              // snapshot of the local variables when the frame finished
};
void init_frame_type(TypeList& out);

// Per-thread arena (vm/frame.cpp); ThreadState::frame_arena owns one.
struct FrameArena;
void frame_arena_delete(FrameArena* a);

}  // namespace weft

namespace weft {

// The evaluation loop (vm/eval.cpp). Runs f until it returns, raises, or (generator frames)
// yields; f->state tells which. throwflag: resume by raising the exception currently set.
// f->back is set to the thread's current frame while f runs.
Result<Ref> eval_frame(ThreadState* ts, Frame* f, bool throwflag);
// Runs a function's code with an explicit locals mapping (class bodies via __build_class__).
Result<Ref> eval_function_with_locals(Function* func, Value locals);
// Runs a module-level code object (exec/eval/import): globals is a dict, locals a mapping.
Result<Ref> eval_module_code(Code* code, Value globals, Value locals);

}  // namespace weft
