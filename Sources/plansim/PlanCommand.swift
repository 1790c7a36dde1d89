import ArgumentParser
import Foundation
import PlanData
import ScenarioDSL

/// `plansim plan show|export|import`: plans as data (docs/plan-files.md).
struct PlanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan",
        abstract: say(
            "显示规划文件（或内置的默认规划），将默认规划导出为文件，或导入专栏表格。",
            "Show a plan file (or the embedded default), export the default as a file, or import a 专栏 table."),
        subcommands: [Show.self, Export.self, PlanImportCommand.self],
        defaultSubcommand: Show.self)

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: say("规划的标题、指标、基期值、目标和注意事项。", "The plan's title, indicators, base values, targets and caveats."))
        @Argument(help: say("规划文件；省略时用内置的海滨街道“十四五”规划。", "A plan file; the embedded Haibin 14th plan when omitted."))
        var file: String?
        @OptionGroup var lang: LanguageOption

        func run() throws {
            print(PlanSummary.text(try PlanLoader.load(file), language: lang.language))
        }
    }

    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: say(
                "将内置的默认规划写成文件，供编辑或作为另一份规划的起点。",
                "Write the embedded default plan as a file, to edit or to start another plan from."))
        @Option(help: say("要写入的文件（已存在则拒绝，除非加 --force）。", "The file to write (refused if it exists, unless --force)."))
        var out: String
        @Flag(help: say("覆盖已有文件。", "Overwrite an existing file.")) var force = false

        func run() throws {
            guard force || !FileManager.default.fileExists(atPath: out) else {
                throw InputIssue(
                    file: out, message: Phrase(zh: "文件已存在", en: "the file exists already"),
                    help: Phrase(zh: "请另取一个名字，或加 --force", en: "choose another name, or add --force"))
            }
            try AtomicFile.write(Data(EmbeddedPlanText.haibin14th.utf8), to: URL(fileURLWithPath: out))
            print(say("已写出 \(out)（内置的海滨街道“十四五”规划）", "wrote \(out) (the embedded Haibin 14th plan)") as String)
        }
    }
}
