// The placer on agency names and document text: nesting, shared names, zones, national
// bodies, and names the statistics bureau's list does not have.
#include <catch2/catch.hpp>

#include "region_test_util.hpp"

using nianbao::region::Placement;
using region_test::HasWarning;
using region_test::SharedPlacer;

namespace {

Placement Place(const std::string& agency, const std::string& text = "") {
  return SharedPlacer().Place(agency, text);
}

}  // namespace

TEST_CASE("the builtin divisions hold every level of the statistics bureau's list") {
  auto gazetteer = nianbao::region::Gazetteer::Builtin();
  CHECK(gazetteer->size() > 40000);
  Placement hongze = Place("江苏省淮安市洪泽区人民政府");
  REQUIRE(hongze.region);
  CHECK(hongze.region->code == "320813");
  CHECK(hongze.region->name == "江苏省淮安市洪泽区");
  CHECK(hongze.region->province == "江苏省");
  CHECK(hongze.region->city == "淮安市");
  CHECK(hongze.region->county == "洪泽区");
  CHECK(hongze.level == "county");
  CHECK(hongze.agency_kind == "government");
  CHECK(hongze.warnings.empty());
}

TEST_CASE("levels and kinds come from the division named and the body after it") {
  Placement province = Place("浙江省人民政府办公厅");
  REQUIRE(province.region);
  CHECK(province.region->code == "33");
  CHECK_FALSE(province.region->city);
  CHECK(province.level == "province");
  CHECK(province.agency_kind == "government");

  Placement bureau = Place("杭州市市场监督管理局");
  REQUIRE(bureau.region);
  CHECK(bureau.region->code == "3301");
  CHECK(bureau.level == "city");
  CHECK(bureau.agency_kind == "department");

  // 城乡 inside a department's name is no division word (住房和城乡建设局).
  Placement county_bureau = Place("代县住房和城乡建设局");
  REQUIRE(county_bureau.region);
  CHECK(county_bureau.region->code == "140923");
  CHECK(county_bureau.agency_kind == "department");

  // A county-level city is a county.
  Placement county_city = Place("海阳市人民政府");
  REQUIRE(county_city.region);
  CHECK(county_city.region->code == "370687");
  CHECK(county_city.level == "county");
}

TEST_CASE("national bodies have a level and no division") {
  for (const char* name : {"国家统计局", "自然资源部", "住房和城乡建设部", "国家广播电视总局"}) {
    Placement national = Place(name);
    CHECK_FALSE(national.region);
    CHECK(national.level == "national");
    CHECK(national.agency_kind == "department");
    CHECK(national.warnings.empty());
  }
  Placement office = Place("国务院办公厅");
  CHECK(office.level == "national");
  CHECK(office.agency_kind == "government");
}

TEST_CASE("a municipality's district has the municipality as its city") {
  Placement town = Place("北京市通州区永乐店镇人民政府");
  REQUIRE(town.region);
  CHECK(town.region->code == "110112117");
  CHECK(town.region->province == "北京市");
  CHECK(town.region->city == "北京市");
  CHECK(town.region->county == "通州区");
  CHECK(town.level == "township");
}

TEST_CASE("a township of a city without counties has no county") {
  Placement street = Place("东莞市东城街道办事处");
  REQUIRE(street.region);
  CHECK(street.region->code.substr(0, 4) == "4419");
  CHECK(street.region->city == "东莞市");
  CHECK_FALSE(street.region->county);
  CHECK(street.level == "township");
  CHECK(street.agency_kind == "government");
}

TEST_CASE("a name shared by several places needs the document's word for it") {
  Placement alone = Place("朝阳区人民政府", "地址：朝阳区建设路1号");
  CHECK_FALSE(alone.region);
  CHECK(alone.level == "county");
  CHECK(HasWarning(alone.warnings, "region.ambiguous", "北京市朝阳区"));
  CHECK(HasWarning(alone.warnings, "region.ambiguous", "吉林省长春市朝阳区"));

  Placement beside = Place("朝阳区人民政府", "地址：长春市朝阳区建设路1号");
  REQUIRE(beside.region);
  CHECK(beside.region->code == "220104");
  CHECK(beside.warnings.empty());

  Placement anywhere = Place("朝阳区人民政府", "在北京市委、市政府的领导下，区政府……");
  REQUIRE(anywhere.region);
  CHECK(anywhere.region->code == "110105");

  // Both parents named: no way to tell, so not placed.
  Placement both = Place("朝阳区人民政府", "北京市……长春市……");
  CHECK_FALSE(both.region);
  CHECK(HasWarning(both.warnings, "region.ambiguous", "朝阳区"));
}

