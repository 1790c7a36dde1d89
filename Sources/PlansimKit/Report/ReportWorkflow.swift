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
    public static func files(
        _ folder: ResultFolder, formats: [ReportFormat], language: Language, copyInput: Bool,
        plan: Dataset? = nil
    ) throws(InputIssue) -> [(name: String, contents: Data)] {
        let original = { (name: String) -> [(name: String, contents: Data)] in
            guard copyInput, let bytes = FileManager.default.contents(atPath: folder.file.path) else { return [] }
            return [(name, bytes)]
        }
        try checkSizes(folder)
        switch folder {
        case .comparison(let file):
            // A folder `plansim compare` wrote: re-render the comparison (md, html, xlsx).
            let documents = try ComparisonFiles.documents(comparisonFile: file.path)
            return try ComparisonFiles.files(documents, language: language, extra: formats).filter {
                $0.name != "comparison.json"
            } + original("comparison.json")
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

    /// The largest result file (`results.json`, `comparison.json`, `indices.json`) and
    /// sweep `manifest.json` `report` reads (docs/cli.md, "Limits"); a run of the built-in
    /// plan writes well under 1 MB.
    public static let sizeLimit = 64 << 20

    /// Refuses, before anything is read, a result file (or a sweep's manifest) that is
    /// larger than ``sizeLimit`` or not a regular file, so a 2 GB sparse file costs no
    /// memory. A missing file is left to the reader, which says what belongs there.
    ///
    /// - Throws: ``InputIssue`` naming the file and the limit.
    static func checkSizes(_ folder: ResultFolder) throws(InputIssue) {
        var files = [folder.file.path]
        if case .sweep(let indices) = folder {
            files.append(indices.deletingLastPathComponent().appendingPathComponent("manifest.json").path)
        }
        for path in files where FileManager.default.fileExists(atPath: path) {
            switch InputFile.regularFile(path) {
            case .failure(let problem):
                throw InputIssue(
                    file: path, message: Phrase(zh: "该文件", en: "the file ") + problem.phrase,
                    help: Phrase(zh: "请给出 `plansim run` 写出的目录", en: "give a directory `plansim run` wrote"))
            case .success:
                let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
                guard size > sizeLimit else { continue }
                throw InputIssue(
                    file: path,
                    message: Phrase(zh: "该文件", en: "the file ") + InputFile.Problem.tooLarge(sizeLimit).phrase,
                    help: Phrase(
                        zh: "plansim 写出的结果文件远小于此；请给出 `plansim run`、`compare` 或 `sweep` 写出的目录",
                        en:
                            "the result files plansim writes are far smaller; give a directory `plansim run`, `compare` or `sweep` wrote"
                    ))
            }
        }
    }

    /// Refuses results written by a plansim of another major version (their fields may
    /// mean something else); any 0.x or same-major version is read.
    ///
    /// - Throws: ``InputIssue`` at `provenance.version`.
    public static func checkVersion(_ version: String, file: String) throws(InputIssue) {
        let major = { (v: String) in v.split(separator: ".").first.flatMap { Int($0) } }
        guard let theirs = major(version), theirs == major(PlansimKit.version) else {
            throw InputIssue(
                file: file, field: "provenance.version",
                message: Phrase(
                    zh: "结果由 plansim `\(TerminalText.escaped(version))` 写出，本版 plansim \(PlansimKit.version) 无法读取",
                    en:
                        "results written by plansim `\(TerminalText.escaped(version))`, which this plansim \(PlansimKit.version) cannot read"
                ),
                help: Phrase(
                    zh: "请用本版本重新运行 `plansim run` 写出结果",
                    en: "run `plansim run` again with this version to write the results anew"))
        }
    }
}
