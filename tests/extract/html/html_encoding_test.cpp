#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

#include "encoding.hpp"
#include "utf8.hpp"

using namespace nianbao::html;
using nianbao::extract_internal::IsValidUtf8;

namespace {
std::string ReadData(const std::string& name) {
  std::ifstream stream(std::string(NIANBAO_TEST_DATA) + "/html/" + name, std::ios::binary);
  std::ostringstream out;
  out << stream.rdbuf();
  return out.str();
}
}  // namespace

TEST_CASE("The charset is read from <meta charset> and <meta http-equiv>", "[html]") {
  CHECK(FindMetaCharset(R"(<head><META CHARSET="GB2312"></head>)") == "gb2312");
  CHECK(FindMetaCharset(R"(<meta charset=utf-8>)") == "utf-8");
  CHECK(FindMetaCharset(R"(<meta http-equiv="Content-Type" content="text/html; charset=GBK" />)") ==
        "gbk");
  CHECK(FindMetaCharset(R"(<meta name="description" content="charset"><p>x</p>)") == "");
  CHECK(FindMetaCharset("<p>charset=gbk</p>") == "");
}

TEST_CASE("GB2312 and GBK are read as GB18030", "[html]") {
  CHECK(ConverterNameFor("gb2312") == "GB18030");
  CHECK(ConverterNameFor("GBK") == "GB18030");
  CHECK(ConverterNameFor("x-gbk") == "GB18030");
  CHECK(ConverterNameFor("utf-16") == "UTF-8");
  CHECK(ConverterNameFor("big5") == "big5");
}

TEST_CASE("Encoding choice: BOM, then declaration, then detector", "[html]") {
  EncodingChoice bom = ChooseEncoding(ReadData("bom_utf8.html"));
  CHECK(bom.name == "UTF-8");
  CHECK(bom.source == EncodingSource::kBom);
  CHECK(bom.bom_length == 3);

  EncodingChoice utf16 = ChooseEncoding(ReadData("bom_utf16le.html"));
  CHECK(utf16.name == "UTF-16LE");
  CHECK(utf16.bom_length == 2);

  EncodingChoice declared = ChooseEncoding(ReadData("gb2312_declared.html"));
  CHECK(declared.name == "GB18030");
  CHECK(declared.source == EncodingSource::kMetaDeclaration);
  CHECK(declared.declared == "gb2312");

  EncodingChoice guessed = ChooseEncoding(ReadData("no_declaration.html"));
  CHECK(guessed.name == "GB18030");
  CHECK(guessed.source == EncodingSource::kDetector);
}

TEST_CASE("A page declared UTF-8 whose bytes are not UTF-8 goes to the detector", "[html]") {
  std::string page = ReadData("gb2312_declared.html");
  page.replace(page.find("gb2312"), 6, "utf-8");
  EncodingChoice choice = ChooseEncoding(page);
  CHECK(choice.declared == "utf-8");
  CHECK(choice.source == EncodingSource::kDetector);
  CHECK(choice.name == "GB18030");
}

TEST_CASE("GBK-only characters decode through GB18030", "[html]") {
  // 喆 (86 B4) and 镕 (E9 46) are in GBK but not in GB2312.
  DecodedText decoded = DecodeToUtf8("\x86\xB4\xE9\x46", "GB18030");
  CHECK(decoded.utf8 == "喆镕");
  CHECK(decoded.invalid_sequences == 0);
}

TEST_CASE("Undecodable bytes are counted and replaced", "[html]") {
  DecodedText decoded = DecodeToUtf8("ok\xFF\xFEok", "UTF-8");
  CHECK(decoded.invalid_sequences >= 1);
  CHECK(decoded.utf8.find("\xEF\xBF\xBD") != std::string::npos);
  CHECK(IsValidUtf8(decoded.utf8));
  CHECK_FALSE(IsValidUtf8("\xC3"));
  CHECK(IsValidUtf8("中文 text"));
}

TEST_CASE("An encoding ICU does not know is an error", "[html]") {
  CHECK_THROWS(DecodeToUtf8("abc", "no-such-charset-xyz"));
}
