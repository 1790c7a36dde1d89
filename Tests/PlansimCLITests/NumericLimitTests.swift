import Foundation
import PlansimTestSupport
import Testing

/// Attack findings 3–6 as the built binary meets them: what crashed (exit 132) or ate
/// memory now exits 1 with a located message, and nothing is written.
@Suite struct NumericLimitTests {
    /// The exported Haibin plan with `find` replaced by `replace`, written as `bad.plan`.
    static func plan(_ find: String, _ replace: String, in dir: URL) throws {
        #expect(try Plansim.run(["plan", "export", "--out", "h.plan"], in: dir).status == 0)
        let text = try String(contentsOf: dir.appendingPathComponent("h.plan"), encoding: .utf8)
        let edited = text.replacingOccurrences(of: find, with: replace)
        #expect(edited != text, "`\(find)` is not in the exported plan")
        try Plansim.write(edited, to: "bad.plan", in: dir)
    }

    @Test(arguments: [
        ("base 2020 30.02 亿元", "base 2020 1e308 亿元", "E049"), ("period 2021..2025", "period 2021..99999", "E050"),
    ])
    func outOfRangePlansAreRefusedByEveryCommand(find: String, replace: String, id: String) throws {
        let dir = try Plansim.scratchDirectory()
        try Self.plan(find, replace, in: dir)
        for command in [
            ["check", "bad.plan"], ["run", "--plan", "bad.plan", "--paths", "10", "--quiet", "--out", "out"],
            ["fit", "--plan", "bad.plan"],
        ] {
            let r = try Plansim.run(command, in: dir, environment: Plansim.english)
            #expect(r.status == 1, "\(command): exit \(r.status)\n\(r.stderr)")
            #expect(r.stderr.contains("error[\(id)]") && r.stderr.contains("bad.plan:"), "\(command): \(r.stderr)")
        }
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("out").path))
    }

    /// `report` of a run whose median was edited to 1e308 used to die in the chart code.
    @Test func reportRefusesAHugeMedianNamingIt() throws {
        let dir = try Plansim.scratchDirectory()
        #expect(
            try Plansim.run(["run", "--paths", "200", "--no-inversion", "--quiet", "--out", "r"], in: dir).status == 0)
        let file = dir.appendingPathComponent("r/results.json")
        var root = try JSONSerialization.jsonObject(with: Data(contentsOf: file)) as! [String: Any]
        var indicators = root["indicators"] as! [[String: Any]]
        var years = indicators[0]["years"] as! [[String: Any]]
        years[0]["p50"] = 1e308
        indicators[0]["years"] = years
        root["indicators"] = indicators
        try JSONSerialization.data(withJSONObject: root).write(to: file)
        try? FileManager.default.removeItem(at: dir.appendingPathComponent("r/briefing.md"))
        let r = try Plansim.run(["report", "r", "--format", "md"], in: dir, environment: Plansim.english)
        #expect(r.status == 1, "exit \(r.status)\n\(r.stderr)")
        #expect(r.stderr.contains("indicators[0].years[0].p50") && r.stderr.contains("out of range"), "\(r.stderr)")
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("r/briefing.md").path))
    }
}
