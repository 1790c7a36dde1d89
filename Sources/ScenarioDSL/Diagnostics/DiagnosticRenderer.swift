import PlanData

/// Renders diagnostics as a good compiler does:
///
///     error[E012]: unknown indicator `industrial_outptu`
///      --> scenarios/x.scn:4:10
///       |
///     4 |     assume industrial_outptu growth 5% over 2021..2025
///       |            ^^^^^^^^^^^^^^^^^
///       = help: did you mean `industrial_output`?
public enum DiagnosticRenderer {
    /// The widest source excerpt shown; longer lines are cut around the caret with `…`.
    public static let excerptWidth = 100

    public static func render(_ d: Diagnostic, in source: SourceFile) -> String {
        let (line, column) = source.location(d.range.start)
        let full = source.line(line)
        let endLoc = source.location(max(d.range.start, d.range.end - 1))
        let count = full.count
        let from = min(max(0, column - 1), count)
        // Only the characters up to the window's end are materialised: an 8 MB line would
        // cost 16 bytes a character as an array.
        let characters = Array(full.prefix(from + excerptWidth + 1))
        let spanEnd = endLoc.line == line ? min(count, max(from + 1, endLoc.column)) : count
        // Cut the line to a window around the span so a 20,000-character line prints ~100.
        let long = count > excerptWidth
        let windowStart = long && from > excerptWidth / 2 ? from - excerptWidth / 3 : 0
        let windowEnd = long ? min(count, windowStart + excerptWidth) : count
        let head = windowStart > 0 ? "… " : "", tail = windowEnd < count ? " …" : ""
        func shown(_ a: Int, _ b: Int) -> String {
            TerminalText.escaped(String(characters[max(a, 0)..<max(min(b, characters.count), max(a, 0))]))
        }
        let lineText = head + shown(windowStart, windowEnd) + tail
        let before = head + shown(windowStart, from)
        let spanText = shown(from, min(spanEnd, windowEnd))
        let carets = String(repeating: "^", count: max(1, DisplayWidth.of(spanText)))
        let gutter = String(repeating: " ", count: String(line).count)
        var out = "\(d.severity.rawValue)[\(d.id)]: \(clipped(d.message))\n"
        out += "\(gutter)--> \(TerminalText.escaped(source.path)):\(line):\(column)\n"
        out += "\(gutter) |\n"
        out += "\(line) | \(lineText)\n"
        out += "\(gutter) | \(String(repeating: " ", count: DisplayWidth.of(before)))\(carets)\n"
        if let help = d.help { out += "\(gutter) = help: \(clipped(help))\n" }
        return out
    }

    /// `text` escaped, and cut in the middle when longer than 300 characters (a message
    /// quoting a 20,000-character token prints its ends).
    static func clipped(_ text: String) -> String {
        let safe = TerminalText.escaped(text)
        guard safe.count > 300 else { return safe }
        return String(safe.prefix(200)) + " … " + String(safe.suffix(80))
    }

    /// `file:line:col: severity: message` — one line per diagnostic, for tools.
    public static func short(_ d: Diagnostic, in source: SourceFile) -> String {
        let (line, column) = source.location(d.range.start)
        return "\(TerminalText.escaped(source.path)):\(line):\(column): \(d.severity.rawValue): \(clipped(d.message))"
    }
}
