import Foundation
import Testing

@testable import PlanData
@testable import Reports

/// The comparison's page one says in plain words what differs between the scenarios and
/// what that changes for the targets; the model's settings are in the 技术附录; a target on
/// the plan's own path is never its headline (the official's second review).
@Suite struct ComparePageOneTests {
    /// An investment programme against the baseline: investment (on the plan's path) moves
    /// most, industrial output a little.
    static func docs() -> [ReportDocument] {
        let base = LeaderFixture.document()
        var d = ReportDocument(
            scenario: "investment_programme", indicators: base.indicators, planTitleZH: nil, planTitleEN: nil,
            targets: base.targets.map { t in
                switch t.indicator {
                case "industrial_output":
                    LeaderFixture.target(
                        "industrial_output", base: 30.02, target: 44.1, p: 0.1649, needed: 0.08, simulated: 0.052,
                        evidence: "data")
                case "market_entities":
                    LeaderFixture.target(
                        "market_entities", base: 0.65, target: 0.83, p: 0.60, needed: 0.05, simulated: 0.06,
                        evidence: "plan")
                default: t
                }
            },
            inversions: [], notesZH: [], notesEN: [], provenance: LeaderFixture.provenance)
        d.assumptions = [
            .init(
                text: "title \"投资计划情景\" \"Investment programme\"",
                origin: "investment_programme (investment_programme.scn:8)"),
            .init(
                text: "prior linked investment_growth_plan normal(29%, 3%)",
                origin: "investment_programme (investment_programme.scn:9)"),
        ]
        return [base, d]
    }

    @Test func pageOneSaysWhatDiffersAndWhatItChangesInPlainWords() {
        let zh = LeaderPage(compare: Self.docs(), language: .zh)
        let text = zh.judgement.joined()
        // What differs, by its centre; no distribution, standard deviation or model name.
        #expect(zh.judgement.first == "“投资计划情景”与“基准情景”的区别在于假定：规划期投资年均增速约29%（“基准情景”按规划路径，年均5.0%）。")
        #expect(!text.contains("正态") && !text.contains("标准差") && !text.contains("联动模型") && !text.contains("均值"))
        // The headline is the forecast target that moves (15% → 16%, from the displayed
        // figures), never the plan-path target whose odds move 51% → 60% by construction.
        #expect(zh.judgement[1] == "对目标的影响：工业总产值达标概率由15%升至16%（+1个百分点）；其余2项预测目标的达标概率不变。")
        #expect(!text.contains("市场主体数量"))
        // 二、分项 gives each target's odds under both; the plan-path one as not a forecast.
        let lines = zh.sections.flatMap(\.lines)
        #expect(lines.contains(.paragraph("1.工业总产值（达标概率15%→16%）")))
        #expect(lines.contains(.paragraph("1.市场主体数量（约50%，非预测）")))
        #expect(OfficialForm.latinWords(zh.allText) == [])
        // The settings themselves are in the annex, with the statement.
        let annex = ComparisonHTML.annex(Self.docs(), language: .zh).reproduction.joined()
        #expect(annex.contains("联动模型的规划期投资年均增速取均值29%、标准差3%的正态分布（prior linked investment_growth_plan normal(29%, 3%)）"))
        // The body and the bars likewise: the plan-path target is no mover, its bars read 约50%.
        let body = ComparisonSummary.paragraphs(Self.docs(), language: .zh).joined()
        #expect(body.contains("达标概率变化最大的是工业总产值15%→16%") && !body.contains("市场主体数量51%"))
        #expect(ComparisonCharts.probabilities(Self.docs(), language: .zh).contains(">约50%<"))
        let en = LeaderPage(compare: Self.docs(), language: .en)
        #expect(
            en.judgement.first
                == "Investment programme differs from Baseline in assuming plan-period investment growth about 29%"
                + " (Baseline: the plan's path, 5.0% a year).")
    }
}

