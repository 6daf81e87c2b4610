import Foundation

/// One part present in both versions whose fields differ.
public struct PartChange<Part: DiffablePart>: Codable, Equatable, Sendable {
    public var id: UUID
    /// The JSON names of the fields that differ: "text", "organisation_id".
    public var fields: [String]
    public var before: Part
    public var after: Part

    public init(id: UUID, fields: [String], before: Part, after: Part) {
        self.id = id
        self.fields = fields
        self.before = before
        self.after = after
    }
}
