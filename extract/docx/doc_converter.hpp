// Internal to extract/docx: Word 97 (.doc) to DOCX through LibreOffice, headless.
//
// Each conversion runs in its own temporary directory (removed afterwards) with its own
// LibreOffice user profile, so conversions can run in parallel; the converter is a child
// process in its own process group, killed as a group when it overruns its time limit.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace nianbao::docx_internal {

// The LibreOffice executable (soffice, then libreoffice) on PATH, if installed.
std::optional<std::string> FindLibreOffice();

// The DOCX bytes LibreOffice writes for `doc_bytes`. Throws Error(kUnsupported) when
// LibreOffice is not installed (saying how to install it), kLimit on timeout, kEncrypted
// for password-protected files, kDamaged when LibreOffice cannot convert the file.
std::string ConvertDocToDocx(std::string_view doc_bytes, const std::string& path,
                             int timeout_seconds);

}  // namespace nianbao::docx_internal
