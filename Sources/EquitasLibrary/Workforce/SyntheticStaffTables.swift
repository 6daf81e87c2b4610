/// The proportions a synthetic council staff list is drawn from. Invented, but shaped
/// like an English council's: most people in the lower grades, women the majority there
/// and a minority at the top (which is what makes a council's gender pay gap), about
/// 7% on reduced pay for leave, about 10% paid a bonus, and disclosure that is never
/// complete.
enum SyntheticStaffTables {
    /// A grade: its share of staff, its four spinal points (hourly rates in pence) and
    /// the share of women in it.
    struct Grade {
        let name: String
        let share: Double
        let pence: [Int]
        let women: Double
    }

    static let grades: [Grade] = {
        let shares = [0.15, 0.14, 0.13, 0.12, 0.11, 0.10, 0.08, 0.07, 0.05, 0.03, 0.02]
        let women = [0.72, 0.70, 0.68, 0.66, 0.63, 0.61, 0.58, 0.56, 0.53, 0.50, 0.47]
        return shares.indices.map { index in
            let last = index == shares.count - 1
            // Each grade starts about 9% above the one below; its points are 2% apart.
            var base = 1265.0
            for _ in 0..<index { base *= 1.09 }
            if last { base = 4850 }
            let points = (0..<4).map { step in Int((base * (1 + 0.02 * Double(step))).rounded()) }
            return Grade(name: last ? "Chief Officer" : "Grade \(index + 1)", share: shares[index], pence: points, women: women[index])
        }
    }()

    /// The five broad groups of the 2021 census (England and Wales), the ways of not
    /// saying, and a blank cell, in shares like a midlands council's workforce.
    static let ethnicity: [(String, Double)] = [
        ("White", 0.74), ("Asian, Asian British or Asian Welsh", 0.07),
        ("Black, Black British, Black Welsh, Caribbean or African", 0.04), ("Mixed or Multiple ethnic groups", 0.02),
        ("Other ethnic group", 0.01), ("Prefer not to say", 0.04), ("Not known", 0.05), ("", 0.03),
    ]

    /// About 80% say whether they are disabled.
    static let disability: [(String, Double)] = [
        ("No", 0.70), ("Yes", 0.10), ("Prefer not to say", 0.07), ("Not known", 0.09), ("", 0.04),
    ]

    static let sexNotGiven: [(String, Double)] = [("Prefer not to say", 0.5), ("Not known", 0.3), ("", 0.2)]

    static let ageBands: [(String, Double)] = [
        ("16-24", 0.07), ("25-34", 0.19), ("35-44", 0.23), ("45-54", 0.26), ("55-64", 0.21), ("65+", 0.03), ("Prefer not to say", 0.01),
    ]

    static let religion: [(String, Double)] = [
        ("No religion", 0.36), ("Christian", 0.38), ("Muslim", 0.05), ("Hindu", 0.02), ("Sikh", 0.01), ("Jewish", 0.005),
        ("Buddhist", 0.005), ("Any other religion", 0.01), ("Prefer not to say", 0.09), ("Not known", 0.04), ("", 0.03),
    ]

    static let sexualOrientation: [(String, Double)] = [
        ("Heterosexual or straight", 0.72), ("Gay or lesbian", 0.02), ("Bisexual", 0.02), ("Other sexual orientation", 0.005),
        ("Prefer not to say", 0.12), ("Not known", 0.085), ("", 0.03),
    ]
}
