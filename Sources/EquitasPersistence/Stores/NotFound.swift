import Foundation

/// An id that names nothing of that kind, or names something that belongs elsewhere
/// (a finding of another challenge): either way, there is nothing there for the caller.
public struct NotFound: Error, Equatable, Sendable, CustomStringConvertible {
    public let entity: String
    public let id: String

    public init(entity: String, id: String) {
        self.entity = entity
        self.id = id
    }

    public init(entity: String, id: UUID) {
        self.init(entity: entity, id: id.uuidString.lowercased())
    }

    public var description: String { "no \(entity) with id \(id)" }
}
