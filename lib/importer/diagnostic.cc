#include "importer/diagnostic.h"

#include <algorithm>

namespace mllmseg::importer {

void sort_by_line(std::vector<Diagnostic>& diagnostics) {
  std::stable_sort(diagnostics.begin(), diagnostics.end(),
                   [](const Diagnostic& a, const Diagnostic& b) { return a.line < b.line; });
}

}  // namespace mllmseg::importer
