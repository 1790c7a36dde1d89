extension CSVDocument {
    /// The indices of the columns `keys`, each found under any of its `synonyms`
    /// (compared lowercased), or one issue naming every column the header lacks.
    ///
    /// - Parameter expected: the header as it should read, for the help line.
    public func requireColumns(_ keys: [String], synonyms: [String: [String]], expected: String) throws(InputErrors)
        -> [Int]
    {
        let header = columnNames.map { $0.lowercased() }
        let found = keys.map { key in header.firstIndex { (synonyms[key] ?? [key]).contains($0) } }
        let missing = zip(keys, found).filter { $0.1 == nil }.map(\.0)
        guard missing.isEmpty else {
            let columns = columnNames.joined(separator: ",")
            throw InputErrors([
                InputIssue(
                    file: file, line: 1, column: 1, message: Phrase(zh: "表头缺少 ", en: "header lacks ") + .codes(missing),
                    help: Phrase(
                        zh: "表头须为 `\(expected)`；实为 `\(columns)`",
                        en: "the header must be `\(expected)`; found `\(columns)`"))
            ])
        }
        return found.map { $0! }
    }
}
