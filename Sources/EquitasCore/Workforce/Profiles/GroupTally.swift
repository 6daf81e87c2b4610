import Foundation

/// One characteristic's counts by group over some of its grades (all of them unless
/// narrowed), with those who gave no group counted apart by reason: choosing not to say,
/// never being asked and an empty cell are different facts that call for different actions.
struct GroupTally {
    /// Group names in the order first met, each under its first spelling.
    private(set) var names: [String] = []
    /// By folded name.
    private(set) var counts: [String: Int] = [:]
    private(set) var preferNotToSay = 0
    private(set) var notKnown = 0
    private(set) var blank = 0
    private(set) var total = 0

    init(_ tally: CharacteristicTally, grades: [Int]? = nil) {
        var byGroup = [Int](repeating: 0, count: tally.groups.count)
        for grade in grades ?? Array(tally.grades.indices) {
            for (group, count) in tally.counts[grade].enumerated() { byGroup[group] += count }
            preferNotToSay += tally.preferNotToSay[grade]
            notKnown += tally.notKnown[grade]
            blank += tally.blank[grade]
        }
        for (name, count) in zip(tally.groups, byGroup) where count > 0 {
            names.append(name)
            counts[ProfileGroupName.fold(name)] = count
        }
        total = byGroup.reduce(0, +) + preferNotToSay + notKnown + blank
    }

    var disclosed: Int { total - preferNotToSay - notKnown - blank }
    var notDisclosed: Int { preferNotToSay + notKnown + blank }

    func count(_ group: String) -> Int { counts[ProfileGroupName.fold(group), default: 0] }

    /// Largest first, then by name, so a table reads from the biggest group down.
    var namesBySize: [String] {
        names.sorted { count($0) != count($1) ? count($0) > count($1) : $0.localizedStandardCompare($1) == .orderedAscending }
    }
}
