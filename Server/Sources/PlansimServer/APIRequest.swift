public import Foundation
public import PlanData

/// The JSON body of `POST /api/run`, `/api/check` and `/api/report`, read and checked
/// against ``ServerLimits`` before anything runs.
public struct APIRequest: Sendable, Equatable {
    /// The scenario text (the scenario language).
    public var scenario: String
    public var paths: Int
    public var seed: UInt64
    /// The scenario to run when the text defines several; its only own one when nil.
    public var name: String?
    /// The language of messages and of a briefing; the server's when absent.
    public var language: Language?
    /// `/api/report`: `pdf`, `docx` or `xlsx`.
    public var format: String?
    /// `/api/run`: whether to solve the target inversions (off by default: they cost runs).
    public var invert: Bool
    /// `/api/live`: the page that asks (an id it made up) and the number of its change;
    /// a run of an older change than the page's newest is superseded (``RunGenerations``).
    public var client: String? = nil
    public var generation: UInt64? = nil

    /// Reads `body`; `paths` and `seed` default to the server's when absent.
    ///
    /// - Throws: ``APIError`` (400) when the body is not a JSON object, a field has the
    ///   wrong type, or paths or seed lie outside `limits`.
    public static func parse(_ body: Data, defaults: (paths: Int, seed: UInt64), limits: ServerLimits) throws(APIError)
        -> APIRequest
    {
        let parsed: Any
        do { parsed = try JSONSerialization.jsonObject(with: body, options: [.fragmentsAllowed]) } catch {
            throw .badJSON(
                body.isEmpty
                    ? "empty body"
                    : "\((error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String ?? "cannot parse")")
        }
        guard let object = parsed as? [String: Any] else { throw .badJSON("not an object") }
        guard let scenario = object["scenario"] as? String else {
            throw .field("scenario", zh: "缺少情景文本（字符串）", en: "the scenario text (a string) is missing")
        }
        var request = APIRequest(
            scenario: scenario, paths: defaults.paths, seed: defaults.seed, name: nil, language: nil, format: nil,
            invert: false)
        if let value = object["paths"] {
            guard let paths = Self.integer(value), limits.paths.contains(paths) else {
                throw .field(
                    "paths", zh: "须为 \(limits.paths.lowerBound) 至 \(limits.paths.upperBound) 之间的整数",
                    en: "must be an integer from \(limits.paths.lowerBound) to \(limits.paths.upperBound)")
            }
            request.paths = paths
        }
        if let value = object["seed"] {
            guard let seed = Self.integer(value), seed >= 0, limits.seeds.contains(UInt64(seed)) else {
                throw .field(
                    "seed", zh: "须为 0 至 \(limits.seeds.upperBound) 之间的整数",
                    en: "must be an integer from 0 to \(limits.seeds.upperBound)")
            }
            request.seed = UInt64(seed)
        }
        if let value = object["name"], !(value is NSNull) {
            guard let name = value as? String else { throw .field("name", zh: "须为字符串", en: "must be a string") }
            request.name = name
        }
        if let value = object["lang"], !(value is NSNull) {
            guard let code = value as? String, let language = Language(rawValue: code) else {
                throw .field("lang", zh: "须为 zh 或 en", en: "must be zh or en")
            }
            request.language = language
        }
        if let value = object["format"], !(value is NSNull) {
            guard let format = value as? String, ["pdf", "docx", "xlsx"].contains(format) else {
                throw .field("format", zh: "须为 pdf、docx 或 xlsx", en: "must be pdf, docx or xlsx")
            }
            request.format = format
        }
        if let value = object["invert"] {
            guard let flag = value as? Bool else {
                throw .field("invert", zh: "须为 true 或 false", en: "must be true or false")
            }
            request.invert = flag
        }
        if let value = object["client"], !(value is NSNull) {
            guard let client = value as? String, (1...64).contains(client.utf8.count) else {
                throw .field("client", zh: "须为 1 至 64 字节的字符串", en: "must be a string of 1 to 64 bytes")
            }
            request.client = client
        }
        if let value = object["generation"], !(value is NSNull) {
            guard let generation = Self.integer(value), generation >= 0, limits.seeds.contains(UInt64(generation))
            else {
                throw .field(
                    "generation", zh: "须为 0 至 \(limits.seeds.upperBound) 之间的整数",
                    en: "must be an integer from 0 to \(limits.seeds.upperBound)")
            }
            request.generation = UInt64(generation)
        }
        return request
    }

    /// An integer JSON number (not a bool, not a fraction), when `value` is one.
    static func integer(_ value: Any) -> Int? {
        guard let number = value as? NSNumber else { return nil }
        let double = number.doubleValue
        guard double.isFinite, double == double.rounded(), abs(double) < 9.2e18 else { return nil }
        return number.intValue
    }
}