extension ComparePageOneTests {
    /// The Word comparison's table of odds gives a plan-path target 约50% and no change.
    @Test func theWordTableReadsAPlanPathTargetAsAbout50() throws {
        let zip = try ZipParts(Array(try ComparisonWord.document(Self.docs(), language: .zh)))
        let xml = String(decoding: try #require(try zip.part("word/document.xml", limit: 10_000_000)), as: UTF8.self)
        #expect(xml.contains(">约50%<") && !xml.contains(">51%<") && !xml.contains(">60%<"))
    }
}

extension ComparePageOneTests {
    /// Page one gives each changed setting beside what the reference assumes (the fourth
    /// review's P2-2: "约29%" meant nothing without the baseline's 28%), and the 提请注意 on
    /// doubtful units every page one carries.
    @Test func pageOneSaysWhatTheReferenceAssumesAndCautionsOnUnits() {
        var docs = Self.docs()
        // The plan path's growth is the table's needed-growth figure (28.2%, as Haibin's).
        docs[0].targets = docs[0].targets.map {
            $0.indicator == "market_entities"
                ? LeaderFixture.target(
                    "market_entities", base: 0.65, target: 0.83, p: 0.51, needed: 0.2816, simulated: 0.2816,
                    evidence: "plan") : $0
        }
        docs[1].assumptions.append(
            .init(
                text: "prior linked investment_growth_long_run normal(6%, 2%)",
                origin: "investment_programme (investment_programme.scn:10)"))
        let zh = LeaderPage(compare: docs, language: .zh)
        // The stated long-run prior is 4% in log growth: e^0.04 − 1 = 4.08%, said whole as 约4%.
        #expect(
            zh.judgement.first
                == "“投资计划情景”与“基准情景”的区别在于假定：规划期投资年均增速约29%（“基准情景”按规划路径，年均28.2%）；"
                + "长期投资增速约6%（“基准情景”约4%）。")
        #expect(zh.sections.map(\.heading).last == "三、提请注意")
        #expect(zh.cautions.contains { $0.hasPrefix("粮食综合生产能力：规划所列单位为“吨”") })
        #expect(OfficialForm.latinWords(zh.allText) == [])
        let en = LeaderPage(compare: docs, language: .en)
        #expect(
            en.judgement.first
                == "Investment programme differs from Baseline in assuming plan-period investment growth about 29%"
                + " (Baseline: the plan's path, 28.2% a year); long-run investment growth about 6% (Baseline: about 4%)."
        )
        // A reference that states the setting itself is quoted by its centre.
        docs[0].assumptions.append(
            .init(text: "prior linked investment_growth_long_run normal(5%, 2%)", origin: "baseline (baseline.scn:9)"))
        #expect(LeaderPage(compare: docs, language: .zh).judgement.first?.hasSuffix("长期投资增速约6%（“基准情景”约5%）。") == true)
    }
}

extension ComparePageOneTests {
    /// The comparison's overlaid charts carry the plan's target as a diamond in every format
    /// (the fourth review's P2-10 "Also"): the PDF's SVG, Word's chart (cached at the target
    /// year) and the workbook's chart, drawn from the 参照区间 sheet's 规划目标 column. A
    /// period sum's target is no yearly level and gets none.
    @Test func theOverlaidChartsCarryTheTargetDiamond() throws {
        let docs = Self.docs()
        let svg = ComparisonCharts.fan(docs, indicator: "industrial_output", language: .zh)
        #expect(svg.contains("<polygon fill=\"\(SVGCanvas.orange)\"") && svg.contains(">规划目标<"))
        // Word: the fan of industrial output (chart 2, after the bars) has the diamond series,
        // its one cached point the 44.1 target in 2025 (year index 4 of 2021–2035).
        let word = ComparisonOfficeCharts.word(docs, language: .zh)
        #expect(word[1].contains("<c:symbol val=\"diamond\"/>"))
        #expect(word[1].contains("<c:pt idx=\"4\"><c:v>44.1</c:v></c:pt>"))
        let xlsx = try ZipParts(Array(ComparisonWorkbook.xlsx(docs, language: .zh)))
        let names = try (1...8).compactMap { try xlsx.part("xl/charts/chart\($0).xml", limit: 10_000_000) }.map {
            String(decoding: $0, as: UTF8.self)
        }
        #expect(
            names.contains { $0.contains("<c:symbol val=\"diamond\"/>") && $0.contains("参照区间") && $0.contains("!$F$") })
        // No target diamond on an indicator whose target is a period sum.
        var sum = docs
        sum[0].targets = sum[0].targets.map {
            $0.indicator == "industrial_output"
                ? LeaderFixture.target(
                    "industrial_output", base: 30.02, target: 200, p: 0.2, needed: 0.08, simulated: 0.05,
                    evidence: "data", kind: "period_sum") : $0
        }
        #expect(!ComparisonCharts.fan(sum, indicator: "industrial_output", language: .zh).contains(">规划目标<"))
    }
}

