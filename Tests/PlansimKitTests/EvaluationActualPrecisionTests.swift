import Foundation
import PlanData
import PlansimKit
import PlansimTestSupport
import Reports
import ScenarioDSL
import Testing

/// An actual is printed with the decimals it was reported with when the plan prints fewer
/// (the newcomer's P1-2: 研发 2.85 shown as "2.9", equal to its target, yet 93.7 % and
/// "仍差0.1个百分点"): its completion and gap then agree with the printed figures.
@Suite struct EvaluationActualPrecisionTests {
    /// Haibin's plan with 工业总产值 printed with one decimal (base 30.1, target 39.4), and
    /// its illustrative actuals with 2025 reported as 39.35.
    static func document() throws -> EvaluationDocument {
        let original = try String(contentsOfFile: EvaluateWorkflowTests.actualsPath, encoding: .utf8)
        let text = original.replacingOccurrences(
            of: "industrial_output,2025,38.1,", with: "industrial_output,2025,39.35,")
        #expect(text != original)
        let path = try Plansim.scratchDirectory().appendingPathComponent("actuals.csv").path
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        let planText = EmbeddedPlanText.haibin14th.replacingOccurrences(
            of: "base 2020 30.02 亿元", with: "base 2020 30.1 亿元")
        #expect(planText != EmbeddedPlanText.haibin14th)
        let plan = try PlanFiles.compile(SourceFile(path: "one-decimal.plan", text: planText), origin: "plan").get()
        let request = EvaluateRequest(
            plan: plan, actuals: try UserData.load(path: path, for: plan), illustrative: false, asOf: nil,
            convention: .standard, paths: 1000, seed: 7, threads: 1, date: (2026, 12, 7), version: "test")
        return try EvaluateWorkflow.run(request).document
    }

    @Test func anActualKeepsItsReportedDecimals() throws {
        let d = try Self.document()
        let row = try #require(d.rows.first { $0.indicator.id == "industrial_output" })
        #expect(row.decimals == 1 && row.actualDecimals == 2)
        #expect(EvaluationTable.actualText(row, .zh) == "39.35")
        // The target keeps the plan's form; the gap is 0.05, not "0.1" nor "0.0".
        #expect(EvaluationTable.targetText(row, .zh) == "39.4")
        #expect(row.difference(39.4 - 39.35) == "0.05")
        let words = EvaluationWords(d, .zh).reasons.joined()
        #expect(words.contains("实际39.35亿元") && !words.contains("实际39.4亿元"))
        // Another row keeps the plan's precision (38.1 → one decimal, as reported).
        let other = try #require(d.rows.first { $0.indicator.id != "industrial_output" && $0.evaluation != nil })
        #expect(other.actualDecimals >= other.decimals)
    }
}
