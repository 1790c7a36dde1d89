public import Forecasting
public import PlanData
public import Simulation

extension FitReport {
    /// The fits for a terminal, every word in `language`: per indicator the model average,
    /// each family's scores and parameters, the families not fitted and why, warnings;
    /// then the linked core and what the headline rests on.
    public static func text(
        _ fits: [IndicatorFit], core: LinkedCoreFit, language: Language,
        sensitivity: HeadlineSensitivity? = nil, startingOutput: Double? = nil, startingYear: Int? = nil,
        linked: Set<String> = []
    ) -> String {
        let l = language, zh = l == .zh
        func say(_ zhText: String, _ en: String) -> String { zh ? zhText : en }
        func prior(_ p: ParameterEstimate) -> String {
            p.prior.map {
                say(
                    "，先验 \($0)，权重 \(NumberFormat.percent(p.priorWeight))",
                    ", prior \($0) weight \(NumberFormat.percent(p.priorWeight))")
            } ?? ""
        }
        func parameter(_ p: ParameterEstimate) -> String {
            "\(parameterName(p.name, l)) = \(NumberFormat.value(p.estimate, digits: 5)) ± \(NumberFormat.value(p.standardError, digits: 3))\(prior(p))"
        }
        var lines: [String] = []
        for fit in fits {
            lines.append(
                "\(fit.indicator.id) — \(fit.indicator.name(l))"
                    + say("（\(fit.indicator.unit(l))）", " (\(fit.indicator.unit(l)))"))
            let average = fit.components.map {
                "\(FitWords.family($0.model.family, l)) \(NumberFormat.percent($0.weight))"
            }.joined(separator: say("，", ", "))
            var how = fit.chosenBy.text(l)
            if !fit.comparedAICc.isEmpty {
                how += say(
                    "，各模型在相同的 \(fit.comparedObservations) 个点上比较，下列 AICc 即权重所据",
                    ", compared on the same \(fit.comparedObservations) points: the AICc below are what the weights are computed from"
                )
            }
            lines.append(
                say(
                    "  模型平均：\(average)（\(how)）；依据：\(fit.evidence.text(l))",
                    "  model average: \(average) (\(how)); evidence: \(fit.evidence.rawValue)"))
            if fit.scale.isBounded {
                lines.append(
                    say(
                        "  尺度：对数几率 log(x/(100−x))，以下增速均为几率 x/(100−x) 的增速（比重不超过100%）",
                        "  scale: log-odds log(x/(100 − x)); the growths below are of the odds x/(100 − x) (a share stays below 100 %)"
                    ))
            }
            if linked.contains(fit.indicator.id) {
                lines.append(
                    say(
                        "  不参与模拟：该指标由联动核心驱动，以下拟合仅供比较",
                        "  not simulated: the linked core drives this indicator; these fits are shown for comparison only"
                    ))
            }
            let familyWidth =
                ([fit.chosen] + fit.alternatives).map { DisplayWidth.of(FitWords.family($0.family, l)) }.max() ?? 11
            for m in [fit.chosen] + fit.alternatives {
                let df = NumberFormat.value(m.shockDegreesOfFreedom, digits: 3),
                    sdValue = NumberFormat.value(m.residualSD, digits: 3)
                let sd =
                    zh
                    ? "冲击标准差 \(sdValue)（\(m.residualSDFromPrior ? "来自先验" : "先验与数据")，t 分布，自由度 \(df)）"
                    : "shock SD \(sdValue) (\(m.residualSDFromPrior ? "prior" : "prior and data"), t with \(df) df)"
                let aicc = NumberFormat.value(fit.comparedAICc[m.family] ?? m.aicc, digits: 4),
                    loo = NumberFormat.value(m.looRMSE, digits: 3)
                // A family left out of the weighted comparison prints its own AICc, marked, so no
                // printed AICc contradicts the weights (issue 24, finding 7).
                let out =
                    !fit.comparedAICc.isEmpty && fit.comparedAICc[m.family] == nil
                    ? say("（未参与比较：已排除）", " (not compared: excluded)") : ""
                let scores = say(
                    "AICc \(aicc)\(out)，留一法 RMSE \(loo)，\(sd)，n = \(m.observations)",
                    "AICc \(aicc)\(out), LOO RMSE \(loo), \(sd), n = \(m.observations)")
                let name = DisplayWidth.pad(FitWords.family(m.family, l), to: max(familyWidth, zh ? 8 : 11), left: true)
                lines.append("  \(fit.weight(of: m.family) > 0 ? "*" : " ") \(name) \(scores)")
                for p in m.parameters { lines.append("        " + parameter(p)) }
            }
            for f in fit.failures {
                let reason = f.reason.text(l)
                lines.append(
                    "    \(FitWords.family(f.family, l))\(say("：", ": "))\(f.excluded ? "" : say("未拟合——", "not fitted — "))\(reason)"
                )
            }
            for w in Set(([fit.chosen] + fit.alternatives).flatMap(\.warnings)).sorted(by: { $0.en < $1.en }) {
                lines.append(say("  注意：", "  warning: ") + w.text(l))
            }
            lines.append("")
        }
        // The year before the first simulated year: Y₀'s year.
        let year0 = startingYear ?? core.outputAnchorYear
        lines += coreLines(
            core, language: l, startingOutput: startingOutput, year0: year0, drives: linked.sorted(),
            parameter: parameter)
        if let sensitivity, !sensitivity.rows.isEmpty {
            lines.append("")
            lines.append(
                say(
                    "结论依赖什么——将一个先验固定在其 P10 / P50 / P90 时的达标概率（共同随机数）",
                    "what the headline rests on — P(target met) with one prior fixed at its P10 / P50 / P90 (common random numbers)"
                ))
            let measuredTFP = core.parameters[LinkedCoreFit.index(of: "tfp_growth_now")].priorWeight < 1
            let tfp =
                measuredTFP
                ? say("全要素生产率增速由先验与实测年份共同确定", "TFP growth combines its prior with measured years")
                : say("全要素生产率增速取其先验", "TFP growth is its prior")
            let history =
                core.reconstructedYears.map {
                    say(
                        "重建的\($0.lowerBound)–\($0.upperBound)年历史不进入模拟：",
                        "the reconstructed \($0.lowerBound)–\($0.upperBound) history does not enter the simulation: ")
                } ?? ""
            lines.append("  \(history)K₀ = κ·Y\(subscriptDigits(year0))\(say("，", ", "))\(tfp)")
            let nameWidth =
                Set(sensitivity.rows.map(\.parameter)).map { DisplayWidth.of(parameterName($0, l)) }.max() ?? 21
            let targetWidth = sensitivity.targets.map { DisplayWidth.of(targetName($0, l)) }.max() ?? 18
            for name in Set(sensitivity.rows.map(\.parameter)).sorted() {
                let rows = sensitivity.rows.filter { $0.parameter == name }
                for (t, target) in sensitivity.targets.enumerated() {
                    let cells = rows.map {
                        "\(NumberFormat.value($0.value, digits: 3)) → \(NumberFormat.probability($0.probabilities[t]))"
                    }
                    lines.append(
                        "  \(DisplayWidth.pad(parameterName(name, l), to: nameWidth, left: true)) \(DisplayWidth.pad(targetName(target, l), to: targetWidth, left: true)) \(cells.joined(separator: "   "))"
                    )
                }
            }
        }
        return lines.joined(separator: "\n")
    }

