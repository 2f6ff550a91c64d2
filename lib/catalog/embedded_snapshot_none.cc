// The built-in catalog's snapshot for programs built without one (the tool
// that makes it, tests, benchmarks): none, so the catalog is read from its
// JSON. The mllmseg binary links the real one (lib/CMakeLists.txt), whose
// definition takes the place of this weak one.

#include "catalog/embedded.h"

namespace mllmseg::embedded {

__attribute__((weak)) std::string_view catalog_snapshot() { return {}; }

}  // namespace mllmseg::embedded