TEST_CASE("a township name alone is placed only when its county is named") {
  Placement town = Place("城关镇人民政府", "");
  CHECK_FALSE(town.region);
  CHECK(HasWarning(town.warnings, "region.ambiguous", "城关镇"));
}

TEST_CASE("zones map to the division their name or address names") {
  Placement named = Place("淮安市经济技术开发区管理委员会");
  REQUIRE(named.region);
  CHECK(named.region->code == "3208");
  CHECK(named.agency_kind == "other");

  Placement short_name = Place("江苏省淮安经济技术开发区管理委员会");
  REQUIRE(short_name.region);
  // The statistics bureau lists this zone as a county-level unit of its own.
  CHECK(short_name.region->code == "320871");

  Placement by_address =
      Place("高新技术产业开发区管委会", "联系地址：江苏省淮安市清江浦区和平路1号");
  REQUIRE(by_address.region);
  CHECK(by_address.region->code == "320812");
  CHECK(by_address.agency_kind == "other");

  Placement nowhere = Place("高新技术产业开发区管委会", "地址：和平路1号");
  CHECK_FALSE(nowhere.region);
  CHECK(HasWarning(nowhere.warnings, "region.unplaced", "zone"));
}

TEST_CASE("invented or misnested divisions leave the agency unplaced, never guessed") {
  Placement invented = Place("淮海省商务厅");
  CHECK_FALSE(invented.region);
  CHECK(invented.level == "province");
  CHECK(invented.agency_kind == "department");
  CHECK(HasWarning(invented.warnings, "region.unplaced", "淮海省"));

  // 兰溪市 exists, but has no 城西区; 吉安县 exists, but has no 施家乡.
  Placement misnested = Place("兰溪市城西区人民政府");
  CHECK_FALSE(misnested.region);
  CHECK(HasWarning(misnested.warnings, "region.unplaced", "城西区 is not in 兰溪市"));
  Placement township = Place("吉安县施家乡人民政府");
  CHECK_FALSE(township.region);
  CHECK(township.level == "township");
  CHECK(HasWarning(township.warnings, "region.unplaced", "施家乡"));

  // A county that became a district (偃师县 → 偃师区) is not the district.
  CHECK_FALSE(Place("偃师县人民政府").region);
}

TEST_CASE("a document that puts a unique name under another parent contradicts it") {
  Placement contradicted = Place("青羊区人民政府", "（地址：锦官市青羊区人民路1号）");
  CHECK_FALSE(contradicted.region);
  CHECK(HasWarning(contradicted.warnings, "region.unplaced", "锦官市青羊区"));

  // 我市 / 全市 are no parents.
  Placement pronoun = Place("青羊区人民政府", "在我市青羊区……全市青羊区");
  REQUIRE(pronoun.region);
  CHECK(pronoun.region->code == "510105");
  Placement own_parent = Place("青羊区人民政府", "地址：成都市青羊区");
  REQUIRE(own_parent.region);
}

TEST_CASE("an empty agency is reported, not placed") {
  Placement none = Place("", "");
  CHECK_FALSE(none.region);
  CHECK(HasWarning(none.warnings, "region.unplaced", "no agency name"));
}

TEST_CASE("bad division data is an error naming the file and line") {
  const std::string words = R"({"national_prefixes":[],"national_suffixes":[],
    "government_bodies":[],"department_suffixes":[],"other_words":[],"zone_words":[],
    "division_suffixes":{},"not_division_words":[],"pronouns":[],"address_labels":[]})";
  CHECK(nianbao::region::Gazetteer::FromText("11\t北京市\n", words)->size() == 1);
  try {
    nianbao::region::Gazetteer::FromText("11\t北京市\n123\tX\n", words);
    FAIL("no error");
  } catch (const nianbao::Error& error) {
    CHECK(std::string(error.what()).find("divisions.tsv") != std::string::npos);
    REQUIRE(error.location().line);
    CHECK(*error.location().line == 2);
  }
  CHECK_THROWS_AS(nianbao::region::Gazetteer::FromText("11\t北京市\n", "[]"), nianbao::Error);
}
