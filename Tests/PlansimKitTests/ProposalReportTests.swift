import Artifacts
import Foundation
import PlanData
import PlansimKit
import Reports
import Testing

/// The proposal report: page one in 公文 form for a leader, code names only in the annex,
/// every office format written.
@Suite struct ProposalReportTests {
    static let date = Date(timeIntervalSince1970: 1_796_601_600)  // 2026-12-07 (Asia/Shanghai)

    @Test func pageOneIsForALeaderAndCodeStaysInTheAnnex() throws {
        let set = try ProposeWorkflowTests.result.get().proposals
        let report = ProposalReport(set, language: .zh, date: Self.date)
        #expect(report.title == "关于“十五五”规划主要指标的建议")
        #expect(report.subtitle.first?.hasSuffix("2026年12月7日") == true, "\(report.subtitle)")
        let html = report.html()
        for heading in ["一、总体考虑", "二、主要指标建议", "三、需要关注的问题", "技术附录"] { #expect(html.contains(heading)) }
        #expect(html.range(of: "一、总体考虑")!.lowerBound < html.range(of: "技术附录")!.lowerBound)
        // Page one (all but the ILLUSTRATIVE banner, which every output made from made-up
        // actuals carries) has no Latin letters: no ids, file names or options.
        let pageOne = report.overview + report.tableHeaders + report.tableRows.flatMap { $0 } + report.issues + [report.tableNote, report.title]
        for text in pageOne { #expect(text.range(of: "[A-Za-z]", options: .regularExpression) == nil, "\(text)") }
        // The ids appear in the annex only.
        #expect(report.annexRows.map { $0[0] } == set.proposals.map(\.indicator))
        #expect(report.tableRows.count == set.proposals.count)
    }

    @Test func everyOfficeFormatIsWritten() throws {
        let set = try ProposeWorkflowTests.result.get().proposals
        let files = try ProposalReport.files(set, formats: [.md, .html, .docx, .xlsx, .json], language: .zh, date: Self.date)
        #expect(files.map(\.name) == ["proposal.md", "proposal.html", "proposal.docx", "proposal.xlsx", "proposals.json"])
        for f in files where f.name.hasSuffix("x") { #expect(f.contents.starts(with: Array("PK".utf8)), "\(f.name)") }
        #expect(try ProposalSet.decode(files[4].contents) == set)
        let english = try ProposalReport.files(set, formats: [.md], language: .en, date: Self.date)
        #expect(english.first?.name == "proposal-en.md")
        #expect(String(decoding: english[0].contents, as: UTF8.self).contains("1. Overall approach"))
    }
}
