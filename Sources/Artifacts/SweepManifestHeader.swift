public import Foundation

/// The fields of a sweep folder's `manifest.json` that a reader of its results needs
/// (which sweep, of which scenario, how many runs): `plansim report` names a re-rendered
/// sweep by them. The whole manifest is Sensitivity's `SweepManifest`, which writes it.
public struct SweepManifestHeader: Sendable, Equatable, Decodable {
    public var sweep: String
    public var scenario: String
    public var rows: Int

    public init(sweep: String, scenario: String, rows: Int) {
        self.sweep = sweep
        self.scenario = scenario
        self.rows = rows
    }

    /// The header of the manifest at `url`; nil when there is none or it is not a
    /// sweep's (the reader then names the sweep by its folder).
    public static func read(_ url: URL) -> SweepManifestHeader? {
        guard let data = FileManager.default.contents(atPath: url.path) else { return nil }
        return try? JSONDecoder().decode(SweepManifestHeader.self, from: data)
    }
}
