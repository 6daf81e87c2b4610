/// Everything wrong with the framework library at once, so that one start-up attempt
/// shows every broken file rather than the first.
public struct FrameworkLibraryError: Error, CustomStringConvertible, Sendable {
    public var errors: [FrameworkFileError]

    public init(errors: [FrameworkFileError]) {
        self.errors = errors
    }

    public var description: String {
        let count = errors.count == 1 ? "1 problem" : "\(errors.count) problems"
        return (["The framework library has \(count):"] + errors.map(\.description)).joined(separator: "\n")
    }
}
