public import LinearAlgebra
public import PlanData
import Foundation

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
        let parts = text.split(separator: ",", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
        for part in parts {
            if part.isEmpty {
                issues.append(InputIssue(file: "--x", message: "empty term in the list",
                                         help: "write terms separated by single commas, e.g. `--x x,x^2`"))
                continue
            }
            if columns.contains(part) { terms.append(RegressionTerm(column: part, power: 1)); continue }
            if let caret = part.lastIndex(of: "^") {
                let base = String(part[..<caret]), exponent = String(part[part.index(after: caret)...])
                guard let k = Int(exponent), (1...10).contains(k) else {
                    issues.append(InputIssue(file: "--x", field: part,
                                             message: "power `\(exponent)` is not a whole number from 1 to 10",
                                             help: "write powers as `x^2` … `x^10`"))
                    continue
                }
                terms.append(RegressionTerm(column: base, power: k))
            } else {
                terms.append(RegressionTerm(column: part, power: 1))
            }
        }
        var seen = Set<String>()
        for term in terms where !seen.insert(term.name).inserted {
            issues.append(InputIssue(file: "--x", field: term.name, message: "term `\(term.name)` is listed twice",
                                     help: "list each term once"))
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
    public static func fit(file: String, response: String, terms termText: String, intercept: Bool) throws(InputErrors) -> RegressionRun {
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
                issues.append(InputIssue(file: file, line: 1, field: name, message: "no column `\(name)` in the header",
                                         help: DidYouMean.help(for: name, among: names) ?? "the header has: " + names.map { "`\($0)`" }.joined(separator: ", ")))
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
            (name: term.name, values: values[term.column]!.map { v in
                var p = v
                for _ in 1..<term.power { p = p * v }
                return p
            })
        }
        do {
            let result = try LinearRegression.fit(response: values[response]!, predictors: predictors, intercept: intercept)
            return RegressionRun(file: file, response: response, terms: terms, result: result)
        } catch {
            throw InputErrors([issue(for: error, file: file, rows: document.records.count)])
        }
    }

    static func issue(for error: RegressionError, file: String, rows: Int) -> InputIssue {
        switch error {
        case .tooFewObservations(let n, let p):
            return InputIssue(file: file, message: "\(n) data rows cannot determine \(p) coefficients",
                              help: "supply more rows than coefficients, or fit fewer terms")
        case .constantTerm(let term):
            return InputIssue(file: file, field: term, message: "term `\(term)` is constant, so it cannot be told apart from the intercept",
                              help: "drop `\(term)` from --x, or fit without an intercept (`--no-intercept`)")
        case .collinear(let terms):
            return InputIssue(file: file, message: "terms " + terms.map { "`\($0)`" }.joined(separator: ", ") + " are exactly collinear",
                              help: "drop one of them: together they carry no more information than the others")
        case .notFinite(let term):
            return InputIssue(file: file, field: term, message: "term `\(term)` overflows double precision",
                              help: "rescale the column (for example to thousands) before taking powers")
        case .numerical(let e):
            return InputIssue(file: file, message: e.description, help: "rescale the columns or drop nearly dependent terms")
        }
    }
}
