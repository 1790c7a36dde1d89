import PlanData
import Reports

/// What `plansim plan show` prints: the plan as a document, its indicators and targets.
enum PlanSummary {
    static func text(_ d: Dataset, language: Language) -> String {
        let zh = language == .zh
        var lines: [String] = []
        if let p = d.plan {
            lines.append((zh ? p.titleZH : p.titleEN) + " (\(p.name))")
            lines.append(
                (zh ? "发布单位：" : "Issuer: ") + p.issuer + (zh ? "；规划期 " : "; period ")
                    + "\(p.period.lowerBound)–\(p.period.upperBound)")
        }
        if let r = d.roles {
            lines.append(
                (zh ? "联动核心：投资 " : "Linked core: investment ") + r.investment + (zh ? "，产出 " : ", output ") + r.output
                    + (zh ? "，就业 " : ", employment ") + r.employment)
        } else {
            lines.append(zh ? "联动核心：无（各指标单独预测）" : "Linked core: none (each indicator forecast on its own)")
        }
        lines.append("")
        var table = TextTable(
            headers: zh
                ? ["指标", "单位", "类型", "属性", "基期", "目标"] : ["indicator", "unit", "kind", "attribute", "base", "targets"],
            alignments: [.left, .left, .left, .left, .right, .left])
        for i in d.indicators {
            let note =
                (d.targets(of: i.id).first?.baseNote ?? d.goals(of: i.id).first?.baseNote).map {
                    $0.mark + ($0.estimate ? (zh ? "（预计数）" : " (estimate)") : "")
                } ?? ""
            let base =
                d.series(i.id).points.first { $0.origin == .printed }.map {
                    "\($0.year): \(NumberFormat.value($0.value))" + note
                } ?? "—"
            let targets = (d.targets(of: i.id).map(describe) + d.goals(of: i.id).map(describe)).joined(separator: "; ")
            table.add([
                i.name(language) + " (\(i.id))", i.unit(language), i.kind.rawValue,
                zh ? i.attribute.rawValue : i.attribute.english, base, targets.isEmpty ? "—" : targets,
            ])
        }
        lines.append(table.rendered())
        let notes = d.notes.map { "  · " + $0.text(language) }
        if !notes.isEmpty { lines += ["", zh ? "数据说明：" : "Data notes:"] + notes }
        return lines.joined(separator: "\n")
    }

    /// `2025 ≥ 39.4`, `2021–2025 Σ ≥ 50`, with how it was stated.
    static func describe(_ t: PlanTarget) -> String {
        let op = t.direction == .ceiling ? "≤" : "≥"
        var s =
            t.kind == .periodSum
            ? "\(t.sumYears.lowerBound)–\(t.targetYear) Σ \(op) \(NumberFormat.value(t.target))"
            : "\(t.targetYear) \(op) \(NumberFormat.value(t.target))"
        switch t.stated {
        case .growth(let g)?: s += " (\(NumberFormat.percent(g))/yr)"
        case .change(let c)?: s += " (〔\(NumberFormat.percent(c))〕)"
        case .points(let p)?: s += " (〔\(NumberFormat.value(p))〕 pp)"
        case .decline(let f)?: s += " (↓〔\(NumberFormat.percent(f))〕)"
        case nil: break
        }
        if let g = t.besideGrowth { s += " & \(NumberFormat.percent(g.rate))/yr" + (g.approximate ? " ~" : "") }
        return t.approximate ? s + " ~" : s
    }

    /// `2021–2025 ↓ ≥ 14%`, `2021–2025 Σ ≥ 120000`, `2025: 与经济增长基本同步`.
    static func describe(_ g: PlanGoal) -> String {
        let op = g.direction == .ceiling ? "≤" : "≥"
        let s =
            switch g.form {
            case .decline(let f): "\(g.baseYear)–\(g.targetYear) ↓ \(op) \(NumberFormat.percent(f))"
            case .sum(let v): "\(g.sumYears.lowerBound)–\(g.targetYear) Σ \(op) \(NumberFormat.value(v))"
            case .qualitative(let words): "\(g.targetYear): \(words)"
            }
        return g.approximate ? s + " ~" : s
    }
}
