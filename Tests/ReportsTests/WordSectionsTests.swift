import Foundation
import Testing

@testable import PlanData
@testable import Reports

/// The PDF and the Word briefing have one section list: the same headings in the same
/// order and numbering, the history table and the 2035 column in both (the fourth
/// review's P2-4: leaders citing "第八部分" from different copies did not agree).
@Suite struct WordSectionsTests {
    /// The first- and second-level headings of the HTML/PDF briefing, in order.
    static func htmlHeadings(_ html: String) -> [String] {
        html.components(separatedBy: "<h").dropFirst().compactMap { part -> String? in
            guard part.hasPrefix("2>") || part.hasPrefix("3>") else { return nil }
            return String(part.dropFirst(2).prefix { $0 != "<" })
        }
    }

    /// The Word document's headings (page one's, 一、…, and the body's), in order.
    static func wordHeadings(_ docx: Data) throws -> [String] {
        let zip = try ZipParts(Array(docx))
        let xml = String(decoding: try #require(try zip.part("word/document.xml", limit: 10_000_000)), as: UTF8.self)
        return xml.components(separatedBy: "<w:p>").dropFirst().compactMap { p -> String? in
            guard
                ["LeadHeading", "Heading1", "Heading2"].contains(where: { p.contains("<w:pStyle w:val=\"\($0)\"/>") })
            else { return nil }
            return p.components(separatedBy: "<w:t xml:space=\"preserve\">").dropFirst().map {
                String($0.prefix { $0 != "<" })
            }.joined()
        }
    }

    @Test(arguments: [Language.zh, .en])
    func wordHasThePDFsSections(_ l: Language) throws {
        for d in [LeaderFixture.document(), LeaderFixture.whatIf()] {
            let html = Self.htmlHeadings(HTMLReport.render(d, language: l))
            let word = try Self.wordHeadings(try DOCXWriter.document(d, language: l))
            #expect(word == html, "\(d.scenario) \(l)")
        }
        let word = try Self.wordHeadings(try DOCXWriter.document(LeaderFixture.whatIf(), language: .zh))
        #expect(word.contains("六、本情景的假设与影响") && word.contains("（一）假设") && word.contains("（二）与基准情景的差异（同一组随机数）"))
        #expect(word.contains("八、历史数据"))
    }

    /// Word's 专栏1 has the 2035 column and the PDF's key; its history table the PDF's marks.
    @Test func wordHasThe2035ColumnTheKeyAndTheHistory() throws {
        let zip = try ZipParts(Array(try DOCXWriter.document(LeaderFixture.document(), language: .zh)))
        let xml = String(decoding: try #require(try zip.part("word/document.xml", limit: 10_000_000)), as: UTF8.self)
        #expect(xml.contains(">2035<") && xml.contains(">预测<"))
        #expect(xml.contains(">达标概率：按现有走势和假设测算达到目标的可能性；累计目标按五年累计值判断"))
        // History 2014–2020 with the rebuilt years marked, at the plan's precision (30.02 → 2 decimals).
        #expect(xml.contains(">2014<") && xml.contains(">30.02<") && xml.contains("*</w:t>"))
        #expect(xml.contains(HTMLReport.historyNote(.zh)))
    }
}

extension WordSectionsTests {
    /// results.json keeps the scenario's title, so `plansim report` re-renders 情景：疫情冲击情景,
    /// never the code name (seen re-rendering the what-if for the fifth review).
    @Test func resultsKeepTheScenarioTitle() throws {
        let d = LeaderFixture.whatIf()
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("title-\(UUID().uuidString).json")
        defer { try? FileManager.default.removeItem(at: url) }
        try Data(RunReport.json(d).rendered().utf8).write(to: url)
        let back = try ReportDocument(resultsFile: url.path)
        #expect(back.scenarioTitle == ScenarioTitle(zh: "疫情冲击情景", en: "Epidemic shock"))
        #expect(LeaderPage(run: back, language: .zh).subtitle == "情景：疫情冲击情景")
    }
}
