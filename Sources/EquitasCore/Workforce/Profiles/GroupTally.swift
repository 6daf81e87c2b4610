import Foundation

/// The records counted by group for one characteristic, with those who gave no group
/// counted apart by reason: choosing not to say, never being asked and an empty cell
/// are different facts that call for different actions.
struct GroupTally {
    /// Group names in the order first met, each under its first spelling.
    private(set) var names: [String] = []
    /// By folded name.
    private(set) var counts: [String: Int] = [:]
    private(set) var preferNotToSay = 0
    private(set) var notKnown = 0
    private(set) var blank = 0
    private(set) var total = 0

    init(_ records: [StaffRecord], characteristic: StaffCharacteristic) {
        for record in records { add(characteristic.value(of: record), characteristic: characteristic) }
    }

    mutating func add(_ value: CharacteristicValue, characteristic: StaffCharacteristic) {
        total += 1
        switch value {
        case .preferNotToSay: preferNotToSay += 1
        case .notKnown: notKnown += 1
        case .blank: blank += 1
        case .value(let text):
            guard let group = ProfileGroupName.group(text, characteristic: characteristic) else {
                blank += 1
                return
            }
            let key = ProfileGroupName.fold(group)
            if counts[key] == nil { names.append(group) }
            counts[key, default: 0] += 1
        }
    }

    var disclosed: Int { total - preferNotToSay - notKnown - blank }
    var notDisclosed: Int { preferNotToSay + notKnown + blank }

    func count(_ group: String) -> Int { counts[ProfileGroupName.fold(group), default: 0] }

    /// Largest first, then by name, so a table reads from the biggest group down.
    var namesBySize: [String] {
        names.sorted { count($0) != count($1) ? count($0) > count($1) : $0.localizedStandardCompare($1) == .orderedAscending }
    }
}
