import ArgumentParser
import Forecasting
import PlanData
import Reports
import Simulation

/// `plansim fit [--indicator ID] [--data FILE] [--json]`.
struct FitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fit",
        abstract: say(
            "对每个指标拟合所有模型族；显示选中的模型、备选模型及其得分。",
            "Fit every model family to each indicator; show the chosen one, the alternatives and their scores."))

    @Option(help: say("只看此指标（`id` 或中文名）。", "Only this indicator (id or Chinese name).")) var indicator: String?
    @OptionGroup var data: DataOptions
    @OptionGroup var lang: LanguageOption
    @Flag(help: say("输出 JSON（见 docs/json-formats.md）。", "Print JSON (docs/json-formats.md).")) var json = false

    func run() throws {
        let dataset = try data.dataset()
        let (model, allFits, core) = SimulationModel.baseline(dataset)
        var fits = allFits
        if let typed = indicator {
            guard let chosen = dataset.resolve(typed) else {
                throw InputIssue(
                    file: "--indicator", field: typed,
                    message: Phrase(zh: "未知指标 `\(typed)`", en: "unknown indicator `\(typed)`"),
                    help: DidYouMean.phrase(for: typed, among: dataset.typableNames)
                        ?? Phrase(zh: "`plansim data show` 列出全部指标", en: "`plansim data show` lists the indicators"))
            }
            fits = fits.filter { $0.indicator.id == chosen.id }
        }
        // The headline's sensitivity to K₀ and TFP, only for the whole table (it runs the model).
        let sensitivity = indicator == nil ? HeadlineSensitivity.evaluate(dataset) : nil
        var document = FitReport.json(fits, core: core, model: model, sensitivity: sensitivity)
        var text = FitReport.text(
            fits, core: core, language: lang.language, sensitivity: sensitivity,
            startingOutput: dataset.roles.flatMap { model.actuals[$0.output]?[model.firstYear - 1] },
            startingYear: model.firstYear - 1,
            linked: Set(dataset.roles?.all ?? []))
        if dataset.roles == nil {
            // A plan without linked-core roles has no linked core: say so instead of showing an unused fit.
            if case .object(let fields) = document {
                document = .object(fields.map { $0.0 == "linked_core" ? ($0.0, .null) : $0 })
            }
            let lines = text.components(separatedBy: "\n")
            let zh = lang.language == .zh
            text =
                (lines.prefix { !$0.hasPrefix(zh ? "联动核心——" : "linked core —") }
                + [
                    zh
                        ? "联动核心：无（该规划未指定投资、产出和就业的角色）"
                        : "linked core: none (the plan names no investment, output and employment roles)"
                ])
                .joined(separator: "\n")
        }
        print(json ? document.rendered() : text)
    }
}
