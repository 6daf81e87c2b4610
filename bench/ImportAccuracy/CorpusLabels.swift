import Foundation

/// What a careful reader records from one corpus document (`NN-name.labels.json`).
struct CorpusLabels: Decodable {
    /// The document's shape; the recogniser's rules tagged with it are switched off
    /// when the document is scored leave-one-shape-out.
    var shape: String
    /// Written after the rules were frozen and never used to change them.
    var heldOut: Bool?
    var framework: String
    var organisations: [String]
    var level: String
    var start: String
    var end: String?
    var team: [String]
    var areas: [String]
    /// [module id or "*", kind, the finding's first words].
    var findings: [[String]]
    /// Each recommendation's first words.
    var recommendations: [String]
    /// The council's comments on the draft: [where ("finding", "recommendation",
    /// "section" or "report"), the resolution's kind, the comment's first words].
    var comments: [[String]]?
}
