import Foundation

/// One finding or recommendation that a search found, with its matched words marked
/// and enough of its challenge to say whose practice it is.
public struct LibrarySearchHit: Hashable, Sendable {
    public var id: UUID
    public var kind: LibraryEntryKind
    public var module: String?
    /// A recommendation's number in its report.
    public var number: Int?
    public var text: String
    public var highlighted: HighlightedText
    /// The council a finding is about; nil for a joint finding.
    public var organisationId: UUID?
    public var challenge: LibraryChallengeSummary

    public init(
        id: UUID, kind: LibraryEntryKind, module: String?, number: Int?, text: String, highlighted: HighlightedText,
        organisationId: UUID?, challenge: LibraryChallengeSummary
    ) {
        self.id = id
        self.kind = kind
        self.module = module
        self.number = number
        self.text = text
        self.highlighted = highlighted
        self.organisationId = organisationId
        self.challenge = challenge
    }

    /// The council the finding is about, else the challenge's councils together.
    public var organisationNames: [String] {
        if let organisationId, let one = challenge.organisations.first(where: { $0.id == organisationId }) { return [one.name] }
        return challenge.organisations.map(\.name)
    }
}

/// Who and when: the challenge a library entry came from.
public struct LibraryChallengeSummary: Hashable, Sendable {
    public struct Council: Hashable, Sendable {
        public var id: UUID
        public var name: String
        public var type: String

        public init(id: UUID, name: String, type: String) {
            self.id = id
            self.name = name
            self.type = type
        }
    }

    public var id: UUID
    public var framework: String
    public var frameworkVersion: String
    public var status: ChallengeStatus
    public var year: Int?
    /// The level every module sought, when they all sought the same one.
    public var level: String?
    public var organisations: [Council]
    /// The earlier challenge this one follows: the chain of challenges.
    public var follows: UUID?

    public init(
        id: UUID, framework: String, frameworkVersion: String, status: ChallengeStatus, year: Int?, level: String?, organisations: [Council],
        follows: UUID? = nil
    ) {
        self.follows = follows
        self.id = id
        self.framework = framework
        self.frameworkVersion = frameworkVersion
        self.status = status
        self.year = year
        self.level = level
        self.organisations = organisations
    }
}

/// One page of a search's hits, and how many there are in all. Counting stops at
/// `countLimit`: past that a person refines the search rather than pages on.
public struct LibrarySearchResults: Sendable {
    public static let countLimit = 1_000
    /// Results come best first within the newest this many matches, then best first
    /// within the rest of the newest `countLimit`: the first ten pages of twenty rank a
    /// fifth as many matches, which is what a filter that few matches pass costs most.
    public static let firstRanked = 200

    public var query: LibraryQuery
    public var hits: [LibrarySearchHit]
    public var page: Int
    public var per: Int
    public var total: Int
    /// True when there are more than `countLimit`, and `total` is that limit.
    public var totalIsAtLeast: Bool

    public init(query: LibraryQuery, hits: [LibrarySearchHit], page: Int, per: Int, total: Int, totalIsAtLeast: Bool) {
        self.query = query
        self.hits = hits
        self.page = page
        self.per = per
        self.total = total
        self.totalIsAtLeast = totalIsAtLeast
    }
}
