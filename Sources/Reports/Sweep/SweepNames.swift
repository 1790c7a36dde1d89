import PlanData

/// Sweep inputs and measures in words for people, in the report's language:
/// `linked.tfp_growth_now` → 当前全要素生产率增速, `commodity_sales.growth` → 商品销售总额 增速,
/// `probability industrial_output` → 工业总产值达标概率. Unknown names stay as written.
enum SweepNames {
    static let fields: [String: (String, String)] = [
        "growth": ("增速", "growth"), "growth_now": ("当前增速", "current growth"),
        "growth_long_run": ("长期增速", "long-run growth"),
        "level": ("水平", "level"), "add_factor": ("附加增速", "add-on growth"), "shock": ("冲击", "shock"),
        "step": ("阶跃", "step"),
        "elasticity": ("弹性", "elasticity"), "sd": ("波动", "volatility"),
    ]

    static func indicatorName(_ id: String, _ l: Language) -> String? {
        HaibinPlan.indicators.first { $0.id == id }.map { l == .zh ? $0.nameZH : $0.nameEN }
    }

    static func input(_ name: String, language l: Language) -> String {
        let zh = l == .zh
        let parts = name.split(whereSeparator: { $0 == "." || $0 == " " }).map(String.init)
        if parts.count >= 2, parts[0] == "linked" {
            return (zh ? AssumptionWords.parametersZH[parts[1]] : AssumptionWords.parametersEN[parts[1]]) ?? parts[1]
        }
        if parts.count >= 2, let ind = indicatorName(parts[0], l) {
            let field = parts.dropFirst().map { fields[$0].map { zh ? $0.0 : $0.1 } ?? $0 }.joined(separator: " ")
            return ind + (zh ? "" : " ") + field
        }
        if let ind = indicatorName(name, l) { return ind }
        return (zh ? AssumptionWords.parametersZH[name] : AssumptionWords.parametersEN[name]) ?? name
    }

    /// A sampling method for people: `sobol` → Sobol 指数 / Sobol indices.
    static func method(_ m: String, language l: Language) -> String {
        let words = [
            "sobol": ("Sobol 指数", "Sobol indices"), "morris": ("Morris 筛选", "Morris screening"),
            "lhs": ("拉丁超立方抽样", "Latin hypercube"), "grid": ("网格", "grid"),
        ]
        return words[m].map { l == .zh ? $0.0 : $0.1 } ?? m
    }

    /// A measure in words. `deterministic`: the sweep ran the deterministic model, where a
    /// `probability` measure is the target ratio (forecast ÷ target), not a probability.
    static func measure(_ text: String, deterministic: Bool = false, language l: Language) -> String {
        let zh = l == .zh
        let parts = text.split(separator: " ").map(String.init)
        var id: String?
        for prefix in ["probability_", "probability "] where text.hasPrefix(prefix) {
            id = String(text.dropFirst(prefix.count))
        }
        if parts.count == 2, parts[0] == "probability" { id = parts[1] }
        guard let id, let ind = indicatorName(id, l) else { return text }
        if deterministic { return zh ? "\(ind)目标比值（预测÷目标）" : "\(ind)'s target ratio (forecast ÷ target)" }
        return zh ? "\(ind)达标概率" : "P(\(ind) meets its target)"
    }
}
