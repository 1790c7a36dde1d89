import LinearAlgebra
import Testing

/// Products through BLAS against hand-computed results. Entries are small integers, so
/// every product is exact in double and compared with `==`.
@Suite struct MatrixTests {
    let a = Matrix([[1, 2, 3], [4, 5, 6]])
    let b = Matrix([[7, 8], [9, 10], [11, 12]])

    @Test func layoutIsColumnMajor() {
        #expect(a.storage == [1, 4, 2, 5, 3, 6])
        #expect(a[1, 2] == 6)
        #expect(a.transposed == Matrix([[1, 4], [2, 5], [3, 6]]))
    }

    @Test func matrixProductUsesDgemm() {
        #expect(a * b == Matrix([[58, 64], [139, 154]]))
        #expect(a.multiplied(by: a, transposingSelf: true) == a.gram)
        #expect(a.gram == Matrix([[17, 22, 27], [22, 29, 36], [27, 36, 45]]))
    }

    @Test func matrixVectorProductUsesDgemv() {
        #expect(a * [1, 0, -1] == [-2, -2])
        #expect(a.multiplied(by: [1, 1], transposing: true) == [5, 7, 9])
    }

    @Test func emptyShapesGiveEmptyOrZeroResults() {
        let e = Matrix(rows: 2, columns: 0)
        #expect(e.multiplied(by: Matrix(rows: 0, columns: 3)) == Matrix(rows: 2, columns: 3))
    }
}
