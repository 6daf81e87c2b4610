import EquitasCore
import Foundation

/// A live browser session: whose it is, and the token its forms must carry.
public struct SignedInSession: Sendable {
    public var id: UUID
    public var account: Identified<Account>
    public var csrfToken: String
}
