#pragma once
// The list's text as CommonMark reads it, in so far as the markdown export
// writes it: backslash escapes of ASCII punctuation ("\#", "\|") and the HTML
// entities for < > & " ' undone. Entry fields and headings are read so, and
// the export escapes what would otherwise be read as one of these.

#include <string>
#include <string_view>

namespace mllmseg::importer {

// Markdown's backslash escapes and the entities &lt; &gt; &amp; &quot; &#39;,
// undone, left to right ("&amp;lt;" is "&lt;").
std::string unescape(std::string_view s);

// The entities only, as in an HTML attribute value.
std::string decode_attribute(std::string_view s);

}  // namespace mllmseg::importer
