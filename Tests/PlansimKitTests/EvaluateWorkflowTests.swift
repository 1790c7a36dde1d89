import Artifacts
import Foundation
import PlanData
import PlansimKit
import PlansimTestSupport
import Reports
import Testing

/// `evaluate` in process: the workflow on Haibin's illustrative actuals, its artifact
/// written and read back by the same type, and each refusal of bad input (located, and
/// thrown before anything is computed or written).
@Suite struct EvaluateWorkflowTests {
    static let actualsPath = TestPaths.repository.appendingPathComponent(
        "plans/examples/haibin-14th-actuals-ILLUSTRATIVE.csv"
    ).path

    func request(_ csv: String? = nil, asOf: Int? = nil, band: Double = 0.9) throws -> EvaluateRequest {
        let plan = HaibinPlan.dataset()
        var path = Self.actualsPath
        if let csv {
            path = try Plansim.scratchDirectory().appendingPathComponent("a.csv").path
            try Data(csv.utf8).write(to: URL(fileURLWithPath: path))
        }
        let actuals = try UserData.load(path: path, for: plan)
        return EvaluateRequest(
            plan: plan, actuals: actuals, illustrative: csv == nil, asOf: asOf,
            convention: EvaluationConvention(largelyAchievedFrom: band), paths: 1000, seed: 7, threads: 1,
            date: (2026, 12, 7), version: "test")
    }

    func issues(_ r: EvaluateRequest) -> [InputIssue] {
        do {
            _ = try EvaluateWorkflow.run(r)
            return []
        } catch { return error.issues }
    }

    @Test func haibinFinalEvaluation() throws {
        let result = try EvaluateWorkflow.run(try request())
        let d = result.document
        #expect(d.illustrative && !d.midTerm && d.asOf == 2025)
        let output = try #require(d.rows.first { $0.indicator.id == "industrial_output" })
        // 38.1 against 39.4: 96.70 %, a ratio of two decimals (exact to 1e-12); indicative → 基本完成.
        #expect(abs((output.evaluation?.completion ?? 0) - 38.1 / 39.4) < 1e-12)
        #expect(output.evaluation?.status == .largelyAchieved)
        // Every indicator with actuals is judged or listed with its reason.
        let judged = Set(d.rows.filter { $0.evaluation != nil }.map(\.indicator.id)).union(
            d.skipped.map(\.indicator.id))
        #expect(Set(try request().actuals.points.map(\.indicator)).isSubset(of: judged))
        // The report's words: the plan named, 公文 date, binding first, the banner.
        let words = EvaluationWords(d, .zh)
        #expect(words.title == "天津市滨海新区海滨街道“十四五”规划主要指标完成情况评估")
        #expect(d.dateText(.zh) == "2026年12月7日")
        #expect(d.summary(.zh).hasPrefix("【示意数据"))
        #expect(!words.reasons.isEmpty && !words.problems.isEmpty && !words.suggestions.isEmpty)
    }

    /// 五、 drafts the next plan with propose's own paths and seed, whatever the evaluation's:
    /// its targets read exactly as `propose` prints them (the official's second review found
    /// 55% beside 56% and 91.4 beside 91.5亿元 when 五、 used the evaluation's paths).
    @Test func fiveGivesTheProposalsOwnFigures() throws {
        let r = try request()
        let d = try EvaluateWorkflow.run(r).document
        let proposal = try ProposeWorkflow.suggestions(
            ProposeRequest(
                plan: r.plan, actuals: r.actuals, illustrative: r.illustrative,
                baseYear: 2025, targetYear: 2030, threads: 1))
        #expect(!proposal.isEmpty)
        #expect(d.nextPlanTargets.map { $0.zh } == proposal.map(\.textZH))
    }

    @Test func artifactRoundTrips() throws {
        let artifact = try EvaluateWorkflow.run(try request()).artifact
        let data = try artifact.encoded()
        #expect(try EvaluationArtifact.decode(data, file: "evaluation.json") == artifact)
        let text = String(decoding: data, as: UTF8.self)
        for key in [
            "\"indicator\"", "\"target_year\"", "\"completion\"", "\"missing_years\"", "\"outside_interval\"",
            "\"version\" : 1",
        ] {
            #expect(text.contains(key), "\(key)")
        }
        let future = Data(text.replacingOccurrences(of: "\"version\" : 1", with: "\"version\" : 2").utf8)
        #expect(throws: InputIssue.self) { try EvaluationArtifact.decode(future, file: "evaluation.json") }
        let unknown = Data(text.replacingOccurrences(of: "\"基本完成\"", with: "\"差不多\"").utf8)
        #expect(throws: InputIssue.self) { try EvaluationArtifact.decode(unknown, file: "evaluation.json") }
    }

