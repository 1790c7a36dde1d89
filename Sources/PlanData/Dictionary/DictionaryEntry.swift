/// An indicator common in Chinese plans: the id and English name plansim gives it, and
/// the names plans print for it (matched whole, after ``IndicatorDictionary/key(_:)``).
public struct DictionaryEntry: Sendable, Equatable {
    /// The id plan files use (`gdp`).
    public let id: String
    /// The English name (`Gross regional product`).
    public let nameEN: String
    /// Printed Chinese names, each matched on the whole name, never as a substring.
    public let names: [String]
    /// The kind its yearly values have; nil when the table's unit and wording decide.
    public let kind: IndicatorKind?

    public init(_ id: String, _ nameEN: String, _ names: [String], kind: IndicatorKind? = nil) {
        self.id = id
        self.nameEN = nameEN
        self.names = names
        self.kind = kind
    }
}
