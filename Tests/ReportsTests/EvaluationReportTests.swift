import Foundation
import Testing
@testable import PlanData
@testable import Reports

/// The words of the evaluation report on three hand-made targets: the title naming the
/// plan, binding targets first, "完成N项（其中提前完成M项）", a miss split into ambition and
/// shock with numbers computed by hand, the table at the plan's precision.
@Suite struct EvaluationReportTests {
    static let plan = PlanInfo(name: "town_14th", titleZH: "某镇第十四个五年规划纲要", titleEN: "Town 14th plan", issuer: "某镇", period: 2021...2025)

    func indicator(_ id: String, _ name: String, _ unit: String, _ attribute: PlanAttribute) -> Indicator {
        Indicator(id: id, nameZH: name, nameEN: id, unitZH: unit, unitEN: unit, kind: .annualLevel, attribute: attribute, location: "")
    }

    func row(_ i: Indicator, _ t: PlanTarget, _ values: [Int: Double], forecast: ForecastBand? = nil) -> EvaluationRow {
        let series = Series(indicator: i.id, points: values.sorted { $0.key < $1.key }.map { SeriesPoint(year: $0.key, value: $0.value, origin: .user) })
        return EvaluationRow(indicator: i, target: t, evaluation: TargetEvaluation.evaluate(t, of: i, series: series), forecast: forecast,
                             actuals: values.sorted { $0.key < $1.key }.map { (year: $0.key, value: $0.value) })
    }

    var document: EvaluationDocument {
        let forest = indicator("forest", "森林覆盖率", "%", .binding)
        let output = indicator("output", "地区生产总值", "亿元", .indicative)
        let jobless = indicator("jobless", "城镇调查失业率", "%", .indicative)
        let rows = [
            // Binding, 30.5 → 40.0, reached 39.5: points 9.0 of 9.5 = 94.74 %, but binding → 未完成.
            row(forest, PlanTarget(indicator: "forest", baseYear: 2020, base: 30.5, targetYear: 2025, target: 40.0, kind: .level),
                [2021: 32, 2022: 34, 2023: 36, 2024: 38, 2025: 39.5], forecast: ForecastBand(p10: 39.0, median: 39.8, p90: 40.6)),
            // 10 → 12, reached in 2023 and held: 提前完成（2023年）.
            row(output, PlanTarget(indicator: "output", baseYear: 2020, base: 10, targetYear: 2025, target: 12, kind: .level),
                [2021: 11, 2022: 11.5, 2023: 12.5, 2024: 12.8, 2025: 13]),
            // A ceiling of 4.5 held from the base 3.8: 完成.
            row(jobless, PlanTarget(indicator: "jobless", baseYear: 2020, base: 3.8, targetYear: 2025, target: 4.5, kind: .level, direction: .ceiling),
                [2021: 4.0, 2022: 4.2, 2023: 4.1, 2024: 3.9, 2025: 3.9]),
        ]
        return EvaluationDocument(plan: Self.plan, rows: rows, asOf: 2025, illustrative: false, date: (2026, 12, 7), provenance: [], notes: [])
    }

    @Test func titleAndOverallJudgement() {
        let w = EvaluationWords(document, .zh)
        #expect(w.title == "某镇“十四五”规划主要指标完成情况评估")
        #expect(w.nextPlan == "“十五五”")
        let overall = w.overall.joined()
        let binding = overall.range(of: "约束性指标：未完成1项（森林覆盖率）")
        let indicative = overall.range(of: "预期性指标：完成2项（其中提前完成1项）")
        #expect(binding != nil && indicative != nil)
        if let binding, let indicative { #expect(binding.lowerBound < indicative.lowerBound) }
    }

    /// Gap 40.0 − 39.5 = 0.5: 40.0 − 39.8 = 0.2 from a target above the forecast's median,
    /// 39.8 − 39.5 = 0.3 from the actual falling short, inside the band (no shock).
    @Test func missSplitIntoAmbitionAndShock() throws {
        let reasons = EvaluationWords(document, .zh).reasons
        #expect(reasons.count == 1)
        let text = try #require(reasons.first)
        #expect(text.hasPrefix("（一）森林覆盖率。"))
        #expect(text.contains("差距0.5个百分点中，0.2个百分点在于目标高于基期预测所给"))
        #expect(text.contains("0.3个百分点在于实际低于预测中位数"))
        #expect(text.contains("属正常波动"))
        #expect(abs((document.rows[0].evaluation?.completion ?? 0) - 9.0 / 9.5) < 1e-12) // points, exact to rounding
    }

    @Test func tableAtThePlansPrecision() {
        let cells = EvaluationTable.cells(document.rows[0], number: 1, .zh)
        #expect(cells == ["1", "—", "森林覆盖率", "%", "约束性", "30.5", "40.0", "39.5", "94.7%", "未完成"])
        #expect(EvaluationTable.assessment(document.rows[1], .zh) == "提前完成（2023年）")
        #expect(EvaluationTable.assessment(document.rows[2], .zh) == "完成（基期已达到）")
        #expect(EvaluationTable.targetText(document.rows[2], .zh) == "≤4.5")
    }

    /// Every format carries the same title and the banner when the actuals are illustrative;
    /// the workbook opens on its summary sheet.
    @Test func formatsAgree() throws {
        let d = document
        let illustrative = EvaluationDocument(plan: d.plan, rows: d.rows, asOf: 2025, illustrative: true, date: d.date, provenance: [], notes: [])
        let html = EvaluationRenderers.html(illustrative, language: .zh), md = EvaluationRenderers.markdown(illustrative, language: .zh)
        for text in [html, md] {
            #expect(text.contains("某镇“十四五”规划主要指标完成情况评估") && text.contains("ILLUSTRATIVE") && text.contains("2026年12月7日"))
            for heading in ["一、总体评价", "二、主要指标完成情况", "三、未完成指标原因分析", "四、存在问题", "五、对“十五五”规划的建议", "附件：技术附录"] {
                #expect(text.contains(heading), "\(heading)")
            }
        }
        #expect(html.contains("<thead>") && html.contains("break-inside:avoid"))
        let docx = try EvaluationRenderers.docx(illustrative, language: .zh)
        #expect(docx.starts(with: Array("PK".utf8)))
        let xlsx = try EvaluationRenderers.workbook(illustrative, language: .zh)
        #expect(xlsx.starts(with: Array("PK".utf8)))
    }
}
