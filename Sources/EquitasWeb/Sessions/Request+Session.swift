import EquitasPersistence
import Vapor

extension Request {
    private struct SessionKey: StorageKey { typealias Value = SignedInSession }

    /// The browser's session, when its cookie names a live one.
    var signedInSession: SignedInSession? {
        get { storage[SessionKey.self] }
        set { storage[SessionKey.self] = newValue }
    }
}
