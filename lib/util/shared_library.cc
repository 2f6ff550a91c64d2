#include "util/shared_library.h"

#include <fmt/format.h>

namespace mllmseg {

Result<SharedLibrary> SharedLibrary::open(const char* soname, const char* package) {
  void* handle = ::dlopen(soname, RTLD_NOW | RTLD_LOCAL);
  if (handle == nullptr) {
    return Error{
        fmt::format("cannot load {} ({}); install Debian's {} package", soname, ::dlerror(), package)};
  }
  return SharedLibrary(handle, soname);
}

Status SharedLibrary::complete() const {
  if (!m_complete) {
    return Error{fmt::format("{} lacks a function mllmseg needs", m_soname)};
  }
  return Ok{};
}

}  // namespace mllmseg
