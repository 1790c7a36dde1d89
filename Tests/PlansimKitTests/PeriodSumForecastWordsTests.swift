import Testing

@testable import PlansimKit
@testable import Reports

/// The evaluation names a period total's forecast by what it is (eighth reading P2-7: a
/// five-year sum of investment was called "基期预测2025年中位数"). Expectations are exact words.
@Suite struct PeriodSumForecastWordsTests {
    @Test func aFiveYearSumIsCalledATotal() throws {
        let d = try CycleReportFormTests.qingxiEvaluation.get()
        let row = try #require(d.rows.first { $0.target.kind == .periodSum && $0.forecast != nil })
        let zh = EvaluationWords(d, .zh).analysis(row)
        #expect(zh.contains("基期预测\(row.target.baseYear + 1)—") && zh.contains("年累计中位数"), "\(zh)")
        #expect(!zh.contains("年中位数") || zh.contains("累计中位数"))
        #expect(EvaluationWords(d, .en).analysis(row).contains("total had a median"))
    }
}
