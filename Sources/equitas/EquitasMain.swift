import EquitasCLI

/// The process entry point. An explicit async `main` makes ArgumentParser run the async
/// command tree (top-level `await` would reach its synchronous entry instead).
@main
struct EquitasMain {
    static func main() async {
        // First, before any task is made: the executor can be swapped only while no job
        // has been queued on the one it replaces.
        ConcurrencyOnEventLoops.install()
        await EquitasCommand.main()
    }
}
