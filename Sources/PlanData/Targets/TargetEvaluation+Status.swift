extension TargetEvaluation {
    /// Where an evaluation leaves its target.
    public enum Phase: String, Sendable, Codable {
        /// The period is running: judged by probability (`run --data`) or by progress against
        /// time elapsed (`evaluate --as-of`).
        case inProgress = "in_progress"
        /// The target year has passed: judged by what was achieved, never by odds.
        case ended
    }

    /// The status words of an evaluation, as Chinese offices write them.
    public enum Status: String, Sendable, CaseIterable, Codable {
        // Ended (总结评估).
        case achieved = "完成"
        case largelyAchieved = "基本完成"
        case notAchieved = "未完成"
        case achievedEarly = "提前完成"
        case incomplete = "数据不全"
        // In progress, by probability (`run --data`).
        case reachedEarly = "提前实现"
        case onTrack = "符合预期"
        case atRisk = "存在风险"
        case behind = "滞后"
        // In progress, by time elapsed (中期评估, `evaluate --as-of`); 滞后 is shared.
        case ahead = "进度超前"
        case onSchedule = "符合进度"
        /// A qualitative target (与经济增长基本同步): shown with its actuals, judged by people.
        case toBeJudged = "待人工评定"

        /// The status in English.
        public var english: String {
            switch self {
            case .achieved: "achieved"
            case .largelyAchieved: "largely achieved"
            case .notAchieved: "not achieved"
            case .achievedEarly: "achieved early"
            case .incomplete: "incomplete data"
            case .reachedEarly: "already reached"
            case .onTrack: "on track"
            case .atRisk: "at risk"
            case .behind: "behind"
            case .ahead: "ahead of schedule"
            case .onSchedule: "on schedule"
            case .toBeJudged: "to be judged"
            }
        }

        /// The status in `language`.
        public func text(_ language: Language) -> String { language == .zh ? rawValue : english }

        /// Whether the status counts as 完成 in a summary ("完成N项（其中提前完成M项）").
        public var countsAsAchieved: Bool { self == .achieved || self == .achievedEarly || self == .reachedEarly }
    }
}
