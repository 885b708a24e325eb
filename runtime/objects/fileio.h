// File objects: what open() returns and what sys.stdin/stdout/stderr are.
//
// One struct serves every mode; the type tells text from binary as CPython's classes do:
//   _io.TextIOWrapper  text mode (str in/out, UTF-8, universal newlines on read)
//   _io.BufferedReader / _io.BufferedWriter / _io.BufferedRandom   binary mode (bytes)
// Output is buffered in the object and written to the fd on flush: when the buffer passes 8 KiB,
// at every newline when line-buffered (stdout on a terminal), at once when write-through (stderr,
// -u), on close, on dealloc and at exit (flush_open_files). Every method takes
// CriticalSection(file); syscalls run inside a BlockingRegion.
#pragma once
#include <string>
#include <string_view>

#include "objects/object.h"

namespace weft {

struct InterpreterState;

extern TypeObject TextIOWrapperType, BufferedReaderType, BufferedWriterType, BufferedRandomType;
// _io.FileIO: what open(..., 'rb', buffering=0) returns (the same object layout, unbuffered).
extern TypeObject FileIOType;
// io.UnsupportedOperation (subclass of OSError): "not readable", "not writable".
extern TypeObject UnsupportedOperationType;

struct FileObject : Object {
  int fd = -1;
  bool closefd = true;
  bool readable = false, writable = false, appending = false, binary = false;
  bool closed = false;
  bool line_buffered = false;  // flush after each write that contains '\n'
  bool write_through = false;  // flush after every write
  bool eof = false;            // the last read() returned 0
  bool pending_cr = false;     // text read: a '\r' held back to see whether '\n' follows
  bool universal = true;       // text read: translate \r\n and \r to \n (not for std streams)
  std::string write_newline;   // text write: what '\n' becomes (open(newline='\r\n')); empty = '\n'
  std::string read_newline = "\n";  // text read without translation: the line end ("" = any)
  Ref name;                    // str (path as given) or int (fd)
  Ref mode;                    // str, as given to open()
  std::string encoding;        // as reported by .encoding
  std::string errors = "strict";  // text: the codec error handler
  int codec = 0;               // text: 0 UTF-8, 1 ASCII, 2 Latin-1 (others are decoded via str_decode)
  std::string wbuf;            // bytes not yet written
  std::string rbuf;            // text: decoded, newline-translated UTF-8; binary: raw bytes
  size_t rpos = 0;             // read position in rbuf
  std::string raw_pending;     // text read: an incomplete UTF-8 sequence at a chunk's end
  InterpreterState* interp = nullptr;  // registered in interp->open_files while writable
  Ref buffer;                  // text files: the binary layer (.buffer), created on first use
  FileObject* text_parent = nullptr;  // .buffer objects: the text file over them (not owned)
  bool owns_buffer = false;    // TextIOWrapper(buffer): closing the text file closes `buffer`
};

inline bool is_file_object(Value v) {
  if (!v.is_object()) return false;
  TypeObject* t = v.type();
  return t == &TextIOWrapperType || t == &BufferedReaderType || t == &BufferedWriterType ||
         t == &BufferedRandomType || t == &FileIOType;
}

// open(file, mode, buffering, encoding, errors, newline, closefd): the builtin. `file` is a str,
// bytes or os.PathLike path or an int fd; OSError subclasses as CPython ("[Errno 2] No such file
// or directory: 'x'"). Text encodings: UTF-8, ASCII, Latin-1 with every error handler str_decode /
// str_encode know.
Result<Ref> file_open(Value file, std::string_view mode, int buffering, Value encoding,
                      bool closefd, Value newline = Value(), Value errors = Value());
// The standard streams: fd 0/1/2 wrapped in a text file named "<stdin>"/"<stdout>"/"<stderr>".
Ref make_std_file(int fd, bool unbuffered);

// Fast paths for print()/input() when the target is one of our files (avoid a method call).
Status file_write_str(Value file, std::string_view utf8);
Status file_flush(Value file);
Result<Ref> file_readline(Value file, int64_t limit);  // "" at EOF

// Writes out every writable file still open in `interp` (called at exit).
void flush_open_files(InterpreterState* interp);
// Forgets the interpreter's open files (it is being destroyed; call with the process lock held).
void detach_open_files(InterpreterState* interp);

// After type_ready (vm/startup.cpp): gives io.UnsupportedOperation its second base, ValueError,
// as CPython's (a static type is readied with a single base).
void fileio_finish_types();

// Raises the OSError subclass for errno `err` (optionally with a filename): always kError.
ErrorMarker raise_os_error(int err, Value filename = Value());

}  // namespace weft
