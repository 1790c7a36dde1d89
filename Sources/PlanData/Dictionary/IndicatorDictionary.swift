import Foundation

/// The indicators plans commonly print, for ids and English names on import. A name
/// matches only as a whole (after ``key(_:)``): 研发经费投入占地区生产总值比重 is R&D
/// intensity, never GDP. An unknown name matches nothing (the importer then gives a
/// neutral id and no English name).
public enum IndicatorDictionary {
    /// The entry whose printed names include `name` as a whole, if any.
    public static func match(_ name: String) -> DictionaryEntry? { index[key(name)] }

    /// A printed name reduced for matching: full-width forms as ASCII, spaces, quotes and
    /// footnote marks removed, a trailing parenthesis (the unit, `（五年累计）`) dropped,
    /// `GDP` for 地区生产总值 in 单位…, lower case.
    public static func key(_ name: String) -> String {
        var s = TableValue.normalise(name)
        while let open = s.lastIndex(where: { $0 == "(" }), s.hasSuffix(")") { s = String(s[..<open]) }
        s = s.filter { !" \t“”\"'‘’*△▲※#".contains($0) && !("①"..."⑳").contains(String($0)) }
        return s.lowercased()
    }

    static let index: [String: DictionaryEntry] = {
        var out: [String: DictionaryEntry] = [:]
        for e in entries { for n in e.names { out[key(n)] = e } }
        return out
    }()
}
