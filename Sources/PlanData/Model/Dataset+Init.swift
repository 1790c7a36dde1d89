extension Dataset {
    /// A dataset from its parts (a plan file compiles to this; see docs/plan-files.md).
    public init(
        planIndicators indicators: [Indicator], series: [String: Series], sums: [PeriodSum], targets: [PlanTarget],
        facts: [PlanFact],
        notes: [DataNote], provenance: [Provenance], roles: LinkedRoles?, plan: PlanInfo?, goals: [PlanGoal] = []
    ) {
        self.indicators = indicators
        self.series = series
        self.sums = sums
        self.targets = targets
        self.facts = facts
        self.notes = notes
        self.provenance = provenance
        self.roles = roles
        self.plan = plan
        self.goals = goals
    }

    /// Every target of `id`, earliest year first (a plan may set 2025 and 2035 values).
    public func targets(of id: String) -> [PlanTarget] {
        targets.filter { $0.indicator == id }.sorted { $0.targetYear < $1.targetYear }
    }
}

extension PeriodSum {
    public init(of indicator: String, years: ClosedRange<Int>, value: Double, definition: String, location: String) {
        self.indicator = indicator
        self.years = years
        self.value = value
        self.definition = definition
        self.location = location
    }
}

extension PlanFact {
    public init(
        fact id: String, textZH: String, textEN: String, value: Double, unitZH: String, unitEN: String,
        period: String, status: String, location: String
    ) {
        self.id = id
        self.textZH = textZH
        self.textEN = textEN
        self.value = value
        self.unitZH = unitZH
        self.unitEN = unitEN
        self.period = period
        self.status = status
        self.location = location
    }
}

extension DataNote {
    public init(note id: String, indicator: String?, textZH: String, textEN: String) {
        self.id = id
        self.indicator = indicator
        self.textZH = textZH
        self.textEN = textEN
    }
}
