public import PlanData

/// Where a run's data came from, as `results.json` records it (`provenance.data`): the
/// plan (embedded, with its vintage, or a plan file with its SHA-256), the years of
/// history rebuilt from the plan's printed sums, and any user file with its SHA-256.
///
/// The one type that writes the line (``description``, English, the JSON value) and reads
/// it back (``init(parsing:)``), and says it in Chinese (``phrase``) from its parts, never
/// by translating the English. `plansim report` re-renders a `results.json` through it.
public struct DataOrigin: Sendable, Equatable, CustomStringConvertible {
    /// The plan the run used.
    public enum Plan: Sendable, Equatable {
        /// The plan compiled into plansim, with the date of its text (`2021-09-29`).
        case embedded(vintage: String)
        /// A `.plan` file as named, with the SHA-256 of its bytes.
        case file(path: String, sha256: String)
    }

    /// A user's CSV of yearly values, as named, with the SHA-256 of its bytes.
    public struct UserFile: Sendable, Equatable {
        public var path: String, sha256: String
        public init(path: String, sha256: String) {
            self.path = path
            self.sha256 = sha256
        }
    }

    public var plan: Plan
    /// The years of the rebuilt history (2016–2020 for Haibin's 14th plan); nil: none.
    public var reconstructed: ClosedRange<Int>?
    public var userFiles: [UserFile]
    /// The panel of comparable units of the `reference` prior set (`run --reference`); nil: none.
    public var reference: UserFile?

    public init(plan: Plan, reconstructed: ClosedRange<Int>? = nil, userFiles: [UserFile] = []) {
        self.plan = plan
        self.reconstructed = reconstructed
        self.userFiles = userFiles
    }

    /// The line in both languages: `embedded plan (2021-09-29), reconstructed 2016–2020
    /// history` / `规划内置数据（2021-09-29），2016–2020年历史为重建值`.
    public var phrase: Phrase {
        var parts: [Phrase]
        switch plan {
        case .embedded(let vintage): parts = [Phrase(zh: "规划内置数据（\(vintage)）", en: "embedded plan (\(vintage))")]
        case .file(let path, let sha):
            parts = [Phrase(zh: "规划文件 \(path) sha256 \(sha)", en: "plan file \(path) sha256 \(sha)")]
        }
        if let span = reconstructed {
            parts.append(
                Phrase(
                    zh: "\(span.lowerBound)–\(span.upperBound)年历史为重建值",
                    en: "reconstructed \(span.lowerBound)–\(span.upperBound) history"))
        }
        parts += userFiles.map {
            Phrase(zh: "用户文件 \($0.path) sha256 \($0.sha256)", en: "user file \($0.path) sha256 \($0.sha256)")
        }
        if let r = reference {
            parts.append(
                Phrase(zh: "参考面板 \(r.path) sha256 \(r.sha256)", en: "reference panel \(r.path) sha256 \(r.sha256)"))
        }
        return Phrase(zh: parts.map(\.zh).joined(separator: "，"), en: parts.map(\.en).joined(separator: ", "))
    }

    /// The English line, as `results.json` stores it.
    public var description: String { phrase.en }

    /// The origin a ``description`` states; nil for any other text (a file written by
    /// hand, or by a plansim that worded it differently: a caller then shows it as written).
    public init?(parsing text: String) {
        var rest = Substring(text)
        if rest.hasPrefix("embedded plan ("), let close = rest.firstIndex(of: ")") {
            plan = .embedded(vintage: String(rest[rest.index(rest.startIndex, offsetBy: 15)..<close]))
            rest = rest[rest.index(after: close)...]
        } else if rest.hasPrefix("plan file "), let file = Self.fileAndHash(&rest, after: "plan file ") {
            plan = .file(path: file.path, sha256: file.sha256)
        } else {
            return nil
        }
        reconstructed = nil
        userFiles = []
        reference = nil
        while !rest.isEmpty {
            guard rest.hasPrefix(", ") else { return nil }
            rest = rest.dropFirst(2)
            if rest.hasPrefix("reconstructed "), reconstructed == nil, userFiles.isEmpty {
                let words = rest.dropFirst(14).prefix { $0 != "," }
                let years = words.dropLast(8).split(separator: "–").compactMap { Int($0) }
                guard years.count == 2, years[0] <= years[1], words == "\(years[0])–\(years[1]) history" else {
                    return nil
                }
                reconstructed = years[0]...years[1]
                rest = rest.dropFirst(14 + words.count)
            } else if reference == nil, rest.hasPrefix("user file "),
                let file = Self.fileAndHash(&rest, after: "user file ")
            {
                userFiles.append(file)
            } else if reference == nil, rest.hasPrefix("reference panel "),
                let file = Self.fileAndHash(&rest, after: "reference panel ")
            {
                reference = file
            } else {
                return nil
            }
        }
    }

    /// `<prefix><path> sha256 <hex>`, taken off the front of `rest`: the path runs to the
    /// first ` sha256 ` followed by hex digits up to the end or `, `.
    private static func fileAndHash(_ rest: inout Substring, after prefix: String) -> UserFile? {
        let body = rest.dropFirst(prefix.count)
        var search = body.startIndex
        while let marker = body[search...].range(of: " sha256 ") {
            let hex = body[marker.upperBound...].prefix { $0.isHexDigit }
            let end = hex.endIndex
            if end == body.endIndex || body[end...].hasPrefix(", ") {
                rest = body[end...]
                return UserFile(path: String(body[..<marker.lowerBound]), sha256: String(hex))
            }
            search = marker.upperBound
        }
        return nil
    }
}
