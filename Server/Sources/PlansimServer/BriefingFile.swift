public import Foundation

/// A briefing made for `POST /api/report`: its file name and bytes.
public struct BriefingFile: Sendable {
    public let name: String
    public let contents: Data
}
