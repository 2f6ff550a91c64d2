// A main() for a fuzz target built without libFuzzer: feeds it every file
// under the directories (or the files) named on the command line, in sorted
// order, once each, as libFuzzer does with -runs=0. CTest runs it over the
// committed corpus and regressions, with any compiler. -v names each file
// before it runs, to find the one that crashes.

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <string_view>
#include <vector>

#include "fuzz_check.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);

namespace {

namespace fs = std::filesystem;

std::string read_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

}  // namespace

int main(int argc, char** argv) {
  bool verbose = false;
  std::vector<fs::path> files;
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    if (arg == "-v") {
      verbose = true;
      continue;
    }
    const fs::path path(arg);
    std::error_code error;
    if (fs::is_regular_file(path, error)) {
      files.push_back(path);
    } else if (fs::is_directory(path, error)) {
      for (const auto& entry : fs::recursive_directory_iterator(path)) {
        if (entry.is_regular_file()) {
          files.push_back(entry.path());
        }
      }
    } else {
      std::fprintf(stderr, "replay: no such file or directory: %s\n", argv[i]);
      return 2;
    }
  }
  if (files.empty()) {
    std::fprintf(stderr, "replay: no inputs (usage: %s [-v] DIR|FILE...)\n", argv[0]);
    return 2;
  }
  std::sort(files.begin(), files.end());
  for (const auto& file : files) {
    const std::string name = file.string();
    const std::string bytes = read_file(file);
    if (verbose) {
      std::fprintf(stderr, "replay: %s (%zu bytes)\n", name.c_str(), bytes.size());
    }
    mllmseg::fuzz::g_current_input = name.c_str();
    LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size());
  }
  mllmseg::fuzz::g_current_input = nullptr;
  std::printf("replayed %zu inputs\n", files.size());
  return 0;
}
