/// Each record's grade as the tables by grade read it: spaces around it ignored, letter
/// case and accents ignored (the first spelling met names the grade), a missing or empty
/// one as `GradeRows.noGradeLabel`. Grades are numbered in the order first met.
struct StaffGrades {
    private(set) var names: [String] = []
    /// Each record's grade number, in record order.
    private(set) var ofRecord: [Int] = []

    init(_ records: [StaffRecord]) {
        self.init(records, check: NeverStop())
    }

    init<Check: CountingCheck>(_ records: [StaffRecord], check: Check) throws(Check.Failure) {
        var grades = FirstMetNames()
        // Most lists spell a grade one way: fold each distinct spelling once.
        var bySpelling: [String?: Int] = [:]
        ofRecord.reserveCapacity(records.count)
        for (index, record) in records.enumerated() {
            try check.check(index)
            if let known = bySpelling[record.grade] {
                ofRecord.append(known)
                continue
            }
            let trimmed = record.grade?.trimmingCharacters(in: .whitespaces)
            let number = grades.number(of: (trimmed?.isEmpty ?? true) ? GradeRows.noGradeLabel : trimmed!)
            bySpelling[record.grade] = number
            ofRecord.append(number)
        }
        names = grades.names
    }
}
