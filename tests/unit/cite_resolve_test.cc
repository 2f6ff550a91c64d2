#include "cite/resolve.h"

#include <gtest/gtest.h>

#include "test_support.h"

namespace mllmseg::cite {
namespace {

std::vector<Citation> cited(std::initializer_list<std::string> keys) {
  std::vector<Citation> out;
  std::size_t line = 0;
  for (const std::string& key : keys) {
    out.push_back({key, "paper.tex", ++line});
  }
  return out;
}

// The items as "key=catalog-key" (with "+alias" for each alias), joined by spaces.
std::string items_of(const Store& store, const std::vector<format::BibItem>& items) {
  std::string out;
  for (const auto& item : items) {
    out += (out.empty() ? "" : " ") + item.key + "=" + std::string(store.key(item.id));
    for (const auto& alias : item.aliases) {
      out += "+" + alias;
    }
  }
  return out;
}

TEST(CiteResolve, EveryWayOfNamingAPaper) {
  const Store& store = test::real_store();
  const Resolution r =
      resolve_citations(store,
                        cited({"lisa2024", "gong2025devil", "Seg-Zero", "glamm", "2501.04001",
                               "arXiv:2409.19603v2", "10.1007/s11263-024-02171-y", "visionllm-v22024",
                               "lens2025a", "https://arxiv.org/abs/2311.03356"}),
                        {});
  EXPECT_EQ(
      "lisa2024=lisa gong2025devil=vrs-hq Seg-Zero=seg-zero glamm=glamm 2501.04001=sa2va "
      "arXiv:2409.19603v2=videolisa 10.1007/s11263-024-02171-y=llmformer visionllm-v22024=visionllm-v2 "
      "lens2025a=lens-2 https://arxiv.org/abs/2311.03356=glamm",
      items_of(store, r.items));
  EXPECT_TRUE(r.unresolved.empty());
  ASSERT_EQ(1u, r.aliases.size());
  EXPECT_EQ("paper.tex:10: 'https://arxiv.org/abs/2311.03356' cites the same paper as 'glamm' (paper.tex:4)",
            r.aliases[0]);
  EXPECT_EQ(10u, r.citations);
}

TEST(CiteResolve, FirstCitationOrderEachKeyOnce) {
  const Store& store = test::real_store();
  const Resolution r =
      resolve_citations(store, cited({"sa2va2025", "lisa2024", "sa2va2025", "lisa2024"}), {});
  EXPECT_EQ("sa2va2025=sa2va lisa2024=lisa", items_of(store, r.items));
  EXPECT_EQ(4u, r.citations);
}

TEST(CiteResolve, UnknownKeysGetTheirPlaceAndASuggestion) {
  const Store& store = test::real_store();
  const Resolution r = resolve_citations(store, cited({"lisa2023", "seg-zer0", "knuth1984", "lisa2023"}), {});
  EXPECT_TRUE(r.items.empty());
  ASSERT_EQ(3u, r.unresolved.size());
  EXPECT_EQ("paper.tex:1: unknown paper 'lisa2023'; did you mean 'lisa2024'?", r.unresolved[0]);
  EXPECT_EQ("paper.tex:2: unknown paper 'seg-zer0'; did you mean 'seg-zero'?", r.unresolved[1]);
  EXPECT_EQ("paper.tex:3: unknown paper 'knuth1984' (--ignore leaves the keys of other bibliographies alone)",
            r.unresolved[2]);
}

TEST(CiteResolve, SuggestionsComeFromEitherScheme) {
  const Store& store = test::real_store();
  ResolveOptions options;
  options.key_format = format::KeyFormat::scholar;
  const Resolution r = resolve_citations(store, cited({"lai2023lisa"}), options);
  ASSERT_EQ(1u, r.unresolved.size());
  EXPECT_EQ("paper.tex:1: unknown paper 'lai2023lisa'; did you mean 'lai2024lisa'?", r.unresolved[0]);
}

TEST(CiteResolve, IgnoredAndDefinedKeysAreLeftAlone) {
  const Store& store = test::real_store();
  ResolveOptions options;
  options.ignore = {"knuth*", "[A-Z][A-Z]"};
  options.defined = {"MyOwn2020"};
  const Resolution r =
      resolve_citations(store, cited({"knuth1984", "XY", "myown2020", "lisa2024", "other"}), options);
  EXPECT_EQ("lisa2024=lisa", items_of(store, r.items));
  EXPECT_EQ(3u, r.ignored);
  ASSERT_EQ(1u, r.unresolved.size());
  EXPECT_EQ("paper.tex:5: ", r.unresolved[0].substr(0, 13));
}

TEST(CiteResolve, StarCitesEveryPaperUnderTheSchemesKeys) {
  const Store& store = test::real_store();
  const Resolution r = resolve_citations(store, cited({"LISA", "*", "glamm2024"}), {});
  ASSERT_EQ(store.size(), r.items.size());
  EXPECT_EQ("LISA", r.items[0].key);
  EXPECT_EQ("glamm2024", r.items[1].key);
  EXPECT_TRUE(r.aliases.empty());
}

TEST(CiteResolve, MergedAliasesForBiblatex) {
  const Store& store = test::real_store();
  const Resolution r = resolve_citations(store, cited({"lisa2024", "glamm", "LISA", "lai2024lisa"}), {});
  EXPECT_EQ("lisa2024=lisa glamm=glamm LISA=lisa lai2024lisa=lisa", items_of(store, r.items));
  EXPECT_EQ("lisa2024=lisa+LISA+lai2024lisa glamm=glamm", items_of(store, merge_aliases(r.items)));
  EXPECT_EQ(2u, r.aliases.size());
}

TEST(CiteResolve, BibtexKeysHoldNoSpaceCommaOrBrace) {
  const Store& store = test::real_store();
  ResolveOptions options;
  options.bibtex_keys = true;
  const Resolution r = resolve_citations(store, cited({"VisionLLM v2", "lisa2024"}), options);
  EXPECT_EQ("lisa2024=lisa", items_of(store, r.items));
  ASSERT_EQ(1u, r.unresolved.size());
  EXPECT_EQ("paper.tex:1: 'VisionLLM v2' cannot be a BibTeX key (it holds white space, a comma or a brace)",
            r.unresolved[0]);
  EXPECT_EQ(2u, resolve_citations(store, cited({"VisionLLM v2", "lisa2024"}), {}).items.size());
}

TEST(CiteResolve, GlobsMatchTheWholeKey) {
  EXPECT_TRUE(matches_glob("knuth*", "knuth1984"));
  EXPECT_FALSE(matches_glob("knuth", "knuth1984"));
  EXPECT_TRUE(matches_glob("*:*", "doi:10.1/x"));
  EXPECT_TRUE(matches_glob("a?c", "abc"));
}

}  // namespace
}  // namespace mllmseg::cite
