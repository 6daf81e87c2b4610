import EquitasCore
import Foundation

/// A search's filters and visibility as an FTS5 expression over the index's `facets`
/// column (M0042): the same tokens the migration's triggers write, spelt the same way —
/// a prefix naming the filter, the value's UTF-8 in hex, and a closing 0. What cannot be
/// said that way (a year outside 1000–9999, whose `LIKE` the tokens would not match
/// exactly) is left to `LibrarySearchStore.conditions`, checked row by row as before.
struct LibraryFacets {
    /// Every token must be present…
    var required: [String] = []
    /// …and none of these.
    var excluded: [String] = []
    /// What the tokens could not say, for the SQL conditions.
    var remaining = LibrarySearchFilter()
    var remainingVisibility = LibraryVisibility.everything

    /// None in the index: every filter and the visibility left to the SQL conditions.
    init(remaining filter: LibrarySearchFilter, _ visibility: LibraryVisibility) {
        remaining = filter
        remainingVisibility = visibility
    }

    init(_ filter: LibrarySearchFilter, _ visibility: LibraryVisibility) {
        switch visibility {
        case .everything: break
        case .published(let also) where also.isEmpty:
            required.append(Self.token("zs", ChallengeStatus.published.rawValue))
        case .published:
            // Challenge ids stay SQL conditions: the benchmark found a token spelt here
            // from a UUID's bytes not matching what SQLite's hex() makes of the stored id.
            remainingVisibility = visibility
        }
        if let module = filter.module { required.append(Self.token("zm", module)) }
        if let kind = filter.kind { required.append(Self.token("zk", kind.rawValue)) }
        if let framework = filter.framework { required.append(Self.token("zf", framework)) }
        if let level = filter.level { required.append(Self.token("zl", level)) }
        if let type = filter.organisationType { required.append(Self.token("zo", type)) }
        if let year = filter.year {
            // `LIKE 'YYYY-%'` on the date: its first five characters, as the trigger keeps them.
            if (1000...9999).contains(year) { required.append(Self.token("zy", "\(year)-")) } else { remaining.year = year }
        }
        remaining.excludingChallenge = filter.excludingChallenge
    }

    /// The text query limited to the text column, with the facets beside it.
    func expression(text: String) -> String {
        var expression = "({text} : (\(text)))"
        if !required.isEmpty { expression += " AND ({facets} : (\(required.joined(separator: " AND "))))" }
        if !excluded.isEmpty { expression = "(\(expression)) NOT ({facets} : (\(excluded.joined(separator: " OR "))))" }
        return expression
    }

    static func token(_ prefix: String, _ value: String) -> String {
        "\"" + prefix + hex(Array(value.utf8)) + "0\""
    }

    private static func hex(_ bytes: [UInt8]) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var text: [UInt8] = []
        text.reserveCapacity(bytes.count * 2)
        for byte in bytes {
            text.append(digits[Int(byte >> 4)])
            text.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: text, as: UTF8.self)
    }
}
