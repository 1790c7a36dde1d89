public import Foundation
public import PlanData

/// `evaluation.json`: the result of `plansim evaluate`, written and read by this type
/// (docs/json-formats.md). The keys of version 1 keep the interface of the earlier
/// `evaluate --json` (`indicator`, `target_year`, `target`, `actual`, `completion`, `status`,
/// `missing_years`, `forecast`, `outside_interval`) and add the rule's inputs and outcome.
///
/// A reader refuses a `format` or `version` it does not know, and a status word or enum
/// value outside the vocabulary, rather than defaulting it.
public struct EvaluationArtifact: Codable, Sendable, Equatable {
    public static let formatName = "plansim.evaluation"
    public static let currentVersion = 1

    public var format: String = EvaluationArtifact.formatName
    public var version: Int = EvaluationArtifact.currentVersion
    public var illustrative: Bool
    /// The plan's id (`haibin_14th`).
    public var plan: String
    public var planTitleZH: String?
    public var planTitleEN: String?
    /// The last year judged: the plan's last target year for a final evaluation (总结评估),
    /// an earlier year for a mid-term one (中期评估).
    public var asOf: Int
    public var midTerm: Bool
    public var convention: EvaluationConvention
    public var summaryZH: String
    public var summaryEN: String
    public var evaluation: [EvaluationArtifactRow]
    /// Indicators with actuals that no rule judged, each with the reason.
    public var unevaluated: [EvaluationArtifactSkip]
    public var notes: [String]
    public var provenance: [String]

    public init(
        illustrative: Bool, plan: String, planTitleZH: String?, planTitleEN: String?, asOf: Int, midTerm: Bool,
        convention: EvaluationConvention, summaryZH: String, summaryEN: String, evaluation: [EvaluationArtifactRow],
        unevaluated: [EvaluationArtifactSkip], notes: [String], provenance: [String]
    ) {
        self.illustrative = illustrative
        self.plan = plan
        self.planTitleZH = planTitleZH
        self.planTitleEN = planTitleEN
        self.asOf = asOf
        self.midTerm = midTerm
        self.convention = convention
        self.summaryZH = summaryZH
        self.summaryEN = summaryEN
        self.evaluation = evaluation
        self.unevaluated = unevaluated
        self.notes = notes
        self.provenance = provenance
    }

    enum CodingKeys: String, CodingKey {
        case format, version, illustrative, plan
        case planTitleZH = "plan_title_zh"
        case planTitleEN = "plan_title_en"
        case asOf = "as_of"
        case midTerm = "mid_term"
        case convention
        case summaryZH = "summary_zh"
        case summaryEN = "summary_en"
        case evaluation, unevaluated, notes, provenance
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        format = try c.decode(String.self, forKey: .format)
        version = try c.decode(Int.self, forKey: .version)
        guard format == Self.formatName else {
            throw DecodingError.dataCorruptedError(
                forKey: .format, in: c, debugDescription: "not an evaluation file: format `\(format)`")
        }
        guard version == Self.currentVersion else {
            throw DecodingError.dataCorruptedError(
                forKey: .version, in: c,
                debugDescription:
                    "evaluation.json version \(version) is not known (this plansim reads \(Self.currentVersion))")
        }
        illustrative = try c.decode(Bool.self, forKey: .illustrative)
        plan = try c.decode(String.self, forKey: .plan)
        planTitleZH = try c.decodeIfPresent(String.self, forKey: .planTitleZH)
        planTitleEN = try c.decodeIfPresent(String.self, forKey: .planTitleEN)
        asOf = try c.decode(Int.self, forKey: .asOf)
        midTerm = try c.decode(Bool.self, forKey: .midTerm)
        convention = try c.decode(EvaluationConvention.self, forKey: .convention)
        summaryZH = try c.decode(String.self, forKey: .summaryZH)
        summaryEN = try c.decode(String.self, forKey: .summaryEN)
        evaluation = try c.decode([EvaluationArtifactRow].self, forKey: .evaluation)
        unevaluated = try c.decode([EvaluationArtifactSkip].self, forKey: .unevaluated)
        notes = try c.decode([String].self, forKey: .notes)
        provenance = try c.decode([String].self, forKey: .provenance)
    }

    /// The file's bytes: sorted keys, pretty-printed, a final newline.
    public func encoded() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(self) + Data("\n".utf8)
    }

    /// Reads `evaluation.json` bytes.
    ///
    /// - Throws: ``InputIssue`` naming `file` and what is wrong (format, version, a field).
    public static func decode(_ data: Data, file: String) throws(InputIssue) -> EvaluationArtifact {
        do {
            return try JSONDecoder().decode(EvaluationArtifact.self, from: data)
        } catch {
            throw InputIssue(
                file: file, message: Phrase(zh: "不是可读的评估结果文件：\(error)", en: "not a readable evaluation file: \(error)"),
                help: Phrase(
                    zh: "请给出 `plansim evaluate --out` 写出的 evaluation.json",
                    en: "give an evaluation.json written by `plansim evaluate --out`"))
        }
    }
}
