/// How Equitas uses PostgreSQL's connections.
///
/// Each instance keeps up to `connectionsPerEventLoop` in Fluent's pool per event loop
/// (per core), and up to `keptReadConnections` of its own, shared among the event loops,
/// for the statement every signed-in page runs (`PostgresKeptReads`). The kept reads'
/// connections open only while those already open are busy and close again after a
/// quiet half minute, so a quiet instance holds one per event loop. At full load on two
/// cores an instance holds 22: four instances stay inside PostgreSQL's default of 100.
///
/// Why so many for the pages: measured with 50 clients on two cores (issue 21), the
/// server's CPU per page fell from 340 to 270 µs going from four connections per loop
/// to eight. With fewer, most reads wait for a connection, and each reply arriving
/// alone costs a wake-up of its own; with more, one turn of the loop handles several.
public enum PostgresTuning {
    public static let connectionsPerEventLoop = 3
    public static let keptReadConnections = 16

    /// Each event loop's share of `keptReadConnections`, at least two.
    static func keptReadConnectionsPerEventLoop(eventLoops: Int) -> Int {
        max(2, keptReadConnections / max(1, eventLoops))
    }

    /// The most the kept reads may open over `eventLoops` loops.
    public static func keptReadConnections(eventLoops: Int) -> Int {
        keptReadConnectionsPerEventLoop(eventLoops: eventLoops) * max(1, eventLoops)
    }
}
