import EquitasCore
import EquitasSheets
import Foundation

/// A library hit as JSON (`/api/v1/library/...` and `equitas library search --json`).
/// `highlighted_html` is the text HTML-escaped with each match in `<mark>`; `matched`
/// lists the matched stretches for callers that mark up text their own way.
public struct LibraryHitView: Codable, Equatable, Sendable {
    public struct ChallengeView: Codable, Equatable, Sendable {
        public var id: UUID
        public var framework: String
        public var frameworkVersion: String
        public var frameworkName: String?
        public var year: Int?
        public var level: String?
        public var status: String
        public var organisations: [CouncilView]
        /// The earlier challenge this one follows, if any.
        public var follows: UUID?
    }

    public struct CouncilView: Codable, Equatable, Sendable {
        public var id: UUID
        public var name: String
        public var type: String
    }

    public var id: UUID
    public var kind: String
    public var module: String?
    public var moduleTitle: String?
    public var number: Int?
    public var text: String
    public var highlightedHtml: String
    public var matched: [String]
    public var organisationId: UUID?
    public var organisationNames: [String]
    public var challenge: ChallengeView

    public init(_ hit: LibrarySearchHit, catalog: FrameworkCatalog) {
        let framework = catalog.framework(hit.challenge.framework, version: hit.challenge.frameworkVersion)
        id = hit.id
        kind = hit.kind.rawValue
        module = hit.module
        moduleTitle = hit.module.flatMap { framework?.module($0)?.name }
        number = hit.number
        text = hit.text
        highlightedHtml = hit.highlighted.wrapped(open: "<mark>", close: "</mark>", escape: XMLText.escape)
        matched = hit.highlighted.matchedText
        organisationId = hit.organisationId
        organisationNames = hit.organisationNames
        challenge = ChallengeView(
            id: hit.challenge.id, framework: hit.challenge.framework, frameworkVersion: hit.challenge.frameworkVersion,
            frameworkName: framework?.name, year: hit.challenge.year, level: hit.challenge.level, status: hit.challenge.status.rawValue,
            organisations: hit.challenge.organisations.map { CouncilView(id: $0.id, name: $0.name, type: $0.type) },
            follows: hit.challenge.follows)
    }
}

/// One page of a search as JSON.
public struct LibrarySearchView: Codable, Equatable, Sendable {
    public var query: String
    public var page: Int
    public var per: Int
    public var total: Int
    /// True when there are more results than `total` says: counting stops at 1,000.
    public var totalIsAtLeast: Bool
    public var results: [LibraryHitView]

    public init(_ results: LibrarySearchResults, catalog: FrameworkCatalog) {
        query = results.query.text
        page = results.page
        per = results.per
        total = results.total
        totalIsAtLeast = results.totalIsAtLeast
        self.results = results.hits.map { LibraryHitView($0, catalog: catalog) }
    }
}

/// A finding or recommendation and the similar practice found in other challenges.
public struct LibrarySimilarView: Codable, Equatable, Sendable {
    public var entry: LibraryHitView
    public var similar: [LibraryHitView]

    public init(origin: LibrarySearchHit, similar: [LibrarySearchHit], catalog: FrameworkCatalog) {
        entry = LibraryHitView(origin, catalog: catalog)
        self.similar = similar.map { LibraryHitView($0, catalog: catalog) }
    }
}
