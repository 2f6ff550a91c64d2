#include "catalog/load.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <fmt/format.h>
#include <algorithm>
#include <cerrno>
#include <cstdint>
#include <cstring>
#include <exception>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <thread>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "catalog/input.h"
#include "catalog/json_document.h"
#include "catalog/json_reader.h"
#include "catalog/json_scan.h"
#include "catalog/key_log.h"
#include "catalog/paper_reader.h"

namespace mllmseg {

namespace {

// What the document's top level holds besides the papers, kept until the
// end so that problems are reported in the order the members are checked.
struct TopLevel {
  std::map<std::string, json::Tree, std::less<>> kept;  // members read at the end
  bool has_papers = false;
  std::optional<std::string> paper_error;  // the first bad paper's message
  std::size_t papers = 0;

  std::optional<json::Value> find(std::string_view name) const {
    const auto it = kept.find(name);
    return it == kept.end() ? std::nullopt : std::optional(it->second.root());
  }
};

constexpr std::string_view k_kept_members[] = {
    "format", "title", "source", "provenance", "updated", "updated_from", "preamble", "epilogue", "sections"};

bool kept_member(std::string_view name) {
  return std::find(std::begin(k_kept_members), std::end(k_kept_members), name) != std::end(k_kept_members);
}

class Streamer {
 public:
  Streamer(std::string_view bytes, std::size_t padding, std::string_view origin, const PaperSink& sink,
           const Progress& progress)
      : m_bytes(bytes), m_scanner(bytes, padding), m_origin(origin), m_sink(sink), m_progress(progress) {}

  // False when the document is not one this reader takes on (malformed, or
  // left to nlohmann-json); then nothing in top is meaningful.
  bool run(TopLevel& top) {
    if (m_scanner.peek() != '{') {
      return false;
    }
    m_scanner.skip();
    std::unordered_set<std::string> seen;
    std::string name;
    json::Scanner::Span span;
    if (m_scanner.peek() == '}') {
      m_scanner.skip();
    } else {
      for (;;) {
        if (!m_scanner.value(span) || !m_reader.string(span.bytes, name) || m_scanner.peek() != ':' ||
            !seen.insert(name).second) {
          return false;
        }
        m_scanner.skip();
        if (name == "papers" && m_scanner.peek() == '[') {
          top.has_papers = true;
          if (!papers(top)) {
            return false;
          }
        } else {
          top.has_papers = top.has_papers || name == "papers";
          // Every value is read whole, kept or not, so that nothing
          // malformed goes unnoticed.
          const bool kept = name == "papers" || kept_member(name);
          if (!m_scanner.value(span) ||
              !m_reader.read(span.bytes, span.depth, kept ? top.kept[name] : m_scratch, kept)) {
            return false;
          }
        }
        const char next = m_scanner.peek();
        m_scanner.skip();
        if (next == '}') {
          break;
        }
        if (next != ',') {
          return false;
        }
      }
    }
    return m_scanner.at_end();
  }

 private:
  // The papers are read in batches: their spans found by the scanner, then
  // read into Papers on two threads when the batch is long, then checked in
  // order and handed to the sink, as one at a time would be.
  bool papers(TopLevel& top) {
    m_scanner.skip();  // [
    if (m_scanner.peek() == ']') {
      m_scanner.skip();
      return true;
    }
    KeyLog keys;
    for (char next = ',';;) {
      m_batch.clear();
      while (next == ',' && m_batch.size() < k_batch) {
        json::Scanner::Span& span = m_batch.emplace_back();
        if (!m_scanner.value(span)) {
          return false;
        }
        next = m_scanner.peek();
        m_scanner.skip();
        if (!within_input(span.bytes)) {
          break;  // in the scanner's padded copy of the last window, which a refill replaces
        }
      }
      if (!read_batch(top, keys)) {
        return false;
      }
      if (next == ']') {
        break;
      }
      if (next != ',') {
        return false;
      }
    }
    // Every key logged comes from a paper before the first bad one, so a
    // repeated key is the first problem.
    if (const auto repeat = keys.first_repeat()) {
      top.paper_error = fmt::format("{}: papers[{}] (key \"{}\"): duplicate key, first used by papers[{}]",
                                    m_origin, repeat->index, repeat->key, repeat->first);
    }
    return true;
  }

  bool within_input(std::string_view bytes) const {
    return bytes.data() >= m_bytes.data() && bytes.data() < m_bytes.data() + m_bytes.size();
  }

