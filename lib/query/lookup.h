#pragma once
// Finding one paper by what a person types: its key or its short name, in any
// case; unknown or ambiguous names get candidates.

#include <string_view>

#include "store/store.h"
#include "util/result.h"

namespace mllmseg {

// The lowercase slug of a name: runs of anything but a-z and 0-9 become one
// '-', trimmed ("VisionLLM v2" -> "visionllm-v2").
std::string slug(std::string_view name);

Result<DocId> find_paper(const Store& store, std::string_view wanted);

}  // namespace mllmseg
