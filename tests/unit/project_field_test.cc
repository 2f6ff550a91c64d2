// A paper's project page (the catalog's `project` field) through every unit
// that reads or writes it: the reader, the JSON writers, the packed store
// and its code index, the importer (a code cell that links no repository),
// the markdown export that writes it back, lint, show and templates.
#include <gtest/gtest.h>

#include "catalog/load.h"
#include "format/export.h"
#include "format/json.h"
#include "format/show.h"
#include "format/template.h"
#include "importer/import.h"
#include "lint/lint.h"
#include "query/filter.h"
#include "test_support.h"

namespace mllmseg {
namespace {

std::string record(std::string_view members) {
  return std::string(R"({"papers": [{"key": "a", "name": "A", "title": "T", "venue": "CVPR'24", "year": 2024,
      "tasks": ["res"], "arxiv": null, "pdf": "https://x/a.pdf", "code": null)") +
         std::string(members) + "}]}";
}

TEST(ProjectField, TheReaderTakesAStringNullOrNothing) {
  auto c = parse_catalog(record(R"(, "project": "https://a.github.io/")"), "c.json");
  ASSERT_TRUE(c) << c.error();
  EXPECT_EQ(std::optional<std::string>("https://a.github.io/"), c->papers[0].project);
  EXPECT_EQ(std::nullopt, c->papers[0].code);
  c = parse_catalog(record(R"(, "project": null)"), "c.json");
  ASSERT_TRUE(c) << c.error();
  EXPECT_EQ(std::nullopt, c->papers[0].project);
  c = parse_catalog(record(""), "c.json");
  ASSERT_TRUE(c) << c.error();
  EXPECT_EQ(std::nullopt, c->papers[0].project);
}

TEST(ProjectField, TheReaderRefusesAnythingElse) {
  EXPECT_EQ("c.json: papers[0] (key \"a\"): field \"project\" must be a string or null, found number",
            parse_catalog(record(R"(, "project": 7)"), "c.json").error());
  EXPECT_EQ("c.json: papers[0] (key \"a\"): field \"project\" must be a string or null, found array",
            parse_catalog(record(R"(, "project": ["https://a.github.io/"])"), "c.json").error());
  EXPECT_EQ("c.json: papers[0] (key \"a\"): field \"project\" must be a string or null, found boolean",
            parse_catalog(record(R"(, "project": true)"), "c.json").error());
}

Paper with_project(std::string key, std::optional<std::string> code, std::string project) {
  Paper p = test::make_paper(std::move(key), "P", "CVPR'24", 2024, test::k_res, std::move(code));
  p.project = std::move(project);
  return p;
}

TEST(ProjectField, TheCatalogWriterPutsItRightAfterCodeAndOnlyWhenThereIsOne) {
  const auto store = test::store_of({with_project("p", std::nullopt, "https://p.github.io/"),
                                     test::make_paper("q", "Q", "CVPR'24", 2024, test::k_res)});
  const std::string json = format::catalog_document(*store, store->all());
  const std::size_t at = json.find("\"project\"");
  EXPECT_EQ(json.find("      \"code\": null,\n      \"project\": \"https://p.github.io/\"\n    },"),
            at - std::string_view("      \"code\": null,\n      ").size());
  EXPECT_EQ(at, json.rfind("\"project\""));  // not written for q, which has none
  auto back = parse_catalog(json, "c.json");
  ASSERT_TRUE(back) << back.error();
  EXPECT_EQ(std::optional<std::string>("https://p.github.io/"), back->papers[0].project);
  EXPECT_EQ(std::nullopt, back->papers[1].project);
  EXPECT_EQ(R"({"key":"p","name":"P","title":"P: A Paper","venue":"CVPR'24","year":2024,"tasks":["res"],)"
            R"("arxiv":null,"pdf":"https://example.org/p.pdf","code":null,"project":"https://p.github.io/"})",
            format::dump(format::paper_json(store->paper(0)), -1));
}

TEST(ProjectField, TheStoreKeepsItAndCountsOnlyRepositoriesAsCode) {
  const auto store = test::store_of({with_project("p", std::nullopt, "https://p.github.io/"),
                                     with_project("both", "https://github.com/b/b", "https://b.github.io/"),
                                     test::make_paper("none", "N", "CVPR'24", 2024, test::k_res)});
  EXPECT_EQ(std::optional<std::string>("https://p.github.io/"), store->paper(0).project);
  EXPECT_EQ(std::optional<std::string>("https://b.github.io/"), store->paper(1).project);
  EXPECT_EQ(std::nullopt, store->paper(2).project);
  Filter filter;
  filter.has_code = true;
  EXPECT_EQ((Postings{1}), select(*store, filter).take());
  filter.has_code = false;
  EXPECT_EQ((Postings{0, 2}), select(*store, filter).take());
}

constexpr std::string_view k_list =
    "# L\n\n## Video Segmentation\n\n"
    "1. <span id = \"3001\">**[A]**</span> | **CVPR'24** | A | [`[pdf]`](https://arxiv.org/abs/2401.00001) | "
    "[`[code]`](https://github.com/a/a)\n"
    "2. <span id = \"3002\">**[B]**</span> | **CVPR'24** | B | [`[pdf]`](https://arxiv.org/abs/2401.00002) | "
    "[`[code]`](https://b-page.github.io/)\n"
    "3. <span id = \"3003\">**[C]**</span> | **CVPR'24** | C | [`[pdf]`](https://arxiv.org/abs/2401.00003)\n";

TEST(ProjectField, TheImporterMakesACodeCellThatLinksNoRepositoryTheProjectPage) {
  const importer::Import imported = importer::import_list(k_list);
  ASSERT_EQ(3u, imported.catalog.papers.size());
  const Paper& a = imported.catalog.papers[0];
  const Paper& b = imported.catalog.papers[1];
  const Paper& c = imported.catalog.papers[2];
  EXPECT_EQ(std::optional<std::string>("https://github.com/a/a"), a.code);
  EXPECT_EQ(std::nullopt, a.project);
  EXPECT_EQ(std::nullopt, b.code);
  EXPECT_EQ(std::optional<std::string>("https://b-page.github.io/"), b.project);
  EXPECT_EQ(std::nullopt, c.code);
  EXPECT_EQ(std::nullopt, c.project);
}

TEST(ProjectField, TheMarkdownExportWritesTheProjectPageBackInTheCodeCell) {
  const importer::Import imported = importer::import_list(k_list);
  const Store store{Catalog(imported.catalog)};
  const std::string md = format::render_markdown(store, store.all());
  EXPECT_EQ(std::string(k_list), md);
  const Store again{importer::import_list(md).catalog};
  EXPECT_EQ(format::catalog_document(store, store.all()), format::catalog_document(again, again.all()));
}

TEST(ProjectField, LintLooksAtWhatIsInCodeAndChecksTheProjectLinkAsALink) {
  std::vector<Paper> papers = {
      with_project("p", std::nullopt, "https://p.github.io/"),
      with_project("h", std::nullopt, "http://h.example.org/"),
      test::make_paper("c", "C", "CVPR'24", 2024, test::k_res, "https://c.github.io/"),
  };
  papers[1].name = "H";
  papers[0].name = "Q";
  EXPECT_EQ(
      "c.json: h: plain-http: H's project link http://h.example.org/ uses plain http\n"
      "c.json: c: project-page: C's code link https://c.github.io/ is a project page, not a repository; a "
      "catalog keeps a project page as \"project\", with \"code\" null\n",
      lint::findings_text(lint::lint_catalog(test::catalog_of(papers)), "c.json"));
}

TEST(ProjectField, ShowPrintsItOnItsOwnLineAndTemplatesHaveIt) {
  const auto store = test::store_of({with_project("p", std::nullopt, "https://p.github.io/"),
                                     test::make_paper("q", "Q", "CVPR'24", 2024, test::k_res)});
  const std::string shown = format::paper_details(*store, 0, format::Style{});
  EXPECT_NE(std::string::npos, shown.find("  code       -\n  project    https://p.github.io/\n")) << shown;
  EXPECT_EQ(std::string::npos, format::paper_details(*store, 1, format::Style{}).find("project"));
  auto tmpl = format::Template::parse("{key} [{code}] [{project}]");
  ASSERT_TRUE(tmpl) << tmpl.error();
  EXPECT_EQ("p [] [https://p.github.io/]\nq [] []\n", format::render_all(*tmpl, *store, store->all()));
}

TEST(ProjectField, TheEmbeddedCatalogHasFourProjectPagesAndSixtyRepositories) {
  std::string keys;
  std::size_t code = 0;
  for (const Paper& p : test::real_catalog().papers) {
    if (p.project) {
      keys += p.key + " " + *p.project + (p.code ? " and code" : "") + "\n";
    }
    code += p.code ? 1U : 0U;
  }
  EXPECT_EQ(
      "groundhog https://groundhog-mllm.github.io\n"
      "prima https://plan-lab.github.io/projects/prima/\n"
      "popen https://lanyunzhu.site/POPEN\n"
      "getok https://getokpage.github.io/\n",
      keys);
  EXPECT_EQ(60u, code);
}

}  // namespace
}  // namespace mllmseg
