#include "format/template.h"

#include <gtest/gtest.h>

#include "test_support.h"

namespace mllmseg::format {
namespace {

std::unique_ptr<Store> two_papers() {
  Paper a = test::make_paper("lisa", "LISA", "CVPR'24", 2024, test::k_res, "https://github.com/x/LISA",
                             "LISA: Reasoning Segmentation");
  a.arxiv = "2308.00692";
  a.month = 8;
  a.authors = {"Xin Lai", "Zhuotao Tian"};
  a.abstract = "Line one.\nLine\ttwo.";
  a.listed = "2025-01-09";
  Paper b = test::make_paper("geo", "GeoPix", "ArXiv'2501", 2025, test::k_res | test::k_video);
  b.doi = "10.1/x";
  return test::store_of({a, b});
}

std::string render(std::string_view text) {
  auto t = Template::parse(text);
  if (!t) {
    return "error: " + t.error();
  }
  const auto store = two_papers();
  return render_all(*t, *store, std::vector<DocId>{0, 1});
}

TEST(Template, FieldsAndEscapes) {
  EXPECT_EQ("lisa\tCVPR'24\tLISA: Reasoning Segmentation\ngeo\tArXiv'2501\tGeoPix: A Paper\n",
            render("{key}\\t{venue}\\t{title}"));
  EXPECT_EQ("LISA 2024-8 CVPR res\n\nGeoPix 2025- ArXiv res,video\n\n",
            render("{name} {year}-{month} {series} {tasks}\\n"));
  EXPECT_EQ("a\\b {x}lisa\na\\b {x}geo\n", render("a\\\\b {{x}}{key}"));
}

TEST(Template, AbsentValuesAreEmptyAndLineBreaksBecomeSpaces) {
  EXPECT_EQ(
      "[2308.00692][][https://github.com/x/LISA][https://example.org/lisa.pdf][2025-01-09]\n"
      "[][10.1/x][][https://example.org/geo.pdf][]\n",
      render("[{arxiv}][{doi}][{code}][{pdf}][{listed}]"));
  EXPECT_EQ("Xin Lai, Zhuotao Tian|Line one. Line two.\n|\n", render("{authors}|{abstract}"));
}

TEST(Template, FieldNamesIgnoreCaseAndSpaces) {
  EXPECT_EQ("lisa LISA\ngeo GeoPix\n", render("{ KEY } {Name}"));
}

TEST(Template, NoFieldIsAnErrorThatPointsAFormatNameAtExport) {
  EXPECT_EQ("error: 'bibtex' has no {field}; for a bibliography use 'mllmseg export --format bibtex'",
            render("bibtex"));
  EXPECT_EQ("error: 'CSV' has no {field}; for csv use 'mllmseg export --format csv'", render("CSV"));
  EXPECT_EQ(
      "error: 'plain {{x}}' has no {field}, so every paper would print the same line (fields: key, name, "
      "title, venue, series, year, month, tasks, arxiv, doi, listed, pdf, code, project, authors, abstract)",
      render("plain {{x}}"));
}

TEST(Template, UnknownFieldListsTheKnownOnes) {
  EXPECT_EQ(
      "error: unknown field '{tilte}'; did you mean '{title}'? (known: key, name, title, venue, series, "
      "year, "
      "month, tasks, arxiv, doi, listed, pdf, code, project, authors, abstract)",
      render("{key} {tilte}"));
  EXPECT_EQ(
      "error: unknown field '{}' (known: key, name, title, venue, series, year, month, tasks, arxiv, doi, "
      "listed, pdf, code, project, authors, abstract)",
      render("{}"));
}

TEST(Template, BadBracesAndEscapes) {
  EXPECT_EQ("error: unclosed '{' at column 7 (write '{{' for a brace)", render("{key} {name"));
  EXPECT_EQ("error: unclosed '{' at column 1 (write '{{' for a brace)", render("{key"));
  EXPECT_EQ("error: unmatched '}' at column 4 (write '}}' for a brace)", render("key}"));
  EXPECT_EQ("error: unknown escape '\\q' at column 3 (known: \\t, \\n, \\\\)", render("a \\q"));
  EXPECT_EQ("error: unknown escape '\\' at column 2 (known: \\t, \\n, \\\\)", render("a\\"));
}

TEST(Template, EveryFieldHasADescription) {
  ASSERT_EQ(16u, template_fields().size());
  for (const auto& f : template_fields()) {
    EXPECT_FALSE(f.description.empty()) << f.name;
    EXPECT_TRUE(Template::parse("{" + std::string(f.name) + "}").ok()) << f.name;
  }
}

}  // namespace
}  // namespace mllmseg::format
