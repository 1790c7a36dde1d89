/// Text from a file, made safe to print: control characters (C0, DEL, C1 — ESC, BEL,
/// backspace, carriage return …) are shown as `\u{1B}`-style escapes so that no input can
/// move the cursor, recolour or retitle a planner's terminal, or hide text; tabs become a
/// space. Everything else, Chinese included, is kept as written.
public enum TerminalText {
    public static func escaped(_ text: String) -> String {
        escaped(text, keeping: ["\n"], tab: " ")
    }

    /// `text` escaped and cut to its first `limit` characters, with `…` at the cut: a value
    /// echoed in a warning (an environment variable, say) never floods the terminal.
    public static func shortened(_ text: String, limit: Int = 40) -> String {
        let shown = escaped(String(text.prefix(limit + 1)))
        return text.count > limit || shown.count > limit ? String(shown.prefix(limit)) + "…" : shown
    }

    /// `text` for a file others open in a viewer or a spreadsheet (CSV): the same
    /// controls shown as escapes, but line ends and tabs kept, since the file's own
    /// quoting carries them.
    public static func escapedKeepingLayout(_ text: String) -> String {
        escaped(text, keeping: ["\n", "\r", "\t"], tab: "\t")
    }

    /// Whether `s` is escaped: C0, DEL, C1, line and paragraph separators, bidi embeddings,
    /// overrides and isolates.
    public static func isControl(_ s: Unicode.Scalar) -> Bool {
        s.value < 0x20 || (0x7F...0x9F).contains(s.value) || s.value == 0x2028 || s.value == 0x2029
            || (0x202A...0x202E).contains(s.value) || (0x2066...0x2069).contains(s.value)
    }

    /// `text` with every control but those in `kept` escaped, and a tab written as `tab`.
    private static func escaped(_ text: String, keeping kept: Set<Unicode.Scalar>, tab: Unicode.Scalar) -> String {
        guard text.unicodeScalars.contains(where: { isControl($0) && ($0 == "\t" || !kept.contains($0)) }) else {
            return text
        }
        var out = ""
        out.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars {
            if scalar == "\t" {
                out.unicodeScalars.append(tab)
            } else if isControl(scalar) && !kept.contains(scalar) {
                out += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
