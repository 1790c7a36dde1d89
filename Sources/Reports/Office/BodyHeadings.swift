public import PlanData

/// The numbers of a briefing's body headings after page one: page one holds 一、…四、, so
/// the body goes on with 五、主要指标（专栏1）, 六、…, through the 技术附录 — one 公文
/// numbering for the whole document (English: 5., 6., …).
public struct BodyHeadings: Sendable {
    public let language: Language
    /// The number the last heading got.
    public private(set) var count: Int

    /// Numbering that starts after page one's sections.
    public init(after page: LeaderPage, language: Language) {
        self.language = language
        count = page.sections.count
    }

    /// Numbering that starts at `first`.
    public init(startingAt first: Int, language: Language) {
        self.language = language
        count = first - 1
    }

    /// The next heading with its number: `五、主要指标（专栏1）`; with empty `text`, the number alone (`七、`).
    public mutating func next(_ text: String) -> String {
        count += 1
        return OfficialForm.heading(text, level: 1, count, language: language)
    }
}
