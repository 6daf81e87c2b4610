import Vapor

extension Request {
    /// The route's pattern, `/api/v1/challenges/:challengeID`, never the path asked for:
    /// ids in labels would make a new time series per record. No route: `unmatched`.
    var routeLabel: String {
        guard let route else { return "unmatched" }
        return "/" + route.path.map(\.description).joined(separator: "/")
    }

    /// The method, or `OTHER` for one no route of ours answers, so a client inventing
    /// methods cannot inflate the label set either.
    var methodLabel: String {
        switch method {
        case .GET, .HEAD, .POST, .PUT, .PATCH, .DELETE, .OPTIONS: method.rawValue
        default: "OTHER"
        }
    }
}
