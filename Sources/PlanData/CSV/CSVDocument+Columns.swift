extension CSVDocument {
    /// The indices of the columns `keys`, each found under any of its `synonyms`
    /// (compared lowercased), or one issue naming every column the header lacks.
    ///
    /// - Parameter expected: the header as it should read, for the help line.
    public func requireColumns(_ keys: [String], synonyms: [String: [String]], expected: String) throws(InputErrors) -> [Int] {
        let header = columnNames.map { $0.lowercased() }
        let found = keys.map { key in header.firstIndex { (synonyms[key] ?? [key]).contains($0) } }
        let missing = zip(keys, found).filter { $0.1 == nil }.map { "`\($0.0)`" }
        guard missing.isEmpty else {
            throw InputErrors([InputIssue(file: file, line: 1, column: 1, message: "header lacks " + missing.joined(separator: ", "),
                                          help: "the header must be `\(expected)`; found `\(columnNames.joined(separator: ","))`")])
        }
        return found.map { $0! }
    }
}
