import EquitasCore
import Testing

/// One way of breaking the example document, and the failure it must give.
struct ValidationCase: Sendable, CustomTestStringConvertible {
    let name: String
    let path: String
    let message: String
    let breakDocument: @Sendable (inout ChallengeDocument) -> Void

    init(_ name: String, _ path: String, _ message: String, _ breakDocument: @escaping @Sendable (inout ChallengeDocument) -> Void) {
        self.name = name
        self.path = path
        self.message = message
        self.breakDocument = breakDocument
    }

    var testDescription: String { name }
}
