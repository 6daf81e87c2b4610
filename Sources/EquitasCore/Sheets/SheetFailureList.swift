/// Every problem found in one pass over a sheet, described the one way: a heading with
/// the count, then each problem, then how many more were not listed.
public enum SheetFailureList {
    /// How many failures a description lists before it only counts the rest.
    public static let describedLimit = 50

    public static func describe(_ failures: [ValidationFailure], what: String) -> String {
        let count = failures.count
        var lines = ["\(what) has \(count) \(count == 1 ? "problem" : "problems"):"]
        lines += failures.prefix(describedLimit).map(\.description)
        if count > describedLimit {
            lines.append("and \(count - describedLimit) more")
        }
        return lines.joined(separator: "\n")
    }
}
