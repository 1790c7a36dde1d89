import Foundation
import PlansimTestSupport
import Testing

@testable import PlanData

/// A planner's CSV: what is accepted, and every bad file refused with file:line and field.
@Suite struct UserDataFileTests {
    func load(_ text: String, bytes: [UInt8]? = nil) throws -> UserData {
        let dir = try Plansim.scratchDirectory()
        let url = dir.appendingPathComponent("in.csv")
        try Data(bytes ?? Array(text.utf8)).write(to: url)
        return try UserData.load(path: url.path, for: HaibinPlan.dataset())
    }

    func issues(_ text: String, bytes: [UInt8]? = nil) -> [InputIssue] {
        do {
            _ = try load(text, bytes: bytes)
            return []
        } catch let e as InputErrors { return e.issues } catch { return [] }
    }

    @Test func acceptsIdsChineseNamesBOMAndCRLF() throws {
        let text = "indicator,year,value,note\r\nindustrial_output,2021,31.5,yearbook\r\n工业总产值,2022,33\r\n"
        let data = try load("", bytes: [0xEF, 0xBB, 0xBF] + Array(text.utf8))
        #expect(data.points.map(\.indicator) == ["industrial_output", "industrial_output"])
        #expect(data.points[0].note == "yearbook" && data.points[1].note == nil)
        #expect(data.sha256.count == 64)
    }

    @Test func acceptsChineseHeader() throws {
        #expect(try load("指标,年份,数值\nnew_employment,2021,2100\n").points.count == 1)
    }

    @Test(
        arguments: [
            (
                "unknown indicator", "indicator,year,value\nindustrial_outptu,2021,1\n", 2, "indicator",
                "did you mean `industrial_output`?"
            ),
            (
                "duplicate", "indicator,year,value\nretail_sales,2021,1\nretail_sales,2021,2\n", 3, "indicator",
                "first on line 2"
            ),
            ("non-numeric", "indicator,year,value\nretail_sales,2021,abc\n", 2, "value", "`abc` is not a number"),
            ("NaN", "indicator,year,value\nretail_sales,2021,NaN\n", 2, "value", "not a finite number"),
            ("Inf", "indicator,year,value\nretail_sales,2021,-inf\n", 2, "value", "not a finite number"),
            ("negative", "indicator,year,value\nretail_sales,2021,-3\n", 2, "value", "cannot be negative"),
            ("zero level", "indicator,year,value\nretail_sales,2021,0\n", 2, "value", "cannot be zero"),
            ("year range", "indicator,year,value\nretail_sales,1985,3\n", 2, "year", "outside 1990–2100"),
            ("year text", "indicator,year,value\nretail_sales,twenty,3\n", 2, "year", "is not a year"),
        ] as [(String, String, Int, String, String)])
    func refusesBadRow(name: String, text: String, line: Int, field: String, message: String) {
        let found = issues(text)
        #expect(found.count == 1, "\(name): \(found)")
        #expect(found.first?.line == line, "\(name)")
        #expect(found.first?.field == field, "\(name)")
        #expect(
            found.first.map { $0.message.contains(message) || ($0.help ?? "").contains(message) } == true,
            "\(name): \(found)")
    }

    @Test func zeroIsAllowedForFlows() throws {
        #expect(try load("indicator,year,value\nnew_employment,2021,0\n").points.first?.value == 0)
    }

    @Test func reportsEveryErrorAtOnce() {
        let found = issues("indicator,year,value\nfoo,2021,1\nretail_sales,1800,2\nretail_sales,2021,x\n")
        #expect(found.map(\.line) == [2, 3, 4])
    }

    @Test func refusesMissingHeader() {
        #expect(issues("industrial_output,2021,31.5\n").first?.message == "the file has no header row")
    }

    @Test func refusesWrongDelimiter() {
        #expect(issues("indicator;year;value\nretail_sales;2021;1\n").first?.message.contains("`;`") == true)
    }

    @Test func refusesGBKNamingTheEncoding() {
        let gbk: [UInt8] =
            Array("indicator,year,value\n".utf8) + [0xB9, 0xA4, 0xD2, 0xB5, 0xD7, 0xDC, 0xB2, 0xFA, 0xD6, 0xB5]
            + Array(",2021,1\n".utf8)
        let found = issues("", bytes: gbk)
        #expect(found.first?.message.contains("GBK") == true)
        #expect(found.first?.line == 2)
    }

    @Test func refusesHeaderOnly() {
        #expect(issues("indicator,year,value\n").first?.message.contains("no data") == true)
    }

    /// A file of thousands of conflicting rows keeps the first ``InputErrors/keepLimit``
    /// problems and counts the rest (2 million kept issues cost 1.5 GB: issue 25), and its
    /// hash is the same as the bytes' (read once, not twice).
    @Test func manyBadRowsAreCountedNotKept() throws {
        var text = "indicator,year,value\nindustrial_output,2016,30\n"
        for k in 0..<5_000 { text += "industrial_output,2016,\(31 + k)\n" }
        do {
            _ = try load(text)
            Issue.record("a file of conflicting rows was accepted")
        } catch let errors as InputErrors {
            #expect(errors.issues.count == InputErrors.keepLimit)
            #expect(errors.total == 5_000)  // every row after the first conflicts with it
            #expect(errors.description.contains("4900 more problems (5000 in all)"))
        }
        let good = try load("indicator,year,value\nindustrial_output,2016,30\n")
        #expect(good.sha256 == SHA256.hex(Array("indicator,year,value\nindustrial_output,2016,30\n".utf8)))
    }
}
