import ArgumentParser
import Foundation
import PlanData
import ScenarioDSL

/// `plansim plan show|export|import`: plans as data (docs/plan-files.md).
struct PlanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan",
        abstract: "Show a plan file (or the embedded default), export the default as a file, or import a 专栏 table.",
        subcommands: [Show.self, Export.self, PlanImportCommand.self],
        defaultSubcommand: Show.self)

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "The plan's title, indicators, base values, targets and caveats.")
        @Argument(help: "A plan file; the embedded Haibin 14th plan when omitted.") var file: String?
        @OptionGroup var lang: LanguageOption

        func run() throws {
            print(PlanSummary.text(try PlanLoader.load(file), language: lang.language))
        }
    }

    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Write the embedded default plan as a file, to edit or to start another plan from.")
        @Option(help: "The file to write (refused if it exists, unless --force).") var out: String
        @Flag(help: "Overwrite an existing file.") var force = false

        func run() throws {
            guard force || !FileManager.default.fileExists(atPath: out) else {
                throw InputIssue(file: out, message: "the file exists already", help: "choose another name, or add --force")
            }
            try AtomicFile.write(Data(EmbeddedPlanText.haibin14th.utf8), to: URL(fileURLWithPath: out))
            print("wrote \(out) (the embedded Haibin 14th plan)")
        }
    }
}
