import Foundation
import Testing

@testable import PlanData
@testable import Reports

/// A scenario's checks belong in the 技术附录; the body says them in one sentence
/// (各项检查均符合要求), or names in words the checks not met (the official's second review).
@Suite struct ChecksInAnnexTests {
    static func document(passed: Bool) -> ReportDocument {
        var d = LeaderFixture.document()
        d.checks = [.init(text: "check retail_sales min >= 0", passed: passed, value: 20.5, year: 2021)]
        return d
    }

    @Test func theBodySaysTheChecksInOneSentenceAndTheAnnexHoldsThem() throws {
        let html = HTMLReport.render(Self.document(passed: true), language: .zh)
        let parts = html.components(separatedBy: "<section class=\"annex\">")
        #expect(parts.count == 2)
        let (body, annex) = (parts[0], parts[1])
        #expect(body.contains("<p>各项检查均符合要求（共1项，明细见技术附录）。</p>"))
        #expect(!body.contains("各年最小值不低于0") && !body.contains("检查结果"))
        #expect(annex.contains("检查：社会消费品零售总额各年最小值不低于0：符合要求，最不利的是2021年的20.50亿元（check retail_sales min &gt;= 0）"))
        // Word likewise: one sentence in the body, no 检查结果 heading.
        let zip = try ZipParts(Array(try DOCXWriter.document(Self.document(passed: true), language: .zh)))
        let xml = String(decoding: try #require(try zip.part("word/document.xml", limit: 10_000_000)), as: UTF8.self)
        let wordBody = xml.components(separatedBy: "、技术附录</w:t>").first ?? ""
        #expect(
            wordBody.contains("各项检查均符合要求（共1项，明细见技术附录）。") && !wordBody.contains("检查结果")
                && !wordBody.contains("各年最小值不低于0"))
    }

    @Test func aCheckNotMetIsNamedInWords() {
        #expect(
            WhatIfSection.checkSummary(Self.document(passed: false), language: .zh)
                == "1项检查中1项未达到：社会消费品零售总额各年最小值不低于0（明细见技术附录）。")
        #expect(
            WhatIfSection.checkSummary(Self.document(passed: true), language: .en)
                == "The scenario's check is met (details in the technical annex).")
        #expect(WhatIfSection.checkSummary(LeaderFixture.document(), language: .zh) == nil)
    }
}
