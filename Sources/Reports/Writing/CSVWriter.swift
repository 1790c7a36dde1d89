public import Foundation

/// RFC 4180 CSV with a UTF-8 byte order mark (so Excel shows Chinese text), CRLF line
/// ends, and fields quoted only when they need it. The one place CSV escaping happens.
public enum CSVWriter {
    public static func document(header: [String], rows: [[String]]) -> Data {
        var text = ([header] + rows).map { $0.map(escape).joined(separator: ",") }.joined(separator: "\r\n") + "\r\n"
        text = "\u{FEFF}" + text
        return Data(text.utf8)
    }

    static func escape(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// A number in shortest round-trip form, empty for nil or non-finite.
    public static func number(_ x: Double?) -> String {
        guard let x, x.isFinite else { return "" }
        return "\(x)"
    }
}
