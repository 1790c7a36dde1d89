public import PlanData

/// A scenario's title in words, read from its `title "中文标题" "English title"` statement.
/// Reports name a scenario only by its title; the code name appears in the technical annex.
public struct ScenarioTitle: Sendable, Equatable {
    public let zh: String, en: String
    public init(zh: String, en: String) {
        self.zh = zh
        self.en = en
    }

    public func text(_ l: Language) -> String { l == .zh ? zh : en }

    /// The title in a statement as `explain` prints it (`title "疫情冲击情景" "Epidemic shock"`);
    /// nil for any other statement. With one string, both languages use it.
    public static func parse(_ statement: String) -> ScenarioTitle? {
        guard statement.hasPrefix("title ") else { return nil }
        let strings = statement.split(separator: "\"", omittingEmptySubsequences: false).enumerated()
            .filter { $0.offset % 2 == 1 }.map { String($0.element) }.filter { !$0.isEmpty }
        guard let first = strings.first else { return nil }
        return ScenarioTitle(zh: first, en: strings.count > 1 ? strings[1] : first)
    }

    /// The title for a scenario named only by its code name: the baseline's known words,
    /// otherwise the code name with underscores as spaces (never empty).
    public static func fallback(_ code: String) -> ScenarioTitle {
        if code == "baseline" { return ScenarioTitle(zh: "基准情景", en: "Baseline") }
        return ScenarioTitle(
            zh: code.replacingOccurrences(of: "_", with: " "), en: code.replacingOccurrences(of: "_", with: " "))
    }
}
