public import PlanData

/// A Jupyter notebook (nbformat 4.5) that runs: the briefing as Markdown (escaped), then
/// code cells that reload `indicators.csv` and `targets.csv` (written beside it) with
/// pandas and redraw the fan charts and probability bars with matplotlib. Each code cell
/// keeps plansim's own table or SVG charts as saved outputs, so the notebook reads well
/// before it is run; Run All replaces them with the analyst's own plots.
public enum NotebookReport {
    public static func render(_ d: ReportDocument, language l: Language) -> String {
        let zh = l == .zh
        func lines(_ text: String) -> JSONValue {
            let parts = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            return .array(
                parts.enumerated().map { .string($0.offset < parts.count - 1 ? $0.element + "\n" : $0.element) })
        }
        func display(_ mime: String, _ content: String, plain: String) -> JSONValue {
            .object([
                ("output_type", .string("display_data")),
                ("data", .object([(mime, lines(content)), ("text/plain", lines(plain))])),
                ("metadata", .object([])),
            ])
        }
        func code(_ id: String, _ source: String, outputs: [JSONValue]) -> JSONValue {
            .object([
                ("cell_type", .string("code")), ("id", .string(id)), ("metadata", .object([])),
                ("execution_count", .null),
                ("source", lines(source)), ("outputs", .array(outputs)),
            ])
        }
        let table = BriefingTable(d, language: l)
        let html =
            "<table><thead><tr>" + table.headers.map { "<th>\(Markup.escape($0))</th>" }.joined()
            + "</tr></thead><tbody>"
            + table.rows.indices.map { k in
                "<tr>"
                    + table.headers.indices.map { "<td>\(Markup.escape(table.display(row: k, column: $0)))</td>" }
                    .joined() + "</tr>"
            }.joined()
            + "</tbody></table>"
        let fans = d.indicators.map { ind in
            FanChart.svg(ind, target: d.targets.first { $0.indicator == ind.id }, language: l)
        }
        let names =
            "{" + d.indicators.map { "\(pythonString($0.id)): \(pythonString($0.name(l)))" }.joined(separator: ", ")
            + "}"
        let units =
            "{" + d.indicators.map { "\(pythonString($0.id)): \(pythonString($0.unit(l)))" }.joined(separator: ", ")
            + "}"
        let load = """
            import pandas as pd
            import matplotlib.pyplot as plt
            # CJK-capable fonts first, so Chinese labels draw where such a font is installed.
            plt.rcParams["font.sans-serif"] = ["Noto Sans CJK SC", "WenQuanYi Micro Hei", "Microsoft YaHei", "SimHei", "DejaVu Sans"]
            plt.rcParams["axes.unicode_minus"] = False
            # The tables plansim wrote beside this notebook (UTF-8 with BOM).
            indicators = pd.read_csv("indicators.csv", encoding="utf-8-sig")
            targets = pd.read_csv("targets.csv", encoding="utf-8-sig")
            names = \(names)
            units = \(units)
            targets.assign(name=targets["indicator"].map(names))[["name", "target_year", "target", "kind", "probability", "median", "p10", "p90"]]
            """
        let fan = """
            # \(zh ? "预测区间图：P5–P95、P25–P75 区间与中位数" : "Fan charts: P5–P95 and P25–P75 bands and the median")
            ids = list(dict.fromkeys(indicators["indicator"]))
            fig, axes = plt.subplots((len(ids) + 1) // 2, 2, figsize=(12, 3.2 * ((len(ids) + 1) // 2)), squeeze=False)
            for ax, key in zip(axes.flat, ids):
                rows = indicators[indicators["indicator"] == key]
                ax.fill_between(rows["year"], rows["p5"], rows["p95"], color="#0072B2", alpha=0.15, label="P5–P95")
                ax.fill_between(rows["year"], rows["p25"], rows["p75"], color="#0072B2", alpha=0.35, label="P25–P75")
                ax.plot(rows["year"], rows["p50"], color="#0072B2", label="\(zh ? "中位数" : "median")")
                ax.set_title(names.get(key, key))
                ax.set_ylabel(units.get(key, ""))
                ax.legend(loc="upper left", fontsize=8)
            for ax in list(axes.flat)[len(ids):]:
                ax.set_visible(False)
            fig.tight_layout()
            plt.show()
            """
        let bars = """
            # \(zh ? "目标达成概率" : "Probability of meeting each target")
            fig, ax = plt.subplots(figsize=(8, 0.45 * len(targets) + 1))
            labels = targets["indicator"].map(names)
            ax.barh(labels, targets["probability"], color=["#0072B2" if p >= 0.8 else "#D55E00" if p < 0.2 else "#E69F00" for p in targets["probability"]])
            ax.axvline(0.5, color="#222", linestyle="--", linewidth=1)
            ax.set_xlim(0, 1)
            ax.invert_yaxis()
            ax.set_xlabel("\(zh ? "达标概率" : "P(meet target)")")
            fig.tight_layout()
            plt.show()
            """
        let cells: [JSONValue] = [
            .object([
                ("cell_type", .string("markdown")), ("id", .string("briefing")), ("metadata", .object([])),
                ("source", lines(MarkdownReport.render(d, language: l))),
            ]),
            code(
                "reload-csv", load,
                outputs: [display("text/html", html, plain: zh ? "简报表（专栏1）" : "Briefing table (专栏1)")]),
            code(
                "fan-charts", fan,
                outputs: fans.map { display("image/svg+xml", $0, plain: zh ? "<预测区间图>" : "<fan chart>") }),
            code(
                "probabilities", bars,
                outputs: [
                    display(
                        "image/svg+xml", ProbabilityChart.svg(d, language: l),
                        plain: zh ? "<概率图>" : "<probability chart>")
                ]),
        ]
        return JSONValue.object([
            ("cells", .array(cells)),
            (
                "metadata",
                .object([
                    (
                        "kernelspec",
                        .object([
                            ("display_name", .string("Python 3")), ("language", .string("python")),
                            ("name", .string("python3")),
                        ])
                    ),
                    ("language_info", .object([("name", .string("python"))])),
                    (
                        "plansim",
                        .object([
                            ("version", .string(d.provenance.version)), ("seed", .unsigned(d.provenance.seed)),
                            ("paths", .integer(d.provenance.paths)), ("created", .string(d.provenance.created)),
                        ])
                    ),
                ])
            ),
            ("nbformat", .integer(4)), ("nbformat_minor", .integer(5)),
        ]).rendered() + "\n"
    }

    /// A Python string literal: backslashes, quotes and control characters escaped.
    static func pythonString(_ s: String) -> String {
        var out = "\""
        for u in s.unicodeScalars {
            switch u {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "\n": out += "\\n"
            default: out += u.value < 0x20 ? String(format: "\\x%02x", u.value) : String(u)
            }
        }
        return out + "\""
    }
}
