#include "cmd_cache.h"

#include <fmt/chrono.h>
#include <fmt/format.h>
#include <chrono>

#include "format/cache.h"
#include "format/json_output.h"
#include "snapshot/cache.h"
#include "snapshot/identity.h"
#include "util/text.h"

namespace mllmseg::app {

namespace {

std::string size_of(std::uint64_t bytes) {
  if (bytes < 1024) {
    return fmt::format("{} bytes", bytes);
  }
  if (bytes < (1 << 20)) {
    return fmt::format("{:.1f} KiB", static_cast<double>(bytes) / 1024);
  }
  return fmt::format("{:.1f} MiB", static_cast<double>(bytes) / (1 << 20));
}

// Whether the snapshot would be used for its catalog, and if not, why.
std::string state_of(const snapshot::CachedFile& file) {
  if (file.temporary) {
    return "left by a write that did not finish";
  }
  if (!file.description) {
    return "unreadable: " + file.description.error();
  }
  const snapshot::Description& d = *file.description;
  if (d.program != snapshot::program()) {
    return fmt::format("stale: made by {}", d.program);
  }
  const auto now = snapshot::identify(d.catalog.path);
  if (!now) {
    return "stale: " + now.error();
  }
  return *now == d.catalog ? "current" : "stale: the catalog has changed since";
}

std::time_t seconds_of(std::int64_t ns) { return static_cast<std::time_t>(ns / 1'000'000'000); }

Outcome info(const std::string& dir, const CacheOptions& options, const Console& console) {
  auto files = snapshot::cached(dir);
  if (!files) {
    throw Failure(files.error());
  }
  std::vector<format::CachedSnapshot> snapshots;
  for (const auto& file : *files) {
    format::CachedSnapshot s{file.path,
                             {},
                             std::nullopt,
                             file.bytes,
                             fmt::format("{:%Y-%m-%dT%H:%M:%SZ}", fmt::gmtime(seconds_of(file.written_ns))),
                             state_of(file)};
    if (file.description) {
      s.catalog = file.description->catalog.path;
      s.papers = file.description->papers;
    }
    snapshots.push_back(std::move(s));
  }
  if (auto json = json_output(options.json, "cache", console)) {
    return {json_text(format::render_json(format::cache_json(snapshots), *json)), {}, 0};
  }
  std::uint64_t total = 0;
  for (const auto& s : snapshots) {
    total += s.bytes;
  }
  std::string out = fmt::format("directory  {}\n", dir);
  if (files->empty()) {
    out += "snapshots  none\n";
    return {out, {}, 0};
  }
  out += fmt::format("snapshots  {} ({})\n", files->size(), size_of(total));
  for (std::size_t i = 0; i < files->size(); ++i) {
    const format::CachedSnapshot& s = snapshots[i];
    out += fmt::format("\n{}\n", s.path);
    if (s.papers) {
      out += fmt::format("  catalog  {} ({} papers)\n", text::one_line(s.catalog), *s.papers);
    }
    out += fmt::format("  size     {}, written {}\n", size_of(s.bytes),
                       fmt::format("{:%Y-%m-%d %H:%M}", fmt::localtime(seconds_of((*files)[i].written_ns))));
    out += fmt::format("  state    {}\n", text::one_line(s.state));
  }
  return {out, {}, 0};
}

Outcome clear(const std::string& dir) {
  const auto cleared = snapshot::clear(dir);
  if (!cleared) {
    throw Failure(cleared.error());
  }
  if (cleared->files == 0) {
    return {fmt::format("nothing to remove: {} holds no snapshot\n", dir), {}, 0};
  }
  return {fmt::format("removed {} file{} ({}) from {}\n", cleared->files, cleared->files == 1 ? "" : "s",
                      size_of(cleared->bytes), dir),
          {},
          0};
}

}  // namespace

Outcome run_cache(const CacheOptions& options, const Console& console) {
  const std::string dir = snapshot::cache_directory();
  if (dir.empty()) {
    throw Failure("no cache directory: neither XDG_CACHE_HOME nor HOME is set");
  }
  if (options.action == "clear") {
    if (options.json.json || options.json.jq) {
      throw Failure("--json and --jq go with 'mllmseg cache info', not with clear");
    }
    return clear(dir);
  }
  return info(dir, options, console);
}

}  // namespace mllmseg::app
