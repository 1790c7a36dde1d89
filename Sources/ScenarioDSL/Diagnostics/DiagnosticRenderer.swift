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
    public static func render(_ d: Diagnostic, in source: SourceFile) -> String {
        let (line, column) = source.location(d.range.start)
        let lineText = source.line(line).replacingOccurrences(of: "\t", with: " ")
        let gutter = String(repeating: " ", count: String(line).count)
        let before = String(lineText.prefix(max(0, column - 1)))
        let endLoc = source.location(max(d.range.start, d.range.end - 1))
        let spanText = endLoc.line == line
            ? String(lineText.dropFirst(max(0, column - 1)).prefix(max(1, endLoc.column - column + 1)))
            : String(lineText.dropFirst(max(0, column - 1)))
        let carets = String(repeating: "^", count: max(1, DisplayWidth.of(spanText)))
        var out = "\(d.severity.rawValue)[\(d.id)]: \(d.message)\n"
        out += "\(gutter)--> \(source.path):\(line):\(column)\n"
        out += "\(gutter) |\n"
        out += "\(line) | \(lineText)\n"
        out += "\(gutter) | \(String(repeating: " ", count: DisplayWidth.of(before)))\(carets)\n"
        if let help = d.help { out += "\(gutter) = help: \(help)\n" }
        return out
    }

    /// `file:line:col: severity: message` — one line per diagnostic, for tools.
    public static func short(_ d: Diagnostic, in source: SourceFile) -> String {
        let (line, column) = source.location(d.range.start)
        return "\(source.path):\(line):\(column): \(d.severity.rawValue): \(d.message)"
    }
}
