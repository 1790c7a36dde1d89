import Foundation
import PlanData
import PlansimKit
import Reports
import ScenarioDSL
import Simulation
import Testing

/// The horizon and the long-run year come from the plan (its vision: the latest target
/// after its period), 2035 when the plan states none.
@Suite struct VisionHorizonTests {
    /// Haibin's 14th plan with one more target, for 2030, after its 2021–2025 period (and
    /// its English title's vision year said as 2030): a plan whose vision is 2030.
    static func vision2030() throws -> Dataset {
        let text = EmbeddedPlanText.haibin14th
            .replacingOccurrences(of: "target 2025 39.4 亿元\n", with: "target 2025 39.4 亿元\n        target 2030 55 亿元\n")
            .replacingOccurrences(of: "and 2035 vision", with: "and 2030 vision")
        return try PlanFiles.compile(SourceFile(path: "vision-2030.plan", text: text), origin: "plan").get()
    }

    /// Four-digit numbers from 2031 to 2099 standing alone, not part of a longer number or
    /// of a decimal (simulated values such as 2064.49 people are not years): a year past 2030.
    static func yearsPast2030(_ text: String) -> [String] {
        let pattern = try! NSRegularExpression(pattern: "(?<![0-9.])20(3[1-9]|[4-9][0-9])(?![0-9]|\\.[0-9])")
        return pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)).map {
            String(text[Range($0.range, in: text)!])
        }
    }

    @Test func aPlanWithoutAVisionLooksTo2035() {
        let haibin = PlanFiles.embedded
        #expect(haibin.visionYear == nil && haibin.longRunYear == 2035 && haibin.defaultHorizon == 2035)
        let model = SimulationModel.baseline(haibin).0
        #expect(model.horizon == 2035 && model.longRunYear == 2035)
    }

    @Test func aVisionOf2030SetsHorizonAndConvergence() throws {
        let plan = try Self.vision2030()
        #expect(plan.visionYear == 2030 && plan.longRunYear == 2030 && plan.defaultHorizon == 2030)
        let (model, fits, _) = SimulationModel.baseline(plan)
        #expect(model.horizon == 2030 && model.longRunYear == 2030)
        let damped = fits.flatMap { [$0.chosen] + $0.alternatives }.filter { $0.family == .damped }
        #expect(!damped.isEmpty)
        #expect(damped.allSatisfy { $0.rule == .damped(convergenceYear: 2030) })
    }

    /// The built-in baseline of a plan whose vision is 2030 runs to 2030: no year past 2030
    /// in the terminal briefing or any file `plansim run` writes by default, in both languages.
    @Test(arguments: [Language.zh, .en])
    func aRunOfA2030PlanSaysNoLaterYear(language: Language) throws {
        let outcome = try RunWorkflow.run(
            RunRequest(
                source: .builtInBaseline, plan: try Self.vision2030(), paths: 1_000, seed: 7, threads: 1,
                language: language))
        var texts = [("terminal", TextBriefing.render(outcome.document, language: language))]
        texts += try outcome.files().map { ($0.name, String(decoding: $0.contents, as: UTF8.self)) }
        #expect(texts.count >= 5)
        for (name, text) in texts {
            let later = Self.yearsPast2030(text)
            #expect(later.isEmpty, "\(name) says \(later.prefix(5))")
        }
    }
}
