/// One value that a planner's file changes.
public struct DataChange: Sendable, Equatable {
    public let indicator: String
    public let year: Int
    /// The point before, nil for a year that had none.
    public let before: SeriesPoint?
    /// The point after, nil for a reconstructed point the file made impossible.
    public let after: SeriesPoint?
}

extension Dataset {
    /// The dataset with `user`'s values in place of printed or reconstructed ones, the
    /// history reconstructed again around them, and the file in the provenance.
    public func applying(_ user: UserData) -> Dataset {
        var base = self
        for (id, series) in base.series {
            base.series[id] = Series(indicator: id, points: series.points.filter { $0.origin != .reconstructed })
        }
        for point in user.points {
            var series = base.series(point.indicator)
            series.set(SeriesPoint(year: point.year, value: point.value, origin: .user, note: point.note))
            base.series[point.indicator] = series
        }
        base.provenance.append(
            Provenance(
                source: "user", description: "planner's yearly values", vintage: "",
                fileSHA256: user.sha256, file: user.file))
        return HistoryReconstruction.reconstruct(base)
    }

    /// Every point that differs between `self` and `other`, by indicator and year.
    public func changes(to other: Dataset) -> [DataChange] {
        var result: [DataChange] = []
        for indicator in indicators {
            let before = series(indicator.id), after = other.series(indicator.id)
            let years = Set(before.points.map(\.year)).union(after.points.map(\.year)).sorted()
            for year in years {
                let b = before.point(in: year), a = after.point(in: year)
                if b != a { result.append(DataChange(indicator: indicator.id, year: year, before: b, after: a)) }
            }
        }
        return result
    }
}
