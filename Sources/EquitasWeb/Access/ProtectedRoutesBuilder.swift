import Vapor

/// Routes added through this builder (directly or through groups made from it) declare
/// `resource`, unless a builder nearer the route declared one first: so a controller
/// can declare its collection once and single out the routes that differ.
struct ProtectedRoutesBuilder: RoutesBuilder {
    let root: any RoutesBuilder
    let resource: ProtectedResource

    func add(_ route: Route) {
        if route.protectedResource == nil {
            route.userInfo[ProtectedResource.userInfoKey] = resource
        }
        root.add(route)
    }
}

extension RoutesBuilder {
    /// `routes.protected(.directory).get("organisations", use: list)`.
    func protected(_ resource: ProtectedResource) -> any RoutesBuilder {
        ProtectedRoutesBuilder(root: self, resource: resource)
    }
}
