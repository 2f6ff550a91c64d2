#pragma once
// Which words of a title must keep their capitals when a citation style
// changes a title's case (sentence case lowercases "LISA" to "lisa"; title
// case turns "SAM2" into "Sam2"), and a title with those words wrapped in a
// format's protection: {LISA} in BibTeX, <span class="nocase"> in CSL-JSON.

#include <functional>
#include <string>
#include <string_view>

namespace mllmseg::format {

// Acronyms and mixed-case names: a word (punctuation around it aside) with a
// capital after its first letter (LLaVA, VisionLLM, 3D), a capital and a digit
// (V2, SAM2), or a lone capital as part of a compound (X-Decoder). Each part
// of a hyphenated word is judged on its own, so Title Case compounds
// ("Open-Vocabulary") are left to the style.
bool keeps_capitals(std::string_view word);

// The title's words joined by single spaces, each passed through escape;
// words that keep_capitals, and the word that is the paper's short name
// (name, in any case: "Seg-Zero", "Vitron"), are wrapped in open and close,
// the punctuation that ends them (: , ;) left outside.
std::string protect_capitals(std::string_view title,
                             const std::function<std::string(std::string_view)>& escape,
                             std::string_view open, std::string_view close, std::string_view name = {});

}  // namespace mllmseg::format
