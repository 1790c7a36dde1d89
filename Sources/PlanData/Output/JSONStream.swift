/// A pretty-printed JSON document whose last member is a long array, written one element
/// at a time, so a document of 100,000 series never sits in memory whole. The bytes are
/// exactly those ``JSONValue/rendered(compact:)`` gives for the whole document.
///
/// Use: ``begin(_:arrayKey:)`` with the members before the array, ``element(_:)`` for
/// each element, then ``end()``; each returns the text to write next.
public struct JSONStream {
    private var count = 0

    public init() {}

    /// The opening: `{`, the `members` (may be empty) and `"arrayKey": [`.
    public func begin(_ members: [(String, JSONValue)], arrayKey: String) -> String {
        // The members rendered as a whole object, its closing brace replaced by the array's opening.
        let head = JSONValue.object(members + [(arrayKey, .array([]))]).rendered()
        return String(head.dropLast("[]\n}".count)) + "["
    }

    /// One element of the array, with the comma before it when it is not the first.
    public mutating func element(_ value: JSONValue) -> String {
        defer { count += 1 }
        return (count > 0 ? "," : "") + "\n    " + value.rendered(depth: 2)
    }

    /// The closing of the array and the document (no final newline, as `rendered()`).
    public func end() -> String {
        count == 0 ? "]\n}" : "\n  ]\n}"
    }
}
