/// How many comments a version has, and how many still wait for a resolution.
public struct CommentCounts: Codable, Equatable, Sendable {
    public var total: Int
    public var unresolved: Int

    public init(total: Int, unresolved: Int) {
        self.total = total
        self.unresolved = unresolved
    }
}
