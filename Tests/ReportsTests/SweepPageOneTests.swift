import Foundation
import PlanData
import Testing

@testable import Reports

/// The sweep's page one and body as a leader reads them (the fourth review's P2-11 and
/// P2-12): 二、主要影响因素, not 可调控因素, when the drivers are nobody's lever, said once;
/// the notice that the period it analyses has ended; a foot on what its shares mean; and
/// the body in plain words, the method's symbols and names only in the 技术附录.
@Suite struct SweepPageOneTests {
    @Test func pageOneHasAnHonestHeadingTheNoticeAndItsOwnFoot() {
        let page = LeaderPage(sweep: SweepDirectionTests.summary(), language: .zh)
        #expect(page.sections.map(\.heading) == ["一、总体判断", "二、主要影响因素"])
        // Both drivers are economic structure: each with its direction, whose hands once.
        #expect(
            page.levers == [
                "当前全要素生产率增速：越高越有利。", "折旧率：越高越不利。", "以上因素均属经济结构和技术条件，不在街道直接调控范围内。",
            ])
        // Dated after 2025 (the summary has no date: today, December 2026 or later).
        #expect(page.notice?.hasPrefix("提示：规划期（2021—2025年）已于2025年结束") == true)
        #expect(page.notice?.contains("本分析依据截至2020年的数据") == true)
        #expect(page.footnote.hasPrefix("数据截至2020年；报告日期："))
        #expect(page.footnote.contains("可解释约几成") && !page.footnote.contains("所称概率"))
        #expect(OfficialForm.latinWords(page.allText) == [])
        let en = LeaderPage(sweep: SweepDirectionTests.summary(), language: .en)
        #expect(en.sections.map(\.heading) == ["1. Overall judgement", "2. What drives it"])
        #expect(en.notice?.contains("retrospective") == true)
        // A sweep made while the period ran has no notice.
        var early = SweepDirectionTests.summary()
        early.created = "2024-05-01T00:00:00Z"
        #expect(LeaderPage(sweep: early, language: .zh).notice == nil)
    }

    /// The body (analysis, table, chart) holds no Sₜ, S₁, Sobol, Spearman, 龙卷风 or 度量;
    /// the annex keeps the terms.
    @Test(arguments: [Language.zh, Language.en])
    func theBodyIsInPlainWords(_ l: Language) throws {
        let html = SweepDirectionTests.summary().html(language: l)
        let parts = html.components(separatedBy: "<section class=\"annex\">")
        let body = try #require(parts.first)
        for jargon in ["Sₜ", "S₁", "ΣS₁", "Sobol", "Spearman", "龙卷风", "Tornado", "度量", "自助", "bootstrap", "N = "] {
            #expect(!body.contains(jargon), "\(jargon) in the \(l) body")
        }
        #expect(parts.count == 2 && parts[1].contains("Sₜ"))
        let zh = SweepDirectionTests.summary().paragraphs(language: .zh)
        #expect(zh[0].contains("当前全要素生产率增速（可解释约60%的差异，95%区间55%至65%）"), "\(zh[0])")
        #expect(html.contains(l == .zh ? "各因素影响大小图" : "How much each factor matters"))
    }
}
