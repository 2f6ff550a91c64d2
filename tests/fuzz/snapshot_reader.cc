// Fuzz target: the snapshot reader (snapshot/snapshot.h). An input that
// starts as a snapshot does is read as one, with and without its checksum:
// the reader may refuse it, and when it accepts it every paper and index of
// the store must read without going outside the bytes (the sanitizers say);
// so must info's summary, read from its head alone.
// Any other input is read as a catalog; when it is one, its store written to
// a snapshot must read back as the same catalog, and that snapshot cut short
// or with a byte changed (where, from the input) must be refused or read
// safely.

#include <sys/mman.h>
#include <unistd.h>

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include "catalog/load.h"
#include "format/json.h"
#include "fuzz_check.h"
#include "snapshot/snapshot.h"
#include "store/word_index.h"
#include "util/hash.h"

using namespace mllmseg;

namespace {

// Everything a command might read of a store.
std::size_t read_all(const Store& store) {
  std::size_t bytes = 0;
  for (DocId id = 0; id < store.size(); ++id) {
    const Paper p = store.paper(id);
    bytes += p.key.size() + store.series_of(id).size() + store.title(id).size() + store.name(id).size();
    bytes += store.abstract(id).value_or("").size() + store.venue_text(id).size();
  }
  for (const std::string& series : store.series_names()) {
    bytes += store.venue(series, std::nullopt).size() + store.venue(series, 2024, Task::video).size();
  }
  bytes += store.years(0, 9999).size() + store.listed("0000", "9999").size() + store.without_listed();
  if (const WordIndex* words = store.word_index()) {
    for (std::uint32_t t = 0; t < words->terms(); ++t) {
      words->visit_postings(t, [&](const auto& posting) { bytes += posting.doc + words->term(t).size(); });
    }
    std::vector<DocId> hits;
    words->name_hits("a", hits);
    bytes += hits.size();
  }
  return bytes + format::catalog_document(store.catalog()).size();
}

// bytes copied to 8-aligned memory, as a mapped file's are.
std::string_view aligned(std::string_view bytes, std::vector<std::uint64_t>& memory) {
  memory.assign(bytes.size() / 8 + 1, 0);
  std::memcpy(memory.data(), bytes.data(), bytes.size());
  return {reinterpret_cast<const char*>(memory.data()), bytes.size()};
}

void read_snapshot(std::string_view bytes) {
  std::vector<std::uint64_t> memory;
  const std::string_view view = aligned(bytes, memory);
  for (const bool check_sum : {false, true}) {
    if (auto store = snapshot::parse(view, nullptr, {}, check_sum)) {
      read_all(**store);
    }
    // info's reading of the head alone.
    if (auto summary = snapshot::summarize(view, nullptr, check_sum)) {
      fuzz::check(summary->with_code <= summary->papers && summary->with_authors <= summary->papers,
                  "a summary counts more papers with code or authors than papers");
    }
  }
}

std::string snapshot_of(const Store& store, const snapshot::Identity& id) {
  const int fd = ::memfd_create("snapshot", MFD_CLOEXEC);
  fuzz::check(fd >= 0, "memfd_create");
  fuzz::check(snapshot::write_to(fd, store, id, 1).ok(), "writing a snapshot");
  std::string bytes(static_cast<std::size_t>(::lseek(fd, 0, SEEK_END)), '\0');
  fuzz::check(::pread(fd, bytes.data(), bytes.size(), 0) == static_cast<ssize_t>(bytes.size()), "reading it");
  ::close(fd);
  return bytes;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  if (input.starts_with("MLLMSNAP")) {
    read_snapshot(input);
    return 0;
  }
  auto catalog = parse_catalog(input, "fuzz.json");
  if (!catalog) {
    return 0;
  }
  Store store(*catalog);
  store.set_word_index(std::make_shared<const WordIndex>(WordIndex::build(store)));
  snapshot::Identity id;
  id.path = "/fuzz.json";
  id.size = size;
  const std::string bytes = snapshot_of(store, id);
  std::vector<std::uint64_t> memory;
  auto back = snapshot::parse(aligned(bytes, memory), &id, {});
  fuzz::check(back.ok(), "a snapshot just written is refused");
  fuzz::check(format::catalog_document((*back)->catalog()) == format::catalog_document(store.catalog()),
              "a snapshot reads back as another catalog");
  // Damage where the input says: cut short, and one byte changed.
  const std::uint64_t where = hash::bytes(input);
  read_snapshot(bytes.substr(0, where % bytes.size()));
  std::string changed = bytes;
  const auto flip = static_cast<unsigned char>(1 + (where >> 32) % 255);
  changed[where % changed.size()] =
      static_cast<char>(static_cast<unsigned char>(changed[where % changed.size()]) ^ flip);
  read_snapshot(changed);
  return 0;
}