extension ComparePageOneTests {
    /// Word's and Excel's bars of a plan-path target read 约50%, as the table and page one
    /// do (the fifth look at the Word comparison found 51% and 55% on its bars).
    @Test func theOfficeBarsReadAPlanPathTargetAsAbout50() throws {
        let bars = ComparisonOfficeCharts.word(Self.docs(), language: .zh)[0]
        // market_entities, the fixture's fourth target, is on the plan's path in both.
        #expect(bars.components(separatedBy: "<c:dLbl><c:idx val=\"3\"/>").count == 3)
        #expect(bars.contains("<a:t>约50%</a:t>"))
    }
}

extension ComparePageOneTests {
    /// The Chinese body names no file format and writes no Latin dash between per cents (review
    /// s4 P3-1): the data files are named in the 技术附录; the risk band reads 20%至80%.
    @Test func theChineseBodyLeavesFileNamesToTheAnnex() {
        #expect(!ComparisonSummary.tableNote(.zh).contains("CSV") && ComparisonSummary.tableNote(.zh).contains("技术附录"))
        let annex = ComparisonHTML.annex(Self.docs(), language: .zh).reproduction.joined()
        #expect(annex.contains("comparison.csv"))
        #expect(ChartSpec.Risk.uncertain.legend(.zh) == "存在不确定性（20%至80%）")
    }
}

extension ComparePageOneTests {
    /// A target on the plan's path in the reference but set by the scenario's own assumption
    /// (the investment programme's 29%: 51% → 55%) reads 约50% at 0.5 with no change in every
    /// format: the PDF's bars, Word's bars and the workbook's sheet (review s5 P1-4).
    @Test func aPlanPathTargetReadsAbout50InEveryFormat() throws {
        var docs = Self.docs()
        docs[1].targets = docs[1].targets.map {
            $0.indicator == "market_entities"
                ? LeaderFixture.target(
                    "market_entities", base: 0.65, target: 0.83, p: 0.546, needed: 0.05, simulated: 0.06,
                    evidence: "prior") : $0
        }
        let svg = ComparisonCharts.probabilities(docs, language: .zh)
        #expect(svg.components(separatedBy: ">约50%<").count == 3 && !svg.contains(">55%<"))
        let word = ComparisonOfficeCharts.word(docs, language: .zh)[0]
        #expect(!word.contains("<c:v>0.546</c:v>") && word.contains("<c:pt idx=\"3\"><c:v>0.5</c:v></c:pt>"))
        let xlsx = try ZipParts(Array(ComparisonWorkbook.xlsx(docs, language: .zh)))
        let sheet = String(
            decoding: try #require(try xlsx.part("xl/worksheets/sheet3.xml", limit: 10_000_000)), as: UTF8.self)
        #expect(!sheet.contains("<v>0.55</v>") && !sheet.contains("<v>4</v>"))
        #expect(
            ComparisonReport.onPlanPath("market_entities", docs) && !ComparisonReport.onPlanPath("retail_sales", docs))
    }
}
