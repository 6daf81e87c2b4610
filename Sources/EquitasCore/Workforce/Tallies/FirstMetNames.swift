/// Names numbered in the order first met, two names that fold alike
/// (`ProfileGroupName.fold`) being one, under the spelling met first: how the profile
/// names its groups and grades.
struct FirstMetNames {
    private(set) var names: [String] = []
    private var byKey: [String: Int] = [:]

    mutating func number(of name: String) -> Int {
        let key = ProfileGroupName.fold(name)
        if let found = byKey[key] { return found }
        byKey[key] = names.count
        names.append(name)
        return names.count - 1
    }
}
