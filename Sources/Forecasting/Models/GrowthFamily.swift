public import LinearAlgebra
public import PlanData

/// One growth-model family as the rest of plansim knows it: the word a scenario writes,
/// its names for people, the priors a scenario may set on it, how it is fitted and
/// screened, and which kernel step projects it. ``GrowthFamily/all`` is the registry: the
/// model average (``ModelSelection``), the scenario language's `model` keywords, `plansim
/// fit`'s family names and the simulation's parameter draw all read it, so adding a family
/// is one entry there plus its fit (see docs/architecture.md, "Adding a growth model").
///
/// The kernel does not call into the registry per path: it keeps a `switch` over
/// ``GrowthRule`` (a closure per path-step would cost its speed). A family whose projection
/// is one of the existing ``GrowthRule/Step``s needs no kernel change; a new kind of
/// projection adds one ``GrowthRule`` case and its case in the kernel's step.
public struct GrowthFamily: Sendable {
    /// What a fit reads: the indicator's usable history, the plan, and the priors a
    /// scenario set on this indicator (by prior name; only ``priorNames`` are meant).
    public struct FitInput: Sendable {
        public let history: FitHistory
        public let dataset: Dataset
        public let priors: [String: Prior]
        public var indicator: Indicator { history.indicator }
    }

    /// The family's identity (its raw value is ``word``).
    public let family: ModelFamily
    /// The family in `plansim fit`'s tables: Chinese name and English name.
    public let name: Phrase
    /// The parameters a scenario's `prior` statement may set for this family (empty: none).
    public let priorNames: [String]
    /// The kernel step its fits project with (every fit of the family sets a ``GrowthRule``
    /// of this step; a test checks it).
    public let step: GrowthRule.Step
    /// Leading history points the fit conditions on rather than predicts (AR(1): two); the
    /// AICc comparison leaves out the largest of the candidates' so all are scored alike.
    public let conditioningPoints: Int
    /// Parameters the in-sample fit estimates from the data, for the AICc comparison; nil:
    /// those whose prior weight is below 1.
    public let inSampleParameters: Int?
    /// Fits the family, or says why it cannot be fitted.
    public let fit: @Sendable (FitInput) throws(FitFailure) -> FittedModel
    /// The family's own diagnostics on a fit: why to exclude it from the average, or nil to keep it.
    public let screen: @Sendable (FittedModel) -> Phrase?
    /// The parameter means and covariance the simulation draws from, in the order the
    /// step reads them (default: all of the fit's).
    public let projection: @Sendable (FittedModel) -> (mean: [Double], covariance: Matrix)

    public init(
        family: ModelFamily, name: Phrase, priorNames: [String] = [], step: GrowthRule.Step,
        conditioningPoints: Int = 0, inSampleParameters: Int? = nil,
        fit: @escaping @Sendable (FitInput) throws(FitFailure) -> FittedModel,
        screen: @escaping @Sendable (FittedModel) -> Phrase? = { _ in nil },
        projection: @escaping @Sendable (FittedModel) -> (mean: [Double], covariance: Matrix) = {
            ($0.estimates, $0.covariance)
        }
    ) {
        self.family = family
        self.name = name
        self.priorNames = priorNames
        self.step = step
        self.conditioningPoints = conditioningPoints
        self.inSampleParameters = inSampleParameters
        self.fit = fit
        self.screen = screen
        self.projection = projection
    }

    /// The word a scenario writes (`model gdp gompertz`), the family's raw value.
    public var word: String { family.rawValue }

    /// The registered family `family`; nil for the linked core, which is not a growth family.
    public static func named(_ family: ModelFamily) -> GrowthFamily? { all.first { $0.family == family } }
}