  // A paper's JSON read into slot.paper, or why not: malformed (left to
  // nlohmann-json), or not a valid paper (its message).
  struct Slot {
    Paper paper;  // its strings' memory reused from one batch to the next
    bool malformed = false;
    std::optional<std::string> error;
  };
  // What one thread reads papers with.
  struct Worker {
    json::ValueReader reader;
    json::Tree tree;
  };

  // Papers [from, to) of the batch, the first of which is papers[first].
  void read_spans(Worker& worker, std::size_t first, std::size_t from, std::size_t to) {
    for (std::size_t i = from; i < to; ++i) {
      Slot& slot = m_slots[i];
      slot.error.reset();
      slot.malformed = !worker.reader.read(m_batch[i].bytes, m_batch[i].depth, worker.tree, false);
      if (slot.malformed) {
        return;  // the rest of the batch is never looked at
      }
      const json::Value object = worker.tree.root();
      try {
        if (!object.is_object()) {
          throw reader::Invalid{fmt::format("{}: papers[{}]: expected an object, found {}", m_origin,
                                            first + i, object.type_name())};
        }
        reader::read_paper(object, m_origin, first + i, slot.paper);
      } catch (const reader::Invalid& e) {
        slot.error = e.message;
      }
    }
  }

  bool read_batch(TopLevel& top, KeyLog& keys) {
    const std::size_t count = m_batch.size();
    if (m_slots.size() < count) {
      m_slots.resize(count);
    }
    const std::size_t first = top.papers;
    if (count < k_parallel_batch || std::thread::hardware_concurrency() < 2) {
      read_spans(m_workers[0], first, 0, count);
    } else {
      std::exception_ptr failure;
      {
        std::jthread second([&] {
          try {
            read_spans(m_workers[1], first, count / 2, count);
          } catch (...) {
            failure = std::current_exception();
          }
        });
        read_spans(m_workers[0], first, 0, count / 2);
      }
      if (failure) {
        std::rethrow_exception(failure);
      }
    }
    for (std::size_t i = 0; i < count; ++i) {
      Slot& slot = m_slots[i];
      if (slot.malformed) {
        return false;
      }
      if (!top.paper_error) {
        if (slot.error) {
          top.paper_error = std::move(slot.error);
        } else {
          keys.add(slot.paper.key);
          // A sink that copies the paper (the store packs it) leaves its
          // memory to the next batch; one that keeps it takes it.
          m_sink(top.papers, std::move(slot.paper));
        }
      }
      ++top.papers;
      if (m_progress) {
        m_progress(m_batch[i].end);
      }
    }
    return true;
  }

  // Papers read at a time, and how many make reading them on two threads
  // worth starting one.
  static constexpr std::size_t k_batch = 4096;
  static constexpr std::size_t k_parallel_batch = 512;

