#include <fmt/format.h>
#include <bit>
#include <new>
#include <thread>

#include "snapshot/layout.h"
#include "snapshot/sections.h"
#include "snapshot/snapshot.h"
#include "store/word_index.h"
#include "util/pages.h"

namespace mllmseg::snapshot {

using sections::body_from;
using sections::checksum_of;
using sections::map;
using sections::parts_of;
using sections::strings;
using sections::sums_match;
using sections::whose;

Result<std::unique_ptr<Store>> parse(std::string_view bytes, const Identity* expected,
                                     std::shared_ptr<const void> keep, bool check_sum, int fd) {
  // Whose it is first, which costs nothing, then the checksum, which reads
  // every byte.
  auto checked = whose(bytes, expected);
  if (!checked) {
    return Error{checked.error()};
  }
  const auto& [part, record] = *checked;
  if (check_sum && !sums_match(bytes, part)) {
    return Error{"its checksum does not match: the file is corrupt"};
  }
  Catalog header;
  if (!layout::unpack(part[layout::header], header)) {
    return Error{"its catalog header is cut short"};
  }
  auto venues = strings(part[layout::venues]);
  auto days = strings(part[layout::days]);
  if (!venues || !days) {
    return Error{venues ? days.error() : venues.error()};
  }
  const std::uint64_t papers = record.papers;
  const std::string_view facts = part[layout::facts];
  const std::string_view offsets = part[layout::offsets];
  const std::string_view records = part[layout::records];
  if (facts.size() / layout::k_fact_bytes != papers || facts.size() % layout::k_fact_bytes != 0 ||
      offsets.size() / 8 != papers + 1 || offsets.size() % 8 != 0) {
    return Error{"its sections do not hold the papers it counts"};
  }
  // The facts are read in place where the machine is little-endian, as the
  // file is, and they are 8-aligned, as a mapped file's sections are.
  const bool in_place = std::endian::native == std::endian::little &&
                        reinterpret_cast<std::uintptr_t>(facts.data()) % alignof(Store::Facts) == 0;
  static_assert(sizeof(Store::Facts) == layout::k_fact_bytes);
  std::vector<Store::Facts> copied_facts;
  if (!in_place) {
    copied_facts.resize(papers);
    for (std::size_t i = 0; i < papers; ++i) {
      const char* f = facts.data() + i * layout::k_fact_bytes;
      Store::Facts& to = copied_facts[i];
      to.tasks = static_cast<TaskSet>(f[0]);
      to.flags = static_cast<std::uint8_t>(f[1]);
      to.zero = static_cast<std::uint16_t>(static_cast<unsigned char>(f[2]) | static_cast<unsigned char>(f[3])
                                                                                  << 8);
      to.year = static_cast<std::int32_t>(layout::load32(f + 4));
      to.venue = layout::load32(f + 8);
      to.listed = layout::load32(f + 12);
    }
  }
  const std::span<const Store::Facts> facts_in_place =
      in_place ? std::span(reinterpret_cast<const Store::Facts*>(facts.data()), papers)
               : std::span<const Store::Facts>();
  // The offsets are read in place where the machine is little-endian, as the
  // file is, and 8-aligned, as a mapped file's sections are.
  std::vector<std::uint64_t> copied;
  std::span<const std::uint64_t> starts;
  if (std::endian::native == std::endian::little &&
      reinterpret_cast<std::uintptr_t>(offsets.data()) % 8 == 0) {
    starts = {reinterpret_cast<const std::uint64_t*>(offsets.data()), papers + 1};
  } else {
    for (std::size_t i = 0; i <= papers; ++i) {
      copied.push_back(layout::load64(offsets.data() + 8 * i));
    }
    starts = copied;
  }
  if (starts.front() != 0 || starts.back() != records.size()) {
    return Error{"its paper offsets do not span its records"};
  }
  // The mapped pages are handed back once checked: a query reads the
  // offsets of only the papers it prints.
  pages::ReleaseBehind behind(starts.data(), copied.empty() && fd >= 0);
  for (std::size_t i = 0; i < papers; ++i) {
    if (starts[i] > starts[i + 1]) {
      return Error{"its paper offsets go backwards"};
    }
    behind.passed(starts.data(), i);
  }
  PaperTable table =
      copied.empty() ? PaperTable::view(records, starts) : PaperTable::view(records, std::move(copied));
  if (fd >= 0) {
    table.read_from(fd, static_cast<std::uint64_t>(records.data() - bytes.data()),
                    copied.empty() ? static_cast<std::uint64_t>(offsets.data() - bytes.data()) : 0);
  }
  auto store = Store::restore(std::move(header), std::move(table), std::move(*venues), std::move(*days),
                              facts_in_place, std::move(copied_facts), std::move(keep), fd >= 0);
  if (!store) {
    return Error{fmt::format("it is inconsistent: {}", store.error())};
  }
  if (part.size() > layout::Part::count) {
    // Read when a search first asks for it (Store::word_index).
    (*store)->set_word_index_blocks({part.begin() + layout::Part::count, part.end()});
  }
  return store;
}

Result<std::unique_ptr<Store>> read(const std::string& path, const Identity& expected) {
  auto mapped = map(path);
  if (!mapped) {
    return Error{mapped.error()};
  }
  const std::string_view bytes = mapped->bytes;
  // Whose it is and its header first, then the checksum, verified from the
  // file read in pieces into a buffer, so that its pages do not join the
  // process's memory (the mapped papers are only touched where a query
  // reads them). The checksum is computed on a second thread while the
  // store is set up from the mapping, which checks every offset and so is
  // safe to read unverified; the store is given out only once the checksum
  // matches, and a mismatch is the error even when the store was refused.
  auto checked = whose(bytes, &expected);
  if (!checked) {
    return Error{checked.error()};
  }
  // Read before parse() takes the mapping, which a refused store unmaps.
  const std::uint64_t head_sum = layout::load64(bytes.data() + layout::k_head_sum_at);
  const std::uint64_t body_sum = layout::load64(bytes.data() + layout::k_body_sum_at);
  const std::uint64_t body = body_from(bytes, checked->first);
  bool verified = false;
  Result<std::unique_ptr<Store>> store = Error{""};
  {
    std::jthread verify([&, size = bytes.size()] {
      try {
        verified = checksum_of(path, layout::k_checked_from, body) == head_sum &&
                   checksum_of(path, body, size) == body_sum;
      } catch (const std::bad_alloc&) {
        verified = false;  // unverified, so refused
      }
    });
    store = parse(bytes, &expected, std::move(mapped->keep), false, mapped->fd);
  }
  if (!verified) {
    return Error{"its checksum does not match: the file is corrupt"};
  }
  return store;
}

Result<Description> describe(const std::string& path) {
  auto mapped = map(path);
  if (!mapped) {
    return Error{mapped.error()};
  }
  auto parts = parts_of(mapped->bytes);
  if (!parts) {
    return Error{parts.error()};
  }
  layout::IdentityRecord record;
  if (!layout::unpack((*parts)[layout::identity], record)) {
    return Error{"its identity is cut short"};
  }
  return Description{record.program, record.catalog, record.content_hash, record.papers};
}

}  // namespace mllmseg::snapshot
