import Foundation
import PlanData
import ScenarioDSL
import Testing

/// Inheritance resolves in linear time with one rule for shared ancestors, and a file
/// included twice (a diamond) is loaded once.
@Suite struct ResolutionTests {
    static func program(_ text: String) -> ScenarioProgram {
        ScenarioProgram(text: text, path: "/tmp/resolution/a.scn", dataset: HaibinPlan.dataset())
    }

    /// The CPU time this thread spends in `body`, in seconds. These bounds guard against
    /// exponential or cubic blow-ups (minutes), not speed; CPU time rather than wall time
    /// keeps them meaningful on a loaded machine, where wall time counts other processes.
    static func seconds(_ body: () -> Void) -> Double {
        func now() -> Double {
            var t = timespec()
            clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t)
            return Double(t.tv_sec) + Double(t.tv_nsec) * 1e-9
        }
        let start = now()
        body()
        return now() - start
    }

    /// Issue 12: `sK extends s(K-1), t(K-1)` for 24 levels did not finish (exponential).
    /// Bound: 2 s in a debug build on a shared 2-core machine; it takes ~0.05 s.
    @Test func branchingInheritanceIsLinear() {
        var text = "scenario s0 {\n    paths 10\n}\nscenario t0 {\n    seed 3\n}\n"
        for k in 1...24 {
            text +=
                "scenario s\(k) extends s\(k - 1), t\(k - 1) {\n}\nscenario t\(k) extends t\(k - 1), s\(k - 1) {\n}\n"
        }
        var p: ScenarioProgram?
        let time = Self.seconds {
            p = Self.program(text)
            _ = p?.allDiagnostics()
        }
        #expect(time < 2, "took \(time) s")
        guard case .success(let spec) = p?.compile("s24") else {
            Issue.record("s24 did not compile")
            return
        }
        #expect(spec.paths == 10 && spec.seed == 3)
    }

    /// A chain of 4,000 took over 100 s (cubic); now well under the 5 s bound (debug build).
    @Test func longChainsAreLinear() {
        var text = "scenario a0 {\n    paths 10\n}\n"
        for k in 1...4_000 { text += "scenario a\(k) extends a\(k - 1) {\n    seed \(k)\n}\n" }
        var p: ScenarioProgram?
        let time = Self.seconds {
            p = Self.program(text)
            #expect(p?.allDiagnostics().isEmpty == true)
        }
        #expect(time < 5, "took \(time) s")
        guard case .success(let spec) = p?.compile("a4000") else {
            Issue.record("a4000 did not compile")
            return
        }
        #expect(spec.paths == 10 && spec.seed == 4_000)
    }

    /// Two parents sharing a base: the base's `paths` does not come back through the second
    /// parent to override what the first changed; the second parent's own statements win.
    @Test func aSharedBaseIsAppliedOnceAtItsFirstPlace() {
        let p = Self.program(
            """
            scenario base {
                paths 1000
                seed 1
            }
            scenario p1 extends base {
                paths 5
            }
            scenario p2 extends base {
                seed 7
            }
            scenario c extends p1, p2 {
            }
            """)
        guard case .success(let spec) = p.compile("c") else {
            Issue.record("c did not compile")
            return
        }
        #expect(spec.paths == 5)
        #expect(spec.seed == 7)
    }

    @Test func cyclesAndMissingParentsAreReportedOnce() {
        let p = Self.program("scenario a extends b {\n}\nscenario b extends a {\n}\nscenario c extends nothere {\n}\n")
        let d = p.allDiagnostics()
        #expect(d.filter { $0.id == "E018" }.count == 1)
        #expect(d.filter { $0.id == "E017" }.count == 1)
        if case .success = p.compile("a") { Issue.record("a cycle compiled") }
    }

    @Test func diamondIncludesLoadEachFileOnce() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("plansim-diamond-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        try "scenario base {\n    paths 10\n}\n".write(
            to: dir.appendingPathComponent("base.scn"), atomically: true, encoding: .utf8)
        try "include \"base.scn\"\nscenario left extends base {\n    seed 1\n}\n".write(
            to: dir.appendingPathComponent("left.scn"), atomically: true, encoding: .utf8)
        try "include \"base.scn\"\nscenario right extends base {\n    seed 2\n}\n".write(
            to: dir.appendingPathComponent("right.scn"), atomically: true, encoding: .utf8)
        let main = dir.appendingPathComponent("main.scn")
        try "include \"left.scn\"\ninclude \"right.scn\"\nscenario both extends left, right {\n}\n".write(
            to: main, atomically: true, encoding: .utf8)
        let p = ScenarioProgram(path: main.path, dataset: HaibinPlan.dataset())
        #expect(p.allDiagnostics().isEmpty, "\(p.allDiagnostics().map(\.message))")
        guard case .success(let spec) = p.compile("both") else {
            Issue.record("both did not compile")
            return
        }
        #expect(spec.paths == 10 && spec.seed == 2)
    }

    /// Diagnostics are capped so a file of a million bad characters stays cheap; the rest
    /// are counted. 100,000 `(` used 1.4 GB for over 30 s; bound 5 s (debug build).
    @Test func diagnosticsAreCappedAndCounted() {
        var p: ScenarioProgram?
        let time = Self.seconds {
            p = Self.program("scenario a {\n    seed " + String(repeating: "(", count: 100_000) + "\n}\n")
            _ = p?.allDiagnostics()
        }
        #expect(time < 5, "took \(time) s")
        #expect((p?.diagnostics.count ?? 0) <= ScenarioProgram.diagnosticLimit)
        #expect((p?.diagnostics.count ?? 0) + (p?.droppedDiagnostics ?? 0) >= 100_000)
    }

    @Test func longLinesAreCutAroundTheCaretAndControlsEscaped() {
        let source = SourceFile(
            path: "a.scn",
            text: "scenario a {\n    seed 1 " + String(repeating: "x", count: 20_000) + " @\u{1B}[2J\n}\n")
        let p = ScenarioProgram(text: source.text, path: "/tmp/resolution/a.scn", dataset: HaibinPlan.dataset())
        let rendered = p.allDiagnostics().map { DiagnosticRenderer.render($0, in: source) }.joined()
        #expect(!rendered.contains("\u{1B}"))
        #expect(rendered.contains("\\u{1B}"))
        for line in rendered.split(separator: "\n") { #expect(line.count < 320, "a line of \(line.count) characters") }
    }

    @Test func aGBKFileGetsOneDiagnosticNamingTheEncoding() {
        let gbk: [UInt8] = Array("scenario ".utf8) + [0xBB, 0xF9, 0xCF, 0xDF] + Array(" {\n    seed 1\n}\n".utf8)
        let p = ScenarioProgram(path: "/tmp/resolution/g.scn", bytes: gbk, dataset: HaibinPlan.dataset())
        #expect(p.allDiagnostics().count == 1)
        #expect(p.allDiagnostics().first?.message.contains("GBK") == true)
        #expect(p.allDiagnostics().first?.help?.contains("iconv -f GB18030") == true)
    }
}
