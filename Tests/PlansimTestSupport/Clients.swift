import Foundation

/// The outside programs some tests check plansim's files with (Chromium, pdftotext,
/// LibreOffice, a Python with the report clients), and whether a test that needs one may
/// be skipped when it is missing.
///
/// Contract: a test that needs a client declares `.enabled(if: Clients.runs(…), "reason")`
/// and then takes the client with ``Clients/path(_:)`` (or `#require`). Locally a missing
/// client skips the test, and Swift Testing reports it as skipped with the reason. In CI
/// (`.ci/run` exports `PLANSIM_REQUIRE_CLIENTS=1`) the test runs anyway and fails at the
/// missing client, because CI installs every client and a missing one is a broken setup.
public enum Clients {
    /// True when `PLANSIM_REQUIRE_CLIENTS=1`: missing clients fail instead of skipping.
    public static let required = ProcessInfo.processInfo.environment["PLANSIM_REQUIRE_CLIENTS"] == "1"

    /// The first of `names` installed as an executable in /usr/bin or /usr/local/bin.
    public static func tool(_ names: String...) -> String? { find(names) }

    /// Whether a test needing every one of `needs` should run: each is present, or clients
    /// are required (then the test runs and fails at the missing one).
    public static func runs(_ needs: Bool...) -> Bool { required || needs.allSatisfy { $0 } }

    /// Whether a program with one of `names` is installed.
    public static func has(_ names: String...) -> Bool { find(names) != nil }

    /// The path of the first of `names` installed; throws ``Missing`` (a test failure)
    /// when none is.
    public static func path(_ names: String...) throws -> String {
        guard let found = find(names) else { throw Missing(what: names.joined(separator: " or ")) }
        return found
    }

    /// A client a test needs is not installed.
    public struct Missing: Error, CustomStringConvertible {
        public let what: String
        public var description: String {
            "\(what) is not installed, and PLANSIM_REQUIRE_CLIENTS=1 requires it (.ci/run installs it)"
        }
    }

    private static func find(_ names: [String]) -> String? {
        for name in names {
            for folder in ["/usr/bin", "/usr/local/bin"] {
                let path = "\(folder)/\(name)"
                if FileManager.default.isExecutableFile(atPath: path) { return path }
            }
        }
        return nil
    }
}
