// JSON Lines export: one paper a line, each a compact paper record of the
// catalog format (docs/catalog-format.md), for jq and line-oriented tools.
#include "format/export.h"
#include "format/json.h"

namespace mllmseg::format {

std::string render_jsonl(const Store& store, std::span<const DocId> ids) {
  std::string out;
  for (DocId id : ids) {
    out += dump(paper_json(store.paper(id)), -1);
    out += '\n';
  }
  return out;
}

}  // namespace mllmseg::format
