import ArgumentParser
import Foundation
import PlanData
import PlansimKit
import ScenarioDSL

/// Loads and reports a scenario file; shared by `check`, `explain` and `run`.
enum ScenarioFiles {
    static func program(_ path: String, dataset: Dataset, planSetting: Bool = true) throws -> ScenarioProgram {
        ScenarioProgram(path: path, bytes: try read(path), dataset: dataset, planSetting: planSetting)
    }

    /// The bytes of a scenario file named on the command line: a regular, readable file of
    /// at most 8 MB (a directory, FIFO or device is refused without opening it).
    static func read(_ path: String) throws -> [UInt8] { try ScenarioSource.read(path) }

    /// How many diagnostics are printed; the rest are counted.
    static let printLimit = 100

    /// The first ``printLimit`` diagnostics rendered with their source line and carets,
    /// then how many more there are.
    static func render(_ diagnostics: [Diagnostic], in program: ScenarioProgram, tally: Bool = true) -> String {
        let l = MessageLanguage.current
        var text = diagnostics.prefix(printLimit).map { original in
            let d = MessageLanguage.localized(original, l)
            return program.source(of: original).map { DiagnosticRenderer.render(d, in: $0) }
                ?? TerminalText.escaped("\(d.file ?? ""): \(d.severity.rawValue)[\(d.id)]: \(d.message)") + "\n"
                + (d.help.map { "  = help: \(TerminalText.escaped($0))\n" } ?? "")
        }.joined(separator: "\n")
        text = MessageLanguage.frame(text, l)
        let more = diagnostics.count - min(diagnostics.count, printLimit) + program.droppedDiagnostics
        if tally && more > 0 {
            text +=
                l == .zh
                ? "\n……另有 \(more) 条（只显示前 \(printLimit) 条；修正后请再检查）\n"
                : "\n… and \(more) more (only the first \(printLimit) are shown; fix these and check again)\n"
        }
        return text
    }

    static func fail(_ diagnostics: [Diagnostic], in program: ScenarioProgram) -> Never {
        let errors = diagnostics.filter { $0.severity == .error }.count + program.droppedDiagnostics
        let tally =
            MessageLanguage.current == .zh
            ? "发现 \(errors) 个错误；未运行任何内容" : "\(errors) error\(errors == 1 ? "" : "s") found; nothing was run"
        TerminalOutput.error((render(diagnostics, in: program) + "\n\(tally)\n"))
        Foundation.exit(1)
    }
}

/// `plansim check FILE… [--json]`.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: say("检查情景文件：一次列出每个文件的全部错误及其位置。", "Check scenario files: every error of every file, located, at once.")
    )
    @Argument(help: say("情景文件（.scn）。", "Scenario files (.scn).")) var files: [String]
    @Flag(
        help: say(
            "以 JSON 输出 `[{file, line, column, severity, message}]`。",
            "Print [{file, line, column, severity, message}] as JSON.")) var json = false
    @OptionGroup var lang: LanguageOption
    @OptionGroup var planOption: PlanOption

    func run() throws {
        let dataset = try PlanLoader.load(planOption.planFile)
        var all: [(Diagnostic, ScenarioProgram)] = []
        var summaries: [String] = []
        var programs: [ScenarioProgram] = []
        for file in files {
            let program = try ScenarioFiles.program(file, dataset: dataset, planSetting: planOption.planFile == nil)
            programs.append(program)
            let diagnostics = program.allDiagnostics()
            all += diagnostics.map { ($0, program) }
            if diagnostics.isEmpty && program.droppedDiagnostics == 0 {
                summaries.append(
                    MessageLanguage.current == .zh
                        ? "\(TerminalText.escaped(file))：无误（\(TerminalText.escaped(PlanLoader.contents(program)))）"
                        : "\(TerminalText.escaped(file)): ok (\(TerminalText.escaped(PlanLoader.contents(program))))")
            }
        }
        if json {
            let items: [JSONValue] = all.map { d, program in
                let (line, column) = program.source(of: d)?.location(d.range.start) ?? (0, 0)
                return .object([
                    ("file", .string(d.file ?? "")), ("line", .integer(line)), ("column", .integer(column)),
                    ("severity", .string(d.severity.rawValue)), ("message", .string(d.message)), ("id", .string(d.id)),
                    ("help", d.help.map(JSONValue.string) ?? .null),
                ])
            }
            print(JSONValue.array(items).rendered())
        } else {
            let dropped = programs.reduce(0) { $0 + $1.droppedDiagnostics }
            if !all.isEmpty || dropped > 0 {
                var text = all.prefix(ScenarioFiles.printLimit).map {
                    ScenarioFiles.render([$0.0], in: $0.1, tally: false)
                }.joined(separator: "\n")
                let total = all.count + dropped
                let zh = MessageLanguage.current == .zh
                if total > ScenarioFiles.printLimit {
                    text +=
                        zh
                        ? "\n……另有 \(total - ScenarioFiles.printLimit) 条（只显示前 \(ScenarioFiles.printLimit) 条）"
                        : "\n… and \(total - ScenarioFiles.printLimit) more (only the first \(ScenarioFiles.printLimit) are shown)"
                }
                TerminalOutput.error(
                    (text + (zh ? "\n发现 \(total) 个问题\n" : "\n\(total) problem\(total == 1 ? "" : "s") found\n")))
            }
            for summary in summaries { print(summary) }
        }
        if all.contains(where: { $0.0.severity == .error }) || programs.contains(where: { $0.droppedDiagnostics > 0 }) {
            throw ExitCode(1)
        }
    }
}

