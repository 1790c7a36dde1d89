/// A message in both of plansim's languages, written where the message is made.
///
/// Lower layers state what is wrong once, in English and in Chinese, so the command line
/// can speak the language the user chose without guessing a translation afterwards.
/// Identifiers, numbers and file names appear in both as written (in backticks).
public struct Phrase: Sendable, Hashable, CustomStringConvertible {
    /// The Chinese sentence.
    public var zh: String
    /// The English sentence: lowercase, no trailing period (what logs, JSON and tests see).
    public var en: String

    public init(zh: String, en: String) {
        self.zh = zh
        self.en = en
    }

    /// The sentence in `language`.
    public func text(_ language: Language) -> String { language == .zh ? zh : en }

    /// The English sentence.
    public var description: String { en }

    /// `items` in backticks: "`a`, `b`" / "`a`、`b`".
    public static func codes(_ items: [String]) -> Phrase {
        Phrase(zh: items.map { "`\($0)`" }.joined(separator: "、"), en: items.map { "`\($0)`" }.joined(separator: ", "))
    }

    /// The two sentences joined piecewise.
    public static func + (a: Phrase, b: Phrase) -> Phrase { Phrase(zh: a.zh + b.zh, en: a.en + b.en) }
}
