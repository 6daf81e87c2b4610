import Foundation

/// How sure the recogniser is of one thing it put in the document, and why: the
/// preview shows these so that a person checks the uncertain ones before saving.
public struct RecognisedItem: Codable, Equatable, Sendable {
    /// Where the thing sits in the document: "organisations[0]", "findings[12]", "level".
    public var path: String
    /// A short rendering of what was recognised.
    public var value: String
    /// 0–1.
    public var confidence: Double
    public var reason: String
    /// For findings: the report's own heading for the area they were found under.
    public var area: String?

    public init(path: String, value: String, confidence: Double, reason: String, area: String? = nil) {
        self.path = path
        self.value = value
        self.confidence = (min(max(confidence, 0), 1) * 100).rounded() / 100
        self.reason = reason
        self.area = area
    }

    public var needsReview: Bool { confidence < ReportImportResult.reviewThreshold }
}

/// What importing a past report recognised: the challenge as an interchange document
/// (published, ready to validate and store), how sure each part is, and what the
/// recogniser could not place.
public struct ReportImportResult: Codable, Equatable, Sendable {
    /// Below this an item is flagged for a person to check.
    public static let reviewThreshold = 0.6

    public var document: ChallengeDocument
    public var items: [RecognisedItem]
    public var warnings: [String]

    public init(document: ChallengeDocument, items: [RecognisedItem], warnings: [String]) {
        self.document = document
        self.items = items
        self.warnings = warnings
    }

    public var needingReview: [RecognisedItem] { items.filter(\.needsReview) }

    /// The item for a document path, such as "findings[3]".
    public func item(_ path: String) -> RecognisedItem? { items.first { $0.path == path } }
}
