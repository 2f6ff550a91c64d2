// Libraries loaded on first use (libcurl, libjq): binding their functions,
// and the errors for a library or a function that is not there.
#include "util/shared_library.h"

#include <gtest/gtest.h>

#include <cstring>

namespace mllmseg {
namespace {

TEST(SharedLibrary, BindsTheFunctionsItHas) {
  auto libc = SharedLibrary::open("libc.so.6", "libc6");
  ASSERT_TRUE(libc) << libc.error();
  decltype(&std::strlen) length = nullptr;
  libc->bind(length, "strlen");
  ASSERT_NE(nullptr, length);
  EXPECT_EQ(5u, length("hello"));
  EXPECT_TRUE(libc->complete());
}

TEST(SharedLibrary, AFunctionItLacksMakesItIncomplete) {
  auto libc = SharedLibrary::open("libc.so.6", "libc6");
  ASSERT_TRUE(libc) << libc.error();
  decltype(&std::strlen) missing = &std::strlen;
  libc->bind(missing, "mllmseg_no_such_function");
  EXPECT_EQ(nullptr, missing);
  EXPECT_EQ("libc.so.6 lacks a function mllmseg needs", libc->complete().error());
}

TEST(SharedLibrary, AMissingLibraryNamesItsPackage) {
  auto missing = SharedLibrary::open("libmllmseg-none.so.1", "libmllmseg-none1");
  ASSERT_FALSE(missing);
  EXPECT_EQ(
      "cannot load libmllmseg-none.so.1 (libmllmseg-none.so.1: cannot open shared object file: No such file "
      "or "
      "directory); install Debian's libmllmseg-none1 package",
      missing.error());
}

}  // namespace
}  // namespace mllmseg
