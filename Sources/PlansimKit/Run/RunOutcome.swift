public import Foundation
public import PlanData
public import Reports
public import Simulation

/// What a run produced: the report document (every number a renderer shows), the checks,
/// and the choices the request left to the scenario, resolved.
///
/// ``json`` is the document `plansim run --json` prints and `results.json` holds.
public struct RunOutcome: Sendable {
    /// The scenario run (the one named, or the file's only one).
    public let scenario: String
    public let document: ReportDocument
    public let checks: [CheckOutcome]
    /// The language of the files: the request's, else the scenario's.
    public let language: Language
    /// The formats the files are written in: the scenario's `output` list (or md, html,
    /// csv, json), then the request's extras.
    public let formats: [ReportFormat]
    /// Set when simulated values were not finite and the request allowed it: what to warn of.
    public internal(set) var nonfiniteWarning: Phrase?

    public init(
        scenario: String, document: ReportDocument, checks: [CheckOutcome], language: Language, formats: [ReportFormat]
    ) {
        self.scenario = scenario
        self.document = document
        self.checks = checks
        self.language = language
        self.formats = formats
    }

    /// The results document of docs/json-formats.md.
    public var json: JSONValue { RunReport.json(document) }

    /// ``json`` rendered, kept when the run already rendered it (its readability check
    /// does), so a front end that sends the text does not build it twice.
    var renderedJSON: String?

    /// ``json`` rendered (`JSONValue.rendered()`): the text kept by the run, else made now.
    public var jsonText: String { renderedJSON ?? json.rendered() }

    /// The folder a run writes to unless told otherwise: `notebooks-out/<scenario>`.
    public var defaultDirectory: String { "notebooks-out/\(AtomicWriter.sanitize(scenario))" }

    /// Every file of the run, made in memory (a PDF among them) before anything is written.
    ///
    /// - Throws: ``InputIssue`` when a package cannot be built or PDF cannot be printed.
    public func files() throws(InputIssue) -> [(name: String, contents: Data)] {
        var files = try ReportFormat.files(formats, document, language: language)
        if !checks.isEmpty { files.append(("checks.json", Data((Self.checksJSON(checks).rendered() + "\n").utf8))) }
        return files
    }

    /// Writes ``files()`` into `directory`, replacing an earlier run's set as a whole; with
    /// `index`, refreshes the run index of the folder above it.
    ///
    /// - Throws: ``InputIssue`` when the files cannot be made or written (nothing is left half-written).
    public func write(to directory: URL, index: Bool) throws(InputIssue) {
        try ResultSetWriter.replace(try files(), at: directory)
        if index { try RunIndex.update(directory.deletingLastPathComponent(), language: language) }
    }

    /// `checks.json`: each check, whether it passed, the value and the year it was decided in.
    static func checksJSON(_ checks: [CheckOutcome]) -> JSONValue {
        .array(
            checks.map {
                .object([
                    ("check", .string($0.check.text)), ("passed", .bool($0.passed)), ("value", .finite($0.value)),
                    ("year", .integer($0.year)),
                ])
            })
    }
}
