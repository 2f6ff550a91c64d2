#include "catalog/person.h"

#include <gtest/gtest.h>

namespace mllmseg::format {
namespace {

std::string parts(std::string_view name) {
  const PersonName p = split_person_name(name);
  return "given=" + p.given + "|family=" + p.family;
}

TEST(PersonName, FamilyIsTheLastWord) {
  EXPECT_EQ("given=Mike Zheng|family=Shou", parts("Mike Zheng Shou"));
  EXPECT_EQ("given=Chen Change|family=Loy", parts("Chen Change Loy"));
  EXPECT_EQ("given=Ming-Hsuan|family=Yang", parts("Ming-Hsuan Yang"));
  EXPECT_EQ("given=Xin|family=Lai", parts("Xin Lai"));
  EXPECT_EQ("given=Rao M.|family=Anwer", parts("Rao M. Anwer"));
}

TEST(PersonName, CommaFormPutsTheFamilyFirst) {
  EXPECT_EQ("given=Mike Zheng|family=Shou", parts("Shou, Mike Zheng"));
  EXPECT_EQ("given=Jan|family=van der Berg", parts("van der Berg, Jan"));
  EXPECT_EQ("given=|family=Shou", parts("Shou,"));
}

TEST(PersonName, CommaWithNothingBeforeItIsIgnored) {
  EXPECT_EQ("given=Mike|family=Shou", parts(", Mike Shou"));
}

TEST(PersonName, OneWordIsAFamilyName) { EXPECT_EQ("given=|family=Prince", parts("Prince")); }

TEST(PersonName, WhitespaceIsTrimmedAndCollapsed) {
  EXPECT_EQ("given=Mike Zheng|family=Shou", parts("  Mike \t Zheng\n Shou  "));
  EXPECT_EQ("given=Mike Zheng|family=Shou", parts(" Shou ,  Mike  Zheng "));
}

TEST(PersonName, EmptyNameHasNoParts) {
  EXPECT_EQ("given=|family=", parts(""));
  EXPECT_EQ("given=|family=", parts("   "));
}

TEST(PersonName, NonAsciiLettersAreKept) { EXPECT_EQ("given=José|family=Núñez", parts("José Núñez")); }

}  // namespace
}  // namespace mllmseg::format
