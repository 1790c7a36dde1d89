public import PlanData

/// What the live page needs to know of a plan to draw its levers and charts: the title and
/// period, each indicator (names, unit, history) and each target — `GET /api/plan`.
public enum PlanOutline {
    /// The plan as a JSON document (docs/serve.md, `GET /api/plan`).
    public static func json(_ plan: Dataset) -> JSONValue {
        let period = plan.plan?.period ?? Self.period(plan)
        let indicators: [JSONValue] = plan.indicators.map { indicator in
            let history = plan.series[indicator.id]?.points ?? []
            return .object([
                ("id", .string(indicator.id)), ("name_zh", .string(indicator.nameZH)),
                ("name_en", .string(indicator.nameEN)),
                ("unit_zh", .string(indicator.unitZH)), ("unit_en", .string(indicator.unitEN)),
                ("kind", .string(indicator.kind.rawValue)), ("attribute", .string(indicator.attribute.rawValue)),
                ("history", .array(history.map { .array([.integer($0.year), .finite($0.value)]) })),
            ])
        }
        let targets: [JSONValue] = plan.targets.map {
            .object([
                ("indicator", .string($0.indicator)), ("base_year", .integer($0.baseYear)), ("base", .finite($0.base)),
                ("target_year", .integer($0.targetYear)), ("target", .finite($0.target)),
                ("kind", .string($0.kind.rawValue)),
                ("direction", .string($0.direction.rawValue)),
            ])
        }
        return .object([
            ("name", .string(plan.plan?.name ?? "plan")),
            ("title_zh", .string(plan.plan?.titleZH ?? "")), ("title_en", .string(plan.plan?.titleEN ?? "")),
            ("period", .array([.integer(period.lowerBound), .integer(period.upperBound)])),
            (
                "linked",
                plan.roles.map {
                    .object([
                        ("investment", .string($0.investment)), ("output", .string($0.output)),
                        ("employment", .string($0.employment)),
                    ])
                } ?? .null
            ),
            ("indicators", .array(indicators)), ("targets", .array(targets)), ("version", .string(PlansimKit.version)),
        ])
    }

    /// The years the targets span when the plan names no period: from the first base year + 1 to the last target year.
    static func period(_ plan: Dataset) -> ClosedRange<Int> {
        let first = (plan.targets.map(\.baseYear).min() ?? 2020) + 1
        return first...max(first, plan.targets.map(\.targetYear).max() ?? first)
    }
}
