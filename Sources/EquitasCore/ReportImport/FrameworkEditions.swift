import Foundation

/// The five-area Framework had two editions with nearly the same area names: 2011's
/// (with "place shaping", "equality mapping", "community engagement and satisfaction", "a
/// modern and diverse workforce") and 2014's, used until 2021 ("involving your
/// communities", "a skilled and committed workforce"). Module names alone barely tell
/// them apart, so the edition is chosen by the words only one of them uses, and when a
/// report uses neither's, by its year.
enum FrameworkEditions {
    /// Words only that edition uses, lower case.
    static let wording: [(id: String, phrases: [String])] = [
        ("eflg-2011", ["place shaping", "equality mapping", "community engagement", "modern and diverse workforce"]),
        ("eflg-2014", ["involving your communities", "skilled and committed workforce"]),
    ]
    /// The years each edition was in use, for a report whose wording says nothing.
    static let years: [String: ClosedRange<Int>] = ["eflg-2011": 2009...2013, "eflg-2014": 2014...2020]

    /// The edition a report of `best`'s family follows, with why; nil when `best` is not
    /// one of these editions or the catalog lacks the other.
    static func choose(best: Framework, among frameworks: [Framework], text: String, years mentioned: [Int]) -> (Framework, String)? {
        let ids = wording.map(\.id)
        guard ids.contains(best.id) else { return nil }
        let editions = ids.compactMap { id in frameworks.first { $0.id == id } }
        guard editions.count == ids.count else { return nil }
        let hits = wording.map { edition in (edition.id, edition.phrases.filter { text.contains($0) }) }
        let counts = hits.map(\.1.count)
        if let top = counts.max(), top > 0, counts.filter({ $0 == top }).count == 1,
           let (id, phrases) = hits.first(where: { $0.1.count == top }), let chosen = editions.first(where: { $0.id == id }) {
            return (chosen, "the wording (\(phrases.map { "\"\($0)\"" }.joined(separator: ", "))) is the \(chosen.version) edition's")
        }
        guard let year = reportYear(mentioned),
              let id = years.first(where: { $0.value.contains(year) })?.key, let chosen = editions.first(where: { $0.id == id }) else { return nil }
        return (chosen, "the wording fits either edition; the report's year, \(year), was the \(chosen.version) edition's")
    }

    /// The year a report speaks of most, among those the Framework existed in.
    static func reportYear(_ years: [Int]) -> Int? {
        let counts = Dictionary(years.filter { (2008...2030).contains($0) }.map { ($0, 1) }, uniquingKeysWith: +)
        return counts.max { $0.value < $1.value || ($0.value == $1.value && $0.key < $1.key) }?.key
    }
}
