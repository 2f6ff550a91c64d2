#include "enrich/merge.h"

#include <fmt/format.h>

#include <unordered_map>
#include <unordered_set>

namespace mllmseg::enrich {

namespace {

bool lacks(const Paper& p, Field field) {
  switch (field) {
    case Field::abstract:
      return !p.abstract;
    case Field::submitted:
      return !p.submitted;
    case Field::doi:
      return !p.doi;
    case Field::authors:
      return p.authors.empty();
  }
  return false;
}

void count(Tally& tally, const std::vector<Field>& fields) {
  if (fields.empty()) {
    return;
  }
  ++tally.papers;
  for (const Field field : fields) {
    ++tally.fields[static_cast<std::size_t>(field)];
  }
}

// Fills field of p from r when p lacks it and r has it; true when it did.
bool fill(Paper& p, const ArxivRecord& r, Field field) {
  const auto copy = [](std::optional<std::string>& to, const std::optional<std::string>& from) {
    if (to || !from) {
      return false;
    }
    to = from;
    return true;
  };
  switch (field) {
    case Field::abstract:
      return copy(p.abstract, r.abstract);
    case Field::submitted:
      return copy(p.submitted, r.submitted);
    case Field::doi:
      return copy(p.doi, r.doi);
    case Field::authors:
      if (!p.authors.empty() || r.authors.empty()) {
        return false;
      }
      p.authors = r.authors;
      return true;
  }
  return false;
}

// Names the API as the source of p's new authors, ahead of the pages and
// after the note the catalog already had for them.
void record_source(Paper& p, std::string_view source_url, std::string_view today) {
  AuthorSource source = p.authors_source.value_or(AuthorSource{});
  source.urls.emplace(source.urls.begin(), source_url);
  source.confirmed = false;
  std::string note =
      fmt::format("Filled by mllmseg enrich from the arXiv API on {}; one source, not confirmed.", today);
  if (source.note) {
    note += " Earlier note: " + *source.note;
  }
  source.note = std::move(note);
  p.authors_source = std::move(source);
}

}  // namespace

std::string_view field_name(Field field) {
  switch (field) {
    case Field::abstract:
      return "abstract";
    case Field::submitted:
      return "submitted";
    case Field::doi:
      return "doi";
    case Field::authors:
      return "authors";
  }
  return "";
}

std::vector<Field> missing_fields(const Paper& p) {
  std::vector<Field> fields;
  if (!p.arxiv) {
    return fields;
  }
  for (const Field field : k_fields) {
    if (lacks(p, field)) {
      fields.push_back(field);
    }
  }
  return fields;
}

std::vector<std::string> ids_to_enrich(const Catalog& catalog) {
  std::vector<std::string> ids;
  std::unordered_set<std::string_view> seen;
  for (const Paper& p : catalog.papers) {
    if (!missing_fields(p).empty() && seen.insert(*p.arxiv).second) {
      ids.push_back(*p.arxiv);
    }
  }
  return ids;
}

std::string describe(const Tally& tally) {
  std::string out;
  for (const Field field : k_fields) {
    out += fmt::format("{}{} {}", out.empty() ? "" : ", ", field_name(field), tally[field]);
  }
  return out;
}

Tally count_missing(const Catalog& catalog) {
  Tally tally;
  for (const Paper& p : catalog.papers) {
    count(tally, missing_fields(p));
  }
  return tally;
}

Tally count_filled(const std::vector<Change>& changes) {
  Tally tally;
  for (const Change& change : changes) {
    count(tally, change.fields);
  }
  return tally;
}

std::vector<Change> apply(Catalog& catalog, const std::vector<ArxivRecord>& records,
                          std::string_view source_url, std::string_view today) {
  std::unordered_map<std::string_view, const ArxivRecord*> by_id;
  for (const auto& r : records) {
    by_id.emplace(r.id, &r);
  }
  std::vector<Change> changes;
  for (Paper& p : catalog.papers) {
    const std::vector<Field> missing = missing_fields(p);
    const auto it = missing.empty() ? by_id.end() : by_id.find(*p.arxiv);
    if (it == by_id.end()) {
      continue;
    }
    Change change{p.key, {}};
    for (const Field field : missing) {
      if (fill(p, *it->second, field)) {
        change.fields.push_back(field);
      }
    }
    if (change.fields.empty()) {
      continue;
    }
    if (change.fields.back() == Field::authors) {
      record_source(p, source_url, today);
    }
    changes.push_back(std::move(change));
  }
  return changes;
}

}  // namespace mllmseg::enrich
