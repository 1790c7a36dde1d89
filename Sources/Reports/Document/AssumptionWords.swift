public import PlanData

/// A scenario statement (as `plansim explain` prints it) in words for a briefing:
/// `shock retail_sales -15% in 2022` → 社会消费品零售总额在2022年受一次性冲击-15%.
/// Forms it does not know keep their text with indicator ids replaced by names.
/// `plain`: the words for page one, without model jargon — a distribution by its centre
/// (`约29%`, `4%至12%之间`), a linked-model parameter by its name alone; the settings
/// themselves (均值、标准差、正态分布) belong in the 技术附录.
public enum AssumptionWords {
    static let parametersZH = [
        "investment_growth_plan": "规划期投资年均增速", "investment_growth_long_run": "长期投资增速",
        "tfp_growth_now": "当前全要素生产率增速", "tfp_growth_long_run": "长期全要素生产率增速",
        "capital_output_ratio": "资本产出比", "depreciation": "折旧率",
        "capital_elasticity": "资本产出弹性", "employment_elasticity": "就业产出弹性",
    ]
    static let parametersEN = [
        "investment_growth_plan": "plan-period investment growth",
        "investment_growth_long_run": "long-run investment growth",
        "tfp_growth_now": "current TFP growth", "tfp_growth_long_run": "long-run TFP growth",
        "capital_output_ratio": "capital–output ratio", "depreciation": "depreciation rate",
        "capital_elasticity": "capital elasticity of output",
        "employment_elasticity": "employment elasticity of output",
    ]

    public static func describe(_ statement: String, in d: ReportDocument, language l: Language, plain: Bool = false)
        -> String
    {
        let zh = l == .zh
        var words = statement.split(separator: "#", maxSplits: 1).first.map(String.init) ?? statement
        words = words.trimmingCharacters(in: .whitespaces)
        let w = words.split(separator: " ").map(String.init)
        func name(_ id: String) -> String {
            d.indicator(id)?.name(l) ?? (zh ? parametersZH[id] : parametersEN[id]) ?? id
        }
        func span(_ s: String) -> String { s.replacingOccurrences(of: "..", with: "–") }
        /// An amount as a reader writes it: a true minus sign, the unit in the report's
        /// language (`-400 人` → `−400 persons`), Chinese units without a space.
        func amount(_ parts: ArraySlice<String>, of id: String) -> String {
            let unit = d.indicator(id)
            return parts.map { part -> String in
                if let unit, part == unit.unitZH { return zh ? part : " " + unit.unitEN }
                return (part.hasPrefix("-") ? "−" + part.dropFirst() : part)
            }.joined(separator: zh ? "" : " ").replacingOccurrences(of: "  ", with: " ")
        }
        func dist(_ parts: ArraySlice<String>) -> String {
            let text = parts.joined(separator: " ")
            guard let open = text.firstIndex(of: "("), text.hasSuffix(")") else { return text }
            let kind = text[..<open]
            let args = text[text.index(after: open)..<text.index(before: text.endIndex)].split(separator: ",").map {
                $0.trimmingCharacters(in: .whitespaces)
            }
            guard args.count == 2 else { return text }
            if plain {
                switch kind {
                case "normal": return zh ? "约\(args[0])" : "about \(args[0])"
                case "uniform": return zh ? "\(args[0])至\(args[1])之间" : "between \(args[0]) and \(args[1])"
                default: break
                }
            }
            switch kind {
            case "normal": return zh ? "均值\(args[0])、标准差\(args[1])的正态分布" : "normal, mean \(args[0]), SD \(args[1])"
            case "uniform": return zh ? "\(args[0])至\(args[1])之间均匀分布" : "uniform between \(args[0]) and \(args[1])"
            case "lognormal": return zh ? "对数正态分布（\(args[0])，\(args[1])）" : "lognormal (\(args[0]), \(args[1]))"
            default: return text
            }
        }
        guard w.count >= 3 else { return words }
        switch (w[0], w.count >= 4 ? w[2] : "") {
        case ("shock", _) where w.count >= 5 && (w[w.count - 2] == "in" || w[w.count - 2] == "from"):
            let amount = amount(w[2..<(w.count - 2)], of: w[1]), year = w[w.count - 1]
            if w[w.count - 2] == "in" {
                return zh
                    ? "\(name(w[1]))在\(year)年受一次性冲击\(amount)（此后回到原路径）"
                    : "a one-off shock of \(amount) to \(name(w[1])) in \(year) (back on its path afterwards)"
            }
            return zh
                ? "\(name(w[1]))自\(year)年起永久变化\(amount)"
                : "a permanent change of \(amount) to \(name(w[1])) from \(year) on"
        case ("assume", "growth"), ("assume", "add_factor"):
            guard let over = w.firstIndex(of: "over"), over + 1 < w.count else { break }
            let value = dist(w[3..<over]), years = span(w[over + 1])
            if w[2] == "growth" {
                if plain {
                    return zh
                        ? "\(name(w[1]))\(years)年年均增长\(value)" : "\(name(w[1])) grows \(value) a year over \(years)"
                }
                return zh ? "\(name(w[1]))\(years)年的年增速为\(value)" : "\(name(w[1])) grows \(value) a year over \(years)"
            }
            return zh
                ? "\(name(w[1]))\(years)年每年额外增长\(value)" : "\(name(w[1])) gains an extra \(value) a year over \(years)"
        case ("assume", "grows_as"):
            guard w.count >= 6, let over = w.firstIndex(of: "over"), over + 1 < w.count else { break }
            return zh
                ? "\(name(w[1]))随\(name(w[3]))增长，弹性\(w[5])（\(span(w[over + 1]))年）"
                : "\(name(w[1])) grows with \(name(w[3])), elasticity \(w[5]), over \(span(w[over + 1]))"
        case ("assume", "step"), ("assume", "level"):
            guard w.count >= 6, w[w.count - 2] == "in" else { break }
            let value = dist(w[3..<(w.count - 2)]), year = w[w.count - 1]
            if w[2] == "step" {
                return zh ? "\(name(w[1]))在\(year)年阶跃变化\(value)" : "a step of \(value) in \(name(w[1])) in \(year)"
            }
            return zh ? "\(name(w[1]))在\(year)年的水平为\(value)" : "\(name(w[1])) at \(value) in \(year)"
        case ("prior", _) where w.count >= 4 && w[1] == "linked":
            if plain { return zh ? "\(name(w[2]))\(dist(w[3...]))" : "\(name(w[2])) \(dist(w[3...]))" }
            return zh
                ? "联动模型的\(name(w[2]))取\(dist(w[3...]))" : "the linked model's \(name(w[2])) drawn from \(dist(w[3...]))"
        case ("prior", _):
            return zh ? "\(name(w[1]))的\(w[2])取\(dist(w[3...]))" : "\(name(w[1]))'s \(w[2]) drawn from \(dist(w[3...]))"
        case ("target", _) where w.count >= 6 && w[w.count - 2] == "by":
            return zh
                ? "目标：\(name(w[1]))在\(w[w.count - 1])年达到\(w[3..<(w.count - 2)].joined(separator: " "))"
                : "target: \(name(w[1])) at \(w[3..<(w.count - 2)].joined(separator: " ")) by \(w[w.count - 1])"
        default: break
        }
        return w.map { d.indicator($0) != nil ? name($0) : $0 }.joined(separator: " ")
    }
}
