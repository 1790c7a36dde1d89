public import Artifacts
public import PlanData

/// The data origin stamped into a run's provenance.
public enum DataDescription {
    /// The plan, its reconstructed history (with the years it spans, from the plan) and
    /// any user file with its SHA-256: `embedded plan (2021-09-29), reconstructed 2016–2020
    /// history, user file my.csv sha256 …` (``DataOrigin``'s English line).
    public static func of(_ dataset: Dataset) -> String { origin(dataset).description }

    /// The same as a typed value, which also says it in Chinese.
    public static func origin(_ dataset: Dataset) -> DataOrigin {
        let plan = dataset.provenance.first { $0.source == "embedded" || $0.source == "plan" }
        let which: DataOrigin.Plan =
            plan?.source == "plan"
            ? .file(path: plan?.file ?? "", sha256: plan?.fileSHA256 ?? "")
            : .embedded(vintage: plan?.vintage ?? "2021-09-29")
        return DataOrigin(
            plan: which, reconstructed: reconstructedSpan(dataset),
            userFiles: dataset.provenance.filter { $0.source == "user" }.map {
                .init(path: $0.file ?? "", sha256: $0.fileSHA256 ?? "")
            })
    }

    /// The years of the history the reconstructed points belong to: from the first year of
    /// a series with a reconstructed point to the plan's base year (2016–2020 for Haibin's
    /// 14th plan); nil when nothing was reconstructed.
    public static func reconstructedSpan(_ dataset: Dataset) -> ClosedRange<Int>? {
        let rebuilt = dataset.series.values.filter { $0.points.contains { $0.origin == .reconstructed } }
        guard let first = rebuilt.flatMap(\.points).map(\.year).min() else { return nil }
        let base = dataset.targets.map(\.baseYear).min() ?? rebuilt.flatMap(\.points).map(\.year).max() ?? first
        return first...max(first, base)
    }
}
