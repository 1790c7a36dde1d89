public import PlanData

extension SweepSummary {
    /// An input that matters: total index (Sₜ) of at least this much, or for Morris a μ*
    /// of at least this share of the largest.
    static let driverShare = 0.05

    /// The rows that drive the measure, most important first (``driverShare``).
    var drivers: [Row] {
        let top = rows.map(\.main).filter(\.isFinite).max() ?? 0
        return rows.filter { r in
            guard r.main.isFinite, r.withinNoise != true else { return false }
            return isMorris ? top > 0 && r.main >= Self.driverShare * top : r.main >= Self.driverShare
        }
    }

    /// The sum of first-order indices: the share of the measure's variance the inputs
    /// explain each on its own (Sobol' only; NaN otherwise).
    var firstOrderShare: Double { isMorris ? .nan : rows.map(\.first).filter(\.isFinite).reduce(0) { $0 + max($1, 0) } }

    /// The summary in words a reader who reads nothing else understands: which inputs
    /// drive the measure and how strongly (with intervals), how much of the variance
    /// their effects alone explain and how much interactions add, which way each moves
    /// the measure, and the evidence (scenario, method, N, runs). Generated from the
    /// indices; in `l` throughout.
    public func paragraphs(language l: Language) -> [String] {
        let zh = l == .zh
        let measureName = measureName(l)
        let name = { (r: Row) in SweepNames.input(r.name, language: l) }
        var out: [String] = []
        let list = { (items: [String]) -> String in
            zh
                ? items.joined(separator: "、")
                : items.count <= 2
                    ? items.joined(separator: " and ")
                    : items.dropLast().joined(separator: ", ") + " and " + items.last!
        }
        guard !rows.isEmpty else {
            return [
                zh
                    ? "结论：该抽样方法（\(SweepNames.method(method, language: l))）不给出基于方差的指数；各样本的输入与度量见 `response.csv`。"
                    : "Bottom line: this design (\(SweepNames.method(method, language: l))) gives no variance-based indices; each sample's inputs beside its measures are in `response.csv`.",
                evidence(l),
            ]
        }
        if rows.allSatisfy({ !$0.main.isFinite }) {
            return [
                zh
                    ? "结论：\(measureName)在所有样本中都相同，无法估计指数：所变动的输入都不影响它。"
                    : "Bottom line: \(measureName) is the same in every sample, so no index can be estimated: none of the inputs varied moves it.",
                evidence(l),
            ]
        }
        let drivers = self.drivers
        let others = rows.count - drivers.count
        // 1. The bottom line: the inputs that decide the measure.
        let described = drivers.prefix(3).map { r in
            isMorris
                ? (zh ? "\(name(r))（μ* = \(fmt(r.main))）" : "\(name(r)) (μ* = \(fmt(r.main)))")
                : (zh
                    ? "\(name(r))（可解释约\(percent(r.main))的差异，95%区间\(interval(r.main, r.mainConf, percent: l))）"
                    : "\(name(r)) (explains about \(percent(r.main)) of the variation, 95% interval \(interval(r.main, r.mainConf, percent: l)))")
        }
        var bottom: String
        if drivers.isEmpty {
            bottom =
                zh
                ? "结论：所变动的\(rows.count)个输入对\(measureName)都没有可测的影响。"
                : "Bottom line: none of the \(rows.count) inputs varied has a measurable effect on \(measureName)."
        } else {
            bottom =
                zh
                ? "结论：\(measureName)主要取决于\(list(described))"
                : "Bottom line: \(measureName) is decided mainly by \(list(described))"
            if drivers.count > 3 {
                bottom += zh ? "等\(drivers.count)个输入" : ", among \(drivers.count) inputs that matter"
            }
            if others == 1 && !zh {
                bottom +=
                    isMorris
                    ? "; the other input matters far less (μ* under 5 % of the largest)"
                    : "; the other input matters little (it explains under 5% of the variation)"
            } else if others > 0 {
                bottom +=
                    isMorris
                    ? (zh
                        ? "；其余\(others)个输入的影响小得多（μ* 不到最大值的5%）"
                        : "; the other \(others) matter far less (μ* under 5 % of the largest)")
                    : (zh
                        ? "；其余\(others)个输入影响很小（各自可解释的差异不到5%）"
                        : "; the other \(others) matter little (each explains under 5% of the variation)")
            }
            // Inputs the model does not connect to the measure at all (both indices zero to
            // three decimals) are said to have no effect, not a small one.
            let inert =
                isMorris ? [] : rows.filter { abs($0.main) < 0.0005 && abs($0.first) < 0.0005 && $0.main.isFinite }
            if !inert.isEmpty {
                let names = inert.map(name)
                bottom +=
                    zh
                    ? "；其中\(list(names))的指数为零：在模型中它不影响\(measureName)"
                    : "; of these, \(list(names)) \(inert.count == 1 ? "has" : "have") indices of zero: in the model \(inert.count == 1 ? "it does" : "they do") not affect \(measureName) at all"
            }
            bottom += zh ? "。" : "."
        }
        out.append(bottom)
        // 2. Effects alone and interactions (Sobol'), or non-linearity (Morris).
        if !isMorris {
            let alone = firstOrderShare
            let rest = max(0, 1 - alone)
            let share =
                alone >= 0.95
                ? (zh ? "几乎全部" : "practically all")
                : percent(alone)
            var p =
                zh
                ? "各输入单独的作用合计可解释\(measureName)差异的\(share)"
                : "The inputs' effects on their own explain \(share) of the variation in \(measureName)"
            if alone > 1.1 {
                p =
                    zh
                    ? "各输入单独作用之和为\(NumberFormat.fixed(alone, decimals: 2))，超过1，是抽样误差所致：本次样本不足以区分各输入单独的作用与交互作用；增加样本即可区分。"
                    : "The inputs' effects on their own add up to \(NumberFormat.fixed(alone, decimals: 2)), above 1 by sampling error: this sweep is too small to tell them from their interactions; more samples will."
            } else if rest < 0.1 {
                p +=
                    zh
                    ? "；输入之间的交互作用很小，可以逐个考虑各项假设。"
                    : "; interactions between inputs are small, so the assumptions can be weighed one at a time."
            } else {
                p +=
                    zh
                    ? "；其余约\(percent(rest))来自输入之间的交互作用（某项假设的影响取决于其他假设的取值）。"
                    : "; the remaining \(percent(rest)) or so comes from interactions between inputs (one assumption's effect depends on the others' values)."
                if let strongest = rows.filter({ $0.main.isFinite && $0.first.isFinite }).max(by: {
                    $0.main - $0.first < $1.main - $1.first
                }), strongest.main - strongest.first >= 0.05 {
                    p +=
                        zh
                        ? "交互作用最强的是\(name(strongest))（交互部分约占\(percent(strongest.main - strongest.first))）。"
                        : " \(name(strongest)) interacts most (about \(percent(strongest.main - strongest.first)) of the variation)."
                }
            }
            if let pair = pairs.filter({ $0.s2.isFinite }).max(by: { $0.s2 < $1.s2 }), pair.s2 >= 0.05 {
                let a = SweepNames.input(pair.a, language: l), b = SweepNames.input(pair.b, language: l)
                p +=
                    zh
                    ? "两两交互最强的是\(a)与\(b)（约占\(percent(pair.s2))）。"
                    : " The strongest pair is \(a) with \(b) (about \(percent(pair.s2)) of the variation)."
            }
            out.append(p)
        } else if let top = drivers.first, top.sigma.isFinite {
            out.append(
                top.sigma > top.main
                    ? (zh
                        ? "\(name(top))的基本效应离散度 σ = \(fmt(top.sigma))大于 μ*：其影响随其他输入的取值而变（非线性或交互作用）。"
                        : "The elementary effects of \(name(top)) spread widely (σ = \(fmt(top.sigma)), above μ*): its effect changes with the other inputs (non-linearity or interactions).")
                    : (zh
                        ? "\(name(top))的基本效应离散度 σ = \(fmt(top.sigma))不大于 μ*：其影响大体是线性的、与其他输入无关。"
                        : "The elementary effects of \(name(top)) spread little (σ = \(fmt(top.sigma)), not above μ*): its effect is roughly linear and independent of the other inputs.")
            )
        }
        // 3. Which way each driver moves the measure.
        if hasDirections, !drivers.isEmpty {
            let clauses = drivers.prefix(5).enumerated().map { k, r -> String in
                let it = k == 0 ? measureName : (zh ? "之" : "it")
                guard r.direction.isFinite else {
                    return zh ? "\(name(r))的方向未知" : "the direction of \(name(r)) is unknown"
                }
                guard EffectDirection.isClear(r.direction, n: sampleCount) else {
                    return zh
                        ? "\(name(r))的方向不明（影响可能先升后降）"
                        : "the direction of \(name(r)) is unclear (its effect may rise then fall)"
                }
                return r.direction > 0
                    ? (zh
                        ? "提高\(name(r))使\(it)上升"
                        : "raising \(name(r)) raises \(it)")
                    : (zh
                        ? "提高\(name(r))使\(it)下降"
                        : "raising \(name(r)) lowers \(it)")
            }
            let sentence =
                zh
                ? "方向：" + clauses.joined(separator: "；") + "。" : "Direction: " + clauses.joined(separator: "; ") + "."
            out.append(sentence)
        }
        out.append(evidence(l))
        return out
    }

