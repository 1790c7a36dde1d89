import Foundation
import PlanData
import PlansimKit
import PlansimTestSupport
import Testing

/// `forecast` as a library (issue 22's rule): typed request → typed result → renderers,
/// with nothing printed; the command only parses and prints (its CLI tests are unchanged).
struct ForecastWorkflowTests {
    /// Reads `text` as a series file.
    static func series(_ text: String) throws -> (path: String, series: [YearlySeries]) {
        let dir = try Plansim.scratchDirectory()
        let path = try Plansim.write(text, to: "series.csv", in: dir)
        return (path, try YearlySeriesFile.load(path: path))
    }

    /// A file with a gap, a zero and a negative value: notes for each, in the result.
    static let awkward = """
        series,year,value
        a,2000,6
        a,2001,5
        a,2002,4
        a,2003,0
        a,2005,2
        a,2006,1
        a,2007,3
        a,2008,3
        b,2000,1
        b,2001,-1
        b,2002,2
        b,2003,3
        b,2004,2
        b,2005,4
        b,2006,5

        """

    /// More series than one chunk: handed over in chunks of ``ForecastWorkflow/chunk``,
    /// together the same forecasts (to the bit: the same arithmetic) as all at once.
    @Test func chunksTogetherEqualTheWholeForecast() throws {
        let many = (0..<(ForecastWorkflow.chunk + 3)).map { k in
            (id: "s\(k)", values: (0..<8).map { 10 * pow(1.05, Double($0)) + Double(k % 7) })
        }
        let (path, series) = try Self.series(SeriesCSV.text(many, firstYear: 2001))
        let request = ForecastRequest(series: series, horizon: 3, levels: [80, 95], file: path)
        var chunks: [[SeriesForecast]] = []
        try ForecastWorkflow.run(request) { chunks.append($0) }
        #expect(chunks.map(\.count) == [ForecastWorkflow.chunk, 3])
        let whole = try ForecastWorkflow.forecast(request)
        #expect(chunks.joined().map(\.series.id) == whole.map(\.series.id))
        #expect(chunks.joined().map(\.forecast.steps[2].median) == whole.map(\.forecast.steps[2].median))
        #expect(whole.allSatisfy { $0.forecast.years == [2009, 2010, 2011] })
    }

    /// What was done to a series is in the result (not only in the printed text): the
    /// filled year, log(1 + x) for a zero, the level scale for a negative value.
    @Test func notesTravelWithTheForecast() throws {
        let (path, series) = try Self.series(Self.awkward)
        let results = try ForecastWorkflow.forecast(
            ForecastRequest(series: series, horizon: 5, levels: [80], file: path))
        let a = try #require(results.first), b = try #require(results.last)
        #expect(a.forecast.filledYears == [2004])
        #expect(
            a.notes.map(\.en) == [
                "series `a`: no value for 2004; filled by interpolation between the neighbouring years",
                "series `a`: 2003 is 0, so the models work on log(1 + value); forecasts do not go below 0",
            ])
        #expect(b.notes.count == 1 && b.notes[0].zh.contains("是负数"))
        // log(1 + x): no quantile below 0 (exactly 0 at most).
        #expect(a.forecast.interval(level: 80).allSatisfy { $0.lo >= 0 })
        let json = ForecastRendering.json(results, levels: [80]).rendered()
        #expect(json.contains("\"working_scale\": \"log1p\"") || json.contains("\"working_scale\":\"log1p\""))
        let zh = ForecastRendering.text(results, levels: [80], language: .zh)
        #expect(zh.contains("  注：序列 `a`：2004 年没有数值，已用相邻年份插值补齐"))
    }

    /// The output writes the files and hands standard output's text over only at the end:
    /// the text it hands over is the renderers' text, and the notes go to their own sink.
    @Test func outputHandsOverTheRenderedTextAndTheNotes() throws {
        let (path, series) = try Self.series(Self.awkward)
        let folder = try Plansim.scratchDirectory().appendingPathComponent("out")
        let results = try ForecastWorkflow.forecast(
            ForecastRequest(series: series, horizon: 4, levels: [80, 95], file: path))
        var printed = "", said: [Phrase] = []
        let output = try ForecastOutput(
            json: true, out: folder.path, levels: [80, 95], language: .en, output: { printed += $0 },
            notes: { said += $0 })
        try output.add(results)
        #expect(printed.isEmpty)
        try output.finish()
        #expect(said.count == 3)
        let file = try String(contentsOf: folder.appendingPathComponent("forecast.json"), encoding: .utf8)
        #expect(file == printed)
        let document = try JSONSerialization.jsonObject(with: Data(printed.utf8)) as? [String: Any]
        #expect((document?["series"] as? [Any])?.count == 2)
        let csv = try String(contentsOf: folder.appendingPathComponent("forecast.csv"), encoding: .utf8)
        // CSV records end in CRLF, one grapheme: split on any line end.
        #expect(csv.split(whereSeparator: \.isNewline).count == 1 + 2 * 4)
    }

    /// Refusals name the file, the line and the series, and carry both languages.
    @Test func refusesWhatCannotBeForecastNamingTheSeries() throws {
        let apart = (2000...2015).map { "a,\($0),\($0 % 2 == 0 ? "1e-100" : "1e100")" }
        let (path, series) = try Self.series("series,year,value\n" + apart.joined(separator: "\n") + "\n")
        #expect {
            try ForecastWorkflow.forecast(ForecastRequest(series: series, horizon: 50, levels: [80], file: path))
        } throws: { error in
            guard let issue = (error as? InputErrors)?.issues.first else { return false }
            return issue.line == 2 && issue.message.contains("the forecast overflows")
                && issue.messageZH?.contains("超出了可表示的数值范围") == true
        }
    }
}
