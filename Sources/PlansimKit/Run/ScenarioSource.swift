import Foundation
public import PlanData
public import ScenarioDSL

/// Where a run's scenario text comes from: a file, text handed over by a front end (the
/// live page posts the text it edits), or the built-in baseline.
public enum ScenarioSource: Sendable, Equatable {
    /// A `.scn` file named by the user; refused when missing (with a near name suggested).
    case file(String)
    /// Scenario text held in memory; `path` is what diagnostics and provenance call it.
    case text(String, path: String)
    /// The built-in baseline for the plan (``BuiltInScenarios/baseline(for:)``).
    case builtInBaseline

    /// What diagnostics and provenance call the source.
    public var path: String {
        switch self {
        case .file(let path): return path
        case .text(_, let path): return path
        case .builtInBaseline: return BuiltInScenarios.baselinePath()
        }
    }

    /// The compiled-but-unchecked program of this source on `plan`.
    ///
    /// `planSetting` says whether a `plan` directive in the file may replace `plan` (true
    /// unless the user gave a plan file explicitly). The built-in baseline never does.
    ///
    /// - Throws: ``InputIssue`` when a file is missing or unreadable.
    public func program(on plan: Dataset, planSetting: Bool) throws -> ScenarioProgram {
        switch self {
        case .file(let path):
            return ScenarioProgram(
                path: path, bytes: try Self.read(try Self.existing(path)), dataset: plan, planSetting: planSetting)
        case .text(let text, let path):
            return ScenarioProgram(text: text, path: path, dataset: plan, planSetting: planSetting)
        case .builtInBaseline:
            return ScenarioProgram(
                text: BuiltInScenarios.baseline(for: plan), path: path, dataset: plan, planSetting: false)
        }
    }

    /// The bytes whose SHA-256 provenance records: the file as read now, the text, or the
    /// built-in baseline as written (not as specialised to the plan).
    var hashedBytes: [UInt8] {
        switch self {
        case .file(let path): return FileManager.default.contents(atPath: path).map { [UInt8]($0) } ?? []
        case .text(let text, _): return Array(text.utf8)
        case .builtInBaseline: return Array(BuiltInScenarios.baseline.utf8)
        }
    }

    /// The bytes of a scenario file named by the user: a regular, readable file of at most
    /// 8 MB (a directory, FIFO or device is refused without opening it).
    ///
    /// - Throws: ``InputIssue`` naming the file, what is wrong and what to do.
    public static func read(_ path: String) throws(InputIssue) -> [UInt8] {
        switch InputFile.read(path, limit: InputFile.scenarioLimit) {
        case .success(let bytes): return bytes
        case .failure(.missing):
            throw InputIssue(
                file: path, message: Phrase(zh: "找不到该情景文件", en: "no such scenario file"),
                help: Phrase(zh: "请检查路径；scenarios/ 目录中有示例", en: "check the path; scenarios/ holds examples"))
        case .failure(let problem):
            throw InputIssue(
                file: path, message: Phrase(zh: "情景文件", en: "scenario file ") + problem.phrase,
                help: Phrase(zh: "请给出一个可读的情景文件（`.scn`）", en: "name a scenario file (.scn) you can read"))
        }
    }

    /// `path` when it exists; otherwise refused, suggesting `path.scn` or a near name in
    /// the same folder when there is one.
    public static func existing(_ path: String) throws(InputIssue) -> String {
        let fm = FileManager.default
        if fm.fileExists(atPath: path) { return path }
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent()
        let siblings = ((try? fm.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0.hasSuffix(".scn") }
        let shown = { (name: String) in
            path.contains("/")
                ? folder.relativePath == "."
                    ? name : "\(path.split(separator: "/").dropLast().joined(separator: "/"))/\(name)" : name
        }
        var help = Phrase(zh: "请检查路径；scenarios/ 目录中有示例", en: "check the path; scenarios/ holds examples")
        if fm.fileExists(atPath: path + ".scn") {
            help = Phrase(zh: "是否想用 `\(path).scn`？", en: "did you mean `\(path).scn`?")
        } else if let near = DidYouMean.suggestions(for: url.lastPathComponent, among: siblings).first {
            help = Phrase(zh: "是否想用 `\(shown(near))`？", en: "did you mean `\(shown(near))`?")
        }
        throw InputIssue(file: path, message: Phrase(zh: "找不到该情景文件", en: "no such scenario file"), help: help)
    }
}
