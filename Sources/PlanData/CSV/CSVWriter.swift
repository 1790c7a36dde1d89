public import Foundation

/// plansim's one CSV writer (``CSVDocument`` is its reader): RFC 4180 fields quoted only
/// when they need it, formula-like text neutralised (OWASP, "CSV Injection"). Reports
/// for people use ``document(header:rows:)`` (a UTF-8 byte order mark so Excel shows
/// Chinese text, CRLF line ends); machine files streamed by a sweep use ``line(_:)``
/// (LF, no mark), so both escape alike.
public enum CSVWriter {
    public static func document(header: [String], rows: [[String]]) -> Data {
        Data((byteOrderMark + ([header] + rows).map(record).joined()).utf8)
    }

    /// The mark a report's CSV starts with (``document(header:rows:)``), for a report
    /// written a record at a time.
    public static let byteOrderMark = "\u{FEFF}"

    /// One record of a report's CSV: the fields escaped, joined by commas, ended by CRLF.
    public static func record(_ fields: [String]) -> String {
        fields.map(escape).joined(separator: ",") + "\r\n"
    }

    /// One record of a machine-read file: the fields escaped, joined by commas, ended
    /// by LF.
    public static func line(_ fields: [String]) -> String {
        fields.map(escape).joined(separator: ",") + "\n"
    }

    /// A field as it is written: control characters shown as escapes so no raw ESC
    /// reaches a viewer (``TerminalText/escapedKeepingLayout(_:)``), neutralised, then
    /// quoted when it holds a comma, a quote or a line end (quotes inside doubled).
    public static func escape(_ raw: String) -> String {
        let field = neutralised(TerminalText.escapedKeepingLayout(raw))
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
