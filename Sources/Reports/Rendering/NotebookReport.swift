public import PlanData

/// A Jupyter notebook (nbformat 4.5): the briefing as Markdown, the tables and charts as
/// outputs, and a code cell that reloads the CSV with pandas.
public enum NotebookReport {
    public static func render(_ d: ReportDocument, language l: Language) -> String {
        let zh = l == .zh
        func lines(_ text: String) -> JSONValue {
            let parts = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            return .array(parts.enumerated().map { .string($0.offset < parts.count - 1 ? $0.element + "\n" : $0.element) })
        }
        func display(_ mime: String, _ content: String, plain: String) -> JSONValue {
            .object([("output_type", .string("display_data")), ("data", .object([(mime, lines(content)), ("text/plain", lines(plain))])),
                     ("metadata", .object([]))])
        }
        let table = BriefingTable(d, language: l)
        let html = "<table><thead><tr>" + table.headers.map { "<th>\(Markup.escape($0))</th>" }.joined() + "</tr></thead><tbody>"
            + table.rows.indices.map { k in "<tr>" + table.headers.indices.map { "<td>\(Markup.escape(table.display(row: k, column: $0)))</td>" }.joined() + "</tr>" }.joined()
            + "</tbody></table>"
        let charts = [ProbabilityChart.svg(d, language: l)]
            + d.indicators.map { ind in FanChart.svg(ind, target: d.targets.first { $0.indicator == ind.id }, language: l) }
        let cells: [JSONValue] = [
            .object([("cell_type", .string("markdown")), ("id", .string("briefing")), ("metadata", .object([])),
                     ("source", lines(MarkdownReport.render(d, language: l)))]),
            .object([("cell_type", .string("code")), ("id", .string("reload-csv")), ("metadata", .object([])), ("execution_count", .null),
                     ("source", lines("import pandas as pd\n# The forecast table plansim wrote beside this notebook (UTF-8 with BOM).\nindicators = pd.read_csv(\"indicators.csv\", encoding=\"utf-8-sig\")\ntargets = pd.read_csv(\"targets.csv\", encoding=\"utf-8-sig\")\ntargets")),
                     ("outputs", .array([display("text/html", html, plain: zh ? "简报表（专栏1）" : "Briefing table (专栏1)")]))]),
            .object([("cell_type", .string("code")), ("id", .string("charts")), ("metadata", .object([])), ("execution_count", .null),
                     ("source", lines(zh ? "# 图表由 plansim 生成（SVG）" : "# Charts rendered by plansim (SVG)")),
                     ("outputs", .array(charts.map { display("image/svg+xml", $0, plain: zh ? "<图表>" : "<chart>") }))]),
        ]
        return JSONValue.object([
            ("cells", .array(cells)),
            ("metadata", .object([("kernelspec", .object([("display_name", .string("Python 3")), ("language", .string("python")), ("name", .string("python3"))])),
                                  ("language_info", .object([("name", .string("python"))])),
                                  ("plansim", .object([("version", .string(d.provenance.version)), ("seed", .number(Double(d.provenance.seed))),
                                                       ("paths", .integer(d.provenance.paths)), ("created", .string(d.provenance.created))]))])),
            ("nbformat", .integer(4)), ("nbformat_minor", .integer(5)),
        ]).rendered() + "\n"
    }
}
