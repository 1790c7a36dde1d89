/// Text from a file, made safe to print: control characters (C0, DEL, C1 — ESC, BEL,
/// backspace, carriage return …) are shown as `\u{1B}`-style escapes so that no input can
/// move the cursor, recolour or retitle a planner's terminal, or hide text; tabs become a
/// space. Everything else, Chinese included, is kept as written.
public enum TerminalText {
    public static func escaped(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isControl) else { return text }
        var out = ""
        out.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars {
            if scalar == "\t" { out += " " }
            else if isControl(scalar) && scalar != "\n" { out += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}" }
            else { out.unicodeScalars.append(scalar) }
        }
        return out
    }

    /// Whether `s` is escaped: C0, DEL, C1, line and paragraph separators, bidi embeddings,
    /// overrides and isolates.
    public static func isControl(_ s: Unicode.Scalar) -> Bool {
        s.value < 0x20 || (0x7F...0x9F).contains(s.value) || s.value == 0x2028 || s.value == 0x2029
            || (0x202A...0x202E).contains(s.value) || (0x2066...0x2069).contains(s.value)
    }
}
