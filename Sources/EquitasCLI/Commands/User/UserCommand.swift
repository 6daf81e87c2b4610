import ArgumentParser

struct UserCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "user",
        abstract: "Accounts: add people who sign in, list them, and give them API tokens.",
        discussion: """
            The first administrator is made here: \
            `equitas user add --email you@example.org --name "Your Name" --role administrator --password-stdin`, \
            then type the password and press Enter (or pipe it in). Roles: \
            administrator, review-manager, peer (needs --person), council-officer and \
            councillor (need --organisation).
            """,
        subcommands: [UserAddCommand.self, UserTokenCommand.self, UserListCommand.self]
    )
}
