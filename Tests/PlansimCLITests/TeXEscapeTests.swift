import Foundation
import PlansimTestSupport
import Testing

/// Issue 25: TeX delimiters from a plan or scenario string (`$$…$$`, `\(…\)`, `$…$`)
/// reach neither `briefing.md` nor the notebook's Markdown as maths.
@Suite struct TeXEscapeTests {
    @Test func texDelimitersAreEscapedInMarkdownAndNotebook() throws {
        let dir = try Plansim.scratchDirectory()
        let tex = #"$$\int x$$ \(a^2\) $b$ \[c\]"#
        let plan = try String(
            contentsOf: TestPaths.repository.appendingPathComponent("plans/haibin-14th.plan"), encoding: .utf8
        )
        .replacingOccurrences(
            of: "name \"工业总产值\" \"Industrial output\"", with: "name \"工业总产值\(tex)\" \"Industrial output\(tex)\"")
        try Plansim.write(plan, to: "t.plan", in: dir)
        try Plansim.write(
            "scenario a {\n    title \"情景\(tex)\" \"A\(tex)\"\n    plan \"t.plan\"\n    paths 200\n    output md, ipynb\n}\n",
            to: "a.scn", in: dir)
        let r = try Plansim.run(
            ["run", "a.scn", "--quiet", "--no-inversion", "--out", "out", "--lang", "zh"], in: dir,
            environment: Plansim.english)
        #expect(r.status == 0, "\(r.stderr)")
        let markdown = try String(contentsOf: dir.appendingPathComponent("out/briefing.md"), encoding: .utf8)
        let notebook =
            try JSONSerialization.jsonObject(with: Data(contentsOf: dir.appendingPathComponent("out/briefing.ipynb")))
            as? [String: Any]
        let cells = try #require(notebook?["cells"] as? [[String: Any]])
        let cell = (cells.first?["source"] as? [String] ?? []).joined()
        for text in [markdown, cell] {
            // The names are there, written with entities: no `$` and no backslash before a
            // TeX bracket is left in the Markdown for a maths finder to pair.
            #expect(
                text.contains("工业总产值<span>&#36;</span><span>&#36;</span><span>&#92;</span>int x"), "\(text.prefix(800))"
            )
            #expect(!text.contains("$") && !text.contains(#"\("#) && !text.contains(#"\\"#), "\(text.prefix(800))")
        }
    }
}
