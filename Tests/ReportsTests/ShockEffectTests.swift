import Testing

@testable import PlanData
@testable import Reports
@testable import Simulation

/// A what-if's difference beside its shock: −499 beside a −400 shock is explained — the
/// shock's own effect and the knock-on through the linked model — not printed without a
/// word (the official's second review).
@Suite struct ShockEffectTests {
    /// The epidemic what-if with employment shocked by −400 in 2022 while its median falls by 499.
    static func document(drop: Double) -> ReportDocument {
        var d = LeaderFixture.whatIf()
        let base = LeaderFixture.indicator(
            "new_employment", "新增就业人口", "New employment", "人", "persons", base: 2000, growth: 0.03, evidence: "prior")
        let shocked = base.years.map { y in
            y.year == 2022
                ? YearSummary(
                    year: y.year, p5: y.p5 - drop, p10: y.p10 - drop, p25: y.p25 - drop, p50: y.p50 - drop,
                    p75: y.p75 - drop, p90: y.p90 - drop, p95: y.p95 - drop, deterministic: y.deterministic - drop) : y
        }
        var ind = ReportDocument.Indicator(
            id: base.id, nameZH: base.nameZH, nameEN: base.nameEN, unitZH: base.unitZH, unitEN: base.unitEN,
            attribute: base.attribute, years: shocked, history: base.history)
        ind.evidence = "prior"
        var b = LeaderFixture.document()
        b.indicators.append(base)
        d.baseline = .init(b)
        d.indicators.append(ind)
        d.assumptions.append(
            .init(text: "shock new_employment -400 人 in 2022", origin: "epidemic_shock (epidemic_shock.scn:10)"))
        return d
    }

    @Test func aDifferenceBeyondItsShockIsExplained() {
        let zh = ShockEffect.notes(Self.document(drop: 499), language: .zh)
        #expect(
            zh == [
                "新增就业人口2022年与基准情景相差−499人，不同于所设冲击−400人：其中−400人为本指标所受冲击，另−99人来自模型中投资、产出与就业的联动——同年其他指标所受冲击（如产出下降）会带动本指标进一步变化。"
            ])
        #expect(
            ShockEffect.notes(Self.document(drop: 499), language: .en).first?.hasPrefix(
                "New employment differs from the baseline by −499 persons in 2022, not by the shock of −400 persons")
                == true)
        // Printed under the differences table.
        let html = HTMLReport.render(Self.document(drop: 499), language: .zh)
        #expect(html.contains("另−99人来自模型中投资、产出与就业的联动"))
        // The fixture leaves retail unmoved by its −15% shock: no knock-on in the shock's direction, no note.
        // A difference within 2% of the shock (−405 beside −400) is the shock alone: no note.
        #expect(ShockEffect.notes(Self.document(drop: 405), language: .zh).isEmpty)
    }
}

extension ShockEffectTests {
    /// Page one gives the table's figure beside the shock (review s5 P2-12: "少400人" on page
    /// one, −500 in the table): 新增就业人口减少400人（连同联动共约499人）.
    @Test func pageOneGivesTheTablesFigureBesideTheShock() {
        let zh = WhatIfFinding.shockWords(Self.document(drop: 499), language: .zh) ?? ""
        #expect(zh.contains("新增就业人口减少400人（连同联动共约499人）"), "\(zh)")
        let en = WhatIfFinding.shockWords(Self.document(drop: 499), language: .en) ?? ""
        #expect(en.contains("New employment −400 persons (about 499 persons with the knock-on)"), "\(en)")
        // A difference that is the shock alone adds nothing.
        #expect(!(WhatIfFinding.shockWords(Self.document(drop: 400), language: .zh) ?? "").contains("联动"))
    }
}
