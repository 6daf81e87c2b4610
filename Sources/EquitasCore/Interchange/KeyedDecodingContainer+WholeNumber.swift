extension KeyedDecodingContainer {
    /// A whole number, refusing `2.5` by name where the decoder would call the whole
    /// document invalid.
    func decodeWholeNumber(forKey key: Key) throws -> Int {
        let value = try decode(Double.self, forKey: key)
        guard value.rounded() == value, abs(value) < 9_007_199_254_740_992 else {
            throw DecodingError.dataCorruptedError(forKey: key, in: self, debugDescription: "expected a whole number, found \(value)")
        }
        return Int(value)
    }

    func decodeWholeNumberIfPresent(forKey key: Key) throws -> Int? {
        guard try decodeIfPresent(Double.self, forKey: key) != nil else { return nil }
        return try decodeWholeNumber(forKey: key)
    }
}
