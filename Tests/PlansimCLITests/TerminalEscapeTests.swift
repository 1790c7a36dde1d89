import Foundation
import PlansimTestSupport
import Testing

/// Issue 25: ESC, BEL, an OSC title sequence, a screen-clear, a C1 CSI and bidi overrides
/// written into a plan string or a table cell never reach the terminal raw, from any
/// command that prints them, and `briefing.csv` keeps none of them.
@Suite struct TerminalEscapeTests {
    /// Every control the attack used: OSC 0 (retitle) ended by BEL, ESC[2J (clear), the C1
    /// CSI 0x9B, RIGHT-TO-LEFT OVERRIDE and a FIRST STRONG ISOLATE … POP pair.
    static let hostile = "\u{1B}]0;pwned\u{07}\u{1B}[2J\u{9B}31m\u{202E}\u{2068}x\u{2069}"
    static let raw: [Unicode.Scalar] = ["\u{1B}", "\u{07}", "\u{9B}", "\u{202E}", "\u{2068}", "\u{2069}"]

    static func clean(_ text: String) -> Bool { !text.unicodeScalars.contains { raw.contains($0) } }

    @Test func planStringsAreEscapedInEveryCommand() throws {
        let dir = try Plansim.scratchDirectory()
        let plan = try String(
            contentsOf: TestPaths.repository.appendingPathComponent("plans/haibin-14th.plan"), encoding: .utf8
        )
        .replacingOccurrences(
            of: "name \"工业总产值\" \"Industrial output\"",
            with: "name \"工业总产值\(Self.hostile)\" \"Industrial output\(Self.hostile)\"")
        try Plansim.write(plan, to: "h.plan", in: dir)
        try Plansim.write(
            "scenario a {\n    title \"情景\(Self.hostile)\" \"A\"\n    plan \"h.plan\"\n    paths 200\n    output csv, md\n}\n",
            to: "a.scn", in: dir)
        for command in [
            ["plan", "show", "h.plan"], ["check", "a.scn"], ["explain", "a.scn"],
            ["run", "a.scn", "--quiet", "--no-inversion", "--out", "out"],
            ["run", "a.scn", "--quiet", "--no-inversion", "--out", "out-zh", "--lang", "zh"],
        ] {
            let r = try Plansim.run(command, in: dir, environment: Plansim.english)
            #expect(r.status == 0, "\(command): \(r.stderr)")
            #expect(Self.clean(r.stdout) && Self.clean(r.stderr), "\(command) printed a raw control")
            #expect(
                (r.stdout + r.stderr).contains("\\u{1B}") || command[0] == "check",
                "\(command): \(r.stdout.prefix(400))")
        }
        for (file, name) in [("out/briefing-en.csv", "Industrial output"), ("out-zh/briefing.csv", "工业总产值")] {
            let csv = try String(contentsOf: dir.appendingPathComponent(file), encoding: .utf8)
            #expect(csv.contains(name + "\\u{1B}]0;pwned\\u{7}") && Self.clean(csv), "\(csv.prefix(600))")
        }
    }

    @Test func tableCellsAreEscapedByPlanImport() throws {
        let dir = try Plansim.scratchDirectory()
        var rows = TableFiles.town
        rows[3][1] = "地区生产总值" + Self.hostile
        try Data(TableFiles.csv(rows).utf8).write(to: dir.appendingPathComponent("t.csv"))
        let r = try Plansim.run(["plan", "import", "t.csv"], in: dir, environment: Plansim.english)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(Self.clean(r.stdout) && Self.clean(r.stderr) && r.stdout.contains("\\u{1B}"), "\(r.stdout.prefix(600))")
    }
}
