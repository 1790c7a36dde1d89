import ArgumentParser
import Foundation
import PlanData
import ScenarioDSL

/// Loads and reports a scenario file; shared by `check`, `explain` and `run`.
enum ScenarioFiles {
    static func program(_ path: String, dataset: Dataset, planSetting: Bool = true) throws -> ScenarioProgram {
        guard FileManager.default.fileExists(atPath: path) else {
            throw InputIssue(file: path, message: "no such scenario file", help: "check the path; scenarios/ holds examples")
        }
        return ScenarioProgram(path: path, dataset: dataset, planSetting: planSetting)
    }

    /// Every diagnostic rendered with its source line and carets.
    static func render(_ diagnostics: [Diagnostic], in program: ScenarioProgram) -> String {
        diagnostics.map { d in
            program.source(of: d).map { DiagnosticRenderer.render(d, in: $0) } ?? "\(d.file ?? ""): \(d.severity.rawValue)[\(d.id)]: \(d.message)\n"
        }.joined(separator: "\n")
    }

    static func fail(_ diagnostics: [Diagnostic], in program: ScenarioProgram) -> Never {
        let errors = diagnostics.filter { $0.severity == .error }.count
        FileHandle.standardError.write(Data((render(diagnostics, in: program) + "\n\(errors) error\(errors == 1 ? "" : "s") found; nothing was run\n").utf8))
        Foundation.exit(1)
    }
}

/// `plansim check FILE… [--json]`.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "check", abstract: "Check scenario files: every error of every file, located, at once.")
    @Argument(help: "Scenario files (.scn).") var files: [String]
    @Flag(help: "Print [{file, line, column, severity, message}] as JSON.") var json = false
    @OptionGroup var planOption: PlanOption

    func run() throws {
        let dataset = try PlanLoader.load(planOption.planFile)
        var all: [(Diagnostic, ScenarioProgram)] = []
        var summaries: [String] = []
        for file in files {
            let program = try ScenarioFiles.program(file, dataset: dataset, planSetting: planOption.planFile == nil)
            let diagnostics = program.allDiagnostics()
            all += diagnostics.map { ($0, program) }
            if diagnostics.isEmpty { summaries.append("\(file): ok (\(PlanLoader.contents(program)))") }
        }
        if json {
            let items: [JSONValue] = all.map { d, program in
                let (line, column) = program.source(of: d)?.location(d.range.start) ?? (0, 0)
                return .object([("file", .string(d.file ?? "")), ("line", .integer(line)), ("column", .integer(column)),
                                ("severity", .string(d.severity.rawValue)), ("message", .string(d.message)), ("id", .string(d.id)),
                                ("help", d.help.map(JSONValue.string) ?? .null)])
            }
            print(JSONValue.array(items).rendered())
        } else {
            if !all.isEmpty {
                FileHandle.standardError.write(Data((all.map { ScenarioFiles.render([$0.0], in: $0.1) }.joined(separator: "\n")
                                                     + "\n\(all.count) problem\(all.count == 1 ? "" : "s") found\n").utf8))
            }
            summaries.forEach { print($0) }
        }
        if all.contains(where: { $0.0.severity == .error }) { throw ExitCode(1) }
    }
}

/// `plansim fmt FILE… [--check]`.
struct FormatCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "fmt", abstract: "Rewrite scenario files in the canonical layout (or only check it).")
    @Argument(help: "Scenario files (.scn).") var files: [String]
    @Flag(help: "Change nothing; exit 1 if a file is not formatted.") var check = false

    func run() throws {
        var unformatted: [String] = []
        for file in files {
            guard let data = FileManager.default.contents(atPath: file) else {
                throw InputIssue(file: file, message: "no such scenario file", help: "check the path")
            }
            let source = SourceFile(path: file, bytes: [UInt8](data))
            let tree = Parser.parse(source)
            if !tree.diagnostics.isEmpty {
                let program = ScenarioProgram(path: file, dataset: PlanFiles.embedded, planSetting: false)
                ScenarioFiles.fail(program.diagnostics.filter { d in tree.diagnostics.contains { $0.range == d.range && $0.id == d.id } }, in: program)
            }
            let formatted = Formatter.format(tree)
            guard formatted != source.text else { continue }
            if check { unformatted.append(file); continue }
            let url = URL(fileURLWithPath: file)
            try AtomicFile.write(Data(formatted.utf8), to: url)
            print("formatted \(file)")
        }
        if !unformatted.isEmpty {
            FileHandle.standardError.write(Data((unformatted.map { "\($0): not formatted (run `plansim fmt \($0)`)" }.joined(separator: "\n") + "\n").utf8))
            throw ExitCode(1)
        }
    }
}

/// `plansim explain FILE --scenario NAME`.
struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "explain", abstract: "Show a scenario's resolved statements and where each came from.")
    @Argument(help: "A scenario file.") var file: String
    @Option(help: "The scenario (required when the file holds several).") var scenario: String?
    @OptionGroup var planOption: PlanOption

    func run() throws {
        let program = try ScenarioFiles.program(file, dataset: try PlanLoader.load(planOption.planFile), planSetting: planOption.planFile == nil)
        let diagnostics = program.allDiagnostics()
        if !diagnostics.isEmpty { ScenarioFiles.fail(diagnostics, in: program) }
        if program.order.isEmpty, program.files.first?.plans.isEmpty == false {
            print(PlanSummary.text(program.dataset, language: .zh))
            return
        }
        let name = try RunCommand.pick(scenario, in: program, file: file)
        let rows = program.explain(name)
        print("scenario \(name) — \(rows.count) statement\(rows.count == 1 ? "" : "s") after inheritance (the rest: the plan's data and baseline assumptions)")
        let width = rows.map { DisplayWidth.of($0.text) }.max() ?? 0
        for row in rows { print("  " + DisplayWidth.pad(row.text, to: width, left: true) + "   ← " + row.origin) }
    }
}

/// Writes a file through a temporary name and a rename.
enum AtomicFile {
    static func write(_ data: Data, to url: URL) throws {
        let temporary = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).tmp-\(ProcessInfo.processInfo.processIdentifier)")
        guard FileManager.default.createFile(atPath: temporary.path, contents: data), rename(temporary.path, url.path) == 0 else {
            throw InputIssue(file: url.path, message: "cannot write the file", help: "check the directory's permissions")
        }
    }
}
