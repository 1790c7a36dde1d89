/// A span of the source, as UTF-8 byte offsets `[start, end)`.
public struct SourceRange: Sendable, Equatable, Hashable {
    public let start: Int
    public let end: Int
    public init(_ start: Int, _ end: Int) {
        self.start = start
        self.end = max(start, end)
    }
}

/// One token of a scenario file.
public struct Token: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        /// A name: ASCII letters, digits and `_`, or CJK characters (`工业总产值`).
        case name
        /// A number; `percent` when written with `%` (the value is then a fraction).
        case number(Double, percent: Bool)
        case string(String)
        case leftBrace, rightBrace, leftParen, rightParen, comma, range
        /// `<`, `<=`, `>`, `>=`.
        case comparison
        case comment
        case newline
        case end
        /// A character that cannot start a token (already reported).
        case invalid
    }
    public let kind: Kind
    public let text: String
    public let range: SourceRange
}
