#pragma once
// Word stems from the Snowball English stemmer (libstemmer.a): "reinforcement",
// "reinforcing" and "reinforced" all become "reinforc", "segmenter" and
// "segmentation" "segment". Search and related papers compare stems so that
// a query finds the other forms of its words.

#include <string>
#include <string_view>

namespace mllmseg::text {

// The stem of a lowercase word; words with digits ("sam2", "2024") and words
// of three letters or fewer are their own stem.
std::string stem(std::string_view word);

}  // namespace mllmseg::text
