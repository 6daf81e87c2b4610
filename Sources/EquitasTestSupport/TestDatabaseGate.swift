/// Lets only so many test databases exist at once. Swift Testing runs every test
/// concurrently, and each PostgreSQL test database holds its own connections; without
/// a limit a large suite runs the server out of connections ("too many clients") and
/// fails at random. SQLite needs no limit.
actor TestDatabaseGate {
    static let postgres = TestDatabaseGate(permits: 12)

    private var free: Int
    private var waiting: [CheckedContinuation<Void, Never>] = []

    init(permits: Int) {
        free = permits
    }

    func enter() async {
        if free > 0 {
            free -= 1
            return
        }
        await withCheckedContinuation { waiting.append($0) }
    }

    func leave() {
        if waiting.isEmpty {
            free += 1
        } else {
            waiting.removeFirst().resume()
        }
    }
}
