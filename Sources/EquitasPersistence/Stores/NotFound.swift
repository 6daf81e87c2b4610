import Foundation

/// An id that names nothing of that kind, or names something that belongs elsewhere
/// (a finding of another challenge): either way, there is nothing there for the caller.
public struct NotFound: Error, Equatable, Sendable, CustomStringConvertible {
    public let entity: String
    public let id: String

    /// Said instead of "no … with id …" where the id is a word, not an id ("final").
    public var message: String?

    public init(entity: String, id: String) {
        self.entity = entity
        self.id = id
    }

    public init(entity: String, id: String, message: String) {
        self.init(entity: entity, id: id)
        self.message = message
    }

    public init(entity: String, id: UUID) {
        self.init(entity: entity, id: id.uuidString.lowercased())
    }

    public var description: String { message ?? "no \(entity) with id \(id)" }
}
