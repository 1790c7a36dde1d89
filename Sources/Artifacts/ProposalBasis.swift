public import PlanData

/// What a proposed target rests on (issue 24, finding 8): its grade and, for that grade,
/// the evidence — the years of record and the fit, the prior and how much of the growth's
/// precision it carries, or the plan's own path. Rates are fractions.
public struct ProposalBasis: Codable, Sendable, Equatable {
    /// The grade, weakest component first: `data` (the record fixes the growth), `prior`
    /// (a stated prior does), `plan` (the plan's own target path is assumed), `reference`
    /// (a reference-class panel does).
    public enum Grade: String, Codable, Sendable, CaseIterable {
        case data, prior, plan, reference
    }

    /// How the model average's weights were set (unknown values refused on read).
    public enum Weighting: String, Codable, Sendable, CaseIterable {
        /// By AICc (Akaike weights).
        case aicc = "aicc_weights"
        /// Equally, because AICc could not rank the fits.
        case equal = "equal_weights"
        /// One model only.
        case onlyModel = "only_model"
        /// The model the scenario fixed.
        case fixedByScenario = "fixed_by_scenario"
        /// The linked core (one structural model).
        case linkedCore = "linked_core"

        /// In words for the draft's comment and the annex: `AICc weights` / `按AICc加权`.
        public func words(_ l: Language) -> String {
            let zh = l == .zh
            switch self {
            case .aicc: return zh ? "按AICc加权" : "AICc weights"
            case .equal: return zh ? "等权" : "equal weights"
            case .onlyModel: return zh ? "仅此一个模型" : "only model"
            case .fixedByScenario: return zh ? "由情景指定" : "fixed by scenario"
            case .linkedCore: return zh ? "关联核心模型" : "linked core"
            }
        }
    }

    /// One component of the model average.
    public struct Component: Codable, Sendable, Equatable {
        /// The family's code (`damped`, `log_linear`, `ar1`, `gm11`, `logistic`, `gompertz`, `linked`).
        public var family: String
        public var weight: Double

        public init(family: String, weight: Double) {
            self.family = family
            self.weight = weight
        }
    }

    /// A prior the growth was combined with, and the share of the estimate's precision it
    /// carries (0: data only, 1: prior only).
    public struct PriorUse: Codable, Sendable, Equatable {
        public var parameter: String
        public var mean: Double
        public var sd: Double
        public var weight: Double

        public init(parameter: String, mean: Double, sd: Double, weight: Double) {
            self.parameter = parameter
            self.mean = mean
            self.sd = sd
            self.weight = weight
        }
    }

    public var grade: Grade
    /// Usable points of record (positive values through the base year), measured or reconstructed.
    public var recordYears: Int
    public var firstYear: Int?
    public var lastYear: Int?
    /// The points the growth was fitted on (the last ten of a longer record; the shock size
    /// comes from the whole record).
    public var fittedYears: Int
    /// Whether some of the record was reconstructed from printed sums.
    public var reconstructed: Bool
    /// The model average the simulation draws from; empty for a target not simulated.
    public var models: [Component]
    /// How the weights were set; nil for a target not fitted.
    public var weighting: Weighting?
    /// The growth priors of the heaviest component (or of the linked core), the growth now first.
    public var priors: [PriorUse]

    public init(
        grade: Grade, recordYears: Int, firstYear: Int?, lastYear: Int?, fittedYears: Int, reconstructed: Bool,
        models: [Component], weighting: Weighting?, priors: [PriorUse]
    ) {
        self.grade = grade
        self.recordYears = recordYears
        self.firstYear = firstYear
        self.lastYear = lastYear
        self.fittedYears = fittedYears
        self.reconstructed = reconstructed
        self.models = models
        self.weighting = weighting
        self.priors = priors
    }
}

extension ProposalBasis {
    /// What the target rests on, in one clause for a report or the draft's comment, with
    /// rates to one decimal and shares in whole per cent: `依据实测数据：2016—2025年共10年，增速按近10年拟合`
    /// / `rests on data: 10 years of record (2016–2025), growth fitted on the last 10`.
    public func summary(_ l: Language) -> String {
        let zh = l == .zh, rate = ProposalSuggestion.percent
        let span: String
        if let a = firstYear, let b = lastYear, a < b {
            span = zh ? "\(a)—\(b)年共\(recordYears)年" : "\(recordYears) years of record (\(a)–\(b))"
        } else {
            span = zh ? "实测\(recordYears)年" : "\(recordYears) year\(recordYears == 1 ? "" : "s") of record"
        }
        let window =
            fittedYears < recordYears
            ? (zh ? "，增速按近\(fittedYears)年拟合" : ", growth fitted on the last \(fittedYears)") : ""
        let rebuilt = reconstructed ? (zh ? "（部分由累计数重建）" : " (partly reconstructed from printed sums)") : ""
        switch grade {
        case .data:
            return zh ? "依据实测数据：\(span)\(rebuilt)\(window)" : "rests on data: \(span)\(rebuilt)\(window)"
        case .prior, .reference:
            let prior = priors.first
            // The linked core's growth is total factor productivity's.
            let tfp = prior?.parameter.hasPrefix("tfp") == true
            let stated =
                prior.map {
                    zh
                        ? "，\(tfp ? "全要素生产率" : "")增速先验\(rate($0.mean))±\(rate($0.sd))，占估计精度\(Self.share($0.weight))"
                        : "; the \(tfp ? "TFP " : "")growth prior \(rate($0.mean)) ± \(rate($0.sd)) carries \(Self.share($0.weight)) of the estimate's precision"
                } ?? ""
            let kind =
                grade == .reference
                ? (zh ? "依据同类经验" : "rests on the reference class") : (zh ? "依据明示假设" : "rests on stated priors")
            return zh ? "\(kind)：\(span)\(rebuilt)\(stated)" : "\(kind): \(span)\(rebuilt)\(stated)"
        case .plan:
            return zh ? "依据规划路径：假定按规划目标路径实现，非预测" : "rests on the plan: its own target path is assumed, not a forecast"
        }
    }

    /// `71%`.
    static func share(_ w: Double) -> String { "\(Int((w * 100).rounded()))%" }
}
