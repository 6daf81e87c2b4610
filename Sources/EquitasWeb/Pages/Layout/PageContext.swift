import EquitasCore
import Vapor

/// What every page needs to know about the person looking at it: who they are (for the
/// header and for which links and forms to offer) and the token their forms must carry.
struct PageContext: Sendable {
    var actor: Actor
    var accountName: String?
    var csrfToken: String?
    var currentPath: String

    static let anonymous = PageContext(actor: .anonymous, accountName: nil, csrfToken: nil, currentPath: "/")

    var isSignedIn: Bool { actor.role != .public }

    func may(_ kind: AccessKind, _ resource: Resource) -> Bool {
        AccessPolicy.allows(actor, kind, resource)
    }
}

extension Request {
    var pageContext: PageContext {
        PageContext(
            actor: actor, accountName: signedInSession?.account.value.name, csrfToken: signedInSession?.csrfToken,
            currentPath: url.path)
    }
}