    /// The evidence behind the numbers: method, N, runs, paths, intervals (the code names
    /// of scenario and sweep are the annex's).
    func evidence(_ l: Language) -> String {
        let zh = l == .zh
        let runsText = runs > 0 ? NumberFormat.grouped(runs) : "—"
        // The scenario's and the sweep's code names are in the technical annex, not here.
        var s =
            zh
            ? "依据：敏感性分析，抽取\(NumberFormat.chineseCount(n))组假设组合，共\(runs > 0 ? NumberFormat.chineseCount(runs) : "—")次"
            : "Evidence: a sensitivity analysis of \(NumberFormat.grouped(n)) combinations of assumptions, \(runsText) runs of "
        s +=
            pathsPerSample > 1
            ? (zh
                ? "模型运行，每次\(NumberFormat.chineseCount(pathsPerSample))条蒙特卡洛路径（各样本使用相同路径）"
                : "the model with \(NumberFormat.grouped(pathsPerSample)) Monte Carlo paths each (the same paths for every sample)")
            : (zh ? "确定性模型运行（冲击取零）" : "the deterministic model (shocks at zero)")
        if !isMorris && !rows.isEmpty {
            s += zh ? "；区间为95%区间（计算方法见技术附录）" : "; intervals are 95% intervals (method in the technical annex)"
            if drivers.contains(where: { $0.mainConf.isFinite && $0.mainConf > 0.1 }) {
                s += zh ? "。部分区间较宽：增加样本可以收窄" : ". Some intervals are wide: more samples narrow them"
            }
        }
        if pathsPerSample == 1, measure.hasPrefix("probability") {
            s +=
                zh
                ? "。确定性运行没有概率可言，此处以目标比值（预测值÷目标值，不小于1即达标）代替达标概率"
                : ". A deterministic run has no probability: here the measure is the target ratio (forecast ÷ target; 1 or more means met)"
        }
        let noisy = rows.filter { $0.withinNoise == true }.count
        if noisy > 0 {
            s +=
                zh
                ? "。\(noisy)个输入的影响在随机误差之内，视为零"
                : noisy == 1
                    ? ". One index is within Monte Carlo noise of zero and reads as zero"
                    : ". \(noisy) indices are within Monte Carlo noise of zero and read as zero"
        }
        return s + (zh ? "。" : ".")
    }

    /// `0.74–0.86` from an estimate and its 95 % half-width (`—` when unknown); `percent`:
    /// as shares of the variation in words, `74%至86%` (en `74–86%`).
    func interval(_ x: Double, _ half: Double, percent l: Language? = nil) -> String {
        guard x.isFinite, half.isFinite else { return "—" }
        guard let l else { return "\(fmt(x - half))–\(fmt(x + half))" }
        let low = percent(max(0, x - half)), high = percent(min(1, x + half))
        return l == .zh ? "\(low)至\(high)" : "\(low.dropLast())–\(high)"
    }

    func percent(_ share: Double) -> String {
        share.isFinite ? NumberFormat.fixed(share * 100, decimals: 0) + "%" : "—"
    }
}
