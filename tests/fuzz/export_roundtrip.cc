// Fuzz target: the export formats' escaping, on a catalog whose text fields
// come from the input (invalid UTF-8 and control characters included; see
// support/fuzz_catalog.h). Every format must render without throwing, and
//  - json loads back equal, with invalid UTF-8 replaced by U+FFFD (the
//    library's choice, format::dump) and nothing else changed; its export
//    is a fixed point;
//  - jsonl is one line a paper and loads back equal in the same way;
//  - csv and tsv read back with a strict RFC 4180 reader cell for cell,
//    bytes as they were, after the formula guard (a leading ' on cells that
//    begin with = + - @, a tab or a carriage return);
//  - csl-json is strict JSON, an array of one item a paper;
//  - ris is lines of "XX  - value" (no value spans lines), one TY..ER
//    record a paper;
//  - bibtex and biblatex have one entry a paper, braces balanced in each,
//    and no blank line inside an entry;
//  - the pipe lines are one line a paper, six tab-separated columns.
// TODO(importer): markdown is only rendered; round-trip it once the
// markdown importer (lib/importer) exists.

#include <algorithm>
#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "catalog/load.h"
#include "format/export.h"
#include "format/show.h"
#include "format/table.h"
#include "fuzz_check.h"
#include "support/fuzz_catalog.h"
#include "support/rfc4180.h"
#include "support/utf8.h"
#include "util/text.h"

using namespace mllmseg;

