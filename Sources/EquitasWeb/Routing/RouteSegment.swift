import Vapor

/// One piece of a route's path: a fixed word or a named parameter.
enum RouteSegment: Hashable, Sendable, ExpressibleByStringLiteral, CustomStringConvertible {
    case constant(String)
    case parameter(RouteParameter)

    init(stringLiteral value: String) {
        self = .constant(value)
    }

    var pathComponent: PathComponent {
        switch self {
        case .constant(let word): .constant(word)
        case .parameter(let name): .parameter(name.rawValue)
        }
    }

    /// As Vapor writes it: `challenges`, `:challengeID`.
    var description: String { pathComponent.description }
}
