// TSV export: the CSV columns separated by tabs, LF line ends, so that cut
// and awk split it; a cell holding a tab, quote or line break is quoted as
// in CSV (Python's csv module with delimiter '\t' reads it back).
#include "format/delimited.h"
#include "format/export.h"

namespace mllmseg::format {

std::string render_tsv(const Store& store, std::span<const DocId> ids) {
  return delimited_table(store, ids, '\t', "\n");
}

}  // namespace mllmseg::format
