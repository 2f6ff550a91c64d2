// Snapshots (lib/snapshot): a store written and mapped back is the same
// store; a snapshot of anything else, or damaged in any way, is refused with
// its reason and never crashes the reader.

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <fmt/format.h>
#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <random>

#include "format/json.h"
#include "snapshot/cache.h"
#include "snapshot/identity.h"
#include "snapshot/layout.h"
#include "snapshot/snapshot.h"
#include "store/word_index.h"
#include "test_support.h"

namespace mllmseg {
namespace {

namespace fs = std::filesystem;

// A directory of its own under the test's temporary directory.
class SnapshotTest : public ::testing::Test {
 protected:
  void SetUp() override {
    m_dir = fs::temp_directory_path() /
            fmt::format("mllmseg-snapshot-{}-{}", ::getpid(),
                        ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(m_dir);
    fs::create_directories(m_dir);
  }
  void TearDown() override { fs::remove_all(m_dir); }

  std::string file(std::string_view name) const { return (m_dir / name).string(); }

  // A catalog file holding text, and its identity.
  snapshot::Identity catalog_file(std::string_view name, std::string_view text) const {
    std::ofstream(file(name), std::ios::binary) << text;
    auto id = snapshot::identify(file(name));
    EXPECT_TRUE(id) << id.error();
    return id ? *id : snapshot::Identity{};
  }

  fs::path m_dir;
};

std::string bytes_of(const std::string& path) { return test::read_text_file(path); }

// Three papers, with a word index, as a snapshot written by a query has.
std::unique_ptr<Store> small_store() {
  auto store =
      test::store_of({test::make_paper("a", "Alpha", "CVPR'24", 2024, test::k_res, "https://code/a"),
                      test::make_paper("b", "Beta", "ArXiv'2403", 2024, test::k_video),
                      test::make_paper("c", "Gamma", "NeurIPS'23", 2023, test::k_ovss | test::k_res)});
  store->set_word_index(std::make_shared<const WordIndex>(WordIndex::build(*store)));
  return store;
}

// The snapshot of store for a catalog of identity id, as bytes.
std::string snapshot_bytes(const Store& store, const snapshot::Identity& id, const std::string& path) {
  const Status written = snapshot::write(path, store, id, 42);
  EXPECT_TRUE(written) << written.error();
  return bytes_of(path);
}

// Everything a command might read of a store, so that a bad offset shows.
std::size_t read_everything(const Store& store) {
  std::size_t bytes = 0;
  for (DocId id = 0; id < store.size(); ++id) {
    const Paper p = store.paper(id);
    bytes += p.key.size() + p.title.size() + store.series_of(id).size() + store.key(id).size();
  }
  bytes += store.venue("CVPR", 2024).size() + store.listed("2000-01-01", "2100-01-01").size();
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

TEST_F(SnapshotTest, AStoreMappedBackIsTheSameStore) {
  const Store& real = test::real_store();
  const auto id = catalog_file("papers.json", "{}");
  ASSERT_TRUE(snapshot::write(file("s.snapshot"), real, id, 7));
  auto read = snapshot::read(file("s.snapshot"), id);
  ASSERT_TRUE(read) << read.error();
  const Store& copy = **read;
  EXPECT_EQ(format::catalog_document(real.catalog()), format::catalog_document(copy.catalog()));
  EXPECT_EQ(real.series_names(), copy.series_names());
  EXPECT_EQ(real.with_code(true), copy.with_code(true));
  EXPECT_EQ(real.with_authors(), copy.with_authors());
  EXPECT_EQ(real.with_code_count(), copy.with_code_count());
  EXPECT_EQ(real.years(2024, 2025), copy.years(2024, 2025));
  EXPECT_EQ(real.listed("2025-01-01", "2025-12-31"), copy.listed("2025-01-01", "2025-12-31"));
  EXPECT_EQ(real.without_listed(), copy.without_listed());
  for (Task t : k_all_tasks) {
    EXPECT_EQ(real.with_task(t), copy.with_task(t));
    const auto a = real.venue("cvpr", 2025, t);
    const auto b = copy.venue("cvpr", 2025, t);
    EXPECT_EQ(std::vector<DocId>(a.begin(), a.end()), std::vector<DocId>(b.begin(), b.end()));
  }
  EXPECT_EQ(real.with_code(false), copy.with_code(false));
  const auto same = [](std::span<const DocId> a, std::span<const DocId> b) {
    return std::vector<DocId>(a.begin(), a.end()) == std::vector<DocId>(b.begin(), b.end());
  };
  for (const std::string& series : real.series_names()) {
    for (const std::optional<int> year : {std::optional<int>(), std::optional<int>(2024)}) {
      EXPECT_TRUE(same(real.venue(series, year), copy.venue(series, year))) << series;
      for (Task t : k_all_tasks) {
        EXPECT_TRUE(same(real.venue(series, year, t), copy.venue(series, year, t))) << series;
      }
    }
  }
  EXPECT_TRUE(copy.venue("No Such Venue", std::nullopt).empty());
  EXPECT_EQ(real.find_key("sa2va"), copy.find_key("sa2va"));

  const auto described = snapshot::describe(file("s.snapshot"));
  ASSERT_TRUE(described) << described.error();
  EXPECT_EQ(snapshot::program(), described->program);
  EXPECT_EQ(id, described->catalog);
  EXPECT_EQ(7u, described->content_hash);
  EXPECT_EQ(real.size(), described->papers);
}

TEST_F(SnapshotTest, ASnapshotOfAnotherCatalogOrOfAnEarlierOneIsRefused) {
  const auto id = catalog_file("one.json", "{\"papers\": []}");
  const auto other = catalog_file("two.json", "{\"papers\": []}");
  ASSERT_TRUE(snapshot::write(file("s.snapshot"), *small_store(), id, 0));
  EXPECT_EQ("made from another catalog", snapshot::read(file("s.snapshot"), other).error());
  snapshot::Identity changed = id;
  changed.mtime_ns += 1;
  EXPECT_EQ("the catalog has changed since", snapshot::read(file("s.snapshot"), changed).error());
  changed = id;
  changed.sample_hash ^= 1;
  EXPECT_EQ("the catalog has changed since", snapshot::read(file("s.snapshot"), changed).error());
  EXPECT_EQ("No such file or directory", snapshot::read(file("none.snapshot"), id).error());
}

TEST_F(SnapshotTest, ACatalogRewrittenWithTheSameSizeAndTimeHasAnotherIdentity) {
  const auto before = catalog_file("c.json", "{\"papers\": [1]}");
  struct timespec times[2] = {{0, UTIME_OMIT}, {}};
  times[1].tv_sec = before.mtime_ns / 1'000'000'000;
  times[1].tv_nsec = before.mtime_ns % 1'000'000'000;
  ::usleep(10'000);
  std::ofstream(file("c.json"), std::ios::binary) << "{\"papers\": [2]}";
  ASSERT_EQ(0, ::utimensat(AT_FDCWD, file("c.json").c_str(), times, 0));
  const auto after = snapshot::identify(file("c.json"));
  ASSERT_TRUE(after);
  EXPECT_EQ(before.size, after->size);
  EXPECT_EQ(before.mtime_ns, after->mtime_ns);
  EXPECT_NE(before.sample_hash, after->sample_hash);
  EXPECT_NE(before, *after);
}

TEST_F(SnapshotTest, IdentifyNamesWhatItCannotRead) {
  EXPECT_EQ(fmt::format("cannot read '{}': No such file or directory", file("none.json")),
            snapshot::identify(file("none.json")).error());
  EXPECT_EQ(fmt::format("cannot read '{}': Is a directory", m_dir.string()),
            snapshot::identify(m_dir.string()).error());
}

TEST_F(SnapshotTest, ASnapshotTruncatedAtAnyByteIsRefused) {
  const auto id = catalog_file("c.json", "{}");
  const std::string bytes = snapshot_bytes(*small_store(), id, file("s.snapshot"));
  ASSERT_TRUE(snapshot::parse(bytes, &id, {}));
  for (std::size_t size = 0; size < bytes.size(); ++size) {
    std::ofstream(file("s.snapshot"), std::ios::binary | std::ios::trunc) << bytes.substr(0, size);
    EXPECT_FALSE(snapshot::read(file("s.snapshot"), id)) << size;
    EXPECT_FALSE(snapshot::parse(bytes.substr(0, size), &id, {}, false)) << size;
  }
  EXPECT_EQ("only 12 bytes, too short for a snapshot", snapshot::parse(bytes.substr(0, 12), &id, {}).error());
}

TEST_F(SnapshotTest, TheWordIndexComesBackWithTheStore) {
  const auto id = catalog_file("c.json", "{}");
  const auto store = small_store();
  ASSERT_TRUE(snapshot::write(file("s.snapshot"), *store, id, 0));
  const auto read = snapshot::read(file("s.snapshot"), id);
  ASSERT_TRUE(read) << read.error();
  ASSERT_NE(nullptr, (*read)->word_index());
  const auto blocks = store->word_index()->blocks();
  const auto back = (*read)->word_index()->blocks();
  ASSERT_EQ(blocks.size(), back.size());
  for (std::size_t i = 0; i < blocks.size(); ++i) {
    EXPECT_EQ(blocks[i], back[i]) << i;
  }
}

TEST_F(SnapshotTest, AnyChangedByteIsCaught) {
  const auto id = catalog_file("c.json", "{}");
  const std::string bytes = snapshot_bytes(*small_store(), id, file("s.snapshot"));
  for (std::size_t at = 0; at < bytes.size(); ++at) {
    std::string damaged = bytes;
    damaged[at] = static_cast<char>(damaged[at] ^ 0x20);
    EXPECT_FALSE(snapshot::parse(damaged, &id, {})) << at;
  }
  std::string damaged = bytes;
  damaged.back() ^= 1;
  EXPECT_EQ("its checksum does not match: the file is corrupt", snapshot::parse(damaged, &id, {}).error());
  damaged = bytes;
  damaged[0] = 'X';
  EXPECT_EQ("not a snapshot", snapshot::parse(damaged, &id, {}).error());
  damaged = bytes;
  damaged[8] = 9;
  EXPECT_EQ("snapshot format 9, this program reads format 2", snapshot::parse(damaged, &id, {}).error());
}

// info reads a snapshot's head alone (identity, header, facts): its summary
// is the store's; a changed byte in the head is caught, and one in the body
// (offsets, papers, word index), which the summary never reads, is left to
// the commands that read it.
TEST_F(SnapshotTest, TheSummaryIsTheStoresFromTheHeadAlone) {
  const auto id = catalog_file("c.json", "{}");
  const auto store = small_store();
  const std::string path = file("s.snapshot");
  const std::string bytes = snapshot_bytes(*store, id, path);
  const auto summary = snapshot::read_summary(path, id);
  ASSERT_TRUE(summary) << summary.error();
  EXPECT_EQ(3u, summary->papers);
  EXPECT_EQ(1u, summary->with_code);
  EXPECT_EQ(store->with_authors(), summary->with_authors);
  EXPECT_EQ(store->header().updated, summary->header.updated);

  const std::uint64_t body = snapshot::layout::load64(bytes.data() + snapshot::layout::k_count_at + 8 +
                                                      16 * snapshot::layout::offsets);
  ASSERT_LT(body, bytes.size());
  for (std::size_t at = 0; at < bytes.size(); ++at) {
    std::string damaged = bytes;
    damaged[at] = static_cast<char>(damaged[at] ^ 0x20);
    const auto read = snapshot::summarize(damaged, &id);
    const bool body_sum = at >= snapshot::layout::k_body_sum_at && at < snapshot::layout::k_checked_from;
    if (at < body && !body_sum) {
      EXPECT_FALSE(read) << at;
    } else {
      ASSERT_TRUE(read) << at << ": " << read.error();
      EXPECT_EQ(3u, read->papers);
      EXPECT_EQ(1u, read->with_code);
    }
  }
  std::string damaged = bytes;
  damaged[body - 1] ^= 1;  // the head's last byte
  EXPECT_EQ("its checksum does not match: the file is corrupt", snapshot::summarize(damaged, &id).error());

  // From a file whose body is damaged: the summary reads, the store does not.
  damaged = bytes;
  damaged.back() ^= 1;
  std::ofstream(path, std::ios::binary | std::ios::trunc) << damaged;
  EXPECT_TRUE(snapshot::read_summary(path, id));
  EXPECT_EQ("its checksum does not match: the file is corrupt", snapshot::read(path, id).error());
  damaged[body - 1] ^= 1;
  std::ofstream(path, std::ios::binary | std::ios::trunc) << damaged;
  EXPECT_EQ("its checksum does not match: the file is corrupt", snapshot::read_summary(path, id).error());
}

// What the checksum would catch, with the checksum left out: every offset is
// still checked, so the reader refuses or reads something, and never reads
// outside the bytes (the sanitizer build would say).
TEST_F(SnapshotTest, DamageBehindTheChecksumNeverCrashes) {
  const auto id = catalog_file("c.json", "{}");
  const std::string bytes = snapshot_bytes(*small_store(), id, file("s.snapshot"));
  std::mt19937 random(2024);
  std::size_t accepted = 0;
  for (std::size_t at = 0; at < bytes.size(); ++at) {
    for (const int change : {0x01, 0x80, 0xFF, static_cast<int>(random() & 0xFF)}) {
      std::string damaged = bytes;
      damaged[at] = static_cast<char>(damaged[at] ^ change);
      auto store = snapshot::parse(damaged, nullptr, {}, false);
      if (store) {
        ++accepted;
        read_everything(**store);
      }
    }
  }
  EXPECT_GT(accepted, 0u);  // changed text in a record reads as changed text
}

TEST_F(SnapshotTest, RandomBytesAreNoSnapshot) {
  std::mt19937 random(7);
  for (const std::size_t size : {0u, 1u, 31u, 32u, 200u, 4096u}) {
    std::string noise(size, '\0');
    for (char& c : noise) {
      c = static_cast<char>(random());
    }
    EXPECT_FALSE(snapshot::parse(noise, nullptr, {}, false)) << size;
    if (size >= 8) {
      noise.replace(0, 8, "MLLMSNAP");
      EXPECT_FALSE(snapshot::parse(noise, nullptr, {}, false)) << size;
    }
  }
}

TEST_F(SnapshotTest, AWriteLeavesOneFileAndNoTemporary) {
  const auto id = catalog_file("c.json", "{}");
  ASSERT_TRUE(snapshot::write(file("s.snapshot"), *small_store(), id, 0));
  ASSERT_TRUE(snapshot::write(file("s.snapshot"), *small_store(), id, 0));
  std::vector<std::string> names;
  for (const auto& entry : fs::directory_iterator(m_dir)) {
    names.push_back(entry.path().filename().string());
  }
  std::sort(names.begin(), names.end());
  EXPECT_EQ((std::vector<std::string>{"c.json", "s.snapshot"}), names);
  EXPECT_EQ(
      fmt::format("cannot write snapshot '{}/no/s.snapshot': No such file or directory", m_dir.string()),
      snapshot::write(file("no/s.snapshot"), *small_store(), id, 0).error());
}

TEST_F(SnapshotTest, TheCacheDirectoryIsTheOwnersAndClearEmptiesIt) {
  const std::string dir = file("cache/mllmseg");
  ASSERT_TRUE(snapshot::make_directory(dir));
  struct stat info {};
  ASSERT_EQ(0, ::stat(dir.c_str(), &info));
  EXPECT_EQ(0700u, info.st_mode & 0777);
  EXPECT_TRUE(snapshot::cached(dir)->empty());
  const auto id = catalog_file("c.json", "{}");
  const std::string path = dir + "/" + snapshot::snapshot_name(id.path);
  ASSERT_TRUE(snapshot::write(path, *small_store(), id, 0));
  // What a writer that did not finish leaves: the name and six letters,
  // listed after the snapshot whatever its hash.
  std::ofstream(path + ".Ab12Cd") << "half";
  std::ofstream(dir + "/notes.txt") << "not ours";
  const auto files = snapshot::cached(dir);
  ASSERT_TRUE(files);
  ASSERT_EQ(2u, files->size());
  EXPECT_TRUE((*files)[1].temporary);
  EXPECT_FALSE((*files)[0].temporary);
  ASSERT_TRUE((*files)[0].description);
  EXPECT_EQ(3u, (*files)[0].description->papers);
  const auto cleared = snapshot::clear(dir);
  ASSERT_TRUE(cleared);
  EXPECT_EQ(2u, cleared->files);
  EXPECT_TRUE(fs::exists(dir + "/notes.txt"));
  EXPECT_TRUE(snapshot::cached(file("absent"))->empty());
}

TEST(SnapshotCacheDirectory, FollowsXdgCacheHomeWhenAbsolute) {
  const char* old_cache = std::getenv("XDG_CACHE_HOME");
  const std::string saved = old_cache == nullptr ? "" : old_cache;
  ::setenv("XDG_CACHE_HOME", "/x/cache", 1);
  EXPECT_EQ("/x/cache/mllmseg", snapshot::cache_directory());
  ::setenv("XDG_CACHE_HOME", "relative", 1);
  EXPECT_EQ(std::string(std::getenv("HOME")) + "/.cache/mllmseg", snapshot::cache_directory());
  if (old_cache == nullptr) {
    ::unsetenv("XDG_CACHE_HOME");
  } else {
    ::setenv("XDG_CACHE_HOME", saved.c_str(), 1);
  }
}

}  // namespace
}  // namespace mllmseg
