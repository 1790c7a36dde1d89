/// Long `series,year,value` CSV text for the `forecast` and `backtest` tests.
public enum SeriesCSV {
    /// One row per value: each series' values on consecutive years from `firstYear`,
    /// series in the order given.
    public static func text(_ series: [(id: String, values: [Double])], firstYear: Int) -> String {
        let rows = series.flatMap { s in s.values.indices.map { "\(s.id),\(firstYear + $0),\(s.values[$0])" } }
        return "series,year,value\n" + rows.joined(separator: "\n") + "\n"
    }
}