  std::string_view m_bytes;
  json::Scanner m_scanner;
  json::ValueReader m_reader;
  std::string_view m_origin;
  const PaperSink& m_sink;
  const Progress& m_progress;
  json::Tree m_scratch;  // a top-level member's value
  std::vector<json::Scanner::Span> m_batch;
  std::vector<Slot> m_slots;
  Worker m_workers[2];
};

// The catalog's fields besides its papers, checked in the order a reader of
// the file would expect: the papers array first, then the top-level strings,
// the sections, and the papers themselves.
Result<Catalog> finish(const TopLevel& top, std::string_view origin) {
  if (!top.has_papers) {
    return Error{fmt::format("{}: missing \"papers\" array", origin)};
  }
  if (const auto papers = top.find("papers")) {
    return Error{fmt::format("{}: \"papers\" must be an array, found {}", origin, papers->type_name())};
  }
  try {
    Catalog catalog;
    catalog.format = reader::top_string(top.find("format"), "format", origin);
    catalog.title = reader::top_string(top.find("title"), "title", origin);
    catalog.source = reader::top_string(top.find("source"), "source", origin);
    catalog.provenance = reader::top_string(top.find("provenance"), "provenance", origin);
    catalog.updated = reader::top_date(top.find("updated"), "updated", origin);
    catalog.updated_from = reader::top_string(top.find("updated_from"), "updated_from", origin);
    catalog.preamble = reader::top_string(top.find("preamble"), "preamble", origin);
    catalog.epilogue = reader::top_string(top.find("epilogue"), "epilogue", origin);
    catalog.sections = reader::read_sections(top.find("sections"), origin);
    if (top.paper_error) {
      return Error{*top.paper_error};
    }
    return catalog;
  } catch (const reader::Invalid& e) {
    return Error{e.message};
  }
}

Result<Catalog> stream(std::string_view bytes, std::size_t padding, std::string_view origin,
                       const PaperSink& sink, const Progress& progress, bool again) {
  TopLevel top;
  // The streamer outlives finish(): the members kept in top may point into
  // its padded copy of the last window.
  if (Streamer streamer(bytes, padding, origin, sink, progress); streamer.run(top)) {
    return finish(top, origin);
  }
  // Malformed, or a document this reader leaves to nlohmann-json: its parser
  // names the problem and its place. A document it accepts (a number that
  // underflows to 0) is read again as nlohmann-json writes it.
  auto root = parse_json_document(bytes, origin);
  if (!root) {
    return Error{root.error()};
  }
  if (!root->is_object()) {
    return Error{fmt::format("{}: expected a JSON object with a \"papers\" array, found {}", origin,
                             root->type_name())};
  }
  std::string canonical = root->dump();
  const std::size_t size = canonical.size();
  canonical.append(json::k_padding, '\0');
  root = nlohmann::json();
  if (again) {
    return Error{fmt::format("{}: this catalog could not be read; please report it", origin)};
  }
  return stream(std::string_view(canonical).substr(0, size), json::k_padding, origin, sink, {}, true);
}

}  // namespace

Result<Catalog> read_catalog(std::string_view bytes, std::string_view origin, const PaperSink& sink,
                             const Progress& progress) {
  if (bytes.size() > k_max_catalog_bytes) {
    return Error{fmt::format("{}: {} bytes, over the limit of {}", origin, bytes.size(),
                             size_text(k_max_catalog_bytes))};
  }
  if (bytes.find_first_not_of(" \t\r\n") == std::string_view::npos) {
    return Error{fmt::format("{}: empty file; expected a JSON object with a \"papers\" array", origin)};
  }
  return stream(bytes, readable_after(bytes), origin, sink, progress, false);
}

Result<Catalog> parse_catalog(std::string_view bytes, std::string_view origin) {
  std::vector<Paper> papers;
  auto catalog = read_catalog(bytes, origin, [&](std::size_t index, Paper&& p) {
    papers.resize(index);
    papers.push_back(std::move(p));
  });
  if (catalog) {
    catalog->papers = std::move(papers);
  }
  return catalog;
}

Result<std::string> read_input(const std::string& path, std::size_t max_bytes, std::string_view what) {
  const bool from_stdin = path == "-";
  const int fd = from_stdin ? STDIN_FILENO : ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  return read_open_input(fd, path, max_bytes, what);
}

Result<std::string> read_open_input(int fd, const std::string& path, std::size_t max_bytes,
                                    std::string_view what) {
  const bool from_stdin = path == "-";
  const std::string named =
      fmt::format("{}{}'{}'", what, what.empty() ? "" : " ", from_stdin ? "<stdin>" : path);
  const auto failure = [&](int err) {
    return Error{fmt::format("cannot read {}: {}", named, std::strerror(err))};
  };
  if (fd < 0) {
    return failure(errno);
  }
  const auto too_big = [&] {
    if (!from_stdin) {
      ::close(fd);
    }
    return Error{fmt::format("cannot read {}: over the limit of {}", named, size_text(max_bytes))};
  };
  struct stat info {};
  if (::fstat(fd, &info) == 0 && S_ISDIR(info.st_mode)) {
    ::close(fd);
    return failure(EISDIR);
  }
  if (S_ISREG(info.st_mode) && static_cast<std::uintmax_t>(info.st_size) > max_bytes) {
    return too_big();
  }
  std::string bytes;
  if (S_ISREG(info.st_mode) && info.st_size > 0) {
    bytes.reserve(static_cast<std::size_t>(info.st_size));
  }
  char buffer[1 << 16];
  for (;;) {
    const ssize_t n = ::read(fd, buffer, sizeof buffer);
    if (n == 0) {
      break;
    }
    if (n < 0) {
      if (errno == EINTR) {
        continue;
      }
      const int err = errno;
      if (!from_stdin) {
        ::close(fd);
      }
      return failure(err);
    }
    if (static_cast<std::size_t>(n) > max_bytes - bytes.size()) {
      return too_big();
    }
    bytes.append(buffer, static_cast<std::size_t>(n));
  }
  if (!from_stdin) {
    ::close(fd);
  }
  return bytes;
}

}  // namespace mllmseg
