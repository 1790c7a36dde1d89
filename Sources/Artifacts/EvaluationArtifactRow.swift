public import PlanData

/// One target of ``EvaluationArtifact``.
public struct EvaluationArtifactRow: Codable, Sendable, Equatable {
    public var indicator: String
    public var nameZH: String
    public var nameEN: String
    public var unitZH: String
    public var attribute: PlanAttribute
    public var kind: TargetKind
    public var direction: TargetDirection
    public var baseYear: Int
    /// Nil when the plan prints no base (a sum or decline without one, words).
    public var base: Double?
    public var targetYear: Int
    /// The level or total judged against; for a cumulative decline the decline (a fraction);
    /// nil for a target in words.
    public var target: Double?
    /// `decline`, `sum` (without a base) or `words` for a plan's goal; nil for a plain target.
    public var form: String?
    /// A target in words, as printed.
    public var words: String?
    public var phase: TargetEvaluation.Phase?
    public var status: TargetEvaluation.Status?
    public var statusEN: String?
    public var actual: Double?
    public var completion: Double?
    public var timeElapsed: Double?
    public var metInYear: Int?
    public var heldThroughout: Bool
    public var missingYears: [Int]
    /// The actuals of the period, base year included, by year.
    public var actuals: [EvaluationArtifactPoint]
    public var forecast: EvaluationArtifactBand?
    public var outsideInterval: Bool?

    public init(
        indicator: String, nameZH: String, nameEN: String, unitZH: String, attribute: PlanAttribute, kind: TargetKind,
        direction: TargetDirection, baseYear: Int, base: Double?, targetYear: Int, target: Double?, form: String? = nil,
        words: String? = nil,
        evaluation: TargetEvaluation?,
        missingYears: [Int], actuals: [EvaluationArtifactPoint], forecast: EvaluationArtifactBand?,
        outsideInterval: Bool?
    ) {
        self.indicator = indicator
        self.nameZH = nameZH
        self.nameEN = nameEN
        self.unitZH = unitZH
        self.attribute = attribute
        self.kind = kind
        self.direction = direction
        self.baseYear = baseYear
        self.base = base
        self.targetYear = targetYear
        self.target = target
        self.form = form
        self.words = words
        phase = evaluation?.phase
        status = evaluation?.status
        statusEN = evaluation?.status?.english
        actual = evaluation.flatMap { $0.actual.isFinite ? $0.actual : nil }
        completion = evaluation.flatMap { $0.completion.isFinite ? $0.completion : nil }
        timeElapsed = evaluation?.timeElapsed
        metInYear = evaluation?.metInYear
        heldThroughout = evaluation?.heldThroughout ?? false
        self.missingYears = missingYears
        self.actuals = actuals
        self.forecast = forecast
        self.outsideInterval = outsideInterval
    }

    enum CodingKeys: String, CodingKey {
        case indicator
        case nameZH = "name_zh"
        case nameEN = "name_en"
        case unitZH = "unit_zh"
        case attribute, kind, direction
        case baseYear = "base_year"
        case base
        case targetYear = "target_year"
        case target, form, words, phase, status
        case statusEN = "status_en"
        case actual, completion
        case timeElapsed = "time_elapsed"
        case metInYear = "met_in_year"
        case heldThroughout = "held_throughout"
        case missingYears = "missing_years"
        case actuals, forecast
        case outsideInterval = "outside_interval"
    }

    /// Every key written, `null` included, so the interface's keys are always present.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(indicator, forKey: .indicator)
        try c.encode(nameZH, forKey: .nameZH)
        try c.encode(nameEN, forKey: .nameEN)
        try c.encode(unitZH, forKey: .unitZH)
        try c.encode(attribute, forKey: .attribute)
        try c.encode(kind, forKey: .kind)
        try c.encode(direction, forKey: .direction)
        try c.encode(baseYear, forKey: .baseYear)
        try c.encode(base, forKey: .base)
        try c.encode(targetYear, forKey: .targetYear)
        try c.encode(target, forKey: .target)
        try c.encode(form, forKey: .form)
        try c.encode(words, forKey: .words)
        try c.encode(phase, forKey: .phase)
        try c.encode(status, forKey: .status)
        try c.encode(statusEN, forKey: .statusEN)
        try c.encode(actual, forKey: .actual)
        try c.encode(completion, forKey: .completion)
        try c.encode(timeElapsed, forKey: .timeElapsed)
        try c.encode(metInYear, forKey: .metInYear)
        try c.encode(heldThroughout, forKey: .heldThroughout)
        try c.encode(missingYears, forKey: .missingYears)
        try c.encode(actuals, forKey: .actuals)
        try c.encode(forecast, forKey: .forecast)
        try c.encode(outsideInterval, forKey: .outsideInterval)
    }
}
