import Foundation
import PlanData

/// Whose plan an English title names (review s6 P2-10, s7 P2-9), never by its Chinese name:
/// the place from the plan's own English title (the part before its colon: `Haibin
/// Sub-district, Binhai New Area, Tianjin`), else the plan's level read from its Chinese
/// issuer (青溪镇 → the town's, …街道 → the sub-district's).
enum PlanOwner {
    /// The place an English title names before its colon; nil for the period-made title
    /// (`Main indicators of the 14th Five-Year Plan …`) or one without a place.
    static func place(titleEN: String) -> String? {
        guard let colon = titleEN.range(of: ": ") else { return nil }
        let place = String(titleEN[..<colon.lowerBound]).trimmingCharacters(in: .whitespaces)
        return place.isEmpty || place.hasPrefix("Main indicators") || PlanGlossary.hasHan(place) ? nil : place
    }

    /// The level of government a Chinese issuer names, as an English noun: 街道 sub-district,
    /// 镇 town, 乡 township, 区 district, 县 county, 市 city; nil when none is named.
    static func level(issuerZH: String) -> String? {
        let levels = [
            ("街道", "sub-district"), ("镇", "town"), ("乡", "township"), ("区", "district"), ("县", "county"),
            ("市", "city"),
        ]
        return levels.first { issuerZH.hasSuffix($0.0) }?.1
    }

    /// "the town's " before a plan's name (`the town's 14th Five-Year Plan`), or "" when the
    /// level is unknown.
    static func possessive(issuerZH: String) -> String {
        level(issuerZH: issuerZH).map { "the \($0)'s " } ?? ""
    }
}
