#include "format/json.h"

#include "catalog/load.h"
#include "format/paper_json.h"
#include "format/parts.h"
#include "store/records_in_order.h"

namespace mllmseg::format {

namespace {

OrderedJson optional_string(const std::optional<std::string>& value) {
  return value ? OrderedJson(*value) : OrderedJson(nullptr);
}

OrderedJson task_array(TaskSet tasks) {
  OrderedJson out = OrderedJson::array();
  for (Task t : k_all_tasks) {
    if (has_task(tasks, t)) {
      out.push_back(task_id(t));
    }
  }
  return out;
}

}  // namespace

OrderedJson paper_json(const Paper& p);

namespace {

// In paper_json's order; tests/unit/json_fields_test.cc holds the two equal.
constexpr std::string_view k_paper_fields[] = {
    "key",       "name",      "title",   "authors",   "venue",   "year",  "month",
    "submitted", "published", "listed",  "listed_by", "tasks",   "arxiv", "doi",
    "pdf",       "code",      "project", "abstract",  "entries", "fixes", "authors_source"};

// The papers as a JSON array, exactly as dump() writes one, written a paper
// at a time (format/paper_json): compact when indent is -1, else
// pretty-printed for an array whose closing bracket stands indent spaces in.
// paper_at(i, scratch) gives the i-th of count papers, unpacked into scratch
// if need be; it is called from several threads at once, each with its own
// scratch.
template <typename PaperAt>
std::string array_text(std::size_t count, const PaperAt& paper_at, int indent, const Flush& flush = {},
                       const BeforeRound& before_round = {}) {
  if (count == 0) {
    return "[]";
  }
  const std::string inner(indent < 0 ? 0 : static_cast<std::size_t>(indent) + 2, ' ');
  // Papers [from, to), each after the separator the one before it needs.
  const auto write = [&](std::size_t from, std::size_t to, std::string& out) {
    Paper scratch;
    for (std::size_t i = from; i < to; ++i) {
      if (i > 0) {
        out += indent < 0 ? "," : ",\n";
      }
      const Paper& paper = paper_at(i, scratch);
      if (indent < 0) {
        append_paper_json(out, paper, -1);
        continue;
      }
      out += inner;
      append_paper_json(out, paper, indent / 2 + 1);
    }
  };
  std::string out = indent < 0 ? "[" : "[\n";
  append_in_parts(out, count, write, flush, before_round);
  if (indent >= 0) {
    out += '\n';
    out.append(static_cast<std::size_t>(indent), ' ');
  }
  out += ']';
  return out;
}

// Papers gathered at a time for a long listing in an order of its own
// (store/records_in_order.h): whole rounds, and about 20 MB of records for
// papers like the synthetic catalog's.
constexpr std::size_t k_gather_window = 8 * k_round;

// The i-th of ids from store, for array_text.
auto stored(const Store& store, std::span<const DocId> ids) {
  return [&store, ids](std::size_t i, Paper& scratch) -> const Paper& {
    store.paper(ids[i], scratch);
    return scratch;
  };
}

}  // namespace

OrderedJson paper_json(const Paper& p) {
  OrderedJson j;
  j["key"] = p.key;
  j["name"] = p.name;
  j["title"] = p.title;
  if (!p.authors.empty()) {
    j["authors"] = p.authors;
  }
  j["venue"] = p.venue;
  j["year"] = p.year;
  if (p.month) {
    j["month"] = *p.month;
  }
  if (p.submitted) {
    j["submitted"] = *p.submitted;
  }
  if (p.published) {
    j["published"] = *p.published;
  }
  if (p.listed) {
    j["listed"] = *p.listed;
  }
  if (p.listed_by) {
    j["listed_by"] = *p.listed_by;
  }
  j["tasks"] = task_array(p.tasks);
  j["arxiv"] = optional_string(p.arxiv);
  if (p.doi) {
    j["doi"] = *p.doi;
  }
  j["pdf"] = p.pdf.empty() ? OrderedJson(nullptr) : OrderedJson(p.pdf);
  j["code"] = optional_string(p.code);
  if (p.project) {
    j["project"] = *p.project;
  }
  if (p.abstract) {
    j["abstract"] = *p.abstract;
  }
  if (!p.entries.empty()) {
    OrderedJson& entries = j["entries"] = OrderedJson::array();
    for (const auto& e : p.entries) {
      entries.push_back(OrderedJson{{"task", task_id(e.task)}, {"number", e.number}, {"id", e.id}});
      if (e.after_title) {
        entries.back()["after_title"] = *e.after_title;
      }
      if (e.after_links) {
        entries.back()["after_links"] = *e.after_links;
      }
    }
  }
  if (!p.fixes.empty()) {
    OrderedJson& fixes = j["fixes"] = OrderedJson::array();
    for (const auto& f : p.fixes) {
      fixes.push_back(OrderedJson{{"entry", f.entry},
                                  {"field", f.field},
                                  {"listed", f.listed},
                                  {"curated", f.curated},
                                  {"why", f.why}});
    }
  }
  if (p.authors_source) {
    OrderedJson& source = j["authors_source"];
    source["urls"] = p.authors_source->urls;
    source["confirmed"] = p.authors_source->confirmed;
    if (p.authors_source->note) {
      source["note"] = *p.authors_source->note;
    }
    if (!p.authors_source->later_authors.empty()) {
      source["later_authors"] = p.authors_source->later_authors;
    }
  }
  return j;
}

std::span<const std::string_view> paper_fields() { return k_paper_fields; }

std::string dump(const OrderedJson& value, int indent) {
  return value.dump(indent, ' ', false, nlohmann::detail::error_handler_t::replace);
}

std::string papers_array(const Store& store, std::span<const DocId> ids, bool pretty, const Flush& flush) {
  const int indent = pretty ? 0 : -1;
  if (!flush || !RecordsInOrder::worth_it(store.papers(), ids)) {
    return array_text(ids.size(), stored(store, ids), indent, flush) + "\n";
  }
  // A ranking's papers gathered a window of rounds at a time (the window
  // bounds the memory the copies take).
  RecordsInOrder records(store.papers(), ids);
  std::size_t gathered_to = 0;
  const auto gather = [&](std::size_t from, std::size_t) {
    if (from >= gathered_to) {
      gathered_to = std::min(from + k_gather_window, ids.size());
      records.gather(from, gathered_to);
    }
  };
  const auto paper_at = [&records](std::size_t i, Paper& scratch) -> const Paper& {
    records.get(i, scratch);
    return scratch;
  };
  return array_text(ids.size(), paper_at, indent, flush, gather) + "\n";
}

namespace {

// The catalog object as dump(doc, 2) would write it with "papers" last,
// without holding every paper as JSON at once: papers is array_text's.
std::string document_text(const Catalog& c, const std::string& papers) {
  OrderedJson doc;
  doc["format"] = c.format.empty() ? "mllmseg-catalog/1" : c.format;
  if (!c.title.empty()) {
    doc["title"] = c.title;
  }
  if (!c.source.empty()) {
    doc["source"] = c.source;
  }
  if (!c.provenance.empty()) {
    doc["provenance"] = c.provenance;
  }
  if (!c.updated.empty()) {
    doc["updated"] = c.updated;
  }
  if (!c.updated_from.empty()) {
    doc["updated_from"] = c.updated_from;
  }
  if (!c.preamble.empty()) {
    doc["preamble"] = c.preamble;
  }
  if (!c.epilogue.empty()) {
    doc["epilogue"] = c.epilogue;
  }
  if (!c.sections.empty()) {
    OrderedJson& sections = doc["sections"] = OrderedJson::array();
    for (const auto& s : c.sections) {
      sections.push_back(OrderedJson{{"task", task_id(s.task)},
                                     {"heading", s.heading},
                                     {"level", s.level},
                                     {"parent", optional_string(s.parent)}});
      if (!s.blank_line.empty()) {
        sections.back()["blank_line"] = s.blank_line;
      }
      if (s.heading_listed) {
        sections.back()["heading_listed"] = *s.heading_listed;
        sections.back()["heading_why"] = s.heading_why;
      }
    }
  }
  std::string out = dump(doc, 2);
  out.resize(out.size() - 2);  // "\n}"
  out += ",\n  \"papers\": ";
  out += papers;
  out += "\n}\n";
  return out;
}

}  // namespace

std::string catalog_document(const Store& store, std::span<const DocId> ids) {
  return document_text(store.header(), array_text(ids.size(), stored(store, ids), 2));
}

std::string catalog_document(const Catalog& catalog) {
  return document_text(catalog,
                       array_text(
                           catalog.papers.size(),
                           [&](std::size_t i, Paper&) -> const Paper& { return catalog.papers[i]; }, 2));
}

Result<std::string> validated_json(const Catalog& catalog) {
  std::string json = catalog_document(catalog);
  if (auto again = parse_catalog(json, "the new catalog"); !again) {
    return Error{again.error()};
  }
  return json;
}

}  // namespace mllmseg::format
