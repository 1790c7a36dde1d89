/// The units plan tables print, and the scale conversions between them.
public enum PlanUnit {
    /// Every unit a plan file may state for an indicator or a fact.
    public static let known: [String] = [
        "亿元", "万元", "元", "亿美元", "万美元", "美元", "亿", "万", "人", "万人", "人次", "万人次", "个", "家", "户", "项", "座", "所", "处", "件",
        "辆", "套", "张",
        "吨", "万吨", "亩", "万亩", "公顷", "平方米", "万平方米", "平方公里", "公里", "千瓦时", "万千瓦时", "吨标准煤", "万吨标准煤",
        "%", "‰", "岁", "年", "天",
    ]

    /// Units that measure the same quantity at another scale: `from` × factor = the value in `to`.
    static let scale: [String: (base: String, factor: Double)] = [
        "元": ("元", 1), "万元": ("元", 1e4), "亿元": ("元", 1e8),
        // US dollars are a currency of their own: never converted to or from 元.
        "美元": ("美元", 1), "万美元": ("美元", 1e4), "亿美元": ("美元", 1e8),
        "吨": ("吨", 1), "万吨": ("吨", 1e4),
        "人": ("人", 1), "万人": ("人", 1e4),
        "亩": ("亩", 1), "万亩": ("亩", 1e4),
        "平方米": ("平方米", 1), "万平方米": ("平方米", 1e4),
        "千瓦时": ("千瓦时", 1), "万千瓦时": ("千瓦时", 1e4),
        "吨标准煤": ("吨标准煤", 1), "万吨标准煤": ("吨标准煤", 1e4),
    ]

    /// The factor that turns a value in `from` into `to` (`万元` → `亿元`: 0.0001), 1 when
    /// they are the same unit, nil when they measure different things.
    public static func factor(from: String, to: String) -> Double? {
        if from == to { return 1 }
        guard let a = scale[from], let b = scale[to], a.base == b.base else { return nil }
        return a.factor / b.factor
    }

    /// The known units to suggest for a mistyped `unit`: those within the edit distance of
    /// ``DidYouMean`` of the same currency (美元, 元 — `圆` read as `元` — or none), and of
    /// those, when any shares a character of what the unit measures (its text without the
    /// scale 万/亿/千/百), only those: `万美圆` suggests `万美元` and never `万元`, `公倾`
    /// suggests `公里` or `公顷`, and `万屯` never a currency; of these, the closest only.
    public static func suggestions(for unit: String) -> [String] {
        func core(_ u: String) -> Set<Character> {
            Set(u.replacingOccurrences(of: "圆", with: "元").filter { !"万亿千百".contains($0) })
        }
        func currency(_ u: String) -> String? {
            let u = u.replacingOccurrences(of: "圆", with: "元")
            return u.contains("美") ? "美元" : u.contains("元") ? "元" : nil
        }
        let typed = core(unit), sameCurrency = known.filter { currency($0) == currency(unit) }
        let alike = DidYouMean.suggestions(for: unit, among: sameCurrency.filter { !core($0).isDisjoint(with: typed) })
        let found = alike.isEmpty ? DidYouMean.suggestions(for: unit, among: sameCurrency) : alike
        // Only the closest: `亿圆` is `亿元`, not also `万元` or `元`.
        let distance = { (u: String) in DidYouMean.distance(Array(u.lowercased()), Array(unit.lowercased())) }
        let best = found.map(distance).min()
        return found.filter { distance($0) == best }
    }

    /// `did you mean …?` for a mistyped unit (``suggestions(for:)``), or nil when none is close.
    public static func didYouMean(_ unit: String) -> Phrase? {
        DidYouMean.phrase(for: unit, among: suggestions(for: unit))
    }

    /// A unit's English label when the file gives none.
    public static func english(_ unit: String) -> String {
        [
            "亿元": "100m yuan", "万元": "10k yuan", "元": "yuan", "亿美元": "100m USD", "万美元": "10k USD",
            "美元": "USD", "亿": "100m", "万": "10k", "人": "persons",
            "万人": "10k persons",
            "个": "units", "家": "firms", "吨": "t", "万吨": "10k t", "亩": "mu", "万亩": "10k mu", "公顷": "ha", "%": "%",
            "平方米": "m²", "万平方米": "10k m²", "人次": "person-visits", "万人次": "10k person-visits", "户": "households",
            "千瓦时": "kWh", "‰": "‰", "岁": "years", "年": "years", "天": "days", "平方公里": "km²", "公里": "km",
            "万千瓦时": "10k kWh", "吨标准煤": "tce", "万吨标准煤": "10k tce",
        ][unit] ?? unit
    }
}
