import Foundation
import PlanData
import Testing

@testable import Reports
@testable import Simulation

/// The comparison table's fit to A4 portrait (``ComparisonTable``) and its summary, on one
/// run shown under several scenario names (so every difference is exactly zero).
@Suite struct ComparisonLayoutTests {
    static func documents(_ names: [String]) -> [ReportDocument] {
        let plan = HaibinPlan.dataset()
        let result = MonteCarlo.run(
            SimulationModel.baseline(plan).0, options: RunOptions(paths: 500, seed: 7, threads: 2))
        return names.map { name in
            ReportDocument(
                result: result, dataset: plan, inversions: [],
                provenance: RunProvenance(
                    version: "test", scenario: name, scenarioSHA256: String(repeating: "0", count: 64), seed: 7,
                    paths: 500,
                    data: "embedded plan", created: "2026-01-01T00:00:00Z"))
        }
    }

    /// Word's text width on A4 with 1.8 cm margins, in points.
    static let word = Double(ComparisonWord.textWidth) / 20

    @Test func twoScenariosKeepTheirNamesAndEveryColumn() {
        let table = ComparisonTable(
            Self.documents(["baseline", "epidemic_shock"]), language: .zh, width: Self.word,
            unitWidth: ComparisonTable.wordUnit)
        #expect(table.key == nil)
        // Scenarios go by their titles: the baseline's words, a code name without a title as words.
        #expect(
            table.headers.count == 6 && table.headers[2].hasPrefix("基准情景\n")
                && table.headers[5] == "差值%\nepidemic shock"
        )
        #expect(table.size >= 7.5, "\(table.size) pt")
        #expect(table.groups.count == 9 && table.groups.allSatisfy { $0.rows.count == 4 })
        // Shares of the width sum to 1 (to rounding), so the table spans the text width.
        #expect(abs(table.shares.reduce(0, +) - 1) < 1e-12)
    }

    @Test func manyScenariosGoByLetterThenDropTheAbsoluteDifferences() {
        let five = ComparisonTable(
            Self.documents(["baseline", "epidemic_shock", "investment_programme", "restructuring", "nangang_spillover"]
            ),
            language: .en, width: Self.word, unitWidth: ComparisonTable.wordUnit)
        #expect(five.key?.hasPrefix("A = Baseline; B = epidemic shock") == true, "\(five.key ?? "no key")")
        let names = (1...8).map { "scenario_with_a_long_name_\($0)" }
        let eight = ComparisonTable(
            Self.documents(names), language: .en, width: Self.word, unitWidth: ComparisonTable.wordUnit)
        // Year, 8 medians and 7 Δ% per row: the Δ columns gave way.
        #expect(eight.headers.count == 2 + 8 + 7 && eight.groups[0].rows[0].count == 1 + 8 + 7)
        #expect(eight.headers.last == "Δ%\nH")
    }

    @Test(arguments: [Language.zh, Language.en])
    func summaryOpensWithTheBottomLineAndSaysNothingMoved(language: Language) {
        let text = ComparisonSummary.paragraphs(Self.documents(["baseline", "copy"]), language: language)
        #expect(text.first?.hasPrefix(language == .zh ? "结论：" : "Bottom line:") == true)
        let copy = text.first { $0.hasPrefix(language == .zh ? "“copy”：" : "copy:") } ?? ""
        #expect(copy.contains(language == .zh ? "变化均不到0.05%" : "No median moves"), "\(copy)")
        #expect(copy.contains(language == .zh ? "达标概率均不变" : "No probability of meeting a target changes"), "\(copy)")
        #expect(!copy.contains(language == .zh ? "消退" : "fade"), "nothing moved, so nothing fades: \(copy)")
    }
}
