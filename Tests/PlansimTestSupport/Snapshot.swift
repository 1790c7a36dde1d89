import Foundation

/// Golden files: compares text with `Tests/<target>/__Snapshots__/<name>`; with
/// `PLANSIM_RECORD_SNAPSHOTS=1` in the environment, writes it instead.
public enum Snapshot {
    /// nil when it matches; otherwise a message with the first difference. A recording run
    /// writes a snapshot that differs and still returns a message (it checked nothing): run
    /// again without `PLANSIM_RECORD_SNAPSHOTS` after reading the diff.
    public static func check(_ text: String, named name: String, target: String) -> String? {
        let url = TestPaths.repository.appendingPathComponent("Tests/\(target)/__Snapshots__/\(name)")
        if ProcessInfo.processInfo.environment["PLANSIM_RECORD_SNAPSHOTS"] == "1" {
            if FileManager.default.contents(atPath: url.path) == Data(text.utf8) { return nil }
            try? Data(text.utf8).write(to: url)
            return "recorded \(url.path); read the diff, then run again without PLANSIM_RECORD_SNAPSHOTS"
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
