public import Foundation

/// The proposals for the next plan (`propose --json`, `proposals.json`): the plan they are
/// for, the convention the targets follow, one ``ProposedTarget`` per indicator, and what
/// was left out. Written and read by this type; a reader refuses another `version` and any
/// enum value it does not know (``decode(_:)``).
public struct ProposalSet: Codable, Sendable, Equatable {
    /// The version this code writes and reads. 2: targets in percentage points and
    /// cumulative declines (forms `points`, `decline`), odds optional, why a row is slower.
    /// 3: each target's `basis` (what it rests on, ``ProposalBasis``). 4: each target's
    /// `limit` and `figure` (typed, not read from the wording), `basis.weighting` a code.
    public static let currentVersion = 4

    public var format = "plansim.proposals"
    public var version = ProposalSet.currentVersion
    /// The next plan: id, titles, issuer, period.
    public var plan: NextPlan
    public var convention: ProposalConvention
    public var proposals: [ProposedTarget]
    public var skipped: [SkippedIndicator]
    /// Built from actuals marked ILLUSTRATIVE: every output made from it says so.
    public var illustrative: Bool
    public var provenance: [String]

    public init(
        plan: NextPlan, convention: ProposalConvention, proposals: [ProposedTarget], skipped: [SkippedIndicator],
        illustrative: Bool, provenance: [String]
    ) {
        self.plan = plan
        self.convention = convention
        self.proposals = proposals
        self.skipped = skipped
        self.illustrative = illustrative
        self.provenance = provenance
    }

    /// The JSON text, keys sorted so that equal sets give equal bytes.
    public func encoded() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(self)
    }

    /// Reads a proposals file; throws on another format or version, or an unknown value.
    public static func decode(_ data: Data) throws -> ProposalSet {
        let set = try JSONDecoder().decode(ProposalSet.self, from: data)
        guard set.format == "plansim.proposals", set.version == currentVersion else {
            throw DecodingError.dataCorrupted(
                .init(
                    codingPath: [],
                    debugDescription:
                        "format \(set.format) version \(set.version): this plansim reads plansim.proposals version \(currentVersion)"
                ))
        }
        return set
    }
}

/// The plan the proposals are for.
public struct NextPlan: Codable, Sendable, Equatable {
    public var id: String
    public var titleZH: String
    public var titleEN: String
    public var issuer: String
    public var firstYear: Int
    public var lastYear: Int
    /// Which five-year plan (15 for 2026–2030).
    public var ordinal: Int

    public init(
        id: String, titleZH: String, titleEN: String, issuer: String, firstYear: Int, lastYear: Int, ordinal: Int
    ) {
        self.id = id
        self.titleZH = titleZH
        self.titleEN = titleEN
        self.issuer = issuer
        self.firstYear = firstYear
        self.lastYear = lastYear
        self.ordinal = ordinal
    }
}

/// The odds the proposed targets are set at, and whether binding targets may be relaxed.
public struct ProposalConvention: Codable, Sendable, Equatable {
    /// The probability a 预期性 target is set to be met with (default 0.6: an expectation,
    /// set near the model's median, a little on the safe side).
    public var indicativeOdds: Double
    /// The probability a 约束性 target is set to be met with before it is held at the
    /// last actual (default 0.9: a commitment).
    public var bindingOdds: Double
    /// Whether a 约束性 target may be weaker than the last actual (then it is flagged).
    public var allowsRelaxingBinding: Bool
    /// The probabilities every row also shows.
    public var shownOdds: [Double]

    public init(indicativeOdds: Double, bindingOdds: Double, allowsRelaxingBinding: Bool, shownOdds: [Double]) {
        self.indicativeOdds = indicativeOdds
        self.bindingOdds = bindingOdds
        self.allowsRelaxingBinding = allowsRelaxingBinding
        self.shownOdds = shownOdds
    }
}

/// An indicator left out of the proposals, and why.
public struct SkippedIndicator: Codable, Sendable, Equatable {
    public var indicator: String
    /// The indicator's names, for page one (which shows no codes).
    public var nameZH: String
    public var nameEN: String
    public var reasonZH: String
    public var reasonEN: String

    public init(indicator: String, nameZH: String, nameEN: String, reasonZH: String, reasonEN: String) {
        self.indicator = indicator
        self.nameZH = nameZH
        self.nameEN = nameEN
        self.reasonZH = reasonZH
        self.reasonEN = reasonEN
    }
}
