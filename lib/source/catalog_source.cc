#include "source/catalog_source.h"

#include <unistd.h>

#include <fmt/format.h>
#include <cstdlib>
#include <new>
#include <thread>

#include "catalog/embedded.h"
#include "catalog/input.h"
#include "catalog/load.h"
#include "importer/import.h"
#include "io/dirs.h"
#include "snapshot/cache.h"
#include "snapshot/identity.h"
#include "snapshot/snapshot.h"
#include "store/word_index.h"
#include "util/hash.h"
#include "util/text.h"

namespace mllmseg::source {

namespace {

constexpr std::string_view k_variable = "MLLMSEG_CATALOG";
constexpr std::string_view k_user = "user catalog";

std::string env(const char* name) {
  const char* value = std::getenv(name);
  return value == nullptr ? std::string() : std::string(value);
}

bool named_as_list(std::string_view path) {
  const std::string name = text::to_lower(path);
  return name.ends_with(".md") || name.ends_with(".markdown");
}

// A list is a file named *.md or *.markdown, or text that opens with a
// heading ('#'); anything else is read as JSON, so that a broken catalog
// gets the JSON reader's exact message.
bool is_list(std::string_view path, std::string_view bytes) {
  if (named_as_list(path)) {
    return true;
  }
  if (bytes.starts_with("\xEF\xBB\xBF")) {
    bytes.remove_prefix(3);
  }
  const auto first = bytes.find_first_not_of(" \t\r\n");
  return first != std::string_view::npos && bytes[first] == '#';
}

// A list imported into a catalog, its diagnostics as warnings.
Result<Read<Catalog>> import(std::string_view bytes, const Choice& choice) {
  importer::Import list = importer::import_list(bytes);
  if (list.catalog.papers.empty()) {
    return Error{fmt::format(
        "{}: neither a catalog (JSON) nor a list: no numbered entry under a heading that names a task",
        choice.origin)};
  }
  std::string warnings;
  for (const importer::Diagnostic& d : list.diagnostics) {
    warnings += fmt::format("mllmseg: warning: {}:{}: {} [{}]\n", choice.origin, d.line, d.message, d.rule);
  }
  return Read<Catalog>{std::move(list.catalog), std::move(warnings)};
}

// Reads the chosen file or the built-in catalog: a JSON catalog paper by
// paper into sink, returning its header; a list whole, returned as
// imported.
struct Chosen {
  std::optional<Read<Catalog>> imported;
  Catalog header;
};

// Sink: a PaperSink or a SplitSink (catalog/load.h).
template <class Sink>
Result<Chosen> read_chosen(const Choice& choice, const Sink& sink, hash::Hasher* content = nullptr) {
  if (choice.path.empty()) {
    auto header = read_catalog(embedded::catalog_json(), choice.origin, sink);
    if (!header) {
      return Error{header.error()};
    }
    return Chosen{std::nullopt, std::move(*header)};
  }
  auto input = CatalogInput::open(choice.path);
  if (!input) {
    return Error{input.error()};
  }
  if (is_list(choice.path, input->bytes())) {
    auto imported = import(input->bytes(), choice);
    if (!imported) {
      return Error{imported.error()};
    }
    return Chosen{std::move(*imported), {}};
  }
  // The content is hashed as it is read, before its pages are handed back.
  std::size_t hashed = 0;
  const auto hash_to = [&](std::size_t offset) {
    if (content != nullptr && offset > hashed) {
      content->add(input->bytes().substr(hashed, offset - hashed));
      hashed = offset;
    }
  };
  auto header = mllmseg::read_catalog(input->bytes(), choice.origin, sink, [&](std::size_t offset) {
    hash_to(offset);
    input->done_before(offset);
  });
  hash_to(input->bytes().size());
  if (!header) {
    return Error{header.error()};
  }
  return Chosen{std::nullopt, std::move(*header)};
}

}  // namespace

Remedy remedy(const Choice& choice) {
  if (choice.reason == k_variable) {
    return {"the catalog MLLMSEG_CATALOG names", "unset MLLMSEG_CATALOG to read the default catalog"};
  }
  if (choice.reason == k_user) {
    return {"the user catalog, which mllmseg update and enrich write",
            fmt::format("'mllmseg update' writes it anew (keeping this one as {}.bak); without it mllmseg "
                        "reads its built-in catalog",
                        choice.path)};
  }
  return {};
}

std::string user_catalog_path() {
  const std::string dir = io::user_dir("XDG_DATA_HOME", ".local/share");
  return dir.empty() ? dir : dir + "/catalog.json";
}

Choice built_in() { return {{}, std::string(embedded::k_origin), "built in"}; }

Choice choose(std::string_view flag) {
  if (!flag.empty()) {
    return {std::string(flag), flag == "-" ? "<stdin>" : std::string(flag), "--catalog"};
  }
  if (const std::string path = env("MLLMSEG_CATALOG"); !path.empty()) {
    return {path, path, std::string(k_variable)};
  }
  if (const std::string path = user_catalog_path(); !path.empty() && ::access(path.c_str(), F_OK) == 0) {
    return {path, path, std::string(k_user)};
  }
  return built_in();
}

Result<Read<Catalog>> read_catalog(const Choice& choice) {
  std::vector<Paper> papers;
  const PaperSink sink = [&](std::size_t index, Paper&& p) {
    papers.resize(index);
    papers.push_back(std::move(p));
  };
  auto chosen = read_chosen(choice, sink);
  if (!chosen) {
    return Error{chosen.error()};
  }
  if (chosen->imported) {
    return std::move(*chosen->imported);
  }
  chosen->header.papers = std::move(papers);
  return Read<Catalog>{std::move(chosen->header), {}};
}

namespace {

// The store read from its JSON, paper by paper, and the hash of that JSON.
Result<Read<std::unique_ptr<Store>>> read_json_store(const Choice& choice, hash::Hasher* content) {
  // Papers go straight into the store, packed on the threads that read
  // them, added one at a time.
  auto arenas = std::make_shared<RecordArenas>();
  auto store = std::make_unique<Store>();
  store->keep_alive(arenas);
  const SplitSink sink{[&](const Paper& p, std::string& prepared) { Store::prepare(p, prepared, *arenas); },
                       [&](std::size_t index, std::string_view prepared) {
                         if (index < store->size()) {
                           store = std::make_unique<Store>();  // the document is being read again
                           store->keep_alive(arenas);
                         }
                         store->add_prepared(prepared);
                       }};
  auto chosen = read_chosen(choice, sink, content);
  if (!chosen) {
    return Error{chosen.error()};
  }
  if (chosen->imported) {
    return Read<std::unique_ptr<Store>>{std::make_unique<Store>(std::move(chosen->imported->value)),
                                        std::move(chosen->imported->warnings)};
  }
  store->set_header(std::move(chosen->header));
  return Read<std::unique_ptr<Store>>{std::move(store), {}};
}

// A catalog file worth a snapshot: a JSON file (no list, no stream) of at
// least k_min_catalog_bytes, when there is a cache directory.
std::optional<snapshot::Identity> worth_a_snapshot(const Choice& choice) {
  if (choice.path.empty() || choice.path == "-" || named_as_list(choice.path) ||
      snapshot::cache_directory().empty()) {
    return std::nullopt;
  }
  auto identity = snapshot::identify(choice.path);
  if (!identity || identity->size < snapshot::k_min_catalog_bytes) {
    return std::nullopt;
  }
  return std::move(*identity);
}

}  // namespace

Result<Read<std::unique_ptr<Store>>> read_store(const Choice& choice, bool use_cache) {
  // The built-in catalog, from the snapshot made of it at build time where
  // the program has one.
  if (const std::string_view bytes = embedded::catalog_snapshot(); choice.path.empty() && !bytes.empty()) {
    if (auto store = snapshot::parse(bytes, nullptr, {}, false)) {
      return Read<std::unique_ptr<Store>>{std::move(*store), {}};
    }
  }
  const auto identity = use_cache ? worth_a_snapshot(choice) : std::nullopt;
  if (!identity) {
    return read_json_store(choice, nullptr);
  }
  const std::string dir = snapshot::cache_directory();
  const std::string path = dir + "/" + snapshot::snapshot_name(identity->path);
  auto cached = snapshot::read(path, *identity);
  if (cached) {
    return Read<std::unique_ptr<Store>>{std::move(*cached), {}, "read " + path};
  }
  // Why a snapshot that was there is made again, for info.
  const std::string replaced =
      ::access(path.c_str(), F_OK) == 0 ? " (the one there: " + cached.error() + ")" : "";
  hash::Hasher content;
  auto read = read_json_store(choice, &content);
  if (!read || !read->warnings.empty()) {
    return read;
  }
  // Written only when the file did not change while it was read.
  const auto after = snapshot::identify(choice.path);
  if (!after || *after != *identity) {
    read->snapshot = "not written: the catalog changed while it was read";
    return read;
  }
  if (Status made = snapshot::make_directory(dir); !made) {
    read->snapshot = "not written: " + made.error();
    return read;
  }
  // Search answers from a word index where the store has one: worth its
  // build for a catalog that is read again and again. The snapshot is then
  // written on a second thread while the command answers from the store;
  // both only read it, and the store joins the thread before it goes.
  read->value->set_word_index(std::make_shared<const WordIndex>(WordIndex::build(*read->value)));
  auto status = std::make_shared<std::string>();
  auto thread = std::make_shared<std::jthread>(
      [store = read->value.get(), path, identity = *identity, sum = content.finish(), replaced, status] {
        try {
          const Status written = snapshot::write(path, *store, identity, sum);
          *status = written ? "wrote " + path + replaced : "not written: " + written.error();
        } catch (const std::bad_alloc&) {
          *status = "not written: out of memory";
        }
      });
  read->value->add_reader(thread);
  read->snapshot_written = [thread, status] {
    if (thread->joinable()) {
      thread->join();
    }
    return *status;
  };
  return read;
}

Result<Read<snapshot::Summary>> read_summary(const Choice& choice, bool use_cache) {
  if (const auto identity = use_cache ? worth_a_snapshot(choice) : std::nullopt) {
    const std::string path = snapshot::cache_directory() + "/" + snapshot::snapshot_name(identity->path);
    if (auto summary = snapshot::read_summary(path, *identity)) {
      return Read<snapshot::Summary>{std::move(*summary), {}, "read " + path};
    }
  }
  auto read = read_store(choice, use_cache);
  if (!read) {
    return Error{read.error()};
  }
  const Store& store = *read->value;
  snapshot::Summary summary{store.header(), store.size(), store.with_code_count(), store.with_authors()};
  return Read<snapshot::Summary>{std::move(summary), std::move(read->warnings), read->snapshot_status()};
}

}  // namespace mllmseg::source
