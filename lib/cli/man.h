#pragma once
// The man page, generated from the command model and the few texts that are
// not option definitions (exit status, environment), so that it cannot drift
// from --help.

#include <string>
#include <utility>
#include <vector>

#include "cli/command.h"

namespace mllmseg::cli {

using Definition = std::pair<std::string, std::string>;  // a term and what it means

struct ManText {
  std::string title;                     // "query the Awesome-MLLM-Segmentation bibliography"
  std::string version;                   // "mllmseg 0.1.0"
  std::vector<std::string> description;  // paragraphs
  std::vector<std::pair<std::string, std::vector<Definition>>> extra_sections;  // before EXIT STATUS
  std::vector<Definition> exit_status;
  std::vector<Definition> environment;
  std::vector<std::string> see_also;  // "jq(1)"
};

// A man(7) page: NAME, SYNOPSIS, DESCRIPTION, OPTIONS, COMMANDS, the extra
// sections, EXIT STATUS, ENVIRONMENT, EXAMPLES (from the help footers) and
// SEE ALSO.
std::string man_page(const CommandSpec& root, const ManText& text);

// text escaped for roff: backslashes, a leading '.' or '\'', non-ASCII as
// \[uXXXX]; with code, '-' as \- so that it copies as a minus.
std::string roff_escape(std::string_view text, bool code);

}  // namespace mllmseg::cli
