// BlockingRegion: wrap every wait (sleep, I/O, lock waits) in one. The gil build releases the
// interpreter's global lock for the duration; the ft build detaches the thread state so that a
// stop-the-world pause need not wait for it. Until the runtimes exist (issue "Two runtimes") the
// region only marks the place.
#pragma once

namespace weft {

class BlockingRegion {
 public:
  BlockingRegion();
  ~BlockingRegion();
  BlockingRegion(const BlockingRegion&) = delete;
  BlockingRegion& operator=(const BlockingRegion&) = delete;
};

inline BlockingRegion::BlockingRegion() {}
inline BlockingRegion::~BlockingRegion() {}

}  // namespace weft
