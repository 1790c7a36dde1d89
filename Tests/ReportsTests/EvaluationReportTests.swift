import Foundation
import Testing

@testable import PlanData
@testable import Reports

/// The words of the evaluation report on three hand-made targets: the title naming the
/// plan, binding targets first, "完成N项（其中提前完成M项）", a miss split into ambition and
/// shock with numbers computed by hand, the table at the plan's precision.
@Suite struct EvaluationReportTests {
    static let plan = PlanInfo(
        name: "town_14th", titleZH: "某镇第十四个五年规划纲要", titleEN: "Town 14th plan", issuer: "某镇", period: 2021...2025)

    func indicator(_ id: String, _ name: String, _ unit: String, _ attribute: PlanAttribute) -> Indicator {
        Indicator(
            id: id, nameZH: name, nameEN: id, unitZH: unit, unitEN: unit, kind: .annualLevel, attribute: attribute,
            location: "")
    }

    func row(_ i: Indicator, _ t: PlanTarget, _ values: [Int: Double], forecast: ForecastBand? = nil) -> EvaluationRow {
        let series = Series(
            indicator: i.id,
            points: values.sorted { $0.key < $1.key }.map { SeriesPoint(year: $0.key, value: $0.value, origin: .user) })
        return EvaluationRow(
            indicator: i, target: t, evaluation: TargetEvaluation.evaluate(t, of: i, series: series),
            forecast: forecast,
            actuals: values.sorted { $0.key < $1.key }.map { (year: $0.key, value: $0.value) })
    }

    var document: EvaluationDocument {
        let forest = indicator("forest", "森林覆盖率", "%", .binding)
        let output = indicator("output", "地区生产总值", "亿元", .indicative)
        let jobless = indicator("jobless", "城镇调查失业率", "%", .indicative)
        let rows = [
            // Binding, 30.5 → 40.0, reached 39.5: points 9.0 of 9.5 = 94.74 %, but binding → 未完成.
            row(
                forest,
                PlanTarget(
                    indicator: "forest", baseYear: 2020, base: 30.5, targetYear: 2025, target: 40.0, kind: .level),
                [2021: 32, 2022: 34, 2023: 36, 2024: 38, 2025: 39.5],
                forecast: ForecastBand(p10: 39.0, median: 39.8, p90: 40.6)),
            // 10 → 12, reached in 2023 and held: 提前完成（2023年）.
            row(
                output,
                PlanTarget(indicator: "output", baseYear: 2020, base: 10, targetYear: 2025, target: 12, kind: .level),
                [2021: 11, 2022: 11.5, 2023: 12.5, 2024: 12.8, 2025: 13]),
            // A ceiling of 4.5 held from the base 3.8: 完成.
            row(
                jobless,
                PlanTarget(
                    indicator: "jobless", baseYear: 2020, base: 3.8, targetYear: 2025, target: 4.5, kind: .level,
                    direction: .ceiling),
                [2021: 4.0, 2022: 4.2, 2023: 4.1, 2024: 3.9, 2025: 3.9]),
        ]
        return EvaluationDocument(
            plan: Self.plan, rows: rows, asOf: 2025, illustrative: false, date: (2026, 12, 7), provenance: [], notes: []
        )
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
        // The binding miss: its numbers and the slot for reasons, never "the target was above
        // the forecast" (a binding target is a commitment; the official's second review).
        let binding = try #require(EvaluationWords(document, .zh).reasons.last)
        #expect(binding.hasPrefix("1．森林覆盖率（约束性）。目标40%，实际39.5%，完成度94.7%。约束性指标是必须完成的任务"), "\(binding)")
        #expect(binding.hasSuffix("主要原因：【请填写原因】。") && !binding.contains("目标高于基期预测"))
        // The same miss on an indicative row is split with numbers.
        var d = document
        let forest = indicator("forest", "森林覆盖率", "%", .indicative)
        d = EvaluationDocument(
            plan: d.plan,
            rows: [
                row(
                    forest, d.rows[0].target, [2021: 32, 2022: 34, 2023: 36, 2024: 38, 2025: 39.5],
                    forecast: ForecastBand(p10: 39.0, median: 39.8, p90: 40.6))
            ] + d.rows.dropFirst(),
            asOf: 2025, illustrative: false, date: d.date, provenance: [], notes: [])
        let reasons = EvaluationWords(d, .zh).reasons
        // 94.7 % of the points on an indicative row is 基本完成 (≥ 90 %), with no slot.
        #expect(reasons.count == 2 && reasons.first == "（一）基本完成指标", "\(reasons)")
        let text = try #require(reasons.last)
        #expect(text.hasPrefix("1．森林覆盖率。目标40%，实际39.5%，完成度94.7%。"), "\(text)")
        #expect(text.contains("差距0.5个百分点中，0.2个百分点在于目标高于基期预测中位数"))
        #expect(text.contains("0.3个百分点在于实际低于预测中位数"))
        #expect(text.contains("属正常波动"))
        #expect(abs((document.rows[0].evaluation?.completion ?? 0) - 9.0 / 9.5) < 1e-12)  // points, exact to rounding
    }

