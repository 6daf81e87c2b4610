import EquitasCore
import Foundation

/// The server's own: liveness, readiness and metrics, outside identification.
extension Site {
    static let healthz = Endpoint<Void>(.GET, "healthz", resource: .everyone)
    static let metrics = Endpoint<Void>(.GET, "metrics", resource: .everyone)
    static let readyz = Endpoint<Void>(.GET, "readyz", resource: .everyone)

    static let serviceRoutes: [RouteDeclaration] = [
        healthz.declaration,
        metrics.declaration,
        readyz.declaration,
    ]
}
