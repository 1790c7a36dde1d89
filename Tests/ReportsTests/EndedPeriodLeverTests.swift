import Testing

@testable import PlanData
@testable import Reports

/// A report dated December 2026 on the 2021—2025 period: its levers say what it would
/// have taken (若要…，当时需…), never an instruction for years that are over; a report made
/// while the period runs keeps the instruction (the official's second review).
@Suite struct EndedPeriodLeverTests {
    static func document(created: String? = nil) -> ReportDocument {
        let base = LeaderFixture.document(created: created)
        var v = ReportDocument.Inversion(indicator: "industrial_output", probability: 0.5, value: 0.387, achieved: 0.5)
        v.leverYears = 2021...2025
        return ReportDocument(
            scenario: base.scenario, indicators: base.indicators, planTitleZH: nil, planTitleEN: nil,
            targets: base.targets, inversions: [v], notesZH: [], notesEN: [], provenance: base.provenance)
    }

    @Test func leversForAnEndedPeriodAreInThePastConditional() {
        let d = Self.document()
        // 38.7% is the inversion's value printed at one decimal; no money (no investment target here).
        #expect(InversionSentences.sentences(d, language: .zh) == ["若要使工业总产值达标概率达到50%，2021—2025年投资当时需年均增长38.7%。"])
        #expect(InversionSentences.heading(d, language: .zh) == "目标反推：当时投资需要多少")
        #expect(
            InversionSentences.sentences(d, language: .en)[0].hasPrefix(
                "For Industrial output to have had a 50% probability of meeting its target, investment over 2021–2025 would have had to grow 38.7% a year"
            ))
        let page = LeaderPage(run: d, language: .zh)
        let levers = page.levers.joined()
        #expect(!levers.contains("为使") && levers.contains("当时需"))
        // A data-based target at risk: what it would have taken, not 取决于能否….
        #expect(!levers.contains("取决于能否"))
        let html = HTMLReport.render(d, language: .zh)
        #expect(!html.contains("为使") && html.contains("目标反推：当时投资需要多少"))
    }

    @Test func leversWhileThePeriodRunsStayInstructions() {
        let d = Self.document(created: "2024-03-01T02:00:00Z")
        #expect(InversionSentences.sentences(d, language: .zh) == ["为使工业总产值达标概率达到50%，2021—2025年投资需年均增长38.7%。"])
        #expect(InversionSentences.heading(d, language: .zh) == "目标反推：投资需要多少")
    }
}