namespace {

std::vector<std::string_view> split(std::string_view text, std::string_view sep) {
  std::vector<std::string_view> parts;
  while (true) {
    const auto at = text.find(sep);
    parts.push_back(text.substr(0, at));
    if (at == std::string_view::npos) {
      return parts;
    }
    text.remove_prefix(at + sep.size());
  }
}

std::string loaded_or_fail(std::string_view bytes, std::string_view what, bool whole_catalog) {
  auto loaded = parse_catalog(bytes, what);
  fuzz::check(loaded.ok(), std::string(what) + " does not load: " + (loaded.ok() ? "" : loaded.error()));
  return whole_catalog ? fuzz::describe(*loaded) : fuzz::describe_papers(loaded->papers);
}

void check_json(const Store& store, const Catalog& expected) {
  const std::string json = format::render_json(store, store.all());
  fuzz::check(fuzz::is_valid_utf8(json), "json: invalid UTF-8 in the output");
  const std::string got = loaded_or_fail(json, "json export", true);
  fuzz::check(got == fuzz::describe(expected), "json: round trip differs:\n" + got);
  const Store reloaded(parse_catalog(json, "json export").value());
  fuzz::check(format::render_json(reloaded, reloaded.all()) == json, "json: export is not a fixed point");
}

void check_jsonl(const Store& store, const Catalog& expected) {
  const std::string jsonl = format::render_jsonl(store, store.all());
  fuzz::check(jsonl.ends_with('\n'), "jsonl: does not end with a line break");
  const auto lines = split(std::string_view(jsonl).substr(0, jsonl.size() - 1), "\n");
  fuzz::check(lines.size() == store.size(), "jsonl: not one line a paper");
  std::string document = "{\"papers\": [";
  for (std::size_t i = 0; i < lines.size(); ++i) {
    document += i > 0 ? ",\n" : "\n";
    document += lines[i];
  }
  document += "\n]}\n";
  const std::string got = loaded_or_fail(document, "jsonl export", false);
  fuzz::check(got == fuzz::describe_papers(expected.papers), "jsonl: round trip differs:\n" + got);
}

std::string guarded(std::string value) {
  if (!value.empty() && std::string_view("=+-@\t\r").find(value[0]) != std::string_view::npos) {
    value.insert(0, 1, '\'');
  }
  return value;
}

std::string joined(const std::vector<std::string>& items, std::string_view sep) {
  std::string out;
  for (const auto& item : items) {
    out += out.empty() ? "" : sep;
    out += item;
  }
  return out;
}

void check_delimited(const Store& store, std::string_view name, char delimiter, std::string_view line_end) {
  const std::string text = format::find_export_format(name)->render(store, store.all());
  auto rows = fuzz::read_delimited(text, delimiter, line_end);
  fuzz::check(rows.ok(), std::string(name) + ": not strict RFC 4180: " + (rows.ok() ? "" : rows.error()));
  fuzz::check(rows->size() == store.size() + 1, std::string(name) + ": not a header and one row a paper");
  const std::vector<std::string>& header = rows->front();
  for (std::size_t id = 0; id < store.size(); ++id) {
    const Paper& p = store.paper(static_cast<DocId>(id));
    const std::vector<std::string>& row = (*rows)[id + 1];
    fuzz::check(row.size() == header.size(), std::string(name) + ": a row and the header differ in length");
    const std::pair<std::string_view, std::string> known[] = {
        {"key", p.key},
        {"name", p.name},
        {"title", p.title},
        {"venue", p.venue},
        {"year", std::to_string(p.year)},
        {"tasks", task_list(p.tasks, ";")},
        {"arxiv", p.arxiv.value_or("")},
        {"pdf", p.pdf},
        {"code", p.code.value_or("")},
        {"authors", joined(p.authors, "; ")},
        {"doi", p.doi.value_or("")},
        {"abstract", p.abstract.value_or("")},
    };
    for (const auto& [column, value] : known) {
      const auto at = std::find(header.begin(), header.end(), column);
      fuzz::check(at != header.end(), std::string(name) + ": no column " + std::string(column));
      fuzz::check(row[static_cast<std::size_t>(at - header.begin())] == guarded(value),
                  std::string(name) + ": column " + std::string(column) + " does not read back");
    }
  }
}

void check_csl_json(const Store& store) {
  const std::string text = format::render_csl_json(store, store.all());
  const auto parsed = nlohmann::json::parse(text, nullptr, false);
  fuzz::check(!parsed.is_discarded(), "csl-json: not valid JSON");
  fuzz::check(parsed.is_array() && parsed.size() == store.size(),
              "csl-json: not an array of one item a paper");
}

void check_ris(const Store& store) {
  const std::string text = format::render_ris(store, store.all());
  fuzz::check(text.ends_with("\r\n"), "ris: does not end with CRLF");
  std::size_t records = 0;
  bool inside = false;
  for (std::string_view line : split(std::string_view(text).substr(0, text.size() - 2), "\r\n")) {
    if (line.empty() && !inside) {
      continue;
    }
    const bool tagged = line.size() >= 6 && line[0] >= 'A' && line[0] <= 'Z' &&
                        ((line[1] >= 'A' && line[1] <= 'Z') || (line[1] >= '0' && line[1] <= '9')) &&
                        line.substr(2, 4) == "  - " && line.find_first_of("\r\n") == std::string_view::npos;
    fuzz::check(tagged, "ris: a line that is not \"XX  - value\"");
    if (line.starts_with("TY  - ")) {
      fuzz::check(!inside, "ris: TY inside a record");
      inside = true;
      ++records;
    } else if (line.starts_with("ER  - ")) {
      fuzz::check(inside, "ris: ER outside a record");
      inside = false;
    } else {
      fuzz::check(inside, "ris: a tag outside a record");
    }
  }
  fuzz::check(!inside && records == store.size(), "ris: not one record a paper");
}

void check_bib(const Store& store, std::string_view name) {
  const std::string text = format::find_export_format(name)->render(store, store.all());
  std::size_t entries = 0;
  int depth = 0;
  for (std::string_view line : split(text, "\n")) {
    if (depth == 0) {
      if (line.empty()) {
        continue;
      }
      fuzz::check(line.starts_with("@"), std::string(name) + ": text between entries");
      ++entries;
    } else {
      fuzz::check(line.find_first_not_of(" \t\r\f\v") != std::string_view::npos,
                  std::string(name) + ": a blank line inside an entry");
    }
    for (char c : line) {  // BibTeX counts every brace, \{ and \} included
      depth += c == '{' ? 1 : c == '}' ? -1 : 0;
      fuzz::check(depth >= 0, std::string(name) + ": a closing brace without an opening one");
    }
  }
  fuzz::check(depth == 0, std::string(name) + ": braces do not balance");
  fuzz::check(entries == store.size(), std::string(name) + ": not one entry a paper");
}

void check_people_outputs(const Store& store) {
  const Postings ids = store.all();
  const std::string lines = format::tab_separated(store, ids);
  for (std::string_view line : split(std::string_view(lines).substr(0, lines.size() - 1), "\n")) {
    fuzz::check(std::count(line.begin(), line.end(), '\t') == 5, "pipe lines: not six columns");
  }
  fuzz::check(static_cast<std::size_t>(std::count(lines.begin(), lines.end(), '\n')) == ids.size(),
              "pipe lines: not one line a paper");
  const format::Highlight highlight{text::tokenize(store.paper(0).name),
                                    text::tokenize(store.paper(0).title)};
  for (const format::Style& style : {format::Style{100, true, true}, format::Style{1, false, false}}) {
    (void)format::table(store, ids, style, highlight);
    for (DocId id : ids) {
      (void)format::paper_details(store, id, style);
    }
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  Catalog catalog = fuzz::catalog_from_bytes({reinterpret_cast<const char*>(data), size});
  const Catalog expected = fuzz::with_valid_utf8(catalog);
  const Store store(std::move(catalog));
  for (const auto& f : format::export_formats()) {
    (void)f.render(store, store.all());
  }
  check_json(store, expected);
  check_jsonl(store, expected);
  check_delimited(store, "csv", ',', "\r\n");
  check_delimited(store, "tsv", '\t', "\n");
  check_csl_json(store);
  check_ris(store);
  check_bib(store, "bibtex");
  check_bib(store, "biblatex");
  check_people_outputs(store);
  return 0;
}
