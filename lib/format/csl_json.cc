// CSL-JSON export, the format of citeproc (pandoc --citeproc, Zotero):
// paper-conference with the venue's full name as container-title,
// article-journal for journals, article (published by arXiv) for preprints;
// issued as date-parts. Acronyms in titles are wrapped in citeproc's
// <span class="nocase"> so that title case keeps them ("SAM2", not "Sam2").
// Keys are the caller's (citekey.h); a paper cited under several keys is an
// item under each.
#include "catalog/person.h"
#include "catalog/venue.h"
#include "format/bibliography.h"
#include "format/capitals.h"
#include "format/json.h"

namespace mllmseg::format {

namespace {

OrderedJson csl_item(const Paper& p, const VenueInfo& venue, std::string_view key) {
  OrderedJson item;
  item["id"] = key;
  item["type"] = venue.kind == VenueKind::preprint  ? "article"
                 : venue.kind == VenueKind::journal ? "article-journal"
                                                    : "paper-conference";
  item["title"] = protect_capitals(
      p.title, [](std::string_view s) { return std::string(s); }, "<span class=\"nocase\">", "</span>",
      p.name);
  OrderedJson authors = OrderedJson::array();
  for (const auto& author : p.authors) {
    const PersonName name = split_person_name(author);
    if (name.family.empty()) {
      continue;
    }
    OrderedJson person{{"family", name.family}};
    if (!name.given.empty()) {
      person["given"] = name.given;
    }
    authors.push_back(std::move(person));
  }
  if (!authors.empty()) {
    item["author"] = std::move(authors);
  }
  if (venue.kind == VenueKind::preprint) {
    item["publisher"] = "arXiv";
    if (p.arxiv) {
      item["number"] = "arXiv:" + *p.arxiv;
    }
  } else {
    item["container-title"] = venue.full_name;
  }
  OrderedJson date = OrderedJson::array({p.year});
  if (p.month) {
    date.push_back(*p.month);
  }
  item["issued"] = OrderedJson{{"date-parts", OrderedJson::array({date})}};
  if (p.doi) {
    item["DOI"] = *p.doi;
  }
  item["URL"] = p.pdf;
  if (p.abstract) {
    item["abstract"] = *p.abstract;
  }
  return item;
}

}  // namespace

// An array of items, one field a line, each field's value compact: the
// author list and the date stay on one line each.
std::string csl_json_items(const Store& store, std::span<const BibItem> keyed) {
  const std::vector<BibItem> items = expand_aliases(keyed);
  std::string out = "[";
  for (std::size_t i = 0; i < items.size(); ++i) {
    const DocId id = items[i].id;
    const OrderedJson item = csl_item(store.paper(id), venue_info(store.series_of(id)), items[i].key);
    out += i == 0 ? "\n  {" : ",\n  {";
    bool first = true;
    for (const auto& [name, value] : item.items()) {
      out += first ? "\n    " : ",\n    ";
      out += dump(OrderedJson(name), -1) + ": " + dump(value, -1);
      first = false;
    }
    out += "\n  }";
  }
  out += items.empty() ? "]\n" : "\n]\n";
  return out;
}

}  // namespace mllmseg::format
