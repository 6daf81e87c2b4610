import EquitasCore
import Vapor

/// A route of the table with the types of its path's parameters, in order: the only
/// way to register a route (`routes.on(Site.challengeEdit, use: edit)`) and the way
/// views print links (`Site.challengeEdit.path(id)`), so a link cannot name a route
/// that does not exist or leave out one of its ids.
struct Endpoint<Parameters>: Sendable {
    let declaration: RouteDeclaration

    /// Reading or writing follows from the method unless said: an edit form is a GET
    /// that declares `.write`, so whoever may not save it is refused before it is drawn.
    init(_ method: HTTPMethod, _ segments: RouteSegment..., resource: ProtectedResource, access: AccessKind? = nil) {
        let kind = access ?? (method == .GET || method == .HEAD ? .read : .write)
        declaration = RouteDeclaration(method: method, segments: segments, resource: resource, access: kind)
        precondition(
            Self.arity == declaration.parameters.count,
            "\(declaration.pattern) has \(declaration.parameters.count) parameters but is typed \(Parameters.self)")
    }

    /// How many values `Parameters` holds: none, one, or a tuple's count.
    static var arity: Int {
        let name = String(describing: Parameters.self)
        if name == "()" { return 0 }
        guard name.hasPrefix("(") else { return 1 }
        return name.filter { $0 == "," }.count + 1
    }
}

extension Endpoint where Parameters == Void {
    var path: String { declaration.path([]) }
}

extension Endpoint {
    func path(_ value: Parameters) -> String where Parameters: RouteValue {
        declaration.path([value.routeText])
    }

    func path<A: RouteValue, B: RouteValue>(_ a: A, _ b: B) -> String where Parameters == (A, B) {
        declaration.path([a.routeText, b.routeText])
    }

    func path<A: RouteValue, B: RouteValue, C: RouteValue>(_ a: A, _ b: B, _ c: C) -> String where Parameters == (A, B, C) {
        declaration.path([a.routeText, b.routeText, c.routeText])
    }
}
