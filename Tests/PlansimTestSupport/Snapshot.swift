import Foundation

/// Golden files: compares text with `Tests/<target>/__Snapshots__/<name>`; with
/// `PLANSIM_RECORD_SNAPSHOTS=1` in the environment, writes it instead.
public enum Snapshot {
    /// nil when it matches (or was recorded); otherwise a message with the first difference.
    public static func check(_ text: String, named name: String, target: String) -> String? {
        let url = TestPaths.repository.appendingPathComponent("Tests/\(target)/__Snapshots__/\(name)")
        if ProcessInfo.processInfo.environment["PLANSIM_RECORD_SNAPSHOTS"] == "1" {
            try? Data(text.utf8).write(to: url)
            return nil
        }
        guard let data = FileManager.default.contents(atPath: url.path) else {
            return "no snapshot \(url.path); record it with PLANSIM_RECORD_SNAPSHOTS=1"
        }
        let expected = String(decoding: data, as: UTF8.self)
        if expected == text { return nil }
        let a = expected.split(separator: "\n", omittingEmptySubsequences: false),
            b = text.split(separator: "\n", omittingEmptySubsequences: false)
        let line = zip(a, b).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(a.count, b.count)
        return
            "\(name) differs at line \(line + 1):\n  expected: \(line < a.count ? String(a[line]) : "<end>")\n  actual:   \(line < b.count ? String(b[line]) : "<end>")"
    }
}
