// The _io module: the native file types behind open() (objects/fileio.h). io.py builds the
// public io module on top (StringIO, BytesIO and the IOBase classes are written there).
#include "modules.h"
#include "objects/fileio.h"
#include "objects/int.h"
#include "objects/module.h"

namespace weft {

Result<Ref> init__io_module() {
  Ref m = make_module("_io");
  TRY(module_add(m, "TextIOWrapper", Value(&TextIOWrapperType)));
  TRY(module_add(m, "BufferedReader", Value(&BufferedReaderType)));
  TRY(module_add(m, "BufferedWriter", Value(&BufferedWriterType)));
  TRY(module_add(m, "BufferedRandom", Value(&BufferedRandomType)));
  TRY(module_add(m, "FileIO", Value(&FileIOType)));
  TRY(module_add(m, "UnsupportedOperation", Value(&UnsupportedOperationType)));
  TRY(module_add(m, "DEFAULT_BUFFER_SIZE", make_int(8192)));
  return m;
}

}  // namespace weft
