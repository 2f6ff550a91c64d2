// JSON Lines export: one paper a line, each a compact paper record of the
// catalog format (docs/catalog-format.md), for jq and line-oriented tools.
#include "format/export.h"
#include "format/json.h"
#include "format/paper_json.h"

namespace mllmseg::format {

std::string render_jsonl(const Store& store, std::span<const DocId> ids) {
  std::string out;
  Paper paper;
  for (DocId id : ids) {
    store.paper(id, paper);
    append_paper_json(out, paper, -1);
    out += '\n';
  }
  return out;
}

}  // namespace mllmseg::format