/// `plansim fmt FILE… [--check]`.
struct FormatCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fmt",
        abstract: say("按规范格式重写情景文件（或仅检查格式）。", "Rewrite scenario files in the canonical layout (or only check it)."))
    @Argument(help: say("情景文件（.scn）。", "Scenario files (.scn).")) var files: [String]
    @Flag(help: say("不作修改；有文件未按规范格式时退出码为 1。", "Change nothing; exit 1 if a file is not formatted.")) var check = false
    @OptionGroup var lang: LanguageOption

    func run() throws {
        var unformatted: [String] = []
        for file in files {
            let source = SourceFile(path: file, bytes: try ScenarioFiles.read(file))
            let tree = Parser.parse(source)
            if tree.diagnostics.contains(where: { $0.severity == .error }) {
                let program = ScenarioProgram(path: file, dataset: PlanFiles.embedded, planSetting: false)
                ScenarioFiles.fail(
                    program.diagnostics.filter { d in tree.diagnostics.contains { $0.range == d.range && $0.id == d.id }
                    }, in: program)
            }
            let formatted = Formatter.format(tree)
            guard formatted != source.text else { continue }
            if check {
                unformatted.append(file)
                continue
            }
            try AtomicFile.replace(file, with: Data(formatted.utf8))
            print(say("已格式化 \(TerminalText.escaped(file))", "formatted \(TerminalText.escaped(file))") as String)
        }
        if !unformatted.isEmpty {
            TerminalOutput.error(
                (unformatted.map(TerminalText.escaped).map {
                    say("\($0)：未按规范格式（请运行 `plansim fmt \($0)`）", "\($0): not formatted (run `plansim fmt \($0)`)")
                }.joined(separator: "\n") + "\n"))
            throw ExitCode(1)
        }
    }
}

/// `plansim explain FILE --scenario NAME`.
struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: say("显示情景解析后的各条语句及其来源。", "Show a scenario's resolved statements and where each came from."))
    @Argument(help: say("情景文件。", "A scenario file.")) var file: String
    @Option(help: say("情景（文件中有多个情景时必填）。", "The scenario (required when the file holds several).")) var scenario: String?
    @OptionGroup var lang: LanguageOption
    @OptionGroup var planOption: PlanOption

    func run() throws {
        let program = try ScenarioFiles.program(
            file, dataset: try PlanLoader.load(planOption.planFile), planSetting: planOption.planFile == nil)
        let diagnostics = program.allDiagnostics()
        if diagnostics.contains(where: { $0.severity == .error }) { ScenarioFiles.fail(diagnostics, in: program) }
        if program.order.isEmpty, program.files.first?.plans.isEmpty == false {
            print(PlanSummary.text(program.dataset, language: MessageLanguage.current))
            return
        }
        let name = try RunCommand.pick(scenario, in: program, file: file)
        let rows = program.explain(name)
        print(
            MessageLanguage.current == .zh
                ? "情景 \(name)——继承后共 \(rows.count) 条语句（其余为规划数据和基准假设）"
                : "scenario \(name) — \(rows.count) statement\(rows.count == 1 ? "" : "s") after inheritance (the rest: the plan's data and baseline assumptions)"
        )
        // In Chinese the statements are quoted as scenario text (「…」), as `run` quotes them.
        let quoted = rows.map {
            MessageLanguage.current == .zh ? "「\(TerminalText.escaped($0.text))」" : TerminalText.escaped($0.text)
        }
        let width = quoted.map(DisplayWidth.of).max() ?? 0
        for (text, row) in zip(quoted, rows) {
            print("  " + DisplayWidth.pad(text, to: width, left: true) + "   ← " + TerminalText.escaped(row.origin))
        }
    }
}
