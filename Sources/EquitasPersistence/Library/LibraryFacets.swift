import EquitasCore
import Foundation
import SQLKit

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
    /// The challenges besides the published ones a council may see (`.published(and:)`),
    /// and the challenge "similar practice" leaves out. Their tokens are spelt in SQL by
    /// the triggers' own `hex()` of the bound id: a token spelt here from the UUID's
    /// bytes did not match what SQLite's `hex()` makes of the id as the driver stores it.
    var alsoChallenges: [UUID] = []
    var excludedChallenge: UUID?
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
        case .published(let also):
            alsoChallenges = also.sorted { $0.uuidString < $1.uuidString }
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
        excludedChallenge = filter.excludingChallenge
    }

    /// The text query limited to the text column, with the facets beside it: an SQL
    /// expression that makes the FTS5 query, so that challenge tokens are spelt by SQL.
    func expression(text: String) -> SQLQueryString {
        var expression: SQLQueryString = "\(bind: "({text} : (\(text)))")"
        var all = required.map { SQLQueryString("\(bind: $0)") }
        if !alsoChallenges.isEmpty {
            let published = SQLQueryString("\(bind: Self.token("zs", ChallengeStatus.published.rawValue))")
            all.append(Self.group([published] + alsoChallenges.map(Self.challengeToken), separator: " OR "))
        }
        if !all.isEmpty { expression = "\(expression) || ' AND ({facets} : ' || \(Self.group(all, separator: " AND ")) || ')'" }
        var none = excluded.map { SQLQueryString("\(bind: $0)") }
        if let excludedChallenge { none.append(Self.challengeToken(excludedChallenge)) }
        if !none.isEmpty { expression = "'(' || \(expression) || ') NOT ({facets} : ' || \(Self.group(none, separator: " OR ")) || ')'" }
        return expression
    }

    /// `(a SEP b SEP c)` as an SQL string expression.
    private static func group(_ parts: [SQLQueryString], separator: String) -> SQLQueryString {
        var joined: SQLQueryString = "'('"
        for (index, part) in parts.enumerated() {
            joined = index == 0 ? "\(joined) || \(part)" : "\(joined) || \(literal: separator) || \(part)"
        }
        return "\(joined) || ')'"
    }

    /// `"zc…0"` for a challenge, spelt as the trigger spells it (`LibraryFacetSchema.token`).
    private static func challengeToken(_ id: UUID) -> SQLQueryString {
        "'\"zc' || hex(\(bind: id)) || '0\"'"
    }

    static func token(_ prefix: String, _ value: String) -> String {
        "\"" + prefix + LowercaseHex.string(value.utf8) + "0\""
    }
}