    /// 三、: 约束性 misses first (whatever the table's order), each with a slot for the reasons;
    /// 基本完成 rows under their own heading. 四、: "目标设定偏高" only of targets not met; a
    /// target exceeded beyond the forecast's band is said to exceed the forecast.
    @Test func missesFirstLargelyApartAndExceededNeverSetHigh() throws {
        let rd = indicator("rd", "研发经费投入强度", "%", .indicative)
        let revenue = indicator("revenue", "一般公共预算收入", "万元", .indicative)
        let firms = indicator("firms", "高新技术企业数", "家", .indicative)
        let more = [
            // Points 0.2 of 0.7 = 28.6 %: 未完成, indicative, listed after the binding miss.
            row(
                rd, PlanTarget(indicator: "rd", baseYear: 2020, base: 1.8, targetYear: 2025, target: 2.5, kind: .level),
                [2021: 1.85, 2022: 1.9, 2023: 1.95, 2024: 1.98, 2025: 2.0],
                forecast: ForecastBand(p10: 1.7, median: 1.9, p90: 2.1)),
            // 117 ÷ 120 = 97.5 % ≥ 90 %: 基本完成; the target (120) was above the band's top (118): set high.
            row(
                revenue,
                PlanTarget(
                    indicator: "revenue", baseYear: 2020, base: 100, targetYear: 2025, target: 120, kind: .level),
                [2021: 104, 2022: 108, 2023: 111, 2024: 114, 2025: 117],
                forecast: ForecastBand(p10: 105, median: 110, p90: 118)),
            // 21 against 20 (105 %), above the band's top (17): the forecast was low, not the target high.
            row(
                firms,
                PlanTarget(indicator: "firms", baseYear: 2020, base: 12, targetYear: 2025, target: 20, kind: .level),
                [2021: 14, 2022: 16, 2023: 17, 2024: 19, 2025: 21], forecast: ForecastBand(p10: 13, median: 15, p90: 17)
            ),
        ]
        let d = document
        let doc = EvaluationDocument(
            plan: d.plan, rows: more + d.rows, asOf: 2025, illustrative: false, date: d.date, provenance: [], notes: [])
        let w = EvaluationWords(doc, .zh)
        #expect(w.reasons.count == 5, "\(w.reasons)")
        #expect(w.reasons[0] == "（一）未完成指标" && w.reasons[3] == "（二）基本完成指标")
        #expect(w.reasons[1].hasPrefix("1．森林覆盖率（约束性）") && w.reasons[2].hasPrefix("2．研发经费投入强度（预期性）"))
        #expect(
            w.reasons[1].contains("【请填写原因】") && w.reasons[2].contains("【请填写原因】") && !w.reasons[4].contains("【请填写原因】"))
        #expect(w.reasons[4].hasPrefix("1．一般公共预算收入。目标120万元，实际117万元，完成度97.5%。"))
        #expect(!w.reasons.joined().contains("原因需结合实际情况分析"))
        let setHigh = try #require(w.problems.first { $0.contains("目标设定偏高") })
        #expect(setHigh.contains("一般公共预算收入") && !setHigh.contains("高新技术企业数"))
        // A binding miss whose target (8000) was above its band's top (7400) is still never
        // said to be set high, in 三 or in 四.
        let land = indicator("land", "高标准农田面积", "亩", .binding)
        let high = row(
            land,
            PlanTarget(indicator: "land", baseYear: 2020, base: 5000, targetYear: 2025, target: 8000, kind: .level),
            [2021: 5600, 2022: 6200, 2023: 6800, 2024: 7200, 2025: 7500],
            forecast: ForecastBand(p10: 6000, median: 6800, p90: 7400))
        let withLand = EvaluationWords(
            EvaluationDocument(
                plan: d.plan, rows: [high] + more + d.rows, asOf: 2025, illustrative: false,
                date: d.date, provenance: [], notes: []), .zh)
        #expect(!(withLand.problems.first { $0.contains("目标设定偏高") } ?? "").contains("高标准农田面积"))
        #expect(withLand.reasons[1].hasPrefix("1．高标准农田面积（约束性）") && !withLand.reasons[1].contains("目标高于基期预测"))
        #expect(w.problems.contains { $0.contains("实际超出基期预测上限：高新技术企业数") })
        // The official's fourth reading: 五、 never lists a binding target as above the
        // forecast (三、 says binding targets are not judged by it); 四、（二） speaks of targets
        // not met (基本完成 included), not of 未完成 ones.
        #expect(
            !withLand.suggestions.contains { $0.contains("目标高于基期预测") && $0.contains("高标准农田面积") },
            "\(withLand.suggestions)")
        #expect(setHigh.contains("部分未达到目标的指标") && !setHigh.contains("部分未完成指标"))
        // A target missed although its actual beat the band is not "set high" (the official's
        // fifth reading): the forecast was cautious, and it is said under （三）.
        let sme = indicator("sme", "科技型中小企业数", "家", .indicative)
        let beat = row(
            sme, PlanTarget(indicator: "sme", baseYear: 2020, base: 10, targetYear: 2025, target: 30, kind: .level),
            [2021: 14, 2022: 18, 2023: 22, 2024: 26, 2025: 29], forecast: ForecastBand(p10: 14, median: 18, p90: 24))
        let both = EvaluationWords(
            EvaluationDocument(
                plan: d.plan, rows: [beat] + more + d.rows, asOf: 2025, illustrative: false,
                date: d.date, provenance: [], notes: []), .zh)
        #expect(!both.problems.contains { $0.contains("目标设定偏高") && $0.contains("科技型中小企业数") })
        let cautious = try #require(both.problems.first { $0.contains("基期预测偏于保守") })
        #expect(cautious.contains("其中科技型中小企业数目标虽未完全实现，但实际已明显好于预测"), "\(cautious)")
    }

    /// 四、 and 五、 are numbered where they are made, so every format (the Excel 说明 sheet too)
    /// prints the same: （一）（二）…, the proposals a 1．2． sub-list of the last item; the
    /// charts follow the analysis as 附件1 with numbered titles, the technical annex is 附件2.
    @Test func sectionsNumberedOnceAndChartsAfterTheAnalysis() {
        var d = document
        d.nextPlanTargets = [
            Phrase(zh: "森林覆盖率（约束性）：建议不低于39.5%。", en: "Forest cover: at least 39.5%."),
            Phrase(zh: "地区生产总值（预期性）：建议年均增长6%左右。", en: "GDP: about 6% a year."),
        ]
        let w = EvaluationWords(d, .zh)
        #expect(w.problems.first?.hasPrefix("（一）") == true)
        let s = w.suggestions
        #expect(s.suffix(2) == ["1．森林覆盖率（约束性）：建议不低于39.5%。", "2．地区生产总值（预期性）：建议年均增长6%左右。"])
        #expect(s[s.count - 3].hasPrefix("（\(ChineseNumber.ordinal(s.count - 2))）按期末实际值和模型预测测算"))
        let html = EvaluationRenderers.html(d, language: .zh)
        let five = html.range(of: "五、对“十五五”规划的建议")!, charts = html.range(of: "附件1：各指标实际值")!,
            annex = html.range(of: "附件2：技术附录")!
        #expect(five.lowerBound < charts.lowerBound && charts.lowerBound < annex.lowerBound)
        #expect(html.contains("图1　森林覆盖率"))
    }

    /// A ceiling held reads 控制在目标内, not 4.5 ÷ 3.9 = 115.4 %.
    @Test func aCeilingMetReadsWithinTheCap() {
        #expect(EvaluationTable.completionText(document.rows[2], .zh) == "控制在目标内")
        #expect(EvaluationTable.cells(document.rows[2], number: 3, .zh)[8] == "控制在目标内")
        #expect(EvaluationTable.completionText(document.rows[0], .zh) == "94.7%")
    }

    @Test func tableAtThePlansPrecision() {
        let cells = EvaluationTable.cells(document.rows[0], number: 1, .zh)
        #expect(cells == ["1", "—", "森林覆盖率", "%", "约束性", "30.5", "40", "39.5", "94.7%", "未完成"])
        #expect(EvaluationTable.assessment(document.rows[1], .zh) == "提前完成（2023年）")
        #expect(EvaluationTable.assessment(document.rows[2], .zh) == "完成（基期已达到）")
        #expect(EvaluationTable.targetText(document.rows[2], .zh) == "≤4.5")
    }

    /// The chart's value axis labels each gridline with its own value (the official's review:
    /// 研发 gridlines at 1.75 and 2.25 labelled 1.8 and 2.3). Labels are read from the SVG's
    /// right-anchored 10 px texts; they must be evenly spaced to the last decimal printed.
    @Test func evaluationChartAxisLabelsAreTheGridlinesOwnValues() throws {
        let rd = indicator("rd", "研发经费投入强度", "%", .indicative)
        let r = row(
            rd, PlanTarget(indicator: "rd", baseYear: 2020, base: 1.6, targetYear: 2025, target: 2.5, kind: .level),
            [2021: 1.7, 2022: 1.8, 2023: 2.0, 2024: 2.2, 2025: 2.4],
            forecast: ForecastBand(p10: 1.9, median: 2.1, p90: 2.4))
        let svg = EvaluationChart.svg(r, language: .zh)
        let pattern = try Regex("font-size=\"10\" text-anchor=\"end\"[^>]*>([^<]+)<")
        let labels = svg.matches(of: pattern).map { String($0.output[1].substring ?? "") }
        let values = labels.compactMap { Double($0.replacingOccurrences(of: "−", with: "-")) }
        #expect(values.count == labels.count && values.count >= 3, "\(labels)")
        let steps = zip(values.dropFirst(), values).map { $0 - $1 }
        // Evenly spaced to within a hundredth of the step: a label rounded away from its
        // gridline (1.75 → 1.8) breaks the spacing by 0.05 on a step of 0.25.
        #expect(steps.allSatisfy { abs($0 - steps[0]) < abs(steps[0]) * 0.01 }, "\(labels)")
    }

    /// Every format carries the same title and the banner when the actuals are illustrative;
    /// the workbook opens on its summary sheet.
    @Test func formatsAgree() throws {
        let d = document
        let illustrative = EvaluationDocument(
            plan: d.plan, rows: d.rows, asOf: 2025, illustrative: true, date: d.date, provenance: [], notes: [])
        let html = EvaluationRenderers.html(illustrative, language: .zh),
            md = EvaluationRenderers.markdown(illustrative, language: .zh)
        for text in [html, md] {
            #expect(
                text.contains("某镇“十四五”规划主要指标完成情况评估") && text.contains("【示意数据，非真实统计】")
                    && text.contains("2026年12月7日"))
            for heading in ["一、总体评价", "二、主要指标完成情况", "三、未完成指标原因分析", "四、存在问题", "五、对“十五五”规划的建议", "技术附录"] {
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
