public import Foundation
public import PlanData
public import Reports

/// `plansim report` as a function: a results folder → its briefing files in other formats
/// or languages, made from the saved result file without running anything again.
public enum ReportWorkflow {
    /// The files re-rendered from `folder` in `formats` and `language`; `copyInput` adds
    /// the result file itself, byte for byte (when writing elsewhere: the input in place is
    /// never rewritten). `plan` relabels a run's indicators with another plan's names.
    ///
    /// - Throws: ``InputIssue`` naming the file and field when the result file is not one
    ///   plansim wrote, or a format cannot be made.
    public static func files(_ folder: ResultFolder, formats: [ReportFormat], language: Language, copyInput: Bool,
                             plan: Dataset? = nil) throws(InputIssue) -> [(name: String, contents: Data)] {
        let original = { (name: String) -> [(name: String, contents: Data)] in
            guard copyInput, let bytes = FileManager.default.contents(atPath: folder.file.path) else { return [] }
            return [(name, bytes)]
        }
        switch folder {
        case .comparison(let file):
            // A folder `plansim compare` wrote: re-render the comparison (md, html, xlsx).
            let documents = try ComparisonFiles.documents(comparisonFile: file.path)
            return try ComparisonFiles.files(documents, language: language, extra: formats).filter { $0.name != "comparison.json" } + original("comparison.json")
        case .sweep(let file):
            // A finished sweep: re-render its briefing (md, svg, html, xlsx; docx and pdf when asked).
            return try SweepSummary(indicesFile: file.path).files(language: language, extra: formats)
        case .run(let file):
            var document = try ReportDocument(resultsFile: file.path)
            try checkVersion(document.provenance.version, file: file.path)
            if let plan { document = document.relabelled(with: plan) }
            return try ReportFormat.files(formats.filter { $0 != .json }, document, language: language)
                + (formats.contains(.json) ? original("results.json") : [])
        }
    }

    /// Refuses results written by a plansim of another major version (their fields may
    /// mean something else); any 0.x or same-major version is read.
    ///
    /// - Throws: ``InputIssue`` at `provenance.version`.
    public static func checkVersion(_ version: String, file: String) throws(InputIssue) {
        let major = { (v: String) in v.split(separator: ".").first.flatMap { Int($0) } }
        guard let theirs = major(version), theirs == major(PlansimKit.version) else {
            throw InputIssue(file: file, field: "provenance.version",
                             message: Phrase(zh: "结果由 plansim `\(TerminalText.escaped(version))` 写出，本版 plansim \(PlansimKit.version) 无法读取",
                                             en: "results written by plansim `\(TerminalText.escaped(version))`, which this plansim \(PlansimKit.version) cannot read"),
                             help: Phrase(zh: "请用本版本重新运行 `plansim run` 写出结果", en: "run `plansim run` again with this version to write the results anew"))
        }
    }
}
