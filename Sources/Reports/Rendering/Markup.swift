/// Escaping for XML, HTML, SVG and Markdown text: the one place it happens.
public enum Markup {
    /// Text safe in XML/HTML/SVG content and quoted attributes.
    public static func escape(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.count)
        for ch in s {
            switch ch {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default:
                // Control characters (ESC, BEL, …) never reach a document.
                if let a = ch.asciiValue, a < 0x20, a != 0x0A, a != 0x09 { out += "\u{FFFD}" } else { out.append(ch) }
            }
        }
        return out
    }

    /// Text safe in Markdown (and in a notebook's Markdown cell): raw HTML becomes
    /// entities, Markdown's own characters are backslash-escaped and TeX delimiters are
    /// broken, so a file or scenario name shows as written and never as markup or maths.
    /// Line breaks become spaces.
    public static func markdown(_ s: String) -> String {
        var out = ""
        for ch in s {
            switch ch {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            // `$` and `\` never start TeX (`$…$`, `$$…$$`, `\(…\)`, `\[…\]`) in a notebook or
            // a Markdown viewer with maths: an entity hides them from the maths finder of
            // the Markdown source, the span from MathJax on the rendered page.
            case "$": out += "<span>&#36;</span>"
            case "\\": out += "<span>&#92;</span>"
            case "`", "*", "_", "[", "]", "|", "#", "!", "~": out += "\\" + String(ch)
            case "\n", "\r", "\r\n": out += " "
            default:
                // Quotes and apostrophes are plain text in Markdown (an entity here would be
                // shown as written once its `#` is escaped); control characters never reach it.
                if let a = ch.asciiValue, a < 0x20, a != 0x09 { out += "\u{FFFD}" } else { out.append(ch) }
            }
        }
        return out
    }
}
