#pragma once
// Finding one paper by what a person types: its key or its short name, in any
// case; unknown or ambiguous names get candidates.

#include <string_view>

#include "catalog/key.h"
#include "store/store.h"
#include "util/result.h"

namespace mllmseg {

Result<DocId> find_paper(const Store& store, std::string_view wanted);

}  // namespace mllmseg
