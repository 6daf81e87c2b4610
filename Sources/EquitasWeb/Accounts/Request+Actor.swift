import EquitasCore
import Vapor

extension Request {
    private struct ActorKey: StorageKey {
        typealias Value = Actor
    }

    /// Who is asking, as the identification middleware found it; the public when the
    /// request carried no credentials.
    public var actor: Actor {
        get { storage[ActorKey.self] ?? .anonymous }
        set { storage[ActorKey.self] = newValue }
    }
}
