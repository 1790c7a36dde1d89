import Artifacts
import Foundation
import Testing

@testable import Reports

/// The report reads a proposal's bound and printed figure from typed fields, never from its
/// wording (issue 22), and the typed basis refuses a weighting it does not know.
/// Expectations are exact strings and values.
@Suite struct ProposalTypedFieldsTests {
    func target(_ wordingZH: String, limit: ProposedTarget.Limit, figure: ProposedTarget.Figure?) -> ProposedTarget {
        var p = ProposedTarget(
            indicator: "farmland", nameZH: "高标准农田面积", nameEN: "High-standard farmland", unitZH: "亩", unitEN: "mu",
            binding: true, form: .level, ceiling: false, baseYear: 2025, base: 27_000, targetYear: 2030,
            value: 28_000, growth: 0.007, decimals: 0, odds: 0.9, points: [], lastGrowth: nil, lastFirstYear: nil,
            lastSum: nil, visionYear: nil, visionValue: nil, flags: [], wordingZH: wordingZH, wordingEN: "at least")
        p.limit = limit
        p.figure = figure
        return p
    }

    /// A floor is drawn flat whatever the wording says; the 万 note takes the typed figure.
    @Test func theChartAndTheNoteReadTheTypedFields() {
        let floor = target("底线2.8万亩", limit: .floor, figure: .init(value: 28_000, textZH: "2.8", unitZH: "万亩"))
        #expect(ProposalChart.isLimit(floor))
        #expect(ProposalChart.path(floor)[2026] == 28_000)
        #expect(ProposalReport.tenThousandNote([floor]).contains("如“2.8万亩”即28000亩"))
        let reach = target("不低于2.8万亩", limit: .none, figure: .init(value: 28_000, textZH: "28000", unitZH: "亩"))
        #expect(!ProposalChart.isLimit(reach))
        #expect(ProposalReport.tenThousandNote([reach]).isEmpty)
    }

    /// `limit`, `figure` and `weighting` survive the file; an unknown weighting is refused.
    @Test func theFileKeepsTheFieldsAndRefusesAnUnknownWeighting() throws {
        var p = target("不低于2.8万亩", limit: .floor, figure: .init(value: 28_000, textZH: "2.8", unitZH: "万亩"))
        p.basis = ProposalBasis(
            grade: .data, recordYears: 5, firstYear: 2021, lastYear: 2025, fittedYears: 5, reconstructed: false,
            models: [.init(family: "damped", weight: 1)], weighting: .aicc, priors: [])
        let set = ProposalSet(
            plan: NextPlan(
                id: "x", titleZH: "x", titleEN: "x", issuer: "x", firstYear: 2026, lastYear: 2030, ordinal: 15),
            convention: ProposalConvention(
                indicativeOdds: 0.6, bindingOdds: 0.9, allowsRelaxingBinding: false, shownOdds: [0.5]),
            proposals: [p], skipped: [], illustrative: false, provenance: [])
        let data = try set.encoded()
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.contains("\"limit\" : \"floor\"") && text.contains("\"weighting\" : \"aicc_weights\""))
        #expect(try ProposalSet.decode(data) == set)
        let unknown = text.replacingOccurrences(of: "aicc_weights", with: "AICc weights")
        #expect(throws: (any Error).self) { try ProposalSet.decode(Data(unknown.utf8)) }
    }
}
