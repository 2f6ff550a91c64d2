#pragma once
// Papers and catalogs as JSON in the catalog format (docs/catalog-format.md),
// so that what mllmseg prints loads again with --catalog.

#include <nlohmann/json.hpp>
#include <span>
#include <string>
#include <string_view>

#include "format/flush.h"
#include "store/store.h"
#include "util/result.h"

namespace mllmseg::format {

using OrderedJson = nlohmann::ordered_json;

OrderedJson paper_json(const Paper& paper);

// The members paper_json can write, in its order (key, name, title, authors,
// ...): the fields `--json FIELDS` selects from list, search and show.
std::span<const std::string_view> paper_fields();

// A JSON array of the papers; indented by two spaces when pretty, compact
// otherwise; ends with a newline. With flush, all but the end is handed to
// it as it is made, and the end returned.
std::string papers_array(const Store& store, std::span<const DocId> ids, bool pretty,
                         const Flush& flush = {});

// A whole catalog object holding the papers, with the store's header and
// sections; indented by two spaces, ending with a newline.
std::string catalog_document(const Store& store, std::span<const DocId> ids);

// The same for a whole catalog, written from its papers as they are, with no
// store and no index built (import, update, enrich).
std::string catalog_document(const Catalog& catalog);

// The catalog in the catalog format, once the loader has read it back with
// all its checks; else why the loader would refuse it. What import and
// update write.
Result<std::string> validated_json(const Catalog& catalog);

// nlohmann's dump, replacing any invalid UTF-8 instead of throwing.
std::string dump(const OrderedJson& value, int indent);

}  // namespace mllmseg::format
