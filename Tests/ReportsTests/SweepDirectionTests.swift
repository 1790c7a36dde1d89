import Foundation
import PlanData
import Testing

@testable import Reports

/// The tornado's direction of effect (issue 13, item 5): the rank correlation of the
/// measure with each input has the sign of the input's effect, and the chart and summary
/// show it in words and sides.
@Suite struct SweepDirectionTests {
    /// y = 3·x₁ − 2·x₂ + 0·x₃ on a 9 × 9 × 9 grid of the unit cube: x₁ raises y, x₂ lowers
    /// it, x₃ does nothing. With independent uniform inputs the rank correlations are about
    /// 3/√13 ≈ 0.83 and −2/√13 ≈ −0.55 (Pearson on the linear model; ranks of a grid keep
    /// them within 0.05), and exactly 0 for x₃ (every x₃ level sees the same y's).
    @Test func signAndSizeOnAKnownLinearModel() {
        var samples: [[Double]] = [], y: [Double] = []
        for a in 0..<9 {
            for b in 0..<9 {
                for c in 0..<9 {
                    let x = [Double(a), Double(b), Double(c)].map { ($0 + 0.5) / 9 }
                    samples.append(x)
                    y.append(3 * x[0] - 2 * x[1])
                }
            }
        }
        let rho = EffectDirection.rankCorrelations(samples: samples, measure: y)
        #expect(abs(rho[0] - 3 / 13.0.squareRoot()) < 0.05, "\(rho)")
        #expect(abs(rho[1] + 2 / 13.0.squareRoot()) < 0.05, "\(rho)")
        #expect(abs(rho[2]) < 1e-12, "\(rho)")
        #expect(EffectDirection.isClear(rho[0], n: y.count) && EffectDirection.isClear(rho[1], n: y.count))
        #expect(!EffectDirection.isClear(rho[2], n: y.count))
    }

    /// `plansim report` re-renders a sweep folder's directions from the `.npy` files the
    /// sweep writes by default, exactly as from the `--csv` files (same rows, same values).
    @Test func foldersWithNPYFilesGiveTheSameDirectionsAsCSV() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("npy-directions-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let samples = (0..<64).map { i in [Double(i % 8) / 8, Double(i / 8) / 8] }
        let outputs = samples.map { [$0[0] - 3 * $0[1]] }
        func npy(_ m: [[Double]]) -> Data {
            var text = "{'descr': '<f8', 'fortran_order': False, 'shape': (\(m.count), \(m[0].count)), }"
            text +=
                String(repeating: " ", count: (10 + text.utf8.count + 1 + 63) / 64 * 64 - 10 - text.utf8.count - 1)
                + "\n"
            var d = Data(
                [0x93] + Array("NUMPY".utf8) + [1, 0, UInt8(text.utf8.count & 0xFF), UInt8(text.utf8.count >> 8)]
                    + Array(text.utf8))
            for v in m.joined() { withUnsafeBytes(of: v.bitPattern.littleEndian) { d.append(contentsOf: $0) } }
            return d
        }
        try npy(samples).write(to: dir.appendingPathComponent("samples.npy"))
        try npy(outputs).write(to: dir.appendingPathComponent("outputs.npy"))
        try Data(#"{"inputs": [{"name": "a"}, {"name": "b"}]}"#.utf8).write(
            to: dir.appendingPathComponent("indices.json"))
        let fromNPY = EffectDirection.fromFolder(dir)
        let csv = dir.appendingPathComponent("csv")
        try FileManager.default.createDirectory(at: csv, withIntermediateDirectories: true)
        try ("a,b\n" + samples.map { $0.map { "\($0)" }.joined(separator: ",") }.joined(separator: "\n") + "\n")
            .write(to: csv.appendingPathComponent("samples.csv"), atomically: true, encoding: .utf8)
        try ("y\n" + outputs.map { "\($0[0])" }.joined(separator: "\n") + "\n").write(
            to: csv.appendingPathComponent("outputs.csv"), atomically: true, encoding: .utf8)
        let fromCSV = EffectDirection.fromFolder(csv)
        #expect(fromNPY.count == 2 && fromNPY == fromCSV, "\(fromNPY) vs \(fromCSV)")
        #expect((fromNPY["a"] ?? 0) > 0 && (fromNPY["b"] ?? 0) < 0)
    }

