import ArgumentParser
import Foundation
import PlanData
import Reports

/// `plansim report RESULT_DIR [--format csv,md,html,json,xlsx,ipynb] [--lang zh|en] [--out DIR]`.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Re-render saved results (a directory `plansim run` wrote) as briefing files, without re-running.")

    @Argument(help: "A results directory, e.g. notebooks-out/baseline.") var resultDirectory: String
    @Option(help: "Formats, comma-separated: csv, md, html, json, xlsx, ipynb.") var format = "md,html,csv,json,xlsx,ipynb"
    @OptionGroup var lang: LanguageOption
    @Option(help: "Write here instead of the results directory.") var out: String?
    @OptionGroup var planOption: PlanOption

    func run() throws {
        let formats: [ReportFormat]
        switch ReportFormat.parseList(format) {
        case .success(let f): formats = f
        case .failure(let unknown):
            let word = unknown.word
            throw InputIssue(file: "--format", field: word, message: word.isEmpty ? "no format given" : "unknown format `\(word)`",
                             help: "choose from " + ReportFormat.allCases.map { "`\($0.rawValue)`" }.joined(separator: ", ")
                                 + (DidYouMean.help(for: word, among: ReportFormat.allCases.map(\.rawValue)).map { "; \($0)" } ?? ""))
        }
        let resultsFile = URL(fileURLWithPath: resultDirectory).appendingPathComponent("results.json").path
        var document = try ReportDocument(resultsFile: resultsFile)
        try Self.checkVersion(document.provenance.version, file: resultsFile)
        if let planFile = planOption.planFile { document = document.relabelled(with: try PlanLoader.load(planFile)) }
        let directory = URL(fileURLWithPath: out ?? resultDirectory)
        let files = ReportFormat.files(formats, document, language: lang.language)
        try AtomicWriter.write(files, into: directory)
        for file in files { print(directory.appendingPathComponent(file.name).path) }
    }

    /// Refuses results written by a plansim of another major version (their fields may
    /// mean something else); any 0.x or same-major version is read.
    static func checkVersion(_ version: String, file: String) throws {
        let major = { (v: String) in v.split(separator: ".").first.flatMap { Int($0) } }
        guard let theirs = major(version), theirs == major(PlansimVersion.current) else {
            throw InputIssue(file: file, field: "provenance.version",
                             message: "results written by plansim `\(TerminalText.escaped(version))`, which this plansim \(PlansimVersion.current) cannot read",
                             help: "run `plansim run` again with this version to write the results anew")
        }
    }
}
