import EquitasCore
import Vapor

/// What a route touches, declared with the route in the route table (`Routing/Table`).
/// Every route has one: the access middleware refuses a route without one, and the
/// role × route test fails on it. Whether it reads or writes is declared beside it.
enum ProtectedResource: Hashable, Sendable, CustomStringConvertible {
    /// Anyone, signed in or not: public pages, signing in, the API description.
    case everyone
    /// Anyone signed in: their own dashboard, signing out, who am I.
    case signedIn
    case frameworks
    case publicRegister
    case directory
    case accounts
    case challengeRegister
    case actionPlanRegister
    /// A part of the challenge named by the route's `:challengeID`.
    case challenge(ChallengeArea)
    /// The plan named by the route's `:planID`.
    case actionPlan
    /// The equality data of the council named by the route's `:organisationID`.
    case organisationData(OrganisationDataArea)

    static let userInfoKey: AnySendableHashable = "equitas.protected-resource"

    var description: String {
        switch self {
        case .everyone: "everyone"
        case .signedIn: "signed-in"
        case .frameworks: "frameworks"
        case .publicRegister: "public-register"
        case .directory: "directory"
        case .accounts: "accounts"
        case .challengeRegister: "challenge-register"
        case .actionPlanRegister: "action-plan-register"
        case .challenge(let area): "challenge:\(area.rawValue)"
        case .actionPlan: "action-plan"
        case .organisationData(let area): "organisation-data:\(area.rawValue)"
        }
    }
}

extension Route {
    /// The resource this route declared, if any.
    var protectedResource: ProtectedResource? {
        userInfo[ProtectedResource.userInfoKey] as? ProtectedResource
    }

    /// The route table's declaration it was registered from.
    var declaration: RouteDeclaration? {
        userInfo[RouteDeclaration.userInfoKey] as? RouteDeclaration
    }

    /// Reading or writing, as the table declares (an edit form writes); a route with
    /// no declaration is refused anyway, so its kind only matters to logs.
    var accessKind: AccessKind {
        declaration?.access ?? .write
    }
}
