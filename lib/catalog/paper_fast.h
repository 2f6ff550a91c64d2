#pragma once
// The loader's fast path for one paper: reads a paper object's bytes with
// simdjson's On-Demand API straight into a Paper, without the json::Tree that
// json::ValueReader builds and reader::read_paper then checks field by field.
// It takes on only what it can check whole (known members, strings without
// escapes, small plain integers) and declines (false) everything else, which
// the caller then reads the slow way, for the value or the exact message: a
// paper it accepts is one the slow path accepts, read into the same values.

#include <memory>
#include <string_view>

#include "catalog/paper.h"

namespace mllmseg::reader {

class FastPaperReader {
 public:
  FastPaperReader();
  ~FastPaperReader();
  FastPaperReader(const FastPaperReader&) = delete;
  FastPaperReader& operator=(const FastPaperReader&) = delete;

  // The paper object in bytes (one value and the whitespace after it, with
  // json::k_padding readable bytes after them, as the scanner hands a span
  // over) into every field of into, reusing its strings' memory; true only
  // when json::ValueReader::read and read_paper would accept it and give the
  // same paper. On false, into holds anything and the slow path must read
  // the paper. Never throws for bad input. simdjson must be loaded
  // (json::load_simdjson).
  bool read(std::string_view bytes, Paper& into);

 private:
  struct Impl;
  std::unique_ptr<Impl> m_impl;
};

}  // namespace mllmseg::reader
