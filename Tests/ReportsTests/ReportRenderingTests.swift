import Foundation
import PlanData
import PlansimTestSupport
import Testing

@testable import Reports
@testable import Simulation

/// Report renderers on a fixed run (seed 2021, 2,000 paths, a fixed creation time), so
/// their output is byte-stable and compared with golden files.
@Suite struct ReportRenderingTests {
    static func document() -> ReportDocument {
        let plan = HaibinPlan.dataset()
        let model = SimulationModel.baseline(plan).0
        let result = MonteCarlo.run(model, options: RunOptions(paths: 2_000, seed: 2021, threads: 2))
        let provenance = RunProvenance(
            version: "test", scenario: "baseline", scenarioSHA256: String(repeating: "0", count: 64),
            seed: 2021, paths: 2_000, data: "embedded plan (2021-09-29), reconstructed 2016–2020 history",
            created: "2026-01-01T00:00:00Z")
        let inversions = [
            InversionResult(
                indicator: "fixed_investment", lever: "investment_growth_plan", level: 0.5, value: 0.2816,
                bracket: -0.3...0.6, achieved: 0.5, outcome: .solved, impliedTotal: 50, planTotal: 50,
                totalYears: 2021...2025)
        ]
        return ReportDocument(result: result, dataset: plan, inversions: inversions, provenance: provenance)
    }

    @Test(arguments: [Language.zh, Language.en])
    func markdownSnapshot(language: Language) {
        let text = MarkdownReport.render(Self.document(), language: language)
        if let diff = Snapshot.check(text, named: "briefing-\(language.rawValue).md", target: "ReportsTests") {
            Issue.record("\(diff)")
        }
    }

    @Test func fanChartAndProbabilitySnapshots() {
        let d = Self.document()
        let fan = FanChart.svg(d.indicators[0], target: d.targets[0], language: .en)
        if let diff = Snapshot.check(fan, named: "fan-industrial_output-en.svg", target: "ReportsTests") {
            Issue.record("\(diff)")
        }
        let bars = ProbabilityChart.svg(d, language: .zh)
        if let diff = Snapshot.check(bars, named: "probability-zh.svg", target: "ReportsTests") {
            Issue.record("\(diff)")
        }
        // Rebuilt history (2016–2019 here) is left off the chart: no dashed line, no hollow
        // points; the axis still starts in 2016 and the 2020 value is drawn.
        #expect(!fan.contains("stroke-dasharray") && !fan.contains("fill=\"#fff\""))
        #expect(fan.contains(">2016</text>") && fan.contains("<circle "))
    }

    /// The page is self-contained: no scheme that would fetch anything.
    @Test func htmlIsSelfContainedAndEscaped() {
        let html = HTMLReport.render(Self.document(), language: .zh)
        #expect(
            !html.contains("http://")
                || html.components(separatedBy: "http://").dropFirst().allSatisfy {
                    $0.hasPrefix("www.w3.org/2000/svg")
                })
        #expect(!html.contains("https://"))
        #expect(html.contains("<svg") && html.contains("工业总产值"))
        #expect(Markup.escape("<a & \"b\">") == "&lt;a &amp; &quot;b&quot;&gt;")
    }

    /// The saved JSON reads back into a document that renders the same briefing.
    @Test func resultsJSONRoundTrips() throws {
        let d = Self.document()
        let dir = try Plansim.scratchDirectory()
        let path = dir.appendingPathComponent("results.json").path
        try Data(RunReport.json(d).rendered().utf8).write(to: URL(fileURLWithPath: path))
        let back = try ReportDocument(resultsFile: path)
        #expect(MarkdownReport.render(back, language: .en) == MarkdownReport.render(d, language: .en))
    }

    @Test func missingOrBrokenResultsAreRefused() throws {
        let dir = try Plansim.scratchDirectory()
        #expect(throws: InputIssue.self) {
            try ReportDocument(resultsFile: dir.appendingPathComponent("results.json").path)
        }
        let path = try Plansim.write("{\"scenario\": \"x\"}", to: "results.json", in: dir)
        do {
            _ = try ReportDocument(resultsFile: path)
            Issue.record("accepted")
        } catch {
            #expect(error.field == "indicators")
        }
    }

    /// The XLSX container: a ZIP (ZIPFoundation) with the parts Excel needs, native
    /// charts among them, and the same bytes for the same report.
    @Test func workbookIsAValidZip() throws {
        let data = try XLSXWriter.workbook(Self.document(), language: .en)
        #expect(data.starts(with: [0x50, 0x4B, 0x03, 0x04]))
        #expect(try XLSXWriter.workbook(Self.document(), language: .en) == data)
        let text = String(decoding: data, as: UTF8.self)
        for part in [
            "[Content_Types].xml", "xl/workbook.xml", "xl/styles.xml", "xl/worksheets/sheet1.xml",
            "xl/charts/chart1.xml", "xl/drawings/drawing1.xml",
        ] {
            #expect(text.contains(part), "missing \(part)")
        }
    }

    @Test func sanitizedNamesStayInsideTheDirectory() {
        for hostile in ["../../etc/passwd", "..", ".", "/abs", "a/../../b"] {
            let name = AtomicWriter.sanitize(hostile)
            #expect(!name.contains("/") && !name.hasPrefix(".") && !name.isEmpty, "\(hostile) → \(name)")
        }
        #expect(AtomicWriter.sanitize("基线 情景") == "基线_情景")
        #expect(!AtomicWriter.sanitize("a/b\\c").contains("/"))
    }
}
