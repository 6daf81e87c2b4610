import Foundation

extension UUID {
    /// `00000000-0000-0000-0000-000000000007`: ids a test can predict and read.
    static func numbered(_ n: Int) -> UUID {
        UUID(uuidString: String(format: "00000000-0000-0000-0000-%012d", n))!
    }
}

/// Hands out numbered ids in order, for code that takes `newID: () -> UUID`.
final class IDSequence {
    private(set) var count = 0

    func next() -> UUID {
        count += 1
        return .numbered(count)
    }
}
