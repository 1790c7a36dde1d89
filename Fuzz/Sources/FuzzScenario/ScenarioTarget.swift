import PlanData
import ScenarioDSL

/// One scenario file through the whole of `plansim check` — lexer, parser, analyzer,
/// inheritance, compile, `explain`, the renderer of every diagnostic — and `fmt`, whose
/// output must parse and format to itself. A trap, a hang (libFuzzer's `-timeout`) or
/// memory over `-rss_limit_mb` is a finding.
enum ScenarioTarget {
    static let dataset = HaibinPlan.dataset()

    static let callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32 = { data, size in
        let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
        let program = ScenarioProgram(path: "/tmp/plansim-fuzz/input.scn", bytes: bytes, dataset: ScenarioTarget.dataset)
        for d in program.allDiagnostics().prefix(100) {
            if let source = program.source(of: d) { _ = DiagnosticRenderer.render(d, in: source) }
        }
        for name in program.order.prefix(50) { _ = program.compile(name); _ = program.explain(name) }
        let tree = Parser.parse(SourceFile(path: "input.scn", bytes: bytes))
        if tree.diagnostics.isEmpty && tree.dropped == 0 {
            let once = Formatter.format(tree)
            let again = Parser.parse(SourceFile(path: "input.scn", text: once))
            precondition(again.diagnostics.isEmpty, "fmt output does not parse: \(again.diagnostics.first!.message)")
            precondition(Formatter.format(again) == once, "fmt is not idempotent")
        }
        return 0
    }
}