    @Test func largeSweepsUseAnEvenSubsetOfRows() {
        #expect(EffectDirection.sampledRows(count: 5, limit: 10) == [0, 1, 2, 3, 4])
        let rows = EffectDirection.sampledRows(count: 1_000_000, limit: 100)
        #expect(
            rows.count == 100 && rows.first == 5_000 && rows.last == 995_000
                && zip(rows, rows.dropFirst()).allSatisfy { $0 < $1 })
    }

    @Test func constantMeasureHasNoDirection() {
        let rho = EffectDirection.rankCorrelations(samples: [[0.1], [0.5], [0.9]], measure: [1, 1, 1])
        #expect(rho[0].isNaN)
    }

    static func summary() -> SweepSummary {
        SweepSummary(
            sweep: "tfp", scenario: "baseline", method: "sobol", n: 256, runs: 1280,
            measure: "probability_industrial_output",
            rows: [
                .init(
                    name: "linked.tfp_growth_now", main: 0.6, mainConf: 0.05, first: 0.5, firstConf: 0.05,
                    direction: 0.7),
                .init(
                    name: "linked.depreciation", main: 0.3, mainConf: 0.04, first: 0.25, firstConf: 0.04,
                    direction: -0.4),
                .init(
                    name: "linked.capital_output_ratio", main: 0.01, mainConf: 0.01, first: 0.0, firstConf: 0.01,
                    direction: 0.01),
            ])
    }

    @Test func tornadoDrawsBothSidesWithALegendInTheReportsLanguage() {
        let zh = Self.summary().tornadoSVG(language: .zh)
        #expect(zh.contains("提高该因素，结果上升") && zh.contains("提高该因素，结果下降") && zh.contains("方向不明"))
        #expect(zh.contains("当前全要素生产率增速") && zh.contains("折旧率") && !zh.contains("linked."))
        #expect(zh.contains("fill=\"#0072B2\"") && zh.contains("fill=\"#D55E00\""), "a rising and a falling bar")
        let en = Self.summary().tornadoSVG(language: .en)
        #expect(en.contains("raising it lowers the outcome") && en.contains("current TFP growth"))
        let md = Self.summary().markdown(language: .zh)
        #expect(md.contains("↑ +0.70") && md.contains("↓ −0.40") && md.contains("方向不明 +0.01"), "\(md)")
        let text = Self.summary().terminalText(language: .zh)
        #expect(text.contains("当前全要素生产率增速") && text.contains("↓ −0.40"), "\(text)")
    }
}

/// Issue 13, item 3: the workbook's and the Word document's fan charts are bands — a
/// stacked area whose unfilled base is P10 and whose shaded layer is P90 − P10 — with the
/// median as a line, the base hidden from the legend.
@Suite struct FanBandChartTests {
    @Test func workbookFanIsABandOnTheChartDataSheet() {
        let d = ReportRenderingTests.document()
        let charts = XLSXCharts.charts(d, language: .zh, dataSheet: "图表数据")
        let fan = charts[1]
        #expect(fan.contains("<c:areaChart><c:grouping val=\"stacked\"/>") && fan.contains("<c:lineChart>"))
        #expect(fan.contains("<c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>"), "the base series is invisible")
        #expect(
            fan.contains("图表数据&#39;!$C$2") && fan.contains("图表数据&#39;!$D$2") && fan.contains("图表数据&#39;!$E$2"),
            "P10, the width column and P50 from the sheet")
        #expect(fan.contains("<c:legendEntry><c:idx val=\"0\"/><c:delete val=\"1\"/></c:legendEntry>"))
        #expect(fan.contains(ChartSpec.bandLabel(.zh)) && fan.contains(ChartSpec.medianLabel(.zh)))
    }

    @Test func wordFanCachesTheBandWidth() throws {
        let d = ReportRenderingTests.document()
        let fan = WordCharts.charts(d, language: .en)[1]
        let first = try #require(d.indicators.first?.years.first)
        // The cached width is P90 − P10 as Swift prints the Double (exact, no rounding).
        #expect(fan.contains("<c:v>\(first.p90 - first.p10)</c:v>") && fan.contains("<c:v>\(first.p10)</c:v>"))
        #expect(fan.contains(ChartSpec.bandLabel(.en)) && fan.contains(ChartSpec.medianLabel(.en)))
    }
}
