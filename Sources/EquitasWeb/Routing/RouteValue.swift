import Foundation

/// A value that can fill a path parameter, written as the application's links always
/// have been (ids in lower case).
protocol RouteValue {
    var routeText: String { get }
}

extension UUID: RouteValue {
    var routeText: String { uuidString.lowercased() }
}

extension String: RouteValue {
    var routeText: String { self }
}

extension Int: RouteValue {
    var routeText: String { String(self) }
}
