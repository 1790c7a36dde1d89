public import PlanData

/// Target setting for the next plan: for each indicator, the target values reached with
/// each stated probability and the growth each implies, beside the last period's actual
/// growth and the long-range vision where the plan states one.
public struct Proposal: Sendable {
    /// One probability and the target met with it.
    public struct Point: Sendable {
        public let probability: Double
        public let target: Double
        public let growth: Double
        /// Whether the value lies beyond the simulated range (then it is the range's edge).
        public let clipped: Bool

        public init(probability: Double, target: Double, growth: Double, clipped: Bool) {
            self.probability = probability
            self.target = target
            self.growth = growth
            self.clipped = clipped
        }
    }

    public let indicator: Indicator
    public let kind: TargetKind
    public let direction: TargetDirection
    public let baseYear: Int
    public let base: Double
    public let targetYear: Int
    public let at: [Point]
    /// Compound growth over the last plan period (its base year to this base year).
    public let historyGrowth: Double?
    public let historyYears: ClosedRange<Int>?
    /// A later target the plan states (the 2035 vision), if any.
    public let vision: PlanTarget?

    public init(indicator: Indicator, kind: TargetKind, direction: TargetDirection, baseYear: Int, base: Double, targetYear: Int, at: [Point],
                historyGrowth: Double?, historyYears: ClosedRange<Int>?, vision: PlanTarget?) {
        self.indicator = indicator
        self.kind = kind
        self.direction = direction
        self.baseYear = baseYear
        self.base = base
        self.targetYear = targetYear
        self.at = at
        self.historyGrowth = historyGrowth
        self.historyYears = historyYears
        self.vision = vision
    }
}

/// The proposals and where they came from.
public struct ProposalDocument: Sendable {
    public let proposals: [Proposal]
    /// Indicators left out, with the reason (no actual at the base year).
    public let skipped: [(String, String)]
    public let illustrative: Bool
    public let provenance: [String]

    public init(proposals: [Proposal], skipped: [(String, String)], illustrative: Bool, provenance: [String]) {
        self.proposals = proposals
        self.skipped = skipped
        self.illustrative = illustrative
        self.provenance = provenance
    }
}

/// JSON (a stable interface: docs/json-formats.md) and the terminal table.
public enum ProposalRenderers {
    public static func json(_ d: ProposalDocument) -> JSONValue {
        .object([
            ("illustrative", .bool(d.illustrative)),
            ("proposals", .array(d.proposals.map { p in
                .object([
                    ("indicator", .string(p.indicator.id)), ("kind", .string(p.kind.rawValue)), ("direction", .string(p.direction.rawValue)),
                    ("base_year", .integer(p.baseYear)), ("base", .finite(p.base)), ("target_year", .integer(p.targetYear)),
                    ("at", .array(p.at.map { .object([("probability", .finite($0.probability)), ("target", .finite($0.target)),
                                                      ("growth", .finite($0.growth)), ("clipped", .bool($0.clipped))]) })),
                    ("history_growth", .finite(p.historyGrowth)),
                    ("vision", p.vision.map { .object([("year", .integer($0.targetYear)), ("target", .finite($0.target))]) } ?? .null),
                ])
            })),
            ("skipped", .array(d.skipped.map { .object([("indicator", .string($0.0)), ("reason", .string($0.1))]) })),
            ("provenance", .array(d.provenance.map(JSONValue.string))),
        ])
    }

    public static func text(_ d: ProposalDocument, language l: Language) -> String {
        let zh = l == .zh
        let odds = d.proposals.first?.at.map(\.probability) ?? []
        let first = d.proposals.first
        var headers = zh ? ["指标", "基期 \(first?.baseYear ?? 0)"] : ["Indicator", "Base \(first?.baseYear ?? 0)"]
        headers += odds.map { (zh ? "把握" : "P=") + NumberFormat.value($0 * 100, digits: 4) + "%" + (zh ? "的目标（年均增速）" : " target (growth)") }
        headers += [zh ? "上期实际增速" : "Last period's growth", zh ? "远景目标" : "Vision"]
        var table = TextTable(headers: headers, alignments: [.left, .right] + odds.map { _ in .right } + [.right, .left])
        for p in d.proposals {
            table.add([p.indicator.name(l) + " (\(p.indicator.unit(l)))" + (p.kind == .periodSum ? " Σ" : ""), NumberFormat.value(p.base)]
                      + p.at.map { NumberFormat.value($0.target, digits: 4) + " (\(NumberFormat.percent($0.growth)))" + ($0.clipped ? "*" : "") }
                      + [NumberFormat.percent(p.historyGrowth), p.vision.map { "\($0.targetYear): \(NumberFormat.value($0.target))" } ?? "—"])
        }
        var out = d.illustrative ? [EvaluationDocument.illustrativeBanner(l), ""] : []
        out.append(table.rendered())
        if d.proposals.contains(where: { $0.at.contains(where: \.clipped) }) {
            out.append(zh ? "* 超出模拟范围，取范围边界。" : "* beyond the simulated range: the range's edge.")
        }
        for (id, reason) in d.skipped { out.append((zh ? "未提出：" : "not proposed: ") + "\(id) — \(reason)") }
        return out.joined(separator: "\n")
    }
}
