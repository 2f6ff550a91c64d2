#pragma once
// Help pages as mllmseg prints them: CLI11's layout without its "Excludes:"
// notes (the error says so when two flags clash), with one blank line between
// sections, and each description wrapped to 80 columns under its column.

#include <memory>

namespace CLI {
class FormatterBase;
}  // namespace CLI

namespace mllmseg::app {

std::shared_ptr<CLI::FormatterBase> help_formatter();

}  // namespace mllmseg::app
