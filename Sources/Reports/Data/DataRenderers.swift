public import PlanData

/// `plansim data show` and `plansim data history`, as text and JSON.
public enum DataRenderers {
    /// The indicators with units, kinds, printed values and their caveats.
    public static func showText(_ data: Dataset, language: Language) -> String {
        let zh = language == .zh
        // The plan's own base and target years (Haibin's 14th plan: 2020 and 2025).
        let (base, goal) = planYears(data)
        var table = TextTable(
            headers: zh
                ? ["序号", "指标", "代码", "单位", "类型", "\(base)", "\(goal)目标", "属性", "出处"]
                : ["#", "indicator", "id", "unit", "kind", "\(base)", "\(goal) target", "attribute", "source"],
            alignments: [.right, .left, .left, .left, .left, .right, .right, .left, .left])
        for (k, indicator) in data.indicators.enumerated() {
            let target = data.target(indicator.id)
            table.add([
                "\(k + 1)", indicator.name(language), indicator.id, indicator.unit(language),
                kindLabel(indicator.kind, language),
                NumberFormat.value(data.series(indicator.id).value(in: target?.baseYear ?? base)),
                NumberFormat.value(target?.target)
                    + (target.map { t in
                        t.kind == .periodSum
                            ? (zh
                                ? "（\(t.sumYears.lowerBound)–\(t.targetYear)累计）"
                                : " (\(t.sumYears.lowerBound)–\(t.targetYear) sum)") : ""
                    } ?? ""),
                zh ? indicator.attribute.rawValue : indicator.attribute.english, indicator.location,
            ])
        }
        var out = [table.rendered()]
        if let years = data.sums.first?.years {
            let span = data.sums.allSatisfy { $0.years == years } ? "\(years.lowerBound)–\(years.upperBound)" : ""
            out += [
                "",
                zh
                    ? (span.isEmpty ? "规划所列合计：" : "\(span)年合计：")
                    : (span.isEmpty ? "Printed sums:" : "Printed \(span) sums:"),
            ]
        }
        for sum in data.sums {
            // A definition written in both languages, `中文 (English)`, shows the side asked for.
            let both = sum.definition.firstIndex(of: "(").map {
                (
                    String(sum.definition[..<$0]).trimmingCharacters(in: .whitespaces),
                    String(sum.definition[$0...].dropFirst().dropLast())
                )
            }
            let definition =
                both.map { sum.definition.hasSuffix(")") ? (zh ? $0.0 : $0.1) : sum.definition } ?? sum.definition
            out.append(
                "  \(sum.indicator)\(zh ? "：" : ": ")\(NumberFormat.value(sum.value)) — \(definition) [\(sum.location)]"
            )
        }
        out += ["", zh ? "其他数据与承诺：" : "Other figures and commitments:"]
        for fact in data.facts {
            out.append(
                "  \(zh ? fact.textZH : fact.textEN): \(NumberFormat.value(fact.value)) \(zh ? fact.unitZH : fact.unitEN) (\(fact.period)\(zh ? "，" : ", ")\(zh ? (["achieved": "已实现", "commitment": "承诺"][fact.status] ?? fact.status) : fact.status))"
            )
        }
        out += ["", zh ? "数据说明：" : "Data notes:"] + data.notes.map { "  · " + $0.text(language) }
        out += ["", (zh ? "来源：" : "Source: ") + data.provenance.map(provenanceLine).joined(separator: "; ")]
        return out.joined(separator: "\n")
    }

    /// The plan's base year (its targets' latest base) and headline target year (their
    /// earliest target year): 2020 and 2025 for Haibin's 14th plan.
    static func planYears(_ data: Dataset) -> (base: Int, target: Int) {
        let base = data.targets.map(\.baseYear).max() ?? (data.plan.map { $0.period.lowerBound - 1 } ?? 2020)
        return (base, data.targets.map(\.targetYear).min() ?? base + 5)
    }

