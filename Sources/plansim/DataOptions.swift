import ArgumentParser
import PlanData

/// Options every command that reads the plan's data shares.
struct DataOptions: ParsableArguments {
    @Option(
        name: .customLong("data"),
        help: ArgumentHelp(
            say(
                "自有逐年数据的 CSV（`indicator,year,value[,note]`）；替换规划所印或重建的数据点。",
                "A CSV of your own yearly values (indicator,year,value[,note]); they replace printed or reconstructed points."
            ), valueName: "FILE.csv"))
    var dataFile: String?
    @Option(
        name: .customLong("plan"),
        help: ArgumentHelp(
            say(
                "规划文件（见 docs/plan-files.md），代替内置的海滨街道“十四五”规划。",
                "A plan file (docs/plan-files.md) instead of the embedded Haibin 14th plan."), valueName: "FILE.plan"))
    var planFile: String?

    /// The plan: the file given with `--plan`, else the embedded default.
    func plan() throws -> Dataset { try PlanLoader.load(planFile) }

    /// The plan, with the user's file applied when one is given.
    func dataset() throws -> Dataset {
        let plan = try plan()
        guard let dataFile else { return plan }
        return plan.applying(try UserData.load(path: dataFile, for: plan))
    }
}

/// `--lang zh|en`; without it `PLANSIM_LANG`, then the locale, then Chinese (``OutputLanguage``).
struct LanguageOption: ParsableArguments {
    @Option(
        name: .customLong("lang"),
        help: say(
            "标签与消息的语言：`zh` 或 `en`（默认：PLANSIM_LANG，其次系统区域设置，再次 `zh`）。",
            "Language of labels and messages: zh or en (default: PLANSIM_LANG, else the locale, else zh)."))
    var choice: LanguageChoice?

    var language: Language { OutputLanguage.resolve(choice) }
}

/// The values `--lang` takes, in any case (kept in the CLI so no library type depends on ArgumentParser).
enum LanguageChoice: String, ExpressibleByArgument, CaseIterable, Sendable {
    case zh, en

    init?(argument: String) { self.init(rawValue: argument.lowercased()) }
}
