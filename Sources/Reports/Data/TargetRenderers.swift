public import PlanData

/// `plansim targets`: the growth each target needs, as text and JSON.
public enum TargetRenderers {
    /// `{"targets":[{"indicator","base_year","base","target_year","target","kind","required_growth","history_growth"}]}`,
    /// plus `progress` where actuals past the base year exist. Rates are fractions.
    public static func json(_ data: Dataset, _ assessments: [TargetAssessment]) -> JSONValue {
        .object([
            (
                "targets",
                .array(
                    assessments.map { a in
                        var fields: [(String, JSONValue)] = [
                            ("indicator", .string(a.target.indicator)), ("base_year", .integer(a.target.baseYear)),
                            ("base", .number(a.target.base)),
                            ("target_year", .integer(a.target.targetYear)), ("target", .number(a.target.target)),
                            ("kind", .string(a.target.kind.rawValue)), ("required_growth", .finite(a.requiredGrowth)),
                            ("history_growth", .finite(a.historyGrowth)),
                            ("history_reconstructed", .bool(a.historyReconstructed)),
                        ]
                        if let p = a.progress {
                            fields.append(
                                (
                                    "progress",
                                    .object([
                                        ("latest_year", .integer(p.latestYear)), ("latest", .number(p.latest)),
                                        ("sum_so_far", .finite(p.sumSoFar)),
                                        ("completion", .finite(p.completion)),
                                        ("required_growth_remaining", .finite(p.requiredGrowthRemaining)),
                                    ])
                                ))
                        }
                        return .object(fields)
                    })
            ),
            ("provenance", DataRenderers.provenanceJSON(data)),
        ])
    }

    public static func text(_ data: Dataset, _ assessments: [TargetAssessment], language: Language) -> String {
        let zh = language == .zh
        let hasProgress = assessments.contains { $0.progress != nil }
        let (base, goal) = DataRenderers.planYears(data)
        // The first year the history growth reaches back to (up to five years before the base; Haibin: 2016).
        let from =
            data.targets.compactMap { t in
                data.series(t.indicator).points.first { $0.year < t.baseYear && $0.year >= t.baseYear - 5 }?.year
            }.min() ?? base - 5
        var headers =
            zh
            ? ["序号", "指标", "单位", "\(base)", "\(goal)目标", "口径", "所需年均增速", "\(from)–\(base)年均增速"]
            : [
                "#", "indicator", "unit", "\(base)", "\(goal) target", "target kind", "growth needed",
                "\(from)–\(base) growth",
            ]
        var alignments: [TextTable.Alignment] = [.right, .left, .left, .right, .right, .left, .right, .right]
        if hasProgress {
            headers += zh ? ["最新实际", "完成度", "剩余年份所需增速"] : ["latest actual", "completion", "growth still needed"]
            alignments += [.right, .right, .right]
        }
        var table = TextTable(headers: headers, alignments: alignments)
        for (k, a) in assessments.enumerated() {
            let indicator = data.indicator(a.target.indicator)!
            var row = [
                "\(k + 1)", indicator.name(language), indicator.unit(language), NumberFormat.value(a.target.base),
                NumberFormat.value(a.target.target), kindLabel(a.target, language),
                NumberFormat.percent(a.requiredGrowth),
                NumberFormat.percent(a.historyGrowth) + (a.historyReconstructed ? "*" : ""),
            ]
            if hasProgress {
                if let p = a.progress {
                    row += [
                        "\(NumberFormat.value(p.latest)) (\(p.latestYear))", NumberFormat.percent(p.completion),
                        NumberFormat.percent(p.requiredGrowthRemaining),
                    ]
                } else {
                    row += ["—", "—", "—"]
                }
            }
            table.add(row)
        }
        // The title line names the plan as its file does (`title`, `title_en`), for every plan.
        let title =
            data.plan.map { zh ? "规划目标所需增速（\($0.titleZH)）" : "Growth needed by the plan's targets (\($0.titleEN))" }
            ?? (zh ? "规划目标所需增速" : "Growth needed by the plan's targets")
        var out = [title, "", table.rendered(), ""]
        if assessments.contains(where: \.historyReconstructed) {
            out.append(
                zh
                    ? "* 基于重建的\(from)–\(base)年数据（由规划所列合计推算，非实测）。"
                    : "* based on \(from)–\(base) values reconstructed from printed sums (not measured).")
        }
        for note in data.notes
        where note.indicator != nil && assessments.contains(where: { $0.target.indicator == note.indicator }) {
            out.append("· " + note.text(language))
        }
        return out.joined(separator: "\n")
    }

    static func kindLabel(_ target: PlanTarget, _ language: Language) -> String {
        switch (target.kind, language) {
        case (.level, .zh): return "年度水平"
        case (.stock, .zh): return "存量"
        case (.flow, .zh): return "年度流量"
        case (.periodSum, .zh): return "\(target.sumYears.lowerBound)–\(target.sumYears.upperBound)累计"
        case (.periodSum, .en): return "sum \(target.sumYears.lowerBound)–\(target.sumYears.upperBound)"
        case (let kind, .en): return kind.rawValue
        }
    }
}

/// `plansim data import`: what a planner's file would change.
public enum DataImportRenderer {
    public static func text(_ user: UserData, changes: [DataChange], language: Language) -> String {
        let zh = language == .zh
        var out = [
            zh
                ? "\(user.file)：有效，\(user.points.count)个数值（sha256 \(user.sha256)）"
                : "\(user.file): valid, \(user.points.count) values (sha256 \(user.sha256))"
        ]
        if changes.isEmpty {
            out.append(zh ? "不改变任何数据。" : "It changes nothing.")
            return out.joined(separator: "\n")
        }
        var table = TextTable(
            headers: zh
                ? ["指标", "年份", "原值", "原来源", "新值", "新来源"]
                : ["indicator", "year", "before", "origin", "after", "origin"],
            alignments: [.left, .right, .right, .left, .right, .left])
        for c in changes {
            table.add([
                c.indicator, "\(c.year)", NumberFormat.value(c.before?.value),
                c.before.map { originWord($0.origin, zh) } ?? "—",
                NumberFormat.value(c.after?.value),
                c.after.map { originWord($0.origin, zh) } ?? (zh ? "（移除）" : "(removed)"),
            ])
        }
        out += ["", table.rendered()]
        return out.joined(separator: "\n")
    }

    /// A value's origin as the table shows it: its JSON name in English, a word in Chinese.
    static func originWord(_ origin: PointOrigin, _ zh: Bool) -> String {
        guard zh else { return origin.rawValue }
        switch origin {
        case .printed: return "规划原文"
        case .reconstructed: return "重建值"
        case .user: return "用户数据"
        }
    }

    public static func json(_ user: UserData, changes: [DataChange]) -> JSONValue {
        func point(_ p: SeriesPoint?) -> JSONValue {
            guard let p else { return .null }
            return .object([("value", .number(p.value)), ("origin", .string(p.origin.rawValue))])
        }
        return .object([
            ("file", .string(user.file)), ("sha256", .string(user.sha256)), ("values", .integer(user.points.count)),
            (
                "changes",
                .array(
                    changes.map {
                        .object([
                            ("indicator", .string($0.indicator)), ("year", .integer($0.year)),
                            ("before", point($0.before)), ("after", point($0.after)),
                        ])
                    })
            ),
        ])
    }
}
