#pragma once
// Small helpers shared by the unit tests: papers and catalogs built in code,
// the real catalog loaded once, and readable views of id lists.

#include <gtest/gtest.h>

#include <cstdio>
#include <fstream>
#include <memory>
#include <optional>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "catalog/embedded.h"
#include "catalog/load.h"
#include "catalog/paper.h"
#include "importer/import.h"
#include "store/store.h"

namespace mllmseg::test {

inline constexpr TaskSet k_res = task_bit(Task::res);
inline constexpr TaskSet k_ovss = task_bit(Task::ovss);
inline constexpr TaskSet k_video = task_bit(Task::video);

// A paper with the fields most tests care about; the rest get plain values.
inline Paper make_paper(std::string key, std::string name, std::string venue, int year, TaskSet tasks,
                        std::optional<std::string> code = std::nullopt, std::string title = "") {
  Paper p;
  p.key = std::move(key);
  p.name = std::move(name);
  p.title = title.empty() ? p.name + ": A Paper" : std::move(title);
  p.venue = std::move(venue);
  p.year = year;
  p.tasks = tasks;
  p.pdf = "https://example.org/" + p.key + ".pdf";
  p.code = std::move(code);
  return p;
}

inline Catalog catalog_of(std::vector<Paper> papers) {
  Catalog c;
  c.papers = std::move(papers);
  return c;
}

inline std::unique_ptr<Store> store_of(std::vector<Paper> papers) {
  return std::make_unique<Store>(catalog_of(std::move(papers)));
}

inline std::string source_path(std::string_view relative) {
  return std::string(MLLMSEG_SOURCE_DIR) + "/" + std::string(relative);
}

inline std::string read_text_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

// The catalog compiled into the library, parsed once.
inline const Catalog& real_catalog() {
  static const Catalog catalog = [] {
    auto parsed = parse_catalog(embedded::catalog_json(), embedded::k_origin);
    if (!parsed) {
      ADD_FAILURE() << parsed.error();
      return Catalog{};
    }
    return std::move(parsed).value();
  }();
  return catalog;
}

inline const Store& real_store() {
  static const Store store(real_catalog());
  return store;
}

// The list as it was in March 2025 (tests/fixtures/Awesome-MLLM-Segmentation.md,
// 39 papers from 49 entries), imported: the seed the project started from,
// for the tests of its figures, which the embedded catalog no longer is.
inline const Catalog& seed_catalog() {
  static const Catalog catalog =
      importer::import_list(read_text_file(source_path("tests/fixtures/Awesome-MLLM-Segmentation.md")))
          .catalog;
  return catalog;
}

inline const Store& seed_store() {
  static const Store store(seed_catalog());
  return store;
}

inline std::vector<std::string> keys_of(const Store& store, const std::vector<DocId>& ids) {
  std::vector<std::string> keys;
  keys.reserve(ids.size());
  for (DocId id : ids) {
    keys.push_back(store.paper(id).key);
  }
  return keys;
}

inline DocId id_of(const Store& store, std::string_view key) {
  const auto id = store.find_key(key);
  if (!id) {
    ADD_FAILURE() << "no paper with key " << key;
    return 0;
  }
  return *id;
}

inline std::vector<DocId> ids_of(const Store& store, const std::vector<std::string>& keys) {
  std::vector<DocId> ids;
  for (const auto& key : keys) {
    ids.push_back(id_of(store, key));
  }
  return ids;
}

// Every field of two papers compared, naming the first difference.
inline ::testing::AssertionResult same_paper(const Paper& a, const Paper& b) {
  const auto differ = [&](std::string_view field) {
    return ::testing::AssertionFailure()
           << "papers '" << a.key << "' and '" << b.key << "' differ in " << field;
  };
  if (a.key != b.key) return differ("key");
  if (a.name != b.name) return differ("name");
  if (a.title != b.title) return differ("title");
  if (a.venue != b.venue) return differ("venue");
  if (a.year != b.year) return differ("year");
  if (a.month != b.month) return differ("month");
  if (a.submitted != b.submitted) return differ("submitted");
  if (a.published != b.published) return differ("published");
  if (a.listed != b.listed) return differ("listed");
  if (a.listed_by != b.listed_by) return differ("listed_by");
  if (a.tasks != b.tasks) return differ("tasks");
  if (a.arxiv != b.arxiv) return differ("arxiv");
  if (a.pdf != b.pdf) return differ("pdf");
  if (a.code != b.code) return differ("code");
  if (a.project != b.project) return differ("project");
  if (a.doi != b.doi) return differ("doi");
  if (a.authors != b.authors) return differ("authors");
  if (a.abstract != b.abstract) return differ("abstract");
  if (a.entries.size() != b.entries.size()) return differ("entries");
  for (std::size_t i = 0; i < a.entries.size(); ++i) {
    const Entry& x = a.entries[i];
    const Entry& y = b.entries[i];
    if (x.task != y.task || x.number != y.number || x.id != y.id || x.after_title != y.after_title ||
        x.after_links != y.after_links) {
      return differ("entries");
    }
  }
  if (a.fixes.size() != b.fixes.size()) return differ("fixes");
  for (std::size_t i = 0; i < a.fixes.size(); ++i) {
    const Fix& x = a.fixes[i];
    const Fix& y = b.fixes[i];
    if (x.entry != y.entry || x.field != y.field || x.listed != y.listed || x.curated != y.curated ||
        x.why != y.why) {
      return differ("fixes");
    }
  }
  if (a.authors_source.has_value() != b.authors_source.has_value()) return differ("authors_source");
  if (a.authors_source) {
    const AuthorSource& x = *a.authors_source;
    const AuthorSource& y = *b.authors_source;
    if (x.urls != y.urls || x.confirmed != y.confirmed || x.note != y.note ||
        x.later_authors != y.later_authors) {
      return differ("authors_source");
    }
  }
  return ::testing::AssertionSuccess();
}

}  // namespace mllmseg::test
