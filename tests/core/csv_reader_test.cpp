#include <doctest/doctest.h>
#include <fmt/format.h>

#include "core/error.h"
#include "core/ingest/csv_reader.h"
#include "core/test_support.h"

using namespace huddle;
using namespace huddle::core;

namespace {

std::vector<CsvRecord> read_all(const std::filesystem::path& file, bool* truncated = nullptr,
                                std::vector<ImportIssue>* issues = nullptr) {
  CsvReader reader(file);
  std::vector<CsvRecord> out;
  CsvRecord r;
  while (reader.next(r)) out.push_back(r);
  if (truncated) *truncated = reader.truncated();
  if (issues) *issues = reader.take_issues();
  return out;
}

}  // namespace

TEST_CASE("RFC 4180: quoted commas, doubled quotes and embedded newlines, with the line each record starts on") {
  test::TempDir dir;
  const auto file = dir.write("a.csv",
                              "id,text,n\n"
                              "1,\"a, b\",2\n"
                              "2,\"say \"\"LED\"\"\",3\n"
                              "3,\"two\nlines\",4\n"
                              "4,plain,5\n");
  const auto rows = read_all(file);
  REQUIRE(rows.size() == 5);
  CHECK(rows[1].fields[1] == "a, b");
  CHECK(rows[2].fields[1] == "say \"LED\"");
  CHECK(rows[3].fields[1] == "two\nlines");
  CHECK(rows[3].line == 4);
  CHECK(rows[4].line == 6);  // after the two-line record
  CHECK(rows[4].fields == std::vector<std::string>{"4", "plain", "5"});
}

TEST_CASE("mixed CRLF and LF line ends, a UTF-8 BOM and a last line without a line end") {
  test::TempDir dir;
  const auto file = dir.write("b.csv", "\xEF\xBB\xBFid,x\r\n1,a\r\n2,b\n\n3,c");
  const auto rows = read_all(file);
  REQUIRE(rows.size() == 4);
  CHECK(rows[0].fields[0] == "id");  // no BOM left on the first header
  CHECK(rows[2].fields[1] == "b");
  CHECK(rows[3].fields == std::vector<std::string>{"3", "c"});
  CHECK(rows[3].line == 5);  // the blank line 4 is skipped but counted
}

TEST_CASE("old Mac files end lines with a lone CR: each record has its own line, in order") {
  test::TempDir dir;
  const auto file = dir.write("mac.csv", "id,x\r1,a\r2,\"b\rc\"\r\r3,d\r\n4,e");
  const auto rows = read_all(file);
  REQUIRE(rows.size() == 5);
  CHECK(rows[1].fields == std::vector<std::string>{"1", "a"});
  CHECK(rows[1].line == 2);
  CHECK(rows[2].fields[1] == "b\rc");
  CHECK(rows[2].line == 3);
  CHECK(rows[3].line == 6);  // after the two-line record and a blank line
  CHECK(rows[4].line == 7);  // a CRLF is one line end
}

TEST_CASE("a CRLF split between two reads of a large file is one line end") {
  // 17-byte lines put the CR of line 61681 on the last byte of the first 1 MiB read (17 * 61681 = 2^20 + 1).
  std::string text;
  for (int i = 0; i < 70000; ++i) text += fmt::format("{:07},abcdefg\r\n", i);
  REQUIRE(text.size() == 70000u * 17);
  test::TempDir dir;
  const auto rows = read_all(dir.write("big.csv", text));
  REQUIRE(rows.size() == 70000);
  CHECK(rows[61680].line == 61681);
  CHECK(rows[61681].line == 61682);
  CHECK(rows.back().line == 70000);
  CHECK(rows[61681].fields == std::vector<std::string>{"0061681", "abcdefg"});
}

TEST_CASE("invalid UTF-8 is repaired to U+FFFD and reported with its line") {
  test::TempDir dir;
  const auto file = dir.write("c.csv", "id,x\n1,caf\xE9\n2,ok\n");
  std::vector<ImportIssue> issues;
  const auto rows = read_all(file, nullptr, &issues);
  REQUIRE(rows.size() == 3);
  CHECK(rows[1].fields[1] == "caf\xEF\xBF\xBD");
  REQUIRE(issues.size() == 1);
  CHECK(issues[0].line == 2);
  CHECK(issues[0].severity == ImportIssue::Severity::warning);
}

TEST_CASE("a file cut off inside a quoted field reports a truncated last record and does not return it") {
  test::TempDir dir;
  const auto file = dir.write("d.csv", "id,x\n1,a\n2,\"half a sent");
  bool truncated = false;
  const auto rows = read_all(file, &truncated);
  CHECK(rows.size() == 2);
  CHECK(truncated);
}

TEST_CASE("a missing file is an InputError naming it") {
  CHECK_THROWS_WITH_AS(CsvReader("/nonexistent/extract.csv"), doctest::Contains("/nonexistent/extract.csv"), InputError);
}

TEST_CASE("repair_utf8 keeps valid multi-byte text and rejects overlong forms and surrogates") {
  std::string ok = "Dorchester \xE2\x80\x99 \xF0\x9F\x98\x80";
  CHECK_FALSE(repair_utf8(ok));
  std::string overlong = "\xC0\xAF";
  CHECK(repair_utf8(overlong));
  CHECK(overlong == "\xEF\xBF\xBD\xEF\xBF\xBD");
  std::string surrogate = "\xED\xA0\x80";
  CHECK(repair_utf8(surrogate));
}
