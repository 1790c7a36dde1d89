public import Artifacts
public import Forecasting
public import PlanData

/// What `propose` needs: the ending plan, the actuals through the new plan's base year,
/// the new period, the convention the targets follow, and the Monte Carlo settings.
public struct ProposeRequest: Sendable {
    /// The plan that ends at ``baseYear`` (its indicators, attributes, targets and vision).
    public var plan: Dataset
    public var actuals: UserData
    /// The actuals are marked ILLUSTRATIVE: every output says so.
    public var illustrative: Bool
    public var baseYear: Int
    public var targetYear: Int
    public var convention: ProposalConvention
    public var paths: Int
    public var seed: UInt64
    public var threads: Int
    /// Reference-class priors of the indicators' growth (`--reference`), by indicator id;
    /// empty: the stated priors.
    public var reference: [String: ReferencePrior] = [:]
    /// The panel they came from (for the provenance): file and SHA-256.
    public var referenceFile: (file: String, sha256: String)? = nil

    /// The planner's default convention: 预期性 targets at 60 % odds (an expectation, set near
    /// the model's median, a little on the safe side), 约束性 at 90 % (a commitment) and never
    /// weaker than the last actual,
    /// rows also showing 50 %, 70 % and 90 %.
    public static let defaultConvention = ProposalConvention(
        indicativeOdds: 0.6, bindingOdds: 0.9, allowsRelaxingBinding: false,
        shownOdds: [0.5, 0.7, 0.9])

    public init(
        plan: Dataset, actuals: UserData, illustrative: Bool, baseYear: Int, targetYear: Int,
        convention: ProposalConvention = ProposeRequest.defaultConvention, paths: Int = 20_000,
        seed: UInt64 = 20_210_929,
        threads: Int = 1
    ) {
        self.plan = plan
        self.actuals = actuals
        self.illustrative = illustrative
        self.baseYear = baseYear
        self.targetYear = targetYear
        self.convention = convention
        self.paths = paths
        self.seed = seed
        self.threads = threads
    }
}

/// What `propose` gives: the proposals and the draft plan file that states them.
public struct ProposeResult: Sendable {
    public let proposals: ProposalSet
    /// The draft plan file's text (`plansim check` accepts it; `run --plan` runs it).
    public let draft: String
}
