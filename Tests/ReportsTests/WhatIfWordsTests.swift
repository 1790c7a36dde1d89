import PlanData
import Testing

@testable import Reports

/// A scenario's statements in a briefing's words: amounts carry a true minus sign and the
/// unit in the report's language (a Chinese unit written in the scenario must not appear
/// in an English briefing).
@Suite struct WhatIfWordsTests {
    @Test func shockAmountsSpeakTheReportsLanguage() {
        let d = ReportRenderingTests.document()
        let zh = AssumptionWords.describe("shock new_employment -400 人 in 2022", in: d, language: .zh)
        let en = AssumptionWords.describe("shock new_employment -400 人 in 2022", in: d, language: .en)
        #expect(zh == "新增就业人口在2022年受一次性冲击−400人（此后回到原路径）")
        #expect(en == "a one-off shock of −400 persons to New employment in 2022 (back on its path afterwards)")
        let percent = AssumptionWords.describe("shock retail_sales -15% in 2022", in: d, language: .en)
        #expect(
            percent == "a one-off shock of −15% to Retail sales of consumer goods in 2022 (back on its path afterwards)"
        )
    }

    /// A check's worst value is shown as the indicator's own table shows it: its decimals and unit.
    @Test func checkWorstValuesUseTheIndicatorsDecimalsAndUnit() {
        var d = ReportRenderingTests.document()
        d.checks = [
            .init(text: "check new_employment min >= 0", passed: true, value: 0.014055, year: 2034),
            .init(text: "check industrial_output min >= 20", passed: false, value: 19.4567, year: 2022),
        ]
        // The check in words; its statement is in the technical annex.
        // In words, no ✓/✗ marks (a leader reads 符合要求 / 未达到); a minimum from one path in the
        // heavy tail says so and what 95% of that year's paths do (issue 24).
        let zh = WhatIfSection.checkItems(d, language: .zh)
        #expect(
            zh.first?.hasPrefix("新增就业人口各年最小值不低于0：符合要求，最不利的是2034年的0人；该值来自重尾中的个别路径，不宜据以判断，该年95%的路径不低于") == true, "\(zh)")
        #expect(zh.last == "工业总产值各年最小值不低于20：未达到，最不利的是2022年的19.46亿元")
        #expect(OfficialForm.latinWords(zh.joined()) == [])
        #expect(
            WhatIfSection.checkItems(d, language: .en)[1]
                == "Industrial output minimum at least 20: not met; the least favourable value is 19.46 100m yuan in 2022"
        )
    }

    /// A what-if of one-off shocks that leaves every probability where it was says why
    /// (the shocks fade before the target year) and how to write a lasting change; a
    /// permanent change gets no such sentence.
    @Test func oneOffShocksThatChangeNothingSayWhy() {
        var d = ReportRenderingTests.document()
        d.baseline = .init(d)
        d.assumptions = [.init(text: "shock retail_sales -15% in 2022", origin: "test.scn:3")]
        let zh = BriefingSummary.scenarioParagraph(d, language: .zh)
        #expect(zh.contains("原因：这些冲击都是一次性的，模型假定受冲击的指标此后完全恢复，到2025年影响已消退"))
        #expect(BriefingSummary.scenarioParagraph(d, language: .en).contains("the shocks are one-off"))
        d.assumptions = [.init(text: "shock retail_sales -15% from 2022", origin: "test.scn:3")]
        #expect(!BriefingSummary.scenarioParagraph(d, language: .en).contains("one-off"))
    }

    /// Markdown keeps apostrophes as written (an entity would show as `&#39;` once its `#`
    /// is escaped) while raw HTML and Markdown's own characters stay inert.
    @Test func markdownKeepsApostrophes() {
        #expect(Markup.markdown("the plan's <b> #1\r\nx") == "the plan's &lt;b&gt; \\#1 x")
        #expect(
            InversionSentences.a("80%") == "an 80%" && InversionSentences.a("50%") == "a 50%"
                && InversionSentences.a("18%") == "an 18%")
    }

    /// Word and Excel charts say what the table says: the investment fan plots yearly
    /// amounts under a period-sum target, and the plan-path probability is not a forecast.
    @Test func officeChartsMarkYearlyAmountsAndThePlanPath() {
        let d = ReportRenderingTests.document()
        let zh = WordCharts.charts(d, language: .zh), en = WordCharts.charts(d, language: .en)
        #expect(zh[0].contains("累计固定资产投资总额（2021—2025累计；规划路径，非预测）") && en[0].contains("; plan path, not a forecast)"))
        #expect(zh.contains { $0.contains("累计固定资产投资总额（当年值）") } && en.contains { $0.contains("(yearly)") })
        #expect(XLSXCharts.charts(d, language: .zh, dataSheet: "图表数据").contains { $0.contains("累计固定资产投资总额（当年值）") })
    }
}
