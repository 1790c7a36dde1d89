import Foundation

/// Where a dataset came from.
public struct Provenance: Sendable, Equatable {
    /// `embedded` (the plan as printed) or `user` (a planner's CSV on top of it).
    public let source: String
    /// A line a person reads: the document or file.
    public let description: String
    /// When the figures were published or the file last changed.
    public let vintage: String
    /// The SHA-256 of the user's file, when there is one.
    public let fileSHA256: String?
    /// The user's file as named, when there is one.
    public let file: String?

    public init(source: String, description: String, vintage: String, fileSHA256: String? = nil, file: String? = nil) {
        self.source = source
        self.description = description
        self.vintage = vintage
        self.fileSHA256 = fileSHA256
        self.file = file
    }
}

/// Everything plansim knows about the plan's numbers: indicators, their yearly values
/// (printed, reconstructed or supplied), printed sums, targets, facts and caveats.
public struct Dataset: Sendable {
    public let indicators: [Indicator]
    public var series: [String: Series]
    public let sums: [PeriodSum]
    /// Targets reached from a printed base (levels, stocks, flows, sums): what forecasting uses.
    public let targets: [PlanTarget]
    /// The other printed targets (declines, sums without a base, targets in words). Empty
    /// for plans that have none; every consumer that lists a plan's targets reads both.
    public var goals: [PlanGoal] = []
    public let facts: [PlanFact]
    public var notes: [DataNote]
    public var provenance: [Provenance]
    /// Which indicators play investment, output and employment in the linked core; nil
    /// when the plan names none (then it has no linked core).
    public var roles: LinkedRoles? = nil
    /// The plan's title, issuer and period, when the dataset came from a plan file.
    public var plan: PlanInfo? = nil

    /// The indicator with id `id`.
    public func indicator(_ id: String) -> Indicator? { indicators.first { $0.id == id } }

    /// The indicator a person typed: its id, its Chinese name (with or without the
    /// printed unit) or an alias; case and surrounding spaces are ignored.
    public func resolve(_ typed: String) -> Indicator? {
        let key = typed.trimmingCharacters(in: .whitespaces).lowercased()
        return indicators.first { indicator in
            ([
                indicator.id, indicator.nameZH, "\(indicator.nameZH)(\(indicator.unitZH))",
                "\(indicator.nameZH)（\(indicator.unitZH)）",
            ]
                + indicator.aliases).contains { $0.lowercased() == key }
        }
    }

    /// Every name a person may type for an indicator, for suggestions.
    public var typableNames: [String] { indicators.flatMap { [$0.id, $0.nameZH] + $0.aliases } }

    /// The series of `id`, empty when there is none.
    public func series(_ id: String) -> Series { series[id] ?? Series(indicator: id, points: []) }

    /// The target of `id`, if the plan sets one.
    public func target(_ id: String) -> PlanTarget? { targets.first { $0.indicator == id } }

    /// The attribute (约束性/预期性) of the indicator a target belongs to; indicative when unknown.
    public func attribute(of indicator: String) -> PlanAttribute { self.indicator(indicator)?.attribute ?? .indicative }

    /// The goals of `id`, earliest year first.
    public func goals(of id: String) -> [PlanGoal] {
        goals.filter { $0.indicator == id }.sorted { $0.targetYear < $1.targetYear }
    }

    /// The caveats that concern `id` (and none other).
    public func notes(for id: String) -> [DataNote] { notes.filter { $0.indicator == id } }

    /// Whether any point of any series was reconstructed.
    public var hasReconstructedHistory: Bool {
        series.values.contains { $0.points.contains { $0.origin == .reconstructed } }
    }
}
