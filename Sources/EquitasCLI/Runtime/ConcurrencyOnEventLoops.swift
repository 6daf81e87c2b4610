import NIOCore
import NIOPosix

/// Runs Swift concurrency's jobs on NIO's event loops rather than on a pool of its own
/// (NIO's `unsafeTryInstallSingletonPosixEventLoopGroupAsConcurrencyGlobalExecutor`, as
/// Vapor's own template does). Every `async` route handler and middleware otherwise
/// starts on the concurrency pool and hands its response back to the connection's event
/// loop: two thread switches per step that, on two cores behind 50 connections, cost a
/// quarter of a kept page's time (bench/README.md). Vapor serves on the same singleton
/// group (`Application.make`'s default), so a request's task now runs on the loop that
/// read it.
///
/// The price: anything an `async` function blocks on (a child process, a sleep, a lock
/// held long) now holds an event loop and the connections on it. The server's blocking
/// work goes to thread pools of its own: SQLite's calls (ADR 0008), LibreOffice and
/// pdftotext (`OffTheEventLoop`, `NIOThreadPool`), bcrypt.
public enum ConcurrencyOnEventLoops {
    /// Once per process, from `main` on the main thread before anything `async` has run;
    /// NIO stops the process if it is called twice. Tests never call it: they run under
    /// the test runner's own executor, as before.
    public static func install() {
        // False only where the platform offers no hook: then concurrency keeps its own pool.
        _ = NIOSingletons.unsafeTryInstallSingletonPosixEventLoopGroupAsConcurrencyGlobalExecutor()
    }
}
