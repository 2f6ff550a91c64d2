#pragma once
// The catalog compiled into the binary (catalog/papers.json at build time),
// so that mllmseg works from any directory with no files beside it.

#include <string_view>

namespace mllmseg::embedded {

std::string_view catalog_json();

// The same catalog's snapshot (snapshot/snapshot.h), 8-byte aligned, made at
// build time; empty in programs built without it.
std::string_view catalog_snapshot();

inline constexpr std::string_view k_origin = "<embedded catalog>";

}  // namespace mllmseg::embedded
