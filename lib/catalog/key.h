#pragma once
// The rule that makes a paper's key from its short name, which the importer
// applies and lookups undo: part of the model, not of any one reader of it.

#include <string>
#include <string_view>

namespace mllmseg {

// The lowercase slug of a name: each '+' written 'p' (Text4Seg++ is
// text4segpp, as C++ is cpp), runs of anything but a-z and 0-9 become one
// '-', trimmed ("VisionLLM v2" -> "visionllm-v2").
std::string slug(std::string_view name);

}  // namespace mllmseg
