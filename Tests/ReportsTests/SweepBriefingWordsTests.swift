import Foundation
import PlanData
import Testing

@testable import Reports

/// The sweep briefing's summary in words is generated from the indices: the drivers with
/// their intervals, the first-order share and interactions, the direction, the evidence.
@Suite struct SweepBriefingWordsTests {
    /// Sₜ 0.6 / 0.3 / 0.01, S₁ 0.5 / 0.25 / 0: two drivers, ΣS₁ = 0.75, so about 25 % of
    /// the variance comes from interactions, most from TFP growth (Sₜ − S₁ = 0.1) — said in
    /// plain words (shares of the variation), the symbols left to the annex.
    @Test func summaryNamesDriversSharesAndDirections() {
        let s = SweepDirectionTests.summary()
        let zh = s.paragraphs(language: .zh), en = s.paragraphs(language: .en)
        #expect(zh[0].hasPrefix("结论：工业总产值目标比值（预测÷目标）主要取决于当前全要素生产率增速（可解释约60%的差异，95%区间55%至65%）、折旧率"), "\(zh[0])")
        #expect(zh[0].contains("其余1个输入影响很小"))
        #expect(
            zh[1].contains("差异的75%") && zh[1].contains("约25%来自输入之间的交互作用")
                && zh[1].contains("当前全要素生产率增速（交互部分约占10%）"), "\(zh[1])")
        #expect(zh[2] == "方向：提高当前全要素生产率增速使工业总产值目标比值（预测÷目标）上升；提高折旧率使之下降。", "\(zh[2])")
        #expect(zh[3].contains("抽取256组假设组合") && zh[3].contains("共1280次确定性模型运行") && zh[3].contains("目标比值"), "\(zh[3])")
        #expect(
            en[0].hasPrefix(
                "Bottom line: Industrial output's target ratio (forecast ÷ target) is decided mainly by current TFP growth (explains about 60% of the variation, 95% interval 55–65%) and depreciation rate"
            ), "\(en[0])")
        #expect(en[0].contains("the other input matters little"))
        #expect(en[1].contains("explain 75%") && en[1].contains("remaining 25%"), "\(en[1])")
        #expect(en[2].contains("raising depreciation rate lowers it."), "\(en[2])")
    }

    /// A deterministic sweep's `probability` measure is the target ratio and is named so
    /// everywhere (title, summary, tornado); with Monte Carlo paths it is the probability.
    @Test func theMeasureIsNamedForWhatItIs() {
        var s = SweepDirectionTests.summary()
        #expect(s.measureName(.zh) == "工业总产值目标比值（预测÷目标）" && s.tornadoSVG(language: .zh).contains("工业总产值目标比值"))
        s.pathsPerSample = 1000
        #expect(s.measureName(.zh) == "工业总产值达标概率" && s.measureName(.en) == "P(Industrial output meets its target)")
        #expect(s.paragraphs(language: .zh)[0].hasPrefix("结论：工业总产值达标概率主要取决于"))
    }

    /// First-order indices summing well over 1 are sampling error, said as such; a sweep
    /// without indices (LHS) says where its response table is.
    @Test func overfullSumsAndDesignsWithoutIndices() {
        let noisy = SweepSummary(
            sweep: "s", scenario: "b", method: "sobol", n: 16, runs: 64, measure: "mean industrial_output",
            rows: [
                .init(name: "a", main: 0.7, mainConf: 0.3, first: 0.8, firstConf: 0.3),
                .init(name: "b", main: 0.4, mainConf: 0.3, first: 0.5, firstConf: 0.3),
            ])
        #expect(noisy.paragraphs(language: .en)[1].contains("add up to 1.30, above 1 by sampling error"))
        #expect(noisy.paragraphs(language: .en).last!.contains("Some intervals are wide"))
        let lhs = SweepSummary(
            sweep: "s", scenario: "b", method: "lhs", n: 16, runs: 16, measure: "mean industrial_output", rows: [])
        #expect(lhs.paragraphs(language: .zh)[0].contains("`response.csv`"))
        #expect(
            lhs.html(language: .en).contains("no variance-based indices") && !lhs.html(language: .en).contains("<table")
        )
    }

    /// An input whose indices are zero is said to have no effect in the model, not a small one.
    @Test func inertInputsAreSaidToHaveNoEffect() {
        let s = SweepSummary(
            sweep: "s", scenario: "b", method: "sobol", n: 256, runs: 1280, measure: "probability industrial_output",
            rows: [
                .init(name: "linked.tfp_growth_now", main: 0.9, mainConf: 0.05, first: 0.85, firstConf: 0.05),
                .init(name: "commodity_sales.growth", main: 0, mainConf: 0, first: 0, firstConf: 0),
            ])
        #expect(
            s.paragraphs(language: .zh)[0].contains("其中商品销售总额增速的指数为零：在模型中它不影响工业总产值目标比值"),
            "\(s.paragraphs(language: .zh)[0])")
        #expect(
            s.paragraphs(language: .en)[0].contains("has indices of zero: in the model it does not affect"),
            "\(s.paragraphs(language: .en)[0])")
    }
}
