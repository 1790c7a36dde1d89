public import PlanData

/// A plan to be written as a plan file: what `propose` drafts and `plan import` reads
/// from a table. ``PlanWriter`` turns it into text that ``PlanCompiler`` accepts.
public struct PlanDraft: Sendable {
    /// One target line, with the comment that says where its number came from.
    public struct TargetLine: Sendable {
        public enum Form: Sendable { case level(Double), growth(Double), change(Double), sum(Double, from: Int) }
        public var year: Int
        public var form: Form
        public var direction: TargetDirection
        public var approximate: Bool
        public var comment: String?

        public init(year: Int, form: Form, direction: TargetDirection = .floor, approximate: Bool = false, comment: String? = nil) {
            self.year = year
            self.form = form
            self.direction = direction
            self.approximate = approximate
            self.comment = comment
        }
    }

    /// One indicator block.
    public struct Entry: Sendable {
        public var indicator: Indicator
        public var base: (year: Int, value: Double)?
        public var targets: [TargetLine]
        public var comments: [String]

        public init(indicator: Indicator, base: (year: Int, value: Double)?, targets: [TargetLine], comments: [String] = []) {
            self.indicator = indicator
            self.base = base
            self.targets = targets
            self.comments = comments
        }
    }

    public var name: String
    public var title: String
    public var titleEN: String
    public var issuer: String
    public var published: String
    public var period: ClosedRange<Int>?
    public var roles: LinkedRoles?
    /// Lines at the top of the file (without `#`).
    public var headerComments: [String]
    public var entries: [Entry]
    public var notes: [DataNote]

    public init(name: String, title: String, titleEN: String = "", issuer: String = "", published: String = "", period: ClosedRange<Int>? = nil,
                roles: LinkedRoles? = nil, headerComments: [String] = [], entries: [Entry] = [], notes: [DataNote] = []) {
        self.name = name
        self.title = title
        self.titleEN = titleEN
        self.issuer = issuer
        self.published = published
        self.period = period
        self.roles = roles
        self.headerComments = headerComments
        self.entries = entries
        self.notes = notes
    }
}
