/// One cell of a plan table read as a figure: `39.4`, `6%左右`, `〔13.5〕`, `4%以内`,
/// `累计50`, or blank / `—` (left open by the plan). Full-width characters are read as
/// their ASCII forms.
public struct TableValue: Sendable, Equatable {
    /// Nil when the plan leaves the cell open.
    public let value: Double?
    /// Written with `%`.
    public let percent: Bool
    /// A figure over the whole period: in `〔〕` or marked `累计`.
    public let cumulative: Bool
    /// `以内`, `以下`, `不超过`, `≤`, `<`: a ceiling.
    public let ceiling: Bool
    /// `左右`, `约`: approximate.
    public let approximate: Bool

    /// Full-width forms (`０-９ ．％（）`) as ASCII, ideographic spaces as spaces, trimmed.
    public static func normalise(_ s: String) -> String {
        var out = String.UnicodeScalarView()
        for u in s.unicodeScalars {
            if (0xFF01...0xFF5E).contains(u.value), let a = Unicode.Scalar(u.value - 0xFEE0) { out.append(a) }
            else if u.value == 0x3000 || u == "\u{00A0}" { out.append(" ") }
            else { out.append(u) }
        }
        return String(out).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Words that mean "left open".
    static let open: Set<String> = ["", "-", "—", "——", "–", "/", "\\", "无", "待定", "n/a", "na", "…"]

    /// The largest figure a plan table may hold (plan files refuse 10¹² and more: E049).
    public static let limit = 1e12

    /// The figure in `text`, or nil when it is not one or is out of range (the caller
    /// reports where; ``isTooLarge(_:)`` tells the two apart).
    public static func parse(_ text: String) -> TableValue? {
        guard let v = parseUnbounded(text) else { return nil }
        return v.value.map { abs($0) < limit } ?? true ? v : nil
    }

    /// Whether `text` is a figure, but one of 10¹² or more in size.
    public static func isTooLarge(_ text: String) -> Bool {
        parseUnbounded(text)?.value.map { abs($0) >= limit } ?? false
    }

    static func parseUnbounded(_ text: String) -> TableValue? {
        var s = normalise(text)
        if open.contains(s.lowercased()) { return TableValue(value: nil, percent: false, cumulative: false, ceiling: false, approximate: false) }
        var cumulative = false, ceiling = false, approximate = false
        for (marks, flag) in [(["〔", "〕", "[", "]", "【", "】", "累计"], 0), (["以内", "以下", "不超过", "≤", "<=", "<"], 1), (["左右", "约", "~", "≈"], 2)] {
            for m in marks where s.contains(m) {
                s = s.replacingOccurrences(of: m, with: "")
                if flag == 0 { cumulative = true } else if flag == 1 { ceiling = true } else { approximate = true }
            }
        }
        for word in ["控制在", "达到", "增长", "年均", "力争", "≥", ">=", ">", "以上", ",", " "] { s = s.replacingOccurrences(of: word, with: "") }
        let percent = s.hasSuffix("%")
        if percent { s.removeLast() }
        guard let v = Double(s), v.isFinite else { return nil }
        return TableValue(value: v, percent: percent, cumulative: cumulative, ceiling: ceiling, approximate: approximate)
    }
}