    /// `value_<base year>` and `target_<target year>` are named by the plan's years
    /// (`value_2020`, `target_2025` for Haibin's 14th plan); the value is the base year's.
    public static func showJSON(_ data: Dataset) -> JSONValue {
        let years = planYears(data)
        return .object([
            (
                "indicators",
                .array(
                    data.indicators.map { indicator in
                        let target = data.target(indicator.id)
                        return .object([
                            ("indicator", .string(indicator.id)), ("name_zh", .string(indicator.nameZH)),
                            ("name_en", .string(indicator.nameEN)),
                            ("unit", .string(indicator.unitZH)), ("unit_en", .string(indicator.unitEN)),
                            ("kind", .string(indicator.kind.rawValue)),
                            ("attribute", .string(indicator.attribute.rawValue)),
                            ("location", .string(indicator.location)),
                            ("value_\(years.base)", .finite(data.series(indicator.id).value(in: years.base))),
                            ("target_\(years.target)", .finite(target?.target)),
                            ("target_kind", target.map { .string($0.kind.rawValue) } ?? .null),
                            ("notes", .array(data.notes(for: indicator.id).map { .string($0.textEN) })),
                        ])
                    })
            ),
            (
                "sums",
                .array(
                    data.sums.map {
                        .object([
                            ("indicator", .string($0.indicator)), ("from", .integer($0.years.lowerBound)),
                            ("to", .integer($0.years.upperBound)), ("value", .number($0.value)),
                            ("definition", .string($0.definition)),
                        ])
                    })
            ),
            (
                "facts",
                .array(
                    data.facts.map {
                        .object([
                            ("id", .string($0.id)), ("text_zh", .string($0.textZH)), ("text_en", .string($0.textEN)),
                            ("value", .number($0.value)), ("unit", .string($0.unitZH)), ("period", .string($0.period)),
                            ("status", .string($0.status)), ("location", .string($0.location)),
                        ])
                    })
            ),
            (
                "notes",
                .array(
                    data.notes.map {
                        .object([
                            ("id", .string($0.id)), ("indicator", $0.indicator.map(JSONValue.string) ?? .null),
                            ("text_zh", .string($0.textZH)), ("text_en", .string($0.textEN)),
                        ])
                    })
            ),
            ("provenance", provenanceJSON(data)),
        ])
    }

    /// `{"series":[{"indicator","unit","points":[{"year","value","origin"}]}]}`.
    public static func historyJSON(_ data: Dataset) -> JSONValue {
        .object([
            (
                "series",
                .array(
                    data.indicators.map { indicator in
                        .object([
                            ("indicator", .string(indicator.id)), ("unit", .string(indicator.unitZH)),
                            (
                                "points",
                                .array(
                                    data.series(indicator.id).points.map { p in
                                        .object([
                                            ("year", .integer(p.year)), ("value", .number(p.value)),
                                            ("origin", .string(p.origin.rawValue)),
                                        ])
                                    })
                            ),
                        ])
                    })
            ),
            ("provenance", provenanceJSON(data)),
        ])
    }

    public static func historyText(_ data: Dataset, language: Language) -> String {
        let zh = language == .zh
        let years = Set(data.series.values.flatMap { $0.points.map(\.year) }).sorted()
        var table = TextTable(
            headers: [zh ? "指标" : "indicator", zh ? "单位" : "unit"] + years.map(String.init),
            alignments: [.left, .left] + years.map { _ in .right })
        for indicator in data.indicators {
            let series = data.series(indicator.id)
            table.add(
                [indicator.name(language), indicator.unit(language)]
                    + years.map { year in
                        guard let p = series.point(in: year) else { return "" }
                        return NumberFormat.value(p.value, digits: 5) + marker(p.origin)
                    })
        }
        return [
            table.rendered(), "",
            zh
                ? "* 重建值（由规划所列合计推算，非实测）  † 用户数据  无标记：规划原文"
                : "* reconstructed from printed sums (not measured)  † user data  unmarked: printed in the plan",
        ]
        .joined(separator: "\n")
    }

    static func marker(_ origin: PointOrigin) -> String {
        switch origin {
        case .printed: return ""
        case .reconstructed: return "*"
        case .user: return "†"
        }
    }

    static func kindLabel(_ kind: IndicatorKind, _ language: Language) -> String {
        let zh = ["annual_level": "年度水平", "stock_count": "存量", "annual_flow": "年度流量", "period_sum": "期间合计"]
        return language == .zh ? zh[kind.rawValue]! : kind.rawValue.replacingOccurrences(of: "_", with: " ")
    }

    static func provenanceLine(_ p: Provenance) -> String {
        p.file.map { "\($0) (sha256 \(p.fileSHA256 ?? ""))" } ?? "\(p.description), \(p.vintage)"
    }

    public static func provenanceJSON(_ data: Dataset) -> JSONValue {
        .array(
            data.provenance.map { p in
                .object([
                    ("source", .string(p.source)), ("description", .string(p.description)),
                    ("vintage", .string(p.vintage)),
                    ("file", p.file.map(JSONValue.string) ?? .null),
                    ("sha256", p.fileSHA256.map(JSONValue.string) ?? .null),
                ])
            })
    }
}
