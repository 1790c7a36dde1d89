import Foundation
public import LinearAlgebra
public import PlanData

/// One term of a regression as a user writes it: a column, or a power of one (`x^2`).
public struct RegressionTerm: Sendable, Equatable {
    public let column: String
    public let power: Int

    /// The name shown in tables: `x` or `x^k`.
    public var name: String { power == 1 ? column : "\(column)^\(power)" }

    /// Parses the comma-separated TERMS of `plansim regress --x`.
    ///
    /// A term is a column name, or a column name followed by `^k` with `k` in 1…10. A name
    /// that is itself a header column is taken as is, even if it contains `^`.
    public static func parseList(_ text: String, columns: [String]) throws(InputErrors) -> [RegressionTerm] {
        var terms: [RegressionTerm] = []
        var issues: [InputIssue] = []
        let parts = text.split(separator: ",", omittingEmptySubsequences: false).map {
            $0.trimmingCharacters(in: .whitespaces)
        }
        for part in parts {
            if part.isEmpty {
                issues.append(
                    InputIssue(
                        file: "--x", message: Phrase(zh: "列表中有空的项", en: "empty term in the list"),
                        help: Phrase(
                            zh: "各项之间用一个逗号分隔，例如 `--x x,x^2`",
                            en: "write terms separated by single commas, e.g. `--x x,x^2`")))
                continue
            }
            if columns.contains(part) {
                terms.append(RegressionTerm(column: part, power: 1))
                continue
            }
            if let caret = part.lastIndex(of: "^") {
                let base = String(part[..<caret]), exponent = String(part[part.index(after: caret)...])
                guard let k = Int(exponent), (1...10).contains(k) else {
                    issues.append(
                        InputIssue(
                            file: "--x", field: part,
                            message: Phrase(
                                zh: "幂次 `\(exponent)` 不是 1 至 10 之间的整数",
                                en: "power `\(exponent)` is not a whole number from 1 to 10"),
                            help: Phrase(zh: "幂次请写作 `x^2` … `x^10`", en: "write powers as `x^2` … `x^10`")))
                    continue
                }
                terms.append(RegressionTerm(column: base, power: k))
            } else {
                terms.append(RegressionTerm(column: part, power: 1))
            }
        }
        var seen = Set<String>()
        for term in terms where !seen.insert(term.name).inserted {
            issues.append(
                InputIssue(
                    file: "--x", field: term.name,
                    message: Phrase(zh: "项 `\(term.name)` 列了两次", en: "term `\(term.name)` is listed twice"),
                    help: Phrase(zh: "每项只列一次", en: "list each term once")))
        }
        if !issues.isEmpty { throw InputErrors(issues) }
        return terms
    }
}

/// A regression as asked for on the command line, fitted from a CSV file.
public struct RegressionRun: Sendable {
    public let file: String
    public let response: String
    public let terms: [RegressionTerm]
    public let result: RegressionResult

    /// Reads `file`, builds the design for `y ~ terms` and fits it.
    ///
    /// - Throws: ``InputErrors`` with every problem in the file and arguments at once:
    ///   missing columns (with suggestions), bad cells, too few rows, a constant term
    ///   beside an intercept, exactly collinear terms.
    public static func fit(file: String, response: String, terms termText: String, intercept: Bool) throws(InputErrors)
        -> RegressionRun
    {
        let document = try CSVDocument.load(path: file)
        let names = document.columnNames
        let terms = try RegressionTerm.parseList(termText, columns: names)
        var issues: [InputIssue] = []
        let needed = [response] + terms.map(\.column)
        var indexOf: [String: Int] = [:]
        for name in needed where indexOf[name] == nil {
            if let index = document.columnIndex(name) {
                indexOf[name] = index
            } else if !issues.contains(where: { $0.field == name }) {
                issues.append(
                    InputIssue(
                        file: file, line: 1, field: name,
                        message: Phrase(zh: "表头中没有 `\(name)` 列", en: "no column `\(name)` in the header"),
                        help: DidYouMean.phrase(for: name, among: names) ?? Phrase(zh: "表头各列为：", en: "the header has: ")
                            + .codes(names)))
            }
        }
        if !issues.isEmpty { throw InputErrors(issues) }
        var values: [String: [DoubleDouble]] = [:]
        for (name, index) in indexOf.sorted(by: { $0.value < $1.value }) {
            var column: [DoubleDouble] = []
            for record in document.records {
                switch NumericCell.parse(record[index], file: file, column: name) {
                case .success(let v): column.append(v)
                case .failure(let issue): issues.append(issue)
                }
            }
            values[name] = column
        }
        if !issues.isEmpty {
            throw InputErrors(issues.sorted { ($0.line ?? 0, $0.column ?? 0) < ($1.line ?? 0, $1.column ?? 0) })
        }
        let predictors = terms.map { term in
            (
                name: term.name,
                values: values[term.column]!.map { v in
                    var p = v
                    for _ in 1..<term.power { p = p * v }
                    return p
                }
            )
        }
        do {
            let result = try LinearRegression.fit(
                response: values[response]!, predictors: predictors, intercept: intercept)
            return RegressionRun(file: file, response: response, terms: terms, result: result)
        } catch {
            throw InputErrors([issue(for: error, file: file, rows: document.records.count)])
        }
    }

