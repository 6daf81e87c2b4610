extension GroupPayGap {
    /// The group others are compared with when nobody names one: "White British" where
    /// the list records it (the usual choice in England); otherwise the largest disclosed
    /// group, as the 2023 guidance suggests, so a council recording the census's broad
    /// groups ("White") still gets figures rather than an empty table. Ties go to the
    /// name first in alphabetical order, so the choice never depends on row order.
    public static func defaultEthnicityReference(_ staff: [StaffRecord]) -> String {
        var counts: [String: Int] = [:]
        for record in staff {
            if let group = record.ethnicity.disclosed?.trimmingCharacters(in: .whitespaces) { counts[group, default: 0] += 1 }
        }
        if counts.keys.contains(where: { $0.lowercased() == "white british" }) { return "White British" }
        let largest = counts.max { $0.value == $1.value ? $0.key > $1.key : $0.value < $1.value }
        return largest?.key ?? "White British"
    }
}
