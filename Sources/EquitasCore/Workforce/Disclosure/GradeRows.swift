/// The grades as one characteristic's table by grade shows them. A grade where fewer
/// than the threshold's people gave a group is not shown alone: its headcount less those
/// who gave none would pin every group's cell in the row within a range narrower than
/// the threshold. Such grades are shown together in one row, and while that row still
/// has too few the next smallest grade joins it. (Tables of different characteristics
/// may join different grades: a grade's headcount says nothing about anyone's group.)
struct GradeRows {
    static let noGradeLabel = "No grade recorded"

    /// Row names in order (grades in natural order, no grade last, a combined row at the end).
    private(set) var names: [String] = []
    /// Each of the tally's grades' row, in the tally's grade order.
    private(set) var rowOfGrade: [String] = []
    private(set) var headcounts: [String: Int] = [:]

    init(_ tally: CharacteristicTally, control: DisclosureControl) {
        let grades = tally.grades
        var disclosed: [String: Int] = [:]
        for (number, grade) in grades.enumerated() {
            headcounts[grade] = tally.headcount(grade: number)
            disclosed[grade] = tally.disclosed(grade: number)
        }
        rowOfGrade = grades
        let order = grades.sorted { a, b in
            if (a == Self.noGradeLabel) != (b == Self.noGradeLabel) { return b == Self.noGradeLabel }
            return a.localizedStandardCompare(b) == .orderedAscending
        }
        let told = { (grade: String) in disclosed[grade, default: 0] }
        var merged = Set(order.filter { control.isSmall(told($0)) })
        var total = merged.reduce(0) { $0 + told($1) }
        // One small grade alone would be given back by the total less the others.
        while !merged.isEmpty, merged.count < 2 || control.isSmall(total),
              let next = order.filter({ !merged.contains($0) }).min(by: { told($0) < told($1) }) {
            merged.insert(next)
            total += told(next)
        }
        guard !merged.isEmpty else {
            names = order
            return
        }
        let together = order.filter(merged.contains)
        let name = together.count == 1 ? together[0] : Self.joined(together) + " together"
        names = order.filter { !merged.contains($0) } + [name]
        headcounts[name] = merged.reduce(0) { $0 + headcounts[$1]! }
        headcounts = headcounts.filter { !merged.contains($0.key) || $0.key == name }
        rowOfGrade = rowOfGrade.map { merged.contains($0) ? name : $0 }
    }

    /// The tally's grade numbers shown in `row`.
    func grades(in row: String) -> [Int] { rowOfGrade.indices.filter { rowOfGrade[$0] == row } }

    /// "Grade 10, Grade 11 and Chief Officer"
    static func joined(_ parts: [String]) -> String {
        guard parts.count > 1 else { return parts.first ?? "" }
        return parts.dropLast().joined(separator: ", ") + " and " + parts[parts.count - 1]
    }
}
