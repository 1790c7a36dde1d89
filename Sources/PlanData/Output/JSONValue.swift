/// A JSON document with object keys kept in the order written, so plansim's JSON is
/// stable and diff-able. Doubles print in their shortest round-trip form (every digit
/// needed to read back the same double); NaN and infinities print as `null`.
public indirect enum JSONValue: Sendable, Equatable {
    case null
    case bool(Bool)
    case number(Double)
    case integer(Int)
    /// An exact unsigned integer, such as a seed: every one of its 64 bits is kept
    /// (a `.number` would round values above 2⁵³).
    case unsigned(UInt64)
    case string(String)
    case array([JSONValue])
    case object([(String, JSONValue)])

    public static func == (a: JSONValue, b: JSONValue) -> Bool { a.rendered() == b.rendered() }

    /// A number, or `null` when it is not finite.
    public static func finite(_ value: Double?) -> JSONValue {
        guard let value, value.isFinite else { return .null }
        return .number(value)
    }

    /// The text, pretty-printed with two-space indents unless `compact`.
    public func rendered(compact: Bool = false) -> String {
        var out = ""
        write(to: &out, indent: compact ? nil : 0)
        return out
    }

    /// The text of this value as it appears nested `depth` levels deep in a pretty-printed
    /// document (its inner lines indented by `depth` more levels): what ``JSONStream``
    /// writes one element at a time, byte for byte as ``rendered(compact:)`` of the whole.
    public func rendered(depth: Int) -> String {
        var out = ""
        write(to: &out, indent: depth)
        return out
    }

    private func write(to out: inout String, indent: Int?) {
        switch self {
        case .null: out += "null"
        case .bool(let b): out += b ? "true" : "false"
        case .number(let d): out += d.isFinite ? "\(d)" : "null"
        case .integer(let i): out += String(i)
        case .unsigned(let u): out += String(u)
        case .string(let s): Self.escape(s, into: &out)
        case .array(let items):
            if items.isEmpty {
                out += "[]"
                return
            }
            out += "["
            for (k, item) in items.enumerated() {
                if k > 0 { out += "," }
                Self.newline(&out, indent.map { $0 + 1 })
                item.write(to: &out, indent: indent.map { $0 + 1 })
            }
            Self.newline(&out, indent)
            out += "]"
        case .object(let pairs):
            if pairs.isEmpty {
                out += "{}"
                return
            }
            out += "{"
            for (k, (key, value)) in pairs.enumerated() {
                if k > 0 { out += "," }
                Self.newline(&out, indent.map { $0 + 1 })
                Self.escape(key, into: &out)
                out += indent == nil ? ":" : ": "
                value.write(to: &out, indent: indent.map { $0 + 1 })
            }
            Self.newline(&out, indent)
            out += "}"
        }
    }

    private static func newline(_ out: inout String, _ indent: Int?) {
        guard let indent else { return }
        out += "\n" + String(repeating: "  ", count: indent)
    }

    private static func escape(_ s: String, into out: inout String) {
        out += "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where TerminalText.isControl(scalar):
                // C0, DEL, C1, line separators and bidi controls as `\uXXXX`: the same
                // string once parsed, and nothing that can act on a terminal when printed.
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        out += "\""
    }
}