    /// Mid-term as of 2023: every judged target is 进度超前, 符合进度 or 滞后, with 60 % of time elapsed.
    @Test func midTerm() throws {
        let d = try EvaluateWorkflow.run(try request(asOf: 2023)).document
        #expect(d.midTerm && d.asOf == 2023)
        for r in d.rows where r.evaluation?.phase == .inProgress {
            #expect([.ahead, .onSchedule, .behind].contains(r.evaluation?.status), "\(r.indicator.id)")
            #expect(abs((r.evaluation?.timeElapsed ?? 0) - 0.6) < 1e-12)
            #expect(r.evaluation?.latestYear ?? 0 <= 2023)
        }
        #expect(EvaluationWords(d, .zh).title.hasSuffix("主要指标中期评估"))
    }

    @Test func actualsOutsideThePeriodAreRefusedWithTheirLine() throws {
        let found = issues(
            try request(
                "indicator,year,value\nindustrial_output,2021,31\nindustrial_output,2019,29\nretail_sales,2027,9\n"))
        #expect(found.map(\.line) == [3, 4])
        #expect(
            found.allSatisfy { $0.field == "year" && $0.message.contains("outside the evaluation period 2020–2025") })
    }

    @Test func conventionAndAsOfOutOfRangeAreRefused() throws {
        let band = issues(try request(band: 0.45))
        #expect(
            band.count == 1 && band.first?.file == "--largely-achieved-from"
                && band.first?.message.contains("outside 50–100 %") == true)
        let year = issues(try request(asOf: 2030))
        #expect(year.count == 1 && year.first?.file == "--as-of")
    }

    /// A copied row (same value) is harmless; two values for one year are a located conflict
    /// naming both; a word where a number belongs, or an indicator the plan lacks, is refused.
    @Test func conflictingDuplicatesTextAndUnknownIndicatorsAreRefused() throws {
        let plan = HaibinPlan.dataset()
        let dir = try Plansim.scratchDirectory()
        func load(_ text: String) -> [InputIssue] {
            let url = dir.appendingPathComponent("d.csv")
            try? Data(text.utf8).write(to: url)
            do {
                _ = try UserData.load(path: url.path, for: plan)
                return []
            } catch { return error.issues }
        }
        #expect(load("indicator,year,value\nretail_sales,2021,5\nretail_sales,2021,5\n").isEmpty)
        let conflict = load("indicator,year,value\nretail_sales,2021,5\nretail_sales,2021,6\n")
        #expect(
            conflict.count == 1 && conflict.first?.line == 3 && conflict.first?.message.contains("5.0 / 6.0") == true)
        let text = load("indicator,year,value\nretail_sales,2021,约5\n")
        #expect(text.count == 1 && text.first?.line == 2 && text.first?.field == "value")
        let unknown = load("indicator,year,value\nretail_sale,2021,5\n")
        #expect(unknown.first?.help?.contains("retail_sales") == true)
    }
}

/// Issue 21: the evaluation's base-year forecast and the baseline briefing are one
/// forecast — the same model, seed and paths — so they print the same figures (Haibin's
/// 2025 industrial output 37.33 in both, never 37.26 in one).
@Suite struct BaseYearForecastTests {
    /// The evaluation's defaults are the built-in baseline's `paths` and `seed`.
    @Test func evaluateDefaultsToTheBaselineRunsPathsAndSeed() throws {
        #expect(BuiltInScenarios.baseline.contains("    paths \(BaseYearForecast.paths)\n"))
        #expect(BuiltInScenarios.baseline.contains("    seed \(BaseYearForecast.seed)\n"))
        let actuals = try UserData.load(path: EvaluateWorkflowTests.actualsPath, for: HaibinPlan.dataset())
        let r = EvaluateRequest(plan: HaibinPlan.dataset(), actuals: actuals, illustrative: true)
        #expect(r.paths == BaseYearForecast.paths && r.seed == BaseYearForecast.seed)
    }

    /// On the same paths and seed the evaluation's forecast band is, bit for bit, the
    /// baseline run's 2025 P10, median and P90 (tolerance 0: one computation, not two).
    @Test func evaluationAndBriefingPrintTheSameForecast() throws {
        let plan = HaibinPlan.dataset()
        let actuals = try UserData.load(path: EvaluateWorkflowTests.actualsPath, for: plan)
        let evaluation = try EvaluateWorkflow.run(
            EvaluateRequest(
                plan: plan, actuals: actuals, illustrative: true, paths: 2_000,
                seed: BaseYearForecast.seed, threads: 2, date: (2026, 12, 7), version: "test"))
        let run = try RunWorkflow.run(
            RunRequest(
                source: .builtInBaseline, plan: plan, paths: 2_000, seed: BaseYearForecast.seed, threads: 1,
                invert: false))
        var compared = 0
        for row in evaluation.document.rows where row.target.kind == .level && row.target.targetYear == 2025 {
            guard let band = row.forecast, let ind = run.document.indicator(row.indicator.id),
                let y = ind.years.first(where: { $0.year == 2025 })
            else { continue }
            #expect(band.median == y.p50 && band.p10 == y.p10 && band.p90 == y.p90, "\(row.indicator.id)")
            compared += 1
        }
        #expect(compared >= 5, "most of Haibin's 2025 level targets are compared")
    }
}
