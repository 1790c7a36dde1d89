public import PlanData

/// A plan to be written as a plan file: what `propose` drafts and `plan import` reads
/// from a table. ``PlanWriter`` turns it into text that ``PlanCompiler`` accepts.
public struct PlanDraft: Sendable {
    /// One target line, with the comment that says where its number came from.
    public struct TargetLine: Sendable {
        /// As the plan language writes them (docs/plan-files.md): rates and declines as
        /// fractions, points and levels in the indicator's unit.
        public enum Form: Sendable {
            case level(Double)
            case growth(Double)
            case change(Double)
            case sum(Double, from: Int)
            /// Percentage points over the period (`〔0.7〕` on a `%` indicator).
            case points(Double)
            /// A cumulative decline, a positive fraction (`〔14〕` on a 降低 indicator: 0.14).
            case decline(Double)
            /// A target in words, as printed.
            case qualitative(String)
        }
        public var year: Int
        public var form: Form
        public var direction: TargetDirection
        public var approximate: Bool
        /// A yearly growth printed beside a level (`with growth 12%`); only with ``Form/level(_:)``.
        public var besideGrowth: PrintedGrowth?
        public var comment: String?

        public init(
            year: Int, form: Form, direction: TargetDirection = .floor, approximate: Bool = false,
            besideGrowth: PrintedGrowth? = nil, comment: String? = nil
        ) {
            self.year = year
            self.form = form
            self.direction = direction
            self.approximate = approximate
            self.besideGrowth = besideGrowth
            self.comment = comment
        }
    }

    /// One indicator block.
    public struct Entry: Sendable {
        public var indicator: Indicator
        public var base: (year: Int, value: Double)?
        /// The footnote printed on the base (`48.6*`); nil when unmarked.
        public var baseNote: ValueNote?
        public var targets: [TargetLine]
        public var comments: [String]

        public init(
            indicator: Indicator, base: (year: Int, value: Double)?, targets: [TargetLine], comments: [String] = [],
            baseNote: ValueNote? = nil
        ) {
            self.indicator = indicator
            self.base = base
            self.targets = targets
            self.comments = comments
            self.baseNote = baseNote
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

    public init(
        name: String, title: String, titleEN: String = "", issuer: String = "", published: String = "",
        period: ClosedRange<Int>? = nil,
        roles: LinkedRoles? = nil, headerComments: [String] = [], entries: [Entry] = [], notes: [DataNote] = []
    ) {
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
