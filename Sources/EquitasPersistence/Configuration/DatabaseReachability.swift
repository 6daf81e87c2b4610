import FluentPostgresDriver
import Foundation
import Logging
import NIOConcurrencyHelpers
import NIOCore
import NIOPosix

/// Asks the configured database one question (`SELECT 1`) before anything else starts,
/// so that a wrong host, port, password or database name is one sentence at start-up
/// rather than a failure on the first request — or, with a connection pool that
/// retries, a long wait followed by a stack of errors.
public enum DatabaseReachability {
    public static let defaultTimeout: TimeAmount = .seconds(5)

    /// Throws `DatabaseConfigurationError` naming host:port and the driver's reason, never
    /// the password. SQLite needs no check here: its file lives in the data folder, whose
    /// writability the command line has already tried.
    public static func check(
        _ configuration: DatabaseConfiguration, timeout: TimeAmount = defaultTimeout, logger: Logger = quietLogger
    ) async throws {
        guard case .postgres(let url) = configuration else { return }
        do {
            try await withTimeout(timeout) {
                let connection = try await PostgresConnections.open(url, connectTimeout: timeout, logger: logger)
                do {
                    try await connection.query("SELECT 1", logger: logger)
                    try await connection.close()
                } catch {
                    try? await connection.close()
                    throw error
                }
            }
        } catch {
            throw DatabaseConfigurationError("cannot reach PostgreSQL at \(PostgresURL.address(of: url)): \(reason(error))")
        }
    }

    /// What went wrong, in the driver's words but without its stack of context. PostgreSQL's
    /// own messages ("password authentication failed for user …") never hold the password.
    public static func reason(_ error: any Error) -> String {
        if let psql = error as? PSQLError {
            if let message = psql.serverInfo?[.message] { return message }
            if let underlying = psql.underlying { return reason(underlying) }
            if psql.code == .serverClosedConnection { return "the server closed the connection before answering" }
            return String(describing: psql.code)
        }
        if let connection = error as? NIOConnectionError {
            return connection.connectionErrors.first.map { reason($0.error) } ?? "the address did not resolve"
        }
        if let io = error as? IOError { return String(cString: strerror(io.errnoCode)) }
        if case ChannelError.connectTimeout(let limit) = error { return "no answer within \(limit.nanoseconds / 1_000_000_000) seconds" }
        if let timedOut = error as? TimedOut { return "no answer within \(timedOut.seconds) seconds" }
        return String(describing: error)
    }

    struct TimedOut: Error { let seconds: Int64 }

    /// Runs `work`, giving up after `timeout`. A server that accepts the connection but never
    /// answers must not hang start-up; the abandoned attempt is cancelled and ends by itself.
    static func withTimeout(_ timeout: TimeAmount, _ work: @escaping @Sendable () async throws -> Void) async throws {
        let finished = NIOLockedValueBox(false)
        try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
            let attempt = Task {
                let result: Result<Void, any Error>
                do { try await work(); result = .success(()) } catch { result = .failure(error) }
                if finished.withLockedValue({ done in defer { done = true }; return !done }) { continuation.resume(with: result) }
            }
            Task {
                try? await Task.sleep(nanoseconds: UInt64(timeout.nanoseconds))
                if finished.withLockedValue({ done in defer { done = true }; return !done }) {
                    attempt.cancel()
                    continuation.resume(throwing: TimedOut(seconds: timeout.nanoseconds / 1_000_000_000))
                }
            }
        }
    }

    public static let quietLogger: Logger = {
        var logger = Logger(label: "equitas.database-check")
        logger.logLevel = .critical
        return logger
    }()
}

/// Single PostgreSQL connections outside Fluent's pool: for the start-up check and for
/// holding the migration lock while the pool's connections run the migrations.
enum PostgresConnections {
    static func open(_ url: String, connectTimeout: TimeAmount = .seconds(10), logger: Logger) async throws -> PostgresConnection {
        var configuration = try SQLPostgresConfiguration(url: PostgresURL.normalised(url)).coreConfiguration
        configuration.options.connectTimeout = connectTimeout
        return try await PostgresConnection.connect(
            on: MultiThreadedEventLoopGroup.singleton.any(), configuration: configuration, id: 0, logger: logger)
    }
}
