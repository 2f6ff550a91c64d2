#include "catalog/load.h"

#include <fmt/format.h>
#include <algorithm>
#include <deque>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <unordered_set>
#include <vector>

#include "catalog/input.h"
#include "catalog/json_document.h"
#include "catalog/json_reader.h"
#include "catalog/json_scan.h"
#include "catalog/key_log.h"
#include "catalog/paper_batch.h"
#include "catalog/paper_fast.h"
#include "catalog/paper_reader.h"
#include "catalog/relay.h"
#include "catalog/simdjson_library.h"

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

// Where papers go: each Paper to a PaperSink, or what a SplitSink's prepare
// makes of each to that sink (one of the two is set).
struct Sinks {
  const PaperSink* papers = nullptr;
  const SplitSink* split = nullptr;
};

class Streamer {
 public:
  Streamer(std::string_view bytes, std::size_t padding, std::string_view origin, Sinks sinks,
           const Progress& progress)
      : m_bytes(bytes), m_scanner(bytes, padding), m_origin(origin), m_sinks(sinks), m_progress(progress) {}

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
  // The papers are read in batches: their spans found by the scanner, read
  // into Papers, then checked in order and handed to the sink, as one at a
  // time would be. Batches overlap (catalog/relay.h): while a second thread
  // reads one, this one finds the next one's spans and hands the one before
  // to the sink.
  bool papers(TopLevel& top) {
    m_scanner.skip();  // [
    if (m_scanner.peek() == ']') {
      m_scanner.skip();
      return true;
    }
    KeyLog keys;
    Relay relay([this](int thread, int slot, std::size_t from,
                       std::size_t to) { read_spans(m_workers[thread], m_batches[slot], from, to); },
                k_parallel_batch);
    // The slots of the batches published and not yet handed to the sink,
    // oldest first; the second thread may be reading any of them.
    std::deque<int> pending;
    const auto finish_oldest = [&] {
      const int slot = pending.front();
      pending.pop_front();
      return finish_batch(relay, slot, top, keys);
    };
    char next = ',';
    for (;;) {
      // A batch in the scanner's padded copy of the last window is done
      // with (and so, in order, every batch before it) before the scanner
      // goes on.
      while (!pending.empty() && m_batches[pending.back()].tail) {
        if (!finish_oldest()) {
          return false;
        }
      }
      const int slot = relay.next_slot();
      Batch& batch = m_batches[slot];
      batch.clear();
      while (next == ',' && batch.spans.size() < k_batch) {
        json::Scanner::Span& span = batch.spans.emplace_back();
        batch.marks.push_back(static_cast<std::uint32_t>(batch.structurals.size()));
        if (!m_scanner.value(span, &batch.structurals)) {
          return false;
        }
        next = m_scanner.peek();
        m_scanner.skip();
        if (!within_input(span.bytes)) {
          batch.tail = true;
          break;
        }
      }
      batch.marks.push_back(static_cast<std::uint32_t>(batch.structurals.size()));
      batch.first = m_scanned;
      m_scanned += batch.spans.size();
      if (batch.slots.size() < batch.spans.size()) {
        batch.slots.resize(batch.spans.size());
      }
      relay.publish(batch.spans.size());
      pending.push_back(slot);
      // The next slot is free again once its batch is handed on.
      if (pending.size() == Relay::k_slots && !finish_oldest()) {
        return false;
      }
      if (next != ',') {
        break;
      }
    }
    if (next != ']') {
      return false;
    }
    while (!pending.empty()) {
      if (!finish_oldest()) {
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

  using Slot = loading::Slot;
  using Worker = loading::Worker;
  using Batch = loading::Batch;

  // Papers [from, to) of the batch: each by the fast path, or when it
  // declines, by the reader and read_paper, which name any problem.
  void read_spans(Worker& worker, Batch& batch, std::size_t from, std::size_t to) {
    for (std::size_t i = from; i < to; ++i) {
      Slot& slot = batch.slots[i];
      Paper& paper = m_sinks.split != nullptr ? worker.paper : slot.paper;
      slot.error.reset();
      slot.malformed = false;
      if (!reader::read_paper_fast(batch.spans[i].bytes, batch.structurals_of(i), paper)) {
        slot.malformed = !worker.reader.read(batch.spans[i].bytes, batch.spans[i].depth, worker.tree, false);
        if (slot.malformed) {
          return;  // the rest of the chunk is never looked at
        }
        const json::Value object = worker.tree.root();
        try {
          if (!object.is_object()) {
            throw reader::Invalid{fmt::format("{}: papers[{}]: expected an object, found {}", m_origin,
                                              batch.first + i, object.type_name())};
          }
          reader::read_paper(object, m_origin, batch.first + i, paper);
        } catch (const reader::Invalid& e) {
          slot.error = e.message;
          continue;
        }
      }
      if (m_sinks.split != nullptr) {
        m_sinks.split->prepare(paper, slot.prepared);
        slot.key.assign(paper.key);
      }
    }
  }

  // The batch in slot read, its papers checked in order and handed to the sink.
  bool finish_batch(Relay& relay, int slot, TopLevel& top, KeyLog& keys) {
    relay.finish(slot);
    const Batch& batch = m_batches[slot];
    for (std::size_t i = 0; i < batch.spans.size(); ++i) {
      Slot& paper = m_batches[slot].slots[i];
      if (paper.malformed) {
        return false;
      }
      if (!top.paper_error) {
        if (paper.error) {
          top.paper_error = std::move(paper.error);
        } else if (m_sinks.split != nullptr) {
          keys.add(paper.key);
          m_sinks.split->add(top.papers, paper.prepared);
        } else {
          keys.add(paper.paper.key);
          (*m_sinks.papers)(top.papers, std::move(paper.paper));
        }
      }
      ++top.papers;
      if (m_progress) {
        m_progress(batch.spans[i].end);
      }
    }
    return true;
  }

  // Papers read at a time (two batches' Papers then stay in the caches:
  // 4096 took a quarter more time), and how many make reading them on two
  // threads worth starting one.
  static constexpr std::size_t k_batch = 1024;
  static constexpr std::size_t k_parallel_batch = 512;

  std::string_view m_bytes;
  json::Scanner m_scanner;
  json::ValueReader m_reader;
  std::string_view m_origin;
  Sinks m_sinks;
  const Progress& m_progress;
  json::Tree m_scratch;  // a top-level member's value
  Batch m_batches[Relay::k_slots];
  Worker m_workers[2];
  std::size_t m_scanned = 0;  // papers whose spans were found
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

Result<Catalog> stream(std::string_view bytes, std::size_t padding, std::string_view origin, Sinks sinks,
                       const Progress& progress, bool again) {
  TopLevel top;
  // The streamer outlives finish(): the members kept in top may point into
  // its padded copy of the last window.
  if (Streamer streamer(bytes, padding, origin, sinks, progress); streamer.run(top)) {
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
  return stream(std::string_view(canonical).substr(0, size), json::k_padding, origin, sinks, {}, true);
}

// The checks before the document is read, then the document into sinks.
Result<Catalog> read_into(std::string_view bytes, std::string_view origin, Sinks sinks,
                          const Progress& progress) {
  if (bytes.size() > k_max_catalog_bytes) {
    return Error{fmt::format("{}: {} bytes, over the limit of {}", origin, bytes.size(),
                             size_text(k_max_catalog_bytes))};
  }
  if (bytes.find_first_not_of(" \t\r\n") == std::string_view::npos) {
    return Error{fmt::format("{}: empty file; expected a JSON object with a \"papers\" array", origin)};
  }
  if (const Status reader = json::load_simdjson(); !reader) {
    return Error{fmt::format("{}: {}", origin, reader.error())};
  }
  return stream(bytes, readable_after(bytes), origin, sinks, progress, false);
}

}  // namespace

Result<Catalog> read_catalog(std::string_view bytes, std::string_view origin, const PaperSink& sink,
                             const Progress& progress) {
  return read_into(bytes, origin, {&sink, nullptr}, progress);
}

Result<Catalog> read_catalog(std::string_view bytes, std::string_view origin, const SplitSink& sink,
                             const Progress& progress) {
  return read_into(bytes, origin, {nullptr, &sink}, progress);
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

}  // namespace mllmseg
