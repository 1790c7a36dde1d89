import Foundation
import PlanData
import PlansimTestSupport
import Testing

@testable import Reports

/// Reports under hostile input (issue 12): tampered results refused with the field named,
/// formula-like CSV cells neutralised, raw HTML never reaching Markdown or a notebook.
@Suite struct ReportHardeningTests {
    /// The saved results of the fixed test run, as a JSON object to tamper with.
    static func results() throws -> [String: Any] {
        let text = RunReport.json(ReportRenderingTests.document()).rendered()
        return try JSONSerialization.jsonObject(with: Data(text.utf8)) as! [String: Any]
    }

    static func read(_ object: [String: Any]) throws -> InputIssue? {
        let dir = try Plansim.scratchDirectory()
        let path = dir.appendingPathComponent("results.json").path
        try JSONSerialization.data(withJSONObject: object).write(to: URL(fileURLWithPath: path))
        do {
            _ = try ReportDocument(resultsFile: path)
            return nil
        } catch { return error }
    }

    static func tamperFirstYear(_ key: String, _ value: Any) throws -> [String: Any] {
        var root = try results()
        var indicators = root["indicators"] as! [[String: Any]]
        var years = indicators[0]["years"] as! [[String: Any]]
        years[0][key] = value
        indicators[0]["years"] = years
        root["indicators"] = indicators
        return root
    }

    @Test func tamperedResultsAreRefusedNamingTheField() throws {
        var empty = try Self.results()
        empty["indicators"] = [] as [Any]
        #expect(try Self.read(empty)?.field == "indicators")
        var noTargets = try Self.results()
        noTargets["targets"] = [] as [Any]
        #expect(try Self.read(noTargets)?.field == "targets")
        var text = try Self.results()
        var targets = text["targets"] as! [[String: Any]]
        targets[0]["probability"] = "high"
        text["targets"] = targets
        #expect(try Self.read(text)?.field?.hasSuffix(".probability") == true)
        for year in [Double(1 << 62), -99_999_999_999.0, 2021.5] {
            let issue = try Self.read(try Self.tamperFirstYear("year", year))
            #expect(issue?.message.contains("year from 1900 to 2200") == true, "\(year)")
        }
        let gap = try Self.read(try Self.tamperFirstYear("year", 2019))
        #expect(gap?.message.contains("follow each other") == true)
    }

    @Test func unknownMajorVersionsAreRefused() throws {
        var future = try Self.results()
        future["format_version"] = "99.0"
        #expect(try Self.read(future)?.field == "format_version")
        var newer = try Self.results()
        var p = newer["provenance"] as! [String: Any]
        p["version"] = "99.0.0"
        newer["provenance"] = p
        #expect(try Self.read(newer)?.field == "provenance.version")
    }

    /// OWASP CSV injection: text that a spreadsheet would run as a formula gets a leading
    /// apostrophe; numbers (negative ones too) stay numbers.
    @Test func csvFormulaCellsAreNeutralised() {
        let csv = String(
            decoding: CSVWriter.document(
                header: ["a", "b"],
                rows: [["=HYPERLINK(\"http://x\")", "+cmd|' /C calc'!A0"], ["@SUM(A1)", "-0.05"], ["\tx", "-2+3"]]),
            as: UTF8.self)
        #expect(csv.contains("\"'=HYPERLINK(\"\"http://x\"\")\""))
        #expect(csv.contains("'+cmd|' /C calc'!A0"))
        #expect(
            csv.contains("'@SUM(A1)") && csv.contains(",-0.05\r\n") && csv.contains("'\tx") && csv.contains("'-2+3"))
    }

    /// A scenario named with raw HTML shows as text in Markdown, HTML and the notebook.
    @Test func rawHTMLFromNamesIsEscaped() throws {
        var root = try Self.results()
        root["scenario"] = "<img src=x onerror=alert(1)>"
        let dir = try Plansim.scratchDirectory()
        let path = dir.appendingPathComponent("results.json").path
        try JSONSerialization.data(withJSONObject: root).write(to: URL(fileURLWithPath: path))
        let d = try ReportDocument(resultsFile: path)
        for text in [
            MarkdownReport.render(d, language: .zh), HTMLReport.render(d, language: .en),
            NotebookReport.render(d, language: .en),
        ] {
            #expect(!text.contains("<img"), "raw HTML reached a document")
        }
        #expect(Markup.markdown("a|b*c") == "a\\|b\\*c")
        #expect(Markup.escape("bell\u{07}esc\u{1B}") == "bell\u{FFFD}esc\u{FFFD}")
    }
}
