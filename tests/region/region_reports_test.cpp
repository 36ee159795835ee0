// Reports made by tests/tools/make_reports.py (--only region) read, mapped and placed: every
// level, shared district names with and without a parent in the text, zones, invented and
// misnested agencies, a document that contradicts the name.
#include <catch2/catch.hpp>

#include "nianbao/extract.hpp"
#include "nianbao/schema.hpp"
#include "region_test_util.hpp"

namespace {

struct Expected {
  const char* file;
  const char* code;  // "" when the agency must stay unplaced
  const char* level;
  const char* agency_kind;
  const char* warning;  // "" or a warning code
};

nianbao::schema::Record ReadAndPlace(const std::string& file) {
  nianbao::Document document =
      nianbao::ReadDocumentFile(std::string(NIANBAO_TEST_DATA) + "/region/" + file);
  nianbao::schema::Mapper mapper(nianbao::schema::TemplateSet::Builtin(),
                                 region_test::SharedNormalizer());
  nianbao::schema::Record record = mapper.Map(document);
  region_test::SharedPlacer().PlaceRecord(record, document);
  return record;
}

}  // namespace

TEST_CASE("reports at every level are placed by their agency and text") {
  const Expected expected =
      GENERATE(Expected{"national_dept_2021.txt", "", "national", "department", ""},
               Expected{"province_2021.txt", "32", "province", "government", ""},
               Expected{"province_dept_2022.html", "33", "province", "department", ""},
               Expected{"city_2021.docx", "3208", "city", "government", ""},
               Expected{"hongze_2021.txt", "320813", "county", "government", ""},
               Expected{"county_dept_2021.txt", "320813", "county", "department", ""},
               Expected{"township_2021.txt", "110112117", "township", "government", ""},
               Expected{"street_2019.txt", "320106001", "township", "government", ""},
               Expected{"shared_name_2021.txt", "", "county", "government", "region.ambiguous"},
               Expected{"shared_name_placed_2021.txt", "350102", "county", "government", ""},
               Expected{"zone_2021.txt", "320576", "county", "other", ""},
               Expected{"zone_address_2021.txt", "320812", "county", "other", ""},
               Expected{"invented_2021.txt", "", "county", "government", "region.unplaced"},
               Expected{"misnested_2021.txt", "", "county", "government", "region.unplaced"},
               Expected{"contradicted_2021.txt", "", "county", "government", "region.unplaced"});
  CAPTURE(expected.file);
  nianbao::schema::Record record = ReadAndPlace(expected.file);
  CHECK_FALSE(record.agency.empty());
  if (*expected.code) {
    REQUIRE(record.region);
    CHECK(record.region->code == expected.code);
  } else {
    CHECK_FALSE(record.region);
  }
  CHECK(record.level == expected.level);
  CHECK(record.agency_kind == expected.agency_kind);
  if (*expected.warning) {
    CHECK(region_test::HasWarning(record.warnings, expected.warning, record.agency));
  }
}

TEST_CASE("a shared district name names its candidates when the report does not say") {
  nianbao::schema::Record record = ReadAndPlace("shared_name_2021.txt");
  CHECK(region_test::HasWarning(record.warnings, "region.ambiguous", "福建省福州市鼓楼区"));
  CHECK(region_test::HasWarning(record.warnings, "region.ambiguous", "江苏省南京市鼓楼区"));
}
