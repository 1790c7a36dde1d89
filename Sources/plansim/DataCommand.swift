import ArgumentParser
import PlanData
import Reports

/// `plansim data show|history|import`.
struct DataCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "data",
        abstract: say(
            "显示规划数据、重建的历史数据，或检查规划人员的 CSV。", "Show the plan's data, its reconstructed history, or check a planner's CSV."
        ),
        subcommands: [Show.self, History.self, Import.self],
        defaultSubcommand: Show.self
    )

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: say(
                "九项指标及其单位、类型、数值、目标和注意事项。", "The nine indicators with units, kinds, values, targets and caveats."))
        @OptionGroup var data: DataOptions
        @OptionGroup var lang: LanguageOption
        @Flag(help: say("输出 JSON（见 docs/json-formats.md）。", "Print JSON (docs/json-formats.md).")) var json = false

        func run() throws {
            let dataset = try data.dataset()
            print(
                json
                    ? DataRenderers.showJSON(dataset).rendered()
                    : DataRenderers.showText(dataset, language: lang.language))
        }
    }

    struct History: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: say("逐年数值及其来源：规划所印、重建或用户提供。", "Yearly values with their origin: printed, reconstructed or user."))
        @OptionGroup var data: DataOptions
        @OptionGroup var lang: LanguageOption
        @Flag(help: say("输出 JSON（见 docs/json-formats.md）。", "Print JSON (docs/json-formats.md).")) var json = false

        func run() throws {
            let dataset = try data.dataset()
            print(
                json
                    ? DataRenderers.historyJSON(dataset).rendered()
                    : DataRenderers.historyText(dataset, language: lang.language))
        }
    }

    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: say(
                "校验规划人员的 CSV 并显示它将改变什么；不作任何修改。",
                "Validate a planner's CSV and show what it would change; changes nothing."))
        @Argument(
            help: say("表头为 `indicator,year,value[,note]` 的 CSV。", "A CSV with header indicator,year,value[,note]."))
        var file: String
        @OptionGroup var planOption: PlanOption
        @OptionGroup var lang: LanguageOption
        @Flag(help: say("输出 JSON（见 docs/json-formats.md）。", "Print JSON (docs/json-formats.md).")) var json = false

        func run() throws {
            let plan = try PlanLoader.load(planOption.planFile)
            let user = try UserData.load(path: file, for: plan)
            let changes = plan.changes(to: plan.applying(user))
            print(
                json
                    ? DataImportRenderer.json(user, changes: changes).rendered()
                    : DataImportRenderer.text(user, changes: changes, language: lang.language))
        }
    }
}

/// `plansim targets`: the growth each target needs.
struct TargetsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "targets",
        abstract: say(
            "规划的每项目标、达标所需的年均增速，并列出基年前五年的增速作对照。",
            "Each target of the plan, the yearly growth it needs, and the growth of the five years before its base beside it."
        ))
    @OptionGroup var data: DataOptions
    @OptionGroup var lang: LanguageOption
    @Flag(help: say("输出 JSON（见 docs/json-formats.md）。", "Print JSON (docs/json-formats.md).")) var json = false

    func run() throws {
        let dataset = try data.dataset()
        let assessments = TargetArithmetic.assess(dataset)
        print(
            json
                ? TargetRenderers.json(dataset, assessments).rendered()
                : TargetRenderers.text(dataset, assessments, language: lang.language))
    }
}
