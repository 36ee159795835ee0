// The builtin gazetteer's tables, made at build time, against the same data read at run
// time: every division, every name and short name lookup the same.
#include <catch2/catch.hpp>

#include <fstream>
#include <iterator>
#include <string>

#include "gazetteer_impl.hpp"

namespace {

std::string ReadDataFile(const std::string& name) {
  std::ifstream in(std::string(NIANBAO_REGION_DATA) + "/" + name, std::ios::binary);
  REQUIRE(in);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

std::vector<int> Ids(std::span<const std::int32_t> ids) {
  return {ids.begin(), ids.end()};
}

}  // namespace

TEST_CASE("the builtin division tables are region/data/ as read at run time") {
  auto builtin = nianbao::region::Gazetteer::Builtin();
  auto read = nianbao::region::Gazetteer::FromText(ReadDataFile("divisions.tsv"),
                                                   ReadDataFile("agency_words.json"));
  const auto& made = builtin->impl();
  const auto& expected = read->impl();
  REQUIRE(made.size() == expected.size());
  REQUIRE(made.size() > 40000);
  CHECK(made.tables.longest_name == expected.tables.longest_name);
  CHECK(made.words.division_suffixes.size() == expected.words.division_suffixes.size());
  int differing = 0;
  int shared_names = 0;
  for (int index = 0; index < made.size(); ++index) {
    nianbao::region::Division a = made.division(index);
    nianbao::region::Division b = expected.division(index);
    std::vector<int> named = Ids(made.Named(a.name));
    if (a.code != b.code || a.name != b.name || a.level != b.level || a.parent != b.parent ||
        named != Ids(expected.Named(b.name)) ||
        Ids(made.ShortNamed(a.name.substr(0, a.name.size() - 3))) !=
            Ids(expected.ShortNamed(b.name.substr(0, b.name.size() - 3)))) {
      ++differing;
    }
    // Every division is found by its own name, among the others of that name in data order.
    if (std::find(named.begin(), named.end(), index) == named.end() ||
        !std::is_sorted(named.begin(), named.end())) {
      ++differing;
    }
    if (named.size() > 1) ++shared_names;
  }
  CHECK(differing == 0);
  CHECK(shared_names > 1000);  // 朝阳区, 鼓楼区 …
  CHECK(made.Named("淮安市").size() == 1);
  CHECK(made.division(made.Named("淮安市").front()).code == "3208");
  CHECK(made.ShortNamed("淮安").size() == 2);  // 淮安市 and its 淮安区
  CHECK(made.Named("淮海省").empty());
  CHECK(made.Named("").empty());
}
