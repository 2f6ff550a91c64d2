#pragma once
// One paper with every field, for `mllmseg show`.

#include "format/style.h"
#include "store/store.h"

namespace mllmseg::format {

std::string paper_details(const Store& store, DocId id, const Style& style);

}  // namespace mllmseg::format
