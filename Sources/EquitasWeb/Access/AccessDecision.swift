import EquitasCore

/// The answer to "may this actor do this here?", in the terms HTTP needs: let it
/// through; ask them to sign in; pretend the thing is not there (a council must not
/// learn that another council's draft exists); or say plainly that they may look but
/// not change.
enum AccessDecision: Equatable, Sendable {
    case allowed
    case signInNeeded
    case hidden
    case forbidden

    static func decide(_ actor: Actor, _ kind: AccessKind, _ resource: Resource) -> AccessDecision {
        if AccessPolicy.allows(actor, kind, resource) { return .allowed }
        if actor.role == .public { return .signInNeeded }
        switch resource {
        case .challenge, .actionPlan, .organisationData:
            // Something you may not even read is, as far as you can tell, not there.
            return kind == .write && AccessPolicy.allows(actor, .read, resource) ? .forbidden : .hidden
        case .frameworks, .publicRegister, .directory, .accounts, .challengeRegister, .actionPlanRegister:
            return .forbidden
        }
    }
}
