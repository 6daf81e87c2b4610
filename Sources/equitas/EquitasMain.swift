import EquitasCLI

/// The process entry point. An explicit async `main` makes ArgumentParser run the async
/// command tree (top-level `await` would reach its synchronous entry instead).
@main
struct EquitasMain {
    static func main() async {
        await EquitasCommand.main()
    }
}
