public import Foundation
public import PlanData
public import Reports

/// The documents of a comparison, the reference first, and what is made from them.
public struct CompareOutcome: Sendable {
    public let documents: [ReportDocument]

    public init(documents: [ReportDocument]) { self.documents = documents }

    /// `notebooks-out/compare-<names>`, unless told otherwise.
    public var defaultDirectory: String {
        "notebooks-out/" + AtomicWriter.sanitize("compare-" + documents.map(\.scenario).joined(separator: "-"))
    }

    /// `comparison.json` (docs/json-formats.md), as `plansim compare --json` prints it.
    public var json: JSONValue { ComparisonReport.json(documents) }

    /// The terminal table in `language`.
    public func text(language: Language) -> String { ComparisonReport.text(documents, language: language) }

    /// Writes the comparison's files in `language` (with `extra` xlsx, docx or pdf) into
    /// `directory`; with `index`, refreshes the run index of the folder above it.
    ///
    /// - Throws: ``InputIssue`` when the files cannot be made or written.
    public func write(to directory: URL, language: Language, extra: [ReportFormat], index: Bool) throws(InputIssue) {
        try AtomicWriter.write(try ComparisonFiles.files(documents, language: language, extra: extra), into: directory)
        if index { try RunIndex.update(directory.deletingLastPathComponent(), language: language) }
    }
}
