/// Why a progress update may not be corrected or removed. Someone other than its author
/// is told so (`notAuthor`, 403 over HTTP); an update a committee has seen, or one whose
/// status move a later update built on, is a rule of the record (409).
public struct ProgressUpdateRefusal: Error, Equatable, Sendable, CustomStringConvertible {
    public enum Reason: Equatable, Sendable { case notAuthor, presented, movedOn }

    public var reason: Reason
    public var message: String

    public init(_ reason: Reason, _ message: String) {
        self.reason = reason
        self.message = message
    }

    public var description: String { message }
}
