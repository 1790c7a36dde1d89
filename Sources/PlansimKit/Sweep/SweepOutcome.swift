public import Foundation
public import PlanData
public import Reports
public import Sensitivity

/// A finished sweep: its plan, the analysed outputs (indices, noise) and the briefing
/// summary made from them — what `plansim sweep` and `plansim merge` print and write.
public struct SweepOutcome: Sendable {
    public let plan: SweepPlan
    public let result: SweepResult
    public let summary: SweepSummary

    public init(plan: SweepPlan, result: SweepResult, summary: SweepSummary) {
        self.plan = plan
        self.result = result
        self.summary = summary
    }

    /// `indices.json` (docs/json-formats.md), as `--json` prints it.
    public var indicesJSON: JSONValue { result.indicesJSON(plan) }

    /// The briefing files in both languages (Chinese, then English with `-en`), each with
    /// its Monte Carlo noise appendix; `extra` adds docx or pdf. Made in memory, so a
    /// failure (PDF without Chromium) writes nothing.
    ///
    /// - Throws: ``InputIssue`` when a package cannot be built or PDF cannot be printed.
    public func briefingFiles(extra: [ReportFormat]) throws(InputIssue) -> [(name: String, contents: Data)] {
        var files: [(name: String, contents: Data)] = []
        for language in [Language.zh, .en] {
            files += try summary.files(
                language: language, extra: extra, appendix: result.noiseMarkdown(plan, chinese: language == .zh))
        }
        return files
    }

    /// Writes the sweep's results (samples, outputs, indices) and then its briefing into
    /// `directory`; the briefing is made first, so a failure leaves only the blocks, which
    /// `plansim sweep … --resume` finishes without running again.
    ///
    /// - Throws: ``InputIssue`` when a file cannot be made or written.
    public func write(into directory: URL, csv: Bool, extra: [ReportFormat]) throws(InputIssue) {
        let files = try briefingFiles(extra: extra)
        do { try result.write(plan, into: directory, csv: csv) } catch {
            throw InputIssue(
                file: directory.path, message: Phrase(zh: "无法写入敏感性分析的结果", en: "cannot write the sweep results"),
                help: SweepWorkflow.writableOut)
        }
        try AtomicWriter.write(files, into: directory)
    }
}
