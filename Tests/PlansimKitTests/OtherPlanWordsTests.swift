import Foundation
import PlanData
import PlansimKit
import PlansimTestSupport
import Reports
import ScenarioDSL
import Testing

/// A plan other than Haibin's (青溪镇's 14th plan) leaves no Haibin words in a run's
/// outputs: the terminal briefing and every file `plansim run` writes by default (md, html,
/// csv, json), in both languages. (The PDF, Word and Excel files and the evaluate, propose,
/// compare and sweep outputs were grepped by hand on 2026-12-07, pdftotext for the PDFs.)
@Suite struct OtherPlanWordsTests {
    static let haibin = ["海滨", "滨海", "Haibin", "haibin", "2021-09-29"]

    @Test(arguments: [Language.zh, .en])
    func aQingxiRunSaysNothingOfHaibin(language: Language) throws {
        let path = TestPaths.repository.appendingPathComponent("plans/examples/qingxi-14th.plan").path
        let plan = try PlanFiles.load(path: path).get()
        let outcome = try RunWorkflow.run(
            RunRequest(
                source: .builtInBaseline, plan: plan, paths: 1_000, seed: 7, threads: 1,
                language: language))
        var texts = [("terminal", TextBriefing.render(outcome.document, language: language))]
        texts += try outcome.files().map { ($0.name, String(decoding: $0.contents, as: UTF8.self)) }
        #expect(texts.count >= 5)
        for (name, text) in texts {
            for word in Self.haibin {
                #expect(!text.contains(word), "\(name) says \(word)")
            }
        }
        let title = outcome.document.title(language)
        // Without `title_en` the English title names the plan by its period, never in Chinese.
        #expect(
            language == .zh
                ? title.contains("青溪镇") : title.hasPrefix("Main indicators of the 14th Five-Year Plan (2021–2025)"),
            "\(title)")
    }
}
