public import Foundation
import Statistics

/// Which way each swept input moves the measure: Spearman's rank correlation of the
/// measure with the input over the sweep's samples. The variance indices say how much
/// an input matters; this says whether raising it raises (+) or lowers (−) the measure.
///
/// Every row of a sweep's design is a draw from the inputs' joint distribution (in a
/// Saltelli design the A, B and mixed rows alike: each coordinate comes from A or B,
/// which are independent), so the correlation over all rows estimates the one over the
/// inputs' distribution. With independent inputs the rank correlation equals the
/// standardised rank regression coefficient. It sees monotone effects; an effect that
/// rises then falls can have a large index and a correlation near zero (``isClear``).
public enum EffectDirection {
    /// The rank correlation (−1…1) of `measure` with each column of `samples` (rows ×
    /// inputs); NaN for a column or a measure that does not vary, or rows with a
    /// non-finite measure dropped first.
    public static func rankCorrelations(samples: [[Double]], measure: [Double]) -> [Double] {
        let keep = measure.indices.filter { measure[$0].isFinite && $0 < samples.count }
        let y = Statistics.ranks(keep.map { measure[$0] })
        let columns = samples.first?.count ?? 0
        return (0..<columns).map { j in Statistics.pearson(Statistics.ranks(keep.map { samples[$0][j] }), y) }
    }

    /// At most `limit` row numbers spread evenly over `count` rows (all of them when there
    /// are fewer): a sweep of millions of rows gets its directions from a fixed, evenly
    /// strided subset without holding its design in memory (20,000 rows give a rank
    /// correlation a standard error of about 0.007, plenty for a sign).
    public static func sampledRows(count: Int, limit: Int = 20_000) -> [Int] {
        guard count > limit else { return Array(0..<count) }
        return (0..<limit).map { Int((Double($0) + 0.5) * Double(count) / Double(limit)) }
    }

    /// Whether a correlation `rho` from `n` samples is clearly away from zero: beyond
    /// twice its standard error under no effect, 1/√(n − 1).
    public static func isClear(_ rho: Double, n: Int) -> Bool {
        rho.isFinite && n > 2 && abs(rho) > 2 / Double(n - 1).squareRoot()
    }

    /// The correlations of a finished sweep folder's samples (`samples.npy`, or
    /// `samples.csv` when the sweep ran with `--csv`) with the last output column (the
    /// primary measure), by input name; empty when the files are missing, unreadable or
    /// over `sizeLimit` bytes.
    public static func fromFolder(_ folder: URL, sizeLimit: Int = 64 << 20) -> [String: Double] {
        // Read whole only when small; a larger sweep's directions come from `plansim sweep`'s own summary.
        let size = { (name: String) in
            ((try? FileManager.default.attributesOfItem(atPath: folder.appendingPathComponent(name).path))?[.size]
                as? Int) ?? .max
        }
        if let fromNPY = fromNPYFolder(folder, sizeLimit: sizeLimit) { return fromNPY }
        guard size("samples.csv") <= sizeLimit, size("outputs.csv") <= sizeLimit else { return [:] }
        guard let samples = numbers(folder.appendingPathComponent("samples.csv")),
            let outputs = numbers(folder.appendingPathComponent("outputs.csv")),
            samples.rows.count == outputs.rows.count, !outputs.header.isEmpty
        else { return [:] }
        let rows = sampledRows(count: samples.rows.count)  // the rows `plansim sweep` used
        let rho = rankCorrelations(
            samples: rows.map { samples.rows[$0] }, measure: rows.map { outputs.rows[$0].last ?? .nan })
        return Dictionary(zip(samples.header, rho), uniquingKeysWith: { a, _ in a })
    }

    static func numbers(_ url: URL) -> (header: [String], rows: [[Double]])? {
        guard let text = try? String(contentsOf: url, encoding: .utf8) else { return nil }
        var lines = text.split(whereSeparator: \.isNewline)
        guard !lines.isEmpty else { return nil }
        let header = lines.removeFirst().split(separator: ",").map {
            String($0).trimmingCharacters(in: CharacterSet(charactersIn: "\" "))
        }
        let rows = lines.map { $0.split(separator: ",", omittingEmptySubsequences: false).map { Double($0) ?? .nan } }
        guard rows.allSatisfy({ $0.count == header.count }) else { return nil }
        return (header, rows)
    }
}
