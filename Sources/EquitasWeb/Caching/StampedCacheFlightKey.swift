/// A load under way is shared only by requests for the same key at an equal stamp of the
/// same type, wanting a value of the same type: a load for another stamp, older or newer,
/// never answers this one.
struct StampedCacheFlightKey: Hashable, Sendable {
    var key: StampedCache.Key
    var stamp: any Hashable & Sendable
    var stampType: ObjectIdentifier
    var valueType: ObjectIdentifier

    init<Stamp: Hashable & Sendable, Value>(_ key: StampedCache.Key, stamp: Stamp, value: Value.Type) {
        (self.key, self.stamp) = (key, stamp)
        // The types too: an existential's `as?` may bridge numbers of different types.
        (stampType, valueType) = (ObjectIdentifier(Stamp.self), ObjectIdentifier(Value.self))
    }

    static func == (lhs: Self, rhs: Self) -> Bool {
        lhs.key == rhs.key && lhs.stampType == rhs.stampType && lhs.valueType == rhs.valueType && equal(lhs.stamp, rhs.stamp)
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(key)
        hasher.combine(stampType)
        hasher.combine(valueType)
        stamp.hash(into: &hasher)
    }

    private static func equal<Stamp: Hashable>(_ stamp: Stamp, _ other: any Hashable) -> Bool {
        (other as? Stamp) == stamp
    }
}
