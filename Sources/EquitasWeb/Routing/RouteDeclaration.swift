import EquitasCore
import Vapor

/// One route of the application as the route table declares it: method, path, what it
/// touches and whether it reads or writes. `AccessMiddleware` decides from this alone,
/// so an edit form that declares `.write` is refused before its handler runs.
struct RouteDeclaration: Hashable, Sendable, CustomStringConvertible {
    let method: HTTPMethod
    let segments: [RouteSegment]
    let resource: ProtectedResource
    let access: AccessKind

    static let userInfoKey: AnySendableHashable = "equitas.route-declaration"

    var pathComponents: [PathComponent] { segments.map(\.pathComponent) }

    var parameters: [RouteParameter] {
        segments.compactMap { if case .parameter(let name) = $0 { name } else { nil } }
    }

    /// `/challenges/:challengeID/edit`.
    var pattern: String { "/" + segments.map(\.description).joined(separator: "/") }

    /// The path with the parameters filled in order; the typed `Endpoint.path(…)`
    /// overloads are the way in, so the number of values always matches.
    func path(_ values: [String]) -> String {
        var remaining = values[...]
        let words = segments.map { segment -> String in
            switch segment {
            case .constant(let word): return word
            case .parameter: return remaining.popFirst() ?? ""
            }
        }
        return "/" + words.joined(separator: "/")
    }

    var description: String { "\(method.rawValue) \(pattern) [\(resource), \(access.rawValue)]" }

    // NIO's `HTTPMethod` is Equatable but not Hashable: hash by its name.
    func hash(into hasher: inout Hasher) {
        hasher.combine(method.rawValue)
        hasher.combine(segments)
        hasher.combine(resource)
        hasher.combine(access)
    }
}
