// Build tool: writes the snapshot of a catalog file (its store and word
// index, snapshot/snapshot.h) to a file, so that the binary can carry the
// built-in catalog ready to map instead of JSON to parse at every start
// (lib/CMakeLists.txt embeds it; docs/performance.md has the figures).
//
//   mllmseg_embed_snapshot CATALOG.json OUTPUT

#include <fcntl.h>
#include <unistd.h>

#include <cstdio>
#include <memory>

#include "catalog/load.h"
#include "snapshot/snapshot.h"
#include "store/store.h"
#include "store/word_index.h"

int main(int argc, char** argv) {
  using namespace mllmseg;
  if (argc != 3) {
    std::fputs("usage: mllmseg_embed_snapshot CATALOG.json OUTPUT\n", stderr);
    return 2;
  }
  const auto bytes = read_input(argv[1]);
  if (!bytes) {
    std::fprintf(stderr, "mllmseg_embed_snapshot: %s\n", bytes.error().c_str());
    return 2;
  }
  auto catalog = parse_catalog(*bytes, argv[1]);
  if (!catalog) {
    std::fprintf(stderr, "mllmseg_embed_snapshot: %s\n", catalog.error().c_str());
    return 2;
  }
  Store store(std::move(*catalog));
  store.set_word_index(std::make_shared<const WordIndex>(WordIndex::build(store)));
  const int fd = ::open(argv[2], O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  const Status written = fd < 0 ? Status(Error{"cannot create the output"})
                                : snapshot::write_to(fd, store, snapshot::Identity{}, 0);
  if (fd >= 0) {
    ::close(fd);
  }
  if (!written) {
    std::fprintf(stderr, "mllmseg_embed_snapshot: %s: %s\n", argv[2], written.error().c_str());
    ::unlink(argv[2]);
    return 2;
  }
  return 0;
}
