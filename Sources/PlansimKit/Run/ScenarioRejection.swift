public import ScenarioDSL

/// A scenario program with errors: every diagnostic, located, and the program whose
/// sources render them (file:line:col, the line, carets). Nothing was run.
public struct ScenarioRejection: Error, Sendable {
    public let diagnostics: [Diagnostic]
    /// Kept to render the diagnostics against their sources.
    public let program: ScenarioProgram

    public init(diagnostics: [Diagnostic], program: ScenarioProgram) {
        self.diagnostics = diagnostics
        self.program = program
    }
}
