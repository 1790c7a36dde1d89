import Foundation
import Testing

@testable import PlanData
@testable import Reports

/// A what-if's page one says how large its shocks were — size, indicator and year in
/// plain words — and that full recovery is the model's assumption, not actual data (the
/// fourth review's P2-3: the size was only on pages 2–3).
@Suite struct ShockSizeTests {
    @Test func oneOffShocksThatChangeNothingGiveTheirSize() {
        var d = ReportRenderingTests.document()
        d.baseline = .init(d)
        d.assumptions = [
            .init(text: "shock retail_sales -15% in 2022", origin: "epidemic_shock.scn:7"),
            .init(text: "shock industrial_output -8% in 2022", origin: "epidemic_shock.scn:9"),
            .init(text: "shock new_employment -400 人 in 2022", origin: "epidemic_shock.scn:10"),
        ]
        let zh = WhatIfFinding.sentence(d, language: .zh)
        #expect(
            zh
                == "本情景假定2022年社会消费品零售总额下降15%、工业总产值下降8%、新增就业人口减少400人，均为一次性冲击；模型假定此后完全恢复（属假定，非实际数据），到2025年影响已消退，各项目标的判断不变。"
        )
        #expect(OfficialForm.latinWords(zh ?? "") == [])
        let en = WhatIfFinding.sentence(d, language: .en) ?? ""
        #expect(en.hasPrefix("The scenario assumes one-off shocks: in 2022 "))
        #expect(en.contains("−15%") && en.contains("−400 persons") && en.contains("an assumption, not actual data"))
        // On page one, as 一、's first sentence.
        #expect(LeaderPage(run: d, language: .zh).judgement.first == zh)
    }

    /// A shock that moves odds gives its size before the change; a lasting one says 自…年起.
    @Test func aShockThatMovesOddsGivesItsSizeFirst() {
        let d = LeaderFixture.whatIf()
        let zh = WhatIfFinding.sentence(d, language: .zh) ?? ""
        #expect(zh.hasPrefix("本情景假定2022年社会消费品零售总额下降15%。与基准情景相比，本情景影响最大的是社会消费品零售总额"))
        var lasting = d
        lasting.assumptions = [.init(text: "shock retail_sales 5% from 2023", origin: "t.scn:3")]
        #expect(WhatIfFinding.shockWords(lasting, language: .zh) == "自2023年起社会消费品零售总额增长5%")
    }
}
