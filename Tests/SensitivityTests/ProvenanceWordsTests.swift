import Testing

@testable import Sensitivity

/// A sweep folder's refusal names what changed in the reader's language; the manifest
/// keeps the English part names.
@Suite struct ProvenanceWordsTests {
    @Test func partsAreNamedInChinese() {
        #expect(
            SweepPlan.chinese("settings (scenario, sweep, N, seed, paths per sample, plansim version)")
                == "设置（情景、敏感性分析、N、种子、每样本路径数、plansim 版本）")
        #expect(SweepPlan.chinese("scenario file sw2.scn") == "情景文件 sw2.scn ")
        #expect(SweepPlan.chinese("data file a.csv") == "数据文件 a.csv ")
    }
}
