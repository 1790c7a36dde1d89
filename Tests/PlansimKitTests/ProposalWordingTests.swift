import Artifacts
import Foundation
import PlanData
import PlansimKit
import Reports
import Testing

/// The proposal's wording after the official's third reading of 青溪镇's draft: a fall reads
/// 年均下降, a nil change 基本持平, the slower rows' shared reason is said once, and the
/// chart's diamond is named as the note names it (建议目标值).
@Suite struct ProposalWordingTests {
    @Test func fallsNilChangesAndSharedReasonsReadAsAPlannerWritesThem() throws {
        let set = try ProposeWorkflowTests.qingxi.get().proposals
        let fertiliser = try #require(set.proposals.first { $0.indicator == "fertiliser_use" })
        // 2796 吨 after a fall: the last period reads in words, not as −0.5%.
        #expect(
            ProposalWords.lastPeriod(fertiliser, language: .zh).hasPrefix("年均下降"),
            "\(ProposalWords.lastPeriod(fertiliser, language: .zh))")
        #expect(!ProposalWords.lastPeriod(fertiliser, language: .zh).contains("−"))
        #expect(
            ProposedTarget.pointsText(-0.004, zh: true) == "基本持平"
                && ProposedTarget.pointsText(0.04, zh: false) == "unchanged")
        #expect(ProposedTarget.pointsText(-0.3, zh: true) == "降低0.3个百分点")

        let report = ProposalReport(set, language: .zh, date: ProposalReportTests.date)
        for row in report.annexRows { for cell in row { #expect(!cell.contains("0.0个百分点"), "\(row)") } }
        // The table's note: the flag, then only the figure (the 上期实际 column is beside it).
        for row in report.tableRows {
            for cell in row { #expect(!cell.contains("低于上期实际增速") && !cell.contains("，低于上期"), "\(row)") }
        }
        // 三、: the rows whose model median is itself below the record share one line.
        let shared = report.issues.filter { $0.contains("模型预测增速本身低于上一时期实际增速的") }
        #expect(shared.count == 1, "\(report.issues)")
        #expect(report.issues.filter { $0.contains("模型预测增速低于上一时期实际增速（") }.isEmpty, "\(report.issues)")
        // Every slower row is still named in 三、.
        for p in set.proposals where p.showsSlower {
            #expect(report.issues.contains { $0.contains(p.nameZH) }, "\(p.nameZH)")
        }

        // The charts' legends (SVG text in the HTML) name the diamond as the note does.
        let html = report.html()
        #expect(html.contains("建议目标值</text>") && !html.contains("规划目标</text>"))
    }
}
