import ArgumentParser
import Foundation
import PlanData
import PlansimKit
import Reports

/// `plansim report RESULT_DIR [--format csv,md,html,json,xlsx,ipynb] [--lang zh|en] [--out DIR]`.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: say(
            "将已保存的结果（`plansim run` 写出的目录）重新生成为简报文件，无需重新运行。",
            "Re-render saved results (a directory `plansim run` wrote) as briefing files, without re-running."))

    @Argument(
        help: say(
            "`run`、`compare` 或 `sweep` 写出的结果目录，如 notebooks-out/baseline。",
            "A results directory `run`, `compare` or `sweep` wrote, e.g. notebooks-out/baseline.")) var resultDirectory:
        String
    @Option(
        help: say(
            "格式，逗号分隔：`csv`、`md`、`html`、`json`、`xlsx`、`ipynb`、`docx`、`pdf`（`pdf` 需要无界面 Chromium）。",
            "Formats, comma-separated: csv, md, html, json, xlsx, ipynb, docx, pdf (pdf needs headless Chromium)."))
    var format = "md,html,csv,json,xlsx,ipynb"
    @OptionGroup var lang: LanguageOption
    @Option(help: say("写入此目录，而非结果目录。", "Write here instead of the results directory.")) var out: String?
    @OptionGroup var planOption: PlanOption

    func run() throws {
        let formats: [ReportFormat]
        switch ReportFormat.parseList(format) {
        case .success(let f): formats = f
        case .failure(let unknown):
            let word = unknown.word
            let near = DidYouMean.phrase(for: word, among: ReportFormat.allCases.map(\.rawValue)).map {
                Phrase(zh: "；", en: "; ") + $0
            }
            throw InputIssue(
                file: "--format", field: word,
                message: word.isEmpty
                    ? Phrase(zh: "未给出格式", en: "no format given")
                    : Phrase(zh: "未知格式 `\(word)`", en: "unknown format `\(word)`"),
                help: Phrase(zh: "可选：", en: "choose from ") + .codes(ReportFormat.allCases.map(\.rawValue))
                    + (near ?? Phrase(zh: "", en: "")))
        }
        let folder = ResultFolder(URL(fileURLWithPath: resultDirectory))
        // Another plan's names only relabel a run's results; only then is the plan read.
        let plan = try planOption.planFile.flatMap { file in
            if case .run = folder { try PlanLoader.load(file) } else { nil }
        }
        let files = try ReportWorkflow.files(
            folder, formats: formats, language: lang.language, copyInput: out != nil, plan: plan)
        let directory = URL(fileURLWithPath: out ?? resultDirectory)
        try AtomicWriter.write(files, into: directory)
        for file in files { print(directory.appendingPathComponent(file.name).path) }
    }

    /// The formats a comparison writes besides md, html, csv and json (`xlsx`, `docx`, `pdf`),
    /// from `--format`, as `run` takes them; a format a comparison cannot write is refused.
    static func extraFormats(_ text: String?, language lang: LanguageOption) throws -> [ReportFormat] {
        try extraFormats(
            text, command: "compare", allowed: [.xlsx, .docx, .pdf], always: ["md", "html", "csv", "json"],
            language: lang.language)
    }

    /// The formats `command` writes besides the ones it always writes (`always`), from
    /// `--format`: nil gives none; a word that is no format, or a format not in `allowed`,
    /// is refused, and so is `pdf` when Chromium is missing — all before anything runs or
    /// is written.
    static func extraFormats(
        _ text: String?, command: String, allowed: [ReportFormat], always: [String], language: Language
    ) throws -> [ReportFormat] {
        guard let text else { return [] }
        let names = allowed.map(\.rawValue)
        let example = "--format " + names.joined(separator: ",")
        switch ReportFormat.parseList(text) {
        case .success(let formats) where formats.allSatisfy(allowed.contains):
            if formats.contains(.pdf), PDFPrinter.chromium() == nil { throw PDFPrinter.missing(language) }
            return formats
        case .success(let formats):
            let word = formats.first { !allowed.contains($0) }!.rawValue
            throw InputIssue(
                file: "--format", field: word,
                message: Phrase(
                    zh: "`\(command)` 另写的格式只有\(listed(names, and: "和", comma: "、"))，不含 `\(word)`",
                    en:
                        "`\(command)` writes \(listed(names, and: " and ", comma: ", ")) besides its own files, not `\(word)`"
                ),
                help: .codes(always) + Phrase(zh: " 总会写出；用 `\(example)`", en: " are always written; use `\(example)`"))
        case .failure(let unknown) where unknown.word.isEmpty:
            throw InputIssue(
                file: "--format", message: Phrase(zh: "未给出格式", en: "no format given"),
                help: Phrase(zh: "用 `\(example)`，或不加 `--format`", en: "use `\(example)`, or leave `--format` out"))
        case .failure(let unknown):
            let near =
                DidYouMean.phrase(for: unknown.word, among: names).map { Phrase(zh: "；", en: "; ") + $0 }
                ?? Phrase(zh: "", en: "")
            throw InputIssue(
                file: "--format", field: unknown.word,
                message: Phrase(zh: "未知格式 `\(unknown.word)`", en: "unknown format `\(unknown.word)`"),
                help: Phrase(zh: "可选：", en: "choose from ") + .codes(names) + near)
        }
    }

    /// `a, b and c` (`a、b和c`).
    static func listed(_ items: [String], and: String, comma: String) -> String {
        items.count < 2 ? items.joined() : items.dropLast().joined(separator: comma) + and + items.last!
    }

}