    static func issue(for error: RegressionError, file: String, rows: Int) -> InputIssue {
        switch error {
        case .tooFewObservations(let n, let p):
            return InputIssue(
                file: file,
                message: Phrase(zh: "\(n) 行数据无法确定 \(p) 个系数", en: "\(n) data rows cannot determine \(p) coefficients"),
                help: Phrase(zh: "请提供多于系数个数的数据行，或减少拟合的项", en: "supply more rows than coefficients, or fit fewer terms"))
        case .constantTerm(let term):
            return InputIssue(
                file: file, field: term,
                message: Phrase(
                    zh: "项 `\(term)` 是常数，无法与截距区分",
                    en: "term `\(term)` is constant, so it cannot be told apart from the intercept"),
                help: Phrase(
                    zh: "请从 --x 中去掉 `\(term)`，或不带截距拟合（`--no-intercept`）",
                    en: "drop `\(term)` from --x, or fit without an intercept (`--no-intercept`)"))
        case .collinear(let terms):
            return InputIssue(
                file: file,
                message: Phrase(zh: "项 ", en: "terms ") + .codes(terms)
                    + Phrase(zh: " 完全共线", en: " are exactly collinear"),
                help: Phrase(
                    zh: "请去掉其中之一：它们合起来并不比其余各项多带信息",
                    en: "drop one of them: together they carry no more information than the others"))
        case .notFinite(let term):
            return InputIssue(
                file: file, field: term,
                message: Phrase(zh: "项 `\(term)` 超出双精度范围", en: "term `\(term)` overflows double precision"),
                help: Phrase(
                    zh: "请先缩放该列（例如改以千为单位）再取幂", en: "rescale the column (for example to thousands) before taking powers")
            )
        case .numerical(let e):
            return InputIssue(
                file: file, message: Phrase(zh: chinese(e), en: e.description),
                help: Phrase(zh: "请缩放各列，或去掉近乎线性相关的项", en: "rescale the columns or drop nearly dependent terms"))
        }
    }

    /// A numerical failure of the fit in Chinese.
    static func chinese(_ e: LinearAlgebraError) -> String {
        switch e {
        case .notPositiveDefinite(let minor): return "矩阵不是正定的（\(minor) 阶顺序主子式不为正）"
        case .singular(let index): return "矩阵恰好奇异（第 \(index) 个主元为零）"
        case .rankDeficient(let rank, let columns):
            return "设计矩阵秩亏（秩为 \(rank)）；第 \(columns.map(String.init).joined(separator: "、")) 列线性相关"
        case .didNotConverge(let routine, let detail): return "\(routine) 未收敛：\(detail)"
        case .constraintsDependent: return "等式约束线性相关（约束矩阵行不满秩）"
        case .constrainedSystemRankDeficient: return "约束问题没有唯一解（[A; B] 列不满秩）"
        case .nonFinite(let what): return "\(what) 含有 NaN 或无穷大"
        case .invalidArgument(let routine, let position): return "LAPACK 的 \(routine) 拒绝了第 \(position) 个参数（plansim 的缺陷）"
        }
    }
}