    static func coreLines(
        _ core: LinkedCoreFit, language l: Language, startingOutput: Double?, year0: Int,
        drives: [String], parameter: (ParameterEstimate) -> String
    ) -> [String] {
        let zh = l == .zh
        var lines: [String] = []
        lines.append(
            zh
                ? "联动核心——投资 → 资本（永续盘存）→ 产出 Y = A·K^α → 新增就业"
                : "linked core — investment → capital (perpetual inventory) → output Y = A·K^α → new employment")
        if !drives.isEmpty {
            // The plan's own role indicators (Haibin: fixed_investment, industrial_output, new_employment).
            let names = drives.map { targetName($0, l) }
            lines.append(
                zh
                    ? "  在基准情景中驱动\(names.joined(separator: "、"))"
                    : "  drives \(names.dropLast().joined(separator: ", ")) and \(names.last!) in the baseline")
        }
        let ratio = core.parameters[LinkedCoreFit.index(of: "capital_output_ratio")]
        let y0 = startingOutput ?? core.outputAnchor
        let k = NumberFormat.value(ratio.estimate, digits: 3), y = NumberFormat.value(y0, digits: 4),
            k0 = NumberFormat.value(ratio.estimate * y0, digits: 4)
        let kPrior = ratio.prior.map(\.description) ?? ""
        lines.append(
            zh
                ? "  期初资本 K₀ = κ·Y₀ = \(k) × \(y) = \(k0)（κ 先验 \(kPrior)，Y₀ 为\(year0)年即模拟前一年的产出）；不使用任何重建年份"
                : "  starting capital K₀ = κ·Y₀ = \(k) × \(y) = \(k0) (κ prior \(kPrior), Y₀ the output of \(year0), the year before the simulation); no reconstructed year enters it"
        )
        let e = core.evidence
        lines.append(
            zh
                ? "  依据：投资 \(e.investment.text(l))，产出 \(e.output.text(l))，就业 \(e.employment.text(l))"
                : "  evidence: investment \(e.investment.rawValue), output \(e.output.rawValue), employment \(e.employment.rawValue)"
        )
        for p in core.parameters { lines.append("    " + parameter(p)) }
        for w in core.warnings { lines.append((zh ? "  注意：" : "  warning: ") + w.text(l)) }
        return lines
    }

    /// A parameter for people in Chinese (`growth_now` → 当前增速, `rho` → ρ); its id in English.
    static func parameterName(_ name: String, _ l: Language) -> String {
        guard l == .zh else { return name }
        let own = [
            "intercept": "截距", "rho": "ρ", "growth": "增速", "saturation": "饱和水平", "rate": "速率", "midpoint": "拐点年",
        ]
        return own[name] ?? AssumptionWords.parametersZH[name] ?? SweepNames.fields[name]?.0 ?? name
    }

    /// A target's indicator by name in Chinese (`industrial_output` → 工业总产值).
    static func targetName(_ id: String, _ l: Language) -> String {
        l == .zh ? SweepNames.indicatorName(id, l) ?? id : id
    }
}
