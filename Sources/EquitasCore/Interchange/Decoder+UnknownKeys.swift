/// Any key at all, so that a container can list what a document actually holds.
struct AnyCodingKey: CodingKey {
    var stringValue: String
    var intValue: Int?

    init(stringValue: String) { self.stringValue = stringValue }
    init(intValue: Int) {
        self.stringValue = String(intValue)
        self.intValue = intValue
    }
}

extension Decoder {
    /// The interchange format is closed: a misspelt key (`atribution`) would otherwise be
    /// dropped without a word and the value it carried lost on import.
    func refuseUnknownKeys<Keys: CodingKey & CaseIterable>(_ keys: Keys.Type) throws {
        let known = Set(Keys.allCases.map(\.stringValue))
        let container = try self.container(keyedBy: AnyCodingKey.self)
        let unknown = container.allKeys.filter { !known.contains($0.stringValue) }.sorted { $0.stringValue < $1.stringValue }
        guard let first = unknown.first else { return }
        let expected = Keys.allCases.map { ValidationFailure.snakeCase($0.stringValue) }.joined(separator: ", ")
        throw DecodingError.dataCorrupted(
            DecodingError.Context(codingPath: codingPath + [first], debugDescription: "unknown key (expected one of \(expected))"))
    }
}
