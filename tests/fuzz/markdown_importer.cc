// Fuzz target: the markdown importer on arbitrary bytes, as hand-edited
// lists come. import_list must never throw or crash; what it makes must be
// valid UTF-8 throughout (it reads other bytes as Windows-1252, with a
// diagnostic); validated_json must give JSON that loads or a reason; and, as
// tests/unit/importer_list_test.cc checks for the real list, the markdown
// export of an import must import as the same catalog (the markdown round
// trip), but for entry numbers: the export numbers a section's entries from
// 1, so those after one the import left out move up. One more round trip
// must then change nothing.

#include <cstdint>
#include <string>
#include <string_view>

#include "catalog/load.h"
#include "format/export.h"
#include "format/json.h"
#include "fuzz_check.h"
#include "importer/document.h"
#include "importer/import.h"
#include "support/fuzz_catalog.h"

using namespace mllmseg;

namespace {

importer::Import round_trip(const Catalog& catalog) {
  const Store store{Catalog(catalog)};
  return importer::import_list(format::render_markdown(store, store.all()));
}

Catalog without_entry_numbers(Catalog catalog) {
  for (auto& paper : catalog.papers) {
    for (auto& entry : paper.entries) {
      entry.number = 0;
    }
  }
  return catalog;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const importer::Import first = importer::import_list({reinterpret_cast<const char*>(data), size});
  const std::string described = fuzz::describe(first.catalog);
  fuzz::check(fuzz::describe(fuzz::with_valid_utf8(first.catalog)) == described,
              "import: invalid UTF-8 in the catalog:\n" + described);
  for (const auto& d : first.diagnostics) {
    fuzz::check(d.line >= 0 && !d.rule.empty() && !d.message.empty(),
                "import: a diagnostic without line or text");
  }
  if (auto json = format::validated_json(first.catalog)) {
    fuzz::check(parse_catalog(*json, "validated").ok(),
                "import: validated_json gave JSON that does not load");
  }

  const importer::Import second = round_trip(first.catalog);
  fuzz::check(fuzz::describe(without_entry_numbers(second.catalog)) ==
                  fuzz::describe(without_entry_numbers(first.catalog)),
              "markdown round trip: the export of an import imports as another catalog:\n" + described);
  const importer::Import third = round_trip(second.catalog);
  fuzz::check(fuzz::describe(third.catalog) == fuzz::describe(second.catalog),
              "markdown round trip: not a fixed point after one round");
  return 0;
}
