import Foundation

/// One field's tally over the corpus: for a single value, right out of asked; for a
/// list, items matched against items expected plus items found (F1 = 2·matched /
/// (expected + found)), so that both what is missed and what is made up count.
struct FieldScore {
    var matched = 0
    var expected = 0
    var found = 0

    mutating func single(_ right: Bool) {
        expected += 1
        found += 1
        if right { matched += 1 }
    }

    /// Pairs each expected item with the first unused found item it `matches`.
    mutating func list<E, F>(expected wanted: [E], found got: [F], matches: (E, F) -> Bool) {
        var used = Set<Int>()
        for item in wanted {
            if let index = got.indices.first(where: { !used.contains($0) && matches(item, got[$0]) }) {
                used.insert(index)
                matched += 1
            }
        }
        expected += wanted.count
        found += got.count
    }

    var score: Double? {
        expected + found == 0 ? nil : 2 * Double(matched) / Double(expected + found)
    }

    static func + (a: FieldScore, b: FieldScore) -> FieldScore {
        FieldScore(matched: a.matched + b.matched, expected: a.expected + b.expected, found: a.found + b.found)
    }
}
