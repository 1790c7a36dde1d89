import Foundation
import PlanData
import PlansimKit
import PlansimTestSupport
import Reports
import ScenarioDSL
import Testing

/// A 2035 远景 column in a final evaluation (the newcomer's P1-1, 箬溪镇): a vision is listed
/// apart and tracked later, never judged, tabled or counted as one more indicator; 五、 still
/// proposes the next plan's targets once the actuals reach the period's end.
@Suite struct EvaluationVisionTests {
    /// Haibin's 14th plan with a 2035 vision on 工业总产值 beside its 2025 target, as most
    /// printed 14th-plan tables carry one.
    static func planWithVision() throws -> Dataset {
        let text = EmbeddedPlanText.haibin14th.replacingOccurrences(
            of: "target 2025 39.4 亿元\n", with: "target 2025 39.4 亿元\n        target 2035 80 亿元\n")
        #expect(text != EmbeddedPlanText.haibin14th)
        return try PlanFiles.compile(SourceFile(path: "vision.plan", text: text), origin: "plan").get()
    }

    /// The same plan without the vision, compiled the same way.
    static func plain() throws -> Dataset {
        try PlanFiles.compile(SourceFile(path: "plain.plan", text: EmbeddedPlanText.haibin14th), origin: "plan").get()
    }

    static func request(_ plan: Dataset) throws -> EvaluateRequest {
        let actuals = try UserData.load(path: EvaluateWorkflowTests.actualsPath, for: plan)
        return EvaluateRequest(
            plan: plan, actuals: actuals, illustrative: true, asOf: nil, convention: .standard, paths: 1000, seed: 7,
            threads: 1, date: (2026, 12, 7), version: "test")
    }

    @Test func aVisionIsListedApartNotJudged() throws {
        let plain = try EvaluateWorkflow.run(try Self.request(try Self.plain())).document
        let d = try EvaluateWorkflow.run(try Self.request(try Self.planWithVision())).document
        // The period ends in 2025: the evaluation is final, of 2025, and tables only 2025's targets.
        #expect(d.asOf == 2025 && !d.midTerm)
        #expect(d.rows.allSatisfy { $0.target.targetYear <= 2025 })
        #expect(d.rows.count == plain.rows.count)
        #expect(d.visions.map(\.target.targetYear) == [2035] && d.visions.map(\.indicator.id) == ["industrial_output"])
        // The headline counts the same indicators as the plan without the vision.
        let words = EvaluationWords(d, .zh), plainWords = EvaluationWords(plain, .zh)
        #expect(words.overall.first == plainWords.overall.first)
        #expect(words.overall.contains("2035年远景目标1项：工业总产值80亿元，不属本期评估，不计完成度，另行跟踪。"))
        #expect(EvaluationWords(d, .en).overall.contains { $0.hasPrefix("1 2035 vision target: Industrial output 80") })
        // 四、 names no indicator twice, and 五、 keeps its list of the next plan's targets.
        #expect(words.problems == plainWords.problems)
        #expect(!d.nextPlanTargets.isEmpty && d.nextPlanTargets.count == plain.nextPlanTargets.count)
        // The artifact has no 2035 row either.
        #expect(EvaluateWorkflow.artifact(d).evaluation.allSatisfy { $0.targetYear <= 2025 })
    }

    /// An indicator counted once however many targets it has: two rows of one indicator
    /// make one "项".
    @Test func indicatorsAreCountedOnce() throws {
        let plain = try EvaluateWorkflow.run(try Self.request(try Self.plain())).document
        let first = try #require(plain.rows.first)
        var d = plain
        d = EvaluationDocument(
            plan: plain.plan, rows: plain.rows + [first], skipped: plain.skipped, asOf: plain.asOf,
            illustrative: plain.illustrative, date: plain.date, provenance: plain.provenance, notes: plain.notes)
        #expect(EvaluationWords(d, .zh).overall.first == EvaluationWords(plain, .zh).overall.first)
    }

    /// The rows keep the plan's order (its 专栏's 序号), goals included (the newcomer's
    /// P2-11: 能耗降低, printed 第15项, came last).
    @Test func rowsKeepThePlansOrder() throws {
        let plan = try Self.plain()
        let d = try EvaluateWorkflow.run(try Self.request(plan)).document
        let position = { (id: String) in plan.indicators.firstIndex { $0.id == id } ?? -1 }
        let positions = d.rows.map { position($0.indicator.id) }
        #expect(positions == positions.sorted())
    }
}
