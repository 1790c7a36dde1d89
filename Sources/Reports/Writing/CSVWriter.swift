public import Foundation

/// RFC 4180 CSV with a UTF-8 byte order mark (so Excel shows Chinese text), CRLF line
/// ends, and fields quoted only when they need it. The one place CSV escaping happens,
/// including the neutralisation of formula-like text (OWASP, "CSV Injection").
public enum CSVWriter {
    public static func document(header: [String], rows: [[String]]) -> Data {
        var text = ([header] + rows).map { $0.map(escape).joined(separator: ",") }.joined(separator: "\r\n") + "\r\n"
        text = "\u{FEFF}" + text
        return Data(text.utf8)
    }

    static func escape(_ raw: String) -> String {
        let field = neutralised(raw)
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// A text cell that a spreadsheet would run as a formula (it starts with `=`, `+`,
    /// `-`, `@`, a tab or a carriage return) gets a leading apostrophe, as OWASP
    /// recommends; numbers (`-0.05`, `+3`) are left as they are so they stay numbers.
    static func neutralised(_ field: String) -> String {
        guard let first = field.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) else { return field }
        if Double(field) != nil { return field }
        return "'" + field
    }

    /// A number in shortest round-trip form, empty for nil or non-finite.
    public static func number(_ x: Double?) -> String {
        guard let x, x.isFinite else { return "" }
        return "\(x)"
    }
}
