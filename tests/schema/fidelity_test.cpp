// Reports as they are really published (issue 13): look-alike characters, status and
// missing keys, damaged labels in place, template variants, groups across tables.
#include <catch2/catch.hpp>

#include "schema_test_util.hpp"

using schema_test::DocumentOf;
using schema_test::HasWarning;
using schema_test::MapDocument;
using schema_test::Para;
using schema_test::TableBuilder;
using schema_test::ValueOf;

TEST_CASE("radicals and compatibility ideographs read as the ideographs they show",
          "[schema][fold]") {
  // As a browser-printed PDF encodes them: ⼈ U+2F08, ⺠ U+2EA0, ⼯ U+2F2F, ⾏ U+2F8F,
  // 不 U+F967.
  TableBuilder builder;
  builder.Row({{"信息内容"}, {"本年处理决定数量"}});
  builder.Values({"⾏政处罚"}, {"12"});
  builder.Values({"⾏政强制"}, {"3"});
  nianbao::schema::Record record = MapDocument(
      DocumentOf({Para("⻘禾市⼈⺠政府2021年政府信息公开⼯作年度报告"), Para("⼀、总体情况"),
                  Para("本年度\uF967断推进⼯作。"), builder.Build()}));
  CHECK(record.title == "青禾市人民政府2021年政府信息公开工作年度报告");
  CHECK(record.agency == "青禾市人民政府");
  CHECK(record.year == 2021);
  CHECK(record.sections.at("s1") == "本年度不断推进工作。");
  CHECK(ValueOf(record, "t2.penalty.decisions") == 12);
  CHECK(ValueOf(record, "t2.coercion.decisions") == 3);
}
