// Generators (and the minimal coroutine type for `async def`): an object owning a heap frame
// that the eval loop suspends at YIELD_VALUE and resumes on send()/__next__/throw().
#pragma once
#include "objects/init.h"
#include "objects/object.h"

namespace weft {

struct Frame;
struct Function;

extern TypeObject GeneratorType;  // generator
extern TypeObject CoroutineType;  // coroutine
extern TypeObject AsyncGeneratorType;   // async_generator (a Generator whose frame wraps its yields)
extern TypeObject AsyncGenWrappedType;  // internal: `yield v` in an async generator yields wrapped(v)

struct Generator : Object {
  Frame* frame = nullptr;  // owned; null once finished
  Ref name;
  Ref qualname;
  Ref code;
  Ref exc_state;           // the exception being handled inside the generator while suspended
  bool running = false;
  bool started = false;
};

enum class GenStatus { Yield, Return, Error };

inline bool is_generator(Value v) { return v.is_object() && v.type() == &GeneratorType; }
inline bool is_coroutine(Value v) { return v.is_object() && v.type() == &CoroutineType; }

// Takes ownership of `frame` (a heap frame with its arguments bound).
Ref make_generator(Frame* frame, Function* func);
// Resumes the generator: sends `arg` (null = None for __next__), or, when `exc` is true, raises
// the exception currently set in the thread state at the suspension point. *out receives the
// yielded or returned value.
GenStatus gen_send_ex(Generator* g, Value arg, bool exc, Ref* out);

void init_generator_types(TypeList& out);  // called by init_vm_types

}  // namespace weft
