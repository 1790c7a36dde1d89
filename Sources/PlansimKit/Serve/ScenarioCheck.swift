public import PlanData
import ScenarioDSL

/// `plansim check` for text held in memory, as the live page needs it: every diagnostic
/// of a scenario text, located (line and column from 1), in one language. Nothing runs.
public enum ScenarioCheck {
    /// One located problem, in the words of ``ScenarioCheck/diagnostics(_:path:plan:language:)``.
    public struct Item: Sendable, Equatable {
        public let id: String
        public let severity: String
        public let line: Int
        public let column: Int
        public let message: String
        public let help: String?
    }

    /// Every diagnostic of `text` read as the file `path` (includes resolve beside it and
    /// never above its folder) on `plan`, sorted by position; empty when it checks.
    /// Messages are in `language` when written in it, else English.
    public static func diagnostics(_ text: String, path: String, plan: Dataset, language: Language) -> [Item] {
        let program = ScenarioProgram(text: text, path: path, dataset: plan, planSetting: false)
        return program.allDiagnostics().map { d in
            let (line, column) = program.source(of: d)?.location(d.range.start) ?? (0, 0)
            return Item(
                id: d.id, severity: d.severity.rawValue, line: line, column: column,
                message: d.message(language) ?? d.message, help: d.help(language) ?? d.help)
        }
    }

    /// The items as the API's `{"diagnostics": [...]}` document.
    public static func json(_ items: [Item]) -> JSONValue {
        .object([
            (
                "diagnostics",
                .array(
                    items.map {
                        .object([
                            ("id", .string($0.id)), ("severity", .string($0.severity)), ("line", .integer($0.line)),
                            ("column", .integer($0.column)), ("message", .string($0.message)),
                            ("help", $0.help.map(JSONValue.string) ?? .null),
                        ])
                    })
            )
        ])
    }
}
