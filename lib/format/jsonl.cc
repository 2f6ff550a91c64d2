// JSON Lines export: one paper a line, each a compact paper record of the
// catalog format (docs/catalog-format.md), for jq and line-oriented tools.
#include "format/export.h"
#include "format/json.h"
#include "format/paper_json.h"
#include "format/parts.h"

namespace mllmseg::format {

std::string render_jsonl(const Store& store, std::span<const DocId> ids) {
  std::string out;
  append_in_parts(out, ids.size(), [&](std::size_t from, std::size_t to, std::string& part) {
    Paper paper;
    for (std::size_t i = from; i < to; ++i) {
      store.paper(ids[i], paper);
      append_paper_json(part, paper, -1);
      part += '\n';
    }
  });
  return out;
}

}  // namespace mllmseg::format
