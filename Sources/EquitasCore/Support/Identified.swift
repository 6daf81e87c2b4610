import Foundation

/// A stored value with its id. Encodes flat — `{"id": …, "text": …}` — so the API's
/// input (the bare value) and output (the value with its id) share one shape.
public struct Identified<Value: Sendable>: Sendable, Identifiable {
    public var id: UUID
    public var value: Value

    public init(id: UUID, value: Value) {
        self.id = id
        self.value = value
    }
}

extension Identified: Equatable where Value: Equatable {}
extension Identified: Hashable where Value: Hashable {}

extension Identified: Codable where Value: Codable {
    private enum CodingKeys: String, CodingKey { case id }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(UUID.self, forKey: .id)
        value = try Value(from: decoder)
    }

    public func encode(to encoder: Encoder) throws {
        try value.encode(to: encoder)
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
    }
}
