#pragma once
// What enrich changes in a catalog: every paper with an arXiv id gets the
// abstract, first submission date, DOI and authors it lacks from arXiv's
// record of it, and no field the catalog has is ever overwritten.

#include <array>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "catalog/paper.h"
#include "enrich/arxiv.h"

namespace mllmseg::enrich {

// The fields enrich fills, in the order its messages name them.
enum class Field { abstract, submitted, doi, authors };
inline constexpr std::array<Field, 4> k_fields = {Field::abstract, Field::submitted, Field::doi,
                                                  Field::authors};

// The catalog's name of a field: "abstract", "submitted", "doi", "authors".
std::string_view field_name(Field field);

// The fields p lacks, in the order of k_fields; none when p has no arXiv id.
std::vector<Field> missing_fields(const Paper& p);

// arXiv ids of the papers that lack at least one field, in list order, each
// id once.
std::vector<std::string> ids_to_enrich(const Catalog& catalog);

// A number of papers and, for each field, how many of them it concerns.
struct Tally {
  std::size_t papers = 0;
  std::array<std::size_t, k_fields.size()> fields{};

  std::size_t operator[](Field field) const { return fields[static_cast<std::size_t>(field)]; }
};

// "abstract 73, submitted 28, doi 73, authors 1": every field, in order.
std::string describe(const Tally& tally);

// The papers ids_to_enrich asks about, and how many of them lack each field.
Tally count_missing(const Catalog& catalog);

struct Change {
  std::string key;
  std::vector<Field> fields;  // the fields filled, in the order of k_fields
};

// The papers changes fill, and how many of them got each field.
Tally count_filled(const std::vector<Change>& changes);

// Fills what the papers of catalog lack from the records with their arXiv id.
// A field the paper has stays as it is, whatever the record says. A paper
// whose authors are filled gets source_url first in authors_source's urls,
// confirmed false, and a note naming today, followed by any earlier note.
std::vector<Change> apply(Catalog& catalog, const std::vector<ArxivRecord>& records,
                          std::string_view source_url, std::string_view today);

}  // namespace mllmseg::enrich
