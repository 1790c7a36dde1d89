import Statistics

/// One estimated coefficient of a linear regression.
public struct RegressionCoefficient: Sendable, Equatable {
    /// The term's name (`const` for the intercept, else as the caller named it).
    public let term: String
    public let estimate: Double
    public let standardError: Double
    /// `estimate / standardError`.
    public let tStatistic: Double
    /// Two-sided p-value from Student's t with the residual degrees of freedom.
    public let pValue: Double
}

/// The fit of `y = Xβ + e` by ordinary least squares.
public struct RegressionResult: Sendable {
    public let coefficients: [RegressionCoefficient]
    /// `√(RSS / (n − p))`.
    public let residualStandardDeviation: Double
    /// `1 − RSS/TSS`: centred TSS with an intercept, uncentred (`Σy²`) without.
    public let rSquared: Double
    public let hasIntercept: Bool
    /// 2-norm condition number of the design as given (as statsmodels reports it).
    public let conditionNumber: Double
    /// 2-norm condition number after scaling columns to unit norm.
    public let scaledConditionNumber: Double
    public let observations: Int
    /// `n − p`.
    public let residualDegreesOfFreedom: Int
    /// `σ²(XᵀX)⁻¹`, the coefficient covariance.
    public let covariance: Matrix

    /// Whether plain double-precision arithmetic would lose more than half its digits
    /// on this design (scaled condition number above 1e8).
    public var isIllConditioned: Bool { scaledConditionNumber > 1e8 }
}

/// A reason a regression cannot be fitted, in the terms of the caller's columns.
public enum RegressionError: Error, Equatable, Sendable {
    case tooFewObservations(observations: Int, parameters: Int)
    case constantTerm(term: String)
    case collinear(terms: [String])
    case notFinite(term: String)
    case numerical(LinearAlgebraError)
}

/// Ordinary least squares with certified accuracy, through ``RefinedLeastSquares``.
public enum LinearRegression {
    /// Fits `y` on the named predictors, with an intercept unless `intercept` is false.
    ///
    /// - Parameters:
    ///   - response: `y`, in double-double so decimal data keep their digits.
    ///   - predictors: the terms, each a name and `n` values.
    /// - Throws: ``RegressionError`` naming the terms at fault.
    public static func fit(
        response: [DoubleDouble], predictors: [(name: String, values: [DoubleDouble])],
        intercept: Bool = true
    ) throws(RegressionError) -> RegressionResult {
        let n = response.count
        var names = predictors.map(\.name)
        var columns = predictors.map(\.values)
        if intercept {
            names.insert("const", at: 0)
            columns.insert([DoubleDouble](repeating: DoubleDouble(1), count: n), at: 0)
        }
        let p = columns.count
        guard p >= 1, n > p || (n == p && n >= 1) else { throw .tooFewObservations(observations: n, parameters: p) }
        for (name, column) in zip(names, columns) where column.contains(where: { !$0.hi.isFinite }) {
            throw .notFinite(term: name)
        }
        if intercept {
            for (name, column) in zip(names, columns).dropFirst() where isConstant(column) {
                throw .constantTerm(term: name)
            }
        }
        let solution: RefinedLeastSquaresSolution
        do {
            solution = try RefinedLeastSquares.solve(columns: columns, response: response)
        } catch let error {
            if case .rankDeficient(_, let involved) = error { throw .collinear(terms: involved.map { names[$0] }) }
            throw .numerical(error)
        }
        let dof = n - p
        let sigma2 = dof > 0 ? solution.residualSumOfSquares / Double(dof) : .nan
        let covariance = Matrix(
            rows: p, columns: p, columnMajor: solution.unscaledCovariance.storage.map { $0 * sigma2 })
        let coefficients = (0..<p).map { j -> RegressionCoefficient in
            let se = (covariance[j, j]).squareRoot()
            let t = solution.coefficients[j] / se
            return RegressionCoefficient(
                term: names[j], estimate: solution.coefficients[j], standardError: se,
                tStatistic: t, pValue: Statistics.studentTTwoSidedP(t, degreesOfFreedom: Double(dof)))
        }
        return RegressionResult(
            coefficients: coefficients, residualStandardDeviation: sigma2.squareRoot(),
            rSquared: rSquared(response, rss: solution.residualSumOfSquares, centred: intercept),
            hasIntercept: intercept, conditionNumber: solution.conditionNumber,
            scaledConditionNumber: solution.scaledConditionNumber, observations: n,
            residualDegreesOfFreedom: dof, covariance: covariance)
    }

    /// Whether a column is constant to within rounding: its spread is at most 1e-12 of
    /// its largest magnitude (a column computed as differences of a constant-growth path
    /// differs from constant only in the 17th digit, and would otherwise be fitted as
    /// if that noise were data).
    static func isConstant(_ column: [DoubleDouble]) -> Bool {
        let values = column.map(\.double)
        guard let lo = values.min(), let hi = values.max() else { return true }
        return hi - lo <= 1e-12 * max(abs(lo), abs(hi))
    }

    /// `1 − RSS/TSS` with TSS accumulated in double-double.
    static func rSquared(_ y: [DoubleDouble], rss: Double, centred: Bool) -> Double {
        var total = DoubleDouble.zero
        if centred {
            var sum = DoubleDouble.zero
            for v in y { sum += v }
            let mean = sum / DoubleDouble(Double(y.count))
            for v in y {
                let d = v - mean
                total += d * d
            }
        } else {
            for v in y { total += v * v }
        }
        return total.hi == 0 ? .nan : 1 - rss / total.double
    }
}
