import LinearAlgebra
import Testing

/// dgels, dgelsd and dgglse on problems whose solutions are known in closed form.
@Suite struct LeastSquaresTests {
    /// y = 1 + 2x exactly at x = 0…3: the fit recovers (1, 2) to roundoff.
    let design = Matrix([[1, 0], [1, 1], [1, 2], [1, 3]])
    let response = [1.0, 3, 5, 7]

    @Test func qrLeastSquaresRecoversExactLine() throws {
        let beta = try design.leastSquares(response)
        #expect(abs(beta[0] - 1) <= 1e-14 && abs(beta[1] - 2) <= 1e-14)
    }

    @Test func qrLeastSquaresReportsExactlyZeroColumn() {
        let deficient = Matrix([[1, 0], [1, 0], [1, 0]])
        #expect(throws: LinearAlgebraError.self) { try deficient.leastSquares([1, 2, 3]) }
    }

    /// Two identical columns: the minimum-norm solution splits the weight equally.
    @Test func minimumNormSplitsDuplicatedColumns() throws {
        let a = Matrix([[1, 1], [2, 2], [3, 3]])
        let solution = try a.minimumNormLeastSquares([2, 4, 6])
        #expect(solution.rank == 1)
        #expect(abs(solution.solution[0] - 1) <= 1e-14 && abs(solution.solution[1] - 1) <= 1e-14)
    }

    /// min ‖x − (1, 2, 3)‖ subject to x₁ + x₂ + x₃ = 3: x = (0, 1, 2).
    @Test func constrainedLeastSquaresProjectsOntoThePlane() throws {
        let x = try Matrix.identity(3).constrainedLeastSquares(
            [1, 2, 3], constraints: Matrix([[1, 1, 1]]), equal: [3])
        for (v, e) in zip(x, [0.0, 1, 2]) { #expect(abs(v - e) <= 1e-14) }
        #expect(abs(x.reduce(0, +) - 3) <= 1e-14)
    }

    @Test func constrainedLeastSquaresRefusesDependentConstraints() {
        #expect(throws: LinearAlgebraError.constraintsDependent) {
            try Matrix.identity(3).constrainedLeastSquares(
                [1, 2, 3], constraints: Matrix([[1, 1, 1], [2, 2, 2]]), equal: [3, 6])
        }
    }

    @Test func constrainedLeastSquaresRefusesUnderdeterminedSystem() {
        let a = Matrix([[1, 0, 0], [0, 0, 0]])
        #expect(throws: LinearAlgebraError.constrainedSystemRankDeficient) {
            try a.constrainedLeastSquares([1, 0], constraints: Matrix([[1, 0, 0]]), equal: [1])
        }
    }

    @Test func refinedSolverNamesTheCollinearColumns() {
        let x = (0..<6).map { DoubleDouble(Double($0)) }
        let columns = [x.map { _ in DoubleDouble(1) }, x, x.map { $0 * 2 }]
        #expect(throws: LinearAlgebraError.rankDeficient(rank: 2, columns: [1, 2])) {
            try RefinedLeastSquares.solve(columns: columns, response: x)
        }
    }

    @Test func refinedSolverRefusesNaN() {
        let columns = [[DoubleDouble(1), DoubleDouble(.nan)]]
        #expect(throws: LinearAlgebraError.nonFinite(what: "design matrix")) {
            try RefinedLeastSquares.solve(columns: columns, response: [DoubleDouble(1), DoubleDouble(2)])
        }
    }
}
