#pragma once
// The bytes of a catalog file, for read_catalog, with the padding simdjson
// reads past their end (json::k_padding bytes): mapped into memory when the
// file is a regular one, so that pages already parsed can be handed back as
// the reading goes (a large catalog then never sits in memory whole), and
// read into a buffer otherwise (standard input, pipes, /proc files).
//
// A mapped file that another process truncates while it is read ends the
// program with SIGBUS; catalogs are replaced by renaming (update, enrich).

#include <cstddef>
#include <string>
#include <string_view>

#include "catalog/load.h"
#include "util/pages.h"
#include "util/result.h"

namespace mllmseg {

// How many bytes after bytes may be read: the padding of the CatalogInput
// whose bytes() bytes is, else 0.
std::size_t readable_after(std::string_view bytes);

class CatalogInput {
 public:
  // The content of path, or of standard input when path is "-", with the
  // errors of read_input.
  static Result<CatalogInput> open(const std::string& path, std::size_t max_bytes = k_max_catalog_bytes);

  CatalogInput(CatalogInput&& other) noexcept;
  CatalogInput& operator=(CatalogInput&&) = delete;
  CatalogInput(const CatalogInput&) = delete;
  ~CatalogInput();

  std::string_view bytes() const { return m_map != nullptr ? std::string_view(m_map, m_size) : m_buffer; }

  // Says that bytes before offset will not be read again: their pages leave
  // this process's memory (the kernel keeps them cached). Reading them again
  // still works, from the file. Does nothing for a buffer.
  void done_before(std::size_t offset);

 private:
  CatalogInput() = default;

  const char* m_map = nullptr;
  std::size_t m_size = 0;
  std::size_t m_mapped = 0;       // the file and its padding
  pages::ReleaseBehind m_behind;  // the mapping's pages, handed back behind the reading
  std::string m_buffer;
};

}  // namespace mllmseg
