public import ScenarioDSL

/// A scenario program with errors: every diagnostic, located, and the program whose
/// sources render them (file:line:col, the line, carets). Nothing was run.
public struct ScenarioRejection: Error, Sendable, CustomStringConvertible {
    public let diagnostics: [Diagnostic]
    /// Kept to render the diagnostics against their sources.
    public let program: ScenarioProgram

    public init(diagnostics: [Diagnostic], program: ScenarioProgram) {
        self.diagnostics = diagnostics
        self.program = program
    }

    /// Each diagnostic as `file: error[ID]: message`, one a line (the rendered form with
    /// source lines and carets is the front end's).
    public var description: String {
        diagnostics.map {
            "\($0.file ?? program.files.first?.source.path ?? ""): \($0.severity.rawValue)[\($0.id)]: \($0.message)"
        }
        .joined(separator: "\n")
    }
}
