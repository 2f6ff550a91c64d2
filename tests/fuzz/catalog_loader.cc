// Fuzz target: the catalog loader on arbitrary bytes. parse_catalog must
// return a catalog or an error naming the input, never throw or crash. A
// catalog that loads must go through the store, the search index and every
// output (each export format, the table, the pipe lines, show), and its json
// export must load again and export the same bytes.

#include <algorithm>
#include <cstdint>
#include <string_view>

#include "catalog/load.h"
#include "format/export.h"
#include "format/json.h"
#include "format/paper_json.h"
#include "format/show.h"
#include "format/table.h"
#include "fuzz_check.h"
#include "query/search.h"
#include "query/text_index.h"
#include "util/text.h"

using namespace mllmseg;

namespace {

constexpr std::string_view k_origin = "fuzz.json";

void render_everything(const Store& store) {
  const Postings ids = store.all();
  for (const auto& f : format::export_formats()) {
    (void)f.render(store, ids);
  }
  format::Highlight highlight;
  if (!ids.empty()) {
    highlight.name_words = text::tokenize(store.paper(0).name);
    highlight.title_words = text::tokenize(store.paper(0).title);
  }
  for (const format::Style& style : {format::Style{80, true, true}, format::Style{0, false, false}}) {
    (void)format::table(store, ids, style, highlight);
    for (DocId id : ids) {
      (void)format::paper_details(store, id, style);
    }
  }
  for (DocId id : ids) {
    const Paper p = store.paper(id);
    std::string direct;
    format::append_paper_json(direct, p, -1);
    fuzz::check(direct == format::dump(format::paper_json(p), -1), "append_paper_json differs from nlohmann");
  }
  const std::string lines = format::tab_separated(store, ids);
  fuzz::check(static_cast<std::size_t>(std::count(lines.begin(), lines.end(), '\n')) == ids.size(),
              "tab_separated: not one line a paper");

  std::vector<SearchWord> words;
  for (auto& w : highlight.title_words) {
    words.push_back({w, Scope::any});
  }
  const SearchResult found = search(store, words, std::nullopt);
  for (const auto& hit : found.hits) {
    fuzz::check(hit.doc < store.size(), "search: hit out of range");
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  auto catalog = parse_catalog(bytes, k_origin);
  if (!catalog) {
    fuzz::check(catalog.error().starts_with(k_origin), "error does not name the input: " + catalog.error());
    return 0;
  }
  const Store store(std::move(*catalog));
  render_everything(store);

  const std::string json = format::render_json(store, store.all());
  auto again = parse_catalog(json, "export.json");
  fuzz::check(again.ok(), "json export does not load: " + (again.ok() ? std::string() : again.error()));
  const Store reloaded(std::move(*again));
  fuzz::check(format::render_json(reloaded, reloaded.all()) == json, "json export is not a fixed point");
  return 0;
}
