/// The stated, adjustable conventions of an evaluation (docs/methods.md, "Evaluating
/// targets"). No national rule publishes a numeric threshold for 基本完成 or for
/// 时间过半、任务过半, so plansim states its own and lets the office change them.
public struct EvaluationConvention: Sendable, Equatable, Codable {
    /// An ended indicative (预期性) target short of its value is 基本完成 (largely
    /// achieved) at a completion of at least this fraction, 未完成 below. Default 0.9.
    public let largelyAchievedFrom: Double
    /// Mid-term: progress at least this many points (a fraction) above the share of
    /// time elapsed is 进度超前 (ahead). Default 0.1.
    public let aheadMargin: Double

    enum CodingKeys: String, CodingKey {
        case largelyAchievedFrom = "largely_achieved_from"
        case aheadMargin = "ahead_margin"
    }

    /// The band plansim accepts for ``largelyAchievedFrom``: 50 %–100 %.
    public static let largelyAchievedRange: ClosedRange<Double> = 0.5...1.0

    public static let standard = EvaluationConvention(largelyAchievedFrom: 0.9, aheadMargin: 0.1)

    public init(largelyAchievedFrom: Double, aheadMargin: Double = 0.1) {
        self.largelyAchievedFrom = largelyAchievedFrom
        self.aheadMargin = aheadMargin
    }

    /// Why `fraction` cannot be the 基本完成 threshold, or nil when it can.
    public static func refusal(largelyAchievedFrom fraction: Double) -> Phrase? {
        guard fraction.isFinite, largelyAchievedRange.contains(fraction) else {
            let shown = fraction.isFinite ? "\((fraction * 1000).rounded() / 10) %" : "\(fraction)"
            return Phrase(
                zh: "基本完成的下限 \(shown) 不在 50%–100% 之内；请给出 50 至 100 之间的百分数（惯例为 90）",
                en:
                    "the 基本完成 (largely achieved) threshold \(shown) is outside 50–100 %; give a percentage from 50 to 100 (the convention is 90)"
            )
        }
        return nil
    }
}
