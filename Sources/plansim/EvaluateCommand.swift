import ArgumentParser
import Foundation
import PlanData
import Reports
import Simulation

/// `plansim evaluate --data ACTUALS.csv [--plan FILE] [--json] [--out DIR]`: the final
/// evaluation (总结评估) of a plan against its actual figures.
struct EvaluateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "evaluate",
        abstract: say("以实际数据评估规划：完成度、完成/基本完成/未完成/提前完成，并列出各项的基年预测。", "Evaluate a plan against actual figures: completion, 完成/基本完成/未完成/提前完成, and the base-year forecast beside each."))

    @Option(name: .customLong("data"), help: ArgumentHelp(say("实际数据：`indicator,year,value[,note]`。", "The actual figures: indicator,year,value[,note]."), valueName: "ACTUALS.csv")) var dataFile: String
    @OptionGroup var planOption: PlanOption
    @Option(help: say("将 `evaluation.{json,csv,md,html,xlsx}` 写入此目录。", "Write evaluation.{json,csv,md,html,xlsx} into this directory.")) var out: String?
    @Option(help: say("基年预测的蒙特卡洛路径数。", "Monte Carlo paths of the base-year forecast.")) var paths = 20_000
    @Option(help: say("基年预测的随机种子。", "Seed of the base-year forecast.")) var seed: UInt64 = 20_210_929
    @Option(help: say("工作线程数（默认：全部核心）。", "Worker threads (default: all cores).")) var threads: Int?
    @OptionGroup var lang: LanguageOption
    @Flag(help: say("输出 JSON 文档（见 docs/json-formats.md）。", "Print the JSON document (docs/json-formats.md).")) var json = false

    func validate() throws {
        guard (100...RunOptions.maximumPaths).contains(paths) else { throw ValidationError(say("--paths 须在 100 至 \(RunOptions.maximumPaths) 之间", "--paths must be from 100 to \(RunOptions.maximumPaths)")) }
        guard (threads ?? 1) >= 1 else { throw ValidationError(say("--threads 至少为 1", "--threads must be at least 1")) }
    }

    func run() throws {
        let inputs = try CycleInputs.load(plan: planOption.planFile, data: dataFile)
        let document = Self.evaluate(inputs, paths: paths, seed: seed, threads: threads ?? ProcessInfo.processInfo.activeProcessorCount)
        if let out { try AtomicWriter.write(EvaluationRenderers.files(document, language: lang.language), into: URL(fileURLWithPath: out)) }
        print(json ? EvaluationRenderers.json(document).rendered() : EvaluationRenderers.text(document, language: lang.language))
        if let out, !json { print((lang.language == .zh ? "报告已写入 " : "Reports written to ") + out + "/") }
    }

    /// The evaluation: the shared rules (``TargetEvaluation``) on the actuals; the forecast
    /// the plan's own data gave at its base year; in-progress targets judged by the
    /// probability of a forecast conditioned on the actuals.
    static func evaluate(_ inputs: CycleInputs, paths: Int, seed: UInt64, threads: Int) -> EvaluationDocument {
        let plan = inputs.plan, data = inputs.withActuals
        let horizon = max(2025, plan.targets.map(\.targetYear).max() ?? 2025)
        let options = RunOptions(paths: paths, seed: seed, threads: threads)
        let before = MonteCarlo.run(SimulationModel.baseline(plan, horizon: horizon).0, options: options)
        var evaluations = plan.targets.map { TargetEvaluation.evaluate($0, series: data.series($0.indicator)) }
        if evaluations.contains(where: { $0?.phase == .inProgress }) {
            let now = MonteCarlo.run(SimulationModel.baseline(data, horizon: horizon).0, options: options)
            evaluations = plan.targets.enumerated().map { k, t in
                TargetEvaluation.evaluate(t, series: data.series(t.indicator), probability: now.targets[k].probability)
            }
        }
        let rows = plan.targets.enumerated().map { k, t -> EvaluationRow in
            let e = evaluations[k]
            let band: ForecastBand?
            if t.kind == .periodSum {
                let o = before.targets[k]
                band = e?.phase == .ended ? ForecastBand(p10: o.p10, median: o.median, p90: o.p90) : nil
            } else if let y = before.indicators.first(where: { $0.indicator == t.indicator })?.year(e?.latestYear ?? t.targetYear) {
                band = ForecastBand(p10: y.p10, median: y.p50, p90: y.p90)
            } else {
                band = nil
            }
            return EvaluationRow(indicator: plan.indicator(t.indicator)!, target: t, evaluation: e, forecast: band)
        }
        return EvaluationDocument(plan: plan.plan, rows: rows, illustrative: inputs.illustrative,
                                  provenance: inputs.provenance(["forecast: the baseline model on the plan's own data (no actuals), \(paths) paths, seed \(seed)"]),
                                  notes: plan.notes)
    }
}
