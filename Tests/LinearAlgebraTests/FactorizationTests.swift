import LinearAlgebra
import Testing

/// Each LAPACK wrapper on a small problem with a known answer, and on the data that
/// makes it fail. Tolerances are a few units of roundoff times the entries' size.
@Suite struct FactorizationTests {
    let spd = Matrix([[4, 2, 0.6], [2, 5, 1.5], [0.6, 1.5, 3.0]])

    @Test func choleskyMatchesNumpy() throws {
        let l = try spd.choleskyFactorization().lower
        let expected = Matrix([[2, 0, 0], [1, 2, 0], [0.3, 0.6, 1.5968719422671311]])
        for (x, y) in zip(l.storage, expected.storage) { #expect(abs(x - y) <= 4e-16 * 2) }
    }

    @Test func choleskySolveRecoversTheSolution() throws {
        let x = [1.0, -2.0, 0.5]
        let rhs = spd * x
        let solved = try spd.choleskyFactorization().solve(rhs)
        for (s, e) in zip(solved, x) { #expect(abs(s - e) <= 1e-14) }
    }

    @Test func choleskyCorrelatesByTheFactor() throws {
        let f = try spd.choleskyFactorization()
        #expect(f.correlate([1, 0, 0]) == [2, 1, 0.3])
    }

    @Test func choleskyRefusesIndefiniteMatrixNamingTheMinor() {
        let indefinite = Matrix([[1, 2], [2, 1]])
        #expect(throws: LinearAlgebraError.notPositiveDefinite(minor: 2)) { try indefinite.choleskyFactorization() }
    }

    @Test func choleskyRefusesNaN() {
        #expect(throws: LinearAlgebraError.nonFinite(what: "matrix")) {
            try Matrix([[1, .nan], [.nan, 1]]).choleskyFactorization()
        }
    }

    @Test func reciprocalConditionOfIdentityIsOne() throws {
        let rcond = try Matrix.identity(3).choleskyFactorization().reciprocalCondition(anorm: 1)
        #expect(rcond == 1)
    }

    @Test func svdMatchesNumpy() throws {
        let svd = try Matrix([[3, 1], [1, 3], [2, 2]]).singularValueDecomposition()
        #expect(abs(svd.singularValues[0] - 4.898979485566356) <= 1e-14)
        #expect(abs(svd.singularValues[1] - 2) <= 1e-14)
        #expect(abs(svd.conditionNumber - 4.898979485566356 / 2) <= 1e-14)
        let reconstructed =
            svd.u.multiplied(
                by: Matrix(rows: 2, columns: 2, columnMajor: [svd.singularValues[0], 0, 0, svd.singularValues[1]]))
            * svd.vt
        for (x, y) in zip(reconstructed.storage, [3.0, 1, 2, 1, 3, 2]) { #expect(abs(x - y) <= 1e-14) }
    }

    @Test func conditionNumberOfSingularMatrixIsHuge() throws {
        #expect(try Matrix([[1, 2], [2, 4]]).conditionNumber() > 1e15)
    }

    @Test func svdRefusesInfinity() {
        #expect(throws: LinearAlgebraError.nonFinite(what: "matrix")) {
            try Matrix([[1, .infinity]]).singularValueDecomposition()
        }
    }

    @Test func triangularSolveReportsExactZeroPivot() throws {
        let r = TriangularFactor(upper: Matrix([[1, 1], [0, 0]]))
        #expect(throws: LinearAlgebraError.singular(index: 2)) { try r.solve([1, 1]) }
    }

    @Test func householderQAppliedTwiceIsIdentity() throws {
        let qr = try HouseholderQR(Matrix([[1, 2], [3, 4], [5, 6]]))
        let v = [1.0, -1.0, 2.0]
        let back = try qr.applyQ(try qr.applyQ(v, transposed: true), transposed: false)
        for (x, y) in zip(back, v) { #expect(abs(x - y) <= 1e-15 * 4) }
    }
}
