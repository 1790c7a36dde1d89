public import Foundation

/// What a results folder holds, from the result file it carries: what `plansim report`
/// re-renders without running again.
public enum ResultFolder: Sendable, Equatable {
    /// A folder `plansim run` wrote: `results.json`.
    case run(results: URL)
    /// A folder `plansim compare` wrote: `comparison.json` (and no `results.json`).
    case comparison(URL)
    /// A finished sweep: `indices.json` (and no `results.json`), beside its `manifest.json`.
    case sweep(indices: URL)

    /// The kind of `directory`. A run's `results.json` wins over the others; a folder with
    /// none of the three is taken for a run, whose reading then says `results.json` is missing.
    public init(_ directory: URL) {
        let fm = FileManager.default
        let results = directory.appendingPathComponent("results.json")
        let comparison = directory.appendingPathComponent("comparison.json")
        let indices = directory.appendingPathComponent("indices.json")
        if !fm.fileExists(atPath: results.path), fm.fileExists(atPath: comparison.path) {
            self = .comparison(comparison)
        } else if !fm.fileExists(atPath: results.path), fm.fileExists(atPath: indices.path) {
            self = .sweep(indices: indices)
        } else {
            self = .run(results: results)
        }
    }

    /// The result file the folder is read from.
    public var file: URL {
        switch self {
        case .run(let url), .comparison(let url), .sweep(let url): return url
        }
    }
}
