// CSV export, RFC 4180: a header row, CRLF line ends; columns, quoting and
// the formula guard are delimited.h's.
#include "format/delimited.h"
#include "format/export.h"

namespace mllmseg::format {

std::string render_csv(const Store& store, std::span<const DocId> ids) {
  return delimited_table(store, ids, ',', "\r\n");
}

}  // namespace mllmseg::format
